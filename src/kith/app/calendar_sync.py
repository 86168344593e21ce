"""Synchronising a CalDAV calendar: ``kith sync https://dav.example.org/ana/work/ --user ana``.

Everything the server sends is fetched first (only what changed since the last sync), then
written in one transaction with the new sync token: a sync that fails halfway (a dropped
connection, a wrong password) writes nothing, and the next one starts from the same token.
An event deleted or cancelled on the server stops counting. The password is used for this
sync only: it is never stored, printed or logged.
"""

from __future__ import annotations

import time
from pathlib import Path

from kith.app.calendars import no_address_of_yours
from kith.app.imports import ImportSummary, Progress, no_progress
from kith.app.meetings import MeetingRecorder, counts_in_order
from kith.app.workspace import Workspace
from kith.core.errors import InvalidValue
from kith.core.identity import normalise_email
from kith.sources.calendar.caldav import changes_since, check_url, fetch, open_calendar
from kith.sources.calendar.events import by_uid, expand
from kith.sources.calendar.ics import parse_calendar
from kith.store import calendars as store
from kith.store.mail import my_addresses
from kith.store.sources import add_source, find_source

SOURCE_KIND = "caldav"


def _address_hint(username: str) -> set[str]:
    """A user name that is an address (Google, iCloud, Fastmail logins) is one of the user's."""
    if "@" not in username:
        return set()
    try:
        return {normalise_email(username)}
    except InvalidValue:
        return set()


def sync_calendar(
    ws: Workspace,
    url: str,
    username: str,
    password: str,
    progress: Progress = no_progress,
    *,
    ca_file: Path | None = None,
) -> ImportSummary:
    """Bring the meetings of the CalDAV calendar at ``url`` up to date; returns what changed."""
    started = time.perf_counter()
    url = check_url(url)
    remote = open_calendar(url, username, password, ca_file=ca_file)
    with ws.db.reading() as conn:
        known_source = find_source(conn, ws.owner_id, SOURCE_KIND, url)
        state = store.sync_state(conn, ws.owner_id, known_source) if known_source is not None else None
    known = {href: r.etag for href, r in state.resources.items()} if state else {}
    changes = changes_since(remote, state.sync_token if state else None, known)
    # A series still running has new occurrences as time passes, changed or not: read again.
    running = {
        href for href, r in (state.resources.items() if state else ()) if not r.settled and href not in changes.gone
    }
    wanted = sorted(set(changes.listed) | running)
    total = len(wanted)
    fetched: list[tuple[str, str, bytes]] = []
    for href, etag, data in fetch(remote, wanted):
        fetched.append((href, etag, data))
        progress(len(fetched), total)
    summary = ImportSummary(path=url, kind="calendar", format="caldav", unit="events")
    with ws.db.transaction() as conn:
        source_id = known_source or add_source(conn, ws.owner_id, SOURCE_KIND, url, ws.now())
        mine = set(my_addresses(conn, ws.owner_id)) | _address_hint(username)
        recorder = MeetingRecorder(conn, ws.owner_id, source_id, mine, ws.now())
        before = state.resources if state else {}
        read: dict[str, store.Resource] = {}
        recorded: set[str] = set()
        for href, etag, data in fetched:
            uids, settled = _record(recorder, summary.skipped, url, href, data, ws)
            recorded.update(uids)
            read[href] = store.Resource(etag or changes.listed.get(href, ""), next(iter(uids), None), settled)
        # Events whose resource was deleted, or now holds another event, stop counting,
        # unless they were read again at another href (moved on the server).
        for href in [*read, *changes.gone]:
            previous = before.get(href)
            if previous is not None and previous.uid and previous.uid not in recorded:
                recorder.forget(previous.uid)
        recorder.flush()
        if changes.full and recorder.with_others and not recorder.yours:
            raise no_address_of_yours(url, mine)
        store.save_sync_state(conn, ws.owner_id, source_id, changes.sync_token, read, changes.gone, ws.now())
    summary.counts = {
        "resources fetched": len(fetched),
        "resources deleted": len(changes.gone),
        **counts_in_order(recorder.counts),
    }
    if changes.full and state is not None:
        summary.notes.append("the server listed the whole calendar (its sync token had expired)")
    summary.seconds = time.perf_counter() - started
    return summary


def _record(
    recorder: MeetingRecorder, skipped: list[str], url: str, href: str, data: bytes, ws: Workspace
) -> tuple[list[str], bool]:
    """Record the events of one resource: the UIDs it holds (none when it cannot be read), and
    whether they are all settled."""
    where = f"{url.rstrip('/')}/{href.rsplit('/', 1)[-1]}"
    try:
        groups = by_uid(parse_calendar(data))
        read = {uid: expand(calendar, ws.now(), ws.local_zone) for uid, calendar in groups.items()}
    except InvalidValue as exc:
        skipped.append(f"{where}: {exc.reason}")
        return [], True  # read again only when it changes
    for uid, expansion in read.items():
        recorder.record(uid, where, expansion.occurrences)
    return list(read), all(e.settled for e in read.values())
