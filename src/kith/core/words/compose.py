"""The composer: a personal first draft for one person, in their language, for one channel.

``compose(context)`` is pure: it reads only the ``DraftContext`` (the person, what the two
last shared, the tie and the stage, favours, the goal and the user's words for it, the step,
channel and language, "today", a seed) and returns a ``Draft`` whose every part carries the
reason it is there. It follows PRODUCT.md's rules:

- a **first message** has four parts: the gap named honestly (the real time, said as people
  say it, and what the two last shared, with the user's context for the gap), why now (the
  goal's reason and agenda, openly), something offered back (the goal's offer, else a favour
  owed, else help), and a question about their journey made specific with what kith knows;
- it **never asks** for a job, an introduction or a favour before the stage is warm, unless
  they offered: an ask is only ever added when ``ask_allowed``, and the user's own words are
  checked by the coach and left out if they ask (or reproach, or read like a blast) too early;
- **follow-ups** are short and humble, each worded differently from the one before (the
  sequence number moves the choice on), use what the person cares about, and the last one
  asks plainly whether to stop; also keep-in-touch notes, congratulations and thank-yous;
- each **channel** has its limit (``fit.limit_for``): parts switch to their short phrasings,
  optional parts (the context, the agenda, an interest) are left out, the user's words are
  shortened, and as a last resort the text is cut; a call gets talking points.

The phrasing of each part is chosen per person with a stable hash (BLAKE2 of the person id,
the step, the part and the seed; never Python's randomised ``hash``), so the same inputs
always give the same draft and two people of a campaign do not get the same text.
"""

from __future__ import annotations

import enum
import hashlib
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from functools import cache
from typing import Protocol

from kith.core.errors import InvalidValue
from kith.core.model import Channel, Favor, FavorKind, OutreachKind
from kith.core.stages import ask_allowed
from kith.core.ties import TieClass, day_in_words
from kith.core.words import phrases_en, phrases_es, phrases_it, phrases_tl
from kith.core.words.coach import BLOCKING, FindingKind, coach
from kith.core.words.context import DraftContext, GoalWords
from kith.core.words.elapsed import Elapsed, elapsed_between
from kith.core.words.fit import SHORT_CHANNELS, Limit, cut_to, layout, limit_for
from kith.core.words.phrasebook import (
    AskFacts,
    GapFacts,
    History,
    How,
    Name,
    News,
    NewsKind,
    OfferFacts,
    Owed,
    Phrasebook,
    Shared,
    ThanksFor,
    ThanksKind,
    Variants,
    WhyNow,
)
from kith.core.words.recipient import Address, address_for, company_then, news_of
from kith.core.words.wording import ELLIPSIS, clean, clip

PHRASEBOOKS: dict[str, Phrasebook] = {
    "en": phrases_en.PHRASES,
    "it": phrases_it.PHRASES,
    "es": phrases_es.PHRASES,
    "tl": phrases_tl.PHRASES,
}
DRAFT_STEPS = tuple(OutreachKind)
DRAFT_CHANNELS = (Channel.EMAIL, Channel.LINKEDIN, Channel.TEXT, Channel.CALL, Channel.LETTER)

# A favour or a conversation this recent is what a thank-you is for.
THANKS_WITHIN_DAYS = 60
# How much of the user's words each try leaves room for, when a channel is short of space.
_WORD_BUDGETS: tuple[int | None, ...] = (None, 160, 100, 60, 30, 0)


class PartName(enum.StrEnum):
    """The parts a draft is made of, in the words the user sees next to each sentence."""

    GREETING = "greeting"
    GAP = "gap"
    CONTEXT = "context"
    WHY_NOW = "why now"
    AGENDA = "agenda"
    OFFER = "offer"
    ASK = "ask"
    QUESTION = "question"
    INTEREST = "interest"
    FOLLOW_UP = "follow-up"
    NEWS = "their news"
    STOP = "stop?"
    TOUCH = "keeping in touch"
    CONGRATULATIONS = "congratulations"
    THANKS = "thanks"
    RETURN = "returning it"
    CUE = "talking point"
    SIGN_OFF = "sign-off"


