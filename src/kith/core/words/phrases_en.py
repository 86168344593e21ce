"""English sentences for drafts (see ``phrasebook`` for what each method is given and promises).

English has no tu/Lei: the formal register is "Dear" and "Kind regards" for a senior person
kith barely knows, the informal one "Hi" and "Best". Numbers up to twenty are spelt out, as
English prose does; the units and their plurals come from CLDR (``elapsed.unit_phrase``).
"""

from __future__ import annotations

import re

from kith.core.model import Channel, OutreachKind
from kith.core.words.elapsed import Around, Elapsed, Unit, month_and_year, unit_phrase
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
    Shared,
    ThanksFor,
    ThanksKind,
    Variants,
    WhenWords,
    WhyNow,
    said_when,
)
from kith.core.words.wording import sentence, verb_phrase

_NUMBERS = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
    "twenty",
]

# The openings of an offer that make the rest a verb phrase: "happy to share what I learned".
_OFFER_VERB_OPENINGS = (
    "i'd be happy to",
    "i'd be glad to",
    "i would be happy to",
    "i would be glad to",
    "i'm happy to",
    "i am happy to",
    "happy to",
    "glad to",
    "i can",
    "i could",
    "i'll",
    "i will",
)

# Verbs an offer typed as a bare verb phrase starts with ("share what I learned", "introduce you to...").
_OFFER_VERBS = re.compile(
    r"(?:share|introduce|help|connect|review|give|send|host|show|pass|tell|offer|put|make|buy|walk|lend|read|"
    r"cook|treat|take|lend|mentor|coach|advise|answer|explain)\b"
)

# What the user's reason for the gap is called in a sentence.
_CONTEXTS: dict[str, Variants] = {
    "abroad": (
        "I've been working abroad, and I lost touch with more people than I'd like.",
        "Living abroad these past years, I let too many conversations go quiet.",
    ),
    "studies": (
        "I went back to studying, and it took most of my time.",
        "I went back to school for a while, and it swallowed most of my time.",
    ),
    "new career": (
        "I changed careers, and for a while it took all my attention.",
        "Changing careers took more of my attention than I expected.",
    ),
    "family": (
        "Family has taken most of my time these past years.",
        "Life at home kept me busy, and I let a lot of conversations go quiet.",
    ),
    "busy": (
        "Work got busy, and I let too much time slip by.",
        "Things got busy, and I let too much time slip by; that's on me.",
    ),
}


def _number(n: int) -> str:
    if n == 1:
        return "a"
    return _NUMBERS[n] if n < len(_NUMBERS) else str(n)


def _half(n: int) -> str:
    return f"{_NUMBERS[n] if n < len(_NUMBERS) else n} and a half"


# When a recent conversation was, for a thank-you.
_WHEN = WhenWords("today", "yesterday", "on {}", "last week", "in {}")


