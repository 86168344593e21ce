"""Importing .ics calendars written by Google, Outlook/Exchange, Apple and Thunderbird, on both backends."""

from __future__ import annotations

import shutil
from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
import sqlalchemy as sa

from kith.app import people as people_use
from kith.app.imports import ImportOptions, import_path, importer_for
from kith.app.people import PersonDetails
from kith.app.workspace import Workspace, fixed_clock, open_workspace
from kith.core.errors import InputError
from kith.core.model import Channel, Direction
from kith.store import schema
from tests.calendar_data import CALENDAR_DATA, add_my_addresses, meetings_by_person

GOOGLE = CALENDAR_DATA / "google_calendar_takeout.ics"
OUTLOOK = CALENDAR_DATA / "outlook_exchange_windows_zones.ics"
APPLE = CALENDAR_DATA / "apple_calendar_export.ics"
BROKEN = CALENDAR_DATA / "broken_events_truncated.ics"
ANA = ("ana.reyes@gmail.com", "ana.reyes@contoso.example", "ana@icloud.example")


@pytest.fixture
def ws(workspace: Workspace) -> Workspace:
    workspace.local_zone = ZoneInfo("Europe/Rome")
    add_my_addresses(workspace, ANA)
    return workspace


def test_a_file_is_claimed_by_its_content_not_its_name(tmp_path: Path, ws: Workspace) -> None:
    renamed = tmp_path / "export.txt"
    shutil.copyfile(APPLE, renamed)
    assert importer_for(renamed, ImportOptions()).kind == "calendar"
    cards = tmp_path / "notes.ics"
    cards.write_text("BEGIN:VCARD\nVERSION:3.0\nFN:Ana Reyes\nEND:VCARD\n")
    assert importer_for(cards, ImportOptions()).kind == "contacts"  # the content decides, not the name
    prose = tmp_path / "agenda.ics"
    prose.write_bytes(b"\x00\x01\x02 not a calendar at all\xff\xfe")
    with pytest.raises(InputError, match="cannot tell what this file holds"):
        importer_for(prose, ImportOptions())


def test_google_meetings_count_once_per_occurrence_that_happened(ws: Workspace) -> None:
    summary = import_path(ws, GOOGLE, ImportOptions())
    met = meetings_by_person(ws)
    # Weekly mentoring from 1 September: 13 Tuesdays by 25 November, less an EXDATE and a
    # cancelled occurrence, one moved to Thursday; plus the all-day offsite.
    assert met == {"Marco Bianchi": 1, "Lucia Ferrari": 12}
    assert summary.counts["meetings"] == 13
    assert summary.counts["new people"] == 2
    assert summary.counts["declined"] == 1  # the intro call Ana declined
    assert summary.counts["cancelled"] == 2  # the dinner and one mentoring session
    assert summary.counts["large meetings"] == 1  # eleven people at the all-hands
    assert summary.counts["not yet happened"] == 1
    assert summary.counts["without other people"] == 1  # the dentist
    assert summary.skipped == []


def test_a_moved_occurrence_counts_on_its_new_day_and_keeps_its_name(ws: Workspace) -> None:
    import_path(ws, GOOGLE, ImportOptions())
    with ws.db.reading() as conn:
        rows = conn.execute(
            sa.select(schema.interactions.c.occurred_at, schema.interactions.c.external_id).where(
                schema.interactions.c.summary == "Mentoring: Lucia"
            )
        ).all()
    moved = [r for r in rows if ":20260915T080000Z:" in r.external_id]
    assert [r.occurred_at for r in moved] == [datetime(2026, 9, 17, 13, 0, tzinfo=UTC)]
    assert not any(":20260908T" in r.external_id or ":20261006T" in r.external_id for r in rows)
    assert max(r.occurred_at for r in rows) == datetime(2026, 11, 24, 9, 0, tzinfo=UTC)