# The parts that may be left out when a channel has no room, and the order they go in; then
# the parts that switch to their short phrasing, in this order.
_OPTIONAL = frozenset({PartName.CONTEXT, PartName.AGENDA, PartName.INTEREST, PartName.NEWS, PartName.ASK})
_CUT_ORDER = (
    PartName.INTEREST,
    PartName.NEWS,
    PartName.CONTEXT,
    PartName.AGENDA,
    PartName.SIGN_OFF,  # only LinkedIn's may go: the message shows who sent it
    PartName.ASK,
    PartName.GAP,
    PartName.WHY_NOW,
    PartName.OFFER,
    PartName.QUESTION,
    PartName.FOLLOW_UP,
    PartName.STOP,
    PartName.TOUCH,
    PartName.CONGRATULATIONS,
    PartName.THANKS,
    PartName.RETURN,
)


@dataclass(frozen=True, slots=True)
class DraftPart:
    """One sentence (or a few) of a draft, and why it is there."""

    name: PartName
    text: str
    reason: str


@dataclass(frozen=True, slots=True)
class Draft:
    """A draft ready to show: the subject (email), the body, a call's talking points, the parts."""

    person_id: int
    language: str
    channel: Channel
    step: OutreachKind
    sequence: int
    formal: bool
    address: str  # the register and why ("Lei: a weak tie...")
    subject: str
    body: str
    talking_points: tuple[str, ...]
    parts: tuple[DraftPart, ...]
    notes: tuple[str, ...]  # what the user should know: words left out, a name to set...
    ask_included: bool
    limit: str  # "300 characters", "" for a call


@dataclass(frozen=True, slots=True)
class _Slot:
    """A part before fitting: its phrasings from the longest, "" last when it may be left out."""

    name: PartName
    options: tuple[str, ...]
    reason: str
    group: int


@dataclass
class _Facts:
    """What the composer derived from the context, shared by every step's parts."""

    name: Name
    address: Address
    history: History
    elapsed: Elapsed | None
    news: News
    news_reason: str
    interest: str
    interest_raw: str
    words: GoalWords | None
    words_note: str
    ask_allowed: bool
    they_offered: bool
    notes: list[str] = field(default_factory=list)


def compose(context: DraftContext) -> Draft:
    """The draft for ``context``: deterministic, within the channel's limit, every part explained.

    Raises ``InvalidValue`` for a language kith does not write, a step or channel it does not
    draft, and congratulations or thanks with nothing to congratulate or thank them for.
    """
    book = PHRASEBOOKS.get(context.language)
    if book is None:
        raise InvalidValue("language", context.language, f"kith writes drafts in {', '.join(PHRASEBOOKS)}")
    if context.channel not in DRAFT_CHANNELS:
        raise InvalidValue("channel", context.channel.value, f"use one of {', '.join(c.value for c in DRAFT_CHANNELS)}")
    facts = _facts(context, book)
    limit = limit_for(context.channel, context.step)
    chosen: list[tuple[_Slot, str]] | None = None
    for budget in _WORD_BUDGETS:
        slots = _slots(context, facts, book, budget)
        chosen = _fit(slots, context.channel, limit)
        if chosen is not None:
            if budget is not None and facts.words is not None:
                facts.notes.append(f"the goal's words were shortened to fit {limit}")
            break
    if chosen is None:  # nothing fits: even the shortest phrasings are too long (a very long name)
        chosen = [(slot, slot.options[-1]) for slot in slots]
        facts.notes.append(f"cut to fit {limit}")
    body = _render(context.channel, chosen)
    if limit is not None and not limit.fits(body):
        body = cut_to(body, limit)
    parts = tuple(DraftPart(slot.name, text, slot.reason) for slot, text in chosen if text)
    points = tuple(text for slot, text in chosen if text and slot.name not in (PartName.GREETING, PartName.SIGN_OFF))
    if not context.user_name and context.channel not in (Channel.CALL,):
        facts.notes.append("no name to sign with: kith signs with your name once it knows it")
    return Draft(
        person_id=context.person_id,
        language=context.language,
        channel=context.channel,
        step=context.step,
        sequence=context.sequence,
        formal=facts.address.formal,
        address=f"{book.formality(facts.address.formal)}: {facts.address.reason}",
        subject=_subject(context, facts, book) if context.channel is Channel.EMAIL else "",
        body=body,
        talking_points=points if context.channel is Channel.CALL else (),
        parts=parts,
        notes=tuple(dict.fromkeys(facts.notes)),
        ask_included=any(p.name is PartName.ASK for p in parts),
        limit=str(limit) if limit is not None else "",
    )


