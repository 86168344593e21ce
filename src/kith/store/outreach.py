"""Queries behind the plan: goals, campaigns, overrides, outreach steps, favours, and the slices
of history the stages and follow-ups are derived from.

The plan itself is never stored, only its facts: the steps planned and done, what the user
decided about a person (pin, skip, exclude, do-not-contact), the goals and campaigns. The
history a day's plan needs is read in batches of people and only as far back as the rules
look (the stage window, or the start of a person's outreach), so a network of 100,000 people
with 1,000,000 interactions is never loaded whole.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from datetime import date, datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from kith.core.model import (
    Campaign,
    Channel,
    Favor,
    FavorKind,
    Goal,
    Interaction,
    OutreachKind,
    OutreachStatus,
    OutreachStep,
    OverrideAction,
    PersonChange,
    Relevance,
)
from kith.core.plan import Override
from kith.store.records import favor_from_row, interaction_from_row
from kith.store.schema import (
    campaigns,
    favors,
    goals,
    interactions,
    notes,
    outreach_steps,
    people,
    person_changes,
    person_overrides,
)

# How many people's history one query reads (an IN list small enough for every backend).
PEOPLE_PER_BATCH = 1000

_RELEVANCE_KEYS = ("cities", "countries", "companies", "industries", "schools", "tags", "words")


def _new_id(result: sa.CursorResult[Any]) -> int:
    key = result.inserted_primary_key
    assert key is not None
    return int(key[0])


# Goals --------------------------------------------------------------------------------------


def insert_goal(conn: Connection, owner_id: int, goal: Goal, now: datetime) -> int:
    relevance = {key: list(getattr(goal.relevance, key)) for key in _RELEVANCE_KEYS}
    row = {
        "owner_id": owner_id,
        "title": goal.title,
        "why_now": goal.why_now,
        "agenda": goal.agenda,
        "offer": goal.offer,
        "gap_context": goal.gap_context,
        "relevance": relevance,
        "created_at": goal.created_at or now,
    }
    return _new_id(conn.execute(goals.insert().values(row)))


def _goal_from_row(row: Mapping[Any, Any]) -> Goal:
    stored = row["relevance"] or {}
    relevance = Relevance(**{key: tuple(stored.get(key, ())) for key in _RELEVANCE_KEYS})
    return Goal(
        id=row["id"],
        title=row["title"],
        why_now=row["why_now"],
        agenda=row["agenda"],
        offer=row["offer"],
        gap_context=row["gap_context"],
        relevance=relevance,
        created_at=row["created_at"],
    )


def list_goals(conn: Connection, owner_id: int) -> list[Goal]:
    query = sa.select(goals).where(goals.c.owner_id == owner_id, goals.c.archived_at.is_(None)).order_by(goals.c.id)
    return [_goal_from_row(r) for r in conn.execute(query).mappings()]


def load_goal(conn: Connection, owner_id: int, goal_id: int) -> Goal | None:
    row = conn.execute(sa.select(goals).where(goals.c.owner_id == owner_id, goals.c.id == goal_id)).mappings().first()
    return _goal_from_row(row) if row is not None else None


# Campaigns ----------------------------------------------------------------------------------


def insert_campaign(conn: Connection, owner_id: int, campaign: Campaign, now: datetime) -> int:
    row = {
        "owner_id": owner_id,
        "goal_id": campaign.goal_id,
        "name": campaign.name,
        "per_day": campaign.per_day,
        "working_days": list(campaign.working_days),
        "start_on": campaign.start_on,
        "holidays": [d.isoformat() for d in campaign.holidays],
        "cap": campaign.cap,
        "tie_classes": list(campaign.tie_classes),
        "channel": campaign.channel.value if campaign.channel else None,
        "language": campaign.language,
        "active": campaign.active,
        "created_at": now,
    }
    return _new_id(conn.execute(campaigns.insert().values(row)))


def _campaign_from_row(row: Mapping[Any, Any]) -> Campaign:
    return Campaign(
        id=row["id"],
        name=row["name"],
        goal_id=row["goal_id"],
        per_day=row["per_day"],
        working_days=tuple(int(d) for d in row["working_days"]),
        start_on=row["start_on"],
        holidays=tuple(date.fromisoformat(d) for d in row["holidays"]),
        cap=row["cap"],
        tie_classes=tuple(row["tie_classes"]),
        channel=Channel(row["channel"]) if row["channel"] else None,
        language=row["language"],
        active=bool(row["active"]),
    )


def list_campaigns(conn: Connection, owner_id: int) -> list[Campaign]:
    query = sa.select(campaigns).where(campaigns.c.owner_id == owner_id).order_by(campaigns.c.id)
    return [_campaign_from_row(r) for r in conn.execute(query).mappings()]


def load_campaign(conn: Connection, owner_id: int, campaign_id: int) -> Campaign | None:
    query = sa.select(campaigns).where(campaigns.c.owner_id == owner_id, campaigns.c.id == campaign_id)
    row = conn.execute(query).mappings().first()
    return _campaign_from_row(row) if row is not None else None


# Overrides and do-not-contact ---------------------------------------------------------------


def add_override(conn: Connection, owner_id: int, override: Override, now: datetime) -> None:
    """Record a decision, replacing an earlier one of the same action and scope."""
    remove_overrides(conn, owner_id, override.person_id, (override.action,), override.campaign_id)
    conn.execute(
        person_overrides.insert().values(
            owner_id=owner_id,
            person_id=override.person_id,
            campaign_id=override.campaign_id,
            action=override.action.value,
            until_on=override.until,
            created_at=now,
        )
    )


def remove_overrides(
    conn: Connection,
    owner_id: int,
    person_id: int,
    actions: Iterable[OverrideAction],
    campaign_id: int | None,
) -> int:
    """Lift decisions of these actions in one scope (``campaign_id`` None: the global ones)."""
    c = person_overrides.c
    scope = c.campaign_id.is_(None) if campaign_id is None else c.campaign_id == campaign_id
    query = person_overrides.delete().where(
        c.owner_id == owner_id, c.person_id == person_id, c.action.in_([a.value for a in actions]), scope
    )
    return int(conn.execute(query).rowcount or 0)


def list_overrides(conn: Connection, owner_id: int, person_ids: Sequence[int] | None = None) -> list[Override]:
    c = person_overrides.c
    query = sa.select(person_overrides).where(c.owner_id == owner_id).order_by(c.id)
    if person_ids is not None:
        query = query.where(c.person_id.in_(person_ids))
    return [
        Override(
            person_id=r["person_id"],
            action=OverrideAction(r["action"]),
            until=r["until_on"],
            campaign_id=r["campaign_id"],
        )
        for r in conn.execute(query).mappings()
    ]


def set_do_not_contact(
    conn: Connection, owner_id: int, person_id: int, since: datetime | None, reason: str | None, now: datetime
) -> None:
    """Mark a person do-not-contact from ``since``, or lift it with None."""
    conn.execute(
        people.update()
        .where(people.c.owner_id == owner_id, people.c.id == person_id)
        .values(do_not_contact_since=since, do_not_contact_reason=reason, updated_at=now)
    )


# Outreach steps -----------------------------------------------------------------------------


def _step_from_row(row: Mapping[Any, Any]) -> OutreachStep:
    return OutreachStep(
        id=row["id"],
        person_id=row["person_id"],
        campaign_id=row["campaign_id"],
        kind=OutreachKind(row["kind"]),
        sequence=row["sequence"],
        planned_on=row["planned_on"],
        slot=row["slot"],
        channel=Channel(row["channel"]) if row["channel"] else None,
        status=OutreachStatus(row["status"]),
        done_at=row["done_at"],
        message_id=row["message_id"],
    )


def insert_steps(conn: Connection, owner_id: int, steps: Sequence[OutreachStep], now: datetime) -> None:
    if not steps:
        return
    conn.execute(
        outreach_steps.insert(),
        [
            {
                "owner_id": owner_id,
                "person_id": s.person_id,
                "campaign_id": s.campaign_id,
                "kind": s.kind.value,
                "sequence": s.sequence,
                "planned_on": s.planned_on,
                "slot": s.slot,
                "channel": s.channel.value if s.channel else None,
                "status": s.status.value,
                "done_at": s.done_at,
                "message_id": s.message_id,
                "created_at": now,
            }
            for s in steps
        ],
    )


def insert_step(
    conn: Connection,
    owner_id: int,
    step: OutreachStep,
    now: datetime,
    *,
    interaction_id: int | None = None,
    note: str = "",
) -> int:
    """Insert one step (a step done with nothing planned for it), linked to its interaction."""
    row = {
        "owner_id": owner_id,
        "person_id": step.person_id,
        "campaign_id": step.campaign_id,
        "kind": step.kind.value,
        "sequence": step.sequence,
        "planned_on": step.planned_on,
        "slot": step.slot,
        "channel": step.channel.value if step.channel else None,
        "status": step.status.value,
        "done_at": step.done_at,
        "message_id": step.message_id,
        "interaction_id": interaction_id,
        "note": note,
        "created_at": now,
    }
    return _new_id(conn.execute(outreach_steps.insert().values(row)))


def steps_on(conn: Connection, owner_id: int, day: date) -> list[OutreachStep]:
    """The steps of one day's stored plan (cancelled ones left out), in the order they were planned."""
    c = outreach_steps.c
    query = (
        sa.select(outreach_steps)
        .where(c.owner_id == owner_id, c.planned_on == day, c.status != OutreachStatus.CANCELLED.value)
        .order_by(c.id)
    )
    return [_step_from_row(r) for r in conn.execute(query).mappings()]


