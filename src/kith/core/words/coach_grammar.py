"""The shape of a reproach and of an ask, recognised from word classes rather than listed sentences.

The phrase patterns of ``coach_patterns`` catch the set phrases ("as I said in my last
email", "bumping this"). What they cannot do is recognise a sentence nobody listed. This module
does, by the structure of the offence:

- **a reproach** is a second-person subject (a pronoun, a verb ending, a clitic: "you",
  "hai", "respondiste", "ka/mo/niyo") with a predicate of not answering (reply, answer, get
  back, read, see, acknowledge, ignore, in every form) and a negation or "still"/"never"/"yet";
  or a reproach frame: counting one's own messages, waiting for an answer, guessing they are
  too busy, deserving a reply, saying they vanished. Each language module builds its rules from
  its word classes with :func:`near`, and lists the frames that *excuse* the same words: "no
  need to reply", "non serve che tu risponda", "no hace falta que me respondas", "hindi mo
  na kailangang sumagot".
- **an ask** is a sentence that requests (a request frame, a question, a need: "could you",
  "potresti", "¿me echas una mano?", "pwede mo ba", "paki-", "I need") something that
  benefits the writer (a referral, an introduction for them, a job, an interview, their CV
  looked at, money, a favour; or a job or role *for me*), and offers nothing in the same
  sentence; "if you ever need a referral" is an offer.
- **a blast** is a greeting to a crowd, a message sent to everyone, or a request to spread it.
- **a stung silence** is the open set of indirect reproaches, recognised by their two
  ingredients rather than their words: a sentence that mentions *their* silence (the
  silence, no word, crickets, the void, left on read, unanswered, "haven't heard back")
  with a sting in it or in the next sentence (hurt, sarcasm, resignation, an inference about
  them: "I guess", "clearly", "message received", "after all I did", "I thought we were
  friends"), unless the silence is the writer's own or shared ("sorry for my silence",
  "years of silence between us", "we lost touch").
- **a favour recalled** ("I covered your rent in '09", "te presté a mi cocinero") is leverage
  in a follow-up, or in any draft that also asks something; in a first message alone it is a
  shared memory.
- **a guilt-trip** dressed as politeness is not taken back by the polite words around it:
  "no worries if you're too important for us little people now", "thanks for finally getting
  back to me", "I was always the one who called", "I can see it's been opened three times".

Every rule is written against folded text (see ``coach_patterns``); a space means one or more
spaces. Negation before an ask and quotation are taken back by the caller, as for phrases.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, fields

from kith.core.words.coach_patterns import compile_alternatives

# Up to N words (no punctuation) between two parts of a rule: "you [honestly still] haven't".
_WORD_GAP = r"(?:[\w'-]+ ){0,%d}"


def near(*parts: str, gap: int = 3, besides: str = "") -> str:
    """A pattern where each part follows the previous with at most ``gap`` words between.

    ``besides`` lists words the gap may not hold (another subject: "you'd rather *I* didn't").
    """
    word = rf"(?!(?:{besides})\b)[\w'-]+" if besides else r"[\w'-]+"
    return (" " + rf"(?:{word} ){{0,{gap}}}").join(f"(?:{p})" for p in parts)


def either(*words: str) -> str:
    """An alternation of ``words`` (each itself a pattern)."""
    return "(?:" + "|".join(words) + ")"


@dataclass(frozen=True, slots=True)
class Grammar:
    """One language's structural rules (fragments; see the module docstring)."""

    language: str
    # A reproach, and what in the same sentence before it (or right after it) excuses the words.
    accusation: tuple[str, ...]
    excuse: tuple[str, ...]
    excuse_after: tuple[str, ...]
    # An ask: a request frame, a statement of need, the writer's benefit (strong: a favour in
    # itself; weak: a job or role, a favour only "for me"), and conditional offers.
    request: tuple[str, ...]
    need: tuple[str, ...]
    benefit: tuple[str, ...]
    weak_benefit: tuple[str, ...]
    for_me: tuple[str, ...]
    offer_if: tuple[str, ...]
    # A message to many people.
    blast: tuple[str, ...]
    # Offers that serve the writer: sending their own CV, deck or investor update is no offer back.
    self_serving: tuple[str, ...] = ()
    # A stung silence: their silence mentioned, a sting near it, and the writer's own silence.
    silence: tuple[str, ...] = ()
    sting: tuple[str, ...] = ()
    own_silence: tuple[str, ...] = ()
    # Guilt-trips dressed as politeness: no excuse before them takes them back ("no worries if
    # you're too important for us little people now", "I know I'm not high on your list").
    guilt: tuple[str, ...] = ()
    # A favour the writer once did for them ("I covered your rent in '09", "te presté a mi
    # cocinero", "ako yung nag-endorse sa'yo"): a warm memory in a first message, leverage in a
    # follow-up or next to an ask.
    favour_recalled: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class CompiledGrammar:
    language: str
    accusation: re.Pattern[str] | None
    excuse: re.Pattern[str] | None
    excuse_after: re.Pattern[str] | None
    request: re.Pattern[str] | None
    need: re.Pattern[str] | None
    benefit: re.Pattern[str] | None
    weak_benefit: re.Pattern[str] | None
    for_me: re.Pattern[str] | None
    offer_if: re.Pattern[str] | None
    blast: re.Pattern[str] | None
    self_serving: re.Pattern[str] | None
    silence: re.Pattern[str] | None
    sting: re.Pattern[str] | None
    own_silence: re.Pattern[str] | None
    guilt: re.Pattern[str] | None
    favour_recalled: re.Pattern[str] | None