# --- choosing a phrasing -----------------------------------------------------------------


def stable_number(*keys: object) -> int:
    """A number that depends only on ``keys``, the same in every run (BLAKE2, not ``hash``)."""
    text = "\x1f".join(str(k) for k in keys)
    return int.from_bytes(hashlib.blake2b(text.encode(), digest_size=8).digest(), "big")


def _family(step: OutreachKind) -> str:
    # Follow-ups share one hash, moved on by their number: consecutive ones never coincide.
    return "followup" if step in (OutreachKind.FOLLOWUP, OutreachKind.LAST) else step.value


def _choose(variants: Variants, context: DraftContext, part: PartName, *, rotate: int = 0) -> str:
    if not variants:
        return ""
    return variants[
        (stable_number(context.person_id, _family(context.step), part.value, context.seed) + rotate) % len(variants)
    ]


# --- facts -------------------------------------------------------------------------------


def _east_asian(name: str) -> bool:
    return any("\u3040" <= ch <= "\u30ff" or "\u3400" <= ch <= "\u9fff" or "\uac00" <= ch <= "\ud7af" for ch in name)


def _facts(context: DraftContext, book: Phrasebook) -> _Facts:
    given = context.given_name.strip() or context.family_name.strip() or "there"
    full = " ".join(p for p in (context.given_name.strip(), context.family_name.strip()) if p) or given
    if _east_asian(given):
        # A name in Chinese, Japanese or Korean script is said whole, family name first, as
        # written: a given name alone would be far too familiar there.
        given = full = context.display_name.strip() or f"{context.family_name} {context.given_name}".strip()
    address = address_for(context.language, context.tie_class, context.title, context.country)
    if context.formal is not None and context.formal is not address.formal:
        address = Address(context.formal, "asked for")
    if context.tie_class in (TieClass.STRONG, TieClass.DORMANT):
        history = History.REAL
    elif context.tie_class is TieClass.NEW:
        history = History.RECENT
    else:
        history = History.LITTLE if context.shared is not None else History.NONE
    moment = context.shared.on if context.shared else (context.last_contact if history is History.REAL else None)
    elapsed = elapsed_between(moment, context.today) if moment is not None and moment <= context.today else None
    news, news_reason = news_of(
        title=context.title,
        company=context.company,
        city=context.city,
        changes=context.changes,
        since=context.shared.on if context.shared else context.last_contact,
    )
    interest_raw, interest = _interest(context, book)
    words, words_note = _goal_words(context)
    they_offered = any(f.kind is FavorKind.THEY_OFFERED and f.open for f in context.favours)
    return _Facts(
        name=Name(given=given, full=full),
        address=address,
        history=history,
        elapsed=elapsed,
        news=news,
        news_reason=news_reason,
        interest=interest,
        interest_raw=interest_raw,
        words=words,
        words_note=words_note,
        ask_allowed=ask_allowed(context.stage, they_offered=they_offered),
        they_offered=they_offered,
        notes=[words_note] if words_note else [],
    )


