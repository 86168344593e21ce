"""Weights learned from the network itself, the way Fellegi and Sunter (1969) and splink do.

For each part of a comparison (given name, family name, birthday, postcode, street, city,
region, country, company) and each of its levels (exact, a typo apart, alike, different...),
two probabilities: ``m``, that two records of *one* human compare so, and ``u``, that two
records of *different* humans do. The part's weight is ``log2(m / u)`` bits of evidence.
Nothing is labelled:

- ``u`` comes from pairs drawn at random (almost all of them are two different people);
- ``m`` and the share of true pairs among the candidates come from expectation
  maximisation over the pairs blocking puts forward, started from kith's hand-set weights;
- a level only one side can have (a missing field) is no evidence either way.

The thresholds follow from the estimate: a pair is strong when its posterior probability
of being one human is at least ``strong_probability`` (0.999 by default), medium from 0.9,
low from 0.5. The rules that no weight overrules stay: a shared address with different
given names is a household's; two people who each have their own email or phone and
different given names are two people (twins); names alone never merge; two different
LinkedIn profiles are two people.

Strong identifiers (emails, phones, LinkedIn) keep their hand-set weights: they are
compared only when shared, so random pairs say nothing about them.
"""

from __future__ import annotations

import itertools
import math
import random
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, replace

from kith.core.matching.compare import SharedCount, compare
from kith.core.matching.decide import MatchIndex
from kith.core.matching.profile import Prepared
from kith.core.matching.settings import MatchSettings

LEARNED_PARTS = ("given_name", "family_name", "birthday", "postcode", "street", "city", "region", "country", "company")
_AGREEING = frozenset({"EXACT", "NICKNAME", "NEAR", "PARTIAL", "ALIKE", "INITIAL"})
_CAP = 16.0  # bits: no single part may decide alone
Feature = tuple[str, str]  # (part, level)


@dataclass(frozen=True, slots=True)
class Estimate:
    """What expectation maximisation found, for ``docs/matching.md`` and ``kith dupes --json``."""

    settings: MatchSettings
    share_of_matches: float  # among the candidate pairs
    pairs: int  # candidate pairs trained on
    iterations: int
    weights: dict[Feature, float]


# Each session of expectation maximisation learns from the pairs one kind of blocking key
# puts forward, and leaves out the parts that key is made of (they agree by construction,
# so they say nothing there): names are learned from pairs that share a birthday, the
# birthday and the address from pairs that share a name's sound.
_SESSIONS = (("b:", frozenset({"birthday"})), ("n:", frozenset({"given_name", "family_name"})))
_START = {"EXACT": 0.7, "NICKNAME": 0.03, "NEAR": 0.1, "PARTIAL": 0.03, "ALIKE": 0.03, "INITIAL": 0.02,
          "UNSURE": 0.04, "MISSING": 0.001, "DIFFERENT": 0.05}  # fmt: skip
Vectors = Counter[tuple[Feature, ...]]


def _vectors(
    pairs: Iterable[tuple[Prepared, Prepared]], settings: MatchSettings, shared: SharedCount, left_out: frozenset[str]
) -> Vectors:
    vectors: Vectors = Counter()
    for a, b in pairs:
        parts = compare(a, b, settings, shared)
        vectors[
            tuple(sorted((p.name, p.level.name) for p in parts if p.name in LEARNED_PARTS and p.name not in left_out))
        ] += 1
    return vectors


def _u_probabilities(index: MatchIndex, settings: MatchSettings, samples: int, seed: int) -> dict[Feature, float]:
    profiles = index.prepared()
    n = len(profiles)
    rng = random.Random(seed)
    seen: Counter[Feature] = Counter()
    present: Counter[str] = Counter()
    for _ in range(samples if n > 1 else 0):
        i, j = rng.randrange(n), rng.randrange(n)
        if i == j:
            continue
        for part in compare(profiles[i], profiles[j], settings):
            if part.name in LEARNED_PARTS:
                seen[(part.name, part.level.name)] += 1
                present[part.name] += 1
    # Smoothed over the levels a part can take: a level never drawn is rare, not impossible.
    return {
        (part, level): (seen[(part, level)] + 0.5) / (present[part] + 0.5 * len(_START))
        for part in LEARNED_PARTS
        for level in _START
    }


