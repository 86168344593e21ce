"""The daily plan: order, budget, carry-over, channels, overrides, pace, and the rules of issue 6 as properties."""

from __future__ import annotations

import ast
import random
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import kith.core
from kith.core.cadence import NOT_STARTED, after_step, touch_state
from kith.core.errors import InvalidValue
from kith.core.model import (
    Campaign,
    Channel,
    Direction,
    Identity,
    IdentityKind,
    IdentityStatus,
    Interaction,
    OutreachKind,
    OverrideAction,
    Person,
)
from kith.core.plan import (
    DEFAULT_CAMPAIGN,
    DayPlan,
    Override,
    Prospect,
    audience,
    campaign_progress,
    nth_working_day,
    plan_ahead,
    plan_day,
    suggest_channel,
)
from kith.core.ranking import Ranked
from kith.core.settings import DEFAULTS, EngineSettings, Pace, PlanSettings, TimeSlot
from kith.core.stages import Stage
from kith.core.ties import Tie, TieClass, TieFeatures, classify, features_of
from tests.core.strategies import TODAY, campaigns, moment, networks, override_lists

WEDNESDAY = TODAY
EMAIL = Identity(IdentityKind.EMAIL, "someone@example.org")
PHONE = Identity(IdentityKind.PHONE, "+393331234567")


def dormant_tie() -> Tie:
    rows = [
        Interaction(1, moment(date(2017, 1, 1) + timedelta(days=30 * k)), Channel.EMAIL, d)
        for k, d in enumerate([Direction.INBOUND, Direction.OUTBOUND] * 5)
    ]
    return classify(features_of(rows), TODAY)


DORMANT = dormant_tie()


def cold(person_id: int, position: int | None = None, tie: Tie = DORMANT, **fields: object) -> Prospect:
    values: dict[str, object] = {"identities": (EMAIL,)} | fields
    person = Person(display_name=f"Person {person_id}", id=person_id, **values)  # type: ignore[arg-type]
    ranked = Ranked(person_id, person.display_name, position or person_id, 80.0 - person_id, (), ("shared history",))
    return Prospect(person=person, tie=tie, stage=Stage.COLD, ranked=ranked)


def waiting(person_id: int, sent_on: date, slot: TimeSlot = TimeSlot.MORNING) -> Prospect:
    prospect = cold(person_id)
    state = after_step(NOT_STARTED, sent_on, OutreachKind.FIRST, slot, Channel.EMAIL)
    return replace(prospect, stage=Stage.CONTACTED, follow_up=state, last_step_on=sent_on)


def keeping(person_id: int, last_contact: date, every: int = 91) -> Prospect:
    return replace(
        cold(person_id), stage=Stage.WARM, touch=touch_state(last_contact, every, TODAY), last_step_on=last_contact
    )


def campaign(**fields: object) -> Campaign:
    return replace(DEFAULT_CAMPAIGN, **fields)  # type: ignore[arg-type]


