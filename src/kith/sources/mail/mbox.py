"""A streaming mbox reader (plain or ``.gz``) that reads headers and skips bodies.

Hand-written instead of ``mailbox.mbox`` because the standard library reads the whole file
line by line to build a table of contents, then parses every message in full, base64
attachments included; it is many times slower and its memory grows with the file. Here the
file is read in binary chunks of a few MB, separators are found with ``bytes.find``, only the
header block (and the first bytes of the body, for a snippet) of each message is decoded,
and memory stays bounded by the chunk size plus the largest message kept (a few MB).

A ``From `` line is a separator when it follows a blank line (or starts the file) and is
followed by a header line or looks like a separator (``From sender Mon Mar  3 10:00:00
2025``); a line that only looks like one of the two is body text that an mboxo writer did
not escape. Escaped ``>From `` lines are never separators.
"""

from __future__ import annotations

import gzip
import re
import zlib
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import BinaryIO, Protocol

from kith.core.errors import InputError
from kith.sources.mail.classify import MANY_RECIPIENTS
from kith.sources.mail.message import BODY_PREFIX, build_record
from kith.sources.mail.records import MailResult, Skipped, SourcePosition

# 2 MB, not more: every chunk read, and the window it is joined to, is a fresh block of
# memory whose pages the kernel must fault in and zero (a block this size is reused by the
# allocator instead), and a reader of one part reads up to a chunk past its end. 8 MB
# chunks cost the reader processes of a 1 GB import about 1 s more in the kernel.
CHUNK = 2 * 1024 * 1024
HEAD_MAX = 1024 * 1024  # a header block longer than this is cut: no real program writes one
KEEP_MAX = 4 * 1024 * 1024  # a bounce longer than this is read from its first bytes only