def steps_by_person(
    conn: Connection, owner_id: int, person_ids: Sequence[int] | None = None
) -> dict[int, list[OutreachStep]]:
    """Every step planned or done with each person (only people with outreach have any)."""
    c = outreach_steps.c
    query = sa.select(outreach_steps).where(c.owner_id == owner_id).order_by(c.person_id, c.id)
    found: dict[int, list[OutreachStep]] = defaultdict(list)
    for chunk in _chunks(person_ids):
        batch = query if chunk is None else query.where(c.person_id.in_(chunk))
        for row in conn.execute(batch).mappings():
            found[row["person_id"]].append(_step_from_row(row))
    return dict(found)


def open_step(conn: Connection, owner_id: int, person_id: int, day: date) -> OutreachStep | None:
    """The person's step still planned for ``day`` or before (the newest), if any."""
    c = outreach_steps.c
    query = (
        sa.select(outreach_steps)
        .where(
            c.owner_id == owner_id,
            c.person_id == person_id,
            c.status == OutreachStatus.PLANNED.value,
            c.planned_on <= day,
        )
        .order_by(c.planned_on.desc(), c.id.desc())
        .limit(1)
    )
    row = conn.execute(query).mappings().first()
    return _step_from_row(row) if row is not None else None


def mark_step(
    conn: Connection,
    owner_id: int,
    step_id: int,
    status: OutreachStatus,
    *,
    done_at: datetime | None = None,
    channel: Channel | None = None,
    interaction_id: int | None = None,
    note: str = "",
    message_id: str | None = None,
) -> None:
    values: dict[str, Any] = {"status": status.value, "done_at": done_at}
    if message_id is not None:
        values["message_id"] = message_id
    if channel is not None:
        values["channel"] = channel.value
    if interaction_id is not None:
        values["interaction_id"] = interaction_id
    if note:
        values["note"] = note
    c = outreach_steps.c
    conn.execute(outreach_steps.update().where(c.owner_id == owner_id, c.id == step_id).values(**values))