def _expect(
    vectors: Vectors, weight: dict[Feature, float], share: float
) -> tuple[float, dict[Feature, float], dict[str, float]]:
    """The expected matches: in all, per part and level, per part."""
    prior = math.log2(share / (1 - share))
    matched = 0.0
    by_feature: defaultdict[Feature, float] = defaultdict(float)
    by_part: defaultdict[str, float] = defaultdict(float)
    for vector, count in vectors.items():
        bits = prior + sum(weight[f] for f in vector)
        mass = count / (1.0 + 2.0 ** (-bits)) if bits > -60 else 0.0
        matched += mass
        for feature in vector:
            by_feature[feature] += mass
            by_part[feature[0]] += mass
    return matched, by_feature, by_part


def _session(
    vectors: Vectors, u: dict[Feature, float], m: dict[Feature, float], iterations: int
) -> tuple[dict[Feature, float], float, int]:
    """Expectation maximisation of ``m`` and the share of matches, ``u`` fixed."""
    total = sum(vectors.values())
    share = 0.05
    learned = {feature[0] for vector in vectors for feature in vector}
    rounds = 0
    for rounds in range(1, iterations + 1):  # noqa: B007 (the count is reported)
        weight = {k: math.log2(m[k] / u[k]) for k in m}
        matched, by_feature, by_part = _expect(vectors, weight, share)
        change = 0.0
        for key in m:
            if key[0] in learned and by_part[key[0]] > 0:
                value = max((by_feature[key] + 0.01) / (by_part[key[0]] + 0.01 * len(_START)), 1e-9)
                change = max(change, abs(value - m[key]))
                m[key] = value
        new_share = min(max(matched / total, 1e-6), 0.5)
        change = max(change, abs(new_share - share))
        share = new_share
        if change < 1e-5:
            break
    return m, share, rounds


def estimate_settings(
    index: MatchIndex,
    settings: MatchSettings,
    *,
    samples: int = 30_000,
    seed: int = 1,
    iterations: int = 40,
    strong_probability: float = 0.999,
    max_pairs: int = 50_000,
) -> Estimate:
    """Weights and thresholds estimated from ``index``'s own profiles (see the module docstring).

    Deterministic for a given ``seed``. At most ``max_pairs`` candidate pairs of each kind
    are learned from (a large network has millions, and a few hundred thousand say as
    much). Returns ``settings`` unchanged (with an empty estimate) when there are too few
    candidate pairs to learn from.
    """
    shared = index.shared_count()
    all_vectors = _vectors(itertools.islice(index.pairs(), max_pairs), settings, shared, frozenset())
    pairs = sum(all_vectors.values())
    if pairs < 200:
        return Estimate(settings, 0.0, pairs, 0, {})
    u = _u_probabilities(index, settings, samples, seed)
    m = {(part, level): _START[level] for part in LEARNED_PARTS for level in _START}
    rounds = 0
    for prefix, left_out in _SESSIONS:
        vectors = _vectors(itertools.islice(index.pairs_by(prefix), max_pairs), settings, shared, left_out)
        if sum(vectors.values()) < 100:
            continue
        found, _, used = _session(vectors, u, dict(m), iterations)
        m.update({key: value for key, value in found.items() if key[0] not in left_out})
        rounds += used
    # The share of true pairs among all candidate pairs, the weights fixed.
    weight = {k: math.log2(m[k] / u[k]) for k in m}
    share = 0.05
    for _ in range(iterations):
        matched, _, _ = _expect(all_vectors, weight, share)
        new_share = min(max(matched / pairs, 1e-6), 0.5)
        if abs(new_share - share) < 1e-7:
            break
        share = new_share
    weights: dict[Feature, float] = {}
    for (part, level), probability in m.items():
        bits = math.log2(probability / u[(part, level)])
        if level in _AGREEING:
            bits = max(bits, 0.0)
        elif level == "DIFFERENT":
            bits = min(bits, 0.0)
        weights[(part, level)] = round(max(-_CAP, min(_CAP, bits)), 3)
    prior_bits = math.log2(share / (1 - share))

    def threshold(probability: float) -> float:
        return round(math.log2(probability / (1 - probability)) - prior_bits, 3)

    learned = replace(
        settings,
        learned=tuple(sorted((p, level, w) for (p, level), w in weights.items())),
        strong_score=threshold(strong_probability),
        medium_score=min(threshold(0.9), threshold(strong_probability)),
        low_score=min(threshold(0.5), threshold(0.9)),
    )
    return Estimate(learned, share, pairs, rounds, weights)
