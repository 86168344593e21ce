"""The daily plan: whom to contact on a given day, in what order, how and why.

A day's plan fills the day's budget (``Pace.per_day``, working days only, holidays skipped)
in this order:

1. **follow-ups** that have fallen due (oldest first), on a weekday other than the step before;
2. **keep-in-touch** touches due (an occasion such as a new role first, then oldest first);
3. **new outreach**: the campaign's audience in rank order, pinned people first.

What does not fit is not lost: it is still due tomorrow, so it carries over to the next
working day inside that day's budget. Nobody appears twice in a day, nobody gets two steps
within ``min_days_between_steps`` (default 7), and a person who asked not to be contacted,
or whom an override excludes, skips or snoozes, is never planned, by any path: every path
goes through ``blocked_reason``.

Each line says who, why (the reasons), the channel suggested and why, the time slot and the
stage. ``plan_ahead`` looks several days ahead assuming each line is done on its day, which
is also how a campaign's finish is simulated; ``campaign_progress`` gives the projected
finish date at full pace ("250 people, 10 a day: done on 29 December 2026").
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta

from kith.core.cadence import (
    NOT_STARTED,
    FollowUpState,
    SequenceStatus,
    TouchState,
    after_step,
    first_slot,
    touch_state,
)
from kith.core.errors import InvalidValue
from kith.core.model import (
    Campaign,
    Channel,
    IdentityKind,
    IdentityStatus,
    OutreachKind,
    OverrideAction,
    Person,
)
from kith.core.ranking import Ranked
from kith.core.settings import DEFAULTS, EngineSettings, Pace, PlanSettings, TimeSlot
from kith.core.stages import Stage
from kith.core.ties import Tie, TieClass, day_in_words

DEFAULT_CAMPAIGN = Campaign(name="Revive your best dormant ties", tie_classes=(TieClass.DORMANT.value,))

_CONTACT_CHANNELS = {
    Channel.EMAIL: IdentityKind.EMAIL,
    Channel.LINKEDIN: IdentityKind.LINKEDIN,
    Channel.TEXT: IdentityKind.PHONE,
    Channel.CALL: IdentityKind.PHONE,
}


@dataclass(frozen=True, slots=True)
class Prospect:
    """Everything the plan needs to know about one person, derived beforehand."""

    person: Person
    tie: Tie
    stage: Stage
    follow_up: FollowUpState = NOT_STARTED
    touch: TouchState | None = None  # None: no keep-in-touch cadence
    last_step_on: date | None = None  # the latest outreach step done, of any kind
    ranked: Ranked | None = None  # None: not in the campaign's ranking
    occasion: str = ""  # "new role at Acme": a reason to touch now

    @property
    def person_id(self) -> int:
        if self.person.id is None:
            raise InvalidValue("person", self.person.display_name, "it has no id yet; save it before planning")
        return self.person.id


@dataclass(frozen=True, slots=True)
class Override:
    """What the user decided about a person. A snooze is a skip with an end date."""

    person_id: int
    action: OverrideAction
    until: date | None = None  # a skip lasts until this day (not included); None: until lifted
    campaign_id: int | None = None  # None: every campaign


@dataclass(frozen=True, slots=True)
class PlanLine:
    """One step of a day's plan."""

    person_id: int
    name: str
    kind: OutreachKind
    sequence: int  # 0 for a first message or a touch, 1.. for follow-ups
    stage: Stage
    reasons: tuple[str, ...]
    channel: Channel
    channel_reason: str
    slot: TimeSlot
    due_on: date
    carried_over: bool  # it could have been done on an earlier working day


@dataclass(frozen=True, slots=True)
class DayPlan:
    day: date
    working_day: bool
    budget: int
    lines: tuple[PlanLine, ...]
    waiting: int  # steps due that did not fit in the budget: they carry over
    needs_address: tuple[int, ...]  # people whose last message bounced: find another address or channel


@dataclass(frozen=True, slots=True)
class Progress:
    """How far a campaign is, and when it finishes at full pace."""

    audience: int
    contacted: int
    remaining: int
    per_day: int
    working_days_left: int
    finish_on: date | None  # None once everyone has been contacted
    summary: str


