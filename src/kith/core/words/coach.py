"""The coach: scores a draft against what a reconnection message says, and lists fixes.

``coach(text, ...)`` is pure: it reads only its arguments. It checks the four parts of a
first message (the gap acknowledged, why now, something offered, a question about them), the
length for the channel, and flags what PRODUCT.md forbids: accusatory or guilt-tripping
phrases, pretended familiarity after years of silence, signs of a generic blast, unfilled
placeholders, and a job or favour ask before the relationship is warm again. The phrase
patterns (``PATTERNS``) and structural rules (``GRAMMAR``, see ``coach_grammar``) for each
language live in ``coach_en``, ``coach_it``, ``coach_es`` and ``coach_tl``.

The draft's language is matched together with English, because Taglish, and Italian or
Spanish drafts written by people who work in English, mix English phrases in. A phrase inside
quotation marks is being talked about, not said, and a phrase shortly after a negating frame
in the same sentence ("I don't want to sound like I'm bumping this") is taken back: neither
is flagged.
"""

from __future__ import annotations

import enum
import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache

from kith.core.errors import InvalidValue
from kith.core.model import Channel, OutreachKind
from kith.core.nicknames import PET_NAMES
from kith.core.words import coach_en, coach_es, coach_grammar, coach_it, coach_model, coach_tl
from kith.core.words.coach_grammar import CompiledGrammar, compile_grammar
from kith.core.words.coach_patterns import CompiledPatterns, compile_patterns
from kith.core.words.language import LANGUAGES, detect_language, supported_language


class FindingKind(enum.StrEnum):
    """What the coach found. The ``missing_*`` kinds are parts a message should have."""

    MISSING_GAP = "missing_gap"
    MISSING_REASON = "missing_reason"
    MISSING_OFFER = "missing_offer"
    MISSING_QUESTION = "missing_question"
    LENGTH = "length"
    ACCUSATORY = "accusatory"
    FAMILIARITY = "familiarity"
    GENERIC_BLAST = "generic_blast"
    PLACEHOLDER = "placeholder"
    NO_NAME = "no_name"
    EARLY_ASK = "early_ask"


BLOCKING: frozenset[FindingKind] = frozenset(
    {FindingKind.ACCUSATORY, FindingKind.EARLY_ASK, FindingKind.PLACEHOLDER, FindingKind.GENERIC_BLAST}
)

# How much each kind takes off the score of 100; a blocking finding also caps it at 40.
PENALTY: dict[FindingKind, int] = {
    FindingKind.MISSING_GAP: 15,
    FindingKind.MISSING_REASON: 15,
    FindingKind.MISSING_OFFER: 15,
    FindingKind.MISSING_QUESTION: 15,
    FindingKind.LENGTH: 10,
    FindingKind.ACCUSATORY: 30,
    FindingKind.FAMILIARITY: 15,
    FindingKind.GENERIC_BLAST: 30,
    FindingKind.PLACEHOLDER: 30,
    FindingKind.NO_NAME: 10,
    FindingKind.EARLY_ASK: 30,
}
BLOCKED_SCORE_CAP = 40


class Step(enum.StrEnum):
    """Which message of a sequence the draft is; it decides which parts are expected."""

    FIRST = "first"
    FOLLOWUP = "followup"
    LAST = "last"
    KEEP_IN_TOUCH = "keep_in_touch"
    THANKS = "thanks"
    CONGRATULATIONS = "congratulations"


# Limits by channel: characters for LinkedIn and text messages (what the apps allow or show
# without "see more"), words for a handwritten card, a range of words for an email.
LINKEDIN_MAX_CHARS = 300
TEXT_MAX_CHARS = 320
LETTER_MAX_WORDS = 80
EMAIL_MIN_WORDS_FIRST = 25  # fewer cannot carry the four parts
EMAIL_MAX_WORDS_FIRST = 200
EMAIL_MAX_WORDS_FOLLOWUP = 120  # follow-ups are short

# Steps before the relationship is warm again: no asks yet.
_BEFORE_WARM = frozenset({Step.FIRST, Step.FOLLOWUP, Step.LAST})


@dataclass(frozen=True, slots=True)
class Finding:
    """One thing to fix; ``start``/``end`` index ``text`` (an empty span for a missing part)."""

    kind: FindingKind
    blocking: bool
    start: int
    end: int
    message: str
    fix: str


