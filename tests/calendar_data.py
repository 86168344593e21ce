"""Shared by the calendar tests: the fixture folder, the user's addresses, meetings counted per person."""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from kith.app.workspace import Workspace
from kith.core.identity import normalise_email
from kith.store import schema
from tests.servers.radicale import RadicaleServer

CALENDAR_DATA = Path(__file__).parent / "data" / "calendar"


def add_my_addresses(ws: Workspace, addresses: Iterable[str]) -> None:
    """The user's own addresses, as `kith me add` records them."""
    with ws.db.transaction() as conn:
        conn.execute(
            schema.my_identities.insert(),
            [
                {"owner_id": ws.owner_id, "kind": "email", "value": normalise_email(a), "created_at": ws.now()}
                for a in addresses
            ],
        )


def meetings_by_person(ws: Workspace) -> dict[str, int]:
    """How many meetings each person has, by name."""
    i, p = schema.interactions.c, schema.people.c
    query = (
        sa.select(p.display_name, sa.func.count())
        .join_from(schema.interactions, schema.people, p.id == i.person_id)
        .where(i.owner_id == ws.owner_id, i.channel == "meeting")
        .group_by(p.display_name)
    )
    with ws.db.reading() as conn:
        return {row[0]: row[1] for row in conn.execute(query)}


def resources_of(path: Path) -> dict[str, bytes]:
    """A calendar file split the way a CalDAV server stores it: one resource per UID, with its zones."""
    return dict(_resources_of(path))


@cache  # building a VTIMEZONE for a Windows zone name takes most of a second
def _resources_of(path: Path) -> dict[str, bytes]:
    from icalendar import Calendar

    calendar = Calendar.from_ical(path.read_bytes())
    groups: dict[str, list[Any]] = {}
    for event in calendar.walk("VEVENT"):
        groups.setdefault(str(event["UID"]), []).append(event)
    resources = {}
    for n, (uid, events) in enumerate(groups.items()):
        part = Calendar()
        part.add("prodid", str(calendar.get("PRODID", "-//kith tests//EN")))
        part.add("version", "2.0")
        for event in events:
            part.add_component(event)
        part.add_missing_timezones()
        resources[f"event-{n}-{uid.split('@')[0][:20]}.ics"] = part.to_ical()
    return resources


def upload(server: RadicaleServer, user: str, calendar_url: str, path: Path) -> dict[str, bytes]:
    """Put every event of ``path`` on the server, one resource each; returns them by name."""
    resources = resources_of(path)
    for name, body in resources.items():
        server.put(user, calendar_url + name, body)
    return resources
