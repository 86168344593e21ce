"""Aggregates over the whole network, computed in SQL."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from kith.store.schema import favors, identities, interactions, notes, people


@dataclass(frozen=True)
class NetworkTotals:
    people: int
    identities_by_kind: dict[str, int]
    interactions: int
    interactions_by_channel: dict[str, int]
    first_interaction: datetime | None
    last_interaction: datetime | None
    favors: int
    notes: int
    top_countries: list[tuple[str, int]]
    top_companies: list[tuple[str, int]]


def network_totals(conn: Connection, owner_id: int, top: int = 5) -> NetworkTotals:
    def count(table: sa.Table) -> int:
        return int(
            conn.execute(sa.select(sa.func.count()).select_from(table).where(table.c.owner_id == owner_id)).scalar_one()
        )

    by_kind = conn.execute(
        sa.select(identities.c.kind, sa.func.count())
        .where(identities.c.owner_id == owner_id)
        .group_by(identities.c.kind)
    ).all()
    by_channel = conn.execute(
        sa.select(interactions.c.channel, sa.func.count())
        .where(interactions.c.owner_id == owner_id)
        .group_by(interactions.c.channel)
    ).all()
    span = conn.execute(
        sa.select(sa.func.min(interactions.c.occurred_at), sa.func.max(interactions.c.occurred_at)).where(
            interactions.c.owner_id == owner_id
        )
    ).one()

    def ranking(column: sa.Column[str]) -> list[tuple[str, int]]:
        n = sa.func.count().label("n")
        rows = conn.execute(
            sa.select(column, n)
            .where(people.c.owner_id == owner_id, column != "")
            .group_by(column)
            .order_by(n.desc(), column)
            .limit(top)
        ).all()
        return [(str(r[0]), int(r[1])) for r in rows]

    return NetworkTotals(
        people=count(people),
        identities_by_kind={str(k): int(n) for k, n in by_kind},
        interactions=sum(int(n) for _, n in by_channel),
        interactions_by_channel={str(k): int(n) for k, n in by_channel},
        first_interaction=span[0],
        last_interaction=span[1],
        favors=count(favors),
        notes=count(notes),
        top_countries=ranking(people.c.country),
        top_companies=ranking(people.c.company),
    )
