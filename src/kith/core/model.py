"""The facts kith records, as plain frozen values.

These are what the store persists and what the rest of the core reasons over. Derived
things (a tie's class, a stage, a rank, a plan) are computed from them, never stored here.
Times are timezone-aware datetimes in UTC; ``utc_offset_minutes`` keeps the original offset
where a source gave one.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import date, datetime


class Channel(enum.StrEnum):
    """How an interaction happened, or how an outreach is meant to go out."""

    EMAIL = "email"
    CALL = "call"
    MEETING = "meeting"
    MESSAGE = "message"  # a chat or direct message with no more specific channel
    LINKEDIN = "linkedin"
    TEXT = "text"  # SMS, WhatsApp, Signal...
    LETTER = "letter"  # a card or letter by post


class Direction(enum.StrEnum):
    """Who spoke: the user to the person, the person to the user, or both at once."""

    OUTBOUND = "outbound"
    INBOUND = "inbound"
    MUTUAL = "mutual"  # a meeting or a call where both took part


class InteractionKind(enum.StrEnum):
    """What an interaction means for the relationship."""

    PERSONAL = "personal"
    AUTO_REPLY = "auto_reply"  # an out-of-office: never a reply
    BOUNCE = "bounce"  # delivery failed: the address is bad


class IdentityKind(enum.StrEnum):
    EMAIL = "email"
    PHONE = "phone"
    LINKEDIN = "linkedin"
    HANDLE = "handle"  # a handle on another service ("github:octocat")
    URL = "url"


class IdentityStatus(enum.StrEnum):
    OK = "ok"
    BOUNCING = "bouncing"


class FavorKind(enum.StrEnum):
    """A favour between the user and a person, from the user's side."""

    THEY_DID = "they_did"  # they helped the user: something to return
    I_DID = "i_did"  # the user helped them
    I_OWE = "i_owe"  # the user promised something not yet done
    I_OFFERED = "i_offered"  # the user offered help not yet taken up
    THEY_OFFERED = "they_offered"  # they offered help the user never took up


class RelationshipKind(enum.StrEnum):
    """The kind of relationship the demo generator meant a person to have.

    Kept apart from anything the engine computes, so that tie classification can be
    scored against it.
    """

    STRONG = "strong"
    WEAK = "weak"
    DORMANT = "dormant"
    ONE_WAY = "one_way"
    NEW = "new"


class OutreachKind(enum.StrEnum):
    FIRST = "first"
    FOLLOWUP = "followup"
    LAST = "last"  # the follow-up that asks whether to stop
    KEEP_IN_TOUCH = "keep_in_touch"
    CONGRATULATIONS = "congratulations"
    THANKS = "thanks"


class OutreachStatus(enum.StrEnum):
    PLANNED = "planned"
    DONE = "done"
    SKIPPED = "skipped"
    CANCELLED = "cancelled"


class OverrideAction(enum.StrEnum):
    """What the user decided about a person for the ranking."""

    PIN = "pin"  # always first
    SKIP = "skip"  # not now
    EXCLUDE = "exclude"  # never in this campaign (or in any, when global)


@dataclass(frozen=True, slots=True)
class Birthday:
    """A birthday; address books often know the day without the year."""

    month: int
    day: int
    year: int | None = None

    def iso(self) -> str:
        """``1984-03-12``, or ``--03-12`` (the vCard form) when the year is unknown."""
        if self.year is None:
            return f"--{self.month:02d}-{self.day:02d}"
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"


@dataclass(frozen=True, slots=True)
class Identity:
    """A normalised way to reach or recognise a person (see ``core.identity``)."""

    kind: IdentityKind
    value: str
    label: str = ""  # "work", "home", "mobile"... as the source said
    status: IdentityStatus = IdentityStatus.OK
    id: int | None = None


