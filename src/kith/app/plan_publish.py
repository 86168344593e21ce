"""The coming plan on a calendar server: ``kith plan --caldav URL --user NAME``.

Each step of the plan is one event (``plan.plan_calendar``), stored as a resource named
after its UID (``kith-OWNER-DAY-PERSON-KIND``). Publishing makes kith's events on that
calendar, from today on, exactly the steps of the coming plan: the same plan twice writes
nothing, a step moved to another day or gone from the plan takes its event along, and the
events of past days stay as a record. The user's own events on that calendar are never
touched. The password is used for this call only, never stored or logged.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from icalendar import Event

from kith.app.plan import coming_plan, plan_calendar
from kith.app.workspace import Workspace
from kith.outbound.calendar import event_resource, publish, resource_name
from kith.sources.calendar.caldav import changes_since, fetch, open_calendar

PRODID = "-//kith//the daily plan//EN"


@dataclass(frozen=True)
class PublishedPlan:
    url: str
    days: int
    events: int  # the events of the coming plan
    added: int
    updated: int
    unchanged: int
    removed: int


def _day_of(name: str, prefix: str) -> date:
    try:
        return date.fromisoformat(name[len(prefix) : len(prefix) + 10])
    except ValueError:
        return date.min  # not a name kith gives: never deleted


def publish_plan(
    ws: Workspace,
    url: str,
    username: str,
    password: str,
    *,
    days: int = 30,
    campaign_name: str | None = None,
    ca_file: Path | None = None,
) -> PublishedPlan:
    """Publish the coming ``days`` of the plan to the CalDAV calendar at ``url``."""
    plans = coming_plan(ws, days, campaign_name)
    events = [e for e in plan_calendar(plans, ws.owner_id).walk("VEVENT") if isinstance(e, Event)]
    wanted = {resource_name(str(event["UID"])): event_resource(event, PRODID) for event in events}
    remote = open_calendar(url, username, password, ca_file=ca_file)
    prefix = resource_name(f"kith-{ws.owner_id}-").removesuffix(".ics")
    listing = changes_since(remote, None, {})
    ours = sorted(href for href in listing.listed if href.rsplit("/", 1)[-1].startswith(prefix))
    on_server = {href.rsplit("/", 1)[-1]: data for href, _, data in fetch(remote, ours)}
    today = ws.today()
    done = publish(remote, wanted, on_server, keep=lambda name: _day_of(name, prefix) < today)
    return PublishedPlan(
        url=remote.url,
        days=len(plans),
        events=len(wanted),
        added=len(done.added),
        updated=len(done.updated),
        unchanged=len(done.unchanged),
        removed=len(done.removed),
    )
