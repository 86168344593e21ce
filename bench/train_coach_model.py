"""Train the coach's second opinion (``kith.core.words.coach_model``) and measure it honestly.

    .venv/bin/python bench/train_coach_model.py            # the leave-one-author-out table
    .venv/bin/python bench/train_coach_model.py --write    # also retrain on everything, write the weights

Leave-one-author-out: rounds 11-22 were each written by a different outside author. For each
such round R the model is trained on every other labelled set (the first corpus, rounds 6-22 but
R; a round not yet measured never) and measured on R alone: the model by itself, the rules by
themselves, and the rules OR the model, which is what the coach does. The rules were tuned on
those rounds, so "rules" is optimistic; what the model *adds* (drafts it flags that the rules did
not) is fair on every round, so it is counted apart: true and false positives. The composer's own drafts over the demo network are scored too: none may be flagged.

Training is a logistic regression (L2, AdaGrad, a fixed number of passes in a fixed order), pure
Python, so the same data gives the same weights on any machine.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import math
import random
import sys
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import asdict, dataclass, field, replace
from datetime import date, timedelta
from pathlib import Path

try:  # run as a script from bench/, or imported by the tests as bench.train_coach_model
    from coach_quality import CORPUS, HELD_OUT_ROUNDS, LANGUAGES, Draft, held_out, load
except ImportError:
    from bench.coach_quality import CORPUS, HELD_OUT_ROUNDS, LANGUAGES, Draft, held_out, load

from kith.core.model import Channel, Favor, FavorKind, OutreachKind
from kith.core.ties import classify, features_of
from kith.core.words.coach import FindingKind, coach, fold
from kith.core.words.coach_model import Options, draft_features, language_feature, mask
from kith.core.words.compose import DRAFT_CHANNELS, compose
from kith.core.words.context import draft_context
from kith.core.words.language import LANGUAGES as DRAFT_LANGUAGES
from kith.core.words.recipient import Change, choose_language
from kith.demo.network import generate_network

WEIGHTS = Path(__file__).resolve().parent.parent / "src" / "kith" / "core" / "words" / "coach_model.json"
# Each outside author's round, once measured and folded in; a round not yet measured stays out.
AUTHOR_ROUNDS = tuple(f"holdout-{n}" for n in range(11, 25))
ALL_SETS = ("corpus", *HELD_OUT_ROUNDS, *(r for r in AUTHOR_ROUNDS if r not in HELD_OUT_ROUNDS))
FLAGS = (FindingKind.ACCUSATORY, FindingKind.EARLY_ASK)
# The coach holds asks back only before the relationship is warm again (coach._BEFORE_WARM).
ASK_STEPS = frozenset({"first", "followup", "last"})
THRESHOLDS = (0.8, 0.9, 0.95, 0.99)
# What --write ships. Once the rules have been tuned on every author round, leaving one out
# leaves the model little to add and the choice rests on a handful of drafts (session 5 picked
# 0.99 for both flags from 2 and 6 added flags). The shipped threshold comes instead from the
# rounds measured with the rules frozen (18-20 against the rules of 8b09088, the model trained
# on rounds up to 17): at 0.95 the model lifted reproach recall from 0.52 to 0.61 at unchanged
# precision (docs/coach.md). The ask model stays out: leaving rounds 11-17 out with the rules of
# that time (less tuned, so a fairer test), what it added never reached 0.9 precision.
SHIPPED: dict[FindingKind, float | None] = {FindingKind.ACCUSATORY: 0.95, FindingKind.EARLY_ASK: None}
# The composer's drafts to the first people of the demo network are taught as polite (they must
# never be flagged); its drafts to everyone else measure whether that holds on the rest.
COMPOSER_TRAINING = 200
# A flag's threshold is the lowest of THRESHOLDS where what the model adds to the rules, pooled
# over the left-out rounds, is at least this precise and neither a composer draft nor one of the
# polite drafts written for tests/core/words/test_coach_structure.py (never trained on) is
# flagged; a flag with no such threshold is left to the rules (a blocking flag on a polite draft
# is worse than a miss).
ADDED_PRECISION = 0.9


@dataclass(frozen=True)
class Settings:
    options: Options = field(default_factory=Options)
    l2: float = 1e-4
    epochs: int = 12
    rate: float = 0.5
    min_drafts: int = 2  # a feature must occur in this many training drafts
    seed: int = 17


@dataclass
class Example:
    """A labelled draft as the model and the rules see it."""

    set_name: str
    draft: Draft
    features: frozenset[str]
    rules: frozenset[FindingKind]

    def labelled(self, kind: FindingKind) -> bool:
        return kind in self.draft.expected

    def applies(self, kind: FindingKind) -> bool:
        return kind is not FindingKind.EARLY_ASK or self.draft.step in ASK_STEPS


def features_of_text(text: str, language: str, recipient: str | None, options: Options) -> frozenset[str]:
    _, per_sentence = draft_features(mask(text, fold(text), recipient), language, options)
    return frozenset(set().union(*per_sentence) | {language_feature(language)})


def rule_kinds(draft: Draft) -> frozenset[FindingKind]:
    report = coach(
        draft.text,
        language=draft.language,
        step=draft.step,
        channel=Channel(draft.channel),
        recipient_name=draft.recipient,
        second_opinion=False,
    )
    return report.kinds()


def labelled_sets() -> dict[str, list[Draft]]:
    sets = {"corpus": [d for language in LANGUAGES for d in load(CORPUS / f"{language}.jsonl")]}
    for name in ALL_SETS[1:]:
        sets[name] = held_out(name)
    return sets


def examples(options: Options) -> list[Example]:
    """Every labelled draft, and the composer's drafts to the first people of the demo network as
    drafts with nothing to flag (they are never left out, and never measured as a round)."""
    labelled = [
        Example(name, d, features_of_text(d.text, d.language, d.recipient, options), rule_kinds(d))
        for name, drafts in labelled_sets().items()
        for d in drafts
    ]
    composer = [
        Example("composer", d, features_of_text(d.text, d.language, d.recipient, options), frozenset())
        for index, d in composer_drafts()
        if index < COMPOSER_TRAINING
    ]
    return labelled + composer


# --- training ----------------------------------------------------------------------------------


def train(rows: Sequence[tuple[frozenset[str], bool]], settings: Settings) -> tuple[float, dict[str, float]]:
    """Logistic regression by AdaGrad: the bias and the weight of every feature kept."""
    seen: dict[str, int] = {}
    for features, _ in rows:
        for f in features:
            seen[f] = seen.get(f, 0) + 1
    kept = {f for f, n in seen.items() if n >= settings.min_drafts or f.startswith("lang:")}
    data = [(sorted(f for f in features if f in kept), 1.0 if label else 0.0) for features, label in rows]
    weights = dict.fromkeys(sorted(kept), 0.0)
    squares = dict.fromkeys(weights, 1e-8)
    bias, bias_square = 0.0, 1e-8
    order = list(range(len(data)))
    rng = random.Random(settings.seed)
    for _ in range(settings.epochs):
        rng.shuffle(order)
        for i in order:
            features, label = data[i]
            z = bias + sum(weights[f] for f in features)
            error = _sigmoid(z) - label
            bias_square += error * error
            bias -= settings.rate * error / math.sqrt(bias_square)
            for f in features:
                g = error + settings.l2 * len(data) * weights[f] / max(seen[f], 1)
                squares[f] += g * g
                weights[f] -= settings.rate * g / math.sqrt(squares[f])
    return bias, {f: w for f, w in weights.items() if abs(w) >= 1e-4}


def _sigmoid(z: float) -> float:
    if z < -40:
        return 0.0
    return 1.0 / (1.0 + math.exp(-z))


def probability(bias: float, weights: dict[str, float], features: Iterable[str]) -> float:
    return _sigmoid(bias + sum(weights.get(f, 0.0) for f in features))


def training_rows(rows: Iterable[Example], kind: FindingKind) -> list[tuple[frozenset[str], bool]]:
    return [(e.features, e.labelled(kind)) for e in rows if e.applies(kind)]


# --- measuring ---------------------------------------------------------------------------------


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, found: bool, expected: bool) -> None:
        if found and expected:
            self.tp += 1
        elif found:
            self.fp += 1
        elif expected:
            self.fn += 1

    def __iadd__(self, other: Counts) -> Counts:
        self.tp, self.fp, self.fn = self.tp + other.tp, self.fp + other.fp, self.fn + other.fn
        return self

    def cell(self) -> str:
        p = f"{self.tp / (self.tp + self.fp):.2f}" if self.tp + self.fp else "-"
        r = f"{self.tp / (self.tp + self.fn):.2f}" if self.tp + self.fn else "-"
        return f"{p} / {r}"


@dataclass
class RoundResult:
    rules: Counts
    model: Counts
    either: Counts
    added_tp: int = 0
    added_fp: int = 0
    fp_empty: int = 0  # model false positives on drafts labelled []
    fp_other: int = 0  # on drafts with other flags but not this one


def leave_one_author_out(
    rows: Sequence[Example], settings: Settings, rounds: Sequence[str] = AUTHOR_ROUNDS
) -> dict[tuple[str, FindingKind], list[tuple[Example, float]]]:
    """For each left-out round and flag: its drafts (where the flag applies) and the model's probability."""
    scored: dict[tuple[str, FindingKind], list[tuple[Example, float]]] = {}
    for left_out in rounds:
        training = [e for e in rows if e.set_name != left_out]
        testing = [e for e in rows if e.set_name == left_out]
        for kind in FLAGS:
            bias, weights = train(training_rows(training, kind), settings)
            scored[(left_out, kind)] = [(e, probability(bias, weights, e.features)) for e in testing if e.applies(kind)]
    return scored


