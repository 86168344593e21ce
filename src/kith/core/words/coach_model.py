"""A small linear model that reads a draft for a reproach or an early ask the rules missed.

The coach's rules (``coach_grammar`` and the phrase patterns) are precise but each new author
brings constructions they never foresaw. This model is a second opinion, trained by
``bench/train_coach_model.py`` on the hand-labelled corpus: a logistic regression over the
words, word pairs and pieces of words of each sentence of the folded draft, with the greeting,
the sign-off, the recipient's name and anything in quotation marks left out. Its weights are
a table in ``coach_model.json`` next to this module; inference is a sum of weights, so it
needs nothing beyond the standard library and gives the same answer every time.

Written by hand because the model is a few thousand numbers: a machine-learning library would
be a heavy runtime dependency for a dot product.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources

_TOKEN = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)*")
_SENTENCE = re.compile(r"[^.!?\n]+[.!?]*")
# As in the coach: a passage in quotation marks is talked about, not said.
_QUOTED = re.compile(r"\"[^\"\n]{1,300}\"|(?<![\w'])'[^'\n]{1,300}'(?![\w])")

# Words that open a greeting ("Hi Dana,", "Ciao Marco!", "Kumusta ka, Ate Liza?"): the rest
# of the greeting, up to the first comma or sentence end, says nothing about the message.
GREETINGS = frozenset(
    [
        "hi",
        "hey",
        "hello",
        "hiya",
        "dear",
        "morning",
        "evening",
        "afternoon",
        "ciao",
        "caro",
        "cara",
        "carissimo",
        "carissima",
        "salve",
        "buongiorno",
        "buonasera",
        "gentile",
        "hola",
        "querido",
        "querida",
        "estimado",
        "estimada",
        "buenas",
        "buenos",
        "kumusta",
        "musta",
        "kamusta",
        "magandang",
        "mabuhay",
    ]
)
SIGN_OFF_WORDS = 4  # a last line this short is a sign-off or a name ("Take care,", "Marcus")


@dataclass(frozen=True, slots=True)
class Options:
    """How text becomes features; stored with the weights so training and reading agree."""

    bigrams: bool = True
    char_ngrams: tuple[int, ...] = ()  # pieces of words, e.g. (4,): tried, they overfit (docs/coach.md)
    min_word_for_chars: int = 5


def mask(text: str, folded: str, recipient_name: str | None) -> str:
    """``folded`` with the greeting, the sign-off, quoted passages and the recipient's name blanked.

    The result has the length of ``text``, so spans found in it index the draft.
    """
    chars = list(folded)

    def blank(start: int, end: int) -> None:
        for i in range(start, end):
            if chars[i] != "\n":
                chars[i] = " "

    for m in _QUOTED.finditer(folded):
        blank(*m.span())
    # The greeting: a first line that opens with a greeting word, up to its first comma or end.
    first = re.search(r"\S", folded)
    if first is not None:
        line_end = folded.find("\n", first.start())
        line_end = len(folded) if line_end < 0 else line_end
        words = _TOKEN.findall(folded, first.start(), line_end)
        if words and words[0] in GREETINGS:
            stop = re.compile(r"[,!?.:]").search(folded, first.start(), line_end)
            blank(first.start(), stop.end() if stop else line_end)
    # The sign-off: short last lines.
    lines = [m.span() for m in re.finditer(r"[^\n]+", folded)]
    for start, end in reversed(lines[1:]):
        if len(_TOKEN.findall(folded, start, end)) > SIGN_OFF_WORDS:
            break
        blank(start, end)
    if recipient_name:
        names = {w for w in _TOKEN.findall(recipient_name.lower()) if len(w) > 1}
        for m in _TOKEN.finditer(folded):
            if m.group() in names:
                blank(*m.span())
    return "".join(chars)


def sentences(masked: str) -> list[tuple[int, int]]:
    """The spans of the sentences (or lines) of the masked text that have a word in them, trimmed."""
    spans = []
    for m in _SENTENCE.finditer(masked):
        if _TOKEN.search(m.group()):
            start, end = m.span()
            spans.append(
                (start + len(m.group()) - len(m.group().lstrip()), end - len(m.group()) + len(m.group().rstrip()))
            )
    return spans


def sentence_features(sentence: str, options: Options) -> set[str]:
    """The features of one sentence of masked, folded text."""
    words = _TOKEN.findall(sentence)
    found = {f"w:{w}" for w in words}
    if options.bigrams:
        found.update(f"b:{a}_{b}" for a, b in zip(["^", *words], [*words, "$"], strict=True))
    if sentence.rstrip().endswith("?"):
        found.add("q:?")
    for n in options.char_ngrams:
        for w in words:
            if len(w) >= options.min_word_for_chars:
                padded = f"<{w}>"
                found.update(f"c:{padded[i : i + n]}" for i in range(len(padded) - n + 1))
    return found


def draft_features(masked: str, language: str, options: Options) -> tuple[list[tuple[int, int]], list[set[str]]]:
    """The sentences of a masked draft and the features of each (the language is a feature of all)."""
    spans = sentences(masked)
    per_sentence = [sentence_features(masked[s:e], options) for s, e in spans]
    return spans, per_sentence


def language_feature(language: str) -> str:
    return f"lang:{language}"


@dataclass(frozen=True, slots=True)
class Flag:
    """The model of one flag: a bias, a threshold on the probability, a weight per feature."""

    bias: float
    threshold: float
    weights: Mapping[str, float]
    steps: frozenset[str] | None  # the steps it applies to, None for every step

    def logit(self, features: Iterable[str]) -> float:
        return self.bias + sum(self.weights.get(f, 0.0) for f in features)

    def probability(self, features: Iterable[str]) -> float:
        return 1.0 / (1.0 + math.exp(-self.logit(features)))


@dataclass(frozen=True, slots=True)
class Model:
    options: Options
    flags: Mapping[str, Flag]

    def judge(self, kind: str, masked: str, language: str, step: str) -> tuple[float, tuple[int, int] | None]:
        """The probability that the draft has the flag ``kind``, and the sentence that weighs most."""
        flag = self.flags.get(kind)
        if flag is None or (flag.steps is not None and step not in flag.steps):
            return 0.0, None
        spans, per_sentence = draft_features(masked, language, self.options)
        if not spans:
            return 0.0, None
        features = set().union(*per_sentence) | {language_feature(language)}
        contributions = [sum(flag.weights.get(f, 0.0) for f in fs) for fs in per_sentence]
        best = max(range(len(spans)), key=lambda i: (contributions[i], -i))
        return flag.probability(features), spans[best]


def model_from_json(data: Mapping[str, object]) -> Model:
    """A model from the table ``bench/train_coach_model.py`` writes."""
    raw_options = data["options"]
    raw_flags = data["flags"]
    assert isinstance(raw_options, dict)
    assert isinstance(raw_flags, dict)
    options = Options(
        bigrams=bool(raw_options["bigrams"]),
        char_ngrams=tuple(int(n) for n in raw_options["char_ngrams"]),
        min_word_for_chars=int(raw_options["min_word_for_chars"]),
    )
    flags = {}
    for kind, raw in raw_flags.items():
        steps: Sequence[str] | None = raw.get("steps")
        flags[str(kind)] = Flag(
            bias=float(raw["bias"]),
            threshold=float(raw["threshold"]),
            weights={str(f): float(w) for f, w in raw["weights"].items()},
            steps=None if steps is None else frozenset(steps),
        )
    return Model(options, flags)


@cache
def shipped_model() -> Model:
    """The trained model shipped with kith, read once."""
    text = resources.files("kith.core.words").joinpath("coach_model.json").read_text(encoding="utf-8")
    return model_from_json(json.loads(text))