def compile_grammar(g: Grammar) -> CompiledGrammar:
    """Each rule family as one regular expression (see ``compile_alternatives``)."""
    families = {f.name: compile_alternatives(getattr(g, f.name)) for f in fields(g) if f.name != "language"}
    return CompiledGrammar(language=g.language, **families)


# A colon ends a request too: "I need an investor: would you put something in?"
_SENTENCE = re.compile(r"[^.!?\n;:]+[.!?;:]*")
_SENTENCE_BREAK = re.compile(r"[.!?\n;]")
_CLAUSE_BREAK = re.compile(
    r"[.!?\n;]|\b(?:but|however|ma|pero|tuttavia|eppure|sin embargo|kaso|subalit|ngunit|kaya lang)\b"
)
_AFTER_WINDOW = 40


def sentences(folded: str) -> Iterator[tuple[int, int]]:
    """Spans of the sentences of ``folded`` (a line break ends one too), with their end marks."""
    for m in _SENTENCE.finditer(folded):
        if m.group().strip():
            yield m.span()


def _matches(folded: str, grammars: list[CompiledGrammar], family: str) -> Iterator[tuple[int, int]]:
    """Spans of every match of one rule ``family`` (a field of ``CompiledGrammar``), language by language."""
    for g in grammars:
        pattern: re.Pattern[str] | None = getattr(g, family)
        if pattern is not None:
            for m in pattern.finditer(folded):
                yield m.span()


def _search(pattern: re.Pattern[str] | None, text: str) -> bool:
    return pattern is not None and pattern.search(text) is not None


def clause_start(folded: str, index: int) -> int:
    """Where the clause holding ``index`` starts: after the last sentence end or "but" before it."""
    return max((m.end() for m in _CLAUSE_BREAK.finditer(folded, 0, index)), default=0)


def excused(folded: str, start: int, end: int, grammars: list[CompiledGrammar], *, reach: int | None = None) -> bool:
    """Whether an excuse earlier in the sentence (or right after) takes back the words at start:end.

    "No worries if you can't reply", "non serve che tu risponda", "no hace falta que me
    respondas", "hindi mo na kailangang sumagot", "no reply needed".
    """
    # An excuse reaches up to a "but": "I know you're busy, but you never even replied" accuses;
    # and up to a comma: "sorry to insist, I can see you read it" still points at the blue ticks.
    clause = clause_start(folded, start)
    comma = folded.rfind(",", clause, start)
    before = folded[(comma + 1 if comma >= 0 else clause) : start]
    if reach is not None:
        before = before[-reach:]
    after_end = _SENTENCE_BREAK.search(folded, end)
    after = folded[end : min(end + _AFTER_WINDOW, after_end.start() if after_end else len(folded))].lstrip()
    return any(
        _search(g.excuse, before) or (g.excuse_after is not None and g.excuse_after.match(after)) for g in grammars
    )


def accusations(folded: str, grammars: list[CompiledGrammar]) -> Iterator[tuple[int, int]]:
    """Spans of reproaches recognised by their structure (excuses are left to :func:`excused`)."""
    return _matches(folded, grammars, "accusation")


def guilt_trips(folded: str, grammars: list[CompiledGrammar]) -> Iterator[tuple[int, int]]:
    """Spans of guilt-trips, which an excuse before them does not take back (see ``Grammar.guilt``)."""
    return _matches(folded, grammars, "guilt")


def favours_recalled(folded: str, grammars: list[CompiledGrammar]) -> Iterator[tuple[int, int]]:
    """Spans where the writer recalls a favour they did for the reader (see ``Grammar.favour_recalled``)."""
    return _matches(folded, grammars, "favour_recalled")


