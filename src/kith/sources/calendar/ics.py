"""Reading an .ics file as a stream, one event at a time.

``icalendar`` parses a whole calendar at once, and one broken event makes it refuse the
whole file. So the file is read in two passes of its lines, never held whole in memory:

1. an index: where each ``VEVENT`` starts and ends (byte offsets and line numbers), its UID
   (unfolding folded lines), the time zones (``VTIMEZONE``) and the calendar's own
   properties (``X-WR-TIMEZONE``, ``X-WR-CALNAME``, ``METHOD``);
2. the events, grouped by UID (a recurring event's master and its overrides may lie far
   apart): each group is read back from its offsets and parsed by ``icalendar`` with only
   the time zones it names, then expanded (``events.occurrences``).

An event that cannot be read is reported as ``FILE:LINE: reason`` and the others are read.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from datetime import datetime, tzinfo
from pathlib import Path

from icalendar import Calendar

from kith.core.errors import InputError, InvalidValue
from kith.core.identity import normalise_email
from kith.core.meetings import Occurrence
from kith.sources.calendar.events import by_uid, expand

# How much of a file is looked at to tell whether it is a calendar.
_SNIFF_BYTES = 4096


def looks_like_ics(path: Path) -> bool:
    """Whether ``path`` is a file that starts as an iCalendar file does (``BEGIN:VCALENDAR``)."""
    if not path.is_file():
        return False
    try:
        with path.open("rb") as handle:
            head = handle.read(_SNIFF_BYTES)
    except OSError:
        return False
    text = head.removeprefix(b"\xef\xbb\xbf").lstrip().upper()
    return text.startswith(b"BEGIN:VCALENDAR")


@dataclass(frozen=True, slots=True)
class EventRead:
    """The occurrences of one event (one UID) that started by "now"."""

    uid: str
    where: str  # FILE:LINE of its first component
    occurrences: tuple[Occurrence, ...]
    settled: bool = False  # nothing more can happen in it (see ``events.Expansion``)
    digest: str = ""  # of its text: the same text gives the same digest


@dataclass(frozen=True, slots=True)
class Unchanged:
    """An event whose text is the one read last time, and which was settled then: not parsed."""

    uid: str


@dataclass(frozen=True, slots=True)
class Unreadable:
    where: str  # FILE:LINE, with the UID when it is known
    reason: str


@dataclass
class _Block:
    start: int  # byte offset of BEGIN:VEVENT
    end: int  # byte offset just after END:VEVENT
    line: int


@dataclass
class CalendarIndex:
    """What the first pass learnt about a file."""

    path: Path
    events: dict[str, list[_Block]] = field(default_factory=dict)  # UID -> its components, in file order
    timezones: dict[str, bytes] = field(default_factory=dict)  # TZID -> the VTIMEZONE block
    properties: dict[str, str] = field(default_factory=dict)  # X-WR-TIMEZONE, X-WR-CALNAME, METHOD
    broken: list[Unreadable] = field(default_factory=list)

    @property
    def event_count(self) -> int:
        return len(self.events)

    def owner_address(self) -> str:
        """The calendar's owner when the file says (Google names the primary calendar by its address)."""
        name = self.properties.get("X-WR-CALNAME", "")
        if "@" not in name:
            return ""
        try:
            return normalise_email(name)
        except InvalidValue:
            return ""


def _logical_lines(path: Path) -> Iterator[tuple[bytes, int, int, int]]:
    """Unfolded content lines: (line, first physical line number, start offset, end offset)."""
    current: list[bytes] = []
    first_line = start = offset = 0
    with path.open("rb") as handle:
        for number, raw in enumerate(handle, start=1):
            if raw[:1] in (b" ", b"\t") and current:
                current.append(raw[1:].rstrip(b"\r\n"))
                offset += len(raw)
                continue
            if current:
                yield b"".join(current), first_line, start, offset
            current = [raw.rstrip(b"\r\n")]
            first_line, start = number, offset
            offset += len(raw)
        if current:
            yield b"".join(current), first_line, start, offset


def _value(line: bytes) -> str:
    """The value of a content line (after the first colon outside quoted parameters)."""
    quoted = False
    for i, byte in enumerate(line):
        if byte == 0x22:
            quoted = not quoted
        elif byte == 0x3A and not quoted:
            return _text(line[i + 1 :]).strip()
    return ""


def _name(line: bytes) -> bytes:
    end = len(line)
    for stop in (b";", b":"):
        at = line.find(stop)
        if at != -1:
            end = min(end, at)
    return line[:end].strip().upper()


def _text(raw: bytes) -> str:
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("cp1252", errors="replace")  # older Outlook exports


