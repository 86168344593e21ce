"""When to follow up, when to stop, and when to get in touch again.

**Follow-ups.** After a first message, follow-ups fall due ``follow_up_gaps`` days after the
step before (default 7, 7, 14, 21), at most ``max_follow_ups`` (default 4); the last one is
the message that asks whether to stop (``OutreachKind.LAST``). Each goes out on a different
weekday *and* a different time slot than the step before: the gaps are whole weeks, so a
follow-up that would land on the same weekday moves one day later, and the slot rotates.

- a personal reply (inbound, or a call or meeting) ends the sequence, whatever comes after;
- an auto-reply is not a reply: the next step moves past the return date it gives (the
  ``back_on`` argument, read from the newest auto-reply), else ``auto_reply_wait_days`` after it;
- a bounce stops the sequence until a step goes out on another address or channel.

The sequence is a fold over events (steps done, replies, auto-replies, bounces), so the plan
can also advance it one step at a time when it looks ahead (``after_step`` and friends).

**Keep-in-touch.** A reconnected person gets a cadence (quarterly, twice a year, yearly or a
custom number of days; by default from the tie's strength). Any interaction from any source
resets the next touch; a person is *cooling* from ``cooling_notice_days`` before it falls due.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta

from kith.core.errors import InvalidValue
from kith.core.model import (
    Channel,
    Direction,
    Interaction,
    InteractionKind,
    OutreachKind,
    OutreachStatus,
    OutreachStep,
    Person,
)
from kith.core.settings import DEFAULTS, WEEKDAY_NAMES, CadenceSettings, TimeSlot
from kith.core.stages import Stage, step_moment
from kith.core.ties import Tie, day_in_words


class SequenceStatus(enum.StrEnum):
    NOT_STARTED = "not_started"  # no first message done yet
    WAITING = "waiting"  # a follow-up will fall due
    REPLIED = "replied"  # a reply ended the sequence
    BOUNCED = "bounced"  # the last message bounced: another address or channel is needed
    FINISHED = "finished"  # every follow-up went out, the last one asking whether to stop


@dataclass(frozen=True, slots=True)
class NextFollowUp:
    """The follow-up a waiting sequence expects: its number, kind, earliest day and slot."""

    number: int  # OutreachStep.sequence: 1 for the first follow-up
    kind: OutreachKind  # FOLLOWUP, or LAST for the one that asks whether to stop
    due_on: date  # never earlier than this
    slot: TimeSlot
    avoid_weekday: int  # the weekday of the step before (Monday is 0): never on this one
    reason: str

    def may_go_on(self, day: date) -> bool:
        """Can this follow-up go out on ``day``: due, and not on the weekday of the step before?"""
        return day >= self.due_on and day.weekday() != self.avoid_weekday


@dataclass(frozen=True, slots=True)
class FollowUpState:
    """Where a person's follow-up sequence stands."""

    status: SequenceStatus
    started_on: date | None = None
    follow_ups_done: int = 0
    last_step_on: date | None = None
    last_slot: TimeSlot | None = None
    channel: Channel | None = None  # the channel of the last step, which follow-ups keep
    next: NextFollowUp | None = None
    reason: str = "no first message yet"


NOT_STARTED = FollowUpState(SequenceStatus.NOT_STARTED)


def next_slot(previous: TimeSlot | None, settings: CadenceSettings = DEFAULTS.cadence) -> TimeSlot:
    """The slot after ``previous`` in the rotation: never the same one twice in a row."""
    if previous in settings.slots:
        return settings.slots[(settings.slots.index(previous) + 1) % len(settings.slots)]
    return settings.slots[0]


def first_slot(person_id: int, settings: CadenceSettings = DEFAULTS.cadence) -> TimeSlot:
    """The slot for a first message: spread over the day by person, the same every time."""
    return settings.slots[person_id % len(settings.slots)]


def parse_slot(value: str) -> TimeSlot | None:
    """The slot stored on a step (``OutreachStep.slot``), or None when empty or unknown."""
    try:
        return TimeSlot(value)
    except ValueError:
        return None