def cancel_planned(conn: Connection, owner_id: int, *, person_id: int | None = None, before: date | None = None) -> int:
    """Cancel steps still planned: a person's (all of them), or everyone's before a day (carried over)."""
    c = outreach_steps.c
    query = outreach_steps.update().where(c.owner_id == owner_id, c.status == OutreachStatus.PLANNED.value)
    if person_id is not None:
        query = query.where(c.person_id == person_id)
    if before is not None:
        query = query.where(c.planned_on < before)
    return int(conn.execute(query.values(status=OutreachStatus.CANCELLED.value)).rowcount or 0)


def first_messages_done(conn: Connection, owner_id: int, campaign_id: int | None) -> int:
    """How many people got a first message in a campaign (None: outside any campaign)."""
    c = outreach_steps.c
    scope = c.campaign_id.is_(None) if campaign_id is None else c.campaign_id == campaign_id
    query = sa.select(sa.func.count(sa.distinct(c.person_id))).where(
        c.owner_id == owner_id, c.kind == OutreachKind.FIRST.value, c.status == OutreachStatus.DONE.value, scope
    )
    return int(conn.execute(query).scalar_one())


# Favours and notes --------------------------------------------------------------------------


def favors_by_person(conn: Connection, owner_id: int) -> dict[int, list[Favor]]:
    found: dict[int, list[Favor]] = defaultdict(list)
    query = sa.select(favors).where(favors.c.owner_id == owner_id).order_by(favors.c.person_id, favors.c.id)
    for row in conn.execute(query).mappings():
        found[row["person_id"]].append(favor_from_row(row))
    return dict(found)