@dataclass(frozen=True, slots=True)
class CoachReport:
    """The score (0..100), the language the draft was judged in, and the findings in text order."""

    score: int
    language: str
    language_detected: bool
    step: Step
    channel: Channel
    findings: tuple[Finding, ...]

    @property
    def blocking(self) -> bool:
        """True when the draft should not go out as it is."""
        return any(f.blocking for f in self.findings)

    def kinds(self) -> frozenset[FindingKind]:
        return frozenset(f.kind for f in self.findings)


_PATTERN_MODULES = {"en": coach_en, "it": coach_it, "es": coach_es, "tl": coach_tl}


@cache
def _compiled(language: str) -> CompiledPatterns:
    return compile_patterns(_PATTERN_MODULES[language].PATTERNS)


@cache
def _grammar(language: str) -> CompiledGrammar:
    return compile_grammar(_PATTERN_MODULES[language].GRAMMAR)


def parse_step(value: OutreachKind | Step | str) -> Step:
    """``"keep-in-touch"``, ``OutreachKind.KEEP_IN_TOUCH`` and ``Step.KEEP_IN_TOUCH`` are the same step."""
    raw = str(value.value if isinstance(value, enum.Enum) else value).strip().lower().replace("-", "_")
    try:
        return Step(raw)
    except ValueError:
        allowed = ", ".join(s.value.replace("_", "-") for s in Step)
        raise InvalidValue("step", str(value), f"use one of {allowed}") from None


def coach(
    text: str,
    *,
    language: str | None = None,
    step: OutreachKind | Step | str = Step.FIRST,
    channel: Channel = Channel.EMAIL,
    recipient_name: str | None = None,
    second_opinion: bool = True,
) -> CoachReport:
    """Score ``text`` as a message of ``step`` sent by ``channel``, and list what to fix.

    ``language`` is a tag such as ``"it"`` or ``"fil"``; when None it is detected offline.
    ``recipient_name``, when known, is looked for in the draft. With ``second_opinion`` (the
    default) a draft the rules find no reproach in is also read by the trained model of
    ``coach_model``; False gives the rules alone, which is what the model is measured against.
    """
    the_step = parse_step(step)
    if language is None:
        lang = detect_language(text).language
        detected = True
    else:
        found = supported_language(language)
        if found is None:
            raise InvalidValue(
                "language", language, f"the coach knows {', '.join(LANGUAGES)} (English, Italian, Spanish, Tagalog)"
            )
        lang, detected = found, False
    languages = [lang] + (["en"] if lang != "en" else [])
    draft = _Draft(text, [_compiled(x) for x in languages], [_grammar(x) for x in languages])
    listed = _findings(draft, the_step, channel, recipient_name, language=lang, second_opinion=second_opinion)
    findings = sorted(listed, key=lambda f: (f.start, f.end, f.kind))
    score = 100 - sum(PENALTY[kind] for kind in {f.kind for f in findings})
    if any(f.blocking for f in findings):
        score = min(score, BLOCKED_SCORE_CAP)
    return CoachReport(
        score=max(0, score),
        language=lang,
        language_detected=detected,
        step=the_step,
        channel=channel,
        findings=tuple(findings),
    )


# --- reading the draft -----------------------------------------------------------------

_QUOTES = {"\u2018": "'", "\u2019": "'", "\u02bc": "'", "`": "'", "\u00b4": "'"}
_DOUBLE_QUOTES = {"\u201c": '"', "\u201d": '"', "\u00ab": '"', "\u00bb": '"', "\u201e": '"'}


def fold(text: str) -> str:
    """Lower case, accents off, quotes straight: same length as ``text``, so spans carry over."""
    if text.isascii():
        return text.lower()
    return "".join(map(_fold_char, text))


@cache
def _fold_char(ch: str) -> str:
    ch = _QUOTES.get(ch) or _DOUBLE_QUOTES.get(ch) or ch
    low = ch.lower()
    if len(low) == 1:
        ch = low
    base = unicodedata.normalize("NFD", ch)[0]
    return base if base.isascii() and base.isalpha() else ch


_WORD = re.compile(r"[^\W\d_]+(?:['-][^\W\d_]+)*")
_URL = re.compile(
    r"(?:https?://|www\.)\S+|\b[\w-]+(?:\.[\w-]+)*\.(?:com|net|org|io|blog|me|dev|co|ph|it|es|tv|news|app|fm|info|shop|store|site|online|live|link|page|xyz|ly|gg|uk|ar|mx|cl|pe|de|fr|eu|us|ca)(?:/\S*)?"
)
_SENTENCE_END = re.compile(r"[.!?\n]")
_QUOTED = re.compile(r"\"[^\"\n]{1,300}\"|(?<![\w'])'[^'\n]{1,300}'(?![\w])")
_NEGATION_WINDOW = 60
_DENIED = re.compile(r"\b(?:not|never|no|non|mai|nunca|hindi|di)\s+$")
_EXCUSE_REACH = 25  # characters before a stung silence where an excuse still attaches to it