class TestOrder:
    def test_follow_ups_then_touches_then_new_names(self) -> None:
        prospects = [
            cold(1),
            cold(2),
            keeping(3, TODAY - timedelta(days=100)),
            waiting(4, TODAY - timedelta(days=9)),  # a Monday, due on Tuesday: carried over
        ]
        plan = plan_day(prospects, WEDNESDAY)
        assert [(line.person_id, line.kind) for line in plan.lines] == [
            (4, OutreachKind.FOLLOWUP),
            (3, OutreachKind.KEEP_IN_TOUCH),
            (1, OutreachKind.FIRST),
            (2, OutreachKind.FIRST),
        ]
        follow_up = plan.lines[0]
        assert follow_up.carried_over
        assert follow_up.sequence == 1
        assert follow_up.slot is TimeSlot.AFTERNOON
        assert follow_up.stage is Stage.CONTACTED
        assert follow_up.reasons == ("follow-up 1: no reply since Monday 16 November 2026",)
        assert plan.lines[2].reasons[0] == "#1 for Revive your best dormant ties (score 79)"

    def test_the_budget_holds_and_what_does_not_fit_waits(self) -> None:
        prospects = [waiting(n, TODAY - timedelta(days=8 + n % 3)) for n in range(1, 5)] + [cold(9)]
        plan = plan_day(prospects, WEDNESDAY, campaign(per_day=3))
        assert len(plan.lines) == 3
        assert all(line.kind is OutreachKind.FOLLOWUP for line in plan.lines)
        assert plan.waiting == 1
        # Oldest due first.
        assert [line.due_on for line in plan.lines] == sorted(line.due_on for line in plan.lines)

    def test_steps_not_done_carry_over_to_the_next_working_day(self) -> None:
        prospects = [waiting(n, date(2026, 11, 16)) for n in range(1, 6)]  # all due Tuesday 24
        plans = plan_ahead(prospects, date(2026, 11, 24), 6, campaign(per_day=2))
        assert [(p.day.isoformat(), len(p.lines), p.waiting) for p in plans] == [
            ("2026-11-24", 2, 3),
            ("2026-11-25", 2, 1),
            ("2026-11-26", 1, 0),
            ("2026-11-27", 0, 0),
            ("2026-11-28", 0, 0),  # Saturday
            ("2026-11-29", 0, 0),
        ]
        assert [line.carried_over for line in plans[1].lines] == [True, True]

    def test_a_follow_up_never_goes_out_on_the_weekday_of_the_step_before(self) -> None:
        prospect = waiting(1, date(2026, 11, 16))  # Monday; due Tuesday 24
        plans = plan_ahead([prospect], date(2026, 11, 30), 2, campaign(working_days=(0, 1)))
        assert [len(p.lines) for p in plans] == [0, 1]  # Monday 30 skipped, Tuesday taken

    def test_weekends_and_holidays_are_not_planned(self) -> None:
        prospects = [cold(1)]
        assert plan_day(prospects, date(2026, 11, 28)) == DayPlan(
            date(2026, 11, 28), working_day=False, budget=0, lines=(), waiting=0, needs_address=()
        )
        holiday = campaign(holidays=(WEDNESDAY,))
        assert plan_day(prospects, WEDNESDAY, holiday).lines == ()

    def test_before_the_campaign_starts_only_follow_ups_and_touches(self) -> None:
        prospects = [cold(1), waiting(2, TODAY - timedelta(days=9))]
        later = campaign(start_on=TODAY + timedelta(days=1))
        assert [line.kind for line in plan_day(prospects, WEDNESDAY, later).lines] == [OutreachKind.FOLLOWUP]
        assert [line.kind for line in plan_day(prospects, WEDNESDAY + timedelta(days=1), later).lines] == [
            OutreachKind.FOLLOWUP,
            OutreachKind.FIRST,
        ]

    def test_an_occasion_comes_first_among_touches(self) -> None:
        congratulate = replace(cold(2), stage=Stage.WARM, occasion="new role: CTO at Globex")
        plan = plan_day([keeping(1, TODAY - timedelta(days=200)), congratulate], WEDNESDAY)
        assert [(line.person_id, line.kind) for line in plan.lines] == [
            (2, OutreachKind.CONGRATULATIONS),
            (1, OutreachKind.KEEP_IN_TOUCH),
        ]
        assert plan.lines[0].reasons[0] == "new role: CTO at Globex"

    def test_a_touch_not_yet_due_waits(self) -> None:
        assert plan_day([keeping(1, TODAY - timedelta(days=30))], WEDNESDAY).lines == ()

    def test_a_bounced_sequence_asks_for_another_address(self) -> None:
        from kith.core.cadence import after_bounce

        bounced = waiting(1, TODAY - timedelta(days=20))
        bounced = replace(bounced, follow_up=after_bounce(bounced.follow_up, TODAY - timedelta(days=19)))
        plan = plan_day([bounced], WEDNESDAY)
        assert plan.lines == ()
        assert plan.needs_address == (1,)


class TestLookingAhead:
    def test_a_first_message_brings_its_follow_ups_and_no_more(self) -> None:
        plans = plan_ahead([cold(1)], WEDNESDAY, 90)
        steps = [(plan.day, line.kind, line.slot) for plan in plans for line in plan.lines]
        assert [(day.isoformat(), kind.value, slot.value) for day, kind, slot in steps] == [
            ("2026-11-25", "first", "afternoon"),
            ("2026-12-03", "followup", "midday"),
            ("2026-12-11", "followup", "morning"),
            ("2026-12-28", "followup", "afternoon"),  # due Saturday 26: carried to Monday
            ("2027-01-19", "last", "midday"),
        ]

    def test_a_touch_done_is_not_due_again_until_the_next_period(self) -> None:
        plans = plan_ahead([keeping(1, TODAY - timedelta(days=100))], WEDNESDAY, 120)
        touched = [plan.day for plan in plans for line in plan.lines]
        assert touched == [WEDNESDAY, WEDNESDAY + timedelta(days=91)]