def blocked_reason(
    person: Person, day: date, overrides: Iterable[Override], campaign_id: int | None = None
) -> str | None:
    """Why a person may not be contacted on ``day`` (do-not-contact, excluded, skipped), or None."""
    if person.do_not_contact:
        return "asked not to be contacted"
    for override in overrides:
        if override.person_id != person.id:
            continue
        if override.campaign_id is not None and override.campaign_id != campaign_id:
            continue
        if override.action is OverrideAction.EXCLUDE:
            return "excluded"
        if override.action is OverrideAction.SKIP and (override.until is None or day < override.until):
            return "skipped" + (f" until {day_in_words(override.until)}" if override.until else "")
    return None


def is_pinned(person_id: int, overrides: Iterable[Override], campaign_id: int | None = None) -> bool:
    return any(
        o.person_id == person_id
        and o.action is OverrideAction.PIN
        and (o.campaign_id is None or o.campaign_id == campaign_id)
        for o in overrides
    )


def suggest_channel(
    person: Person,
    tie: Tie,
    settings: PlanSettings = DEFAULTS.plan,
    *,
    important: bool = False,
    preferred: Channel | None = None,
    keep: Channel | None = None,
) -> tuple[Channel, str] | None:
    """The channel to use and why: a call for the closest or most important ties with a number,
    then the channel the sequence already uses, the campaign's, then email, LinkedIn, a text,
    a letter. None when there is no way to reach them."""
    usable = {i.kind for i in person.identities if i.status is IdentityStatus.OK}

    def reachable(channel: Channel) -> bool:
        if channel is Channel.LETTER:
            return bool(person.postal_address.strip())
        kind = _CONTACT_CHANNELS.get(channel)
        return kind is not None and kind in usable

    if keep is not None and reachable(keep):
        return keep, f"the same {keep.value} as the messages before"
    if reachable(Channel.CALL) and (important or tie.strength >= settings.call_from_strength):
        why = "pinned as important" if important else f"one of your closest ties (strength {tie.strength})"
        return Channel.CALL, f"a call: {why}, and you have their number"
    if preferred is not None and reachable(preferred):
        return preferred, f"the campaign's channel ({preferred.value})"
    reasons = {
        Channel.EMAIL: "email: you have their address",
        Channel.LINKEDIN: "a LinkedIn message: you are connected there",
        Channel.TEXT: "a text: you have their number",
        Channel.LETTER: "a handwritten note by post: you have their address",
    }
    for channel in settings.channel_order:
        if reachable(channel):
            missing = [c.value for c in settings.channel_order[: settings.channel_order.index(channel)]]
            why = reasons[channel] + (f" (no {', no '.join(missing)} known)" if missing else "")
            return channel, why
    return None


def audience(
    prospects: Iterable[Prospect],
    campaign: Campaign,
    day: date,
    overrides: Sequence[Override] = (),
) -> list[Prospect]:
    """The campaign's audience in order: ranked people of its tie classes, pinned first, up to its cap.

    People blocked on ``day`` (do-not-contact, excluded, skipped) are left out.
    """
    members = [
        p
        for p in prospects
        if p.ranked is not None
        and p.tie.tie_class.value in campaign.tie_classes
        and blocked_reason(p.person, day, overrides, campaign.id) is None
    ]
    members.sort(key=lambda p: _audience_key(p, overrides, campaign.id))
    return members if campaign.cap is None else members[: campaign.cap]


def _audience_key(prospect: Prospect, overrides: Sequence[Override], campaign_id: int | None) -> tuple[int, int, int]:
    position = prospect.ranked.position if prospect.ranked is not None else 0
    pinned = 0 if is_pinned(prospect.person_id, overrides, campaign_id) else 1
    return (pinned, position, prospect.person_id)


def is_contacted(prospect: Prospect) -> bool:
    """Has the outreach to this person begun?"""
    return prospect.stage is not Stage.COLD or prospect.follow_up.status is not SequenceStatus.NOT_STARTED