class _Draft:
    """The text, its folded form for matching, and the languages whose patterns apply."""

    def __init__(self, text: str, patterns: list[CompiledPatterns], grammars: list[CompiledGrammar]) -> None:
        self.text = text
        self.folded = fold(text)
        self.patterns = patterns
        self.grammars = grammars
        self.asked: list[tuple[int, int]] | None = None  # the asks, once found (two checks need them)
        self.quoted = [m.span() for m in _QUOTED.finditer(self.folded)]

    def is_quoted(self, start: int, end: int) -> bool:
        return any(q_start < start and end < q_end for q_start, q_end in self.quoted)

    def sentence_start(self, index: int) -> int:
        last = 0
        for m in _SENTENCE_END.finditer(self.folded, 0, index):
            last = m.end()
        return last

    def is_negated(self, start: int) -> bool:
        # A "but" ends a negating frame's reach: "I don't want to push, but could you refer me?"
        window_start = max(coach_grammar.clause_start(self.folded, start), start - _NEGATION_WINDOW)
        window = self.folded[window_start:start]
        return any(p.negation is not None and p.negation.search(window) for p in self.patterns)

    def said(self, attribute: str) -> Iterator[tuple[int, int]]:
        """Spans where a flagged phrase of this kind is said by the writer (not quoted, not negated)."""
        found: list[tuple[int, int]] = []
        for p in self.patterns:
            pattern: re.Pattern[str] | None = getattr(p, attribute)
            if pattern is not None:
                found.extend(m.span() for m in pattern.finditer(self.folded))
        return self._kept(found, negatable=True)

    def _kept(self, spans: Iterable[tuple[int, int]], *, negatable: bool) -> Iterator[tuple[int, int]]:
        """The spans not quoted (nor negated, when ``negatable``), without overlaps, in the order given."""
        seen: list[tuple[int, int]] = []
        for start, end in spans:
            if any(s < end and start < e for s, e in seen):
                continue
            if self.is_quoted(start, end) or (negatable and self.is_negated(start)):
                continue
            seen.append((start, end))
            yield start, end

    def accusations(self, *, pressing: bool) -> Iterator[tuple[int, int]]:
        """Reproaches said as phrases or recognised by their structure.

        ``pressing``: the draft follows up or asks, so a favour recalled is held over them.
        """
        phrases = [s for s in self.said("accusatory") if not coach_grammar.excused(self.folded, *s, self.grammars)]
        # A negating frame before a reproach takes it back ("I don't want to bump this"); the
        # negation inside one ("you never replied") is part of it.
        structural = [
            s
            for s in coach_grammar.accusations(self.folded, self.grammars)
            if not self.is_negated(s[0]) and not coach_grammar.excused(self.folded, *s, self.grammars)
        ]
        # A sting is not taken back by a polite word before it: "sorry to insist, I guess my
        # email ended up at the bottom of the pile as usual" still reproaches.
        # A stung silence is taken back only by an excuse right before it ("okay lang kung
        # natabunan ito"), not by an apology further back ("scusa se insisto, immagino che...").
        stung = [
            s
            for s in coach_grammar.stung_silences(self.folded, self.grammars)
            if not self.is_negated(s[0])
            and not coach_grammar.excused(self.folded, *s, self.grammars, reach=_EXCUSE_REACH)
        ]
        guilt = [s for s in coach_grammar.guilt_trips(self.folded, self.grammars) if not self.is_negated(s[0])]
        if pressing:
            # Only the word right before negates it: "non te li ho passati io" denies the favour,
            # while "quando eri rimasto senza lavoro" sets the scene for it.
            guilt += [
                s
                for s in coach_grammar.favours_recalled(self.folded, self.grammars)
                if not _DENIED.search(self.folded, max(0, s[0] - 8), s[0])
            ]
        return self._kept([*phrases, *structural, *stung, *guilt], negatable=False)

    def structural_asks(self) -> Iterator[tuple[int, int]]:
        offers = [p.offer for p in self.patterns]
        return self._kept(coach_grammar.asks(self.folded, self.grammars, offers), negatable=True)

    def structural_blasts(self) -> Iterator[tuple[int, int]]:
        return self._kept(coach_grammar.blasts(self.folded, self.grammars), negatable=True)

    def mentions(self, attribute: str) -> bool:
        """Whether any applicable language's pattern of this part occurs (quoted or not)."""
        for p in self.patterns:
            pattern: re.Pattern[str] | None = getattr(p, attribute)
            if pattern is not None and pattern.search(self.folded):
                return True
        return False

    def words(self) -> list[re.Match[str]]:
        return list(_WORD.finditer(_URL.sub(lambda m: " " * len(m.group()), self.text)))


