"""Follow-up sequences and keep-in-touch cadences."""

from __future__ import annotations

import itertools
from dataclasses import replace
from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kith.core.cadence import (
    NOT_STARTED,
    FollowUpState,
    SequenceStatus,
    TouchCadence,
    after_auto_reply,
    after_bounce,
    after_reply,
    after_step,
    cadence_name,
    default_touch_days,
    follow_up_state,
    next_slot,
    touch_for,
    touch_state,
)
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
from kith.core.settings import DEFAULTS, CadenceSettings, TimeSlot
from kith.core.stages import Stage
from kith.core.ties import TieFeatures, classify
from tests.core.strategies import TODAY, follow_up_states, moment

MONDAY = date(2026, 11, 2)


def done(day: date, kind: OutreachKind, sequence: int = 0, slot: str = "morning") -> OutreachStep:
    return OutreachStep(
        person_id=1,
        kind=kind,
        planned_on=day,
        sequence=sequence,
        slot=slot,
        channel=Channel.EMAIL,
        status=OutreachStatus.DONE,
        done_at=moment(day, 9 * 60),
    )


def came(
    day: date, kind: InteractionKind = InteractionKind.PERSONAL, direction: Direction = Direction.INBOUND
) -> Interaction:
    return Interaction(
        person_id=1, occurred_at=moment(day, 15 * 60), channel=Channel.EMAIL, direction=direction, kind=kind
    )


def run_sequence(start: date, settings: CadenceSettings = DEFAULTS.cadence) -> list[OutreachStep]:
    """Do every follow-up on the day it falls due, as a diligent user would."""
    steps = [done(start, OutreachKind.FIRST, slot="morning")]
    while True:
        state = follow_up_state(steps, [], settings)
        if state.next is None:
            return steps
        steps.append(done(state.next.due_on, state.next.kind, state.next.number, state.next.slot.value))