class TestAudience:
    def test_only_the_campaign_s_tie_classes_in_rank_order_up_to_the_cap(self) -> None:
        strong = classify(
            features_of(
                [
                    Interaction(1, moment(TODAY - timedelta(days=k)), Channel.EMAIL, d)
                    for k, d in enumerate([Direction.INBOUND, Direction.OUTBOUND] * 4)
                ]
            ),
            TODAY,
        )
        assert strong.tie_class is TieClass.STRONG
        prospects = [cold(1, position=3), cold(2, position=1), cold(3, tie=strong), cold(4, position=2)]
        assert [p.person_id for p in audience(prospects, campaign(cap=2), TODAY)] == [2, 4]
        both = campaign(tie_classes=("dormant", "strong"))
        assert [p.person_id for p in audience(prospects, both, TODAY)] == [2, 4, 1, 3]

    def test_pinned_people_come_first(self) -> None:
        prospects = [cold(1), cold(2), cold(3)]
        pins = [Override(3, OverrideAction.PIN)]
        plan = plan_day(prospects, WEDNESDAY, campaign(per_day=1), overrides=pins)
        assert [line.person_id for line in plan.lines] == [3]
        assert plan.lines[0].reasons[0] == "pinned (score 77)"

    def test_skip_snooze_and_exclude(self) -> None:
        prospects = [cold(1), cold(2), cold(3), cold(4)]
        overrides = [
            Override(1, OverrideAction.SKIP, until=TODAY + timedelta(days=3)),  # snoozed
            Override(2, OverrideAction.EXCLUDE),
            Override(3, OverrideAction.EXCLUDE, campaign_id=99),  # another campaign
            Override(4, OverrideAction.SKIP, until=TODAY),  # the snooze is over today
        ]
        plan = plan_day(prospects, WEDNESDAY, overrides=overrides)
        assert [line.person_id for line in plan.lines] == [3, 4]
        later = plan_day(prospects, TODAY + timedelta(days=5), overrides=overrides)
        assert [line.person_id for line in later.lines] == [1, 3, 4]

    def test_do_not_contact_stops_follow_ups_and_touches_too(self) -> None:
        stop = moment(TODAY - timedelta(days=1))
        prospects = [
            replace(p, person=replace(p.person, do_not_contact_since=stop))
            for p in (waiting(1, TODAY - timedelta(days=9)), keeping(2, TODAY - timedelta(days=200)), cold(3))
        ]
        assert plan_day(prospects, WEDNESDAY).lines == ()

    def test_no_way_to_reach_them_is_no_line(self) -> None:
        assert plan_day([cold(1, identities=())], WEDNESDAY).lines == ()

    def test_a_recent_step_keeps_them_out_for_a_week(self) -> None:
        recent = replace(keeping(1, TODAY - timedelta(days=200)), last_step_on=TODAY - timedelta(days=6))
        assert plan_day([recent], WEDNESDAY).lines == ()
        assert len(plan_day([recent], TODAY + timedelta(days=1)).lines) == 1


class TestChannel:
    def test_a_call_for_the_closest_ties_with_a_number(self) -> None:
        person = Person(display_name="Ana", id=1, identities=(EMAIL, PHONE))
        close = replace(DORMANT, strength=75)
        assert suggest_channel(person, close) == (
            Channel.CALL,
            "a call: one of your closest ties (strength 75), and you have their number",
        )
        far = replace(DORMANT, strength=20)
        assert suggest_channel(person, far) == (Channel.EMAIL, "email: you have their address")
        assert suggest_channel(person, far, important=True) == (
            Channel.CALL,
            "a call: pinned as important, and you have their number",
        )

    def test_then_email_linkedin_text_letter(self) -> None:
        tie = replace(DORMANT, strength=10)
        linkedin = Person(display_name="B", id=2, identities=(Identity(IdentityKind.LINKEDIN, "b-1"), PHONE))
        assert suggest_channel(linkedin, tie) == (
            Channel.LINKEDIN,
            "a LinkedIn message: you are connected there (no email known)",
        )
        text = Person(display_name="C", id=3, identities=(PHONE,))
        assert suggest_channel(text, tie) == (
            Channel.TEXT,
            "a text: you have their number (no email, no linkedin known)",
        )
        letter = Person(display_name="D", id=4, postal_address="Calle Mayor 1, Madrid")
        channel, _ = suggest_channel(letter, tie) or (None, "")
        assert channel is Channel.LETTER
        assert suggest_channel(Person(display_name="E", id=5), tie) is None

    def test_a_bouncing_address_is_not_used(self) -> None:
        bouncing = replace(EMAIL, status=IdentityStatus.BOUNCING)
        person = Person(display_name="F", id=6, identities=(bouncing, Identity(IdentityKind.LINKEDIN, "f")))
        assert suggest_channel(person, replace(DORMANT, strength=10), keep=Channel.EMAIL) == (
            Channel.LINKEDIN,
            "a LinkedIn message: you are connected there (no email known)",
        )

    def test_follow_ups_keep_the_channel_and_campaigns_prefer_theirs(self) -> None:
        person = Person(display_name="G", id=7, identities=(EMAIL, Identity(IdentityKind.LINKEDIN, "g")))
        tie = replace(DORMANT, strength=10)
        assert suggest_channel(person, tie, keep=Channel.LINKEDIN)[0] is Channel.LINKEDIN  # type: ignore[index]
        assert suggest_channel(person, tie, preferred=Channel.LINKEDIN) == (
            Channel.LINKEDIN,
            "the campaign's channel (linkedin)",
        )

    def test_the_order_is_a_setting(self) -> None:
        person = Person(display_name="H", id=8, identities=(EMAIL, PHONE))
        texts_first = PlanSettings(channel_order=(Channel.TEXT, Channel.EMAIL))
        assert suggest_channel(person, replace(DORMANT, strength=10), texts_first)[0] is Channel.TEXT  # type: ignore[index]
        with pytest.raises(InvalidValue):
            PlanSettings(channel_order=(Channel.MEETING,))
        with pytest.raises(InvalidValue):
            PlanSettings(min_days_between_steps=3)