# --- the checks ----------------------------------------------------------------------------


def _findings(
    draft: _Draft, step: Step, channel: Channel, recipient_name: str | None, *, language: str, second_opinion: bool
) -> Iterator[Finding]:
    text = draft.text
    pressing = step in (Step.FOLLOWUP, Step.LAST) or (step in _BEFORE_WARM and bool(_asks(draft)))
    accusations = list(draft.accusations(pressing=pressing))
    if not accusations and second_opinion:
        yield from _second_opinion(draft, FindingKind.ACCUSATORY, language, step, recipient_name)
    for start, end in accusations:
        yield _flag(
            FindingKind.ACCUSATORY,
            start,
            end,
            f"\u201c{text[start:end]}\u201d reads as a reproach: it makes answering feel like apologising.",
            "Drop it. Take the silence on yourself (\u201cI know inboxes fill up\u201d) and give them an easy reason "
            "to reply now.",
        )
    if step in _BEFORE_WARM:
        asks = _asks(draft)
        if not asks and second_opinion:
            yield from _second_opinion(draft, FindingKind.EARLY_ASK, language, step, recipient_name)
        for start, end in asks:
            yield _flag(
                FindingKind.EARLY_ASK,
                start,
                end,
                f"\u201c{text[start:end]}\u201d asks for a job or a favour before the relationship is warm again.",
                "Leave the ask for later, once you are talking again (or they offer); reconnect first "
                "and offer something yourself.",
            )
    if step is Step.FIRST:
        for start, end in draft.said("familiarity"):
            yield _flag(
                FindingKind.FAMILIARITY,
                start,
                end,
                f"\u201c{text[start:end]}\u201d pretends nothing changed after years of silence.",
                "Greet them as you would today and name the gap honestly; let the warmth come from a shared memory.",
            )
    placeholders = list(_placeholders(draft))
    for start, end in placeholders:
        yield _flag(
            FindingKind.PLACEHOLDER,
            start,
            end,
            f"\u201c{text[start:end]}\u201d is a placeholder that was never filled in.",
            "Replace it with the real detail for this person (their name, company, the thing you shared).",
        )
    blasts = list(_blasts(draft))
    for start, end, why in blasts:
        yield _flag(
            FindingKind.GENERIC_BLAST,
            start,
            end,
            why,
            "Write to this one person: their name, something you shared, a question only they can answer.",
        )
    if channel is not Channel.CALL and not placeholders and not blasts and not _names_them(draft, recipient_name):
        who = f" ({recipient_name})" if recipient_name else ""
        yield _flag(
            FindingKind.NO_NAME,
            0,
            0,
            f"The draft never calls them by name{who}; it could have been sent to anyone.",
            "Open with their name, the way you used to address them.",
        )
    yield from _length(draft, step, channel)
    yield from _missing_parts(draft, step)


_SECOND_OPINION = {
    FindingKind.ACCUSATORY: (
        "\u201c{}\u201d may read as a reproach: the coach's trained model finds this draft close to the "
        "reproachful ones it learnt from (no rule named it, so look at the tone of the whole message).",
        "Read it as they will: drop any hint that they owe you an answer, take the silence on yourself and "
        "give them an easy reason to reply now.",
    ),
    FindingKind.EARLY_ASK: (
        "\u201c{}\u201d may ask for a favour: the coach's trained model finds this draft close to the early "
        "asks it learnt from (no rule named it).",
        "Leave the ask for later, once you are talking again; reconnect first and offer something yourself.",
    ),
}


def _second_opinion(
    draft: _Draft, kind: FindingKind, language: str, step: Step, recipient_name: str | None
) -> Iterator[Finding]:
    """The trained model's finding of ``kind`` on a draft the rules passed, on its weightiest sentence."""
    model = coach_model.shipped_model()
    flag = model.flags.get(kind.value)
    if flag is None:
        return
    masked = coach_model.mask(draft.text, draft.folded, recipient_name)
    probability, span = model.judge(kind.value, masked, language, step.value)
    if span is None or probability < flag.threshold:
        return
    message, fix = _SECOND_OPINION[kind]
    yield _flag(kind, *span, message.format(draft.text[span[0] : span[1]]), fix)