def settle_favors(
    conn: Connection, owner_id: int, person_id: int, day: date, kinds: Iterable[FavorKind] | None = None
) -> int:
    """Mark a person's open favours (of these kinds, or all) settled on ``day``; returns how many."""
    c = favors.c
    query = favors.update().where(c.owner_id == owner_id, c.person_id == person_id, c.settled_on.is_(None))
    if kinds is not None:
        query = query.where(c.kind.in_([k.value for k in kinds]))
    return int(conn.execute(query.values(settled_on=day)).rowcount or 0)


def notes_by_person(conn: Connection, owner_id: int) -> dict[int, list[str]]:
    """Note bodies by person: the ranking searches them for schools and free words."""
    found: dict[int, list[str]] = defaultdict(list)
    query = sa.select(notes.c.person_id, notes.c.body).where(notes.c.owner_id == owner_id).order_by(notes.c.id)
    for row in conn.execute(query):
        found[row.person_id].append(row.body)
    return dict(found)


# People the plan needs ----------------------------------------------------------------------


def people_with_cadence(conn: Connection, owner_id: int) -> set[int]:
    """People the user gave a keep-in-touch cadence: they get touches whatever their tie."""
    query = sa.select(people.c.id).where(people.c.owner_id == owner_id, people.c.keep_in_touch_days.is_not(None))
    return {int(r[0]) for r in conn.execute(query)}


def changes_between(conn: Connection, owner_id: int, since: datetime, until: datetime) -> dict[int, list[PersonChange]]:
    """The company, title and city changes imports found between ``since`` and ``until``, by person."""
    c = person_changes.c
    query = (
        sa.select(person_changes)
        .where(c.owner_id == owner_id, c.changed_at >= since, c.changed_at < until)
        .order_by(c.person_id, c.changed_at, c.id)
    )
    found: dict[int, list[PersonChange]] = defaultdict(list)
    for row in conn.execute(query).mappings():
        found[row["person_id"]].append(
            PersonChange(
                id=row["id"],
                person_id=row["person_id"],
                field=row["field"],
                old_value=row["old_value"],
                new_value=row["new_value"],
                changed_at=row["changed_at"],
            )
        )
    return dict(found)