def _interest(context: DraftContext, book: Phrasebook) -> tuple[str, str]:
    sayable = [(raw, book.interest(raw)) for raw in context.interests if raw.strip()]
    sayable = [(raw, said) for raw, said in sayable if said]
    if not sayable:
        return "", ""
    return sayable[stable_number(context.person_id, "interest", context.seed) % len(sayable)]


def _goal_words(context: DraftContext) -> tuple[GoalWords | None, str]:
    """The goal's words in the draft's language; Tagalog drafts take English words (Taglish reads
    naturally), other languages never get words in another one."""
    if context.goal is None:
        return None, ""
    by_language = {w.language: w for w in context.goal_words}
    found = by_language.get(context.language)
    if found is not None:
        return found, ""
    if context.language == "tl" and "en" in by_language:
        return by_language["en"], "the goal's words are English: kept as they are (Taglish)"
    book = PHRASEBOOKS[context.language]
    return None, (
        f"the goal \u201c{context.goal.title}\u201d has no words in {book.name}: "
        "kith wrote its own reason and offer instead"
    )


@cache
def _blocking_kinds(text: str, language: str) -> frozenset[FindingKind]:
    report = coach(text, language=language, step=OutreachKind.FIRST, channel=Channel.CALL)
    return frozenset(f.kind for f in report.findings if f.kind in BLOCKING)


def _own_words(text: str, context: DraftContext, facts: _Facts, what: str, budget: int | None) -> str:
    """The user's words for ``what``, cleaned and fitted; "" when the coach says they must not go
    out yet (an ask before warm, a reproach, a blast or a placeholder)."""
    words = clean(text)
    if not words:
        return ""
    kinds = _blocking_kinds(words, context.language)
    if facts.ask_allowed:
        kinds = kinds - {FindingKind.EARLY_ASK}
    if kinds:
        found = ", ".join(sorted(k.value.replace("_", " ") for k in kinds))
        facts.notes.append(f"the goal's {what} was left out: the coach found {found} in it")
        return ""
    return words if budget is None else clip(words, budget)


# --- the parts of each step --------------------------------------------------------------


def _slots(context: DraftContext, facts: _Facts, book: Phrasebook, budget: int | None) -> list[_Slot]:
    # A call's talking points are cues, not a script: the short phrasings.
    short = context.channel in SHORT_CHANNELS or context.channel is Channel.CALL
    formal = facts.address.formal

    def slot(
        name: PartName,
        full: Variants,
        brief: Variants,
        reason: str,
        group: int,
        rotate: int = 0,
        bare: Variants = (),
    ) -> _Slot | None:
        # From the longest phrasing to the shortest: full (not on short channels), brief, and
        # "bare" (the brief one said with fewer facts) when the channel is very short of room.
        options: list[str] = []
        if not short and full:
            options.append(_choose(full, context, name, rotate=rotate))
        if brief:
            options.append(_choose(brief, context, name, rotate=rotate))
        elif short and full:
            options.append(_choose(full, context, name, rotate=rotate))
        if bare:
            options.append(_choose(bare, context, name, rotate=rotate))
        if not options:
            return None
        # A LinkedIn message shows who sent it: the name at the end may go when room is short.
        if name in _OPTIONAL or (name is PartName.SIGN_OFF and context.channel is Channel.LINKEDIN):
            options.append("")
        return _Slot(name, tuple(dict.fromkeys(_tidy(o) for o in options)), reason, group)

    greeting = slot(
        PartName.GREETING,
        book.greeting(facts.name, formal, context.channel, context.user_name),
        (),
        f"{book.formality(formal)}: {facts.address.reason}",
        0,
    )
    sign_off = slot(
        PartName.SIGN_OFF,
        _sign_offs(book, context, formal),
        (),
        "your name, as kith knows it" if context.user_name else "a sign-off (kith does not know your name yet)",
        99,
    )
    builders = {
        OutreachKind.FIRST: _first,
        OutreachKind.FOLLOWUP: _follow_up,
        OutreachKind.LAST: _last,
        OutreachKind.KEEP_IN_TOUCH: _keep_in_touch,
        OutreachKind.CONGRATULATIONS: _congratulations,
        OutreachKind.THANKS: _thanks,
    }
    middle = builders[context.step](context, facts, book, budget, slot)
    if context.channel is Channel.CALL:
        return [s for s in middle if s is not None]
    return [s for s in (greeting, *middle, sign_off) if s is not None]


