"""What a phrasebook is given and what it must say: one language's sentences for every part of a draft.

The composer (``compose``) decides *what* a draft says from the person's history and the
user's goal, and hands each language's phrasebook (``phrases_en``, ``phrases_it``,
``phrases_es``, ``phrases_tl``) plain facts: how long it has been, how the two last talked,
their news, what the user offers. The phrasebook decides *how* it is said: grammar,
agreement, register, word order. Every method returns several phrasings (``Variants``); the
composer picks one per person with a stable hash, so two people of one campaign do not get
the same text, and the same person always gets the same one.

Phrasebooks are code, not templates: a sentence is an f-string over facts that are always
there, so no placeholder can go out unfilled, and grammar that depends on a value (Italian
"è passato un anno" / "sono passati tre anni", Tagalog "tatlong taon" / "apat na taon") is
written where it is needed. They never guess a gender: greetings and sentences are chosen
among the forms that do not need one ("Ciao", "Gentile", "Hola", never "Caro/Cara").
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import date
from typing import Protocol

from kith.core.model import Channel, OutreachKind
from kith.core.words.elapsed import Elapsed, month_and_year, weekday

Variants = tuple[str, ...]


class History(enum.StrEnum):
    """How much the two ever shared, which decides how the gap can honestly be named."""

    REAL = "real"  # a real two-way history (a dormant or strong tie)
    LITTLE = "little"  # a few exchanges, never much (a weak tie)
    NONE = "none"  # connected, but nothing exchanged that kith knows of
    RECENT = "recent"  # they met only recently (a new tie)


class How(enum.StrEnum):
    """How the two last shared something."""

    MET = "met"
    CALLED = "called"
    WROTE = "wrote"


@dataclass(frozen=True, slots=True)
class Shared:
    """The last thing both took part in: when, how, and the subject of the mail, if it was one."""

    on: date
    how: How
    subject: str = ""


@dataclass(frozen=True, slots=True)
class GapFacts:
    """What the gap part may say."""

    history: History
    elapsed: Elapsed | None  # since ``shared`` (or the first contact); None when no day is known
    shared: Shared | None
    since_year: int | None = None  # the year they first connected, when nothing was shared
    company_then: str = ""  # where they worked when the two last talked, if they have moved since
    context: str = ""  # the user's reason for the gap: studies, abroad, new career, family, busy
    context_words: str = ""  # ... or the user's own words for it, in the draft's language

    @property
    def long_gap(self) -> bool:
        """A year or more: only then does a draft say it has been too long, or apologise."""
        return self.elapsed is not None and self.elapsed.in_years() >= 1


@dataclass(frozen=True, slots=True)
class WhyNow:
    """Why the user writes now: their own words (in the draft's language), or kith's honest default."""

    words: str = ""  # "" when there is no goal, or no words for it in this language
    agenda: str = ""


class Owed(enum.StrEnum):
    """An open favour that shapes the offer. Its description is the user's note about the person
    ("introduced me to the hiring manager"), written about them, not to them: it is shown in the
    reasons, never put in the message."""

    THEY_HELPED = "they_helped"  # they helped the user, never returned
    I_PROMISED = "i_promised"  # the user promised something not yet done
    I_OFFERED = "i_offered"  # the user's offer, never taken up, still stands


@dataclass(frozen=True, slots=True)
class OfferFacts:
    """What the user offers back: the goal's offer in their words, a favour owed, or general help."""

    words: str = ""
    owed: Owed | None = None


class NewsKind(enum.StrEnum):
    """What kith knows of the person's journey, most specific first."""

    NEW_ROLE = "new_role"  # a new title (maybe at a new company) since the two last talked
    NEW_COMPANY = "new_company"
    NEW_CITY = "new_city"
    ROLE = "role"  # their title and company as known
    COMPANY = "company"
    CITY = "city"
    NOTHING = "nothing"


@dataclass(frozen=True, slots=True)
class News:
    kind: NewsKind
    title: str = ""
    company: str = ""
    city: str = ""


@dataclass(frozen=True, slots=True)
class AskFacts:
    """An ask, only ever given when the stage allows it (warm), or they offered help."""

    agenda: str
    they_offered: bool


class ThanksKind(enum.StrEnum):
    HELP = "help"  # a favour they did
    CONVERSATION = "conversation"  # a call or a meeting
    REPLY = "reply"  # they wrote back


@dataclass(frozen=True, slots=True)
class ThanksFor:
    """What a thank-you is for; ``on`` and ``days_ago`` say when, for a conversation."""

    kind: ThanksKind
    on: date | None = None
    how: How | None = None
    days_ago: int = 0


@dataclass(frozen=True, slots=True)
class WhenWords:
    """How a language says when a recent conversation was; ``{}`` takes the weekday or the month."""

    today: str
    yesterday: str
    weekday: str  # "on {}": within the week
    last_week: str
    month: str  # "in {}": longer ago


def said_when(facts: ThanksFor, words: WhenWords, language: str) -> str:
    """ "yesterday", "on Tuesday", "last week", "in March 2026": when ``facts`` happened; "" if unknown."""
    if facts.on is None:
        return ""
    if facts.days_ago <= 0:
        return words.today
    if facts.days_ago == 1:
        return words.yesterday
    if facts.days_ago < 7:
        return words.weekday.format(weekday(facts.on, language))
    if facts.days_ago < 14:
        return words.last_week
    return words.month.format(month_and_year(facts.on, language))


@dataclass(frozen=True, slots=True)
class Name:
    """How to address them: the given name, and the full name for a formal greeting."""

    given: str
    full: str


class Phrasebook(Protocol):
    """One language's sentences. ``formal`` is the register (Lei, usted, po); ``short`` asks for
    the forms that fit a LinkedIn message, a text or a card."""

    language: str
    name: str  # the language's name in English, for the reasons shown to the user

    def formality(self, formal: bool) -> str:
        """How the register is called, for the reasons: "tu", "Lei", "usted", "po"."""
        ...

    def elapsed(self, elapsed: Elapsed) -> str:
        """The time as people say it: "almost three years", "quasi tre anni"."""
        ...

    def interest(self, raw: str) -> str:
        """One of their interests as it reads in this language ("la fotografia"), or "" when the
        phrasebook cannot say it naturally (then it is left out)."""
        ...

    def greeting(self, name: Name, formal: bool, channel: Channel, user_name: str) -> Variants: ...

    def closings(self, formal: bool, letter: bool) -> Variants:
        """How an email (or, with ``letter``, a card) ends, before the user's name: "Best,"."""
        ...

    def subject(self, step: OutreachKind, formal: bool, elapsed: Elapsed | None, news: News) -> Variants: ...

    def gap(self, facts: GapFacts, formal: bool, short: bool) -> Variants:
        """The gap after a shared history (``History.REAL`` or ``LITTLE``)."""
        ...

    def never_talked(self, year: int | None, formal: bool, short: bool) -> Variants:
        """The gap with someone connected (since ``year``) but never really talked to."""
        ...

    def met_recently(self, facts: GapFacts, formal: bool, short: bool) -> Variants:
        """The gap with someone met only recently (a new tie)."""
        ...

    def gap_context(self, facts: GapFacts, formal: bool) -> Variants: ...

    def why_now(self, facts: WhyNow, formal: bool, short: bool) -> Variants: ...

    def agenda(self, facts: WhyNow, formal: bool) -> Variants: ...

    def spoken_why_now(self, words: str) -> str:
        """Why now, as a talking point for a call ("Why now: ..."): no "I'm writing"."""
        ...

    def offer(self, facts: OfferFacts, formal: bool, short: bool) -> Variants: ...

    def question(self, news: News, formal: bool, short: bool) -> Variants:
        """A question about their journey, made specific with their news."""
        ...

    def interest_question(self, interest: str, formal: bool) -> Variants:
        """A line about something they care about (``interest`` as ``interest()`` said it)."""
        ...

    def ask(self, facts: AskFacts, formal: bool, short: bool) -> Variants: ...

    def follow_up(self, number: int, formal: bool, short: bool) -> Variants:
        """The opening of a follow-up: short, humble, never a reproach. Consecutive follow-ups
        take consecutive variants, so each reads differently from the one before."""
        ...

    def follow_up_news(self, news: News, interest: str, formal: bool) -> Variants:
        """A line that uses what they care about, for a follow-up."""
        ...

    def stop_question(self, formal: bool, short: bool) -> Variants:
        """The last follow-up asks plainly whether to stop."""
        ...

    def keep_in_touch(self, shared: Shared | None, elapsed: Elapsed | None, formal: bool, short: bool) -> Variants: ...

    def congratulations(self, news: News, formal: bool, short: bool) -> Variants: ...

    def thanks(self, facts: ThanksFor, formal: bool, short: bool) -> Variants: ...

    def return_favour(self, formal: bool, short: bool) -> Variants:
        """After a thank-you: the offer to return it."""
        ...

    def call_cues(self, formal: bool) -> tuple[str, str]:
        """The two questions of a call's talking points: what can I do for you, your biggest challenge."""
        ...
