"""Shared by the calendar tests: the fixture folder, the user's addresses, meetings counted per person."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

import sqlalchemy as sa

from kith.app.workspace import Workspace
from kith.core.identity import normalise_email
from kith.store import schema

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
        return {name: count for name, count in conn.execute(query)}
