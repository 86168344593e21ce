"""Command: ``kith import``, for contacts, mail and calendars alike (the content decides)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import asdict
from pathlib import Path
from typing import Annotated

import typer
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    TaskProgressColumn,
    TextColumn,
    TimeElapsedColumn,
)

from kith.app.imports import Importer, ImportOptions, ImportSummary, import_paths
from kith.app.imports import Progress as ProgressCallback
from kith.cli.context import workspace
from kith.cli.output import console, errors, print_json, warn
from kith.core.errors import InvalidValue

# Skipped records shown before "and N more": enough to see a pattern, not a wall of text.
SHOWN_SKIPPED = 20


def _column_map(pairs: list[str]) -> dict[str, str]:
    mapping: dict[str, str] = {}
    for pair in pairs:
        column, sep, target = pair.partition("=")
        if not sep or not column.strip() or not target.strip():
            raise InvalidValue("--map", pair, 'write it as "COLUMN=field", for example --map "E-mail=email"')
        mapping[column.strip()] = target.strip()
    return mapping


@contextmanager
def _bars(show: bool) -> Iterator[Callable[[Path, Importer], ProgressCallback]]:
    with Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TaskProgressColumn(),
        TextColumn("{task.fields[rate]}"),
        TimeElapsedColumn(),
        console=errors,
        transient=True,
        disable=not show,
    ) as bar:

        def for_path(path: Path, importer: Importer) -> ProgressCallback:
            task = bar.add_task(f"{importer.kind} from {path.name}", total=None, rate="")

            def report(done: int, total: int | None) -> None:
                elapsed = bar.tasks[task].elapsed or 0.0
                rate = f"{done / elapsed:,.0f}/s" if elapsed > 0.5 else ""
                bar.update(task, completed=done, total=total, rate=rate)

            return report

        yield for_path


def import_files(
    paths: Annotated[
        list[Path],
        typer.Argument(
            metavar="PATH...",
            help="Files or folders: a LinkedIn export (ZIP or CSV), vCards, CSV contacts, mbox, Maildir, .ics.",
            show_default=False,
        ),
    ],
    format: Annotated[
        str | None,
        typer.Option("--format", "-f", help="Read every path as this format instead of telling it from the content."),
    ] = None,
    column_map: Annotated[
        list[str] | None,
        typer.Option(
            "--map",
            metavar="COLUMN=FIELD",
            help='A CSV column and the field it holds: --map "E-mail=email" (repeat for more columns).',
        ),
    ] = None,
    strict: Annotated[
        bool, typer.Option("--strict", help="Stop at the first record that cannot be read, writing nothing.")
    ] = False,
    dry_run: Annotated[
        bool, typer.Option("--dry-run", help="Read and match everything, report what would change, write nothing.")
    ] = False,
    snippets: Annotated[
        bool,
        typer.Option("--snippets/--no-snippets", help="Keep the first few hundred characters of each message's text."),
    ] = True,
    json: Annotated[bool, typer.Option("--json", help="Print the summary of each path as JSON.")] = False,
) -> None:
    """Import contacts, mail or calendars from files and folders.

    kith tells each file's format from its content: a LinkedIn data export (the ZIP, or
    Connections.csv, messages.csv and Invitations.csv), vCard files or a folder of them,
    Google and Outlook CSV exports, any other CSV with common column names (English,
    Italian, Spanish) or a --map, an mbox file (plain or .gz; Gmail Takeout, Thunderbird,
    Apple Mail), a Maildir folder, and .ics calendars.

    Importing the same file twice changes nothing. A record that cannot be read is named
    (FILE:LINE: reason) and skipped; --strict stops at the first one instead.

    Example: kith import ~/Downloads/Basic_LinkedInDataExport.zip contacts.vcf
    """
    options = ImportOptions(
        format=format,
        column_map=_column_map(column_map or []),
        strict=strict,
        dry_run=dry_run,
        snippets=snippets,
    )
    ws = workspace()
    with _bars(errors.is_terminal) as for_path:
        summaries = import_paths(ws, paths, options, for_path)
    if json:
        print_json([asdict(s) for s in summaries] if len(summaries) > 1 else asdict(summaries[0]))
        return
    for summary in summaries:
        console.print(in_words(summary))
        for line in summary.notes:
            console.print(f"  {line}", markup=False)
        show_skipped(summary)


def in_words(summary: ImportSummary) -> str:
    """``Imported contacts from Connections.csv (linkedin-connections) in 1.2 s: 30 added, ...``."""
    verb = "Would import" if summary.dry_run else "Imported"
    counts = ", ".join(f"{count:,} {what}" for what, count in summary.counts.items())
    return (
        f"{verb} {summary.kind} from {summary.path} ({summary.format}) in {summary.seconds:.1f} s"
        + (f": {counts}" if counts else "")
        + ("; nothing was written (--dry-run)" if summary.dry_run else "")
    )


def show_skipped(summary: ImportSummary) -> None:
    for line in summary.skipped[:SHOWN_SKIPPED]:
        warn(f"skipped {line}")
    hidden = len(summary.skipped) - SHOWN_SKIPPED
    if hidden > 0:
        warn(f"... and {hidden:,} more skipped; --json lists them all")


def register(app: typer.Typer) -> None:
    """Add this module's commands to ``app``."""
    app.command("import")(import_files)