def _sign_offs(book: Phrasebook, context: DraftContext, formal: bool) -> Variants:
    """A closing and the user's name on an email or a card; the name alone on LinkedIn; none on a
    text, which says who is writing in its first line."""
    name = context.user_name
    if context.channel is Channel.LINKEDIN:
        return (name,) if name else ()
    if context.channel not in (Channel.EMAIL, Channel.LETTER):
        return ()
    closings = book.closings(formal, letter=context.channel is Channel.LETTER)
    return tuple(f"{closing}\n{name}" if name else closing for closing in closings)


class _SlotMaker(Protocol):
    """The ``slot`` helper's shape, for the builders' signatures."""

    def __call__(
        self,
        name: PartName,
        full: Variants,
        brief: Variants,
        reason: str,
        group: int,
        rotate: int = 0,
        bare: Variants = (),
    ) -> _Slot | None: ...


def _first(
    context: DraftContext, facts: _Facts, book: Phrasebook, budget: int | None, slot: _SlotMaker
) -> list[_Slot | None]:
    formal = facts.address.formal
    shared = context.shared
    context_key = context.goal.gap_context.strip().lower() if context.goal else ""
    words = facts.words
    context_words = ""
    if words is not None and words.gap_context:
        context_words = _own_words(words.gap_context, context, facts, "gap context", budget)
    first_known = context.known_since or context.first_contact
    gap = GapFacts(
        history=facts.history,
        elapsed=facts.elapsed,
        shared=shared,
        since_year=first_known.year if first_known else None,
        company_then=company_then(context.changes, shared.on if shared else context.last_contact),
        context=context_key,
        context_words=context_words,
    )
    why = WhyNow()
    if words is not None:
        why = WhyNow(
            words=_own_words(words.why_now, context, facts, "reason", budget),
            agenda=_own_words(words.agenda, context, facts, "agenda", budget),
        )
    offer_words = _own_words(words.offer, context, facts, "offer", budget) if words is not None else ""
    owed, owed_reason = _owed(context.favours)
    offer = OfferFacts(words=offer_words, owed=None if offer_words else owed)
    slots = [
        slot(
            PartName.GAP,
            _gap(book, gap, formal, False),
            _gap(book, gap, formal, True),
            _gap_reason(context, facts),
            1,
            bare=_gap(book, replace(gap, shared=None, company_then=""), formal, True) if shared else (),
        ),
        # Why the user went quiet only explains a silence after a history, not a tie never used.
        slot(PartName.CONTEXT, book.gap_context(gap, formal), (), _context_reason(context_key, context_words), 1)
        if facts.history in (History.REAL, History.LITTLE)
        else None,
        slot(
            PartName.WHY_NOW,
            book.why_now(why, formal, False),
            (book.spoken_why_now(why.words),)
            if context.channel is Channel.CALL and why.words
            else book.why_now(why, formal, True),
            _why_reason(context, why),
            2,
        ),
    ]
    if why.agenda:
        slots.append(slot(PartName.AGENDA, book.agenda(why, formal), (), "the goal's agenda, said openly", 2))
    offer_reason = "the goal's offer" if offer_words else owed_reason
    # On a call, "what can I do for you?" is the offer, unless there is something specific to offer.
    if context.channel is not Channel.CALL or offer.words or offer.owed:
        slots.append(
            slot(PartName.OFFER, book.offer(offer, formal, False), book.offer(offer, formal, True), offer_reason, 3)
        )
    if context.channel is Channel.CALL:
        cue, _ = book.call_cues(formal)
        slots.append(slot(PartName.CUE, (cue,), (), "what can I do for you (with an offer)", 3))
    if facts.ask_allowed and why.agenda:
        ask = AskFacts(agenda=why.agenda, they_offered=facts.they_offered)
        slots.append(
            slot(
                PartName.ASK, book.ask(ask, formal, False), book.ask(ask, formal, True), _ask_reason(context, facts), 3
            )
        )
    slots.extend(_question_slots(context, facts, book, slot, group=4))
    return slots