def _flag(kind: FindingKind, start: int, end: int, message: str, fix: str) -> Finding:
    return Finding(kind, kind in BLOCKING, start, end, message, fix)


_BRACE = re.compile(r"\{\{?[^{}\n]{1,40}\}\}?|%[A-Za-z_]{2,30}%|\$\{?[A-Za-z_]{2,30}\}?")
_BRACKET = re.compile(r"\[([^\[\]\n]{1,40})\]|<<?([^<>@/.\n]{1,30})>>?")
_FILLER = re.compile(r"(?<![\w])(?:[Xx]{3,}|_{3,}|\.\.\.\.+)(?![\w])")
# Merge fields left in capitals or in round brackets: "Hi FIRSTNAME,", "Dear (name)".
_CAPS_FIELD = re.compile(
    r"(?<![\w])(?:FIRST_?NAME|LAST_?NAME|FULL_?NAME|FNAME|LNAME|COMPANY_?NAME|NAME|NOME|COGNOME|NOMBRE|APELLIDO|"
    r"PANGALAN|COMPANY|AZIENDA|EMPRESA|KUMPANYA)(?![\w])"
)
# Mostly capitals: five words in capitals in a row (a letter typed with caps lock on).
_SHOUTED = re.compile(r"(?:\b[A-Z][A-Z']+\b[^a-z]+){5}")
_ROUND_FIELD = re.compile(
    r"\((?:insert |your |their |inserisci |inserire |il |la |el |su |ilagay ang )?(?:first |last |full |contact |recipient )?"
    r"(?:name|company|company name|role|city|nome|cognome|nombre|apellido|pangalan|azienda|empresa|kumpanya|ruolo|cargo)\)",
    re.IGNORECASE,
)
_FIELD_WORDS = frozenset(
    [
        "name",
        "first",
        "last",
        "full",
        "surname",
        "company",
        "role",
        "title",
        "position",
        "job",
        "insert",
        "city",
        "date",
        "link",
        "url",
        "school",
        "team",
        "event",
        "here",
        "your",
        "their",
        "contact",
        "person",
        "recipient",
        "nome",
        "cognome",
        "azienda",
        "ruolo",
        "citta",
        "data",
        "societa",
        "evento",
        "inserisci",
        "tuo",
        "suo",
        "nombre",
        "apellido",
        "empresa",
        "cargo",
        "puesto",
        "ciudad",
        "fecha",
        "enlace",
        "insertar",
        "tu",
        "su",
        "pangalan",
        "kumpanya",
        "trabaho",
        "lungsod",
        "petsa",
        "ilagay",
    ]
)
_EMPTY_MERGE = re.compile(
    r"^[ \t]*(?:hi|hello|hey|dear|ciao|caro|cara|gentile|salve|hola|querido|querida|estimado|estimada|kumusta|kamusta)[ \t]+[,!:]",
    re.MULTILINE,
)


def _placeholders(draft: _Draft) -> Iterator[tuple[int, int]]:
    folded = draft.folded
    for m in _BRACE.finditer(draft.text):
        yield m.span()
    for m in _BRACKET.finditer(draft.text):
        inner = (m.group(1) or m.group(2) or "").strip()
        words = set(_WORD.findall(fold(inner)))
        letters = [c for c in inner if c.isalpha()]
        shouting = len(letters) >= 2 and all(c.isupper() or not c.isalpha() for c in inner)
        if words & _FIELD_WORDS or shouting or "_" in inner:
            yield m.span()
    for m in _FILLER.finditer(draft.text):
        yield m.span()
    # A field left in capitals stands out only in ordinary text: in a letter typed all in
    # capitals, "COMPANY" is just a word.
    if not _SHOUTED.search(draft.text):
        for m in _CAPS_FIELD.finditer(draft.text):
            yield m.span()
    for m in _ROUND_FIELD.finditer(draft.text):
        yield m.span()
    for m in _EMPTY_MERGE.finditer(folded):
        yield m.start(), m.end()


