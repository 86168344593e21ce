"""The user's own words inside a draft: cleaned, fitted, and read for their shape.

The goal's reason, agenda and offer, and the user's words for the gap, are typed once and go
into many drafts. They are put in as written, trimmed of spaces and of a final full stop (the
sentence around them adds its own), and shortened at a word boundary when a channel has no
room for them.
"""

from __future__ import annotations

import re
from datetime import date

_SPACES = re.compile(r"\s+")
_END = ".;:!,\u2026 "
ELLIPSIS = "\u2026"


def clean(text: str) -> str:
    """``text`` on one line, without surrounding spaces or a final full stop."""
    return _SPACES.sub(" ", text).strip().rstrip(_END).strip()


def clip(text: str, most: int) -> str:
    """``text`` cut at a word boundary to at most ``most`` characters (an ellipsis included)."""
    if len(text) <= most:
        return text
    if most <= 1:
        return ELLIPSIS if most == 1 else ""
    cut = text[: most - 1]
    space = cut.rfind(" ")
    if space > 0:
        cut = cut[:space]
    return cut.rstrip(_END) + ELLIPSIS


def sentence(text: str) -> str:
    """``text`` as a sentence of its own: a capital first letter and a full stop."""
    words = clean(text)
    if not words:
        return ""
    end = "" if words[-1] in "?!" else "."
    return words[0].upper() + words[1:] + end


def verb_phrase(text: str, openings: tuple[str, ...], verb: re.Pattern[str] | None = None) -> str:
    """``text`` as a verb phrase ("share what I learned"), or "" when it reads as a noun phrase.

    What follows one of ``openings`` ("happy to share...": lower case, tried longest first,
    ignoring case and curly apostrophes) is one; so is ``text`` itself when its first word
    matches ``verb`` (an infinitive: "condividere...", "compartir...").
    """
    folded = text.replace("\u2019", "'").lower()
    for opening in sorted(openings, key=len, reverse=True):
        if folded.startswith(opening + " "):
            return text[len(opening) + 1 :].strip()
    if verb is not None and verb.match(folded):
        return text
    return ""


def days_ago(day: date, today: date) -> int:
    return (today - day).days
