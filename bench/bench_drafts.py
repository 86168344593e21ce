"""How fast the composer writes drafts for a whole campaign, against the coach reading them back.

Draws the demo network in memory (`kith.demo.network`, no database), builds each person's
draft context the way `kith draft` does, and times, for the first message on every channel in
each of the four languages: composing alone, and the coach reading the same drafts (the
baseline: every draft `kith draft` shows is coached, so the ratio says what composing adds).
Best of `--runs` runs.

    .venv/bin/python bench/bench_drafts.py                  # 1,000 people
    .venv/bin/python bench/bench_drafts.py --people 5000 --runs 3
"""

from __future__ import annotations

import argparse
import time
from dataclasses import replace
from datetime import date

from kith.core.model import OutreachKind
from kith.core.ties import classify, features_of
from kith.core.words.coach import coach
from kith.core.words.compose import DRAFT_CHANNELS, compose
from kith.core.words.context import DraftContext, draft_context
from kith.core.words.language import LANGUAGES
from kith.demo.network import generate_network

TODAY = date(2026, 11, 25)


def contexts(people: int) -> list[DraftContext]:
    found = []
    for demo in generate_network(people, 15, 7, TODAY):
        person = replace(demo.person, id=demo.position + 1)
        history = [replace(i, person_id=person.id) for i in demo.interactions]
        tie = classify(features_of(history), TODAY)
        for language in LANGUAGES:
            for channel in DRAFT_CHANNELS:
                found.append(
                    draft_context(
                        person,
                        today=TODAY,
                        tie=tie,
                        history=history,
                        favours=demo.favours,
                        step=OutreachKind.FIRST,
                        channel=channel,
                        language=language,
                        user_name="Ana Reyes",
                    )
                )
    return found


def best(runs: int, work: object) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        work()  # type: ignore[operator]
        times.append(time.perf_counter() - started)
    return min(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--people", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    started = time.perf_counter()
    found = contexts(args.people)
    print(f"{args.people:,} people, {len(found):,} draft contexts built in {time.perf_counter() - started:.1f} s")
    drafts = [compose(c) for c in found]  # warm-up: phrasebooks, CLDR data, the coach's patterns
    for d in drafts[:50]:
        coach(d.body, language=d.language, step=d.step, channel=d.channel)
    composing = best(args.runs, lambda: [compose(c) for c in found])
    coaching = best(
        args.runs, lambda: [coach(d.body, language=d.language, step=d.step, channel=d.channel) for d in drafts]
    )
    n = len(found)
    print(f"compose: {composing:.2f} s, {composing / n * 1e6:.0f} µs a draft ({n / composing:,.0f} drafts/s)")
    print(f"coach:   {coaching:.2f} s, {coaching / n * 1e6:.0f} µs a draft (the baseline)")
    print(f"composing costs {composing / coaching:.2f}× coaching the same drafts")


if __name__ == "__main__":
    main()