_SELF_PROMO = re.compile(
    r"(?<!\w)(?:my|mio|mia|mi|aking|ko)\s+(?:new\s+|nuovo\s+|nueva?\s+|latest\s+|ultimo\s+|bagong\s+)?"
    r"(?:blog|newsletter|substack|podcast|channel|canale|canal|vlog|site|website|sito|sitio|page|pagina|post|video|youtube|mix|reel|stream|tienda|shop|negozio)"
    # Tagalog puts the owner after: "bagong mix ko", "page namin".
    r"|(?<!\w)(?:bagong\s+)?(?:blog|vlog|channel|page|post|video|mix|reel|stream|shop)\s+(?:ko|namin)(?!\w)"
)


def _blasts(draft: _Draft) -> Iterator[tuple[int, int, str]]:
    said = list(draft.said("blast"))
    structural = [(s, e) for s, e in draft.structural_blasts() if not any(a < e and s < b for a, b in said)]
    for start, end in sorted(said + structural):
        yield start, end, f"\u201c{draft.text[start:end]}\u201d is what a message to many people says."
    urls = list(_URL.finditer(draft.text))
    if urls:
        words = len(draft.words())
        if words <= 6 or (words <= 30 and _SELF_PROMO.search(draft.folded)):
            start, end = urls[0].span()
            yield start, end, "A link to your own page is the whole message: it reads like a newsletter, not a note."


_NAME_TITLES = (
    r"(?:(?:po|ma'?am|mam|sir|ate|kuya|tita|tito|ninang|ninong|dr\.?|prof\.?|professor|mr\.?|mrs\.?|ms\.?|miss|"
    r"signor[ae]?|sig\.r?a?|dott\.?(?:ssa)?|dottor(?:essa)?|ing\.|avv\.|don|dona|sr\.?|sra\.?|srta\.?|senor(?:a|ita)?|"
    r"lic\.?|my|mi|mio|mia|dear|caro|cara|carissim[oa]|querid[oa]|estimad[oa]|gentile|gentilissim[oa]|old|ol'|again)"
    r"[ \t,]+)*"
)


_STRETCHED = re.compile(r"(\w)\1{2,}")


@cache
def _opening(languages: tuple[str, ...]) -> tuple[re.Pattern[str], frozenset[str]]:
    """The greeting-then-name pattern of these languages, and the words after a greeting that are no name."""
    patterns = [_compiled(language) for language in languages]
    greetings = sorted({g for p in patterns for g in p.greetings}, key=len, reverse=True)
    not_names = frozenset().union(*(p.not_names for p in patterns), (fold(g) for g in greetings))
    opening = re.compile(
        r"^[ \t]*(?:(?:"
        + "|".join(re.escape(g) for g in greetings)
        + r")[ \t,!]+)?"
        + _NAME_TITLES
        + r"([^\W\d_][\w'-]*)",
        re.IGNORECASE,
    )
    return opening, not_names


_DIMINUTIVE = re.compile(r"^(?:[aeiou]?(?:ett|in|ucci|uzz|it|ill|ic|ich|ot)[aeiou]|[aeiou]?(?:ing|oy|ay))$")


def _names_them(draft: _Draft, recipient_name: str | None) -> bool:
    # With a recipient, their own name must be there ("Hi Anna" to Maria is the wrong name).
    return _names_them_by(draft, recipient_name) if recipient_name else _opens_with_a_name(draft)


def _names_them_by(draft: _Draft, recipient_name: str) -> bool:
    if recipient_name:
        names = [w for w in _WORD.findall(fold(recipient_name)) if len(w) >= 2]
        # Whole words, looked up in a set: a regular expression per name would be compiled anew
        # for every person (thousands of names overflow the re module's cache).
        # Stretched greetings count too: "Piliii!" for Pili, "Tiiin!" for Tin.
        said = _WORD.findall(draft.folded)
        words = set(said) | {_STRETCHED.sub(r"\1", w) for w in said}
        if any(n in words for n in names):
            return True
        # A short form of their name counts: "Fede" for Federico, "Gus" for Gustavo.
        # "Jo" for Joanna only as the opening word ("Hi Jo,"), two letters being too common elsewhere.
        first_words = _WORD.findall(draft.folded.lstrip()[:20])
        short = {w for w in first_words[:2] if len(w) == 2}
        if any(names_of_pet & set(names) for w in words if (names_of_pet := PET_NAMES.get(w))):
            return True
        vocative = _opening_name(draft)
        if vocative is not None and _nickname_of(vocative, names):
            return True
        # Diminutives: "Carletto" for Carlo, "Juanito" for Juan, "Lucita" for Lucía.
        stems = {n[:-1] if n[-1] in "aeiou" else n for n in names if len(n) >= 4}
        if any(w.startswith(stem) and _DIMINUTIVE.search(w[len(stem) :]) for stem in stems for w in words):
            return True
        return any(
            (len(w) >= 3 or w in short) and n.startswith(w) and w[0] == n[0] for n in names for w in words if w != n
        )
    return False


