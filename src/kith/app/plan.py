"""Use cases of the daily plan: today's plan, the actions on it, cooling ties, the calendar.

The engine (``core.plan``, ``core.cadence``, ``core.stages``, ``core.ranking``) is pure; this
module feeds it from the store. For a day it builds one ``Prospect`` per person: the tie from
SQL aggregates (``app.ties``), the stage and follow-up state from the person's outreach steps
and the slice of history the rules look at (read in batches, only for people with outreach
or a possible recent conversation), the keep-in-touch state, and the rank for the working
campaign's goal.

Today's plan is stored as outreach steps (status planned) the first time it is asked for, so
``kith done`` and ``kith skip`` act on the steps the user saw, and a step done does not pull a
new name into the day. A step not done stays due in the engine's eyes, so it comes back on the
next working day inside that day's budget; its old planned row is cancelled then.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from kith.app.me import FIELDS_SETTING
from kith.app.people import resolve
from kith.app.ties import network_tie_classes
from kith.app.workspace import Workspace
from kith.core.cadence import (
    NOT_STARTED,
    FollowUpState,
    SequenceStatus,
    after_step,
    first_slot,
    follow_up_state,
    parse_slot,
    touch_for,
)
from kith.core.errors import InvalidValue, KithError, NotFound
from kith.core.model import (
    Campaign,
    Channel,
    Direction,
    Favor,
    Goal,
    Interaction,
    InteractionKind,
    OutreachKind,
    OutreachStatus,
    OutreachStep,
    OverrideAction,
    Person,
)
from kith.core.occasions import occasion_for
from kith.core.plan import (
    DEFAULT_CAMPAIGN,
    DayPlan,
    Override,
    PlanLine,
    Progress,
    Prospect,
    after_line,
    audience,
    blocked_reason,
    campaign_progress,
    is_contacted,
    plan_ahead,
    plan_day,
    suggest_channel,
)
from kith.core.ranking import Criteria, Profile, RankContext, Ranked, current_circle, rank
from kith.core.settings import DEFAULTS, WEEKDAY_NAMES, EngineSettings, TimeSlot
from kith.core.stages import Stage, stage_of, step_moment
from kith.core.ties import Tie, TieClass, TieFeatures, classify, day_in_words
from kith.outbound.files import write_atomically
from kith.store import outreach as store
from kith.store import people as people_store
from kith.store.settings import get_setting
from kith.store.ties import tie_features

if TYPE_CHECKING:
    from icalendar import Calendar

# When each time slot starts on the calendar (local time), and how long an event lasts.
SLOT_HOURS = {TimeSlot.MORNING: 9, TimeSlot.MIDDAY: 12, TimeSlot.AFTERNOON: 15, TimeSlot.EVENING: 18}
EVENT_MINUTES = 30

# The order a day's lines are printed in: follow-ups, then touches, then new outreach.
_GROUP = {
    OutreachKind.FOLLOWUP: 0,
    OutreachKind.LAST: 0,
    OutreachKind.KEEP_IN_TOUCH: 1,
    OutreachKind.CONGRATULATIONS: 1,
    OutreachKind.THANKS: 1,
    OutreachKind.FIRST: 2,
}
_SEQUENCE_KINDS = (OutreachKind.FIRST, OutreachKind.FOLLOWUP, OutreachKind.LAST)


# The working campaign -----------------------------------------------------------------------


def find_campaign(ws: Workspace, name: str) -> Campaign:
    """A campaign by its name (any case) or its id (``3`` or ``#3``)."""
    text = name.strip()
    with ws.db.reading() as conn:
        found = store.list_campaigns(conn, ws.owner_id)
    if text.lstrip("#").isdigit():
        wanted = int(text.lstrip("#"))
        for campaign in found:
            if campaign.id == wanted:
                return campaign
    for campaign in found:
        if campaign.name.casefold() == text.casefold():
            return campaign
    known = ", ".join(repr(c.name) for c in found)
    hint = f"the campaigns are {known}" if known else 'there is none yet: `kith campaign new "NAME"`'
    raise NotFound(f"no campaign called {name!r}; {hint}")


def working_campaign(ws: Workspace, name: str | None = None) -> tuple[Campaign, Goal | None]:
    """The campaign a plan works: the one named, else the newest active one, else the default
    (revive the best dormant ties), so a new user sees a plan at once."""
    if name is not None:
        campaign = find_campaign(ws, name)
    else:
        with ws.db.reading() as conn:
            active = [c for c in store.list_campaigns(conn, ws.owner_id) if c.active]
        campaign = active[-1] if active else DEFAULT_CAMPAIGN
    goal = None
    if campaign.goal_id is not None:
        with ws.db.reading() as conn:
            goal = store.load_goal(conn, ws.owner_id, campaign.goal_id)
    return campaign, goal


# Prospects ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Network:
    """Everyone as the engine sees them on one day, and the user's overrides."""

    day: date
    prospects: dict[int, Prospect]
    overrides: tuple[Override, ...]
    favors: dict[int, list[Favor]]


def _day_start(day: date) -> datetime:
    return datetime.combine(day, time.min, tzinfo=UTC)


def load_network(
    ws: Workspace,
    day: date,
    campaign: Campaign = DEFAULT_CAMPAIGN,
    goal: Goal | None = None,
    *,
    person_ids: Sequence[int] | None = None,
    settings: EngineSettings = DEFAULTS,
) -> Network:
    """The prospects of everyone who could be planned (or of ``person_ids``) on ``day``, ranked
    for the campaign's goal.

    Without ``person_ids``, only the people some path of the plan could reach are loaded: the
    campaign's tie classes, the strong ties (the user's current circle, and who is cooling),
    anyone with outreach steps, a keep-in-touch cadence or a possible recent conversation.
    Anyone else is cold, has no sequence and no touch, and is outside the audience: the plan
    would never pick them, and on a large network they are most of it.
    """
    window_start = _day_start(day - timedelta(days=settings.stages.recent_window_days))
    until = _day_start(day + timedelta(days=1))
    classes = network_tie_classes(ws, day, settings.ties) if person_ids is None else {}
    with ws.db.reading() as conn:
        steps = store.steps_by_person(conn, ws.owner_id, person_ids)
        candidates = store.conversation_candidates(conn, ws.owner_id, window_start, until)
        occasion_start = _day_start(day - timedelta(days=settings.cadence.occasion_days))
        changes = store.changes_between(conn, ws.owner_id, occasion_start, until)
        if person_ids is None:
            wanted = {*campaign.tie_classes, TieClass.STRONG.value}
            cadence = store.people_with_cadence(conn, ws.owner_id)
            chosen = [
                pid
                for pid, tie_class in classes.items()
                if tie_class.value in wanted or pid in steps or pid in cadence or pid in candidates or pid in changes
            ]
        else:
            chosen = list(person_ids)
        people = {p.id: p for p in people_store.people_by_id(conn, ws.owner_id, chosen) if p.id is not None}
        for person_id in chosen:
            if person_id not in people:
                raise NotFound(f"there is nobody with id #{person_id}")
        features = tie_features(conn, ws.owner_id, sorted(people))
        # Only the campaign's audience is ranked, and only a rank reads how connected someone is.
        audience_ids = [pid for pid in people if classes.get(pid, TieClass.NEW).value in campaign.tie_classes]
        connections = store.connections_by_person(conn, ws.owner_id, audience_ids if classes else sorted(people))
        my_fields = tuple(get_setting(conn, ws.owner_id, FIELDS_SETTING, []))
        favors = store.favors_by_person(conn, ws.owner_id)
        overrides = tuple(store.list_overrides(conn, ws.owner_id, person_ids))
        criteria = Criteria.of(goal.relevance) if goal is not None else Criteria()
        needs_notes = bool(criteria.schools or criteria.words or criteria.industries)
        notes = store.notes_by_person(conn, ws.owner_id) if needs_notes else {}
        since: dict[int, datetime] = {}
        for person_id in people:
            done = [step_moment(s) for s in steps.get(person_id, ()) if s.status is OutreachStatus.DONE]
            if done:
                since[person_id] = min(window_start, *done)
            elif person_id in candidates:
                since[person_id] = window_start
        history = dict(store.history_since(conn, ws.owner_id, since, until))
    ties = {pid: classify(found, day, settings.ties) for pid, found in features.items()}
    no_history = classify(TieFeatures(), day, settings.ties)

    def tie_of(person_id: int) -> Tie:
        return ties.get(person_id) or no_history

    ranked = _ranking(people, tie_of, favors, notes, connections, my_fields, campaign, criteria, settings)
    prospects = {}
    for person_id, person in people.items():
        tie = tie_of(person_id)
        person_steps = steps.get(person_id, [])
        events = history.get(person_id, [])
        done_days = [step_moment(s).date() for s in person_steps if s.status is OutreachStatus.DONE]
        if events or done_days:
            stage = stage_of(events, person_steps, day, settings.stages).stage
            follow_up: FollowUpState = follow_up_state(person_steps, events, settings.cadence, back_on=_back_on(events))
        else:
            stage, follow_up = Stage.COLD, NOT_STARTED
        last_step_on = max(done_days, default=None)
        contacts = [d for d in (tie.features.last_contact, last_step_on) if d is not None]
        last_contact = max(contacts, default=None)
        touch = touch_for(person, tie, stage, last_contact, day, settings.cadence)
        occasion = ""
        if person_id in changes:
            # Congratulations are for people the user really knows, not every silent connection.
            knows_them = tie.has_real_history or touch is not None
            occasion = occasion_for(
                changes[person_id], last_contact, day, knows_them=knows_them, settings=settings.cadence
            )
        prospects[person_id] = Prospect(
            person=person,
            tie=tie,
            stage=stage,
            follow_up=follow_up,
            touch=touch,
            last_step_on=last_step_on,
            ranked=ranked.get(person_id),
            occasion=occasion,
        )
    return Network(day=day, prospects=prospects, overrides=overrides, favors=favors)


def _back_on(events: Sequence[Interaction]) -> date | None:
    """The return date the newest auto-reply gave (mail import stores it), if it gave one."""
    replies = [i for i in events if i.kind is InteractionKind.AUTO_REPLY]
    return max(replies, key=lambda i: i.occurred_at).returns_on if replies else None


def _ranking(
    people: dict[int, Person],
    tie_of: Callable[[int], Tie],
    favors: dict[int, list[Favor]],
    notes: dict[int, list[str]],
    connections: dict[int, int],
    my_fields: tuple[str, ...],
    campaign: Campaign,
    criteria: Criteria,
    settings: EngineSettings,
) -> dict[int, Ranked]:
    """The campaign's tie classes ranked for its goal; nobody else needs a rank."""
    if not campaign.tie_classes:
        return {}
    strong = [Profile(person=p, tie=tie_of(i)) for i, p in people.items() if tie_of(i).tie_class is TieClass.STRONG]
    context = RankContext(criteria=criteria, circle=current_circle(strong), my_fields=my_fields)
    profiles = [
        Profile(
            person=p,
            tie=tie_of(i),
            favors=tuple(favors.get(i, ())),
            notes=tuple(notes.get(i, ())),
            connections=connections.get(i, 0),
        )
        for i, p in people.items()
        if tie_of(i).tie_class.value in campaign.tie_classes and not p.do_not_contact
    ]
    return {r.person_id: r for r in rank(profiles, context, settings.ranking)}


# Today --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class TodayLine:
    """One line of the day's plan and where it stands."""

    line: PlanLine
    status: OutreachStatus  # planned, done or skipped
    command: str  # what to type once it is done: ``kith done 12``


@dataclass(frozen=True)
class Today:
    """A day's plan as the user sees it."""

    day: date
    campaign: Campaign
    goal: Goal | None
    working_day: bool
    budget: int
    lines: tuple[TodayLine, ...]
    waiting: int  # steps due that did not fit: they carry over
    needs_address: tuple[str, ...]  # names whose last message bounced
    progress: Progress
    saved: bool  # the lines are stored steps that `kith done` and `kith skip` act on

    @property
    def done(self) -> int:
        return sum(1 for line in self.lines if line.status is OutreachStatus.DONE)

    @property
    def used(self) -> int:
        return len(self.lines)


def _command(person_id: int) -> str:
    return f"kith done {person_id}"


def today_plan(
    ws: Workspace,
    day: date | None = None,
    campaign_name: str | None = None,
    *,
    save: bool = True,
    settings: EngineSettings = DEFAULTS,
) -> Today:
    """The plan for ``day`` (default today). Today's plan is stored the first time it is asked for."""
    return _today(ws, day, campaign_name, save=save, settings=settings)[0]


def _today(
    ws: Workspace, day: date | None, campaign_name: str | None, *, save: bool, settings: EngineSettings
) -> tuple[Today, Network]:
    day = day or ws.today()
    campaign, goal = working_campaign(ws, campaign_name)
    network = load_network(ws, day, campaign, goal, settings=settings)
    with ws.db.reading() as conn:
        stored = store.steps_on(conn, ws.owner_id, day)
    prospects = network.prospects.values()
    fresh = plan_day(prospects, day, campaign, settings, network.overrides)
    if stored:
        lines = _stored_lines(network, stored, day, campaign, settings)
        in_plan = {s.person_id for s in stored}
        rest = [p for p in prospects if p.person_id not in in_plan]
        wide = replace(campaign, per_day=max(1, len(rest)))
        due = plan_day(rest, day, wide, settings, network.overrides)
        waiting = sum(1 for line in due.lines if line.kind is not OutreachKind.FIRST)
        saved = True
    else:
        lines = [TodayLine(line, OutreachStatus.PLANNED, _command(line.person_id)) for line in fresh.lines]
        waiting = fresh.waiting
        saved = False
        if save and day == ws.today() and fresh.lines:
            _store_plan(ws, fresh, campaign)
            saved = True
    lines.sort(key=lambda t: _GROUP[t.line.kind])
    people = network.prospects
    today = Today(
        day=day,
        campaign=campaign,
        goal=goal,
        working_day=fresh.working_day,
        budget=fresh.budget,
        lines=tuple(lines),
        waiting=waiting,
        needs_address=tuple(people[i].person.display_name for i in fresh.needs_address if i in people),
        progress=progress_of(ws, network, campaign, day),
        saved=saved,
    )
    return today, network


def _store_plan(ws: Workspace, plan: DayPlan, campaign: Campaign) -> None:
    steps = [
        OutreachStep(
            person_id=line.person_id,
            kind=line.kind,
            planned_on=plan.day,
            campaign_id=campaign.id,
            sequence=line.sequence,
            slot=line.slot.value,
            channel=line.channel,
        )
        for line in plan.lines
    ]
    with ws.db.transaction() as conn:
        # Steps of earlier days not done are due again: the engine planned them anew.
        store.cancel_planned(conn, ws.owner_id, before=plan.day)
        if not store.steps_on(conn, ws.owner_id, plan.day):  # another `kith today` may have been first
            store.insert_steps(conn, ws.owner_id, steps, ws.now())


def _stored_lines(
    network: Network, stored: Sequence[OutreachStep], day: date, campaign: Campaign, settings: EngineSettings
) -> list[TodayLine]:
    """The stored day's steps as lines: a planned one re-derived by the engine (so anything that
    happened since, a reply, a stop, a skip, takes it off), a done or skipped one as it was."""
    planned = [s for s in stored if s.status is OutreachStatus.PLANNED]
    subset = [network.prospects[s.person_id] for s in planned if s.person_id in network.prospects]
    # Only these people, whatever their class or the day's pace: the day was already chosen.
    wide = replace(
        campaign,
        per_day=max(1, len(subset)),
        cap=None,
        tie_classes=tuple(c.value for c in TieClass),
        start_on=None,
        working_days=tuple(range(7)),
        holidays=(),
    )
    derived = {line.person_id: line for line in plan_day(subset, day, wide, settings, network.overrides).lines}
    lines = []
    for step in stored:
        prospect = network.prospects.get(step.person_id)
        if prospect is None:
            continue
        if step.status is OutreachStatus.PLANNED:
            line = derived.get(step.person_id)
            if line is not None:
                lines.append(TodayLine(line, OutreachStatus.PLANNED, _command(step.person_id)))
            continue
        what = "done" if step.status is OutreachStatus.DONE else "skipped"
        when = f" at {step.done_at.astimezone():%H:%M}" if step.done_at else ""
        line = PlanLine(
            person_id=step.person_id,
            name=prospect.person.display_name,
            kind=step.kind,
            sequence=step.sequence,
            stage=prospect.stage,
            reasons=(f"{what}{when}",),
            channel=step.channel or Channel.EMAIL,
            channel_reason="",
            slot=parse_slot(step.slot) or first_slot(step.person_id, settings.cadence),
            due_on=step.planned_on,
            carried_over=False,
        )
        lines.append(TodayLine(line, step.status, _command(step.person_id)))
    return lines


def progress_of(ws: Workspace, network: Network, campaign: Campaign, day: date) -> Progress:
    """How far the campaign is: people who got a first message in it, against its audience."""
    members = audience(network.prospects.values(), replace(campaign, cap=None), day, network.overrides)
    waiting = sum(1 for p in members if not is_contacted(p))
    with ws.db.reading() as conn:
        contacted = store.first_messages_done(conn, ws.owner_id, campaign.id)
    size = contacted + waiting
    if campaign.cap is not None:
        size = min(size, max(campaign.cap, contacted))
    return campaign_progress(size, contacted, day, campaign)


# Actions ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Outcome:
    """What an action did, in words the command line prints as they are."""

    person: Person
    summary: str
    next: str = ""


def _one(ws: Workspace, who: str, day: date, settings: EngineSettings = DEFAULTS) -> Prospect:
    person_id = resolve(ws, who)
    campaign, goal = working_campaign(ws)
    network = load_network(ws, day, campaign, goal, person_ids=[person_id], settings=settings)
    return network.prospects[person_id]


def _kind_words(kind: OutreachKind, sequence: int) -> str:
    return {
        OutreachKind.FIRST: "first message",
        OutreachKind.FOLLOWUP: f"follow-up {sequence}",
        OutreachKind.LAST: f"last follow-up ({sequence})",
        OutreachKind.KEEP_IN_TOUCH: "keep-in-touch note",
        OutreachKind.CONGRATULATIONS: "congratulations",
        OutreachKind.THANKS: "thank-you note",
    }[kind]


def mark_done(
    ws: Workspace,
    who: str,
    channel: Channel | None = None,
    note: str = "",
    *,
    settings: EngineSettings = DEFAULTS,
    message_id: str | None = None,
    external_id: str | None = None,
    thread_id: str | None = None,
) -> Outcome:
    """Mark the person's step of today done: record the message (or the call) as an interaction,
    and start or advance the follow-up sequence. With nothing planned, the step is whatever the
    sequence expects: the next follow-up, a keep-in-touch note, or a first message.

    ``message_id`` is the Message-ID of the mail sent (or saved) for the step: a reply that
    names it threads back to this outreach. ``external_id`` and ``thread_id`` give the
    interaction the identity the mail import gives that message, so that reading it again
    (the Sent folder) finds it instead of counting it twice."""
    day, now = ws.today(), ws.now()
    prospect = _one(ws, who, day, settings)
    person = prospect.person
    with ws.db.reading() as conn:
        planned_today = bool(store.steps_on(conn, ws.owner_id, day))
    if not planned_today and not person.do_not_contact:
        # Keep today's plan first, so a step done before `kith today` was asked for is one
        # of the day's steps, not the whole day.
        _today(ws, None, None, save=True, settings=settings)
    if person.do_not_contact:
        raise KithError(
            f"{person.display_name} asked not to be contacted; `kith unstop {prospect.person_id}` lifts it first"
        )
    campaign, _ = working_campaign(ws)
    with ws.db.transaction() as conn:
        step = store.open_step(conn, ws.owner_id, prospect.person_id, day)
        if step is not None:
            kind, sequence, campaign_id = step.kind, step.sequence, step.campaign_id
        else:
            kind, sequence = expected_step(prospect)
            campaign_id = campaign.id
        chosen = channel or (step.channel if step else None) or prospect.follow_up.channel
        if chosen is None:
            suggested = suggest_channel(person, prospect.tie, settings.plan, preferred=campaign.channel)
            chosen = suggested[0] if suggested else Channel.EMAIL
        slot = parse_slot(step.slot) if step and step.slot else None
        if slot is None:
            slot = _slot_for(prospect, kind, settings)
        # A call done is a conversation: both took part. A message is the user's alone.
        direction = Direction.MUTUAL if chosen in (Channel.CALL, Channel.MEETING) else Direction.OUTBOUND
        interaction = Interaction(
            person_id=prospect.person_id,
            occurred_at=now,
            channel=chosen,
            direction=direction,
            summary=note.strip() or f"{_kind_words(kind, sequence)} (kith plan)",
            external_id=external_id,
            thread_id=thread_id,
        )
        interaction_id = people_store.add_interaction(conn, ws.owner_id, interaction)
        if step is not None and step.id is not None:
            store.mark_step(
                conn,
                ws.owner_id,
                step.id,
                OutreachStatus.DONE,
                done_at=now,
                channel=chosen,
                interaction_id=interaction_id,
                note=note.strip(),
                message_id=message_id,
            )
        else:
            done_step = OutreachStep(
                person_id=prospect.person_id,
                kind=kind,
                planned_on=day,
                campaign_id=campaign_id,
                sequence=sequence,
                slot=slot.value,
                channel=chosen,
                status=OutreachStatus.DONE,
                done_at=now,
                message_id=message_id,
            )
            store.insert_step(conn, ws.owner_id, done_step, now, interaction_id=interaction_id, note=note.strip())
    summary = f"Done: {_kind_words(kind, sequence)} to {person.display_name} by {chosen.value}"
    return Outcome(person=person, summary=summary, next=_after_done(prospect, kind, day, slot, chosen, settings))


def expected_step(prospect: Prospect) -> tuple[OutreachKind, int]:
    """The step a person's sequence expects next (and its number): the next follow-up while one
    is waiting, else a keep-in-touch note when they have a cadence, else a first message."""
    follow = prospect.follow_up
    if follow.status is SequenceStatus.WAITING and follow.next is not None:
        return follow.next.kind, follow.next.number
    if prospect.touch is not None:
        return OutreachKind.KEEP_IN_TOUCH, 0
    return OutreachKind.FIRST, 0


def _slot_for(prospect: Prospect, kind: OutreachKind, settings: EngineSettings) -> TimeSlot:
    follow = prospect.follow_up.next
    if kind in (OutreachKind.FOLLOWUP, OutreachKind.LAST) and follow is not None:
        return follow.slot
    return first_slot(prospect.person_id, settings.cadence)


def _after_done(
    prospect: Prospect, kind: OutreachKind, day: date, slot: TimeSlot, channel: Channel, settings: EngineSettings
) -> str:
    if channel in (Channel.CALL, Channel.MEETING):
        return "you talked: no follow-up needed"
    if kind not in _SEQUENCE_KINDS:
        return "next touch counted from today"
    state = after_step(prospect.follow_up, day, kind, slot, channel, settings.cadence)
    if state.next is None:
        return state.reason or "the follow-ups are finished"
    follow = state.next
    what = "last follow-up" if follow.kind is OutreachKind.LAST else f"follow-up {follow.number}"
    return (
        f"{what} due {WEEKDAY_NAMES[follow.due_on.weekday()]} {day_in_words(follow.due_on)} "
        f"({follow.slot.value}) unless they reply"
    )


def skip(ws: Workspace, who: str, until: date | None = None) -> Outcome:
    """Take a person off the plan until a day (not included), or until lifted with ``unskip``."""
    day = ws.today()
    if until is not None and until <= day:
        raise InvalidValue("until", until.isoformat(), "give a day after today, such as 2027-01-15")
    person_id = resolve(ws, who)
    with ws.db.transaction() as conn:
        step = store.open_step(conn, ws.owner_id, person_id, day)
        if step is not None and step.id is not None and step.planned_on == day:
            store.mark_step(conn, ws.owner_id, step.id, OutreachStatus.SKIPPED)
        store.cancel_planned(conn, ws.owner_id, person_id=person_id)
        store.add_override(conn, ws.owner_id, Override(person_id, OverrideAction.SKIP, until), ws.now())
        person = people_store.load_person(conn, ws.owner_id, person_id)
    assert person is not None
    when = f"until {WEEKDAY_NAMES[until.weekday()]} {day_in_words(until)}" if until else "until `kith unskip`"
    return Outcome(person=person, summary=f"Skipped {person.display_name} {when}: nothing is planned for them")


def snooze(ws: Workspace, who: str, days: int) -> Outcome:
    """Skip a person for ``days`` days."""
    if days < 1:
        raise InvalidValue("days", str(days), "snooze for at least one day")
    return skip(ws, who, ws.today() + timedelta(days=days))


def unskip(ws: Workspace, who: str) -> Outcome:
    """Lift a skip or a snooze."""
    person_id = resolve(ws, who)
    with ws.db.transaction() as conn:
        lifted = store.remove_overrides(conn, ws.owner_id, person_id, (OverrideAction.SKIP,), None)
        person = people_store.load_person(conn, ws.owner_id, person_id)
    assert person is not None
    if not lifted:
        return Outcome(person=person, summary=f"{person.display_name} was not skipped")
    return Outcome(person=person, summary=f"{person.display_name} is back in the plan")


def replied(ws: Workspace, who: str, channel: Channel | None = None, note: str = "") -> Outcome:
    """They answered: record it (an inbound message), which ends the follow-up sequence."""
    day, now = ws.today(), ws.now()
    prospect = _one(ws, who, day)
    chosen = channel or prospect.follow_up.channel or Channel.EMAIL
    direction = Direction.MUTUAL if chosen in (Channel.CALL, Channel.MEETING) else Direction.INBOUND
    interaction = Interaction(
        person_id=prospect.person_id,
        occurred_at=now,
        channel=chosen,
        direction=direction,
        summary=note.strip() or "they replied",
        kind=InteractionKind.PERSONAL,
    )
    with ws.db.transaction() as conn:
        people_store.add_interaction(conn, ws.owner_id, interaction)
        store.cancel_planned(conn, ws.owner_id, person_id=prospect.person_id)
    name = prospect.person.display_name
    if prospect.follow_up.status is SequenceStatus.WAITING:
        follow = f"the follow-ups to {name} end here"
    else:
        follow = "no follow-up was pending"
    return Outcome(person=prospect.person, summary=f"Recorded a reply from {name} by {chosen.value}: {follow}")


def stop(ws: Workspace, who: str, reason: str = "") -> Outcome:
    """Do-not-contact: never planned again, by any path, until ``unstop``."""
    person_id = resolve(ws, who)
    now = ws.now()
    with ws.db.transaction() as conn:
        store.set_do_not_contact(conn, ws.owner_id, person_id, now, reason.strip() or None, now)
        cancelled = store.cancel_planned(conn, ws.owner_id, person_id=person_id)
        person = people_store.load_person(conn, ws.owner_id, person_id)
    assert person is not None
    dropped = f" ({cancelled} planned step{'s' if cancelled != 1 else ''} cancelled)" if cancelled else ""
    return Outcome(
        person=person,
        summary=(
            f"{person.display_name} will not be contacted: no campaign, follow-up or keep-in-touch "
            f"will plan them again{dropped}"
        ),
        next=f"only `kith unstop {person_id}` lifts it",
    )


def unstop(ws: Workspace, who: str) -> Outcome:
    """Lift a do-not-contact: the person may be planned again."""
    person_id = resolve(ws, who)
    now = ws.now()
    with ws.db.transaction() as conn:
        before = people_store.load_person(conn, ws.owner_id, person_id)
        assert before is not None
        store.set_do_not_contact(conn, ws.owner_id, person_id, None, None, now)
    if not before.do_not_contact:
        return Outcome(person=before, summary=f"{before.display_name} was not marked do-not-contact")
    return Outcome(
        person=replace(before, do_not_contact_since=None),
        summary=f"{before.display_name} may be contacted again; the plan can include them from today",
    )


def set_override(
    ws: Workspace, who: str, action: OverrideAction, campaign_name: str | None = None, *, lift: bool = False
) -> Outcome:
    """Pin or exclude a person, in one campaign or (without one) in every campaign; ``lift`` undoes it."""
    person_id = resolve(ws, who)
    campaign = find_campaign(ws, campaign_name) if campaign_name is not None else None
    campaign_id = campaign.id if campaign is not None else None
    scope = f"in {campaign.name!r}" if campaign is not None else "in every campaign"
    with ws.db.transaction() as conn:
        if lift:
            lifted = store.remove_overrides(conn, ws.owner_id, person_id, (action,), campaign_id)
        else:
            store.add_override(conn, ws.owner_id, Override(person_id, action, None, campaign_id), ws.now())
            if action is OverrideAction.EXCLUDE:
                store.cancel_planned(conn, ws.owner_id, person_id=person_id)
        person = people_store.load_person(conn, ws.owner_id, person_id)
    assert person is not None
    name = person.display_name
    if lift:
        verb = "pinned" if action is OverrideAction.PIN else "excluded"
        summary = f"{name} is no longer {verb} {scope}" if lifted else f"{name} was not {verb} {scope}"
    elif action is OverrideAction.PIN:
        summary = f"Pinned {name} {scope}: first among the new names, and a call suggested when you have a number"
    else:
        summary = f"Excluded {name} {scope}: never planned there"
    return Outcome(person=person, summary=summary)


# Cooling ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Cooling:
    """A person about to go cold, and why."""

    person_id: int
    name: str
    due_on: date  # the touch falls due, or the tie goes dormant, on this day
    overdue: bool
    reason: str


def cooling(ws: Workspace, day: date | None = None, settings: EngineSettings = DEFAULTS) -> list[Cooling]:
    """People whose keep-in-touch falls due soon (or is overdue) and strong ties close to dormancy."""
    day = day or ws.today()
    network = load_network(ws, day, replace(DEFAULT_CAMPAIGN, tie_classes=()), settings=settings)
    found = []
    for person_id, p in network.prospects.items():
        if blocked_reason(p.person, day, network.overrides) is not None:
            continue
        if p.touch is not None and p.touch.cooling:
            found.append(Cooling(person_id, p.person.display_name, p.touch.due_on, p.touch.overdue, p.touch.reason))
        elif p.tie.cooling and p.tie.dormant_from is not None:
            found.append(Cooling(person_id, p.person.display_name, p.tie.dormant_from, False, p.tie.explanation))
    found.sort(key=lambda c: (c.due_on, c.person_id))
    return found


# The coming plan as a calendar --------------------------------------------------------------


def coming_plan(
    ws: Workspace, days: int = 30, campaign_name: str | None = None, settings: EngineSettings = DEFAULTS
) -> list[DayPlan]:
    """Today's plan (as stored, when it is) and the plans of the days after, assuming each step is done."""
    if days < 1:
        raise InvalidValue("days", str(days), "plan at least one day ahead")
    today, network = _today(ws, None, campaign_name, save=False, settings=settings)
    first = DayPlan(
        day=today.day,
        working_day=today.working_day,
        budget=today.budget,
        lines=tuple(t.line for t in today.lines if t.status is OutreachStatus.PLANNED),
        waiting=today.waiting,
        needs_address=(),
    )
    state = dict(network.prospects)
    for line in first.lines:
        state[line.person_id] = after_line(state[line.person_id], line, today.day, settings)
    later = plan_ahead(
        state.values(), today.day + timedelta(days=1), days - 1, today.campaign, settings, network.overrides
    )
    return [first, *later]


def plan_calendar(plans: Sequence[DayPlan], owner_id: int) -> Calendar:
    """The plans as iCalendar events, each with its reasons and the `kith done` command."""
    from icalendar import Calendar, Event  # imported here: every other command starts faster

    calendar = Calendar()
    calendar.add("prodid", "-//kith//the daily plan//EN")
    calendar.add("version", "2.0")
    for plan in plans:
        for line in plan.lines:
            start = datetime.combine(plan.day, time(SLOT_HOURS.get(line.slot, 9)))  # floating: the user's local time
            event = Event()
            event.add("uid", f"kith-{owner_id}-{plan.day.isoformat()}-{line.person_id}-{line.kind.value}@kith")
            event.add("dtstamp", datetime.combine(plan.day, time.min, tzinfo=UTC))
            event.add("dtstart", start)
            event.add("dtend", start + timedelta(minutes=EVENT_MINUTES))
            event.add("summary", f"{_kind_words(line.kind, line.sequence).capitalize()}: {line.name}")
            description = [
                *(f"Why: {r}" for r in line.reasons),
                f"Channel: {line.channel_reason or line.channel.value}",
                f"Stage: {line.stage.value}",
                f"When done: {_command(line.person_id)}",
            ]
            event.add("description", "\n".join(description))
            event.add("categories", ["kith", line.kind.value])
            calendar.add_component(event)
    return calendar


def write_plan_ics(
    ws: Workspace, path: Path, days: int = 30, campaign_name: str | None = None
) -> tuple[int, list[DayPlan]]:
    """Write the coming plan to ``path`` as an .ics file, atomically; returns the number of events."""
    plans = coming_plan(ws, days, campaign_name)
    data = plan_calendar(plans, ws.owner_id).to_ical()
    write_atomically(path, data, what="the calendar")
    return sum(len(p.lines) for p in plans), plans
