"""The features of every tie in a network, computed by the database in two aggregate queries.

``kith.core.ties.TieFeatures`` documents the aggregate behind each field; this module is those
aggregates in SQL, so that classifying 100,000 people reads a few hundred thousand summary
rows instead of a million interactions. Only personal interactions count. Two families:

- **counts and days**: ``COUNT(*)``, ``MIN`` and ``MAX`` of the day ``GROUP BY person_id,
  channel, direction``. The ``ix_interactions_tie_features`` index holds every column in the
  order of the grouping, so SQLite streams the index without sorting or reading a row. The
  first and last contact and the last day from each side are the smallest and largest of
  these per-group days (from you: outbound and mutual groups; from them: inbound and mutual).
  This family alone decides a tie's class (``class_features``).
- **the sequence**: one window pass per person, ordered by moment then direction (``LAG`` of
  the day gives the silence before each contact; ``LEAD`` marks the latest row, so that of
  simultaneous rows the one ``features_of`` keeps wins: outbound, then mutual), folded by
  ``GROUP BY person_id`` into the longest silence, the last direction and the distinct
  active months and years.

Days are UTC calendar days, carried through SQL as proleptic ordinals (``date.toordinal``) so
that a silence is a subtraction. The few expressions the dialects write differently (the
day's ordinal, the month and year keys) are chosen per dialect below; the queries are the
same on both. ``kith.core.ties.features_of`` computes the same features from a list of
interactions, and the tests hold the two equal on SQLite and PostgreSQL.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from datetime import date
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from kith.core.errors import DatabaseError
from kith.core.model import Channel, Direction, InteractionKind
from kith.core.ties import ChannelCount, TieFeatures
from kith.store.schema import interactions, people

# How many person ids go into one ``IN (...)`` list: well under SQLite's and psycopg's limits.
IDS_PER_QUERY = 5000

# julianday() of 0001-01-01 00:00 is 1721425.5, and that day's ordinal is 1.
_JULIAN_DAY_BEFORE_ORDINAL_ONE = 1721424.5

_CHANNELS = {c.value: c for c in Channel}
_DIRECTIONS = {d.value: d for d in Direction}


def _day(conn: Connection, at: sa.ColumnElement[Any] = interactions.c.occurred_at) -> sa.ColumnElement[int]:
    """The UTC calendar day of a moment (``occurred_at``), numbered as ``date.toordinal()`` does."""
    if conn.dialect.name == "sqlite":
        # occurred_at is naive UTC text; julianday() counts from noon, hence the half day.
        return sa.cast(sa.func.julianday(at) - _JULIAN_DAY_BEFORE_ORDINAL_ONE, sa.Integer)
    # PostgreSQL (and any server with date arithmetic): date - date is a number of days.
    return sa.cast(sa.cast(at, sa.Date) - sa.cast(sa.literal("0001-01-01"), sa.Date) + 1, sa.Integer)


def _month_and_year(conn: Connection) -> tuple[sa.ColumnElement[Any], sa.ColumnElement[Any]]:
    """Keys that tell calendar months and years apart (their values mean nothing else)."""
    at = interactions.c.occurred_at
    if conn.dialect.name == "sqlite":
        # The stored text starts with YYYY-MM: cutting it is a third of strftime()'s cost.
        return sa.func.substr(at, 1, 7), sa.func.substr(at, 1, 4)
    year = sa.extract("year", at)
    return year * 12 + sa.extract("month", at), year


def _in_bytes(conn: Connection, column: sa.ColumnElement[str]) -> sa.ColumnElement[str]:
    """``column`` compared byte by byte, as Python compares the enum values."""
    return column if conn.dialect.name == "sqlite" else column.collate("C")


def _personal(owner_id: int, person_ids: Sequence[int] | None) -> list[sa.ColumnElement[bool]]:
    conditions: list[sa.ColumnElement[bool]] = [
        interactions.c.owner_id == owner_id,
        interactions.c.kind == InteractionKind.PERSONAL.value,
    ]
    if person_ids is not None:
        conditions.append(interactions.c.person_id.in_(person_ids))
    return conditions


def _counts_query(conn: Connection, owner_id: int, person_ids: Sequence[int] | None) -> sa.Select[Any]:
    i = interactions.c
    # The day of the first and last moment, not the first and last of the days: two
    # conversions per group instead of one per interaction (text and timestamps sort as moments).
    first, last = _day(conn, sa.func.min(i.occurred_at)), _day(conn, sa.func.max(i.occurred_at))
    return (
        sa.select(i.person_id, i.channel, i.direction, sa.func.count(), first, last)
        .where(*_personal(owner_id, person_ids))
        .group_by(i.person_id, i.channel, i.direction)
        # ChannelCount's own order, so the counts need no sorting; SQLite's default collation
        # and the index give it for free, PostgreSQL is told to compare bytes.
        .order_by(i.person_id, _in_bytes(conn, i.channel), _in_bytes(conn, i.direction))
    )


def _sequence_query(conn: Connection, owner_id: int, person_ids: Sequence[int] | None) -> sa.Select[Any]:
    i = interactions.c
    day = _day(conn)
    month, year = _month_and_year(conn)
    # At the same moment 'outbound' sorts after 'mutual' after 'inbound': the last row of this
    # order is the one ROW_NUMBER() OVER (... occurred_at DESC, direction DESC) = 1 would pick.
    order = (i.occurred_at, i.direction)
    rows = (
        sa.select(
            i.person_id.label("person_id"),
            i.direction.label("direction"),
            (day - sa.func.lag(day).over(partition_by=i.person_id, order_by=order)).label("silence"),
            sa.func.lead(i.id).over(partition_by=i.person_id, order_by=order).label("next_id"),
            month.label("month"),
            year.label("year"),
        )
        .where(*_personal(owner_id, person_ids))
        .subquery("personal")
    )
    r = rows.c
    return sa.select(
        r.person_id,
        sa.func.coalesce(sa.func.max(r.silence), 0),
        sa.func.max(sa.case((r.next_id.is_(None), r.direction))),
        sa.func.count(sa.distinct(r.month)),
        sa.func.count(sa.distinct(r.year)),
    ).group_by(r.person_id)


def _fetch_all(conn: Connection, query: sa.Select[Any]) -> Sequence[Any]:
    """Every row as the driver's plain tuple.

    These columns are integers and strings that need no conversion, and building SQLAlchemy's
    row objects costs a sixth of the whole classification at 300,000 rows. A driver error while
    fetching is translated as SQLAlchemy would (``Database.reading`` reports it).
    """
    result = conn.execute(query)
    try:
        rows = result.cursor.fetchall()
    except conn.dialect.loaded_dbapi.Error as exc:
        raise DatabaseError(f"could not read the interactions: {str(exc).strip() or type(exc).__name__}") from exc
    finally:
        result.close()
    return rows


def _chunks(person_ids: Sequence[int] | None) -> Iterator[Sequence[int] | None]:
    if person_ids is None:
        yield None
        return
    unique = sorted(set(person_ids))
    for start in range(0, len(unique), IDS_PER_QUERY):
        yield unique[start : start + IDS_PER_QUERY]


def _unknown(what: str, value: str, person_id: int) -> DatabaseError:
    return DatabaseError(
        f"an interaction of person #{person_id} has the {what} {value!r}, which this version of kith "
        "does not know; upgrade kith or correct that interaction"
    )


# One person's counts and days as read from the first family: counts in ChannelCount order,
# then the first, last, last-from-you and last-from-them days (ordinals; 0 for never).
_Totals = tuple[tuple[ChannelCount, ...], int, int, int, int]


def _counts_and_days(conn: Connection, owner_id: int, person_ids: Sequence[int] | None) -> dict[int, _Totals]:
    found: dict[int, _Totals] = {}
    # Counts are small numbers that repeat across people: one frozen value each is shared.
    shared: dict[tuple[str, str, int], ChannelCount] = {}
    current = None
    counts: list[ChannelCount] = []
    first = last = from_you = from_them = 0
    # A plain loop over fetched tuples: this runs 300,000 times for 100,000 people.
    for person_id, channel, direction, n, group_first, group_last in _fetch_all(
        conn, _counts_query(conn, owner_id, person_ids)
    ):
        if person_id != current:
            if current is not None:
                found[current] = (tuple(counts), first, last, from_you, from_them)
            current, counts = person_id, []
            first, last, from_you, from_them = group_first, group_last, 0, 0
        count = shared.get((channel, direction, n))
        if count is None:
            if channel not in _CHANNELS:
                raise _unknown("channel", channel, person_id)
            if direction not in _DIRECTIONS:
                raise _unknown("direction", direction, person_id)
            count = shared[(channel, direction, n)] = ChannelCount(_CHANNELS[channel], _DIRECTIONS[direction], n)
        counts.append(count)
        if group_first < first:
            first = group_first
        if group_last > last:
            last = group_last
        if direction != Direction.INBOUND and group_last > from_you:  # outbound and mutual: you spoke
            from_you = group_last
        if direction != Direction.OUTBOUND and group_last > from_them:  # inbound and mutual: they spoke
            from_them = group_last
    if current is not None:
        found[current] = (tuple(counts), first, last, from_you, from_them)
    return found


def _day_maker() -> Callable[[int], date | None]:
    """``date.fromordinal`` with memory (0: never): 100,000 people share a few thousand days."""
    known: dict[int, date | None] = {0: None}

    def day(ordinal: int) -> date | None:
        try:
            return known[ordinal]
        except KeyError:
            found = known[ordinal] = date.fromordinal(ordinal)
            return found

    return day


def _features(totals: _Totals, day: Callable[[int], date | None], **sequence: Any) -> TieFeatures:
    counts, first, last, from_you, from_them = totals
    return TieFeatures(
        counts=counts,
        first_contact=day(first),
        last_contact=day(last),
        last_from_you=day(from_you),
        last_from_them=day(from_them),
        **sequence,
    )


def _known_since(conn: Connection, owner_id: int, person_ids: Sequence[int] | None) -> dict[int, date | None]:
    """``people.known_since`` of each person (``None`` when no source said), from raw rows:
    100,000 people share a few thousand days, each parsed once."""
    query = sa.select(people.c.id, people.c.known_since).where(people.c.owner_id == owner_id)
    if person_ids is not None:
        query = query.where(people.c.id.in_(person_ids))
    parsed: dict[Any, date | None] = {None: None}
    found: dict[int, date | None] = {}
    for person_id, raw in _fetch_all(conn, query):
        day = parsed.get(raw)
        if day is None and raw is not None:
            day = parsed[raw] = raw if isinstance(raw, date) else date.fromisoformat(raw)
        found[person_id] = day
    return found


def _met_before(known: dict[int, date | None], person_id: int, first_contact: date | None) -> date | None:
    """The day they met, where it says more than the history: before the first contact.

    Only then can it change a class (new or weak) or the words; most people met the user on
    the day of their first contact. Takes the person out of ``known``.
    """
    met = known.pop(person_id, None)
    if met is None or (first_contact is not None and met >= first_contact):
        return None
    return met


def _without_history(known: dict[int, date | None], found: dict[int, TieFeatures], *, everyone: bool) -> None:
    """The people left in ``known`` have no history: one shared value per day they met. Those
    who have no such day either are added only when ``everyone`` is asked for."""
    bare: dict[date | None, TieFeatures] = {None: TieFeatures()}
    for person_id, met in known.items():
        if met is None and not everyone:
            continue
        if met not in bare:
            bare[met] = TieFeatures(known_since=met)
        found[person_id] = bare[met]


def tie_features(conn: Connection, owner_id: int, person_ids: Sequence[int] | None = None) -> dict[int, TieFeatures]:
    """The tie features of each of ``owner_id``'s people with personal history or a
    ``known_since`` day (or of ``person_ids``).

    Anyone else is left out: their features are ``TieFeatures()``.
    """
    found: dict[int, TieFeatures] = {}
    for chunk in _chunks(person_ids):
        totals = _counts_and_days(conn, owner_id, chunk)
        known = _known_since(conn, owner_id, chunk)
        day = _day_maker()
        for person_id, silence, latest, months, years in _fetch_all(conn, _sequence_query(conn, owner_id, chunk)):
            if latest not in _DIRECTIONS:
                raise _unknown("direction", latest, person_id)
            person_totals = totals[person_id]
            found[person_id] = _features(
                person_totals,
                day,
                last_direction=_DIRECTIONS[latest],
                longest_silence_days=int(silence),
                active_months=int(months),
                active_years=int(years),
                known_since=_met_before(known, person_id, day(person_totals[1])),
            )
        _without_history(known, found, everyone=False)
    return found


def class_features(conn: Connection, owner_id: int, person_ids: Sequence[int] | None = None) -> dict[int, TieFeatures]:
    """What a tie's class depends on, for everyone of ``owner_id`` (or each of ``person_ids``
    who exists), those without history included: the fast path.

    The counts and the first, last and last-from-each-side days are exact; the features only a
    strength or an explanation reads (longest silence, last direction, active months and years)
    are left at their defaults, because computing them costs a window pass over every
    interaction. Pass these to ``kith.core.ties.tie_class_of`` only; ``tie_features`` has all.
    """
    found: dict[int, TieFeatures] = {}
    for chunk in _chunks(person_ids):
        day = _day_maker()
        known = _known_since(conn, owner_id, chunk)
        for person_id, totals in _counts_and_days(conn, owner_id, chunk).items():
            found[person_id] = _features(totals, day, known_since=_met_before(known, person_id, day(totals[1])))
        _without_history(known, found, everyone=True)
    return found


def person_ids(conn: Connection, owner_id: int) -> list[int]:
    """Every person id of ``owner_id``, in id order (those without history included)."""
    query = sa.select(people.c.id).where(people.c.owner_id == owner_id).order_by(people.c.id)
    return list(conn.execute(query).scalars())
