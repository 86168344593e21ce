"""The shape of one language's coaching patterns, and how they are compiled.

Each language module (``coach_en``, ``coach_it``, ``coach_es``, ``coach_tl``) fills one
``CoachPatterns`` with readable regular expressions. They are written against *folded* text:
lower case, accents removed, curly quotes made straight (``todavia``, not ``todavía``), so
that a draft typed without accents, or with a phone's curly apostrophes, matches the same way.
A space in a pattern means "one or more spaces or line breaks" (" ?" an optional one); every pattern is anchored on
word boundaries. Hand-written because no library knows what a guilt-tripping follow-up or a
job ask in a first message looks like in four languages; the grammar (conjugations, clitics,
Tagalog particles) is spelled out with alternations so each pattern covers a family of forms.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class CoachPatterns:
    """One language's patterns. Flags are what must not be there; parts are what should."""

    language: str
    # Things to flag.
    accusatory: tuple[str, ...]
    familiarity: tuple[str, ...]
    blast: tuple[str, ...]
    ask: tuple[str, ...]
    # An ask is also a sentence that requests (``request``, or ends with "?") something for the
    # writer (``favour``), unless it offers: "Any advice or referrals would be appreciated".
    request: tuple[str, ...]
    favour: tuple[str, ...]
    # Frames that, shortly before a flagged phrase in the same sentence, take it back:
    # "I don't want to sound like I'm bumping", "no pretendo pedirte trabajo".
    negation: tuple[str, ...]
    # The four parts of a reconnection message.
    gap: tuple[str, ...]
    reason: tuple[str, ...]
    offer: tuple[str, ...]
    # A question is about them unless it is small talk (``small_talk``, removed before
    # judging what is left), about logistics (``logistics``) or an ask.
    small_talk: tuple[str, ...]
    logistics: tuple[str, ...]
    # Requests about their journey that are not phrased as questions ("tell me about...").
    curiosity: tuple[str, ...]
    # Greeting words, to find the name that should follow one.
    greetings: tuple[str, ...]
    # Words after a greeting that are not a name ("Hi there", "Ciao a tutti").
    not_names: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class CompiledPatterns:
    language: str
    accusatory: re.Pattern[str] | None
    familiarity: re.Pattern[str] | None
    blast: re.Pattern[str] | None
    ask: re.Pattern[str] | None
    request: re.Pattern[str] | None
    favour: re.Pattern[str] | None
    negation: re.Pattern[str] | None
    gap: re.Pattern[str] | None
    reason: re.Pattern[str] | None
    offer: re.Pattern[str] | None
    small_talk: re.Pattern[str] | None
    logistics: re.Pattern[str] | None
    curiosity: re.Pattern[str] | None
    greetings: tuple[str, ...]
    not_names: frozenset[str]


def compile_alternatives(patterns: tuple[str, ...]) -> re.Pattern[str] | None:
    """One regular expression matching any of ``patterns`` as whole words."""
    if not patterns:
        return None
    # " ?" is an optional space; any other space is one or more spaces or line breaks.
    spaced = [p.replace(" ?", r"\s*").replace(" ", r"\s+") for p in patterns]
    # A hyphen before counts as a boundary too: Taglish "nag-reply" is "nag" + "reply".
    return re.compile(r"(?<![\w'-])(?:" + "|".join(f"(?:{p})" for p in spaced) + r")(?![\w])")


def compile_patterns(p: CoachPatterns) -> CompiledPatterns:
    return CompiledPatterns(
        language=p.language,
        accusatory=compile_alternatives(p.accusatory),
        familiarity=compile_alternatives(p.familiarity),
        blast=compile_alternatives(p.blast),
        ask=compile_alternatives(p.ask),
        request=compile_alternatives(p.request),
        favour=compile_alternatives(p.favour),
        negation=compile_alternatives(p.negation),
        gap=compile_alternatives(p.gap),
        reason=compile_alternatives(p.reason),
        offer=compile_alternatives(p.offer),
        small_talk=compile_alternatives(p.small_talk),
        logistics=compile_alternatives(p.logistics),
        curiosity=compile_alternatives(p.curiosity),
        greetings=p.greetings,
        not_names=frozenset(p.not_names),
    )
