"""Importing .ics calendars: ``kith import calendar.ics`` (Google, Outlook, Apple, Thunderbird...).

The file is read as a stream (``sources.calendar.ics``), each event's occurrences up to the
workspace's "now" are judged and recorded as meetings (``app.meetings``). The import is one
transaction: a file that cannot be read at all, or ``--strict`` meeting a broken event,
writes nothing. A broken event is otherwise named (``FILE:LINE (UID): reason``) and skipped.
"""

from __future__ import annotations

import time
from collections.abc import Iterable
from pathlib import Path

from kith.app.imports import ImportOptions, ImportSummary, Progress
from kith.app.meetings import MeetingRecorder, counts_in_order
from kith.app.workspace import Workspace
from kith.core.errors import InputError
from kith.core.meetings import MANY_PARTICIPANTS
from kith.sources.calendar.ics import EventRead, Unchanged, index_calendar, looks_like_ics, read_events
from kith.store import calendars as store
from kith.store.mail import my_addresses
from kith.store.sources import add_source, find_source

# How many events between two progress reports.
_PROGRESS_EVERY = 100

# Changes when what kith makes of an event's text changes: every event is read again then.
READER_VERSION = "1"


def reading_salt(mine: Iterable[str]) -> bytes:
    """What an event's digest depends on besides its text: the user's addresses, the meeting
    rules and the reader, so that adding an address of the user's reads every event again."""
    return f"{READER_VERSION}|{MANY_PARTICIPANTS}|{','.join(sorted(mine))}|".encode()


class _DryRun(Exception):
    """Raised inside the transaction of a --dry-run to roll everything back."""


def no_address_of_yours(where: str, known: set[str]) -> InputError:
    """The error for a calendar in which the user (by their addresses) takes part in nothing."""
    if known:
        shown = ", ".join(sorted(known)[:3]) + (" ..." if len(known) > 3 else "")
        reason = (
            f"none of your addresses ({shown}) takes part in its meetings; add the one this calendar "
            "uses with `kith me add ADDRESS` and import it again"
        )
    else:
        reason = (
            "kith does not know your own address yet, so it cannot tell you from the people you met; "
            "add it with `kith me add ADDRESS` and import it again"
        )
    return InputError(where, None, reason)


def import_ics(ws: Workspace, path: Path, options: ImportOptions, progress: Progress) -> ImportSummary:
    """Import the meetings of one .ics file; the same file twice changes nothing."""
    started = time.perf_counter()
    index = index_calendar(path)
    summary = ImportSummary(path=str(path), kind="calendar", format="ics", unit="events", dry_run=options.dry_run)
    skipped = [f"{broken.where}: {broken.reason}" for broken in index.broken]
    if skipped and options.strict:
        raise InputError(str(path), None, f"{skipped[0]} (--strict: nothing was imported)")
    locator = str(path.resolve())
    total = index.event_count
    try:
        with ws.db.transaction() as conn:
            mine = set(my_addresses(conn, ws.owner_id)) | ({index.owner_address()} - {""})
            source_id = find_source(conn, ws.owner_id, "ics", locator) or add_source(
                conn, ws.owner_id, "ics", locator, ws.now()
            )
            recorder = MeetingRecorder(conn, ws.owner_id, source_id, mine, ws.now())
            before = store.sync_state(conn, ws.owner_id, source_id).resources
            settled = {uid: r.etag for uid, r in before.items() if r.settled}
            read_now: dict[str, store.Resource] = {}
            events = read_events(index, ws.now(), ws.local_zone, settled=settled, salt=reading_salt(mine))
            for done, read in enumerate(events, start=1):
                if isinstance(read, Unchanged):
                    recorder.counts["events"] += 1
                    recorder.counts["events unchanged"] += 1
                elif isinstance(read, EventRead):
                    recorder.record(read.uid, read.where, read.occurrences)
                    read_now[read.uid] = store.Resource(read.digest, read.uid, read.settled)
                elif options.strict:
                    raise InputError(read.where, None, f"{read.reason} (--strict: nothing was imported)")
                else:
                    skipped.append(f"{read.where}: {read.reason}")
                if done % _PROGRESS_EVERY == 0:
                    progress(done, total)
            recorder.flush()
            if recorder.with_others and not recorder.yours:
                raise no_address_of_yours(str(path), mine)
            gone = [uid for uid in before if uid not in index.events]
            store.save_sync_state(conn, ws.owner_id, source_id, None, read_now, gone, ws.now())
            summary.counts = counts_in_order(recorder.counts)
            if options.dry_run:
                raise _DryRun
    except _DryRun:
        pass
    progress(total, total)
    summary.skipped = skipped
    summary.seconds = time.perf_counter() - started
    return summary


class CalendarImporter:
    """``kith import`` of .ics files: claimed by content (``BEGIN:VCALENDAR``), format ``ics``."""

    kind: str = "calendar"
    formats: tuple[str, ...] = ("ics",)

    def claims(self, path: Path) -> bool:
        return looks_like_ics(path)

    def run(self, ws: Workspace, path: Path, options: ImportOptions, progress: Progress) -> ImportSummary:
        return import_ics(ws, path, options, progress)
