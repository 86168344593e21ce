"""CalDAV sync against a real Radicale on loopback (htpasswd auth, owner-only rights), on both backends."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
import sqlalchemy as sa

from kith.app.calendar_sync import sync_calendar
from kith.app.workspace import Workspace, fixed_clock, open_workspace
from kith.core.errors import KithError
from kith.store import schema
from kith.store.backup import count_rows
from tests.calendar_data import CALENDAR_DATA, add_my_addresses, meetings_by_person, resources_of, upload
from tests.conftest import RADICALE_USERS
from tests.servers import free_port
from tests.servers.radicale import RadicaleServer

GOOGLE = CALENDAR_DATA / "google_calendar_takeout.ics"
OUTLOOK = CALENDAR_DATA / "outlook_exchange_windows_zones.ics"
APPLE = CALENDAR_DATA / "apple_calendar_export.ics"
PASSWORD = RADICALE_USERS["ana"]


@pytest.fixture
def ws(workspace: Workspace) -> Workspace:
    workspace.local_zone = ZoneInfo("Europe/Rome")
    add_my_addresses(workspace, ["ana.reyes@gmail.com", "ana.reyes@contoso.example", "ana@icloud.example"])
    return workspace


@pytest.fixture
def calendar(radicale: RadicaleServer) -> str:
    return radicale.new_calendar("ana")


def test_a_first_sync_records_the_meetings_of_the_calendar(
    ws: Workspace, radicale: RadicaleServer, calendar: str
) -> None:
    upload(radicale, "ana", calendar, GOOGLE)
    summary = sync_calendar(ws, calendar, "ana", PASSWORD)
    assert meetings_by_person(ws) == {"Marco Bianchi": 1, "Lucia Ferrari": 12}
    assert summary.format == "caldav"
    assert summary.counts["resources fetched"] == 8
    assert summary.counts["meetings"] == 13
    assert summary.skipped == []


def test_a_second_sync_fetches_only_what_changed(ws: Workspace, radicale: RadicaleServer, calendar: str) -> None:
    resources = upload(radicale, "ana", calendar, OUTLOOK)
    sync_calendar(ws, calendar, "ana", PASSWORD)
    unchanged = sync_calendar(ws, calendar, "ana", PASSWORD)
    assert unchanged.counts["resources fetched"] == 0
    assert unchanged.counts["interactions added"] == unchanged.counts["interactions removed"] == 0
    # Kevin's cancelled sync is back on, as a new event; the quarterly review is deleted.
    cancelled = next(name for name, body in resources.items() if b"STATUS:CANCELLED" in body)
    radicale.put("ana", calendar + cancelled, resources[cancelled].replace(b"STATUS:CANCELLED", b"STATUS:CONFIRMED"))
    review = next(name for name, body in resources.items() if b"Quarterly review" in body)
    radicale.delete("ana", calendar + review)
    changed = sync_calendar(ws, calendar, "ana", PASSWORD)
    assert changed.counts["resources fetched"] == 1
    assert changed.counts["resources deleted"] == 1
    assert changed.counts["interactions added"] == 1
    assert changed.counts["interactions removed"] == 1
    assert meetings_by_person(ws) == {"Sophie Martin": 4, "Kevin O'Brien": 2}


def test_an_occurrence_cancelled_on_the_server_stops_counting(
    ws: Workspace, radicale: RadicaleServer, calendar: str
) -> None:
    resources = upload(radicale, "ana", calendar, OUTLOOK)
    sync_calendar(ws, calendar, "ana", PASSWORD)
    monthly = next(name for name, body in resources.items() if b"Point mensuel" in body)
    body = resources[monthly].replace(b"EXDATE;TZID=", b"EXDATE;TZID=", 1)
    body = body.replace(b"20260302T090000,20260406T090000", b"20260302T090000,20260406T090000,20260504T090000")
    radicale.put("ana", calendar + monthly, body)
    sync_calendar(ws, calendar, "ana", PASSWORD)
    assert meetings_by_person(ws)["Sophie Martin"] == 3


def test_an_expired_sync_token_lists_everything_and_loses_nothing(
    ws: Workspace, radicale: RadicaleServer, calendar: str
) -> None:
    upload(radicale, "ana", calendar, OUTLOOK)
    sync_calendar(ws, calendar, "ana", PASSWORD)
    with ws.db.transaction() as conn:
        conn.execute(schema.calendar_syncs.update().values(sync_token="http://radicale.org/ns/sync/expired"))
    again = sync_calendar(ws, calendar, "ana", PASSWORD)
    assert again.counts["resources fetched"] == 0  # the ETags were all known
    assert "sync token had expired" in again.notes[0]
    assert meetings_by_person(ws) == {"Jens Müller": 1, "Sophie Martin": 4, "Kevin O'Brien": 1}


def _nothing_written(ws: Workspace) -> None:
    with ws.db.reading() as conn:
        counts = count_rows(conn, ws.owner_id)
    assert {k: v for k, v in counts.items() if v and k != "my_identities"} == {}


def test_a_wrong_password_is_one_line_and_writes_nothing(ws: Workspace, calendar: str) -> None:
    with pytest.raises(KithError, match=r"^127.0.0.1:\d+ refused the user name or password for ana; check them"):
        sync_calendar(ws, calendar, "ana", "wrong")
    _nothing_written(ws)


def test_a_calendar_that_does_not_exist_is_one_line(ws: Workspace, radicale: RadicaleServer) -> None:
    missing = f"{radicale.url}ana/no-such-calendar/"
    with pytest.raises(KithError, match=r"no-such-calendar/: there is no calendar there; check the address"):
        sync_calendar(ws, missing, "ana", PASSWORD)
    _nothing_written(ws)


def test_an_address_book_or_another_users_calendar_is_refused(ws: Workspace, radicale: RadicaleServer) -> None:
    book = radicale.new_address_book("ana")
    with pytest.raises(KithError, match="this is not a calendar"):
        sync_calendar(ws, book, "ana", PASSWORD)
    bens = radicale.new_calendar("ben")
    with pytest.raises(KithError, match="does not let ana read this calendar"):
        sync_calendar(ws, bens, "ana", PASSWORD)
    _nothing_written(ws)


def test_an_unreachable_server_is_one_line(ws: Workspace) -> None:
    port = free_port()
    with pytest.raises(KithError, match=rf"^cannot reach 127.0.0.1:{port}: .*check the address"):
        sync_calendar(ws, f"http://127.0.0.1:{port}/ana/work/", "ana", PASSWORD)
    _nothing_written(ws)


def test_a_certificate_that_does_not_verify_is_refused_unless_its_ca_is_given(
    ws: Workspace, radicale_tls: RadicaleServer
) -> None:
    calendar = radicale_tls.new_calendar("ana")
    upload(radicale_tls, "ana", calendar, OUTLOOK)
    with pytest.raises(KithError, match=r"its certificate does not verify.*--ca-file"):
        sync_calendar(ws, calendar, "ana", PASSWORD)
    _nothing_written(ws)
    assert radicale_tls.ca_file is not None
    summary = sync_calendar(ws, calendar, "ana", PASSWORD, ca_file=radicale_tls.ca_file)
    assert summary.counts["meetings"] == 6


def test_a_sync_that_fails_halfway_writes_nothing_and_the_next_one_resumes(
    ws: Workspace, radicale: RadicaleServer, calendar: str, tmp_path: Path
) -> None:
    upload(radicale, "ana", calendar, OUTLOOK)
    radicale.users["ana"] = "rotated"  # the server still has the old password: this sync is refused
    with pytest.raises(KithError):
        sync_calendar(ws, calendar, "ana", "rotated")
    radicale.users["ana"] = PASSWORD
    _nothing_written(ws)
    summary = sync_calendar(ws, calendar, "ana", PASSWORD)
    assert summary.counts["meetings"] == 6


def test_the_sync_state_is_kept_per_calendar(ws: Workspace, radicale: RadicaleServer) -> None:
    first, second = radicale.new_calendar("ana"), radicale.new_calendar("ana")
    upload(radicale, "ana", first, OUTLOOK)
    for name, body in resources_of(APPLE).items():
        radicale.put("ana", second + name, body)
    sync_calendar(ws, first, "ana", PASSWORD)
    sync_calendar(ws, second, "ana", PASSWORD)
    with ws.db.reading() as conn:
        tokens = conn.execute(sa.select(schema.calendar_syncs.c.sync_token)).scalars().all()
        resources = conn.execute(sa.select(sa.func.count()).select_from(schema.calendar_resources)).scalar_one()
    assert len(tokens) == 2
    assert all(tokens)
    assert resources == 4 + 3


def test_an_unchanged_series_still_running_gains_occurrences_as_time_passes(
    ws: Workspace, database: str, radicale: RadicaleServer, calendar: str
) -> None:
    upload(radicale, "ana", calendar, GOOGLE)
    sync_calendar(ws, calendar, "ana", PASSWORD)
    later = open_workspace(database, clock=fixed_clock(datetime(2026, 12, 10, 12, 0, tzinfo=UTC)))
    later.local_zone = ZoneInfo("Europe/Rome")
    try:
        summary = sync_calendar(later, calendar, "ana", PASSWORD)
        assert summary.counts["resources fetched"] == 2  # the mentoring series and the coffee in January
        assert summary.counts["interactions added"] == 2
        assert meetings_by_person(later)["Lucia Ferrari"] == 14
    finally:
        later.close()
