"""The parts of each step of a draft: a first message, follow-ups, the last one, keep-in-touch,
congratulations and thanks, each part with the reason it is there.

Each builder gets the context, the composer's facts and the phrasebook, and returns the
slots of the message's middle (the greeting and the sign-off are the composer's). The user's
own words go through ``own_words``: the coach reads them first, and words that ask too early,
reproach, read like a blast or hold a placeholder are left out with a note.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date
from functools import cache

from kith.core.errors import InvalidValue
from kith.core.model import Channel, Favor, FavorKind, OutreachKind
from kith.core.ties import day_in_words
from kith.core.words.coach import BLOCKING, FindingKind, coach
from kith.core.words.context import DraftContext
from kith.core.words.parts import Facts, PartName, Slot, SlotMaker
from kith.core.words.phrasebook import (
    AskFacts,
    GapFacts,
    History,
    How,
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
from kith.core.words.recipient import company_then
from kith.core.words.wording import clean, clip

# A favour or a conversation this recent is what a thank-you is for.
THANKS_WITHIN_DAYS = 60


@cache
def _blocking_kinds(text: str, language: str) -> frozenset[FindingKind]:
    report = coach(text, language=language, step=OutreachKind.FIRST, channel=Channel.CALL)
    return frozenset(f.kind for f in report.findings if f.kind in BLOCKING)


def own_words(text: str, context: DraftContext, facts: Facts, what: str, budget: int | None) -> str:
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


def first(
    context: DraftContext, facts: Facts, book: Phrasebook, budget: int | None, slot: SlotMaker
) -> list[Slot | None]:
    formal = facts.address.formal
    shared = context.shared
    context_key = context.goal.gap_context.strip().lower() if context.goal else ""
    words = facts.words
    context_words = ""
    if words is not None and words.gap_context:
        context_words = own_words(words.gap_context, context, facts, "gap context", budget)
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
            words=own_words(words.why_now, context, facts, "reason", budget),
            agenda=own_words(words.agenda, context, facts, "agenda", budget),
        )
    offer_words = own_words(words.offer, context, facts, "offer", budget) if words is not None else ""
    owed, owed_reason = _owed(context.favours)
    offer = OfferFacts(words=offer_words, owed=None if offer_words else owed)
    slots = [
        slot(
            PartName.GAP,
            gap_variants(book, gap, formal, False),
            gap_variants(book, gap, formal, True),
            _gap_reason(context, facts),
            1,
            bare=gap_variants(book, replace(gap, shared=None, company_then=""), formal, True) if shared else (),
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
    slots.extend(question_slots(context, facts, book, slot, group=4))
    return slots


def gap_variants(book: Phrasebook, gap: GapFacts, formal: bool, short: bool) -> Variants:
    if gap.history is History.NONE:
        return book.never_talked(gap.since_year, formal, short)
    if gap.history is History.RECENT:
        return book.met_recently(gap, formal, short)
    return book.gap(gap, formal, short)


def question_slots(
    context: DraftContext, facts: Facts, book: Phrasebook, slot: SlotMaker, group: int
) -> list[Slot | None]:
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


def follow_up(
    context: DraftContext, facts: Facts, book: Phrasebook, budget: int | None, slot: SlotMaker
) -> list[Slot | None]:
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


def last(
    context: DraftContext, facts: Facts, book: Phrasebook, budget: int | None, slot: SlotMaker
) -> list[Slot | None]:
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


def keep_in_touch(
    context: DraftContext, facts: Facts, book: Phrasebook, budget: int | None, slot: SlotMaker
) -> list[Slot | None]:
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
        *question_slots(context, facts, book, slot, group=2),
    ]
    offer = OfferFacts()
    slots.append(slot(PartName.OFFER, (), book.offer(offer, formal, True), "help, offered back", 3))
    return slots


def congratulations(
    context: DraftContext, facts: Facts, book: Phrasebook, budget: int | None, slot: SlotMaker
) -> list[Slot | None]:
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


def thanks(
    context: DraftContext, facts: Facts, book: Phrasebook, budget: int | None, slot: SlotMaker
) -> list[Slot | None]:
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


def _gap_reason(context: DraftContext, facts: Facts) -> str:
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


def _ask_reason(context: DraftContext, facts: Facts) -> str:
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


# The builder of each step's middle.
Builder = Callable[[DraftContext, Facts, Phrasebook, int | None, SlotMaker], list[Slot | None]]
BUILDERS: dict[OutreachKind, Builder] = {
    OutreachKind.FIRST: first,
    OutreachKind.FOLLOWUP: follow_up,
    OutreachKind.LAST: last,
    OutreachKind.KEEP_IN_TOUCH: keep_in_touch,
    OutreachKind.CONGRATULATIONS: congratulations,
    OutreachKind.THANKS: thanks,
}