def measure(scored: Sequence[tuple[Example, float]], kind: FindingKind, threshold: float) -> RoundResult:
    result = RoundResult(Counts(), Counts(), Counts())
    for e, p in scored:
        expected, by_rules, by_model = e.labelled(kind), kind in e.rules, p >= threshold
        result.rules.add(by_rules, expected)
        result.model.add(by_model, expected)
        result.either.add(by_rules or by_model, expected)
        if by_model and not by_rules:
            if expected:
                result.added_tp += 1
            else:
                result.added_fp += 1
        if by_model and not expected:
            if e.draft.expected:
                result.fp_other += 1
            else:
                result.fp_empty += 1
    return result


def report(
    scored: dict[tuple[str, FindingKind], list[tuple[Example, float]]],
    thresholds: Sequence[dict[FindingKind, float]],
    composer: dict[FindingKind, list[float]] | None,
    rounds: Sequence[str] = AUTHOR_ROUNDS,
) -> str:
    out = []
    for by_kind in thresholds:
        named = ", ".join(f"{kind.value} {by_kind[kind]:.2f}" for kind in FLAGS)
        out.append(f"\n### Thresholds {named} (P / R; added = flagged by the model and not the rules)\n")
        out.append(
            "| round | accusatory: rules | model | rules or model | added TP / FP "
            "| early_ask: rules | model | rules or model | added TP / FP |"
        )
        out.append("| --- " * 9 + "|")
        pooled = {kind: RoundResult(Counts(), Counts(), Counts()) for kind in FLAGS}
        for left_out in rounds:
            cells = []
            for kind in FLAGS:
                r = measure(scored[(left_out, kind)], kind, by_kind[kind])
                cells += [r.rules.cell(), r.model.cell(), r.either.cell(), f"{r.added_tp} / {r.added_fp}"]
                _pool(pooled[kind], r)
            out.append(f"| {left_out.removeprefix('holdout-')} | " + " | ".join(cells) + " |")
        cells = []
        for kind in FLAGS:
            r = pooled[kind]
            cells += [r.rules.cell(), r.model.cell(), r.either.cell(), f"{r.added_tp} / {r.added_fp}"]
        out.append("| pooled | " + " | ".join(cells) + " |")
        lines = []
        for kind in FLAGS:
            r = pooled[kind]
            added = r.added_tp + r.added_fp
            precision = f"{r.added_tp / added:.2f}" if added else "-"
            composer_fp = (
                ""
                if composer is None
                else f"; composer and polite test drafts flagged {sum(p >= by_kind[kind] for p in composer[kind])} of {len(composer[kind])}"
            )
            lines.append(
                f"- {kind.value}: added precision {precision} ({r.added_tp} / {added}); model false positives on "
                f"drafts labelled [] {r.fp_empty}, on drafts with other flags {r.fp_other}{composer_fp}"
            )
        out.append("\n" + "\n".join(lines))
    return "\n".join(out)


