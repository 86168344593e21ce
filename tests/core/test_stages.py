"""Stages: cold → contacted → replied → reconnected → warm, derived from the history."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kith.core.model import (
    Channel,
    Direction,
    Interaction,
    InteractionKind,
    OutreachKind,
    OutreachStatus,
    OutreachStep,
)
from kith.core.settings import StageSettings
from kith.core.stages import Stage, ask_allowed, outreach_start, stage_of
from tests.core.strategies import TODAY, interactions, moment

SENT = TODAY - timedelta(days=60)


def said(day: date, direction: Direction, channel: Channel = Channel.EMAIL, **kw: object) -> Interaction:
    return Interaction(person_id=1, occurred_at=moment(day, 10 * 60), channel=channel, direction=direction, **kw)  # type: ignore[arg-type]


def step(
    day: date, kind: OutreachKind = OutreachKind.FIRST, status: OutreachStatus = OutreachStatus.DONE
) -> OutreachStep:
    return OutreachStep(person_id=1, kind=kind, planned_on=day, status=status, done_at=moment(day, 9 * 60))


FIRST = [step(SENT)]


def test_no_outreach_is_cold() -> None:
    view = stage_of([said(date(2015, 1, 1), Direction.INBOUND)], [], TODAY)
    assert view.stage is Stage.COLD
    assert view.reason == "no outreach yet"


def test_a_planned_step_not_done_is_still_cold() -> None:
    assert stage_of([], [step(SENT, status=OutreachStatus.PLANNED)], TODAY).stage is Stage.COLD


def test_a_first_message_done_is_contacted() -> None:
    view = stage_of([], FIRST, TODAY)
    assert view.stage is Stage.CONTACTED
    assert view.since == SENT


def test_an_auto_reply_or_bounce_is_not_a_reply() -> None:
    history = [
        said(SENT + timedelta(days=1), Direction.INBOUND, kind=InteractionKind.AUTO_REPLY),
        said(SENT + timedelta(days=1), Direction.INBOUND, kind=InteractionKind.BOUNCE),
    ]
    assert stage_of(history, FIRST, TODAY).stage is Stage.CONTACTED


def test_a_reply_before_the_outreach_does_not_count() -> None:
    assert stage_of([said(SENT - timedelta(days=3), Direction.INBOUND)], FIRST, TODAY).stage is Stage.CONTACTED


def test_an_answer_is_replied() -> None:
    view = stage_of([said(SENT + timedelta(days=2), Direction.INBOUND)], FIRST, TODAY)
    assert view.stage is Stage.REPLIED
    assert view.since == SENT + timedelta(days=2)
    assert not ask_allowed(view.stage)


@pytest.mark.parametrize(
    ("channel", "direction"),
    [(Channel.CALL, Direction.MUTUAL), (Channel.MEETING, Direction.MUTUAL), (Channel.CALL, Direction.INBOUND)],
)
def test_a_call_or_a_meeting_is_a_real_conversation(channel: Channel, direction: Direction) -> None:
    view = stage_of([said(SENT + timedelta(days=5), direction, channel)], FIRST, TODAY)
    assert view.stage is Stage.RECONNECTED
    assert channel.value in view.reason


def test_a_call_the_user_placed_alone_is_not_a_conversation() -> None:
    assert stage_of([said(SENT + timedelta(days=5), Direction.OUTBOUND, Channel.CALL)], FIRST, TODAY).stage is (
        Stage.CONTACTED
    )


def test_a_few_messages_both_ways_reconnect() -> None:
    # The first message (the step), their reply, the user's answer, their answer: two each way.
    history = [
        said(SENT + timedelta(days=1), Direction.INBOUND),
        said(SENT + timedelta(days=2), Direction.OUTBOUND),
        said(SENT + timedelta(days=3), Direction.INBOUND),
    ]
    view = stage_of(history, FIRST, TODAY)
    assert view.stage is Stage.RECONNECTED
    assert view.since == SENT + timedelta(days=3)


def test_the_outreach_message_imported_from_mail_is_not_counted_twice() -> None:
    history = [said(SENT, Direction.OUTBOUND), said(SENT + timedelta(days=1), Direction.INBOUND)]
    assert stage_of(history, FIRST, TODAY).stage is Stage.REPLIED


def test_in_touch_again_weeks_after_reconnecting_is_warm() -> None:
    history = [
        said(SENT + timedelta(days=5), Direction.MUTUAL, Channel.CALL),
        said(SENT + timedelta(days=30), Direction.INBOUND),
    ]
    view = stage_of(history, FIRST, TODAY)
    assert view.stage is Stage.WARM
    assert view.since == SENT + timedelta(days=30)
    assert ask_allowed(view.stage)


def test_warm_needs_the_time_the_setting_asks() -> None:
    history = [
        said(SENT + timedelta(days=5), Direction.MUTUAL, Channel.CALL),
        said(SENT + timedelta(days=12), Direction.INBOUND),
    ]
    assert stage_of(history, FIRST, TODAY).stage is Stage.RECONNECTED
    assert stage_of(history, FIRST, TODAY, StageSettings(warm_after_days=7)).stage is Stage.WARM


def test_a_new_first_message_starts_a_new_story() -> None:
    old = [said(date(2020, 1, 5), Direction.MUTUAL, Channel.MEETING), said(date(2020, 3, 5), Direction.INBOUND)]
    steps = [step(date(2020, 1, 1)), step(SENT)]
    assert outreach_start(steps) == moment(SENT, 9 * 60)
    assert stage_of(old, steps, TODAY).stage is Stage.CONTACTED


def test_without_outreach_a_recent_real_conversation_counts() -> None:
    history = [
        said(TODAY - timedelta(days=100), Direction.MUTUAL, Channel.MEETING),
        said(TODAY - timedelta(days=20), Direction.INBOUND),
    ]
    assert stage_of(history, [], TODAY).stage is Stage.WARM
    # The same conversation years ago: cold again.
    assert stage_of(history, [], TODAY + timedelta(days=800)).stage is Stage.COLD


def test_the_future_is_not_seen() -> None:
    history = [said(SENT + timedelta(days=2), Direction.INBOUND)]
    assert stage_of(history, FIRST, SENT + timedelta(days=1)).stage is Stage.CONTACTED
    assert stage_of(history, FIRST, SENT - timedelta(days=1)).stage is Stage.COLD


def test_an_offer_from_them_allows_the_ask_early() -> None:
    assert not ask_allowed(Stage.CONTACTED)
    assert ask_allowed(Stage.CONTACTED, they_offered=True)
    assert [s.order for s in Stage] == [0, 1, 2, 3, 4]


@given(interactions(max_size=15))
def test_without_outreach_only_cold_or_a_real_conversation(rows: list[Interaction]) -> None:
    assert stage_of(rows, [], TODAY).stage in (Stage.COLD, Stage.RECONNECTED, Stage.WARM)


@given(interactions(max_size=15), st.integers(0, 50), st.sampled_from([Channel.EMAIL, Channel.CALL, Channel.MEETING]))
def test_a_personal_answer_after_the_outreach_never_lowers_the_stage(
    rows: list[Interaction], after_days: int, channel: Channel
) -> None:
    before = stage_of(rows, FIRST, TODAY)
    answer = said(SENT + timedelta(days=after_days), Direction.INBOUND, channel)
    after = stage_of([*rows, answer], FIRST, TODAY)
    assert before.stage is not Stage.COLD
    assert after.stage.order >= max(before.stage.order, Stage.REPLIED.order)


@given(interactions(max_size=15))
def test_auto_replies_and_bounces_never_change_the_stage(rows: list[Interaction]) -> None:
    personal = [r for r in rows if r.kind is InteractionKind.PERSONAL]
    assert stage_of(rows, FIRST, TODAY) == stage_of(personal, FIRST, TODAY)