def after_step(
    state: FollowUpState,
    day: date,
    kind: OutreachKind,
    slot: TimeSlot | None,
    channel: Channel | None,
    settings: CadenceSettings = DEFAULTS.cadence,
) -> FollowUpState:
    """The sequence after a step of ``kind`` went out on ``day`` (a first message starts a new one)."""
    if kind is OutreachKind.FIRST:
        done = 0
        started_on: date | None = day
    elif kind in (OutreachKind.FOLLOWUP, OutreachKind.LAST):
        if state.status in (SequenceStatus.NOT_STARTED, SequenceStatus.REPLIED):
            return state  # a follow-up with no sequence to belong to changes nothing
        done = state.follow_ups_done + 1
        started_on = state.started_on
    else:
        return state  # a keep-in-touch or thank-you note is not part of a sequence
    base = FollowUpState(
        status=SequenceStatus.WAITING,
        started_on=started_on,
        follow_ups_done=done,
        last_step_on=day,
        last_slot=slot,
        channel=channel or state.channel,
        reason="",
    )
    if kind is OutreachKind.LAST or done >= settings.max_follow_ups:
        return replace(
            base,
            status=SequenceStatus.FINISHED,
            reason=f"{done} follow-up{'s' if done != 1 else ''} sent, the last asking whether to stop",
        )
    number = done + 1
    gap = settings.gap_before(number)
    due = day + timedelta(days=gap)
    if due.weekday() == day.weekday():
        due += timedelta(days=1)  # whole weeks would land on the same weekday
    next_kind = OutreachKind.LAST if number == settings.max_follow_ups else OutreachKind.FOLLOWUP
    what = "last follow-up (ask whether to stop)" if next_kind is OutreachKind.LAST else f"follow-up {number}"
    follow = NextFollowUp(
        number=number,
        kind=next_kind,
        due_on=due,
        slot=next_slot(slot, settings),
        avoid_weekday=day.weekday(),
        reason=f"{what}: no reply since {WEEKDAY_NAMES[day.weekday()]} {day_in_words(day)}",
    )
    return replace(base, next=follow, reason=follow.reason)


def after_reply(state: FollowUpState, day: date) -> FollowUpState:
    """A reply ends the sequence, whatever its state."""
    if state.status is SequenceStatus.NOT_STARTED:
        return state
    return replace(state, status=SequenceStatus.REPLIED, next=None, reason=f"they replied on {day_in_words(day)}")


def after_auto_reply(
    state: FollowUpState, day: date, back_on: date | None, settings: CadenceSettings = DEFAULTS.cadence
) -> FollowUpState:
    """An out-of-office: not a reply; the next follow-up waits until they are back."""
    if state.status is not SequenceStatus.WAITING or state.next is None:
        return state
    if back_on is not None:
        wait_until, why = back_on + timedelta(days=1), f"they are away until {day_in_words(back_on)}"
    else:
        wait_until = day + timedelta(days=settings.auto_reply_wait_days)
        why = f"an auto-reply on {day_in_words(day)} gave no return date"
    due = max(state.next.due_on, wait_until)
    if due.weekday() == state.next.avoid_weekday:
        due += timedelta(days=1)
    follow = replace(state.next, due_on=due, reason=f"{state.next.reason}; {why}")
    return replace(state, next=follow, reason=follow.reason)


def after_bounce(state: FollowUpState, day: date) -> FollowUpState:
    """A bounce stops the sequence until a step goes out another way."""
    if state.status not in (SequenceStatus.WAITING, SequenceStatus.FINISHED):
        return state
    channel = state.channel.value if state.channel else "message"
    return replace(
        state,
        status=SequenceStatus.BOUNCED,
        next=None,
        reason=f"the {channel} of {day_in_words(day)} bounced: find another address or channel",
    )