class TestFollowUps:
    def test_nothing_before_a_first_message(self) -> None:
        assert follow_up_state([], []) == NOT_STARTED
        planned = replace(done(MONDAY, OutreachKind.FIRST), status=OutreachStatus.PLANNED, done_at=None)
        assert follow_up_state([planned], [came(MONDAY)]) == NOT_STARTED

    def test_the_default_sequence_is_7_7_14_21_days_on_other_weekdays_and_slots(self) -> None:
        steps = run_sequence(MONDAY)
        assert [s.kind for s in steps] == [
            OutreachKind.FIRST,
            OutreachKind.FOLLOWUP,
            OutreachKind.FOLLOWUP,
            OutreachKind.FOLLOWUP,
            OutreachKind.LAST,
        ]
        gaps = [(b.planned_on - a.planned_on).days for a, b in itertools.pairwise(steps)]
        assert gaps == [8, 8, 15, 22]  # whole weeks, plus a day so the weekday changes
        assert [s.planned_on.strftime("%a") for s in steps] == ["Mon", "Tue", "Wed", "Thu", "Fri"]
        assert [s.slot for s in steps] == ["morning", "afternoon", "midday", "morning", "afternoon"]
        final = follow_up_state(steps, [])
        assert final.status is SequenceStatus.FINISHED
        assert final.follow_ups_done == 4
        assert final.next is None
        assert "the last asking whether to stop" in final.reason

    def test_the_number_of_follow_ups_is_a_setting(self) -> None:
        steps = run_sequence(MONDAY, CadenceSettings(max_follow_ups=2, follow_up_gaps=(10,)))
        assert [s.kind for s in steps] == [OutreachKind.FIRST, OutreachKind.FOLLOWUP, OutreachKind.LAST]
        assert [(b.planned_on - a.planned_on).days for a, b in itertools.pairwise(steps)] == [10, 10]

    def test_no_follow_ups_at_all(self) -> None:
        state = follow_up_state([done(MONDAY, OutreachKind.FIRST)], [], CadenceSettings(max_follow_ups=0))
        assert state.status is SequenceStatus.FINISHED

    def test_the_first_follow_up_waits_a_week_and_a_day(self) -> None:
        state = follow_up_state([done(MONDAY, OutreachKind.FIRST)], [])
        assert state.status is SequenceStatus.WAITING
        assert state.next is not None
        assert state.next.number == 1
        assert state.next.kind is OutreachKind.FOLLOWUP
        assert state.next.due_on == MONDAY + timedelta(days=8)
        assert state.next.slot is TimeSlot.AFTERNOON
        assert not state.next.may_go_on(MONDAY + timedelta(days=7))
        assert not state.next.may_go_on(MONDAY + timedelta(days=14))  # a Monday again
        assert state.next.may_go_on(MONDAY + timedelta(days=9))
        assert state.next.reason == "follow-up 1: no reply since Monday 2 November 2026"

    def test_a_reply_ends_the_sequence(self) -> None:
        steps = [done(MONDAY, OutreachKind.FIRST)]
        state = follow_up_state(steps, [came(MONDAY + timedelta(days=3))])
        assert state.status is SequenceStatus.REPLIED
        assert state.next is None
        assert state.reason == "they replied on 5 November 2026"

    def test_a_call_is_a_reply_and_the_user_s_own_messages_are_not(self) -> None:
        steps = [done(MONDAY, OutreachKind.FIRST)]
        assert follow_up_state(steps, [came(MONDAY, direction=Direction.OUTBOUND)]).status is SequenceStatus.WAITING
        assert follow_up_state(steps, [came(MONDAY, direction=Direction.MUTUAL)]).status is SequenceStatus.REPLIED

    def test_a_reply_before_the_first_message_does_not_end_it(self) -> None:
        state = follow_up_state([done(MONDAY, OutreachKind.FIRST)], [came(MONDAY - timedelta(days=1))])
        assert state.status is SequenceStatus.WAITING

    def test_an_auto_reply_without_a_date_waits_a_week_after_it(self) -> None:
        steps = [done(MONDAY, OutreachKind.FIRST)]
        auto = came(MONDAY + timedelta(days=6), InteractionKind.AUTO_REPLY)
        state = follow_up_state(steps, [auto])
        assert state.status is SequenceStatus.WAITING
        assert state.next is not None
        assert state.next.due_on == MONDAY + timedelta(days=13)
        assert "gave no return date" in state.next.reason

    def test_an_auto_reply_with_a_return_date_moves_the_step_past_it(self) -> None:
        steps = [done(MONDAY, OutreachKind.FIRST)]
        auto = came(MONDAY + timedelta(days=1), InteractionKind.AUTO_REPLY)
        state = follow_up_state(steps, [auto], back_on=date(2026, 11, 30))
        assert state.next is not None
        # Back on Monday 30: the day after is Tuesday 1 December, not the weekday of the first message.
        assert state.next.due_on == date(2026, 12, 1)
        assert "they are away until 30 November 2026" in state.next.reason

    def test_an_early_return_date_never_brings_the_step_forward(self) -> None:
        steps = [done(MONDAY, OutreachKind.FIRST)]
        auto = came(MONDAY + timedelta(days=1), InteractionKind.AUTO_REPLY)
        state = follow_up_state(steps, [auto], back_on=MONDAY + timedelta(days=2))
        assert state.next is not None
        assert state.next.due_on == MONDAY + timedelta(days=8)

    def test_a_return_date_landing_on_the_weekday_before_moves_one_more_day(self) -> None:
        steps = [done(MONDAY, OutreachKind.FIRST)]
        auto = came(MONDAY + timedelta(days=1), InteractionKind.AUTO_REPLY)
        state = follow_up_state(steps, [auto], back_on=date(2026, 11, 22))  # a Sunday: Monday next
        assert state.next is not None
        assert state.next.due_on == date(2026, 11, 24)

    def test_a_bounce_stops_the_sequence_and_asks_for_another_address(self) -> None:
        steps = [done(MONDAY, OutreachKind.FIRST)]
        state = follow_up_state(steps, [came(MONDAY, InteractionKind.BOUNCE)])
        assert state.status is SequenceStatus.BOUNCED
        assert state.next is None
        assert state.reason == "the email of 2 November 2026 bounced: find another address or channel"

    def test_a_step_on_another_channel_after_a_bounce_resumes_the_sequence(self) -> None:
        steps = [done(MONDAY, OutreachKind.FIRST), done(MONDAY + timedelta(days=2), OutreachKind.FOLLOWUP, 1)]
        state = follow_up_state(steps, [came(MONDAY + timedelta(days=1), InteractionKind.BOUNCE)])
        assert state.status is SequenceStatus.WAITING
        assert state.follow_ups_done == 1

    def test_a_new_first_message_starts_a_new_sequence(self) -> None:
        old = run_sequence(date(2025, 1, 6))
        state = follow_up_state([*old, done(MONDAY, OutreachKind.FIRST)], [came(date(2025, 1, 20))])
        assert state.status is SequenceStatus.WAITING
        assert state.started_on == MONDAY
        assert state.follow_ups_done == 0

    def test_slots_rotate_and_never_repeat(self) -> None:
        assert next_slot(TimeSlot.MORNING) is TimeSlot.AFTERNOON
        assert next_slot(TimeSlot.MIDDAY) is TimeSlot.MORNING
        assert next_slot(TimeSlot.EVENING) is TimeSlot.MORNING  # not in the rotation: start it
        assert next_slot(None) is TimeSlot.MORNING

    @pytest.mark.parametrize(
        "settings",
        [
            {"follow_up_gaps": (3, 7)},
            {"follow_up_gaps": ()},
            {"slots": (TimeSlot.MORNING,)},
            {"slots": (TimeSlot.MORNING, TimeSlot.MORNING)},
            {"max_follow_ups": -1},
        ],
    )
    def test_settings_that_would_break_the_rules_are_refused(self, settings: dict[str, object]) -> None:
        with pytest.raises(InvalidValue):
            CadenceSettings(**settings)  # type: ignore[arg-type]

    @given(follow_up_states())
    def test_a_reply_always_ends_the_sequence(self, state: FollowUpState) -> None:
        if state.status is SequenceStatus.NOT_STARTED:
            return
        ended = after_reply(state, TODAY)
        assert ended.status is SequenceStatus.REPLIED
        assert ended.next is None
        # Nothing that comes after brings it back, except a new first message.
        later = after_bounce(after_auto_reply(ended, TODAY, None), TODAY)
        later = after_step(later, TODAY, OutreachKind.FOLLOWUP, TimeSlot.MORNING, Channel.EMAIL)
        assert later.status is SequenceStatus.REPLIED
        assert later.next is None

    @given(follow_up_states(), st.sampled_from([CadenceSettings(), CadenceSettings(max_follow_ups=2)]))
    def test_the_next_follow_up_differs_in_weekday_and_slot_and_respects_the_maximum(
        self, state: FollowUpState, settings: CadenceSettings
    ) -> None:
        if state.next is None or state.last_step_on is None:
            return
        follow = state.next
        assert follow.avoid_weekday == state.last_step_on.weekday()
        assert follow.due_on.weekday() != state.last_step_on.weekday()
        assert follow.slot is not state.last_slot
        assert (follow.due_on - state.last_step_on).days >= 7
        assert follow.number <= CadenceSettings().max_follow_ups
        assert (follow.kind is OutreachKind.LAST) == (follow.number == CadenceSettings().max_follow_ups)

    @given(st.lists(st.integers(0, 30), max_size=12), st.integers(0, 6))
    def test_follow_ups_never_exceed_the_maximum(self, delays: list[int], maximum: int) -> None:
        settings = CadenceSettings(max_follow_ups=maximum)
        steps = [done(MONDAY, OutreachKind.FIRST)]
        for delay in delays:
            state = follow_up_state(steps, [], settings)
            if state.next is None:
                break
            day = state.next.due_on + timedelta(days=delay)
            steps.append(done(day, state.next.kind, state.next.number))
        state = follow_up_state(steps, [], settings)
        assert state.follow_ups_done <= maximum
        assert sum(s.kind is OutreachKind.LAST for s in steps) <= 1
        if state.status is SequenceStatus.FINISHED:
            assert state.follow_ups_done == maximum


