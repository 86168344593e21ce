"""Coaching a draft the user wrote: read it from a file or standard input, then ask the core coach.

The coach itself (``kith.core.words.coach``) is pure; reading the file, and turning what can
go wrong with it into one clear ``InputError``, belongs here.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

from kith.core.errors import InputError
from kith.core.model import Channel, OutreachKind
from kith.core.words.coach import CoachReport, Step, coach

# A draft is a message, not a book: refuse what is clearly the wrong file.
MAX_DRAFT_CHARS = 100_000
STDIN = "-"


@dataclass(frozen=True, slots=True)
class CoachedDraft:
    """The draft as read (spans in the report index ``text``) and what the coach said."""

    source: str
    text: str
    report: CoachReport


def read_draft(source: str, *, stdin: TextIO | None = None) -> str:
    """The text of ``source``: a path to a UTF-8 text file, or ``-`` for standard input."""
    if source == STDIN:
        stream = stdin if stdin is not None else sys.stdin
        text = stream.read(MAX_DRAFT_CHARS + 1)
        name = "standard input"
    else:
        path = Path(source)
        try:
            raw = path.read_bytes()
        except FileNotFoundError:
            raise InputError(
                source, None, "no such file; give the path of a text file, or - to read standard input"
            ) from None
        except IsADirectoryError:
            raise InputError(source, None, "is a folder; give the path of a text file with the draft") from None
        except OSError as exc:
            raise InputError(source, None, f"cannot be read ({exc.strerror or exc})") from exc
        try:
            text = raw.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise InputError(
                source, f"byte {exc.start}", "is not UTF-8 text; save the draft as UTF-8 plain text"
            ) from exc
        name = source
    if len(text) > MAX_DRAFT_CHARS:
        raise InputError(name, None, f"is longer than {MAX_DRAFT_CHARS:,} characters; that is not one message")
    if not text.strip():
        raise InputError(name, None, "is empty; write the draft first")
    # Windows line ends would shift every span by one per line.
    return text.replace("\r\n", "\n")


def coach_draft(
    source: str,
    *,
    language: str | None = None,
    step: OutreachKind | Step | str = Step.FIRST,
    channel: Channel = Channel.EMAIL,
    recipient_name: str | None = None,
    stdin: TextIO | None = None,
) -> CoachedDraft:
    """Read the draft at ``source`` (``-`` for standard input) and coach it."""
    text = read_draft(source, stdin=stdin)
    report = coach(text, language=language, step=step, channel=channel, recipient_name=recipient_name)
    return CoachedDraft(source=source, text=text, report=report)