def choose(
    scored: dict[tuple[str, FindingKind], list[tuple[Example, float]]],
    composer: dict[FindingKind, list[float]] | None,
) -> dict[FindingKind, float | None]:
    """Each flag's threshold (see ADDED_PRECISION), or None when no threshold is good enough."""
    chosen: dict[FindingKind, float | None] = {}
    for kind in FLAGS:
        chosen[kind] = None
        for threshold in THRESHOLDS:
            total = RoundResult(Counts(), Counts(), Counts())
            for left_out in AUTHOR_ROUNDS:
                _pool(total, measure(scored[(left_out, kind)], kind, threshold))
            added = total.added_tp + total.added_fp
            quiet = composer is None or not any(p >= threshold for p in composer[kind])
            if added and total.added_tp / added >= ADDED_PRECISION and quiet:
                chosen[kind] = threshold
                break
    return chosen


def _pool(total: RoundResult, r: RoundResult) -> None:
    total.rules += r.rules
    total.model += r.model
    total.either += r.either
    total.added_tp += r.added_tp
    total.added_fp += r.added_fp
    total.fp_empty += r.fp_empty
    total.fp_other += r.fp_other


# --- the composer's drafts ---------------------------------------------------------------------

TODAY = date(2026, 11, 25)
SEQUENCES = {OutreachKind.FOLLOWUP: (1, 2, 3), OutreachKind.LAST: (4,)}