class TestProgress:
    def test_250_people_at_10_a_day(self) -> None:
        progress = campaign_progress(250, 0, TODAY, DEFAULT_CAMPAIGN)
        assert progress.working_days_left == 25
        assert progress.finish_on == date(2026, 12, 29)
        assert progress.summary == (
            "250 people, 10 a day: done on 29 December 2026 (0 of 250 contacted, 25 working days left)"
        )

    def test_holidays_and_start_date_push_the_finish(self) -> None:
        holidays = (date(2026, 12, 24), date(2026, 12, 25), date(2027, 1, 1))
        later = campaign(holidays=holidays, start_on=date(2026, 12, 1))
        progress = campaign_progress(250, 40, TODAY, later)
        assert progress.remaining == 210
        assert progress.working_days_left == 21
        assert progress.finish_on == date(2026, 12, 31)

    def test_done(self) -> None:
        assert campaign_progress(3, 3, TODAY, DEFAULT_CAMPAIGN).summary == "3 people, 10 a day: all 3 contacted"
        assert campaign_progress(0, 0, TODAY, DEFAULT_CAMPAIGN).finish_on is None

    def test_nth_working_day(self) -> None:
        pace = Pace()
        assert nth_working_day(date(2026, 11, 27), 1, pace) == date(2026, 11, 27)  # a Friday
        assert nth_working_day(date(2026, 11, 28), 1, pace) == date(2026, 11, 30)
        with pytest.raises(InvalidValue):
            nth_working_day(TODAY, 0, pace)


# The rules of issue 6, as properties over generated networks, campaigns, overrides and dates.

PROPERTY = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
start_days = st.dates(min_value=TODAY - timedelta(days=10), max_value=TODAY + timedelta(days=30))


def run(prospects: list[Prospect], start: date, c: Campaign, overrides: list[Override]) -> list[DayPlan]:
    return plan_ahead(prospects, start, 45, c, DEFAULTS, overrides)


@PROPERTY
@given(networks(), start_days, campaigns(), override_lists())
def test_a_do_not_contact_person_is_never_planned(
    prospects: list[Prospect], start: date, c: Campaign, overrides: list[Override]
) -> None:
    stopped = {p.person_id for p in prospects if p.person.do_not_contact}
    for plan in run(prospects, start, c, overrides):
        assert not stopped & {line.person_id for line in plan.lines}
        assert not stopped & set(plan.needs_address)


@PROPERTY
@given(networks(), start_days, campaigns(), override_lists())
def test_excluded_and_skipped_people_are_never_planned(
    prospects: list[Prospect], start: date, c: Campaign, overrides: list[Override]
) -> None:
    for plan in run(prospects, start, c, overrides):
        for line in plan.lines:
            for o in overrides:
                if o.person_id != line.person_id or o.campaign_id not in (None, c.id):
                    continue
                assert o.action is not OverrideAction.EXCLUDE
                if o.action is OverrideAction.SKIP:
                    assert o.until is not None
                    assert plan.day >= o.until


