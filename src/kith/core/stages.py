"""Where a reconnection stands: cold → contacted → replied → reconnected → warm.

The stage is derived from the history, never typed in: the outreach steps done and the
personal interactions that followed them (an auto-reply is not a reply, a bounce is not
contact). The outreach starts with the latest first message done; everything before it
belongs to an earlier story.

- **cold**: no outreach yet, and no recent real conversation;
- **contacted**: a message went out, nothing personal came back;
- **replied**: they answered;
- **reconnected**: a real conversation since the outreach: a call or a meeting, or a few
  messages each way (``reconnected_messages_each_way``);
- **warm**: the conversation went on: they were in touch again at least ``warm_after_days``
  after it reconnected. Only now may a message ask for something (unless they offered).

Without any outreach, a real conversation in the last ``recent_window_days`` still makes a
person reconnected or warm: the user does not need to "reconnect" with a friend they talk to.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from kith.core.model import (
    Channel,
    Direction,
    Interaction,
    InteractionKind,
    OutreachKind,
    OutreachStatus,
    OutreachStep,
)
from kith.core.settings import DEFAULTS, StageSettings
from kith.core.ties import day_in_words


class Stage(enum.StrEnum):
    COLD = "cold"
    CONTACTED = "contacted"
    REPLIED = "replied"
    RECONNECTED = "reconnected"
    WARM = "warm"

    @property
    def order(self) -> int:
        """0 for cold up to 4 for warm: stages compare by how far the reconnection went."""
        return list(Stage).index(self)


@dataclass(frozen=True, slots=True)
class StageView:
    """A person's stage, the day they reached it, and why, in words."""

    stage: Stage
    since: date | None
    reason: str


def ask_allowed(stage: Stage, *, they_offered: bool = False) -> bool:
    """May a message ask for a job, an introduction or a favour? Only once warm, or if they offered."""
    return stage is Stage.WARM or they_offered


def step_moment(step: OutreachStep) -> datetime:
    """When a step was done: its ``done_at``, else the start of the day it was planned for (UTC)."""
    if step.done_at is not None:
        return step.done_at
    return datetime.combine(step.planned_on, time.min, tzinfo=UTC)


def outreach_start(steps: Iterable[OutreachStep]) -> datetime | None:
    """When the current outreach began: the latest first message done, else the earliest step done."""
    done = [s for s in steps if s.status is OutreachStatus.DONE]
    firsts = [step_moment(s) for s in done if s.kind is OutreachKind.FIRST]
    if firsts:
        return max(firsts)
    return min((step_moment(s) for s in done), default=None)


def stage_of(
    interactions: Iterable[Interaction],
    steps: Iterable[OutreachStep],
    today: date,
    settings: StageSettings = DEFAULTS.stages,
) -> StageView:
    """The stage of one person's reconnection as of ``today``."""
    listed_steps = list(steps)
    personal = sorted(
        (i for i in interactions if i.kind is InteractionKind.PERSONAL and i.occurred_at.date() <= today),
        key=lambda i: i.occurred_at,
    )
    start = outreach_start(s for s in listed_steps if step_moment(s).date() <= today)
    if start is None:
        window_start = datetime.combine(today - timedelta(days=settings.recent_window_days), time.min, tzinfo=UTC)
        recent = [i for i in personal if i.occurred_at >= window_start]
        talk = _conversation(recent, [], settings)
        if talk is None:
            return StageView(Stage.COLD, None, "no outreach yet")
        return talk
    after = [i for i in personal if i.occurred_at >= start]
    done_after = [step_moment(s) for s in listed_steps if s.status is OutreachStatus.DONE and start <= step_moment(s)]
    talk = _conversation(after, done_after, settings)
    if talk is not None:
        return talk
    replies = [i for i in after if i.direction is not Direction.OUTBOUND]
    if replies:
        first = replies[0].occurred_at.date()
        return StageView(Stage.REPLIED, first, f"they replied on {day_in_words(first)}")
    return StageView(Stage.CONTACTED, start.date(), f"contacted on {day_in_words(start.date())}, no reply yet")


def _conversation(
    after: Sequence[Interaction], steps_done: Sequence[datetime], settings: StageSettings
) -> StageView | None:
    """Reconnected or warm, judged on the interactions since the outreach began; None if neither."""
    reconnected_at: datetime | None = None
    how = ""
    # The user's messages: outbound interactions, plus steps done that left no interaction that day
    # (the same message is often both a step and, once mail is imported, an interaction).
    outbound_days = {i.occurred_at.date() for i in after if i.direction is Direction.OUTBOUND}
    events: list[tuple[datetime, Direction | None, Channel | None]] = [
        (i.occurred_at, i.direction, i.channel) for i in after
    ]
    events += [(moment, None, None) for moment in steps_done if moment.date() not in outbound_days]
    events.sort(key=lambda e: (e[0], e[1] is None))
    mine = theirs = 0
    for moment, direction, channel in events:
        if channel is Channel.MEETING or (channel is Channel.CALL and direction is not Direction.OUTBOUND):
            reconnected_at, how = moment, f"a {channel.value} on {day_in_words(moment.date())}"
            break
        if direction is Direction.MUTUAL:
            reconnected_at, how = moment, f"a conversation on {day_in_words(moment.date())}"
            break
        if direction is Direction.INBOUND:
            theirs += 1
        else:
            mine += 1
        if min(mine, theirs) >= settings.reconnected_messages_each_way:
            reconnected_at, how = moment, f"messages both ways up to {day_in_words(moment.date())}"
            break
    if reconnected_at is None:
        return None
    warm_from = reconnected_at + timedelta(days=settings.warm_after_days)
    later = [i for i in after if i.occurred_at >= warm_from and i.direction is not Direction.OUTBOUND]
    if later:
        since = later[0].occurred_at.date()
        return StageView(Stage.WARM, since, f"reconnected ({how}) and still in touch on {day_in_words(since)}")
    return StageView(Stage.RECONNECTED, reconnected_at.date(), f"reconnected: {how}")