def follow_up_state(
    steps: Iterable[OutreachStep],
    interactions: Iterable[Interaction],
    settings: CadenceSettings = DEFAULTS.cadence,
    *,
    back_on: date | None = None,
) -> FollowUpState:
    """The follow-up sequence of one person, from their outreach steps and interactions.

    ``back_on`` is the return date given by their newest auto-reply, when it gave one.
    """
    done = [s for s in steps if s.status is OutreachStatus.DONE]
    firsts = [s for s in done if s.kind is OutreachKind.FIRST]
    if not firsts:
        return NOT_STARTED
    first = max(firsts, key=lambda s: (step_moment(s), s.sequence))
    start = step_moment(first)
    # Events in time order; at the same moment a step goes before what answers it.
    events: list[tuple[datetime, int, OutreachStep | Interaction]] = [
        (step_moment(s), 0, s)
        for s in done
        if s.kind in (OutreachKind.FOLLOWUP, OutreachKind.LAST) and step_moment(s) >= start and s is not first
    ]
    events += [(i.occurred_at, 1, i) for i in interactions if i.occurred_at >= start]
    events.sort(key=lambda e: (e[0], e[1]))
    auto_replies = [i for _, _, i in events if isinstance(i, Interaction) and i.kind is InteractionKind.AUTO_REPLY]
    newest_auto_reply = auto_replies[-1] if auto_replies else None
    state = after_step(NOT_STARTED, start.date(), OutreachKind.FIRST, parse_slot(first.slot), first.channel, settings)
    for moment, _, event in events:
        if state.status is SequenceStatus.REPLIED:
            break  # a reply ends the sequence for good
        if isinstance(event, OutreachStep):
            state = after_step(state, moment.date(), event.kind, parse_slot(event.slot), event.channel, settings)
        elif event.kind is InteractionKind.BOUNCE:
            state = after_bounce(state, moment.date())
        elif event.kind is InteractionKind.AUTO_REPLY:
            given = back_on if event is newest_auto_reply else None
            state = after_auto_reply(state, moment.date(), given, settings)
        elif event.direction is not Direction.OUTBOUND:
            state = after_reply(state, moment.date())
    return state


# Keep-in-touch -------------------------------------------------------------------------------


class TouchCadence(enum.IntEnum):
    """The named keep-in-touch cadences, in days (any other number of days is a custom one)."""

    QUARTERLY = 91
    TWICE_A_YEAR = 182
    YEARLY = 365


def default_touch_days(tie: Tie, settings: CadenceSettings = DEFAULTS.cadence) -> int:
    """The cadence a tie gets unless the user chose one: the stronger, the more often."""
    if tie.strength >= settings.quarterly_from_strength:
        return TouchCadence.QUARTERLY.value
    if tie.strength >= settings.twice_a_year_from_strength:
        return TouchCadence.TWICE_A_YEAR.value
    return TouchCadence.YEARLY.value


def cadence_name(days: int) -> str:
    """``quarterly``, ``twice a year``, ``yearly`` or ``every 45 days``."""
    names = {
        TouchCadence.QUARTERLY: "quarterly",
        TouchCadence.TWICE_A_YEAR: "twice a year",
        TouchCadence.YEARLY: "yearly",
    }
    for cadence, name in names.items():
        if days == cadence.value:
            return name
    return f"every {days} days"


@dataclass(frozen=True, slots=True)
class TouchState:
    """When a keep-in-touch person is next due a touch, and whether they are cooling."""

    every_days: int
    last_contact: date | None
    due_on: date
    cooling: bool  # the touch falls due within the notice period, or is overdue
    overdue: bool
    reason: str


def touch_state(
    last_contact: date | None,
    every_days: int,
    today: date,
    settings: CadenceSettings = DEFAULTS.cadence,
) -> TouchState:
    """The keep-in-touch state as of ``today``: ``last_contact`` is the latest interaction or step done.

    With no contact at all, the first touch is due today.
    """
    if every_days < 1:
        raise InvalidValue("keep-in-touch days", str(every_days), "give a cadence of at least one day, such as 90")
    due = today if last_contact is None else last_contact + timedelta(days=every_days)
    overdue = due < today
    cooling = (due - today).days <= settings.cooling_notice_days
    name = cadence_name(every_days)
    if last_contact is None:
        reason = f"keep in touch {name}: no contact yet"
    elif overdue:
        reason = f"keep in touch {name}: overdue since {day_in_words(due)} (last contact {day_in_words(last_contact)})"
    else:
        reason = f"keep in touch {name}: due {day_in_words(due)} (last contact {day_in_words(last_contact)})"
    return TouchState(
        every_days=every_days, last_contact=last_contact, due_on=due, cooling=cooling, overdue=overdue, reason=reason
    )


def touch_for(
    person: Person,
    tie: Tie,
    stage: Stage,
    last_contact: date | None,
    today: date,
    settings: CadenceSettings = DEFAULTS.cadence,
) -> TouchState | None:
    """The keep-in-touch state of a person who has a cadence, else None.

    A person has one when the user chose it (``keep_in_touch_days``) or once reconnected,
    with the default that follows the tie. ``last_contact``: the latest personal interaction
    or outreach step done, whichever is later.
    """
    if person.keep_in_touch_days is not None:
        every = person.keep_in_touch_days
    elif stage in (Stage.RECONNECTED, Stage.WARM):
        every = default_touch_days(tie, settings)
    else:
        return None
    return touch_state(last_contact, every, today, settings)