def stung_silences(folded: str, grammars: list[CompiledGrammar]) -> Iterator[tuple[int, int]]:
    """Spans of their silence mentioned with a sting in the same or the next sentence.

    "Three weeks of crickets. I guess that's my answer." "I was a bit hurt by the silence."
    The writer's own silence is no reproach: "sorry for the radio silence on my end".
    """
    if not any(_search(g.silence, folded) for g in grammars):
        return
    spans = list(sentences(folded))
    for index, (s_start, s_end) in enumerate(spans):
        sentence = folded[s_start:s_end]
        silences = [m.span() for g in grammars if g.silence is not None for m in g.silence.finditer(sentence)]
        if not silences or any(_search(g.own_silence, sentence) for g in grammars):
            continue
        window_end = spans[index + 1][1] if index + 1 < len(spans) else s_end
        window = folded[s_start:window_end]
        if any(_search(g.sting, window) for g in grammars):
            start, end = silences[0]
            yield s_start + start, s_start + end


def asks(
    folded: str, grammars: list[CompiledGrammar], offers: list[re.Pattern[str] | None]
) -> Iterator[tuple[int, int]]:
    """Spans of what is asked for the writer in a sentence that requests it and offers nothing.

    ``offers`` are the languages' offer patterns ("happy to help", "te lo presento").
    """
    # Most drafts name no benefit at all: look once over the whole text before going sentence by sentence.
    if not any(_search(g.benefit, folded) or _search(g.weak_benefit, folded) for g in grammars):
        return
    spans = list(sentences(folded))
    for index, (s_start, s_end) in enumerate(spans):
        sentence = folded[s_start:s_end]
        framed = any(_search(g.request, sentence) or _search(g.need, sentence) for g in grammars)
        if not framed and not sentence.rstrip().endswith("?"):
            continue
        found = _benefits(sentence, grammars)
        where, text = s_start, sentence
        # The request may point back at what a sentence before named: "They want two letters
        # of recommendation. You know my work best. Would you be willing to write me one?"
        for back in (1, 2):
            if found or not framed or index < back:
                break
            where = spans[index - back][0]
            text = folded[where : spans[index - back][1]]
            found = _benefits(text, grammars, weak=False)
        if (
            found
            and not _offered(text, offers, found)
            and not _offered(text, [g.offer_if for g in grammars], [])
            and not (text is not sentence and _offered(sentence, offers, []))
        ):
            for start, end in found:
                yield where + start, where + end


def _benefits(sentence: str, grammars: list[CompiledGrammar], *, weak: bool = True) -> list[tuple[int, int]]:
    """What in ``sentence`` would benefit the writer (a weak benefit only when it is "for me")."""
    found: list[tuple[int, int]] = []
    for g in grammars:
        strong = [m.span() for m in g.benefit.finditer(sentence)] if g.benefit is not None else []
        if weak and not strong and g.weak_benefit is not None and _search(g.for_me, sentence):
            strong = [m.span() for m in g.weak_benefit.finditer(sentence)]
        found.extend(strong)
    return found


# A request put to them: what follows a conditional "offer" in the same sentence makes it the ask.
_THEIR_REQUEST = re.compile(
    r"\b(?:(?:would|could|can|will) you(?! like| want)|potresti|potrebbe|mi faresti|podrias|podria|me harias|"
    r"(?:pwede|puwede) (?:mo|niyo|ba))\b"
)
# "you'd be willing to make an introduction" asks them; "I'm willing to make one" offers.
_THEIR_WILLINGNESS = re.compile(
    r"\b(?:(?:you|u)(?:'d|'re|'ll| would| are| will)?(?: be)?|estarias|estaria|estarian|estas|estan|serias|saresti|sarebbe|sareste|sei|siete)\s$"
)


def _offered(sentence: str, offers: list[re.Pattern[str] | None], asked: list[tuple[int, int]]) -> bool:
    """Whether the sentence offers something, other than the very words that ask.

    "I'd love to have you as a guest" reads as an offer to host them, but it is the ask.
    """
    for pattern in offers:
        if pattern is None:
            continue
        for m in pattern.finditer(sentence):
            if any(s < m.end() and m.start() < e for s, e in asked):
                continue
            # "If your company ever needs a venue, would you pass my name along?" asks.
            if _THEIR_REQUEST.search(sentence, m.end()):
                continue
            if not _THEIR_WILLINGNESS.search(sentence[max(0, m.start() - 20) : m.start()]):
                return True
    return False


def blasts(folded: str, grammars: list[CompiledGrammar]) -> Iterator[tuple[int, int]]:
    """Spans of signs that the message goes to many people."""
    return _matches(folded, grammars, "blast")