def test_times_are_stored_in_utc_with_the_calendars_offset(ws: Workspace) -> None:
    import_path(ws, OUTLOOK, ImportOptions())
    import_path(ws, APPLE, ImportOptions())
    with ws.db.reading() as conn:
        rows = {
            r.summary: (r.occurred_at, r.utc_offset_minutes, r.channel, r.direction)
            for r in conn.execute(sa.select(schema.interactions))
        }
    # "W. Europe Standard Time" with its VTIMEZONE; "Pacific Standard Time" without one.
    assert rows["Quarterly review"][:2] == (datetime(2025, 1, 14, 9, 0, tzinfo=UTC), 60)
    assert rows["Seattle launch debrief"][:2] == (datetime(2026, 4, 15, 18, 0, tzinfo=UTC), -420)
    assert rows["Lunch with Priya"][:2] == (datetime(2025, 6, 10, 16, 0, tzinfo=UTC), -240)
    # A floating time is the calendar's local time (X-WR-TIMEZONE), with no offset of its own.
    assert rows["Breakfast (floating time)"][:2] == (datetime(2025, 11, 3, 14, 0, tzinfo=UTC), None)
    assert {(r[2], r[3]) for r in rows.values()} == {(Channel.MEETING.value, Direction.MUTUAL.value)}


def test_an_all_day_event_stays_on_its_day(ws: Workspace) -> None:
    import_path(ws, GOOGLE, ImportOptions())
    with ws.db.reading() as conn:
        offsite = conn.execute(
            sa.select(schema.interactions.c.occurred_at, schema.interactions.c.utc_offset_minutes).where(
                schema.interactions.c.summary == "Offsite"
            )
        ).one()
    assert offsite.occurred_at.astimezone(ZoneInfo("Europe/Rome")).date().isoformat() == "2026-06-12"
    assert offsite.utc_offset_minutes is None


def test_outlook_recurrences_exceptions_rooms_and_cancellations(ws: Workspace) -> None:
    summary = import_path(ws, OUTLOOK, ImportOptions())
    assert meetings_by_person(ws) == {"Jens Müller": 1, "Sophie Martin": 4, "Kevin O'Brien": 1}
    assert summary.counts["cancelled"] == 1
    with ws.db.reading() as conn:
        names = set(conn.execute(sa.select(schema.people.c.display_name)).scalars())
    assert "Conference Room 4.12" not in names


def test_apple_attendees_written_as_principals_are_known_by_their_email(ws: Workspace) -> None:
    summary = import_path(ws, APPLE, ImportOptions())
    assert meetings_by_person(ws) == {"Priya Natarajan": 1, "Daniel Cohen": 1}
    assert summary.counts["without other people"] == 1


def test_attendees_are_matched_to_people_by_email(ws: Workspace) -> None:
    known = people_use.add_person(ws, PersonDetails(name="Marco B.", emails=["Marco.Bianchi@example.it"]))
    summary = import_path(ws, GOOGLE, ImportOptions())
    assert summary.counts["people matched"] == 1
    assert summary.counts["new people"] == 1
    assert meetings_by_person(ws)["Marco B."] == 1
    profile = people_use.profile(ws, str(known.id))
    assert profile.history.mutual == 1


def test_importing_twice_changes_nothing(ws: Workspace) -> None:
    import_path(ws, GOOGLE, ImportOptions())
    before = meetings_by_person(ws)
    again = import_path(ws, GOOGLE, ImportOptions())
    assert again.counts["interactions added"] == 0
    assert again.counts["interactions removed"] == 0
    assert again.counts["new people"] == 0
    assert meetings_by_person(ws) == before