def connections_by_person(conn: Connection, owner_id: int, person_ids: Sequence[int]) -> dict[int, int]:
    """How connected each person is within the user's network: the other people you know at
    their company, plus the people you wrote to or met together with them (a shared thread:
    a mail to several, a meeting). People with none are left out."""
    company = sa.func.lower(sa.func.trim(people.c.company))
    colleagues: dict[str, int] = {
        key: int(count)
        for key, count in conn.execute(
            sa.select(company, sa.func.count())
            .where(people.c.owner_id == owner_id, people.c.company != "")
            .group_by(company)
            .having(sa.func.count() > 1)
        )
    }
    found: dict[int, int] = {}
    mine = interactions.alias("mine")
    theirs = interactions.alias("theirs")
    for chunk in _chunks(sorted(person_ids)):
        assert chunk is not None
        if colleagues:
            rows = conn.execute(
                sa.select(people.c.id, company).where(
                    people.c.owner_id == owner_id, people.c.id.in_(chunk), people.c.company != ""
                )
            )
            for person_id, key in rows:
                if key in colleagues:
                    found[person_id] = colleagues[key] - 1
        shared = (
            sa.select(mine.c.person_id, sa.func.count(sa.distinct(theirs.c.person_id)))
            .join(
                theirs,
                sa.and_(
                    theirs.c.owner_id == mine.c.owner_id,
                    theirs.c.thread_id == mine.c.thread_id,
                    theirs.c.person_id != mine.c.person_id,
                ),
            )
            .where(mine.c.owner_id == owner_id, mine.c.person_id.in_(chunk), mine.c.thread_id.is_not(None))
            .group_by(mine.c.person_id)
        )
        for person_id, count in conn.execute(shared):
            found[person_id] = found.get(person_id, 0) + int(count)
    return found


# History for stages and follow-ups ----------------------------------------------------------


def conversation_candidates(conn: Connection, owner_id: int, since: datetime, until: datetime) -> set[int]:
    """People whose personal history between ``since`` and ``until`` could make a conversation:
    a meeting, a call or a talk both took part in, or messages both ways. Anyone else with no
    outreach is cold, so their history need not be read (aggregated in SQL)."""
    c = interactions.c
    conversation = sa.or_(
        c.channel == Channel.MEETING.value,
        c.direction == "mutual",
        sa.and_(c.channel == Channel.CALL.value, c.direction != "outbound"),
    )
    query = (
        sa.select(c.person_id)
        .where(c.owner_id == owner_id, c.kind == "personal", c.occurred_at >= since, c.occurred_at < until)
        .group_by(c.person_id)
        .having(
            sa.or_(
                sa.func.count().filter(conversation) > 0,
                sa.and_(
                    sa.func.count().filter(c.direction == "outbound") > 0,
                    sa.func.count().filter(c.direction == "inbound") > 0,
                ),
            )
        )
    )
    return {int(r[0]) for r in conn.execute(query)}


def history_since(
    conn: Connection, owner_id: int, since: Mapping[int, datetime], until: datetime
) -> Iterator[tuple[int, list[Interaction]]]:
    """Each person's interactions (of every kind) from their own ``since`` up to ``until``,
    read a batch of people at a time so memory stays flat; people with none are left out."""
    c = interactions.c
    ids = sorted(since)
    for start in range(0, len(ids), PEOPLE_PER_BATCH):
        chunk = ids[start : start + PEOPLE_PER_BATCH]
        earliest = min(since[i] for i in chunk)
        query = (
            sa.select(interactions)
            .where(c.owner_id == owner_id, c.person_id.in_(chunk), c.occurred_at >= earliest, c.occurred_at < until)
            .order_by(c.person_id, c.occurred_at, c.id)
        )
        grouped: dict[int, list[Interaction]] = defaultdict(list)
        for row in conn.execute(query).mappings():
            interaction = interaction_from_row(row)
            if interaction.occurred_at >= since[interaction.person_id]:
                grouped[interaction.person_id].append(interaction)
        yield from grouped.items()


def _chunks(person_ids: Sequence[int] | None) -> Iterator[list[int] | None]:
    if person_ids is None:
        yield None
        return
    listed = list(person_ids)
    for start in range(0, len(listed), PEOPLE_PER_BATCH):
        yield listed[start : start + PEOPLE_PER_BATCH]
