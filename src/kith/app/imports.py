"""Importing files: the one entry point for every kind of file kith reads.

``kith import PATH...`` takes contacts (LinkedIn exports, vCards, CSV), mail (mbox,
Maildir) and calendars (.ics) alike. Each kind has an ``Importer``: it says whether it
claims a path (from the path's content, never its name alone) and which formats it can be
forced to read, and it runs the import of one path, returning an ``ImportSummary``.
``import_path`` picks the importer and runs it; the CLI renders the summary.

Each importer owns its transaction policy, which the product dictates: a contacts import is
one transaction (all or nothing), a mail import commits in batches and resumes where a
killed run stopped. Every importer is idempotent: the same file twice changes nothing.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from kith.app.workspace import Workspace
from kith.core.errors import InputError, InvalidValue


class Progress(Protocol):
    """Told how far an import has come: ``done`` of ``total`` units (``None``: unknown)."""

    def __call__(self, done: int, total: int | None) -> None: ...


def no_progress(done: int, total: int | None) -> None:
    """A ``Progress`` that shows nothing (scripts, tests, ``--json`` without a terminal)."""


@dataclass(frozen=True, slots=True)
class ImportOptions:
    """What the user asked of an import; each importer reads the options that concern it."""

    format: str | None = None  # forces one format (``kith import --format vcard``)
    column_map: Mapping[str, str] = field(default_factory=dict)  # CSV column -> field
    strict: bool = False  # stop at the first unreadable record, writing nothing
    dry_run: bool = False  # read, match and report, but write nothing
    snippets: bool = True  # keep the first few hundred characters of a message's text


@dataclass
class ImportSummary:
    """What one import did, for people (the CLI's table) and scripts (``--json``).

    ``counts`` keeps the importer's own order ("added", "updated", "merged"... for contacts;
    "messages read", "personal", "replies"... for mail). ``skipped`` holds one
    ``FILE:POSITION: reason`` line per record left out; ``notes`` what a user should know
    (a photo dropped, a field kept that the export no longer has).
    """

    path: str
    kind: str  # "contacts", "mail", "calendar"
    format: str  # the format read ("linkedin-export", "vcard", "mbox"...)
    counts: dict[str, int] = field(default_factory=dict)
    skipped: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    dry_run: bool = False
    seconds: float = 0.0
    unit: str = "records"  # what the progress counts: "records", "messages", "events"


class Importer(Protocol):
    """One kind of file kith imports."""

    kind: str  # "contacts", "mail", "calendar"
    formats: tuple[str, ...]  # the values of ``--format`` that force this importer

    def claims(self, path: Path) -> bool:
        """Whether ``path`` (a file or a folder) holds this kind of data, judged by content."""
        ...

    def run(self, ws: Workspace, path: Path, options: ImportOptions, progress: Progress) -> ImportSummary:
        """Import ``path``; raises ``InputError`` when the file as a whole cannot be read."""
        ...


def _contacts() -> Importer:
    from kith.app.contacts import ContactsImporter  # imported here: the package imports this module

    return ContactsImporter()


# The importers in the order they are asked; each module adds its own entry here.
ImporterFactory = Callable[[], Importer]


def _calendar() -> Importer:
    from kith.app.calendars import CalendarImporter  # imported here: app.calendars imports this module

    return CalendarImporter()


def _mail() -> Importer:
    from kith.app.mail_import import MailImporter  # imported late: mail_import imports this module

    return MailImporter()


# Mail first, then calendars, then contacts: contacts claim any CSV.
IMPORTERS: tuple[ImporterFactory, ...] = (_mail, _calendar, _contacts)


def importers() -> list[Importer]:
    return [make() for make in IMPORTERS]


def all_formats() -> tuple[str, ...]:
    """Every value ``--format`` accepts, importer by importer."""
    return tuple(f for importer in importers() for f in importer.formats)


def importer_for(path: Path, options: ImportOptions) -> Importer:
    """The importer of ``path``: the one whose format is forced, else the first that claims it."""
    if options.format is not None:
        for importer in importers():
            if options.format in importer.formats:
                return importer
        raise InvalidValue("format", options.format, f"it must be one of {', '.join(all_formats())}")
    if not path.exists():
        raise InputError(str(path), None, "there is no such file or folder")
    for make in IMPORTERS:  # made one by one: an mbox need not load the calendar libraries
        importer = make()
        if importer.claims(path):
            return importer
    raise InputError(
        str(path),
        None,
        "kith cannot tell what this file holds: it reads LinkedIn exports, vCards, CSV contacts, "
        "mbox and Maildir mail and .ics calendars; name the format with --format if it is one of these",
    )


def import_path(ws: Workspace, path: Path, options: ImportOptions, progress: Progress = no_progress) -> ImportSummary:
    """Import one file or folder with the importer that claims it."""
    return importer_for(path, options).run(ws, path, options, progress)


def import_paths(
    ws: Workspace,
    paths: Sequence[Path],
    options: ImportOptions,
    progress: Callable[[Path, Importer], Progress] | None = None,
) -> list[ImportSummary]:
    """Import each path in turn; every path is checked for an importer before any is read,
    so that a typo in the third path does not leave the first two imported alone."""
    chosen = [(path, importer_for(path, options)) for path in paths]
    summaries = []
    for path, importer in chosen:
        told = progress(path, importer) if progress is not None else no_progress
        summaries.append(importer.run(ws, path, options, told))
    return summaries
