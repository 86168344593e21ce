"""Whom first: the score's parts, relevance to a goal, the novelty correction, and the reasons."""

from __future__ import annotations

import itertools
import random
from dataclasses import replace
from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kith.core.errors import InvalidValue
from kith.core.model import Channel, Direction, Favor, FavorKind, Interaction, Person, Relevance
from kith.core.ranking import (
    Circle,
    Criteria,
    Profile,
    RankContext,
    city_country,
    current_circle,
    rank,
    relevance_of,
    score_parts,
    seniority,
)
from kith.core.settings import RankSettings
from kith.core.ties import Tie, TieFeatures, classify, features_of
from tests.core.strategies import TODAY, interactions, moment


def history(exchanges: int, start: date = date(2016, 1, 1), meetings: int = 0) -> Tie:
    rows = [
        Interaction(
            person_id=1,
            occurred_at=moment(start + timedelta(days=20 * k)),
            channel=Channel.EMAIL,
            direction=Direction.INBOUND if k % 2 else Direction.OUTBOUND,
        )
        for k in range(2 * exchanges)
    ]
    rows += [
        Interaction(1, moment(start + timedelta(days=3 + 30 * k)), Channel.MEETING, Direction.MUTUAL)
        for k in range(meetings)
    ]
    return classify(features_of(rows), TODAY)


def profile(person_id: int, tie: Tie | None = None, **fields: object) -> Profile:
    person = Person(display_name=f"Person {person_id}", id=person_id, **fields)  # type: ignore[arg-type]
    return Profile(person=person, tie=tie or classify(TieFeatures(), TODAY))


def part(profile_: Profile, name: str, context: RankContext | None = None) -> float:
    context = context or RankContext()
    return next(p.value for p in score_parts(profile_, context) if p.name == name)


class TestRelevance:
    def test_a_city_matches_and_implies_its_country(self) -> None:
        criteria = Criteria.of(Relevance(cities=("Tokyo",)))
        in_tokyo = profile(1, city="Tokyo", country="JP")
        in_osaka = profile(2, city="Osaka", country="JP")
        in_milan = profile(3, city="Milan", country="IT")
        assert relevance_of(in_tokyo, criteria) == (1.0, "in Tokyo")
        assert relevance_of(in_osaka, criteria) == (0.6, "in Japan, the country of Tokyo")
        assert relevance_of(in_milan, criteria) == (0.0, "matches nothing the goal asks for")

    def test_the_gazetteer_knows_cities_by_their_other_names(self) -> None:
        assert city_country("Tokyo") == "JP"
        assert city_country("Milano") == "IT"
        assert city_country("Cebu City") == "PH"
        assert city_country("Atlantis of the Seas") is None
        assert city_country("") is None

    def test_countries_by_name_or_code(self) -> None:
        criteria = Criteria.of(Relevance(countries=("Japan", "it")))
        assert criteria.countries == ("JP", "IT")
        assert relevance_of(profile(1, country="IT"), criteria) == (0.8, "in Italy")

    def test_an_unknown_country_is_refused(self) -> None:
        with pytest.raises(InvalidValue):
            Criteria.of(Relevance(countries=("Atlantis",)))

    def test_company_industry_school_tag_and_words(self) -> None:
        person = Profile(
            person=Person(
                display_name="Aiko",
                id=1,
                company="Rakuten Group",
                title="Head of Fintech Partnerships",
                how_we_met="MBA at Bocconi",
                tags=("investor",),
                interests=("sailing",),
            ),
            tie=classify(TieFeatures(), TODAY),
            notes=("Knows everyone in the Tokyo startup scene",),
        )
        criteria = Criteria.of(
            Relevance(
                companies=("Rakuten",),
                industries=("fintech",),
                schools=("Bocconi",),
                tags=("Investor",),
                words=("startup",),
            )
        )
        value, words = relevance_of(person, criteria)
        assert value == 1.0
        assert words == ("works at Rakuten Group; works in fintech; went to Bocconi; tagged Investor; mentions startup")

    def test_words_match_whole_words_only(self) -> None:
        criteria = Criteria.of(Relevance(words=("art",)))
        assert relevance_of(profile(1, title="Partner"), criteria)[0] == 0.0
        assert relevance_of(profile(1, title="Art director"), criteria)[0] == 0.4

    def test_without_criteria_relevance_weighs_nothing(self) -> None:
        parts = score_parts(profile(1, city="Tokyo"), RankContext())
        relevance = next(p for p in parts if p.name == "relevance")
        assert relevance.weight == 0.0
        assert relevance.reason == "the goal names no criteria"