def _opens_with_a_name(draft: _Draft) -> bool:
    """Whether the draft opens by calling them by a name ("Hola Lupita,", "Ma'am Tess,"), whichever."""
    return _opening_name(draft) is not None


def _opening_name(draft: _Draft) -> str | None:
    """The name the first line calls them by ("Hi Ma'am Tess," gives "Tess"), folded, if any."""
    opening, not_names = _opening(tuple(p.language for p in draft.patterns))
    for line in draft.text.splitlines():
        if not line.strip():
            continue
        m = opening.match(line)
        if m is None:
            return None
        name = m.group(1)
        greeted = m.group(0).strip().lower() != name.lower()
        if not name[0].isupper() or fold(name) in not_names:
            return None
        # A bare capitalised first word only counts as a name when it stands alone ("Maria,").
        rest = line[m.end() :].lstrip()
        return fold(name) if greeted or rest[:1] in {",", "!", ":", "\u2014", "-", ""} else None
    return None


def _nickname_of(word: str, names: list[str]) -> bool:
    """Whether an opening vocative can be a pet form of one of ``names``: same initial
    ("Ferdie" for Ferdinand, "Baz" for Barry) or a part of it ("Rome" for Jerome, "Tin" for
    Kristine). "Hi Anna" to Maria is neither, and stays the wrong name."""
    word = _STRETCHED.sub(r"\1", word)
    return any(word[0] == n[0] or (len(word) >= 3 and word in n) for n in names if n)


def _length(draft: _Draft, step: Step, channel: Channel) -> Iterator[Finding]:
    text = draft.text.strip()
    offset = draft.text.find(text[:1]) if text else 0
    if channel is Channel.LINKEDIN and len(text) > LINKEDIN_MAX_CHARS:
        yield _flag(
            FindingKind.LENGTH,
            offset + LINKEDIN_MAX_CHARS,
            offset + len(text),
            f"{len(text)} characters: a LinkedIn message should stay within {LINKEDIN_MAX_CHARS}.",
            "Keep one line for each part and cut the rest; the details can come in the conversation.",
        )
    elif channel in (Channel.TEXT, Channel.MESSAGE) and len(text) > TEXT_MAX_CHARS:
        yield _flag(
            FindingKind.LENGTH,
            offset + TEXT_MAX_CHARS,
            offset + len(text),
            f"{len(text)} characters: a text message should stay within {TEXT_MAX_CHARS}.",
            "Say why you are writing and ask one question; save the rest for when they answer.",
        )
    elif channel is Channel.LETTER:
        words = draft.words()
        if len(words) > LETTER_MAX_WORDS:
            yield _flag(
                FindingKind.LENGTH,
                words[LETTER_MAX_WORDS].start(),
                len(draft.text),
                f"{len(words)} words: a handwritten card holds about {LETTER_MAX_WORDS}.",
                "Keep the memory, the news and the question; leave the rest for a call.",
            )
    elif channel is Channel.EMAIL:
        words = draft.words()
        most = EMAIL_MAX_WORDS_FIRST if step in (Step.FIRST, Step.KEEP_IN_TOUCH) else EMAIL_MAX_WORDS_FOLLOWUP
        if len(words) > most:
            yield _flag(
                FindingKind.LENGTH,
                words[most].start(),
                len(draft.text),
                f"{len(words)} words: this email should stay under {most}; long messages get read later, or never.",
                "Cut to the gap, why now, what you offer and one question.",
            )
        elif step is Step.FIRST and len(words) < EMAIL_MIN_WORDS_FIRST:
            yield _flag(
                FindingKind.LENGTH,
                0,
                len(draft.text),
                f"{len(words)} words: too short to say why you are writing after so long.",
                "Add a sentence on the gap, why now, and what you can offer.",
            )


_PART_FIXES: dict[FindingKind, tuple[str, str]] = {
    FindingKind.MISSING_GAP: (
        "The draft does not acknowledge the time since you last spoke.",
        "Name the gap honestly, with its context if there is one: \u201cIt's been almost three years since "
        "we worked on the Lisbon launch\u201d.",
    ),
    FindingKind.MISSING_REASON: (
        "The draft does not say why you are writing now.",
        "Say what prompted it, openly: the move, the new job, the project, what you are working towards.",
    ),
    FindingKind.MISSING_OFFER: (
        "The draft offers nothing back.",
        "Offer something concrete: an introduction, your expertise, a favour you owe, a coffee on you.",
    ),
    FindingKind.MISSING_QUESTION: (
        "The draft asks nothing about them.",
        "Ask about their journey: what they are working on, what they have learned, who they work with now.",
    ),
}


