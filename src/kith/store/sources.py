"""Where imported rows come from (``sources``): a file, a mailbox, a server account, a demo
seed. Every row an import writes carries its source's id."""

from __future__ import annotations

from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from kith.store.schema import sources


def find_source(conn: Connection, owner_id: int, kind: str, locator: str) -> int | None:
    """The id of the owner's source of ``kind`` at ``locator``, if it was recorded before."""
    found = conn.execute(
        sa.select(sources.c.id)
        .where(sources.c.owner_id == owner_id, sources.c.kind == kind, sources.c.locator == locator)
        .limit(1)
    ).scalar()
    return int(found) if found is not None else None


def add_source(
    conn: Connection, owner_id: int, kind: str, locator: str, now: datetime, *, fingerprint: str | None = None
) -> int:
    """Record where a load comes from (``fingerprint``: a digest of the file, when it is one)."""
    created = conn.execute(
        sources.insert()
        .values(owner_id=owner_id, kind=kind, locator=locator, fingerprint=fingerprint, imported_at=now)
        .returning(sources.c.id)
    )
    return int(created.scalar_one())


def source_for(conn: Connection, owner_id: int, kind: str, locator: str, now: datetime) -> int:
    """The source of ``kind`` at ``locator``, created on its first import and marked as
    imported ``now`` on each later one (a mailbox or an account read again)."""
    found = find_source(conn, owner_id, kind, locator)
    if found is None:
        return add_source(conn, owner_id, kind, locator, now)
    conn.execute(sources.update().where(sources.c.id == found).values(imported_at=now))
    return found
