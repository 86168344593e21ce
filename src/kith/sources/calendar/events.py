"""One event (its master and its overrides, all sharing a UID) turned into occurrences.

``icalendar`` parses the components (Windows time-zone names such as Outlook's
``W. Europe Standard Time`` included); ``recurring-ical-events`` expands the recurrence rules
with their exceptions: ``EXDATE`` removes an occurrence, a component with a
``RECURRENCE-ID`` replaces one (moved, renamed or cancelled). Only occurrences up to "now"
are expanded: what has not happened yet is never read.

Times: an aware start is kept with its offset; a floating time (no zone) and an all-day
event are placed in the user's zone and have no offset of their own. An all-day event is
placed at noon, so that it stays on its day wherever it is shown.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from functools import lru_cache
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import recurring_ical_events
from icalendar import Calendar, Event

from kith.core.errors import InvalidValue
from kith.core.identity import normalise_email
from kith.core.meetings import Occurrence, Participant, ParticipantKind, Response

# A recurrence rule that never ends (or one with FREQ=SECONDLY) stops being expanded here.
MOST_OCCURRENCES = 10_000

_RESPONSES = {
    "ACCEPTED": Response.ACCEPTED,
    "TENTATIVE": Response.TENTATIVE,
    "DECLINED": Response.DECLINED,
    "DELEGATED": Response.DELEGATED,
}
_KINDS = {"GROUP": ParticipantKind.GROUP, "RESOURCE": ParticipantKind.RESOURCE, "ROOM": ParticipantKind.RESOURCE}
# Addresses Google Calendar gives to rooms and shared calendars (never people).
_NOT_PEOPLE_DOMAINS = ("resource.calendar.google.com", "group.calendar.google.com", "group.v.calendar.google.com")
_NOT_PEOPLE_ADDRESSES = frozenset({"unknownorganizer@calendar.google.com"})
_EARLIEST = datetime(1900, 1, 1, tzinfo=UTC)


@dataclass(frozen=True, slots=True)
class Expansion:
    """The occurrences of one event that started by "now", and whether that is all there will be.

    ``settled`` is true when no later reading can add an occurrence to the same data: every
    occurrence is in the past and the recurrence rule has ended. An unchanged settled event
    need not be read again; an unsettled one (a series still running) must be.
    """

    occurrences: tuple[Occurrence, ...]
    settled: bool


def expand(calendar: Calendar, now: datetime, zone: tzinfo | None) -> Expansion:
    """Every occurrence of the events in ``calendar`` that started by ``now``, in start order.

    Raises ``InvalidValue`` (field ``event``) when an event cannot be read: no start, a
    broken date or rule.
    """
    events = [c for c in calendar.walk("VEVENT") if isinstance(c, Event)]
    if not events:
        return Expansion((), True)
    for event in events:
        if event.get("DTSTART") is None:
            raise InvalidValue("event", _uid(event), "it has no start (DTSTART)")
    cancelled_all = str(calendar.get("METHOD", "")).upper() == "CANCEL"
    # Google Calendar writes times in UTC and names the calendar's zone in X-WR-TIMEZONE: the
    # meeting's own offset is that zone's (the expander applies the same rule to series).
    written_in = _calendar_zone(calendar)
    zone = written_in or zone
    recurring = len(events) > 1 or any(e.get(key) is not None for e in events for key in ("RRULE", "RDATE"))
    if not recurring:
        single = _occurrence(events[0], zone, cancelled_all, written_in)
        return Expansion((single,), single.start <= now)
    found: list[Occurrence] = []
    try:
        for component in recurring_ical_events.of(calendar).after(_EARLIEST.replace(tzinfo=None)):
            occurrence = _occurrence(component, zone, cancelled_all, None)
            if occurrence.start > now or len(found) >= MOST_OCCURRENCES:
                return Expansion(tuple(found), False)
            found.append(occurrence)
    except InvalidValue:
        raise
    except Exception as exc:  # the expander raises its own errors and ValueError for bad rules
        raise InvalidValue("event", _uid(events[0]), f"its recurrence cannot be read: {exc}") from exc
    return Expansion(tuple(found), True)


def _uid(event: Event) -> str:
    return str(event.get("UID", "")).strip()


def _calendar_zone(calendar: Calendar) -> tzinfo | None:
    name = str(calendar.get("X-WR-TIMEZONE", "")).strip()
    if not name:
        return None
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return None


def _occurrence(event: Event, zone: tzinfo | None, cancelled_all: bool, written_in: tzinfo | None) -> Occurrence:
    raw_start = event.decoded("DTSTART")
    if written_in is not None and isinstance(raw_start, datetime) and raw_start.utcoffset() == timedelta(0):
        raw_start = raw_start.astimezone(written_in)
    start, offset, all_day = _placed(raw_start, zone)
    recurrence = event.get("RECURRENCE-ID")
    key = _key(recurrence.dt if recurrence is not None else raw_start, zone)
    status = str(event.get("STATUS", "")).strip().upper()
    return Occurrence(
        uid=_uid(event),
        recurrence=key,
        start=start,
        summary=" ".join(str(event.get("SUMMARY", "")).split())[:300],
        cancelled=cancelled_all or status == "CANCELLED",
        all_day=all_day,
        utc_offset_minutes=offset,
        participants=tuple(_participants(event)),
    )


def _local(moment: datetime, zone: tzinfo | None) -> datetime:
    return moment.replace(tzinfo=zone) if zone is not None else moment.astimezone()


def _placed(value: Any, zone: tzinfo | None) -> tuple[datetime, int | None, bool]:
    """The start as an aware UTC time, the calendar's own offset (if it gave one), all-day or not."""
    if isinstance(value, datetime):
        if value.tzinfo is None:
            return _local(value, zone).astimezone(UTC), None, False
        delta = value.utcoffset()
        offset = int(delta.total_seconds() // 60) if delta is not None else None
        return value.astimezone(UTC), offset, False
    if isinstance(value, date):
        return _local(datetime.combine(value, time(12)), zone).astimezone(UTC), None, True
    raise InvalidValue("DTSTART", str(value), "it is neither a date nor a time")


def _key(value: Any, zone: tzinfo | None) -> str:
    """An occurrence's name: its original start, in UTC for times with a zone."""
    if isinstance(value, datetime):
        if value.tzinfo is None:
            return value.strftime("%Y%m%dT%H%M%S")
        return value.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
    if isinstance(value, date):
        return value.strftime("%Y%m%d")
    raise InvalidValue("RECURRENCE-ID", str(value), "it is neither a date nor a time")


def _participants(event: Event) -> Iterator[Participant]:
    organiser = event.get("ORGANIZER")
    if organiser is not None:
        yield _participant(organiser, organiser=True)
    attendees = event.get("ATTENDEE")
    if attendees is None:
        return
    for attendee in attendees if isinstance(attendees, list) else [attendees]:
        yield _participant(attendee, organiser=False)


def _address(value: str, email_param: str) -> str:
    """The normalised address of a calendar user, or "" (Exchange X.500 paths, ``invalid:nomail``)."""
    text = value.strip()
    candidates = [text[7:] if text.lower().startswith("mailto:") else ""]
    candidates.append(email_param.strip())  # Apple: EMAIL=...:urn:uuid:...
    for candidate in candidates:
        if candidate and "@" in candidate:
            try:
                return normalise_email(candidate)
            except InvalidValue:
                continue
    return ""


def _participant(value: Any, *, organiser: bool) -> Participant:
    params = getattr(value, "params", None) or {}
    return _participant_of(str(value), tuple(sorted((str(k).upper(), str(v)) for k, v in params.items())), organiser)


@lru_cache(maxsize=16_384)
def _participant_of(value: str, params: tuple[tuple[str, str], ...], organiser: bool) -> Participant:
    """One participant, remembered: every occurrence of a series names the same people, and
    validating an address is the dearest step of reading a calendar."""
    given = dict(params)
    email = _address(value, given.get("EMAIL", ""))
    kind = _KINDS.get(given.get("CUTYPE", "").upper(), ParticipantKind.PERSON)
    if email in _NOT_PEOPLE_ADDRESSES or email.endswith(_NOT_PEOPLE_DOMAINS):
        kind = ParticipantKind.RESOURCE
    return Participant(
        email=email,
        name=" ".join(given.get("CN", "").strip().strip('"').split()),
        organiser=organiser,
        response=_RESPONSES.get(given.get("PARTSTAT", "").strip().upper(), Response.NONE),
        kind=kind,
        informed_only=given.get("ROLE", "").strip().upper() == "NON-PARTICIPANT",
    )


def by_uid(calendar: Calendar) -> dict[str, Calendar]:
    """The calendar's events grouped by UID, each group with the calendar's time zones.

    A CalDAV resource holds one event (with its overrides); a file or a careless server may
    hold several, and each is an event of its own.
    """
    groups: dict[str, list[Event]] = {}
    for component in calendar.walk("VEVENT"):
        if isinstance(component, Event):
            groups.setdefault(_uid(component), []).append(component)
    if len(groups) <= 1:
        return dict.fromkeys(groups, calendar)
    zones = calendar.walk("VTIMEZONE")
    split = {}
    for uid, events in groups.items():
        part = Calendar()
        for key in ("VERSION", "PRODID", "METHOD", "X-WR-TIMEZONE"):
            if key in calendar:
                part.add(key, calendar[key])
        for component in [*zones, *events]:
            part.add_component(component)
        split[uid] = part
    return split