def composer_drafts() -> Iterator[tuple[int, Draft]]:
    """(person's position, draft) for each person of the demo network and each step, the
    channel and language rotating as in tests/core/words/test_demo_drafts.py, then every channel
    and language for the last 30 people."""
    steps = tuple(OutreachKind)
    for index, demo in enumerate(generate_network(1000, 15, 7, TODAY)):
        person_id = demo.position + 1
        person = replace(demo.person, id=person_id)
        history = tuple(replace(i, person_id=person_id) for i in demo.interactions)
        favours = tuple(replace(f, person_id=person_id) for f in demo.favours)
        tie = classify(features_of(history), TODAY)
        own = choose_language(languages=person.languages, messages=[i.summary for i in history], country=person.country)
        grid = [
            (k, step, DRAFT_CHANNELS[(index + k) % len(DRAFT_CHANNELS)], DRAFT_LANGUAGES[(index // 5 + k) % 4])
            for k, step in enumerate(steps)
        ]
        if index >= 970:
            grid += [
                (0, s, c, lang) for s in steps for c in DRAFT_CHANNELS for lang in (*DRAFT_LANGUAGES, own.language)
            ]
        for _, step, channel, language in grid:
            sequences = SEQUENCES.get(step, (0,))
            sequence = sequences[index % len(sequences)]
            step_favours, changes = favours, ()
            if step is OutreachKind.CONGRATULATIONS:
                field, new = ("title", person.title) if person.title else ("city", person.city)
                changes = (Change(field, "before", new, TODAY),)
            if step is OutreachKind.THANKS:
                step_favours = (
                    *favours,
                    Favor(person_id, FavorKind.THEY_DID, "reviewed my CV", occurred_on=TODAY - timedelta(days=3)),
                )
            context = draft_context(
                person,
                today=TODAY,
                tie=tie,
                history=history,
                favours=step_favours,
                changes=changes,
                user_name="Ana Reyes",
                step=step,
                sequence=sequence,
                channel=channel,
                language=language,
            )
            draft = compose(context)
            yield (
                index,
                Draft(
                    f"composer-{index}-{step.value}-{channel.value}-{language}",
                    draft.language,
                    draft.step.value,
                    draft.channel.value,
                    person.display_name,
                    draft.body,
                    frozenset(),
                ),
            )


def polite_scores(rows: Sequence[Example], settings: Settings) -> dict[FindingKind, list[float]]:
    """The polite drafts of tests/core/words/test_coach_structure.py, scored by a model trained on
    every labelled draft (they talk about replies and asks innocently, and must pass)."""
    path = Path(__file__).resolve().parent.parent / "tests" / "core" / "words" / "test_coach_structure.py"
    spec = importlib.util.spec_from_file_location("coach_structure_fixtures", path)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    models = {kind: train(training_rows(rows, kind), settings) for kind in FLAGS}
    scores: dict[FindingKind, list[float]] = {kind: [] for kind in FLAGS}
    for language, step, text in module.POLITE:
        features = features_of_text(text, language, "Ana", settings.options)
        for kind in FLAGS:
            if kind is not FindingKind.EARLY_ASK or step in ASK_STEPS:
                scores[kind].append(probability(*models[kind], features))
    return scores


def composer_scores(
    rows: Sequence[Example], settings: Settings
) -> tuple[dict[FindingKind, list[float]], dict[FindingKind, list[tuple[float, str]]]]:
    """The composer's drafts to people it was not trained on, scored by a model trained on every
    labelled draft and the composer's drafts to the first COMPOSER_TRAINING people."""
    models = {kind: train(training_rows(rows, kind), settings) for kind in FLAGS}
    scores: dict[FindingKind, list[float]] = {kind: [] for kind in FLAGS}
    worst: dict[FindingKind, list[tuple[float, str]]] = {kind: [] for kind in FLAGS}
    for index, d in composer_drafts():
        if index < COMPOSER_TRAINING:
            continue
        features = features_of_text(d.text, d.language, d.recipient, settings.options)
        for kind in FLAGS:
            if kind is FindingKind.EARLY_ASK and d.step not in ASK_STEPS:
                continue
            p = probability(*models[kind], features)
            scores[kind].append(p)
            worst[kind].append((p, d.text))
    for kind in FLAGS:
        worst[kind] = sorted(worst[kind], reverse=True)[:5]
    return scores, worst


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--write", action="store_true", help="train on every labelled draft and write the weights")
    parser.add_argument("--no-composer", action="store_true", help="skip scoring the composer's drafts")
    parser.add_argument("--errors", action="store_true", help="list the model's added false positives")
    args = parser.parse_args(argv)
    settings = Settings()
    rows = examples(settings.options)
    print(f"{len(rows)} labelled drafts; settings {asdict(settings)}")
    scored = leave_one_author_out(rows, settings)
    composer = None
    if not args.no_composer:
        composer, worst = composer_scores(rows, settings)
        for kind, scores in polite_scores(rows, settings).items():
            composer[kind] = [*composer[kind], *scores]  # guarded alike (see ADDED_PRECISION)
            print(
                f"Polite test drafts over each threshold ({kind.value}): "
                + ", ".join(f"{t}: {sum(p >= t for p in scores)} of {len(scores)}" for t in THRESHOLDS)
            )
        for kind in FLAGS:
            print(f"\nComposer drafts most like {kind.value}:")
            for p, body in worst[kind][:3]:
                print(f"  {p:.3f} {body[:160]!r}")
    print(report(scored, [dict.fromkeys(FLAGS, t) for t in THRESHOLDS], composer))
    chosen = choose(scored, composer)
    print(
        "\n## Chosen by leaving one author out (advisory): "
        + ", ".join(f"{k.value} {'not shipped' if t is None else t}" for k, t in chosen.items())
    )
    shown = {k: 1.01 if t is None else t for k, t in chosen.items()}
    print(report(scored, [shown], composer))
    if args.errors:
        for (left_out, kind), items in scored.items():
            for e, p in items:
                if p >= shown[kind] and not e.labelled(kind) and kind not in e.rules:
                    print(f"  {left_out} {kind.value} {p:.2f} {e.draft.id}: {e.draft.text[:200]!r}")
    if args.write:
        print(
            "\n## Shipped: " + ", ".join(f"{k.value} {'not shipped' if t is None else t}" for k, t in SHIPPED.items())
        )
        write(rows, settings, SHIPPED)
    return 0


def write(rows: Sequence[Example], settings: Settings, chosen: dict[FindingKind, float | None]) -> None:
    flags = {}
    for kind in FLAGS:
        threshold = chosen[kind]
        if threshold is None:
            continue
        bias, weights = train(training_rows(rows, kind), settings)
        flags[kind.value] = {
            "bias": round(bias, 4),
            "threshold": threshold,
            "steps": sorted(ASK_STEPS) if kind is FindingKind.EARLY_ASK else None,
            "weights": {f: round(w, 4) for f, w in sorted(weights.items()) if round(w, 4) != 0},
        }
    options = settings.options
    data = {
        "trained_by": "bench/train_coach_model.py",
        "drafts": len(rows),
        "options": {
            "bigrams": options.bigrams,
            "char_ngrams": list(options.char_ngrams),
            "min_word_for_chars": options.min_word_for_chars,
        },
        "flags": flags,
    }
    WEIGHTS.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":"), sort_keys=True) + "\n", "utf-8")
    print(f"\nWrote {WEIGHTS} ({WEIGHTS.stat().st_size // 1024} KiB)")


if __name__ == "__main__":
    sys.exit(main())