def plan_day(
    prospects: Iterable[Prospect],
    day: date,
    campaign: Campaign = DEFAULT_CAMPAIGN,
    settings: EngineSettings = DEFAULTS,
    overrides: Sequence[Override] = (),
) -> DayPlan:
    """The plan for ``day``: follow-ups due, then keep-in-touch touches, then new outreach."""
    pace = Pace.of(campaign)
    listed = sorted(prospects, key=lambda p: p.person_id)
    if not pace.is_working_day(day):
        due_anyway = sum(
            1
            for p in listed
            if (_follow_up_due(p, day) or _touch_due(p, day))
            and blocked_reason(p.person, day, overrides, campaign.id) is None
        )
        return DayPlan(day=day, working_day=False, budget=0, lines=(), waiting=due_anyway, needs_address=())

    def may_plan(p: Prospect) -> bool:
        if blocked_reason(p.person, day, overrides, campaign.id) is not None:
            return False
        gap = settings.plan.min_days_between_steps
        return p.last_step_on is None or (day - p.last_step_on).days >= gap

    lines: list[PlanLine] = []
    planned: set[int] = set()
    waiting = 0

    def add(line: PlanLine | None) -> None:
        nonlocal waiting
        if line is None:
            return
        if len(lines) < pace.per_day:
            lines.append(line)
            planned.add(line.person_id)
        else:
            waiting += 1

    follow_ups = sorted(
        (p for p in listed if _follow_up_due(p, day) and may_plan(p)),
        key=lambda p: (p.follow_up.next.due_on if p.follow_up.next else day, p.person_id),
    )
    for p in follow_ups:
        add(_follow_up_line(p, day, pace, settings, overrides, campaign))
    touches = sorted(
        (p for p in listed if _touch_due(p, day) and may_plan(p) and p.person_id not in planned),
        key=lambda p: (not p.occasion, p.touch.due_on if p.touch else day, p.person_id),
    )
    for p in touches:
        add(_touch_line(p, day, pace, settings, overrides, campaign))
    started = campaign.start_on is None or day >= campaign.start_on
    for p in audience(listed, campaign, day, overrides) if started else ():
        if len(lines) >= pace.per_day:
            break
        if is_contacted(p) or p.person_id in planned or not may_plan(p):
            continue
        add(_first_line(p, day, settings, overrides, campaign))
    bounced = tuple(
        p.person_id
        for p in listed
        if p.follow_up.status is SequenceStatus.BOUNCED
        and blocked_reason(p.person, day, overrides, campaign.id) is None
    )
    return DayPlan(
        day=day, working_day=True, budget=pace.per_day, lines=tuple(lines), waiting=waiting, needs_address=bounced
    )


def _follow_up_due(p: Prospect, day: date) -> bool:
    follow = p.follow_up.next
    return p.follow_up.status is SequenceStatus.WAITING and follow is not None and follow.may_go_on(day)


def _touch_due(p: Prospect, day: date) -> bool:
    if p.touch is None and not p.occasion:
        return False
    if p.follow_up.status is SequenceStatus.WAITING:
        return False  # the follow-ups speak for themselves
    return bool(p.occasion) or (p.touch is not None and p.touch.due_on <= day)


def _carried_over(due_on: date, day: date, pace: Pace, avoid_weekday: int | None = None) -> bool:
    """Was there an earlier working day, from ``due_on``, when this step could have gone out?"""
    current = due_on
    while current < day:
        if pace.is_working_day(current) and current.weekday() != avoid_weekday:
            return True
        current += timedelta(days=1)
    return False


def _channel(
    p: Prospect,
    settings: EngineSettings,
    overrides: Sequence[Override],
    campaign: Campaign,
    keep: Channel | None = None,
) -> tuple[Channel, str] | None:
    important = is_pinned(p.person_id, overrides, campaign.id)
    return suggest_channel(p.person, p.tie, settings.plan, important=important, preferred=campaign.channel, keep=keep)


def _follow_up_line(
    p: Prospect, day: date, pace: Pace, settings: EngineSettings, overrides: Sequence[Override], campaign: Campaign
) -> PlanLine | None:
    follow = p.follow_up.next
    assert follow is not None  # checked by _follow_up_due
    chosen = _channel(p, settings, overrides, campaign, keep=p.follow_up.channel)
    if chosen is None:
        return None
    return PlanLine(
        person_id=p.person_id,
        name=p.person.display_name,
        kind=follow.kind,
        sequence=follow.number,
        stage=p.stage,
        reasons=(follow.reason,),
        channel=chosen[0],
        channel_reason=chosen[1],
        slot=follow.slot,
        due_on=follow.due_on,
        carried_over=_carried_over(follow.due_on, day, pace, follow.avoid_weekday),
    )


def _touch_line(
    p: Prospect, day: date, pace: Pace, settings: EngineSettings, overrides: Sequence[Override], campaign: Campaign
) -> PlanLine | None:
    chosen = _channel(p, settings, overrides, campaign)
    if chosen is None:
        return None
    reasons = tuple(r for r in (p.occasion, p.touch.reason if p.touch else "", p.tie.explanation) if r)
    due_on = day if p.occasion or p.touch is None else p.touch.due_on
    return PlanLine(
        person_id=p.person_id,
        name=p.person.display_name,
        kind=OutreachKind.CONGRATULATIONS if p.occasion else OutreachKind.KEEP_IN_TOUCH,
        sequence=0,
        stage=p.stage,
        reasons=reasons,
        channel=chosen[0],
        channel_reason=chosen[1],
        slot=first_slot(p.person_id, settings.cadence),
        due_on=due_on,
        carried_over=_carried_over(due_on, day, pace),
    )


