"""Benchmark: de-duplicating 100,000 people (issue 4: under 60 seconds).

    .venv/bin/python bench/bench_dedupe.py                 # 100,000 people from the demo generator
    .venv/bin/python bench/bench_dedupe.py --people 20000  # a smaller network

The people come from ``kith.demo`` (the same realistic network as ``kith demo``); a share of
them (``--duplicates``, 5% by default) get a second record the way another address book
would hold them: a typo or a short form in the given name, a missing email, the company
written differently, sometimes only a phone. Prints the seconds for indexing and blocking,
for comparing, how many pairs were compared, and how many strong, medium and low matches
came out, with the precision and recall of the strong ones against the planted duplicates.
"""

from __future__ import annotations

import argparse
import random
import resource
import time
from collections import Counter
from dataclasses import replace
from datetime import date

from kith.core.matching import MATCH_DEFAULTS, MatchIndex, MatchProfile, Recommendation, profile_from_person
from kith.demo.network import generate_network

TODAY = date(2026, 11, 25)
_NICKNAMES = {"robert": "Bob", "william": "Bill", "james": "Jim", "michael": "Mike", "giuseppe": "Beppe"}


def twin_of(profile: MatchProfile, rng: random.Random, new_id: str) -> MatchProfile:
    """The same human as another address book holds them."""
    given = profile.given_name
    roll = rng.random()
    if given.casefold() in _NICKNAMES and roll < 0.5:
        given = _NICKNAMES[given.casefold()]
    elif len(given) > 3 and roll < 0.4:
        at = rng.randrange(1, len(given) - 1)
        given = given[:at] + given[at + 1] + given[at] + given[at + 2 :]  # two letters swapped
    elif roll < 0.55:
        given = given[:1] + "."
    emails = profile.emails if rng.random() < 0.6 else ()
    phones = profile.phones if rng.random() < 0.5 else ()
    return replace(
        profile,
        id=new_id,
        given_name=given,
        display_name="",
        emails=emails,
        phones=phones,
        linkedin=profile.linkedin if rng.random() < 0.3 else (),
        company=profile.company.upper() if rng.random() < 0.5 else profile.company,
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--people", type=int, default=100_000)
    parser.add_argument("--duplicates", type=float, default=0.05)
    args = parser.parse_args()
    rng = random.Random(7)
    started = time.perf_counter()
    profiles = [
        profile_from_person(replace(d.person, id=d.position)) for d in generate_network(args.people, 10, 7, TODAY)
    ]
    planted: set[frozenset[str]] = set()
    for profile in rng.sample(profiles, int(len(profiles) * args.duplicates)):
        twin = twin_of(profile, rng, f"twin-{profile.id}")
        profiles.append(twin)
        planted.add(frozenset((str(profile.id), twin.id)))
    print(
        f"generated {len(profiles):,} profiles ({len(planted):,} planted duplicates) in {time.perf_counter() - started:.1f} s"
    )

    start, cpu = time.perf_counter(), time.process_time()
    index = MatchIndex(profiles, MATCH_DEFAULTS)
    results = index.duplicates()
    total, total_cpu = time.perf_counter() - start, time.process_time() - cpu
    start = time.perf_counter()
    pairs = sum(1 for _ in index.pairs())  # blocking again, alone, to count and time it
    blocking = time.perf_counter() - start
    counts = Counter(r.recommendation for r in results)
    strong = {frozenset((str(r.a), str(r.b))) for r in results if r.recommendation is Recommendation.STRONG}
    hits = len(strong & planted)
    print(f"de-duplication in all (index, block, compare, explain): {total:.1f} s ({total_cpu:.1f} s of CPU)")
    print(f"blocking alone: {blocking:.1f} s, {pairs:,} candidate pairs")
    print(
        f"strong {counts[Recommendation.STRONG]:,}, medium {counts[Recommendation.MEDIUM]:,}, "
        f"low {counts[Recommendation.LOW]:,}"
    )
    print(
        f"strong vs planted: precision {hits / max(1, len(strong)):.4f}, recall {hits / max(1, len(planted)):.4f} "
        "(a strong pair that was not planted may be two generated people sharing a name and more)"
    )
    print(f"peak memory {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MiB")


if __name__ == "__main__":
    main()