@dataclass(frozen=True, slots=True)
class Person:
    """A human the user knows. Optional fields are empty strings or empty tuples when unknown."""

    display_name: str
    given_name: str = ""
    family_name: str = ""
    company: str = ""
    title: str = ""
    city: str = ""
    country: str = ""  # ISO 3166-1 alpha-2
    languages: tuple[str, ...] = ()  # BCP 47 tags, preferred first
    interests: tuple[str, ...] = ()
    how_we_met: str = ""
    postal_address: str = ""
    birthday: Birthday | None = None
    keep_in_touch_days: int | None = None
    # The first day the user is known to have known them (LinkedIn's "Connected On", an
    # address book's creation date): a contact known for years with no history is a weak
    # tie, not a new one.
    known_since: date | None = None
    do_not_contact_since: datetime | None = None
    intended_kind: RelationshipKind | None = None
    identities: tuple[Identity, ...] = ()
    tags: tuple[str, ...] = ()
    id: int | None = None
    created_at: datetime | None = None
    updated_at: datetime | None = None

    @property
    def do_not_contact(self) -> bool:
        return self.do_not_contact_since is not None

    def identities_of(self, kind: IdentityKind) -> tuple[Identity, ...]:
        return tuple(i for i in self.identities if i.kind is kind)


@dataclass(frozen=True, slots=True)
class Interaction:
    """One exchange with a person: a message, a call, a meeting, a letter."""

    person_id: int
    occurred_at: datetime
    channel: Channel
    direction: Direction
    summary: str = ""
    kind: InteractionKind = InteractionKind.PERSONAL
    utc_offset_minutes: int | None = None
    external_id: str | None = None  # unique per owner: makes imports idempotent
    thread_id: str | None = None
    source_id: int | None = None
    id: int | None = None
    returns_on: date | None = None  # an auto-reply's "back on" date, when its text gives one


@dataclass(frozen=True, slots=True)
class PersonChange:
    """A company, title or city that a later import found changed on a person."""

    person_id: int
    field: str  # "company", "title" or "city"
    old_value: str
    new_value: str
    changed_at: datetime
    id: int | None = None


@dataclass(frozen=True, slots=True)
class Favor:
    person_id: int
    kind: FavorKind
    description: str
    occurred_on: date | None = None
    settled_on: date | None = None
    id: int | None = None

    @property
    def open(self) -> bool:
        return self.settled_on is None


@dataclass(frozen=True, slots=True)
class Note:
    person_id: int
    body: str
    created_at: datetime
    id: int | None = None


@dataclass(frozen=True, slots=True)
class Relevance:
    """What makes a person relevant to a goal."""

    cities: tuple[str, ...] = ()
    countries: tuple[str, ...] = ()
    companies: tuple[str, ...] = ()
    industries: tuple[str, ...] = ()
    schools: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    words: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Goal:
    """Why the user is reaching out now, and what they bring."""

    title: str
    why_now: str = ""
    agenda: str = ""
    offer: str = ""
    gap_context: str = ""  # studies, abroad, new career, family, busy...
    relevance: Relevance = field(default_factory=Relevance)
    created_at: datetime | None = None
    id: int | None = None


@dataclass(frozen=True, slots=True)
class Campaign:
    """A goal plus an audience and a pace."""

    name: str
    goal_id: int | None = None
    per_day: int = 10
    working_days: tuple[int, ...] = (0, 1, 2, 3, 4)  # Monday is 0
    start_on: date | None = None
    holidays: tuple[date, ...] = ()
    cap: int | None = None
    tie_classes: tuple[str, ...] = ("dormant",)
    channel: Channel | None = None
    language: str = ""
    active: bool = True
    id: int | None = None


@dataclass(frozen=True, slots=True)
class OutreachStep:
    """A planned or done contact with one person."""

    person_id: int
    kind: OutreachKind
    planned_on: date
    campaign_id: int | None = None
    sequence: int = 0  # 0 for the first message, 1.. for follow-ups
    slot: str = ""  # "morning", "midday", "afternoon", "evening"
    channel: Channel | None = None
    status: OutreachStatus = OutreachStatus.PLANNED
    done_at: datetime | None = None
    message_id: str | None = None
    id: int | None = None


@dataclass(frozen=True, slots=True)
class PeopleFilter:
    """Which people a listing shows; empty fields do not filter."""

    tag: str | None = None
    company: str | None = None  # contained in the company name, any case
    city: str | None = None
    country: str | None = None  # ISO code
    search: str | None = None  # words found in the name, company, title or city