def _gap(book: Phrasebook, gap: GapFacts, formal: bool, short: bool) -> Variants:
    if gap.history is History.NONE:
        return book.never_talked(gap.since_year, formal, short)
    if gap.history is History.RECENT:
        return book.met_recently(gap, formal, short)
    return book.gap(gap, formal, short)


def _question_slots(
    context: DraftContext, facts: _Facts, book: Phrasebook, slot: _SlotMaker, group: int
) -> list[_Slot | None]:
    formal = facts.address.formal
    slots = [
        slot(
            PartName.QUESTION,
            book.question(facts.news, formal, False),
            book.question(facts.news, formal, True),
            f"about their journey: {facts.news_reason}",
            group,
            bare=book.question(News(NewsKind.NOTHING), formal, True),
        )
    ]
    if context.channel is Channel.CALL:
        _, challenge = book.call_cues(formal)
        slots.append(slot(PartName.CUE, (challenge,), (), "their biggest challenge", group))
    if facts.interest:
        slots.append(
            slot(
                PartName.INTEREST,
                book.interest_question(facts.interest, formal),
                (),
                f"what they care about: {facts.interest_raw}",
                group,
            )
        )
    return slots


def _follow_up(
    context: DraftContext, facts: _Facts, book: Phrasebook, budget: int | None, slot: _SlotMaker
) -> list[_Slot | None]:
    formal = facts.address.formal
    number = max(1, context.sequence)
    return [
        slot(
            PartName.FOLLOW_UP,
            book.follow_up(number, formal, False),
            book.follow_up(number, formal, True),
            f"follow-up {number}: short, humble, worded differently from the one before",
            1,
            rotate=number,
        ),
        slot(
            PartName.NEWS,
            book.follow_up_news(facts.news, facts.interest, formal),
            (),
            f"what they care about: {facts.interest_raw}" if facts.interest else facts.news_reason,
            1,
            rotate=number,
        ),
    ]


def _last(
    context: DraftContext, facts: _Facts, book: Phrasebook, budget: int | None, slot: _SlotMaker
) -> list[_Slot | None]:
    formal = facts.address.formal
    return [
        slot(
            PartName.STOP,
            book.stop_question(formal, False),
            book.stop_question(formal, True),
            "the last follow-up asks plainly whether to stop",
            1,
            rotate=context.sequence,
        ),
        slot(
            PartName.NEWS,
            book.follow_up_news(facts.news, facts.interest, formal),
            (),
            f"what they care about: {facts.interest_raw}" if facts.interest else facts.news_reason,
            2,
            rotate=context.sequence,
        ),
    ]


def _keep_in_touch(
    context: DraftContext, facts: _Facts, book: Phrasebook, budget: int | None, slot: _SlotMaker
) -> list[_Slot | None]:
    formal = facts.address.formal
    shared = context.shared
    reason = (
        f"to keep the tie warm; you last {_how_words(shared.how)} on {day_in_words(shared.on)}"
        if shared
        else "to keep the tie warm"
    )
    slots = [
        slot(
            PartName.TOUCH,
            book.keep_in_touch(shared, facts.elapsed, formal, False),
            book.keep_in_touch(shared, facts.elapsed, formal, True),
            reason,
            1,
        ),
        *_question_slots(context, facts, book, slot, group=2),
    ]
    offer = OfferFacts()
    slots.append(slot(PartName.OFFER, (), book.offer(offer, formal, True), "help, offered back", 3))
    return slots


