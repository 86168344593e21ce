"""The plain records the contact readers produce, one per contact, message or invitation.

A record keeps what the file said, as it said it (labels, raw values), next to the
normalised form kith matches on when one exists. Nothing here is a person yet: the import
use case decides which person each record belongs to.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from kith.core.errors import InputError
from kith.core.model import Birthday, Direction, IdentityKind


@dataclass(frozen=True, slots=True)
class Provenance:
    """Where a record came from: the file, the ZIP member, the line and (for vCard) the card."""

    file: str  # the path given by the user (a file, or the ZIP holding ``member``)
    format: str  # one of ``FORMATS``
    line: int  # the line the record starts on, counting from 1
    member: str = ""  # the member's name inside a ZIP, when the record came from one
    card: int | None = None  # the card's number in a vCard file, counting from 1

    @property
    def where(self) -> str:
        """The file as a user would name it: ``export.zip/Connections.csv`` for a ZIP member."""
        return f"{self.file}/{self.member}" if self.member else self.file

    @property
    def position(self) -> str:
        """``line 12``, or ``card 3 (line 40)`` for a vCard."""
        if self.card is not None:
            return f"card {self.card} (line {self.line})"
        return f"line {self.line}"


@dataclass(frozen=True, slots=True)
class ContactPoint:
    """An email, phone, LinkedIn profile, handle or web address, as the file gave it.

    ``normalised`` is the form kith matches on (see ``core.identity``), or ``None`` when the
    value does not normalise; the record then carries a warning saying why, except for a
    phone number without a country code, which the caller may still read in the user's region.
    """

    kind: IdentityKind
    raw: str
    label: str = ""  # "work", "home", "mobile", or the program's own words
    normalised: str | None = None
    preferred: bool = False


@dataclass(frozen=True, slots=True)
class PostalAddress:
    label: str = ""
    street: str = ""
    city: str = ""
    region: str = ""
    postal_code: str = ""
    country: str = ""  # as written
    country_code: str = ""  # ISO 3166-1 alpha-2 when ``country`` names one, else ""

    def formatted(self) -> str:
        """The address on lines, the way it would go on an envelope."""
        locality = " ".join(part for part in (self.postal_code, self.city) if part)
        if self.region:
            locality = f"{locality} ({self.region})" if locality else self.region
        lines = [self.street, locality, self.country]
        return "\n".join(line for line in lines if line)


@dataclass(frozen=True, slots=True)
class ContactRecord:
    """One contact read from a file: a card, a CSV row, a LinkedIn connection."""

    provenance: Provenance
    display_name: str = ""
    given_name: str = ""
    family_name: str = ""
    middle_name: str = ""
    nickname: str = ""
    contact_points: tuple[ContactPoint, ...] = ()
    company: str = ""
    department: str = ""
    title: str = ""
    addresses: tuple[PostalAddress, ...] = ()
    birthday: Birthday | None = None
    notes: str = ""
    tags: tuple[str, ...] = ()
    languages: tuple[str, ...] = ()  # BCP 47 tags
    photo: bytes | None = None
    photo_type: str = ""  # "image/jpeg"... when the file says
    connected_on: date | None = None  # LinkedIn: when the connection was made
    uid: str = ""  # the vCard UID, stable across exports of the same address book
    warnings: tuple[str, ...] = ()  # what was read but dropped, and why

    def points(self, kind: IdentityKind) -> tuple[ContactPoint, ...]:
        return tuple(p for p in self.contact_points if p.kind is kind)

    @property
    def emails(self) -> tuple[ContactPoint, ...]:
        return self.points(IdentityKind.EMAIL)

    @property
    def phones(self) -> tuple[ContactPoint, ...]:
        return self.points(IdentityKind.PHONE)

    @property
    def urls(self) -> tuple[ContactPoint, ...]:
        return self.points(IdentityKind.URL)

    @property
    def linkedin(self) -> tuple[ContactPoint, ...]:
        return self.points(IdentityKind.LINKEDIN)

    @property
    def handles(self) -> tuple[ContactPoint, ...]:
        return self.points(IdentityKind.HANDLE)

    @property
    def address(self) -> PostalAddress | None:
        """The address that speaks for the contact: the first one the file gave."""
        return self.addresses[0] if self.addresses else None

    @property
    def city(self) -> str:
        return self.address.city if self.address else ""

    @property
    def region(self) -> str:
        return self.address.region if self.address else ""

    @property
    def country(self) -> str:
        return self.address.country if self.address else ""

    @property
    def country_code(self) -> str:
        return self.address.country_code if self.address else ""

    @property
    def postal_address(self) -> str:
        return self.address.formatted() if self.address else ""


@dataclass(frozen=True, slots=True)
class LinkedInMessage:
    """One message of a LinkedIn conversation (``messages.csv``).

    Whether it was sent or received depends on who the user is: compare
    ``sender_slug`` with the user's own profile (``direction_for``).
    """

    provenance: Provenance
    conversation_id: str
    conversation_title: str
    sender_name: str
    sender_profile_url: str
    sender_slug: str | None
    recipient_names: tuple[str, ...]
    recipient_profile_urls: tuple[str, ...]
    recipient_slugs: tuple[str, ...]
    sent_at: datetime  # in UTC
    subject: str = ""
    content: str = ""
    folder: str = ""
    warnings: tuple[str, ...] = ()

    def direction_for(self, own_slug: str) -> Direction:
        """Outbound when the user (whose profile slug is ``own_slug``) sent it, else inbound."""
        return Direction.OUTBOUND if self.sender_slug == own_slug else Direction.INBOUND


@dataclass(frozen=True, slots=True)
class LinkedInInvitation:
    """An invitation to connect, sent or received (``Invitations.csv``)."""

    provenance: Provenance
    from_name: str
    to_name: str
    sent_at: datetime | None  # in UTC; LinkedIn writes no time zone, so UTC is assumed
    direction: Direction  # OUTBOUND: the user invited them
    message: str = ""
    inviter_profile_url: str = ""
    invitee_profile_url: str = ""
    other_slug: str | None = None  # the profile of the person who is not the user
    warnings: tuple[str, ...] = ()

    @property
    def other_name(self) -> str:
        return self.to_name if self.direction is Direction.OUTBOUND else self.from_name


@dataclass(frozen=True, slots=True)
class Skipped:
    """A record that could not be read; ``problem`` says where and why (``FILE:LINE: reason``)."""

    problem: InputError

    @property
    def message(self) -> str:
        return str(self.problem)


ReadResult = ContactRecord | LinkedInMessage | LinkedInInvitation | Skipped

FORMATS = (
    "linkedin-connections",
    "linkedin-messages",
    "linkedin-invitations",
    "vcard",
    "google-csv",
    "outlook-csv",
    "csv",
)
