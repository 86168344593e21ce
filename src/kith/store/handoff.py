"""What the hand-off of drafts keeps: the Message-ID of a message saved or sent on the outreach
step it is for (``outreach_steps.message_id``), and the queries that recognise it later.

A step with a Message-ID and not done yet is a draft handed over (an .eml file, the Drafts
folder): when the mail import reads that message going out, or an answer to it, the step is
done. The Message-ID is kept as the message carries it (``<...>``); comparisons use its key
(without the brackets), as the mail import does.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from kith.core.handoff import message_key
from kith.core.model import OutreachKind, OutreachStatus
from kith.store.schema import interactions, outreach_steps

_SEQUENCE_KINDS = (OutreachKind.FIRST.value, OutreachKind.FOLLOWUP.value, OutreachKind.LAST.value)
KEYS_PER_QUERY = 900


@dataclass(frozen=True, slots=True)
class HandedStep:
    """A step whose message was handed over and not seen going out yet."""

    step_id: int
    person_id: int
    kind: OutreachKind
    sequence: int


def remember_message_id(conn: Connection, owner_id: int, step_id: int, message_id: str) -> None:
    """Keep ``message_id`` on the step (still planned) that the message saved is for."""
    c = outreach_steps.c
    conn.execute(
        outreach_steps.update()
        .where(c.owner_id == owner_id, c.id == step_id, c.status != OutreachStatus.DONE.value)
        .values(message_id=message_id)
    )


def handed_over(conn: Connection, owner_id: int) -> dict[str, HandedStep]:
    """Steps with a saved message not yet done, by the message's key. A Message-ID already on a
    done step (the step re-planned and done since, the message sent by kith) is left out: that
    message was counted when it went."""
    c = outreach_steps.c
    query = (
        sa.select(c.id, c.person_id, c.kind, c.sequence, c.message_id, c.status)
        .where(c.owner_id == owner_id, c.message_id.is_not(None))
        .order_by(c.id)
    )
    waiting: dict[str, HandedStep] = {}
    done: set[str] = set()
    for sid, pid, kind, seq, mid, status in conn.execute(query):
        key = message_key(str(mid))
        if status == OutreachStatus.DONE.value:
            done.add(key)
        else:
            # The newest step with this message wins: the one re-planned from an older one.
            waiting[key] = HandedStep(int(sid), int(pid), OutreachKind(kind), int(seq))
    return {key: step for key, step in waiting.items() if key not in done}


def thread_so_far(conn: Connection, owner_id: int, person_id: int) -> list[str]:
    """The Message-IDs of the messages of the person's current sequence, oldest first: the
    first message done last and the follow-ups after it (a follow-up answers them)."""
    c = outreach_steps.c
    query = (
        sa.select(c.kind, c.message_id)
        .where(
            c.owner_id == owner_id,
            c.person_id == person_id,
            c.status == OutreachStatus.DONE.value,
            c.kind.in_(_SEQUENCE_KINDS),
            c.done_at.is_not(None),
        )
        .order_by(c.done_at, c.id)
    )
    found: list[str] = []
    for kind, mid in conn.execute(query):
        if kind == OutreachKind.FIRST.value:
            found = []
        if mid:
            found.append(str(mid))
    return found


def interaction_ids(conn: Connection, owner_id: int, external_ids: Iterable[str]) -> dict[str, int]:
    """The ids of the interactions stored under these external ids."""
    wanted = sorted(set(external_ids))
    c = interactions.c
    found: dict[str, int] = {}
    for start in range(0, len(wanted), KEYS_PER_QUERY):
        chunk = wanted[start : start + KEYS_PER_QUERY]
        query = sa.select(c.external_id, c.id).where(c.owner_id == owner_id, c.external_id.in_(chunk))
        found.update({str(e): int(i) for e, i in conn.execute(query)})
    return found


def mark_sent(conn: Connection, owner_id: int, step: HandedStep, done_at: datetime, interaction_id: int | None) -> None:
    """The step's message went out: the step is done (linked to the message's interaction), and
    a copy of the same step planned again since (carried over to a later day) is cancelled."""
    c = outreach_steps.c
    values: dict[str, object] = {"status": OutreachStatus.DONE.value, "done_at": done_at, "channel": "email"}
    if interaction_id is not None:
        values["interaction_id"] = interaction_id
    conn.execute(outreach_steps.update().where(c.owner_id == owner_id, c.id == step.step_id).values(**values))
    conn.execute(
        outreach_steps.update()
        .where(
            c.owner_id == owner_id,
            c.person_id == step.person_id,
            c.status == OutreachStatus.PLANNED.value,
            c.kind == step.kind.value,
            c.sequence == step.sequence,
        )
        .values(status=OutreachStatus.CANCELLED.value)
    )
