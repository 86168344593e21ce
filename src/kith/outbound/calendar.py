"""Publishing events to a CalDAV calendar: one resource per event, named after its UID.

``publish`` makes the calendar's own events (those whose names start with a prefix the
caller owns) exactly the ones given: it puts the new and the changed ones and deletes the
ones no longer wanted, and leaves every other event of the calendar alone. An event is
"changed" when its fingerprint (``X-KITH-FINGERPRINT``, the hash of what was put) differs
from the one on the server, so publishing the same events twice writes nothing.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Mapping
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from typing import Any, Protocol

from caldav.lib import error
from icalendar import Calendar, Event

FINGERPRINT = "X-KITH-FINGERPRINT"
_CALENDAR_TYPE = {"Content-Type": "text/calendar; charset=utf-8"}


class WritableCalendar(Protocol):
    """An open CalDAV calendar: its URL, the library's handle, and its error translation."""

    url: str
    handle: Any

    def errors(self, doing: str = "read") -> AbstractContextManager[None]: ...


def resource_name(uid: str) -> str:
    """The resource an event is stored as: its UID, safe in a URL path."""
    safe = "".join(c if c.isalnum() or c in "-_." else "-" for c in uid.removesuffix("@kith"))
    return f"{safe}.ics"


def event_resource(event: Event, prodid: str) -> bytes:
    """One event as a calendar of its own, stamped with the fingerprint of its content."""
    body = Calendar()
    body.add("prodid", prodid)
    body.add("version", "2.0")
    stamped = Event()
    for key, value in event.property_items(recursive=False):
        if key not in ("BEGIN", "END", FINGERPRINT):
            stamped.add(key, value, encode=False)
    stamped.add(FINGERPRINT, hashlib.sha256(event.to_ical()).hexdigest()[:32])
    body.add_component(stamped)
    data: bytes = body.to_ical()
    return data


def fingerprint_of(data: bytes) -> str:
    """The fingerprint an event put by ``publish`` carries ("" for anything else)."""
    try:
        calendar = Calendar.from_ical(data)
    except Exception:  # whatever the server holds there, it is not what kith put
        return ""
    for component in calendar.walk("VEVENT"):
        return str(component.get(FINGERPRINT, ""))
    return ""


@dataclass
class Published:
    added: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)


def publish(
    calendar: WritableCalendar,
    wanted: Mapping[str, bytes],
    on_server: Mapping[str, bytes],
    *,
    keep: Callable[[str], bool] = lambda name: False,
) -> Published:
    """Put ``wanted`` (resource name -> data from ``event_resource``) on ``calendar``.

    ``on_server`` holds the caller's events already there (name -> data); those not wanted
    are deleted unless ``keep(name)`` says otherwise (past days of a plan stay as a record).
    """
    done = Published()
    for name, data in wanted.items():
        current = on_server.get(name)
        if current is not None and fingerprint_of(current) == fingerprint_of(data):
            done.unchanged.append(name)
            continue
        with calendar.errors("change"):
            _answered(calendar.handle.client.put(calendar.url + name, data.decode("utf-8"), _CALENDAR_TYPE), name)
        (done.updated if current is not None else done.added).append(name)
    for name in on_server:
        if name in wanted or keep(name):
            continue
        with calendar.errors("change"):
            _answered(calendar.handle.client.delete(calendar.url + name), name)
        done.removed.append(name)
    return done


def _answered(response: Any, name: str) -> None:
    """Raise the library's error for a refused PUT or DELETE (a 404 on DELETE is already done)."""
    status = int(response.status)
    if status < 300 or status == 404:
        return
    raise error.PutError(reason=f"{status} {response.reason} for {name}")
