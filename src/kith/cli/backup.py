"""Commands: ``kith export`` (a complete backup) and ``kith restore`` (into a new database)."""

from __future__ import annotations

import io
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TaskID, TextColumn, TimeElapsedColumn
from rich.table import Table

from kith.app.backup import (
    BackupSummary,
    ExportFormat,
    export_backup,
    export_backup_to_file,
    restore_backup,
    restore_backup_from_file,
)
from kith.app.backup import Progress as ProgressCallback
from kith.cli.output import console, errors, print_json, to_json

if TYPE_CHECKING:
    from kith.app.workspace import Workspace
    from kith.cli.main import State


@contextmanager
def _progress() -> Iterator[ProgressCallback | None]:
    """Rows written, per table, on stderr; only when stderr is a terminal someone watches."""
    if not errors.is_terminal:
        yield None
        return
    with Progress(
        TextColumn("{task.description:<18}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=errors,
        transient=True,
    ) as bar:
        tasks: dict[str, TaskID] = {}

        def report(table: str, done: int, total: int | None) -> None:
            if table not in tasks:
                tasks[table] = bar.add_task(table.replace("_", " "), total=total)
            bar.update(tasks[table], completed=done, total=total)

        yield report


def _export_to_stdout(workspace: Workspace, format: ExportFormat, progress: ProgressCallback | None) -> BackupSummary:
    """The backup on standard output, in UTF-8 whatever the terminal's locale says (JSON is UTF-8)."""
    sys.stdout.flush()
    binary = getattr(sys.stdout, "buffer", None)
    if binary is None:
        return export_backup(workspace, sys.stdout, format=format, progress=progress)
    out = io.TextIOWrapper(binary, encoding="utf-8", newline="\n")
    try:
        return export_backup(workspace, out, format=format, progress=progress)
    finally:
        out.flush()
        out.detach()  # leave standard output open


def _print_summary(summary: BackupSummary, verb: str, *, as_json: bool, to_stderr: bool) -> None:
    if as_json:
        document = {
            "file": summary.location,
            "format": summary.format.value,
            "counts": summary.counts,
            "total": summary.total,
        }
        if to_stderr:
            errors.print(to_json(document), markup=False, soft_wrap=True)
        else:
            print_json(document)
        return
    out = errors if to_stderr else console
    out.print(f"{verb} {summary.location}", markup=False, soft_wrap=True)
    table = Table(show_header=False, box=None)
    table.add_column("table")
    table.add_column("rows", justify="right")
    for name, count in summary.counts.items():
        table.add_row(name.replace("_", " "), f"{count:,}")
    table.add_row("[bold]in all[/bold]", f"[bold]{summary.total:,}[/bold]")
    out.print(table)


def register(app: typer.Typer) -> None:
    """Add this module's commands to ``app``."""

    @app.command("export")
    def export_command(
        ctx: typer.Context,
        output: Annotated[
            Path | None,
            typer.Option(
                "--output",
                "-o",
                help="Write to this file (atomically: never a half file under this name). Default: standard output.",
                dir_okay=False,
            ),
        ] = None,
        format: Annotated[
            ExportFormat,
            typer.Option("--format", case_sensitive=False, help="The format to write; json is the complete backup."),
        ] = ExportFormat.JSON,
        as_json: Annotated[bool, typer.Option("--json", help="Print the summary as JSON, for scripts.")] = False,
    ) -> None:
        """Write a complete backup of your network: every person, interaction, favour, note, goal and plan.

        The backup is one JSON document (see docs/backup-format.md); `kith restore` reads it back.
        When it goes to standard output, the summary goes to standard error.
        """
        state: State = ctx.obj
        workspace = state.workspace()
        with _progress() as progress:
            if output is None:
                summary = _export_to_stdout(workspace, format, progress)
            else:
                summary = export_backup_to_file(workspace, output, format=format, progress=progress)
        _print_summary(summary, "Exported to", as_json=as_json, to_stderr=output is None)

    @app.command("restore")
    def restore_command(
        ctx: typer.Context,
        file: Annotated[str, typer.Argument(help="A backup written by `kith export`, or - for standard input.")],
        as_json: Annotated[bool, typer.Option("--json", help="Print the summary as JSON, for scripts.")] = False,
    ) -> None:
        """Restore a backup into an empty database, keeping every id and reference.

        Everything is written in one transaction: a damaged or foreign file writes nothing.
        Restore only into a new database, for example: kith --db new.db restore backup.json
        """
        state: State = ctx.obj
        workspace = state.workspace()
        with _progress() as progress:
            if file == "-":
                source = getattr(sys.stdin, "buffer", sys.stdin)
                summary = restore_backup(workspace, source, name="<stdin>", progress=progress)
            else:
                summary = restore_backup_from_file(workspace, file, progress=progress)
        _print_summary(summary, "Restored from", as_json=as_json, to_stderr=False)