@PROPERTY
@given(networks(), start_days, campaigns(), override_lists())
def test_no_person_gets_two_steps_within_7_days(
    prospects: list[Prospect], start: date, c: Campaign, overrides: list[Override]
) -> None:
    last = {p.person_id: p.last_step_on for p in prospects}
    for plan in run(prospects, start, c, overrides):
        for line in plan.lines:
            before = last[line.person_id]
            assert before is None or abs((plan.day - before).days) >= 7
            last[line.person_id] = plan.day


@PROPERTY
@given(networks(), start_days, campaigns(), override_lists())
def test_no_day_exceeds_its_budget(
    prospects: list[Prospect], start: date, c: Campaign, overrides: list[Override]
) -> None:
    pace = Pace.of(c)
    for plan in run(prospects, start, c, overrides):
        assert len(plan.lines) <= c.per_day
        assert len({line.person_id for line in plan.lines}) == len(plan.lines)
        if not pace.is_working_day(plan.day):
            assert plan.lines == ()


@PROPERTY
@given(networks(), start_days, campaigns(), override_lists())
def test_follow_ups_in_a_row_differ_in_weekday_and_slot_and_stop_at_the_maximum(
    prospects: list[Prospect], start: date, c: Campaign, overrides: list[Override]
) -> None:
    previous = {p.person_id: (p.follow_up.last_step_on, p.follow_up.last_slot) for p in prospects}
    done = {p.person_id: p.follow_up.follow_ups_done for p in prospects}
    for plan in run(prospects, start, c, overrides):
        for line in plan.lines:
            if line.kind is OutreachKind.FIRST:
                previous[line.person_id] = (plan.day, line.slot)
                done[line.person_id] = 0
            elif line.kind in (OutreachKind.FOLLOWUP, OutreachKind.LAST):
                day, slot = previous[line.person_id]
                assert day is not None
                assert plan.day.weekday() != day.weekday()
                assert line.slot is not slot
                done[line.person_id] += 1
                assert done[line.person_id] <= DEFAULTS.cadence.max_follow_ups
                assert (line.kind is OutreachKind.LAST) == (done[line.person_id] == DEFAULTS.cadence.max_follow_ups)
                previous[line.person_id] = (plan.day, line.slot)


@PROPERTY
@given(networks(), start_days, campaigns(), override_lists())
def test_a_replied_sequence_gets_no_follow_up(
    prospects: list[Prospect], start: date, c: Campaign, overrides: list[Override]
) -> None:
    from kith.core.cadence import SequenceStatus

    replied = {p.person_id for p in prospects if p.follow_up.status is SequenceStatus.REPLIED}
    for plan in run(prospects, start, c, overrides):
        for line in plan.lines:
            if line.person_id in replied:
                assert line.kind not in (OutreachKind.FIRST, OutreachKind.FOLLOWUP, OutreachKind.LAST)


@PROPERTY
@given(networks(), start_days, campaigns(), override_lists(), st.randoms(use_true_random=False))
def test_the_plan_is_deterministic_for_the_same_data_and_date(
    prospects: list[Prospect], start: date, c: Campaign, overrides: list[Override], rnd: random.Random
) -> None:
    shuffled = list(prospects)
    rnd.shuffle(shuffled)
    assert run(shuffled, start, c, overrides) == run(prospects, start, c, overrides)


def test_the_engine_settings_are_plain_values() -> None:
    assert EngineSettings() == DEFAULTS
    assert classify(TieFeatures(), TODAY).tie_class is TieClass.NEW


CLOCK_CALLS = {("datetime", "now"), ("datetime", "utcnow"), ("datetime", "today"), ("date", "today"), ("time", "time")}
ENGINE_MODULES = ("ties", "stages", "cadence", "plan", "ranking", "settings")


@pytest.mark.parametrize("module", ENGINE_MODULES)
def test_today_is_injected_never_read_from_the_clock(module: str) -> None:
    source = (Path(kith.core.__file__).parent / f"{module}.py").read_text(encoding="utf-8")
    tree = ast.parse(source)
    calls = {
        (node.func.value.id, node.func.attr)
        for node in ast.walk(tree)
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and isinstance(node.func.value, ast.Name)
    }
    assert not calls & CLOCK_CALLS
    imported = {
        alias.name for node in ast.walk(tree) if isinstance(node, ast.Import | ast.ImportFrom) for alias in node.names
    }
    assert "time" not in imported or "from datetime import" in source  # datetime.time is a type, not a clock
    assert "monotonic" not in source
    assert "perf_counter" not in source