def test_a_later_export_with_a_cancelled_occurrence_stops_it_counting(ws: Workspace, tmp_path: Path) -> None:
    import_path(ws, GOOGLE, ImportOptions())
    later = tmp_path / "later.ics"
    text = GOOGLE.read_bytes().decode("utf-8")
    cancel = (
        "BEGIN:VEVENT\r\nDTSTART;TZID=Europe/Rome:20261110T100000\r\n"
        "UID:7hq2l0c8v3n5m1b9x4z6a2s8d0@google.com\r\nRECURRENCE-ID;TZID=Europe/Rome:20261110T100000\r\n"
        "STATUS:CANCELLED\r\nSUMMARY:Mentoring: Lucia\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    later.write_text(text.replace("END:VCALENDAR\r\n", cancel), encoding="utf-8", newline="")
    summary = import_path(ws, later, ImportOptions())
    assert summary.counts["interactions removed"] == 1
    assert meetings_by_person(ws)["Lucia Ferrari"] == 11


def test_a_broken_event_is_named_and_skipped_and_the_rest_imported(ws: Workspace) -> None:
    summary = import_path(ws, BROKEN, ImportOptions())
    assert meetings_by_person(ws) == {"Sara Lindqvist": 1}
    lines = sorted(summary.skipped)
    assert len(lines) == 4
    assert f"{BROKEN}:13 (bad-date@thunderbird): " in lines[1] or any(
        line.startswith(f"{BROKEN}:13 (bad-date@thunderbird): ") for line in lines
    )
    assert any(line.startswith(f"{BROKEN}:21 (no-start@thunderbird): it has no start") for line in lines)
    assert any(line.startswith(f"{BROKEN}:28 (bad-rule@thunderbird): its recurrence cannot be read") for line in lines)
    assert any(line == f"{BROKEN}:36: the file ends inside this event (no END:VEVENT)" for line in lines)


def test_strict_stops_at_the_first_broken_event_and_writes_nothing(ws: Workspace) -> None:
    with pytest.raises(InputError, match=r"broken_events_truncated.ics:36.*--strict: nothing was imported"):
        import_path(ws, BROKEN, ImportOptions(strict=True))
    assert meetings_by_person(ws) == {}


def test_a_dry_run_reports_and_writes_nothing(ws: Workspace) -> None:
    summary = import_path(ws, GOOGLE, ImportOptions(dry_run=True))
    assert summary.dry_run
    assert summary.counts["meetings"] == 13
    assert meetings_by_person(ws) == {}
    with ws.db.reading() as conn:
        assert conn.execute(sa.select(sa.func.count()).select_from(schema.people)).scalar_one() == 0


def test_a_calendar_without_the_user_is_refused(workspace: Workspace) -> None:
    with pytest.raises(InputError, match="kith does not know your own address yet"):
        import_path(workspace, OUTLOOK, ImportOptions())
    add_my_addresses(workspace, ["someone.else@example.org"])
    with pytest.raises(InputError, match=r"none of your addresses \(someone.else@example.org\)"):
        import_path(workspace, OUTLOOK, ImportOptions())
    assert meetings_by_person(workspace) == {}


def test_google_names_the_owner_of_a_primary_calendar(workspace: Workspace) -> None:
    # No address of the user's is known, but Google's export is named after its owner.
    import_path(workspace, GOOGLE, ImportOptions())
    assert meetings_by_person(workspace) == {"Marco Bianchi": 1, "Lucia Ferrari": 12}


def test_a_second_import_parses_only_what_can_still_change(ws: Workspace) -> None:
    import_path(ws, GOOGLE, ImportOptions())
    again = import_path(ws, GOOGLE, ImportOptions())
    # Everything is settled but the mentoring series (it runs to December) and the future coffee.
    assert again.counts["events"] == 8
    assert again.counts["events unchanged"] == 6


def test_a_series_still_running_gains_its_new_occurrences_on_a_later_import(ws: Workspace, database: str) -> None:
    import_path(ws, GOOGLE, ImportOptions())
    later = open_workspace(database, clock=fixed_clock(datetime(2026, 12, 10, 12, 0, tzinfo=UTC)))
    later.local_zone = ZoneInfo("Europe/Rome")
    try:
        summary = import_path(later, GOOGLE, ImportOptions())
        assert summary.counts["interactions added"] == 2  # the Tuesdays 1 and 8 December
        assert meetings_by_person(later)["Lucia Ferrari"] == 14
    finally:
        later.close()


def test_a_new_address_of_the_users_reads_every_event_again(ws: Workspace) -> None:
    import_path(ws, GOOGLE, ImportOptions())
    add_my_addresses(ws, ["marco.bianchi@example.it"])  # say the user's old work address was this one
    summary = import_path(ws, GOOGLE, ImportOptions())
    assert "events unchanged" not in summary.counts
    assert "Marco Bianchi" not in meetings_by_person(ws)
