"""What a draft needs to know about its recipient, derived from their record and history.

- ``choose_language``: the language to write to them in, with the reason;
- ``address_for``: formal or informal address (Lei or tu, usted or tú, ``po`` or not);
- ``last_shared``: the last moment both took part in, and the mail subject if it was a thread;
- ``news_of``: what kith knows of their journey (a new role or city, else their current work).

All pure: the app reads the records, these decide.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from kith.core.errors import InvalidValue
from kith.core.model import Channel, Direction, Interaction, InteractionKind
from kith.core.ranking import seniority
from kith.core.ties import TieClass
from kith.core.words.language import LANGUAGES, detect_language, supported_language
from kith.core.words.phrasebook import How, News, NewsKind, Shared
from kith.core.words.wording import clean, clip

# Where a country's people are written to in one of kith's languages; English elsewhere.
_COUNTRY_LANGUAGES = {
    "IT": "it",
    "SM": "it",
    "VA": "it",
    "PH": "tl",
    **dict.fromkeys(
        [
            "ES",
            "MX",
            "AR",
            "CO",
            "CL",
            "PE",
            "VE",
            "EC",
            "GT",
            "CU",
            "BO",
            "DO",
            "HN",
            "PY",
            "SV",
            "NI",
            "CR",
            "PA",
            "UY",
            "PR",
            "GQ",
        ],
        "es",
    ),
}
# Below this, lingua's choice among the four is not to be trusted: French, Portuguese or
# German text scores 0.4-0.5 for its nearest neighbour (docs/drafts.md has the figures).
MIN_MESSAGE_CONFIDENCE = 0.75
MIN_MESSAGE_LETTERS = 12
MESSAGES_READ = 30

# From this seniority (ranking's title words: "head" 0.75, "director" 0.8, "vp", "chief"...)
# a weak or new tie gets the formal address.
FORMAL_FROM_SENIORITY = 0.75
# Where usted is the safe default with someone barely known; in Spain tú is.
_USTED_FIRST = frozenset(c for c, lang in _COUNTRY_LANGUAGES.items() if lang == "es" and c != "ES")

# How long an unthreaded message and its answer may be apart and still be one exchange.
EXCHANGE_DAYS = 30
_REPLY_PREFIX = re.compile(r"^\s*(?:(?:re|r|rif|aw|sv|fw|fwd|tr|rv|res|enc)\s*(?:\[\d+\])?\s*:\s*)+", re.IGNORECASE)
# Subjects that say nothing worth recalling ("Thanks!", "Happy new year!"): named as
# "our last emails" rather than quoted.
_BARE_SUBJECT = re.compile(
    r"\b(?:thanks?|thank you|happy|congrat\w*|grazie|auguri|buon\w*|complimenti|gracias|feliz|felices|"
    r"felicidades|enhorabuena|salamat|maligayang|manigong|hello|hi|ciao|hola|kumusta)\b",
    re.IGNORECASE,
)
SUBJECT_MOST_CHARS = 60


@dataclass(frozen=True, slots=True)
class LanguageChoice:
    language: str
    reason: str


def choose_language(
    *,
    languages: Sequence[str] = (),
    messages: Sequence[str] = (),
    country: str = "",
    forced: str | None = None,
) -> LanguageChoice:
    """The language to write in: ``forced``, else their first language kith writes in, else
    the language of their messages (when the detector is sure), else their country's, else English."""
    if forced:
        found = supported_language(forced)
        if found is None:
            raise InvalidValue("language", forced, f"kith writes in {', '.join(LANGUAGES)}")
        return LanguageChoice(found, "asked for")
    for tag in languages:
        found = supported_language(tag)
        if found is not None:
            return LanguageChoice(found, f"their language setting ({', '.join(languages)})")
    text = ". ".join(clean(_REPLY_PREFIX.sub("", m)) for m in messages[:MESSAGES_READ] if m.strip())
    if sum(ch.isalpha() for ch in text) >= MIN_MESSAGE_LETTERS:
        guess = detect_language(text)
        if guess.confidence >= MIN_MESSAGE_CONFIDENCE:
            return LanguageChoice(guess.language, f"the language of their messages ({guess.confidence:.0%} sure)")
    by_country = _COUNTRY_LANGUAGES.get(country.upper())
    if by_country is not None:
        return LanguageChoice(by_country, f"their country ({country.upper()})")
    return LanguageChoice("en", "English: kith knows no other language for them")


@dataclass(frozen=True, slots=True)
class Address:
    formal: bool
    reason: str