class TestKeepInTouch:
    def test_default_cadence_follows_the_tie(self) -> None:
        weak = classify(TieFeatures(), TODAY)
        assert default_touch_days(weak) == TouchCadence.YEARLY
        settings = CadenceSettings(quarterly_from_strength=0, twice_a_year_from_strength=0)
        assert default_touch_days(weak, settings) == TouchCadence.QUARTERLY

    def test_names_of_cadences(self) -> None:
        assert cadence_name(91) == "quarterly"
        assert cadence_name(182) == "twice a year"
        assert cadence_name(365) == "yearly"
        assert cadence_name(45) == "every 45 days"

    def test_the_next_touch_counts_from_the_last_contact(self) -> None:
        touch = touch_state(date(2026, 10, 1), 91, TODAY)
        assert touch.due_on == date(2026, 12, 31)
        assert not touch.overdue
        assert not touch.cooling
        assert touch.reason == "keep in touch quarterly: due 31 December 2026 (last contact 1 October 2026)"

    def test_cooling_shortly_before_the_touch_falls_due(self) -> None:
        touch = touch_state(date(2026, 8, 30), 91, TODAY)
        assert touch.due_on == date(2026, 11, 29)
        assert touch.cooling
        assert not touch.overdue

    def test_overdue(self) -> None:
        touch = touch_state(date(2025, 1, 1), 182, TODAY)
        assert touch.overdue
        assert touch.cooling
        assert touch.reason.startswith("keep in touch twice a year: overdue since 2 July 2025")

    def test_no_contact_yet_is_due_today(self) -> None:
        assert touch_state(None, 365, TODAY).due_on == TODAY

    def test_a_cadence_of_zero_days_is_refused(self) -> None:
        with pytest.raises(InvalidValue):
            touch_state(None, 0, TODAY)

    @given(st.dates(min_value=date(2020, 1, 1), max_value=TODAY), st.integers(1, 800))
    def test_any_contact_resets_the_touch(self, last: date, every: int) -> None:
        touch = touch_state(last, every, TODAY)
        assert touch.due_on == last + timedelta(days=every)
        assert touch.overdue == (touch.due_on < TODAY)
        if touch.overdue:
            assert touch.cooling

    def test_who_has_a_cadence(self) -> None:
        tie = classify(TieFeatures(), TODAY)
        nobody = Person(display_name="A", id=1)
        chosen = Person(display_name="B", id=2, keep_in_touch_days=30)
        assert touch_for(nobody, tie, Stage.REPLIED, None, TODAY) is None
        reconnected = touch_for(nobody, tie, Stage.RECONNECTED, date(2026, 11, 1), TODAY)
        assert reconnected is not None
        assert reconnected.every_days == TouchCadence.YEARLY
        own = touch_for(chosen, tie, Stage.COLD, date(2026, 11, 1), TODAY)
        assert own is not None
        assert own.due_on == date(2026, 12, 1)
