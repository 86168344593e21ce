"""Which calendar events are contact with a person, and with whom.

A meeting is two-way contact with everyone who took part in it besides the user. Whether
one occurrence of an event counts is decided here, from what the calendar says about it:

- it must have happened: an occurrence starting after "now" never counts;
- a cancelled occurrence (``STATUS:CANCELLED``) does not count, nor one the user declined
  (the user's own ``PARTSTAT=DECLINED``);
- the user must take part (as the organiser or an attendee): an event on a calendar the
  user merely reads is not theirs;
- a large meeting (more people besides the user than the mail rule's limit, 8 by default)
  or one sent to a group address is a broadcast, not a conversation, as a mail to many is;
- rooms and other resources, and attendees who declined or were only informed
  (``ROLE=NON-PARTICIPANT``), are not people met.

The external id of a meeting with one person joins the event's UID, the occurrence (its
original start, ``RECURRENCE-ID``) and the person's address, so that importing the same
calendar twice, or a file and then the server it came from, records each meeting once.
"""

from __future__ import annotations

import enum
import hashlib
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

# The mail rule's limit, shared: more people than this is a broadcast, not a conversation.
MANY_PARTICIPANTS = 8

# external_id and thread_id hold at most 1,000 characters; a UID longer than this is hashed.
_LONGEST_UID = 400


class ParticipantKind(enum.StrEnum):
    """The calendar user type (``CUTYPE``) of a participant, as far as kith cares."""

    PERSON = "person"
    GROUP = "group"  # a mailing list invited as one attendee
    RESOURCE = "resource"  # a room, a projector, a shared calendar


class Response(enum.StrEnum):
    """A participant's answer to the invitation (``PARTSTAT``)."""

    ACCEPTED = "accepted"
    TENTATIVE = "tentative"
    DECLINED = "declined"
    DELEGATED = "delegated"
    NONE = "none"  # NEEDS-ACTION, or nothing said


@dataclass(frozen=True, slots=True)
class Participant:
    """The organiser or an attendee of an event; ``email`` is normalised, or "" when it has none."""

    email: str
    name: str = ""
    organiser: bool = False
    response: Response = Response.NONE
    kind: ParticipantKind = ParticipantKind.PERSON
    informed_only: bool = False  # ROLE=NON-PARTICIPANT: told about it, not in it


@dataclass(frozen=True, slots=True)
class Occurrence:
    """One occurrence of a calendar event, as the calendar describes it.

    ``start`` is aware; ``utc_offset_minutes`` is the offset the calendar gave (``None`` for
    floating times and all-day events, which kith places in the user's zone). ``recurrence``
    names the occurrence within its event (its original start), stable when it is moved.
    """

    uid: str
    recurrence: str
    start: datetime
    summary: str = ""
    cancelled: bool = False
    all_day: bool = False
    utc_offset_minutes: int | None = None
    participants: tuple[Participant, ...] = ()


class Verdict(enum.StrEnum):
    """Whether an occurrence counts, and if not, why not (the import summary's words)."""

    COUNTS = "meetings"
    FUTURE = "not yet happened"
    CANCELLED = "cancelled"
    DECLINED = "declined"
    NOT_YOURS = "without you"
    LARGE = "large meetings"
    NO_ONE_ELSE = "without other people"


@dataclass(frozen=True, slots=True)
class Judgement:
    verdict: Verdict
    met: tuple[Participant, ...] = ()  # the people the user met, when it counts

    @property
    def counts(self) -> bool:
        return self.verdict is Verdict.COUNTS


def judge(
    occurrence: Occurrence, my_addresses: Iterable[str], now: datetime, *, many: int = MANY_PARTICIPANTS
) -> Judgement:
    """Whether ``occurrence`` is contact between the user (``my_addresses``) and others, and with whom."""
    if occurrence.start > now:
        return Judgement(Verdict.FUTURE)
    if occurrence.cancelled:
        return Judgement(Verdict.CANCELLED)
    if not occurrence.participants:
        return Judgement(Verdict.NO_ONE_ELSE)  # an appointment of the user's own
    mine = frozenset(my_addresses)
    me = [p for p in occurrence.participants if p.email and p.email in mine]
    if not me:
        return Judgement(Verdict.NOT_YOURS)
    if any(p.response is Response.DECLINED for p in me):
        return Judgement(Verdict.DECLINED)
    others: dict[str, Participant] = {}
    for p in occurrence.participants:
        if p.email in mine or p.kind is ParticipantKind.RESOURCE:
            continue
        if p.kind is ParticipantKind.GROUP:
            return Judgement(Verdict.LARGE)
        if p.email:
            # The organiser is often listed again as an attendee: one person, and the
            # attendee line says how they answered.
            others[p.email] = p if p.email not in others or not p.organiser else others[p.email]
        else:
            others[f"#{len(others)}"] = p  # someone without an address is still one more person
    if len(others) > many:
        return Judgement(Verdict.LARGE)
    met = tuple(
        p
        for p in others.values()
        if p.email and p.response is not Response.DECLINED and not (p.informed_only and not p.organiser)
    )
    if not met:
        return Judgement(Verdict.NO_ONE_ELSE)
    return Judgement(Verdict.COUNTS, met)


def _short(uid: str) -> str:
    if len(uid) <= _LONGEST_UID:
        return uid
    return "sha256:" + hashlib.sha256(uid.encode("utf-8")).hexdigest()


def meeting_thread(uid: str) -> str:
    """The thread every occurrence of one event shares (``interactions.thread_id``)."""
    return f"calendar:{_short(uid)}"


def meeting_external_id(uid: str, recurrence: str, email: str) -> str:
    """The external id of one occurrence of an event with one person: the same on every import."""
    return f"calendar:{_short(uid)}:{recurrence}:{email}"


def name_of(participant: Participant) -> str:
    """The name a new person met in a meeting gets: the calendar's, else one read from the address.

    Google writes the address itself as the name of someone it has no name for; the address
    ``lucia.ferrari@example.org`` reads as "Lucia Ferrari".
    """
    name = participant.name.strip()
    if name and "@" not in name:
        return name
    local = participant.email.partition("@")[0]
    words = [w for w in local.replace("_", ".").replace("-", ".").replace("+", ".").split(".") if w]
    return " ".join(w.capitalize() for w in words) or participant.email