def _first_line(
    p: Prospect, day: date, settings: EngineSettings, overrides: Sequence[Override], campaign: Campaign
) -> PlanLine | None:
    chosen = _channel(p, settings, overrides, campaign)
    if chosen is None:
        return None
    ranked = p.ranked
    assert ranked is not None  # only ranked people are in the audience
    head = "pinned" if is_pinned(p.person_id, overrides, campaign.id) else f"#{ranked.position} for {campaign.name}"
    return PlanLine(
        person_id=p.person_id,
        name=p.person.display_name,
        kind=OutreachKind.FIRST,
        sequence=0,
        stage=p.stage,
        reasons=(f"{head} (score {ranked.score:.0f})", *ranked.reasons),
        channel=chosen[0],
        channel_reason=chosen[1],
        slot=first_slot(p.person_id, settings.cadence),
        due_on=day,
        carried_over=False,
    )


def after_line(prospect: Prospect, line: PlanLine, day: date, settings: EngineSettings = DEFAULTS) -> Prospect:
    """The prospect as it will be once ``line`` is done on ``day``."""
    if line.kind in (OutreachKind.FIRST, OutreachKind.FOLLOWUP, OutreachKind.LAST):
        follow_up = after_step(prospect.follow_up, day, line.kind, line.slot, line.channel, settings.cadence)
        stage = Stage.CONTACTED if line.kind is OutreachKind.FIRST else prospect.stage
        return replace(prospect, follow_up=follow_up, stage=stage, last_step_on=day)
    every = prospect.touch.every_days if prospect.touch else None
    touch = touch_state(day, every, day, settings.cadence) if every else None
    return replace(prospect, touch=touch, last_step_on=day, occasion="")


def plan_ahead(
    prospects: Iterable[Prospect],
    start: date,
    days: int,
    campaign: Campaign = DEFAULT_CAMPAIGN,
    settings: EngineSettings = DEFAULTS,
    overrides: Sequence[Override] = (),
) -> list[DayPlan]:
    """The plans of ``days`` days from ``start``, assuming each line is done on its day."""
    state = {p.person_id: p for p in prospects}
    plans = []
    for offset in range(days):
        day = start + timedelta(days=offset)
        plan = plan_day(state.values(), day, campaign, settings, overrides)
        for line in plan.lines:
            state[line.person_id] = after_line(state[line.person_id], line, day, settings)
        plans.append(plan)
    return plans


def nth_working_day(start: date, n: int, pace: Pace) -> date:
    """The ``n``-th working day counting from ``start`` (``start`` itself is the first if it works)."""
    if n < 1:
        raise InvalidValue("working days", str(n), "count at least one")
    day, found = start, 0
    while True:
        if pace.is_working_day(day):
            found += 1
            if found == n:
                return day
        day += timedelta(days=1)


def campaign_progress(audience_size: int, contacted: int, today: date, campaign: Campaign) -> Progress:
    """Progress and the projected finish at full pace: "250 people, 10 a day: done on 29 December 2026".

    Follow-ups share the daily budget, so a busy sequence can push the real finish later.
    """
    pace = Pace.of(campaign)
    contacted = min(max(contacted, 0), audience_size)
    remaining = audience_size - contacted
    people = f"{audience_size} {'person' if audience_size == 1 else 'people'}, {pace.per_day} a day"
    if remaining == 0:
        summary = f"{people}: all {contacted} contacted" if audience_size else "nobody in the audience yet"
        return Progress(audience_size, contacted, 0, pace.per_day, 0, None, summary)
    first_day = max(today, campaign.start_on) if campaign.start_on else today
    days_left = math.ceil(remaining / pace.per_day)
    finish = nth_working_day(first_day, days_left, pace)
    summary = (
        f"{people}: done on {day_in_words(finish)} "
        f"({contacted} of {audience_size} contacted, {days_left} working day{'s' if days_left != 1 else ''} left)"
    )
    return Progress(audience_size, contacted, remaining, pace.per_day, days_left, finish, summary)