def _congratulations(
    context: DraftContext, facts: _Facts, book: Phrasebook, budget: int | None, slot: _SlotMaker
) -> list[_Slot | None]:
    formal = facts.address.formal
    news = facts.news
    if news.kind not in (NewsKind.NEW_ROLE, NewsKind.NEW_COMPANY, NewsKind.NEW_CITY):
        raise InvalidValue(
            "step",
            "congratulations",
            "kith knows of no new role, company or city for them since you last talked; "
            "it learns one when an import finds their title, company or city changed",
        )
    slots = [
        slot(
            PartName.CONGRATULATIONS,
            book.congratulations(news, formal, False),
            book.congratulations(news, formal, True),
            f"on {facts.news_reason}",
            1,
        )
    ]
    if facts.interest:
        slots.append(
            slot(
                PartName.INTEREST,
                book.interest_question(facts.interest, formal),
                (),
                f"what they care about: {facts.interest_raw}",
                1,
            )
        )
    slots.append(slot(PartName.OFFER, (), book.offer(OfferFacts(), formal, True), "help, offered back", 2))
    return slots


def _thanks(
    context: DraftContext, facts: _Facts, book: Phrasebook, budget: int | None, slot: _SlotMaker
) -> list[_Slot | None]:
    formal = facts.address.formal
    reason, why = thanks_for(context.favours, context.latest_from_them, context.today)
    if reason is None:
        raise InvalidValue(
            "step",
            "thanks",
            "kith has nothing to thank them for: record their help with `kith favor WHO --they-did ...`, "
            "or the conversation with `kith log`",
        )
    return [
        slot(PartName.THANKS, book.thanks(reason, formal, False), book.thanks(reason, formal, True), why, 1),
        slot(
            PartName.RETURN,
            book.return_favour(formal, False),
            book.return_favour(formal, True),
            "the offer to return it",
            1,
        ),
    ]


def thanks_for(favours: Sequence[Favor], latest_from_them: Shared | None, today: date) -> tuple[ThanksFor | None, str]:
    """What a thank-you is for: recent help, else a recent conversation or reply, else any help
    they gave; with the reason in words. (None, "") when there is nothing to thank them for."""
    helped = sorted(
        (f for f in favours if f.kind is FavorKind.THEY_DID),
        key=lambda f: f.occurred_on or date.min,
        reverse=True,
    )
    recent = [f for f in helped if f.occurred_on and (today - f.occurred_on).days <= THANKS_WITHIN_DAYS]
    if recent:
        return ThanksFor(ThanksKind.HELP), f"their help: {recent[0].description}"
    if latest_from_them is not None and (today - latest_from_them.on).days <= THANKS_WITHIN_DAYS:
        ago = (today - latest_from_them.on).days
        how = latest_from_them.how
        kind = ThanksKind.REPLY if how is How.WROTE else ThanksKind.CONVERSATION
        return ThanksFor(
            kind, latest_from_them.on, how, ago
        ), f"{_their_words(how)} on {day_in_words(latest_from_them.on)}"
    if helped:
        return ThanksFor(ThanksKind.HELP), f"their help: {helped[0].description}"
    return None, ""


# --- reasons -------------------------------------------------------------------------------


def _their_words(how: How) -> str:
    return {How.MET: "you met", How.CALLED: "you spoke on the phone", How.WROTE: "they wrote to you"}[how]


def _how_words(how: How) -> str:
    return {How.MET: "met", How.CALLED: "spoke on the phone", How.WROTE: "wrote to each other"}[how]


def _gap_reason(context: DraftContext, facts: _Facts) -> str:
    shared = context.shared
    if facts.history is History.NONE:
        return "said honestly: you are connected, but kith knows of no real exchange"
    if shared is None:
        when = f"; last contact {day_in_words(context.last_contact)}" if context.last_contact else ""
        return f"said honestly{when}"
    subject = f", \u201c{shared.subject}\u201d" if shared.subject else ""
    return f"said honestly: you last {_how_words(shared.how)} on {day_in_words(shared.on)}{subject}"


