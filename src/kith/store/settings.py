"""The owner's settings: small JSON values under a key (``me.name``, ``accounts.imap``...).

Settings hold what the user chose, never a secret: passwords live in the OS keyring or the
environment, and are asked for when neither has them.
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from kith.store.schema import settings


def get_setting(conn: Connection, owner_id: int, key: str, default: Any = None) -> Any:
    """The value stored under ``key``, or ``default`` when there is none."""
    query = sa.select(settings.c.value).where(settings.c.owner_id == owner_id, settings.c.key == key)
    row = conn.execute(query).first()
    return default if row is None else row[0]


def set_setting(conn: Connection, owner_id: int, key: str, value: Any) -> None:
    """Store ``value`` (any JSON value) under ``key``, replacing what was there."""
    delete_setting(conn, owner_id, key)
    conn.execute(settings.insert().values(owner_id=owner_id, key=key, value=value))


def delete_setting(conn: Connection, owner_id: int, key: str) -> bool:
    """Forget ``key``; whether there was a value to forget."""
    query = settings.delete().where(settings.c.owner_id == owner_id, settings.c.key == key)
    return conn.execute(query).rowcount > 0


def settings_under(conn: Connection, owner_id: int, prefix: str) -> dict[str, Any]:
    """Every setting whose key starts with ``prefix`` (``accounts.``), by key."""
    query = (
        sa.select(settings.c.key, settings.c.value)
        .where(settings.c.owner_id == owner_id, settings.c.key.startswith(prefix, autoescape=True))
        .order_by(settings.c.key)
    )
    return {row.key: row.value for row in conn.execute(query)}