_HEADER_LINE = re.compile(rb"[!-9;-~]+[ \t]*:")
# "From sender@x Mon Mar  3 10:00:00 2025", "From - Mon Mar 03 10:00:00 2025", Takeout's
# "From 1234@xxx Mon Mar 03 10:00:00 +0000 2025": a weekday, a month and a time.
_SEPARATOR_LINE = re.compile(
    rb"From \S*\s+(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)\w*,?\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\w*"
    rb"\s+\d{1,2}\s+\d{1,2}:\d\d"
)
_SEPARATOR_DATE = re.compile(
    rb"(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\w*\s+(\d{1,2})\s+(\d{1,2}):(\d\d)(?::(\d\d))?.*?(\d{4})"
)
_MONTHS = {m: i for i, m in enumerate(b"Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split(), start=1)}


class _Readable(Protocol):
    def read(self, size: int = -1, /) -> bytes: ...


class _Stream:
    """A window over a binary stream: absolute offsets, refilled in chunks, cut behind ``keep``."""

    def __init__(self, raw: _Readable, file: str) -> None:
        self.raw = raw
        self.file = file
        self.data = b""
        self.base = 0
        self.eof = False

    @property
    def end(self) -> int:
        return self.base + len(self.data)

    def more(self, keep: int) -> bool:
        """Read one more chunk, dropping the bytes before ``keep``; False at the end of the file."""
        if self.eof:
            return False
        try:
            block = self.raw.read(CHUNK)
        except (OSError, EOFError, zlib.error) as exc:
            self.eof = True
            raise InputError(self.file, self.end, f"the file cannot be read past this point ({exc})") from exc
        if not block:
            self.eof = True
            return False
        keep = max(self.base, min(keep, self.end))
        self.data = self.data[keep - self.base :] + block
        self.base = keep
        return True

    def reach(self, end: int, keep: int) -> bool:
        """Make sure the bytes up to ``end`` are in the window; False when the file is shorter."""
        while self.end < end:
            if not self.more(keep):
                return False
        return True

    def find(self, needle: bytes, start: int, keep: int, limit: int | None = None) -> int:
        """The absolute offset of ``needle`` at or after ``start`` (before ``limit``), or -1."""
        while True:
            i = self.data.find(needle, start - self.base)
            if i >= 0:
                found = self.base + i
                return found if limit is None or found < limit else -1
            start = max(start, self.end - len(needle) + 1)
            if (limit is not None and start >= limit) or not self.more(min(keep, start)):
                return -1

    def slice(self, start: int, end: int) -> bytes:
        return self.data[start - self.base : end - self.base]


def read_mbox(
    path: str | Path,
    *,
    snippets: bool = True,
    many: int = MANY_RECIPIENTS,
    part: tuple[int, int | None] | None = None,
    uncounted_snippets: bool = True,
) -> Iterator[MailResult]:
    """Stream the messages of an mbox file (plain or gzip-compressed) as records.

    A message that cannot be read is a ``Skipped`` item (``FILE:OFFSET: reason``) and
    reading goes on. A file that is not an mbox raises ``InputError`` before anything is
    yielded; a compressed file damaged halfway yields a ``Skipped`` for the rest and stops.

    ``part`` (``(start, end)`` byte offsets, ``end`` ``None`` for the end of the file) reads
    only the messages whose ``From`` line starts in that range, so that the parts from
    ``mbox_parts`` can be read side by side in several processes; together they yield
    exactly the records of the whole file. A compressed file is read only from its start.
    ``uncounted_snippets=False``: no snippet for mail that does not count (see ``build_record``).
    """
    name = str(path)
    try:
        handle: BinaryIO = open(path, "rb")  # noqa: SIM115 - closed in the finally below
    except FileNotFoundError as exc:
        raise InputError(name, None, "there is no such file") from exc
    except IsADirectoryError as exc:
        raise InputError(name, None, "this is a folder; a Maildir folder has cur/ and new/ in it") from exc
    except OSError as exc:
        raise InputError(name, None, f"the file cannot be opened ({exc.strerror})") from exc
    try:
        first, end = (0, None) if part is None else part
        magic = handle.read(2)
        handle.seek(0)
        compressed = magic == b"\x1f\x8b"
        if compressed:
            if first > 0:
                raise InputError(name, None, "a compressed mbox can be read only from its start")
            stream = _Stream(gzip.GzipFile(fileobj=handle, mode="rb"), name)
        else:
            stream = _Stream(handle, name)
        yield from _messages(
            stream,
            name,
            compressed=compressed,
            snippets=snippets,
            many=many,
            part=(first, end),
            texts=uncounted_snippets,
        )
    finally:
        handle.close()


def mbox_parts(path: str | Path, count: int) -> list[tuple[int, int | None]]:
    """Split an uncompressed mbox into ``count`` byte ranges for ``read_mbox(part=...)``.

    The cuts fall anywhere; each reader starts at the first message after its cut. A
    compressed file is one part.
    """
    target = Path(path)
    try:
        size = target.stat().st_size
        with open(target, "rb") as handle:
            compressed = handle.read(2) == b"\x1f\x8b"
    except OSError as exc:
        raise InputError(str(target), None, f"the file cannot be opened ({exc.strerror})") from exc
    if compressed or count <= 1 or size == 0:
        return [(0, None)]
    cuts = [size * number // count for number in range(count)]
    return [(cut, cuts[i + 1] if i + 1 < count else None) for i, cut in enumerate(cuts)]


def _messages(
    stream: _Stream,
    name: str,
    *,
    compressed: bool,
    snippets: bool,
    many: int,
    part: tuple[int, int | None],
    texts: bool = True,
) -> Iterator[MailResult]:
    try:
        stream.reach(64, 0)
    except InputError as exc:
        reason = "the file is not a readable gzip file" if compressed else "the file cannot be read"
        raise InputError(name, None, reason) from exc
    start = len(stream.data) - len(stream.data.lstrip(b"\r\n\t "))
    if start == len(stream.data):
        return  # an empty mailbox (an empty folder in Thunderbird): no messages
    if not stream.data.startswith(b"From ", start):
        raise InputError(name, 0, "this is not an mbox file: it does not begin with a 'From ' line")
    line_end = stream.find(b"\n", start, start)
    crlf = line_end > 0 and stream.data[line_end - 1 : line_end] == b"\r"
    blank = b"\n\r\n" if crlf else b"\n\n"
    first, end = part
    if first > start:
        start = _first_separator_from(stream, first)
    while start >= 0 and (end is None or start < end):
        try:
            result, start = _one_message(stream, name, start, blank, snippets=snippets, many=many, texts=texts)
        except InputError as exc:
            yield Skipped(InputError(name, exc.position, f"{exc.reason}; the messages before it were read"))
            return
        yield result


def _first_separator_from(stream: _Stream, offset: int) -> int:
    """The first message start at or after ``offset``, judged as the reader of the whole file would."""
    base = max(0, offset - 3)  # the bytes before: is the line before blank?
    seekable = getattr(stream.raw, "seek", None)
    if seekable is None:
        raise InputError(stream.file, offset, "this file cannot be read in parts")
    seekable(base)
    stream.data, stream.base, stream.eof = b"", base, False
    position = offset - 1
    while True:
        found = stream.find(b"\nFrom ", position, position - 2)
        if found < 0:
            return -1
        if _is_separator(stream, found, found - 2, None):
            return found + 1
        position = found + 1


def _one_message(
    stream: _Stream, name: str, start: int, blank: bytes, *, snippets: bool, many: int, texts: bool = True
) -> tuple[MailResult, int]:
    """Read the message whose ``From `` line is at ``start``; return it and the next start (-1 at the end)."""
    position = SourcePosition(name, start)
    line_end = stream.find(b"\n", start, start, start + 4096)
    if line_end < 0:
        stream.reach(start + 4096, start)
        line_end = min(stream.end, start + 4096)
    separator_line = stream.slice(start, line_end)
    body_start = line_end + 1
    found_blank = stream.find(blank, body_start - 1, start, body_start + HEAD_MAX)
    head_end = found_blank if found_blank >= 0 else min(stream.end, body_start + HEAD_MAX)
    text_start = head_end + len(blank) if found_blank >= 0 else head_end

    saved: list[bytes] = []  # the head and the start of the body of a message too long to keep

    def save() -> None:
        if not saved:
            saved.append(stream.slice(body_start, head_end))
            stream.reach(text_start + BODY_PREFIX, body_start)
            saved.append(stream.slice(text_start, text_start + BODY_PREFIX))

    next_start = _next_separator(stream, body_start - 1, start, found_blank if found_blank >= 0 else None, save)
    message_end = next_start - 1 if next_start >= 0 else stream.end
    notes: list[str] = []
    if saved:
        head, body_prefix = saved
    else:
        if found_blank < 0 or found_blank >= message_end:
            # No blank line before the next message or the end: all headers, or cut short.
            head_end = text_start = min(message_end, body_start + HEAD_MAX)
            if next_start < 0:
                notes.append("the file ends inside this message's headers")
        head = stream.slice(body_start, head_end)
        body_prefix = stream.slice(text_start, min(message_end, text_start + BODY_PREFIX))
    if not head.strip():
        return Skipped(InputError(name, start, "the message is empty (a truncated file?)")), next_start
    if not _HEADER_LINE.match(head.lstrip(b"\r\n")):
        return Skipped(InputError(name, start, "no mail headers after the 'From ' line")), next_start
    record = build_record(
        head,
        body_prefix,
        position,
        snippets=snippets,
        fallback_date=lambda: _separator_date(separator_line),
        # Called (for a bounce only) before the window moves on; a bounce longer than
        # KEEP_MAX is read from its start.
        whole_message=lambda: head + b"\n\n" + body_prefix if saved else stream.slice(body_start, message_end),
        many=many,
        notes=notes,
        uncounted_snippets=texts,
    )
    return record, next_start


def _next_separator(
    stream: _Stream, search_from: int, start: int, head_end: int | None, save: Callable[[], None]
) -> int:
    """The offset of the next message's ``From `` line, or -1 when this message is the last.

    The window keeps this message (from ``start``) while it is shorter than ``KEEP_MAX``, so
    that its header block, the start of its body, and a bounce whole, can be sliced; past
    that, ``save`` copies the head and the start of the body before they are let go.
    """
    limit = start + KEEP_MAX
    position = search_from
    while True:
        if position < limit:
            found = stream.find(b"\nFrom ", position, start, limit)
            if found < 0:
                if stream.eof and stream.end < limit:
                    return -1
                position = limit
                continue
            keep = start
        else:
            save()
            found = stream.find(b"\nFrom ", position, position - 2)
            if found < 0:
                return -1
            keep = found - 2
        if _is_separator(stream, found, keep, head_end):
            return found + 1
        position = found + 1


def _is_separator(stream: _Stream, newline: int, keep: int, head_end: int | None) -> bool:
    """Whether the ``From `` line after ``newline`` starts a new message (see the module doc)."""
    stream.reach(newline + 2048, keep)
    data, base = stream.data, stream.base
    at = newline - base
    after_blank = at == 0 or data[at - 1 : at] == b"\n" or data[at - 2 : at] == b"\n\r"
    line_end = data.find(b"\n", at + 1)
    line = data[at + 1 : line_end if line_end >= 0 else len(data)]
    looks_like = bool(_SEPARATOR_LINE.match(line))
    if line_end < 0:
        return after_blank and looks_like
    followed_by_header = bool(_HEADER_LINE.match(data, line_end + 1))
    if head_end is not None and newline < head_end:
        # Inside the header block there is no blank line; a real separator there means the
        # previous message had no body at all, which a separator-looking line still proves.
        return looks_like and followed_by_header
    return (after_blank and (followed_by_header or looks_like)) or (looks_like and followed_by_header)


def _separator_date(line: bytes) -> datetime | None:
    match = _SEPARATOR_DATE.search(line)
    if match is None:
        return None
    month, day, hour, minute, second, year = match.groups()
    try:
        return datetime(int(year), _MONTHS[month], int(day), int(hour), int(minute), int(second or 0), tzinfo=UTC)
    except ValueError:
        return None