def _missing_parts(draft: _Draft, step: Step) -> Iterator[Finding]:
    wanted: list[FindingKind] = []
    if step is Step.FIRST:
        wanted = [FindingKind.MISSING_GAP, FindingKind.MISSING_REASON, FindingKind.MISSING_OFFER]
    if step in (Step.FIRST, Step.KEEP_IN_TOUCH):
        wanted.append(FindingKind.MISSING_QUESTION)
    present = {
        FindingKind.MISSING_GAP: lambda: draft.mentions("gap"),
        FindingKind.MISSING_REASON: lambda: draft.mentions("reason"),
        FindingKind.MISSING_OFFER: lambda: _offers_something(draft),
        FindingKind.MISSING_QUESTION: lambda: _asks_about_them(draft),
    }
    end = len(draft.text)
    for kind in wanted:
        if not present[kind]():
            message, fix = _PART_FIXES[kind]
            yield _flag(kind, end, end, message, fix)


def _offers_something(draft: _Draft) -> bool:
    """An offer back, not counting the words of an ask nor sending one's own CV or deck."""
    taken = list(_asks(draft))
    for g in draft.grammars:
        if g.self_serving is not None:
            taken.extend(m.span() for m in g.self_serving.finditer(draft.folded))
    for p in draft.patterns:
        if p.offer is not None:
            for m in p.offer.finditer(draft.folded):
                if not any(s < m.end() and m.start() < e for s, e in taken):
                    return True
    return False


def _asks(draft: _Draft) -> list[tuple[int, int]]:
    """Asks said outright ("can you refer me"), and requests for a favour ("any referrals would help")."""
    if draft.asked is None:
        draft.asked = _find_asks(draft)
    return draft.asked


def _find_asks(draft: _Draft) -> list[tuple[int, int]]:
    spans = list(draft.said("ask"))
    for start, end in draft.said("favour"):
        if any(s < end and start < e for s, e in spans):
            continue
        sentence_start = draft.sentence_start(start)
        after = _SENTENCE_END.search(draft.folded, end)
        sentence_end = after.end() if after else len(draft.folded)
        sentence = draft.folded[sentence_start:sentence_end]
        requested = sentence.rstrip().endswith("?") or any(
            p.request is not None and p.request.search(sentence) for p in draft.patterns
        )
        offered = any(p.offer is not None and p.offer.search(sentence) for p in draft.patterns)
        if requested and not offered:
            spans.append((start, end))
    for start, end in draft.structural_asks():
        if not any(s < end and start < e for s, e in spans):
            spans.append((start, end))
    return sorted(spans)


_QUESTION = re.compile(r"[^.!?\n]*\?")
# "..., Maria?" or "..., Ate Joy?": a name at the end of a question says nothing about them.
_VOCATIVE = re.compile(r",[ \t]*(?:[A-Z\u00c0-\u00de][\w'.-]*[ \t]*){1,3}\?$")


def _asks_about_them(draft: _Draft) -> bool:
    """A question (or "tell me about...") about their life or work, not small talk or logistics."""
    asks = _asks(draft)
    # "Ask how the ranch is going" is about them; "chiedergli se prendono apprendisti" is the ask.
    for p in draft.patterns:
        if p.curiosity is None:
            continue
        for m in p.curiosity.finditer(draft.folded):
            start = draft.sentence_start(m.start())
            end_mark = _SENTENCE_END.search(draft.folded, m.end())
            end = end_mark.end() if end_mark else len(draft.folded)
            if not any(s < end and start < e for s, e in asks):
                return True
    for m in _QUESTION.finditer(draft.folded):
        start, end = m.span()
        if any(s < end and start < e for s, e in asks):
            continue
        original = _VOCATIVE.sub("?", draft.text[start:end])
        sentence = fold(original)
        if any(p.logistics is not None and p.logistics.search(sentence) for p in draft.patterns):
            continue
        for p in draft.patterns:
            if p.small_talk is not None:
                sentence = p.small_talk.sub(" ", sentence)
        # What is left once "how are you" is removed must still ask something.
        if len(_WORD.findall(sentence)) >= 2:
            return True
    return False
