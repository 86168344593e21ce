"""The coming plan on a calendar: the .ics file checked by an independent parser and by Radicale,
and `kith plan --caldav` publishing it idempotently to a real Radicale on loopback."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import caldav
import pytest
import vobject

from kith.app import plan as use
from kith.app.demo import fill_demo
from kith.app.plan_publish import publish_plan
from kith.app.workspace import Workspace, fixed_clock, open_workspace
from tests.calendar_data import resources_of
from tests.conftest import NOW, RADICALE_USERS
from tests.servers.radicale import RadicaleServer

PASSWORD = RADICALE_USERS["ana"]
MY_OWN_EVENT = (
    "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Apple Inc.//macOS 14.5//EN\r\nBEGIN:VEVENT\r\n"
    "UID:6B1F8C3E-dentist\r\nDTSTAMP:20261120T101500Z\r\nDTSTART:20261126T070000Z\r\n"
    "DTEND:20261126T080000Z\r\nSUMMARY:Dentist\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
)


@pytest.fixture
def network(workspace: Workspace) -> Workspace:
    fill_demo(workspace, people=30, seed=7)
    return workspace


def on_server(url: str) -> dict[str, str]:
    """Every event of the calendar read back through CalDAV: UID -> its iCalendar text."""
    client = caldav.DAVClient(url=url, username="ana", password=PASSWORD)
    found = {}
    for event in client.calendar(url=url).events():
        parsed = vobject.readOne(event.data)  # an independent parser: vobject, as Radicale uses
        found[str(parsed.vevent.uid.value)] = event.data
    return found


def test_the_ics_file_is_valid_for_another_parser_and_for_radicale(
    network: Workspace, radicale: RadicaleServer, tmp_path: Path
) -> None:
    target = tmp_path / "plan.ics"
    events, _ = use.write_plan_ics(network, target, days=3)
    parsed = vobject.readOne(target.read_text(encoding="utf-8"))
    assert len(parsed.vevent_list) == events > 0
    for event in parsed.vevent_list:
        assert event.dtstart.value < event.dtend.value
        assert "kith done" in event.description.value
    calendar = radicale.new_calendar("ana")
    for name, body in resources_of(target).items():
        radicale.put("ana", calendar + name, body)  # Radicale refuses what is not valid iCalendar
    assert len(on_server(calendar)) == events


def test_publishing_puts_one_event_per_step_and_twice_changes_nothing(
    network: Workspace, radicale: RadicaleServer
) -> None:
    calendar = radicale.new_calendar("ana")
    radicale.put("ana", calendar + "dentist.ics", MY_OWN_EVENT)
    first = publish_plan(network, calendar, "ana", PASSWORD, days=3)
    plans = use.coming_plan(network, 3)
    steps = {
        f"kith-{network.owner_id}-{p.day.isoformat()}-{line.person_id}-{line.kind.value}@kith"
        for p in plans
        for line in p.lines
    }
    assert first.events == len(steps) == first.added > 0
    events = on_server(calendar)
    assert set(events) == steps | {"6B1F8C3E-dentist"}
    today = plans[0].lines[0]
    mine = events[f"kith-{network.owner_id}-{plans[0].day.isoformat()}-{today.person_id}-{today.kind.value}@kith"]
    assert f"kith done {today.person_id}" in mine.replace("\r\n ", "").replace("\n ", "")
    again = publish_plan(network, calendar, "ana", PASSWORD, days=3)
    assert (again.added, again.updated, again.removed, again.unchanged) == (0, 0, 0, first.events)
    assert set(on_server(calendar)) == set(events)


def test_a_changed_plan_updates_its_events_and_keeps_past_days_and_the_users_own(
    network: Workspace, database: str, radicale: RadicaleServer
) -> None:
    calendar = radicale.new_calendar("ana")
    radicale.put("ana", calendar + "dentist.ics", MY_OWN_EVENT)
    publish_plan(network, calendar, "ana", PASSWORD, days=3)
    before = set(on_server(calendar))
    today = use.today_plan(network)
    stopped = today.lines[0].line.person_id
    use.stop(network, str(stopped), reason="asked not to be contacted")
    changed = publish_plan(network, calendar, "ana", PASSWORD, days=3)
    after = set(on_server(calendar))
    assert changed.removed >= 1
    assert not any(f"-{stopped}-" in uid for uid in after if uid.startswith("kith-"))
    assert "6B1F8C3E-dentist" in after
    # The next day: yesterday's events stay as a record, today's plan is added.
    tomorrow = open_workspace(database, clock=fixed_clock(NOW + timedelta(days=1)))
    try:
        later = publish_plan(tomorrow, calendar, "ana", PASSWORD, days=3)
    finally:
        tomorrow.close()
    kept = set(on_server(calendar))
    yesterday = {uid for uid in after if f"-{NOW.date().isoformat()}-" in uid}
    assert yesterday
    assert yesterday <= kept
    assert later.events > 0
    assert before - after  # something did go
