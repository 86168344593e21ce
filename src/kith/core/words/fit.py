"""How long a draft may be on each channel, how its parts are laid out, and the last-resort cut.

The limits are the coach's (``coach.LINKEDIN_MAX_CHARS`` and friends), so a draft kith writes
is never one the coach would call too long: characters for a LinkedIn message and a text,
words for a card or letter and for an email (a first message or a keep-in-touch note may be
longer than a follow-up). Words are counted the way the coach counts them: runs of letters,
with an apostrophe or a hyphen inside, links left out.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Sequence
from dataclasses import dataclass

from kith.core.model import Channel, OutreachKind
from kith.core.words.coach import (
    EMAIL_MAX_WORDS_FIRST,
    EMAIL_MAX_WORDS_FOLLOWUP,
    LETTER_MAX_WORDS,
    LINKEDIN_MAX_CHARS,
    TEXT_MAX_CHARS,
)
from kith.core.words.wording import ELLIPSIS

_WORD = re.compile(r"[^\W\d_]+(?:['-][^\W\d_]+)*")
_URL = re.compile(r"(?:https?://|www\.)\S+")

# Channels whose messages are short: their parts use the short phrasings from the start.
SHORT_CHANNELS = frozenset({Channel.LINKEDIN, Channel.TEXT, Channel.LETTER})


class Measure(enum.StrEnum):
    CHARACTERS = "characters"
    WORDS = "words"


@dataclass(frozen=True, slots=True)
class Limit:
    measure: Measure
    most: int

    def size(self, text: str) -> int:
        return len(text.strip()) if self.measure is Measure.CHARACTERS else count_words(text)

    def fits(self, text: str) -> bool:
        return self.size(text) <= self.most

    def __str__(self) -> str:
        return f"{self.most} {self.measure.value}"


def limit_for(channel: Channel, step: OutreachKind) -> Limit | None:
    """The most a draft on ``channel`` may hold; None for a call's talking points."""
    if channel is Channel.LINKEDIN:
        return Limit(Measure.CHARACTERS, LINKEDIN_MAX_CHARS)
    if channel in (Channel.TEXT, Channel.MESSAGE):
        return Limit(Measure.CHARACTERS, TEXT_MAX_CHARS)
    if channel is Channel.LETTER:
        return Limit(Measure.WORDS, LETTER_MAX_WORDS)
    if channel is Channel.EMAIL:
        longer = step in (OutreachKind.FIRST, OutreachKind.KEEP_IN_TOUCH)
        return Limit(Measure.WORDS, EMAIL_MAX_WORDS_FIRST if longer else EMAIL_MAX_WORDS_FOLLOWUP)
    return None


def count_words(text: str) -> int:
    return len(_WORD.findall(_URL.sub(" ", text)))


def layout(channel: Channel, greeting: str, middle: Sequence[tuple[int, str]], sign_off: str) -> str:
    """The body: the greeting on its own line, the parts (paragraph number, text) and the sign-off.

    An email keeps one paragraph per number; a card, a LinkedIn message and a text run the
    parts together; a call is a list of talking points, one a line.
    """
    texts = [(group, text) for group, text in middle if text]
    if channel is Channel.CALL:
        return "\n".join(f"- {text}" for _, text in texts)
    if channel is Channel.EMAIL:
        paragraphs: list[list[str]] = []
        last_group: int | None = None
        for group, text in texts:
            if group != last_group:
                paragraphs.append([])
                last_group = group
            paragraphs[-1].append(text)
        body = [" ".join(p) for p in paragraphs]
    else:
        body = [" ".join(text for _, text in texts)] if texts else []
    between = "\n\n" if channel in (Channel.EMAIL, Channel.LETTER) else "\n"
    return between.join(piece for piece in (greeting, *body, sign_off) if piece)


def cut_to(text: str, limit: Limit) -> str:
    """The last resort when nothing else fits: ``text`` cut at a word boundary, with an ellipsis."""
    if limit.fits(text):
        return text
    if limit.measure is Measure.CHARACTERS:
        room = text.strip()[: limit.most - 1]
        space = max(room.rfind(" "), room.rfind("\n"))
        return (room[:space] if space > 0 else room).rstrip(" ,;:") + ELLIPSIS
    ends = [m.end() for m in _WORD.finditer(text)]
    return text[: ends[limit.most - 1]].rstrip() + ELLIPSIS if limit.most > 0 else ""