def index_calendar(path: Path) -> CalendarIndex:
    """The first pass over ``path``: events by UID, time zones, calendar properties, broken blocks."""
    index = CalendarIndex(path)
    stack: list[bytes] = []
    event: _Block | None = None
    uid = ""
    tz_start = -1
    tzid = ""
    try:
        for line, number, start, end in _logical_lines(path):
            name = _name(line)
            if name == b"BEGIN":
                component = _value(line).upper().encode()
                if component == b"VEVENT":
                    if event is not None:
                        index.broken.append(Unreadable(f"{path}:{event.line}", "it has no END:VEVENT"))
                    stack = [s for s in stack if s != b"VEVENT"]
                    event, uid = _Block(start, end, number), ""
                elif component == b"VTIMEZONE" and event is None:
                    tz_start, tzid = start, ""
                stack.append(component)
            elif name == b"END":
                component = _value(line).upper().encode()
                if component in stack:
                    while stack and stack.pop() != component:
                        pass
                if component == b"VEVENT" and event is not None:
                    event.end = end
                    key = uid or _anonymous(path, event)
                    index.events.setdefault(key, []).append(event)
                    event = None
                elif component == b"VTIMEZONE" and tz_start >= 0:
                    if tzid:
                        index.timezones[tzid] = _read(path, tz_start, end)
                    tz_start = -1
            elif event is not None and name == b"UID" and stack[-1:] == [b"VEVENT"]:
                uid = _value(line)
            elif tz_start >= 0 and name == b"TZID":
                tzid = _value(line)
            elif stack == [b"VCALENDAR"] and name in (b"X-WR-TIMEZONE", b"X-WR-CALNAME", b"METHOD"):
                index.properties[name.decode()] = _value(line)
    except OSError as exc:
        raise InputError(str(path), None, f"it cannot be read: {exc.strerror or exc}") from exc
    if event is not None:
        index.broken.append(Unreadable(f"{path}:{event.line}", "the file ends inside this event (no END:VEVENT)"))
    return index


def _anonymous(path: Path, block: _Block) -> str:
    """A stable UID for an event that has none: the hash of its text."""
    return "sha256:" + hashlib.sha256(_read(path, block.start, block.end)).hexdigest()[:32]


def _read(path: Path, start: int, end: int) -> bytes:
    with path.open("rb") as handle:
        handle.seek(start)
        return handle.read(end - start)


def _wrapped(index: CalendarIndex, blocks: list[bytes]) -> bytes:
    """A calendar holding ``blocks`` and the time zones they name."""
    body = b"".join(b if b.endswith(b"\n") else b + b"\r\n" for b in blocks)
    header = [b"BEGIN:VCALENDAR", b"VERSION:2.0", b"PRODID:-//kith//reader//EN"]
    for key, value in index.properties.items():
        header.append(f"{key}:{value}".encode())
    unfolded = body.replace(b"\r\n ", b"").replace(b"\r\n\t", b"").replace(b"\n ", b"").replace(b"\n\t", b"")
    zones = [
        block
        for tzid, block in index.timezones.items()
        if f"TZID={tzid}".encode() in unfolded or f'TZID="{tzid}"'.encode() in unfolded
    ]
    parts = [b"\r\n".join(header) + b"\r\n", *zones, body, b"END:VCALENDAR\r\n"]
    return b"".join(p if p.endswith(b"\n") else p + b"\r\n" for p in parts)


def parse_calendar(data: bytes) -> Calendar:
    """``data`` parsed by icalendar; raises ``InvalidValue`` (field ``calendar``) when it cannot be."""
    try:
        calendar = Calendar.from_ical(data)
    except Exception as exc:  # icalendar raises ValueError, KeyError, IndexError... on bad input
        raise InvalidValue("calendar", "", f"it is not valid iCalendar: {exc}") from exc
    if not isinstance(calendar, Calendar):
        raise InvalidValue("calendar", "", "it is not a VCALENDAR")
    return calendar


# Events parsed together: one parse of many small events costs less than many parses.
_PARSE_BATCH = 50


def read_events(
    index: CalendarIndex,
    now: datetime,
    zone: tzinfo | None,
    *,
    settled: Mapping[str, str] | None = None,
    salt: bytes = b"",
) -> Iterator[EventRead | Unreadable | Unchanged]:
    """The second pass: each event of the index, read and expanded up to ``now``, or why it cannot be.

    ``settled`` maps the UIDs of events settled at the last reading to their digests; an
    event whose digest (of ``salt`` and its text) is the same is not parsed again.
    """
    known = settled or {}
    batch: list[tuple[str, str, list[bytes], str]] = []
    with index.path.open("rb") as handle:
        for uid, blocks in index.events.items():
            texts = []
            for block in blocks:
                handle.seek(block.start)
                texts.append(handle.read(block.end - block.start))
            digest = hashlib.sha256(salt + b"".join(texts)).hexdigest()[:32]
            if known.get(uid) == digest:
                yield Unchanged(uid)
                continue
            batch.append((uid, f"{index.path}:{blocks[0].line}", texts, digest))
            if len(batch) >= _PARSE_BATCH:
                yield from _read_batch(index, batch, now, zone)
                batch = []
    yield from _read_batch(index, batch, now, zone)


def _read_batch(
    index: CalendarIndex, batch: list[tuple[str, str, list[bytes], str]], now: datetime, zone: tzinfo | None
) -> Iterator[EventRead | Unreadable]:
    if not batch:
        return
    groups: dict[str, Calendar] = {}
    if len(batch) > 1:
        try:
            groups = by_uid(parse_calendar(_wrapped(index, [t for _, _, texts, _ in batch for t in texts])))
        except InvalidValue:
            groups = {}  # one of them is broken: read each on its own below, to name it
    for uid, where, texts, digest in batch:
        try:
            calendar = groups.get(uid)  # an event without a UID is not found: it is parsed alone
            if calendar is None:
                calendar = parse_calendar(_wrapped(index, texts))
            expansion = expand(calendar, now, zone)
        except InvalidValue as exc:
            yield Unreadable(f"{where} ({uid})" if not uid.startswith("sha256:") else where, exc.reason)
            continue
        yield EventRead(uid, where, expansion.occurrences, expansion.settled, digest)
