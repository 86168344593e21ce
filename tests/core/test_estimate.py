"""Weights learned from the network itself (EM), and the rules no weight overrules."""

from __future__ import annotations

import random
from dataclasses import replace

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kith.core.matching import (
    MATCH_DEFAULTS,
    MatchIndex,
    MatchProfile,
    MatchSettings,
    Recommendation,
    estimate_settings,
    match,
)
from kith.core.matching.estimate import LEARNED_PARTS
from kith.core.model import Birthday

GIVEN = ["anna", "lucia", "marco", "giulia", "james", "olivia", "jack", "emily", "liam", "sofia", "noah", "mia",
         "lucas", "chloe", "ethan", "grace", "oscar", "ruby", "henry", "isla"]  # fmt: skip
FAMILY = [f"{a}{b}" for a in ("ross", "bian", "gree", "smit", "tana", "reye", "dixo", "camp", "hart", "lope")
          for b in ("i", "co", "ne", "hson", "ka", "s", "nley", "bell")]  # fmt: skip
STREETS = ["roper place", "hardman street", "cadell street", "elder street", "wattle street", "via roma"]
CITIES = ["maryborough", "katherine", "moorooka", "ringwood", "milano", "figtree", "stanmore", "alberton"]


def typo(rng: random.Random, word: str) -> str:
    i = rng.randrange(len(word))
    return word[:i] + rng.choice("abcdefghijklmnopqrstuvwxyz") + word[i + 1 :]


def network(seed: int = 7, people: int = 1200, duplicates: int = 250) -> tuple[list[MatchProfile], set[frozenset[str]]]:
    rng = random.Random(seed)
    profiles: list[MatchProfile] = []
    truth: set[frozenset[str]] = set()
    groups: dict[str, list[str]] = {}
    for n in range(people):
        profiles.append(
            MatchProfile(
                id=f"p{n}",
                given_name=rng.choice(GIVEN),
                family_name=rng.choice(FAMILY),
                birthday=Birthday(rng.randint(1, 12), rng.randint(1, 28), rng.randint(1930, 2000)),
                street=f"{rng.randint(1, 150)} {rng.choice(STREETS)}",
                postcode=str(rng.randint(2000, 7999)),
                city=rng.choice(CITIES),
            )
        )
    for n in range(duplicates):
        original = profiles[rng.randrange(people)]
        changes = {}
        for _ in range(rng.randint(1, 2)):
            what = rng.choice(("given", "family", "birthday", "street", "postcode", "missing", "replaced"))
            if what == "given":
                changes["given_name"] = typo(rng, original.given_name)
            elif what == "family":
                changes["family_name"] = typo(rng, original.family_name)
            elif what == "birthday" and original.birthday:
                changes["birthday"] = replace(original.birthday, day=min(28, original.birthday.day % 28 + 1))
            elif what == "street":
                changes["street"] = typo(rng, original.street)
            elif what == "postcode":
                changes["postcode"] = ""
            elif what == "missing":
                changes["city"] = ""
            else:  # the whole given name replaced, as FEBRL does
                changes["given_name"] = rng.choice(GIVEN)
        profiles.append(replace(original, id=f"d{n}", **changes))
        groups.setdefault(str(original.id), [str(original.id)]).append(f"d{n}")
    for members in groups.values():  # two duplicates of one original are one human too
        truth.update(frozenset((x, y)) for i, x in enumerate(members) for y in members[i + 1 :])
    return profiles, truth


@pytest.fixture(scope="module")
def learned() -> MatchSettings:
    profiles, _ = network()
    return estimate_settings(MatchIndex(profiles, MATCH_DEFAULTS), MATCH_DEFAULTS, samples=20_000).settings