def address_for(language: str, tie_class: TieClass, title: str = "", country: str = "") -> Address:
    """Formal or informal, by tie and seniority: a shared history means first names (tu, tú, no
    ``po``); someone barely known gets the formal address when senior, and in Italian and
    Tagalog (and in Spanish outside Spain) by default."""
    if tie_class in (TieClass.STRONG, TieClass.DORMANT):
        return Address(False, f"a {tie_class.value} tie: you share a real history")
    level, _word = seniority(title)
    if level >= FORMAL_FROM_SENIORITY:
        return Address(True, f"a {tie_class.value} tie, and senior ({title})")
    if language in ("it", "tl"):
        return Address(True, f"a {tie_class.value} tie: the respectful form with someone you barely know")
    if language == "es" and country.upper() in _USTED_FIRST:
        return Address(True, f"a {tie_class.value} tie in {country.upper()}, where usted is the safe default")
    return Address(False, f"a {tie_class.value} tie, not senior")


def last_shared(interactions: Iterable[Interaction]) -> Shared | None:
    """The last moment both took part in: a meeting or call both were in, a mail thread with
    messages both ways, or a message answered within ``EXCHANGE_DAYS`` on the same channel."""
    personal = sorted(
        (i for i in interactions if i.kind is InteractionKind.PERSONAL), key=lambda i: (i.occurred_at, i.id or 0)
    )
    best: Shared | None = None

    def consider(found: Shared) -> None:
        nonlocal best
        if best is None or found.on >= best.on:
            best = found

    threads: dict[str, list[Interaction]] = {}
    for i in personal:
        if i.direction is Direction.MUTUAL:
            consider(Shared(i.occurred_at.date(), How.CALLED if i.channel is Channel.CALL else How.MET))
        elif i.thread_id:
            threads.setdefault(i.thread_id, []).append(i)
    for messages in threads.values():
        if {m.direction for m in messages} >= {Direction.INBOUND, Direction.OUTBOUND}:
            consider(Shared(messages[-1].occurred_at.date(), How.WROTE, subject_of(messages[0].summary)))
    loose = [i for i in personal if not i.thread_id and i.direction is not Direction.MUTUAL]
    window = timedelta(days=EXCHANGE_DAYS)
    for earlier, later in itertools.pairwise(loose):
        if (
            earlier.direction is not later.direction
            and earlier.channel is later.channel
            and later.occurred_at - earlier.occurred_at <= window
        ):
            how = How.CALLED if later.channel is Channel.CALL else How.WROTE
            consider(Shared(later.occurred_at.date(), how))
    return best


def subject_of(summary: str) -> str:
    """A mail subject worth recalling, without "Re:" prefixes; "" for one that says nothing."""
    subject = clean(_REPLY_PREFIX.sub("", summary))
    if sum(ch.isalpha() for ch in subject) < 3 or _BARE_SUBJECT.search(subject):
        return ""
    return clip(subject, SUBJECT_MOST_CHARS)


@dataclass(frozen=True, slots=True)
class Change:
    """A field of the person that changed between imports (``person_changes``)."""

    field: str  # "title", "company", "city"
    old: str
    new: str
    on: date


def news_of(
    *, title: str, company: str, city: str, changes: Sequence[Change] = (), since: date | None = None
) -> tuple[News, str]:
    """Their news and where kith learnt it: a change after ``since`` (a new role, company or
    city) first, else their current role, company or city."""
    recent = [c for c in changes if since is None or c.on > since]
    fields = {c.field: c for c in sorted(recent, key=lambda c: c.on)}
    if "title" in fields and title:
        seen = fields["title"].on
        return News(NewsKind.NEW_ROLE, title=title, company=company, city=city), f"a new role, seen {seen.isoformat()}"
    if "company" in fields and company:
        seen = fields["company"].on
        return News(NewsKind.NEW_COMPANY, company=company, city=city), f"a new company, seen {seen.isoformat()}"
    if "city" in fields and city:
        seen = fields["city"].on
        return News(NewsKind.NEW_CITY, city=city), f"a move to {city}, seen {seen.isoformat()}"
    if title and company:
        return News(NewsKind.ROLE, title=title, company=company, city=city), f"their role ({title}, {company})"
    if company:
        return News(NewsKind.COMPANY, company=company, city=city), f"their company ({company})"
    if city:
        return News(NewsKind.CITY, city=city), f"their city ({city})"
    return News(NewsKind.NOTHING), "nothing known of their work or city: a general question"


def company_then(changes: Sequence[Change], since: date | None) -> str:
    """Where they worked when the two last talked, if they have changed company since."""
    moves = sorted((c for c in changes if c.field == "company" and (since is None or c.on > since)), key=lambda c: c.on)
    return moves[0].old.strip() if moves else ""
