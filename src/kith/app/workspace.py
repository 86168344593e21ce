"""The workspace a use case runs in: an open database, the owner, and the one clock."""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, tzinfo

from kith.core.errors import InvalidValue
from kith.store.database import Database, open_database

Clock = Callable[[], datetime]


def system_clock() -> datetime:
    return datetime.now(UTC)


def fixed_clock(moment: datetime) -> Clock:
    """A clock that always says ``moment``: for tests, reproducible demos and ``KITH_NOW``."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return lambda: moment


def clock_from_environment() -> Clock:
    """The system clock, unless ``KITH_NOW`` pins "now" (an ISO date or datetime)."""
    pinned = os.environ.get("KITH_NOW", "").strip()
    if not pinned:
        return system_clock
    try:
        return fixed_clock(datetime.fromisoformat(pinned))
    except ValueError as exc:
        raise InvalidValue("KITH_NOW", pinned, "write it as 2026-03-01 or 2026-03-01T09:30:00+01:00") from exc


def region_from_environment() -> str:
    """The user's default region for phone numbers: ``KITH_REGION``, else the locale's territory."""
    explicit = os.environ.get("KITH_REGION", "").strip()
    if explicit:
        return explicit.upper()
    for variable in ("LC_ALL", "LC_TELEPHONE", "LANG"):
        value = os.environ.get(variable, "")
        language, _, rest = value.partition("_")
        territory = rest[:2]
        if language and len(territory) == 2 and territory.isalpha():
            return territory.upper()
    return ""


@dataclass
class Workspace:
    db: Database
    clock: Clock
    default_region: str = ""
    local_zone: tzinfo | None = None  # None: the machine's zone

    @property
    def owner_id(self) -> int:
        return self.db.owner_id

    def now(self) -> datetime:
        return self.clock()

    def today(self) -> date:
        """Today in the user's zone: plans and cadences count calendar days where the user lives."""
        return self.clock().astimezone(self.local_zone).date()

    def close(self) -> None:
        self.db.close()


def open_workspace(database: str | None = None, *, clock: Clock | None = None, owner: str | None = None) -> Workspace:
    """Open the user's database (``--db``, ``KITH_DB`` or the default) as a workspace."""
    region = region_from_environment()
    db = open_database(database, owner=owner or os.environ.get("KITH_USER", "me"), default_region=region)
    return Workspace(db=db, clock=clock or clock_from_environment(), default_region=region)