class TestParts:
    def test_seniority_from_the_title(self) -> None:
        assert seniority("Co-Founder & CEO") == (1.0, "founder")
        assert seniority("Senior Software Engineer") == (0.45, "senior")
        assert seniority("Direttore commerciale") == (0.8, "direttore")
        assert seniority("Engineer") == (0.0, "")
        assert seniority("Leadership coach")[0] == 0.0  # "lead" is a word, not a prefix

    def test_a_deeper_two_way_history_makes_them_gladder(self) -> None:
        assert part(profile(1, history(20)), "glad") > part(profile(2, history(3)), "glad")

    def test_favours_the_user_did_make_them_glad_and_promises_are_owed(self) -> None:
        base = profile(1, history(5))
        helped = Profile(base.person, base.tie, favors=(Favor(1, FavorKind.I_DID, "an intro to Marco"),))
        assert part(helped, "glad") > part(base, "glad")
        promised = Profile(base.person, base.tie, favors=(Favor(1, FavorKind.I_OWE, "the slides"),))
        parts = {p.name: p for p in score_parts(promised, RankContext())}
        assert parts["owed"].value == 1.0
        assert parts["owed"].reason == "you still owe them: the slides"
        settled = Favor(1, FavorKind.I_OWE, "the slides", settled_on=date(2026, 1, 1))
        assert part(Profile(base.person, base.tie, favors=(settled,)), "owed") == 0.0

    def test_how_connected_they_are_adds_value(self) -> None:
        alone = profile(1, title="Engineer")
        connected = Profile(alone.person, alone.tie, connections=40)
        assert part(connected, "value") > part(alone, "value")

    def test_a_circle_outside_the_strong_ties_is_novel(self) -> None:
        circle = Circle(companies=frozenset({"acme"}), cities=frozenset({"milan"}), strong_ties=3)
        context = RankContext(circle=circle)
        inside = profile(1, history(5), company="Acme", city="Milan")
        outside = profile(2, history(5), company="Globex", city="Tokyo")
        assert part(inside, "novelty", context) < part(outside, "novelty", context)
        reason = next(p.reason for p in score_parts(outside, context) if p.name == "novelty")
        assert reason.startswith("outside your current circle (Globex, Tokyo not among your strong ties)")

    def test_the_circle_is_that_of_the_strong_ties(self) -> None:
        recent = history(10, start=TODAY - timedelta(days=300))
        strong = profile(1, recent, company="Acme", city="Milan", tags=("design",))
        dormant = profile(2, history(10), company="Globex", city="Tokyo")
        circle = current_circle([strong, dormant])
        assert circle == Circle(
            companies=frozenset({"acme"}), cities=frozenset({"milan"}), fields=frozenset({"design"}), strong_ties=1
        )


class TestRank:
    def test_a_less_familiar_person_from_another_circle_comes_first_and_says_so(self) -> None:
        circle = Circle(companies=frozenset({"acme"}), cities=frozenset({"milan"}), strong_ties=5)
        familiar = profile(1, history(25, meetings=4), company="Acme", city="Milan")
        novel = profile(2, history(4, meetings=2), company="Globex", city="Tokyo", title="Founder")
        ranked = rank([familiar, novel], RankContext(circle=circle))
        assert [r.person_id for r in ranked] == [2, 1]
        assert [r.position for r in ranked] == [1, 2]
        assert ranked[0].reasons[-1].startswith("placed above Person 1, whom you know better (54 contacts against 10)")
        assert not any("placed above" in reason for reason in ranked[1].reasons)

    def test_relevance_to_the_goal_can_lift_someone_to_the_top(self) -> None:
        context = RankContext(criteria=Criteria.of(Relevance(cities=("Tokyo",))))
        close = profile(1, history(12), city="Milan")
        in_tokyo = profile(2, history(4), city="Tokyo")
        ranked = rank([close, in_tokyo], context)
        assert ranked[0].person_id == 2
        assert "in Tokyo" in ranked[0].reasons

    def test_weights_are_settings(self) -> None:
        context = RankContext(criteria=Criteria.of(Relevance(cities=("Tokyo",))))
        close = profile(1, history(12), city="Milan")
        in_tokyo = profile(2, history(4), city="Tokyo")
        only_glad = RankSettings(weight_value=0, weight_relevance=0, weight_owed=0, weight_novelty=0)
        assert rank([close, in_tokyo], context, only_glad)[0].person_id == 1

    def test_a_person_without_an_id_is_refused(self) -> None:
        with pytest.raises(InvalidValue):
            rank([Profile(Person(display_name="Nobody"), classify(TieFeatures(), TODAY))], RankContext())

    @given(st.lists(interactions(max_size=10), max_size=12), st.randoms(use_true_random=False))
    def test_ranking_is_deterministic_and_explained(
        self, histories: list[list[Interaction]], rnd: random.Random
    ) -> None:
        profiles = [
            profile(n + 1, classify(features_of(rows), TODAY), company=["Acme", "Globex", ""][n % 3])
            for n, rows in enumerate(histories)
        ]
        context = RankContext(circle=current_circle(profiles))
        ranked = rank(profiles, context)
        shuffled = list(profiles)
        rnd.shuffle(shuffled)
        assert rank(shuffled, context) == ranked
        assert [r.position for r in ranked] == list(range(1, len(profiles) + 1))
        assert all(0 <= r.score <= 100 for r in ranked)
        assert all(r.score >= s.score for r, s in itertools.pairwise(ranked))
        assert all([p.name for p in r.parts] == ["glad", "value", "relevance", "owed", "novelty"] for r in ranked)
        for index, r in enumerate(ranked):
            # "placed above X" is said exactly when someone more familiar is below and novelty weighed in.
            below = [profiles[s.person_id - 1].tie.features.total for s in ranked[index + 1 :]]
            mine = profiles[r.person_id - 1].tie.features.total
            novelty = next(p.value for p in r.parts if p.name == "novelty")
            says = any(reason.startswith("placed above") for reason in r.reasons)
            assert says == (novelty > 0 and any(total > mine for total in below))


def test_help_never_returned_is_said_once_in_the_reasons() -> None:
    helped = Favor(person_id=1, kind=FavorKind.THEY_DID, description="introduced me to the hiring manager")
    someone = replace(profile(1, history(6)), favors=(helped,))
    [ranked] = rank([someone], RankContext())
    said = [r for r in ranked.reasons if "introduced me to the hiring manager" in r]
    assert said == ["they helped you (introduced me to the hiring manager), never returned"]
    returned = replace(helped, settled_on=date(2024, 5, 1))
    [ranked] = rank([replace(someone, favors=(returned,))], RankContext())
    assert any("they helped you (introduced me to the hiring manager)" in r for r in ranked.reasons)