def _context_reason(key: str, words: str) -> str:
    if words:
        return "why you went quiet, in your words"
    return f"why you went quiet (the goal says: {key})"


def _why_reason(context: DraftContext, why: WhyNow) -> str:
    if why.words and context.goal is not None:
        return f"the goal \u201c{context.goal.title}\u201d, said openly"
    if context.goal is not None:
        return f"reconnecting itself: the goal \u201c{context.goal.title}\u201d has no words in this language"
    return "reconnecting itself: there is no goal"


def _ask_reason(context: DraftContext, facts: _Facts) -> str:
    if facts.they_offered:
        return "allowed: they offered help"
    return f"allowed: the relationship is warm again ({context.stage_reason or context.stage.value})"


def _owed(favours: Sequence[Favor]) -> tuple[Owed | None, str]:
    open_favours = [f for f in favours if f.open]
    for kind, owed, words in (
        (FavorKind.I_OWE, Owed.I_PROMISED, "something you promised them"),
        (FavorKind.THEY_DID, Owed.THEY_HELPED, "they helped you, never returned"),
        (FavorKind.I_OFFERED, Owed.I_OFFERED, "your offer, never taken up"),
    ):
        for favour in open_favours:
            if favour.kind is kind:
                return owed, f"{words} ({favour.description})"
    return None, "help, since nothing more specific is known"


# --- fitting and laying out --------------------------------------------------------------


def _fit(slots: list[_Slot], channel: Channel, limit: Limit | None) -> list[tuple[_Slot, str]] | None:
    """Each slot's phrasing, the longest that lets the whole fit ``limit``; None if none does.

    Parts give way in ``_CUT_ORDER``: the optional ones are left out first, then each part
    takes its short phrasing.
    """
    levels = [0] * len(slots)

    def chosen() -> list[tuple[_Slot, str]]:
        return [(s, s.options[level]) for s, level in zip(slots, levels, strict=True)]

    if limit is None or limit.fits(_render(channel, chosen())):
        return chosen()
    for name in _CUT_ORDER:
        for index, s in enumerate(slots):
            if s.name is not name:
                continue
            while levels[index] < len(s.options) - 1:
                levels[index] += 1
                if limit.fits(_render(channel, chosen())):
                    return chosen()
    return None


def _render(channel: Channel, chosen: Sequence[tuple[_Slot, str]]) -> str:
    greeting = next((text for s, text in chosen if s.name is PartName.GREETING), "")
    sign_off = next((text for s, text in chosen if s.name is PartName.SIGN_OFF), "")
    middle = [(s.group, text) for s, text in chosen if s.name not in (PartName.GREETING, PartName.SIGN_OFF)]
    return layout(channel, greeting, middle, sign_off)


def _tidy(text: str) -> str:
    """A sentence ending on the user's shortened words ends on the ellipsis, not "…."; one
    ending on a name with a full stop ("Acme Inc.") has one full stop."""
    return text.replace(f"{ELLIPSIS}.", ELLIPSIS).replace("..", ".")


def _subject(context: DraftContext, facts: _Facts, book: Phrasebook) -> str:
    formal = facts.address.formal
    if context.step in (OutreachKind.FOLLOWUP, OutreachKind.LAST):
        # The first message's subject, as a reply: the follow-up threads with it.
        first = book.subject(OutreachKind.FIRST, formal, facts.elapsed, facts.news)
        chosen = first[stable_number(context.person_id, "first", "subject", context.seed) % len(first)]
        return f"Re: {chosen}"  # what every mail program writes, whatever its language
    variants = book.subject(context.step, formal, facts.elapsed, facts.news)
    return variants[stable_number(context.person_id, _family(context.step), "subject", context.seed) % len(variants)]