def test_learned_weights_find_typod_duplicates_without_false_merges(learned: MatchSettings) -> None:
    profiles, truth = network()
    found = {
        frozenset((str(r.a), str(r.b)))
        for r in MatchIndex(profiles, learned).duplicates()
        if r.recommendation is Recommendation.STRONG
    }
    hits = len(found & truth)
    assert hits / len(found) >= 0.99
    assert hits / len(truth) >= 0.9
    hand_set = {
        frozenset((str(r.a), str(r.b)))
        for r in MatchIndex(profiles, MATCH_DEFAULTS).duplicates()
        if r.recommendation is Recommendation.STRONG
    }
    assert len(found & truth) > len(hand_set & truth)  # learning finds more than the hand-set weights


def test_the_estimate_is_deterministic_and_says_what_it_learned(learned: MatchSettings) -> None:
    profiles, _ = network()
    again = estimate_settings(MatchIndex(profiles, MATCH_DEFAULTS), MATCH_DEFAULTS, samples=20_000)
    assert again.settings == learned
    assert 0.0 < again.share_of_matches < 0.5
    weights = again.weights
    assert weights[("birthday", "EXACT")] > weights[("city", "EXACT")] > 0
    assert weights[("given_name", "DIFFERENT")] < 0


def test_too_few_pairs_keep_the_hand_set_weights() -> None:
    few = [MatchProfile(id=n, given_name="Ana", family_name=f"Name{n}") for n in range(20)]
    assert estimate_settings(MatchIndex(few), MATCH_DEFAULTS).settings == MATCH_DEFAULTS


TWINS = (
    MatchProfile(id="anna", given_name="Anna", family_name="Doe", birthday=Birthday(5, 1, 1990), street="3 Roper Place",
                 postcode="5042", city="Maryborough", phones=("+61412000001",)),
    MatchProfile(id="lucia", given_name="Lucia", family_name="Doe", birthday=Birthday(5, 1, 1990), street="3 Roper Place",
                 postcode="5042", city="Maryborough", phones=("+61412000002",)),
)  # fmt: skip
FAMILY_EMAIL = (
    MatchProfile(id="marco", given_name="Marco", family_name="Rossi", emails=("rossi.casa@gmail.com",), city="Milano"),
    MatchProfile(
        id="giulia", given_name="Giulia", family_name="Rossi", emails=("rossi.casa@gmail.com",), city="Milano"
    ),
)
JOHN_SMITHS = (
    MatchProfile(id="j1", given_name="John", family_name="Smith", company="Acme", city="London", country="GB"),
    MatchProfile(id="j2", given_name="John", family_name="Smith", company="Acme Ltd", city="London", country="GB"),
)
NEVER = {
    "twins with their own phones": TWINS,
    "a family's shared email": FAMILY_EMAIL,
    "two John Smiths at Acme": JOHN_SMITHS,
}


@pytest.mark.parametrize("case", sorted(NEVER))
def test_what_must_never_merge_does_not_with_learned_or_hand_set_weights(learned: MatchSettings, case: str) -> None:
    a, b = NEVER[case]
    for settings in (learned, MATCH_DEFAULTS):
        assert match(a, b, settings).recommendation is not Recommendation.STRONG, (case, match(a, b, settings).reasons)


levels = ("EXACT", "NICKNAME", "NEAR", "PARTIAL", "ALIKE", "INITIAL", "UNSURE", "DIFFERENT")
tables = st.lists(
    st.tuples(st.sampled_from(LEARNED_PARTS), st.sampled_from(levels), st.floats(-16, 16)), min_size=1, max_size=40
).map(lambda rows: tuple(sorted({(p, lv): w for p, lv, w in rows}.items())))


@given(table=tables, strong=st.floats(0.5, 30), case=st.sampled_from(sorted(NEVER)))
def test_no_learned_weights_ever_merge_what_must_never_merge(table, strong, case) -> None:  # type: ignore[no-untyped-def]
    settings = replace(
        MATCH_DEFAULTS, learned=tuple((p, lv, w) for (p, lv), w in table), strong_score=strong,
        medium_score=strong / 2, low_score=strong / 4,
    )  # fmt: skip
    a, b = NEVER[case]
    assert match(a, b, settings).recommendation is not Recommendation.STRONG