class English:
    language = "en"
    name = "English"

    def formality(self, formal: bool) -> str:
        return "a formal tone (Dear...)" if formal else "a first-name tone"

    def interest(self, raw: str) -> str:
        return raw.strip()

    def elapsed(self, elapsed: Elapsed) -> str:
        if elapsed.around is Around.FEW_WEEKS:
            return "a few weeks"
        if elapsed.around is Around.AND_A_HALF:
            if elapsed.count == 1:
                return "a year and a half" if elapsed.unit is Unit.YEAR else "a month and a half"
            return unit_phrase(elapsed.count, elapsed.unit, self.language, _half)
        said = unit_phrase(elapsed.count, elapsed.unit, self.language, _number)
        lead = {Around.ABOUT: "about", Around.ALMOST: "almost", Around.MORE_THAN: "more than"}[elapsed.around]
        return f"{lead} {said}"

    # --- around the message --------------------------------------------------------------

    def greeting(self, name: Name, formal: bool, channel: Channel, user_name: str) -> Variants:
        given = name.given
        if channel is Channel.TEXT:
            me = f" it's {user_name}." if user_name else ""
            return (f"Hi {given},{me}", f"Hello {given},{me}")
        if formal:
            return (f"Dear {given},",)
        if channel is Channel.LETTER:
            return (f"Dear {given},",)
        return (f"Hi {given},", f"Hello {given},")

    def closings(self, formal: bool, letter: bool) -> Variants:
        if formal:
            return ("Kind regards,", "Best regards,")
        if letter:
            return ("With warm wishes,", "All the best,")
        return ("Best,", "All the best,", "Warm wishes,")

    def subject(self, step: OutreachKind, formal: bool, elapsed: Elapsed | None, news: News) -> Variants:
        if step is OutreachKind.KEEP_IN_TOUCH:
            return ("Thinking of you", "A quick hello", "How are things?")
        if step is OutreachKind.CONGRATULATIONS:
            if news.kind is NewsKind.NEW_CITY:
                return ("Congratulations on the move!", "Congratulations!")
            return ("Congratulations on the new role!", "Congratulations!")
        if step is OutreachKind.THANKS:
            return ("Thank you", "Thank you!", "Thanks again")
        since = (f"Hello after {self.elapsed(elapsed)}",) if elapsed is not None else ()
        if formal:
            return ("Getting back in touch", *since)
        return ("It's been a while", "A long overdue hello", *since)

    # --- the first message ---------------------------------------------------------------

    def gap(self, facts: GapFacts, formal: bool, short: bool) -> Variants:
        shared, elapsed = facts.shared, facts.elapsed
        if elapsed is None:
            return ("It's been far too long since we were last in touch.",)
        e = self.elapsed(elapsed)
        if shared is None:
            return (f"It's been {e} since we were last in touch.", f"We haven't been in touch for {e}.")
        when = month_and_year(shared.on, self.language)
        last = _last_time(shared.how)
        if facts.history is History.LITTLE:
            found = self._little(shared, e, when, short)
        elif short or not facts.long_gap:
            found = (f"It's been {e} since we {last}, in {when}.", f"We haven't been in touch since {when}.")
        elif shared.subject:
            s = shared.subject
            found = (
                f"It's been {e} since we last wrote to each other, about \u201c{s}\u201d in {when}, "
                "and that's far too long.",
                f"I realised it's been {e} since our last emails, about \u201c{s}\u201d back in {when}. "
                "I'm sorry I let so much time go by.",
                f"Hard to believe it's been {e} since we last wrote to each other (about \u201c{s}\u201d, in {when}). "
                "I should have written sooner.",
            )
        else:
            found = (
                f"It's been {e} since we {last}, in {when}, and that's far too long.",
                f"I realised it's been {e} since we {last}, back in {when}. I'm sorry I let so much time go by.",
                f"Hard to believe it's been {e} since we {last}, in {when}. I should have been in touch sooner.",
            )
        if facts.company_then and not short:
            return tuple(f"{v} You were still at {facts.company_then} back then." for v in found)
        return found

    def _little(self, shared: Shared, e: str, when: str, short: bool) -> Variants:
        if short:
            return (
                f"We haven't really been in touch since {when}.",
                f"It's been {e} since we {_last_time(shared.how)}.",
            )
        if shared.how is How.MET:
            return (
                f"We met once, back in {when}, and haven't really been in touch since.",
                f"It's been {e} since we met, in {when}, and we never really got to talk properly.",
            )
        if shared.subject:
            s = shared.subject
            return (
                f"We've only ever exchanged a few messages, the last about \u201c{s}\u201d in {when}, {e} ago.",
                f"We haven't really been in touch since {when}, when we wrote to each other about \u201c{s}\u201d.",
            )
        return (
            f"We've only ever exchanged a few messages, the last in {when}, {e} ago.",
            f"We haven't really been in touch since {when}.",
        )

    def never_talked(self, year: int | None, formal: bool, short: bool) -> Variants:
        if year is None:
            return ("We've been connected for a while but have never really talked.",)
        if short:
            return (f"We connected in {year} but have never really talked.",)
        return (
            f"We connected back in {year} but have never really talked.",
            f"We connected in {year}, and I realise we've never really spoken.",
        )

    def met_recently(self, facts: GapFacts, formal: bool, short: bool) -> Variants:
        if facts.shared is None or facts.elapsed is None:
            return ("We connected only recently, and I wanted to say hello properly.",)
        e, when = self.elapsed(facts.elapsed), month_and_year(facts.shared.on, self.language)
        if short:
            return (f"It's been {e} since we met, and I wanted to say hello properly.",)
        return (
            f"It's been {e} since we met in {when}, and I've been meaning to write ever since.",
            f"It's been {e} since we met, and I wanted to say hello properly.",
        )

    def gap_context(self, facts: GapFacts, formal: bool) -> Variants:
        if facts.context_words:
            return (sentence(facts.context_words),)
        return _CONTEXTS.get(facts.context, ())

    def why_now(self, facts: WhyNow, formal: bool, short: bool) -> Variants:
        if facts.words:
            w = facts.words
            if short:
                return (f"The reason I'm writing: {w}.", f"I'm writing because of some news: {w}.")
            return (
                f"The reason I'm writing now: {w}.",
                f"I'm writing because of some news: {w}.",
                f"Some news from my side, which is the reason for my message: {w}.",
            )
        if short:
            return (
                "I've decided to reconnect with people I've lost touch with, and you came to mind first.",
                "I've started getting back in touch with people I've missed, you among the first.",
            )
        return (
            "I've decided to reconnect with people I've lost touch with over the years, "
            "and you were one of the first who came to mind.",
            "I've started getting back in touch with people I've missed talking to, and you were high on my list.",
            "I've decided to stop letting good connections go quiet, and yours is one I've missed.",
        )

    def spoken_why_now(self, words: str) -> str:
        return f"Why now: {words}."

    def agenda(self, facts: WhyNow, formal: bool) -> Variants:
        a = facts.agenda
        return (f"What I'm working towards: {a}.", f"The plan, to be open about it: {a}.")

    def offer(self, facts: OfferFacts, formal: bool, short: bool) -> Variants:
        if facts.words:
            verb = verb_phrase(facts.words, _OFFER_VERB_OPENINGS, _OFFER_VERBS)
            if verb:
                if short:
                    return (f"I'd be glad to {verb}.",)
                return (
                    f"In return, I'd be glad to {verb}.",
                    f"And I'd be happy to {verb}, if that's useful.",
                    f"If it helps, I'd gladly {verb}.",
                )
            w = facts.words
            if short:
                return (f"In return, I can offer {w}.",)
            return (f"Something I can offer in return: {w}.", f"If it's useful, I can offer {w}.")
        if short:
            return ("If I can help with anything, just say.", "Happy to help however I can.")
        if facts.owed is Owed.THEY_HELPED:
            return (
                "I haven't forgotten how you helped me back then, and I'd be glad to return the favour.",
                "You helped me once when it mattered, and I'd love the chance to return the favour.",
            )
        if facts.owed is Owed.I_PROMISED:
            return (
                "I also still owe you what I promised back then; I haven't forgotten, and I'd be glad to do it now.",
                "And I haven't forgotten what I promised you back then; I'd be glad to finally do it.",
            )
        if facts.owed is Owed.I_OFFERED:
            return (
                "My offer from back then still stands, and if there's anything else I can do, I'd be glad to.",
                "What I offered back then still stands, and I'd be glad to help with anything else, too.",
            )
        return (
            "If there's anything I can do for you, an introduction or a second opinion on something, "
            "just say the word.",
            "And if I can be useful in any way, I'd be glad to help: an introduction, feedback on something "
            "you're working on, anything.",
            "If an introduction or a second pair of eyes on something would help you, I'd be happy to help.",
        )

    def question(self, news: News, formal: bool, short: bool) -> Variants:
        n = news
        at = f" at {n.company}" if n.company else ""
        if n.kind is NewsKind.NEW_ROLE:
            if short:
                return (f"How is the new role{at} going?", f"How are you finding life as {n.title}?")
            return (
                f"I saw you're now {n.title}{at}. How are you finding it?",
                f"I saw the news that you're now {n.title}{at}: what has it been like so far?",
                f"I noticed you've become {n.title}{at}; I'd love to hear how it's going.",
            )
        if n.kind is NewsKind.NEW_COMPANY:
            if short:
                return (f"How are you finding it at {n.company}?",)
            return (
                f"I saw you've moved to {n.company}. What are you working on there?",
                f"I noticed you're at {n.company} now: how are you finding it?",
            )
        if n.kind is NewsKind.NEW_CITY:
            if short:
                return (f"How is life in {n.city}?",)
            return (
                f"I saw you're living in {n.city} now. How are you finding it?",
                f"I noticed you've moved to {n.city}: what's life like there?",
            )
        if n.kind is NewsKind.ROLE:
            if short:
                return (f"What are you working on at {n.company} these days?",)
            return (
                f"What are you working on these days as {n.title} at {n.company}?",
                f"How are things at {n.company}? I'd love to hear what you're working on "
                "and what you've learned along the way.",
                f"What does your work at {n.company} look like these days?",
            )
        if n.kind is NewsKind.COMPANY:
            if short:
                return (f"What are you working on at {n.company} these days?",)
            return (
                f"How are things at {n.company}? I'd love to hear what you're working on.",
                f"What are you working on at {n.company} these days?",
            )
        if n.kind is NewsKind.CITY:
            if short:
                return (f"How is life in {n.city}?",)
            return (
                f"How is life in {n.city}? I'd love to hear what you've been up to.",
                f"What have you been working on in {n.city}?",
            )
        if short:
            return ("What are you working on these days?",)
        return (
            "I'd love to hear what you've been up to: what you're working on, and who with.",
            "What have you been working on lately, and what has surprised you along the way?",
            "What are you working on these days? I'd love to hear how your path has gone.",
        )

    def interest_question(self, interest: str, formal: bool) -> Variants:
        return (f"And do you still find time for {interest}?", f"Are you still into {interest}?")

    def ask(self, facts: AskFacts, formal: bool, short: bool) -> Variants:
        a = facts.agenda
        if facts.they_offered:
            return (f"You kindly offered your help once; if that still stands, I'd value your advice on this: {a}.",)
        if short:
            return (f"If you're open to it, I'd value your advice on {a}.",)
        return (
            f"One request, if you don't mind: {a}. If you know someone I should talk to, "
            "an introduction would mean a lot.",
            f"If you're open to it, I'd value your advice on this: {a}.",
        )

    # --- follow-ups ----------------------------------------------------------------------

    def follow_up(self, number: int, formal: bool, short: bool) -> Variants:
        if short:
            return (
                "Writing again in case my message got lost; I know how busy it gets.",
                "A short follow-up on my note, with no rush at all.",
                "Following up once more, in case the timing is better now.",
            )
        return (
            "I'm writing again in case my earlier message got lost; I know how full inboxes get.",
            "A short follow-up on my message from a little while ago, with no rush at all.",
            "I know things get hectic, so here's a friendly follow-up on my earlier note.",
            "Following up once more, in the hope that the timing is better now.",
        )

    def follow_up_news(self, news: News, interest: str, formal: bool) -> Variants:
        if interest:
            return (
                f"I was also curious whether you still find time for {interest}.",
                f"By the way, are you still into {interest}?",
            )
        if news.kind is NewsKind.NEW_ROLE and news.company:
            return (f"I hope the new role at {news.company} is going well.",)
        if news.company:
            return (f"I hope all is well at {news.company}.", f"I hope things are going well at {news.company}.")
        if news.city:
            return (f"I hope life in {news.city} is treating you well.",)
        return ("Either way, I hope you're well.", "I hope all is well with you.")

    def stop_question(self, formal: bool, short: bool) -> Variants:
        if short:
            return (
                "Should I stop following up? If now isn't a good time, that's completely fine.",
                "Would you prefer I stop following up? Either answer is fine with me.",
            )
        return (
            "Should I stop following up? If now isn't a good time, that's completely fine: just let me know, "
            "and I won't write about this again.",
            "I don't want to fill your inbox, so let me ask plainly: would you prefer I stop following up? "
            "Either answer is fine with me.",
            "Is it better if I stop following up for now? No hard feelings at all, and if the timing is ever "
            "better, I'd be glad to hear from you.",
        )

    # --- keeping in touch, congratulations, thanks ----------------------------------------

    def keep_in_touch(self, shared: Shared | None, elapsed: Elapsed | None, formal: bool, short: bool) -> Variants:
        if shared is None or elapsed is None:
            return ("I was thinking of you and wanted to say hello.", "You came to mind today, so here's a hello.")
        when = month_and_year(shared.on, self.language)
        last = _last_time(shared.how)
        return (
            f"I was thinking of you and realised we {last} in {when}.",
            f"It's been {self.elapsed(elapsed)} since we {last}, so I wanted to say hello.",
        )

    def congratulations(self, news: News, formal: bool, short: bool) -> Variants:
        at = f" at {news.company}" if news.company else ""
        how = "How is it going so far?" if short else "How are the first weeks going?"
        if news.kind is NewsKind.NEW_ROLE:
            return (
                f"Congratulations on your new role as {news.title}{at}! {how}",
                f"I just saw the news: congratulations on becoming {news.title}{at}! {how}",
            )
        if news.kind is NewsKind.NEW_COMPANY:
            return (
                f"Congratulations on the move to {news.company}! {how}",
                f"I saw you've joined {news.company}: congratulations! {how}",
            )
        return (f"I saw you've moved to {news.city}: congratulations on the new chapter! {how}",)

    def thanks(self, facts: ThanksFor, formal: bool, short: bool) -> Variants:
        if facts.kind is ThanksKind.HELP:
            return (
                "Thank you again for your help; it made a real difference.",
                "I wanted to thank you properly for your help. It meant a lot.",
            )
        if facts.kind is ThanksKind.REPLY:
            return (
                "Thank you for getting back to me; it was really good to hear from you.",
                "Thanks so much for your reply. It was lovely to hear from you.",
            )
        when = f" {said_when(facts, _WHEN, self.language)}" if facts.on else ""
        if facts.how is How.CALLED:
            return (
                f"Thank you for the call{when}; it was great to catch up.",
                f"It was really good to talk{when}. Thank you for making the time.",
            )
        return (
            f"Thank you for taking the time to meet{when}.",
            f"It was really good to see you{when}; thank you for making the time.",
        )

    def return_favour(self, formal: bool, short: bool) -> Variants:
        return (
            "If I can ever return the favour, just say the word.",
            "I'd be glad to return the favour whenever I can.",
        )

    def call_cues(self, formal: bool) -> tuple[str, str]:
        return (
            "What can I do for you? I'd be glad to help, with an introduction or a second opinion.",
            "What's your biggest challenge right now?",
        )


def _last_time(how: How) -> str:
    """ "we last met", "we last spoke on the phone", "we last wrote to each other"."""
    return {
        How.MET: "last saw each other",
        How.CALLED: "last spoke on the phone",
        How.WROTE: "last wrote to each other",
    }[how]


PHRASES = English()
