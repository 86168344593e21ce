"""Hypothesis strategies for the reconnection engine: histories, sequences, prospects, campaigns.

Prospects are built the way the app builds them: a tie classified from generated
interactions, and a follow-up state folded from generated events through the cadence rules,
so the properties run over states the engine can actually reach.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

from hypothesis import strategies as st

from kith.core.cadence import (
    NOT_STARTED,
    FollowUpState,
    after_auto_reply,
    after_bounce,
    after_reply,
    after_step,
    touch_state,
)
from kith.core.model import (
    Campaign,
    Channel,
    Direction,
    Identity,
    IdentityKind,
    IdentityStatus,
    Interaction,
    InteractionKind,
    OutreachKind,
    OverrideAction,
    Person,
)
from kith.core.plan import Override, Prospect
from kith.core.ranking import Ranked
from kith.core.settings import DEFAULTS, CadenceSettings
from kith.core.stages import Stage
from kith.core.ties import classify, features_of

TODAY = date(2026, 11, 25)  # a Wednesday, the suite's fixed "now"

days = st.dates(min_value=date(2012, 1, 1), max_value=date(2027, 12, 31))
near_days = st.dates(min_value=TODAY - timedelta(days=120), max_value=TODAY + timedelta(days=60))


def moment(day: date, minutes: int = 9 * 60) -> datetime:
    return datetime.combine(day, time(minutes // 60, minutes % 60), tzinfo=UTC)


@st.composite
def interactions(draw: st.DrawFn, person_id: int = 1, max_size: int = 40) -> list[Interaction]:
    """A history with one person: any channels, directions and kinds, in any order."""
    rows = draw(
        st.lists(
            st.tuples(
                days,
                st.integers(0, 24 * 60 - 1),
                st.sampled_from(Channel),
                st.sampled_from(Direction),
                st.sampled_from(InteractionKind),
            ),
            max_size=max_size,
        )
    )
    return [
        Interaction(person_id=person_id, occurred_at=moment(d, m), channel=c, direction=direction, kind=k)
        for d, m, c, direction, k in rows
    ]


@st.composite
def follow_up_states(draw: st.DrawFn, settings: CadenceSettings = DEFAULTS.cadence) -> FollowUpState:
    """A follow-up state reached by folding real events: steps on working days, replies,
    auto-replies and bounces, all before ``TODAY`` or shortly around it."""
    state = NOT_STARTED
    if not draw(st.booleans()):
        return state
    day = draw(st.dates(min_value=TODAY - timedelta(days=150), max_value=TODAY - timedelta(days=1)))
    slot = draw(st.sampled_from(settings.slots))
    state = after_step(state, day, OutreachKind.FIRST, slot, Channel.EMAIL, settings)
    for _ in range(draw(st.integers(0, 6))):
        event = draw(st.sampled_from(["step", "step", "step", "step", "auto", "bounce", "reply"]))
        if event == "step" and state.next is not None:
            # The user may do a follow-up on any allowed day at or after it fell due.
            day = state.next.due_on + timedelta(days=draw(st.integers(0, 9)))
            if not state.next.may_go_on(day):
                day += timedelta(days=1)
            state = after_step(state, day, state.next.kind, state.next.slot, state.channel, settings)
        elif event == "auto":
            day += timedelta(days=draw(st.integers(0, 5)))
            back = draw(st.none() | st.dates(min_value=day, max_value=day + timedelta(days=40)))
            state = after_auto_reply(state, day, back, settings)
        elif event == "bounce":
            state = after_bounce(state, day)
        elif event == "reply":
            state = after_reply(state, day + timedelta(days=draw(st.integers(0, 5))))
    return state


@st.composite
def people(draw: st.DrawFn, person_id: int) -> Person:
    identities = []
    for kind, value in (
        (IdentityKind.EMAIL, f"p{person_id}@example.org"),
        (IdentityKind.PHONE, f"+3933312{person_id:05d}"),
        (IdentityKind.LINKEDIN, f"person-{person_id}"),
    ):
        if draw(st.booleans()):
            identities.append(Identity(kind, value, status=draw(st.sampled_from(IdentityStatus))))
    return Person(
        display_name=f"Person {person_id}",
        id=person_id,
        company=draw(st.sampled_from(["", "Acme", "Globex", "Initech"])),
        city=draw(st.sampled_from(["", "Milan", "Tokyo", "Manila", "Madrid"])),
        postal_address=draw(st.sampled_from(["", "Via Roma 1, Milano"])),
        identities=tuple(identities),
        do_not_contact_since=moment(TODAY - timedelta(days=3)) if draw(st.integers(0, 4)) == 0 else None,
    )


def _history(start: date, exchanges: int, every_days: int, meetings: int = 0) -> list[Interaction]:
    rows = [
        Interaction(1, moment(start + timedelta(days=every_days * k)), Channel.EMAIL, direction)
        for k, direction in enumerate([Direction.INBOUND, Direction.OUTBOUND] * exchanges)
    ]
    rows += [
        Interaction(1, moment(start + timedelta(days=5 + 40 * k)), Channel.MEETING, Direction.MUTUAL)
        for k in range(meetings)
    ]
    return rows


# Ties of every class and a spread of strengths, classified once: the plan's properties need
# the class and the strength, and generating a history per person would dominate their run time.
TIE_POOL = tuple(
    classify(features_of(rows), TODAY)
    for rows in (
        [],
        _history(TODAY - timedelta(days=30), 1, 3),  # new
        _history(date(2019, 1, 1), 1, 10),  # weak
        [
            Interaction(1, moment(date(2020, 1, 1) + timedelta(days=k)), Channel.EMAIL, Direction.OUTBOUND)
            for k in range(6)
        ],
        _history(date(2016, 1, 1), 12, 60, meetings=2),  # dormant, deep
        _history(date(2019, 6, 1), 3, 30),  # dormant, light
        _history(TODAY - timedelta(days=400), 20, 18, meetings=4),  # strong
        _history(TODAY - timedelta(days=900), 4, 30),  # strong, cooling
    )
)


@st.composite
def prospects(draw: st.DrawFn, person_id: int) -> Prospect:
    person = draw(people(person_id))
    tie = draw(st.sampled_from(TIE_POOL))
    follow_up = draw(follow_up_states())
    # Most people who were never written to are cold; a few are already in a conversation.
    stage = Stage.CONTACTED if follow_up is not NOT_STARTED else draw(st.sampled_from([Stage.COLD] * 3 + list(Stage)))
    touch = None
    if draw(st.booleans()):
        last = draw(st.none() | st.dates(min_value=TODAY - timedelta(days=400), max_value=TODAY))
        touch = touch_state(last, draw(st.sampled_from([91, 182, 365, 30])), TODAY)
    last_steps = [d for d in (follow_up.last_step_on, draw(st.none() | near_days)) if d is not None]
    ranked = None
    if draw(st.integers(0, 3)):
        ranked = Ranked(person_id, person.display_name, draw(st.integers(1, 500)), 50.0, (), ("ranked",))
    return Prospect(
        person=person,
        tie=tie,
        stage=stage,
        follow_up=follow_up,
        touch=touch,
        last_step_on=max(last_steps, default=None),
        ranked=ranked,
        occasion=draw(st.sampled_from(["", "", "", "new role at Globex"])),
    )


@st.composite
def networks(draw: st.DrawFn, max_people: int = 25) -> list[Prospect]:
    count = draw(st.integers(0, max_people))
    return [draw(prospects(person_id)) for person_id in range(1, count + 1)]


@st.composite
def campaigns(draw: st.DrawFn) -> Campaign:
    working = draw(st.sets(st.integers(0, 6), min_size=1))
    holidays = draw(st.lists(st.dates(min_value=TODAY, max_value=TODAY + timedelta(days=60)), max_size=4))
    return Campaign(
        name="Moving to Tokyo",
        id=draw(st.sampled_from([None, 1, 2])),
        per_day=draw(st.integers(1, 12)),
        working_days=tuple(sorted(working)),
        holidays=tuple(holidays),
        cap=draw(st.none() | st.integers(0, 30)),
        tie_classes=tuple(draw(st.sets(st.sampled_from(["strong", "weak", "dormant", "new"]), min_size=1))),
        channel=draw(st.none() | st.sampled_from([Channel.EMAIL, Channel.LINKEDIN, Channel.LETTER])),
    )


@st.composite
def override_lists(draw: st.DrawFn, max_person: int = 25) -> list[Override]:
    return draw(
        st.lists(
            st.builds(
                Override,
                person_id=st.integers(1, max_person),
                action=st.sampled_from(OverrideAction),
                until=st.none() | near_days,
                campaign_id=st.sampled_from([None, 1, 2]),
            ),
            max_size=8,
        )
    )
