"""Ties: features from a history, the class, the strength's parts and the words."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kith.core.errors import InvalidValue
from kith.core.model import Channel, Direction, Interaction, InteractionKind
from kith.core.settings import TieSettings
from kith.core.ties import (
    ChannelCount,
    TieClass,
    TieFeatures,
    classify,
    features_by_person,
    features_of,
    has_real_history,
    tie_class_of,
    weighted_score,
)
from tests.core.strategies import TODAY, days, interactions, moment


def contact(
    day: date, channel: Channel = Channel.EMAIL, direction: Direction = Direction.INBOUND, **kw: object
) -> Interaction:
    return Interaction(person_id=1, occurred_at=moment(day), channel=channel, direction=direction, **kw)  # type: ignore[arg-type]


def email_thread(start: date, count: int, every_days: int = 60) -> list[Interaction]:
    """``count`` emails alternating them and you, every ``every_days`` days."""
    return [
        contact(
            start + timedelta(days=every_days * k), direction=Direction.INBOUND if k % 2 == 0 else Direction.OUTBOUND
        )
        for k in range(count)
    ]


DORMANT_HISTORY = [
    *email_thread(date(2016, 3, 1), 14, every_days=90),
    contact(date(2018, 5, 1), Channel.MEETING, Direction.MUTUAL),
    contact(date(2020, 3, 10), Channel.MEETING, Direction.MUTUAL),
]


class TestFeatures:
    def test_the_aggregates_of_a_history(self) -> None:
        f = features_of(DORMANT_HISTORY)
        assert f.total == 16
        assert f.count(channel=Channel.EMAIL) == 14
        assert f.count(direction=Direction.INBOUND) == 7
        assert f.count(direction=Direction.OUTBOUND) == 7
        assert f.meetings == 2
        assert f.calls == 0
        assert f.from_you == 9  # seven emails and two meetings
        assert f.from_them == 9
        assert f.reciprocity == 1.0
        assert f.first_contact == date(2016, 3, 1)
        assert f.last_contact == date(2020, 3, 10)
        assert f.last_two_way == date(2020, 3, 10)
        assert f.last_direction is Direction.MUTUAL
        assert f.active_years == 5
        assert f.active_span_days == (date(2020, 3, 10) - date(2016, 3, 1)).days

    def test_longest_silence_is_the_widest_gap_between_two_contacts(self) -> None:
        f = features_of([contact(date(2020, 1, 1)), contact(date(2020, 1, 11)), contact(date(2021, 1, 1))])
        assert f.longest_silence_days == (date(2021, 1, 1) - date(2020, 1, 11)).days

    def test_auto_replies_and_bounces_are_not_contact(self) -> None:
        f = features_of(
            [
                contact(date(2020, 1, 1), kind=InteractionKind.AUTO_REPLY),
                contact(date(2020, 1, 2), kind=InteractionKind.BOUNCE),
            ]
        )
        assert f == TieFeatures()

    def test_last_two_way_is_when_both_had_last_spoken(self) -> None:
        # They last wrote in 2019; the user wrote twice since, unanswered.
        f = features_of(
            [
                contact(date(2019, 6, 1), direction=Direction.INBOUND),
                contact(date(2022, 1, 1), direction=Direction.OUTBOUND),
                contact(date(2024, 1, 1), direction=Direction.OUTBOUND),
            ]
        )
        assert f.last_from_them == date(2019, 6, 1)
        assert f.last_from_you == date(2024, 1, 1)
        assert f.last_two_way == date(2019, 6, 1)

    def test_counts_are_sorted_and_grouped_by_channel_and_direction(self) -> None:
        f = features_of(
            [contact(date(2020, 1, d), Channel.CALL, Direction.MUTUAL) for d in (1, 2)] + [contact(date(2020, 2, 1))]
        )
        assert f.counts == (
            ChannelCount(Channel.CALL, Direction.MUTUAL, 2),
            ChannelCount(Channel.EMAIL, Direction.INBOUND, 1),
        )

    def test_features_by_person_splits_the_rows(self) -> None:
        rows = [contact(date(2020, 1, 1)), Interaction(2, moment(date(2020, 1, 1)), Channel.CALL, Direction.MUTUAL)]
        by_person = features_by_person(rows)
        assert set(by_person) == {1, 2}
        assert by_person[2].calls == 1

    @given(interactions())
    def test_the_order_of_the_rows_does_not_matter(self, rows: list[Interaction]) -> None:
        shuffled = list(rows)
        random.Random(7).shuffle(shuffled)
        assert features_of(shuffled) == features_of(rows)

    @given(interactions())
    def test_only_personal_interactions_count(self, rows: list[Interaction]) -> None:
        personal = [r for r in rows if r.kind is InteractionKind.PERSONAL]
        assert features_of(rows) == features_of(personal)
        assert features_of(rows).total == len(personal)


class TestClassify:
    def test_no_contact_is_new(self) -> None:
        tie = classify(TieFeatures(), TODAY)
        assert tie.tie_class is TieClass.NEW
        assert tie.strength == 0
        assert tie.explanation == "no personal contact yet"

    def test_a_two_way_history_then_years_of_silence_is_dormant(self) -> None:
        tie = classify(features_of(DORMANT_HISTORY), TODAY)
        assert tie.tie_class is TieClass.DORMANT
        assert tie.explanation.startswith("14 emails both ways 2016–2020, two meetings, nothing since March 2020")
        assert tie.dormant_from == date(2022, 3, 10)

    def test_the_same_history_recent_is_strong(self) -> None:
        shift = timedelta(days=(TODAY - date(2020, 3, 20)).days)
        recent = [contact(i.occurred_at.date() + shift, i.channel, i.direction) for i in DORMANT_HISTORY]
        tie = classify(features_of(recent), TODAY)
        assert tie.tie_class is TieClass.STRONG
        assert not tie.cooling
        assert tie.strength > classify(features_of(DORMANT_HISTORY), TODAY).strength

    def test_little_recent_contact_never_makes_a_real_history_weak(self) -> None:
        # Real history, last two-way contact 20 months ago: not yet dormant, not weak: cooling.
        history = email_thread(TODAY - timedelta(days=900), 6, every_days=60)
        tie = classify(features_of(history), TODAY)
        assert tie.tie_class is TieClass.STRONG
        assert tie.cooling
        assert "cooling: goes dormant on" in tie.explanation

    def test_dormancy_threshold_is_a_setting(self) -> None:
        history = email_thread(TODAY - timedelta(days=500), 6, every_days=10)
        assert classify(features_of(history), TODAY).tie_class is TieClass.STRONG
        short = TieSettings(dormant_after_days=365, cooling_margin_days=30)
        assert classify(features_of(history), TODAY, short).tie_class is TieClass.DORMANT

    def test_a_one_way_history_is_weak_however_long(self) -> None:
        history = [contact(date(2015 + k, 1, 1), direction=Direction.OUTBOUND) for k in range(8)]
        tie = classify(features_of(history), TODAY)
        assert tie.tie_class is TieClass.WEAK
        assert tie.explanation.startswith("eight emails from you 2015–2022")
        assert "never an answer" in tie.explanation

    def test_a_single_exchange_long_ago_is_weak(self) -> None:
        history = [contact(date(2019, 5, 1)), contact(date(2019, 5, 2), direction=Direction.OUTBOUND)]
        tie = classify(features_of(history), TODAY)
        assert tie.tie_class is TieClass.WEAK
        assert not tie.has_real_history

    def test_a_recent_first_contact_without_history_is_new(self) -> None:
        history = [
            contact(TODAY - timedelta(days=10)),
            contact(TODAY - timedelta(days=9), direction=Direction.OUTBOUND),
        ]
        assert classify(features_of(history), TODAY).tie_class is TieClass.NEW
        assert classify(features_of(history), TODAY + timedelta(days=200)).tie_class is TieClass.WEAK

    def test_a_contact_known_for_years_without_history_is_weak(self) -> None:
        tie = classify(TieFeatures(known_since=date(2019, 3, 14)), TODAY)
        assert tie.tie_class is TieClass.WEAK
        assert tie.explanation == "known since March 2019, no personal contact recorded"
        assert not tie.has_real_history

    def test_a_contact_met_last_month_without_history_is_new(self) -> None:
        features = TieFeatures(known_since=TODAY - timedelta(days=30))
        assert classify(features, TODAY).tie_class is TieClass.NEW
        assert classify(features, TODAY + timedelta(days=61)).tie_class is TieClass.WEAK

    def test_known_since_counts_when_it_is_before_a_recent_first_contact(self) -> None:
        recent = features_of(
            [contact(TODAY - timedelta(days=10)), contact(TODAY - timedelta(days=9), direction=Direction.OUTBOUND)]
        )
        assert tie_class_of(recent, TODAY) is TieClass.NEW
        assert tie_class_of(replace(recent, known_since=date(2016, 1, 1)), TODAY) is TieClass.WEAK

    def test_known_since_never_changes_a_real_history(self) -> None:
        for known in (date(2001, 1, 1), TODAY):
            features = replace(features_of(DORMANT_HISTORY), known_since=known)
            assert tie_class_of(features, TODAY) is TieClass.DORMANT

    def test_three_meetings_are_a_real_history(self) -> None:
        history = [contact(date(2018, m, 1), Channel.MEETING, Direction.MUTUAL) for m in (1, 4, 7)]
        tie = classify(features_of(history), TODAY)
        assert tie.has_real_history
        assert tie.tie_class is TieClass.DORMANT
        assert tie.explanation.startswith("three meetings in 2018, nothing since July 2018")

    def test_an_unanswered_message_after_the_history_is_said(self) -> None:
        history = [*email_thread(date(2017, 1, 1), 8), contact(date(2025, 2, 1), direction=Direction.OUTBOUND)]
        tie = classify(features_of(history), TODAY)
        assert tie.tie_class is TieClass.DORMANT  # the unanswered message does not revive it
        assert "no answer since 1 February 2025" in tie.explanation

    def test_recent_contact_is_said_in_days(self) -> None:
        history = email_thread(TODAY - timedelta(days=400), 8, every_days=56)
        tie = classify(features_of(history), TODAY)
        assert tie.explanation == "eight emails both ways 2025–2026, last in touch 8 days ago"

    def test_strength_parts_are_named_and_explain_themselves(self) -> None:
        tie = classify(features_of(DORMANT_HISTORY), TODAY)
        assert [p.name for p in tie.parts] == ["depth", "reciprocity", "richness", "duration", "regularity", "recency"]
        assert all(0.0 <= p.value <= 1.0 for p in tie.parts)
        reasons = {p.name: p.reason for p in tie.parts}
        assert reasons["reciprocity"] == "9 from you, 9 from them"
        assert reasons["richness"] == "two calls and meetings"
        assert reasons["recency"] == "last in touch both ways 6 years ago"
        assert tie.strength == round(weighted_score(tie.parts))

    def test_weights_change_the_strength(self) -> None:
        features = features_of(DORMANT_HISTORY)
        only_reciprocity = TieSettings(
            weight_depth=0,
            weight_reciprocity=1,
            weight_richness=0,
            weight_duration=0,
            weight_regularity=0,
            weight_recency=0,
        )
        assert classify(features, TODAY, only_reciprocity).strength == 100

    @pytest.mark.parametrize(
        ("setting", "value"),
        [
            ("dormant_after_days", 10),
            ("real_history_exchanges", 0),
            ("cooling_margin_days", 900),
            ("weight_depth", -1.0),
        ],
    )
    def test_bad_settings_are_refused_with_the_setting_named(self, setting: str, value: float) -> None:
        with pytest.raises(InvalidValue) as error:
            TieSettings(**{setting: value})  # type: ignore[arg-type]
        assert error.value.field in (setting, "tie strength weights")

    @given(interactions(), days)
    def test_a_real_history_is_never_weak_or_new(self, rows: list[Interaction], today: date) -> None:
        features = features_of(rows)
        tie = classify(features, today)
        if has_real_history(features):
            assert tie.tie_class in (TieClass.STRONG, TieClass.DORMANT)
        else:
            assert tie.tie_class in (TieClass.WEAK, TieClass.NEW)
            assert not tie.cooling

    @given(interactions(), days)
    def test_dormant_exactly_when_two_years_passed_since_the_last_two_way_contact(
        self, rows: list[Interaction], today: date
    ) -> None:
        features = features_of(rows)
        tie = classify(features, today)
        if tie.has_real_history:
            assert features.last_two_way is not None
            silent = (today - features.last_two_way).days
            assert (tie.tie_class is TieClass.DORMANT) == (silent >= 730)

    @given(interactions(), days)
    def test_strength_is_between_0_and_100(self, rows: list[Interaction], today: date) -> None:
        tie = classify(features_of(rows), today)
        assert 0 <= tie.strength <= 100
        assert tie.explanation

    @given(interactions(), days)
    def test_the_fast_class_is_the_full_class(self, rows: list[Interaction], today: date) -> None:
        features = features_of(rows)
        assert tie_class_of(features, today) is classify(features, today).tie_class

    @given(interactions(), days, st.integers(1, 5))
    def test_more_two_way_contact_never_lowers_the_class(self, rows: list[Interaction], today: date, n: int) -> None:
        # A meeting on the day adds two-way contact: a tie can only become stronger.
        order = [TieClass.NEW, TieClass.WEAK, TieClass.DORMANT, TieClass.STRONG]
        before = classify(features_of(rows), today)
        after = classify(features_of(rows + [contact(today, Channel.MEETING, Direction.MUTUAL)] * n), today)
        if before.has_real_history:
            assert after.tie_class is TieClass.STRONG
        assert after.has_real_history >= before.has_real_history
        assert order.index(after.tie_class) >= min(order.index(before.tie_class), order.index(TieClass.WEAK))
