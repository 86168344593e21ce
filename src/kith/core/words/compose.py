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

from collections.abc import Sequence
from dataclasses import dataclass

from kith.core.errors import InvalidValue
from kith.core.model import Channel, FavorKind, OutreachKind
from kith.core.stages import ask_allowed
from kith.core.ties import TieClass
from kith.core.words import phrases_en, phrases_es, phrases_it, phrases_tl
from kith.core.words.context import DraftContext, GoalWords
from kith.core.words.elapsed import elapsed_between
from kith.core.words.fit import SHORT_CHANNELS, Limit, cut_to, layout, limit_for
from kith.core.words.parts import CUT_ORDER, OPTIONAL_PARTS, Facts, PartName, Slot, choose, family, stable_number
from kith.core.words.phrasebook import History, Name, Phrasebook, Variants
from kith.core.words.recipient import Address, address_for, news_of
from kith.core.words.steps import BUILDERS, thanks_for
from kith.core.words.wording import ELLIPSIS

__all__ = ["DRAFT_CHANNELS", "PHRASEBOOKS", "Draft", "DraftPart", "PartName", "compose", "stable_number", "thanks_for"]

PHRASEBOOKS: dict[str, Phrasebook] = {
    "en": phrases_en.PHRASES,
    "it": phrases_it.PHRASES,
    "es": phrases_es.PHRASES,
    "tl": phrases_tl.PHRASES,
}


DRAFT_STEPS = tuple(OutreachKind)


DRAFT_CHANNELS = (Channel.EMAIL, Channel.LINKEDIN, Channel.TEXT, Channel.CALL, Channel.LETTER)


# How much of the user's words each try leaves room for, when a channel is short of space.
_WORD_BUDGETS: tuple[int | None, ...] = (None, 160, 100, 60, 30, 0)


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
    chosen: list[tuple[Slot, str]] | None = None
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


# --- facts -------------------------------------------------------------------------------


def _east_asian(name: str) -> bool:
    return any("\u3040" <= ch <= "\u30ff" or "\u3400" <= ch <= "\u9fff" or "\uac00" <= ch <= "\ud7af" for ch in name)


def _facts(context: DraftContext, book: Phrasebook) -> Facts:
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
    return Facts(
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


# --- the message: greeting, the step's parts, sign-off -----------------------------------


def _slots(context: DraftContext, facts: Facts, book: Phrasebook, budget: int | None) -> list[Slot]:
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
    ) -> Slot | None:
        # From the longest phrasing to the shortest: full (not on short channels), brief, and
        # "bare" (the brief one said with fewer facts) when the channel is very short of room.
        options: list[str] = []
        if not short and full:
            options.append(choose(full, context, name, rotate=rotate))
        if brief:
            options.append(choose(brief, context, name, rotate=rotate))
        elif short and full:
            options.append(choose(full, context, name, rotate=rotate))
        if bare:
            options.append(choose(bare, context, name, rotate=rotate))
        if not options:
            return None
        # A LinkedIn message shows who sent it: the name at the end may go when room is short.
        if name in OPTIONAL_PARTS or (name is PartName.SIGN_OFF and context.channel is Channel.LINKEDIN):
            options.append("")
        return Slot(name, tuple(dict.fromkeys(_tidy(o) for o in options)), reason, group)

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
    middle = BUILDERS[context.step](context, facts, book, budget, slot)
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


# --- fitting and laying out --------------------------------------------------------------


def _fit(slots: list[Slot], channel: Channel, limit: Limit | None) -> list[tuple[Slot, str]] | None:
    """Each slot's phrasing, the longest that lets the whole fit ``limit``; None if none does.

    Parts give way in ``CUT_ORDER``: the optional ones are left out first, then each part
    takes its short phrasing.
    """
    levels = [0] * len(slots)

    def chosen() -> list[tuple[Slot, str]]:
        return [(s, s.options[level]) for s, level in zip(slots, levels, strict=True)]

    if limit is None or limit.fits(_render(channel, chosen())):
        return chosen()
    for name in CUT_ORDER:
        for index, s in enumerate(slots):
            if s.name is not name:
                continue
            while levels[index] < len(s.options) - 1:
                levels[index] += 1
                if limit.fits(_render(channel, chosen())):
                    return chosen()
    return None


def _render(channel: Channel, chosen: Sequence[tuple[Slot, str]]) -> str:
    greeting = next((text for s, text in chosen if s.name is PartName.GREETING), "")
    sign_off = next((text for s, text in chosen if s.name is PartName.SIGN_OFF), "")
    middle = [(s.group, text) for s, text in chosen if s.name not in (PartName.GREETING, PartName.SIGN_OFF)]
    return layout(channel, greeting, middle, sign_off)


def _tidy(text: str) -> str:
    """A sentence ending on the user's shortened words ends on the ellipsis, not "…."; one
    ending on a name with a full stop ("Acme Inc.") has one full stop."""
    return text.replace(f"{ELLIPSIS}.", ELLIPSIS).replace("..", ".")


def _subject(context: DraftContext, facts: Facts, book: Phrasebook) -> str:
    formal = facts.address.formal
    if context.step in (OutreachKind.FOLLOWUP, OutreachKind.LAST):
        # The first message's subject, as a reply: the follow-up threads with it.
        first = book.subject(OutreachKind.FIRST, formal, facts.elapsed, facts.news)
        chosen = first[stable_number(context.person_id, "first", "subject", context.seed) % len(first)]
        return f"Re: {chosen}"  # what every mail program writes, whatever its language
    variants = book.subject(context.step, formal, facts.elapsed, facts.news)
    return variants[stable_number(context.person_id, family(context.step), "subject", context.seed) % len(variants)]
