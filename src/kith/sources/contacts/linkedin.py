"""LinkedIn's data export: ``Connections.csv``, ``messages.csv`` and ``Invitations.csv``.

The columns are LinkedIn's own (see the fixtures under ``tests/data/contacts``); the rows
are streamed by ``csvfile``. LinkedIn leaves the email empty for connections who hide it.
"""

from __future__ import annotations

from collections.abc import Mapping

from kith.core.errors import InputError, InvalidValue
from kith.core.identity import linkedin_slug
from kith.core.model import Direction, IdentityKind
from kith.sources.contacts.dates import parse_linkedin_day, parse_linkedin_time
from kith.sources.contacts.points import PointCollector, finish_contact
from kith.sources.contacts.records import ContactRecord, LinkedInInvitation, LinkedInMessage, Provenance

_CONNECTIONS = {"first name", "last name", "url", "email address", "company", "position", "connected on"}
_MESSAGES = {
    "conversation id",
    "conversation title",
    "from",
    "sender profile url",
    "to",
    "recipient profile urls",
    "date",
    "subject",
    "content",
    "folder",
}
_INVITATIONS = {"from", "to", "sent at", "message", "direction", "inviterprofileurl", "inviteeprofileurl"}
HEADERS = _CONNECTIONS | _MESSAGES | _INVITATIONS


def is_connections(keys: set[str]) -> bool:
    return {"first name", "last name", "url", "connected on"} <= keys


def is_messages(keys: set[str]) -> bool:
    return {"conversation id", "from", "date", "content"} <= keys


def is_invitations(keys: set[str]) -> bool:
    return {"from", "to", "sent at", "direction"} <= keys


def _slug(url: str) -> str | None:
    try:
        return linkedin_slug(url) if url.strip() else None
    except InvalidValue:
        return None


class Connections:
    """A row of ``Connections.csv``: a first-degree connection."""

    def __init__(self, region: str | None = None) -> None:
        self.region = region

    def record(self, cells: Mapping[str, str], provenance: Provenance) -> ContactRecord:
        points = PointCollector(self.region)
        points.add(IdentityKind.LINKEDIN, cells.get("url", ""), "LinkedIn")
        points.add(IdentityKind.EMAIL, cells.get("email address", ""))
        warnings: list[str] = []
        connected_on = None
        if day := cells.get("connected on", "").strip():
            try:
                connected_on = parse_linkedin_day(day)
            except InvalidValue as exc:
                warnings.append(f"the connection date {day!r} was left out: {exc.reason}")
        return finish_contact(
            provenance,
            points,
            given_name=cells.get("first name", ""),
            family_name=cells.get("last name", ""),
            company=cells.get("company", "").strip(),
            title=cells.get("position", "").strip(),
            connected_on=connected_on,
            warnings=warnings,
        )


class Messages:
    """A row of ``messages.csv``: one message of a conversation."""

    def record(self, cells: Mapping[str, str], provenance: Provenance) -> LinkedInMessage:
        date = cells.get("date", "").strip()
        if not date:
            raise InputError(provenance.where, provenance.line, "the message has no date")
        sent_at = parse_linkedin_time(date)
        conversation = cells.get("conversation id", "").strip()
        if not conversation:
            raise InputError(provenance.where, provenance.line, "the message has no conversation id")
        sender_url = cells.get("sender profile url", "").strip()
        recipient_urls = tuple(url.strip() for url in cells.get("recipient profile urls", "").split(",") if url.strip())
        return LinkedInMessage(
            provenance=provenance,
            conversation_id=conversation,
            conversation_title=cells.get("conversation title", "").strip(),
            sender_name=cells.get("from", "").strip(),
            sender_profile_url=sender_url,
            sender_slug=_slug(sender_url),
            recipient_names=tuple(name.strip() for name in cells.get("to", "").split(",") if name.strip()),
            recipient_profile_urls=recipient_urls,
            recipient_slugs=tuple(slug for url in recipient_urls if (slug := _slug(url))),
            sent_at=sent_at,
            subject=cells.get("subject", "").strip(),
            content=cells.get("content", ""),
            folder=cells.get("folder", "").strip(),
        )


class Invitations:
    """A row of ``Invitations.csv``: an invitation to connect, sent or received."""

    def record(self, cells: Mapping[str, str], provenance: Provenance) -> LinkedInInvitation:
        raw_direction = cells.get("direction", "").strip().upper()
        if raw_direction not in {"OUTGOING", "INCOMING"}:
            reason = f"the direction {cells.get('direction', '')!r} is neither OUTGOING nor INCOMING"
            raise InputError(provenance.where, provenance.line, reason)
        direction = Direction.OUTBOUND if raw_direction == "OUTGOING" else Direction.INBOUND
        warnings: list[str] = []
        sent_at = None
        if raw := cells.get("sent at", "").strip():
            try:
                sent_at = parse_linkedin_time(raw)
            except InvalidValue as exc:
                warnings.append(f"the date {raw!r} was left out: {exc.reason}")
        inviter = cells.get("inviterprofileurl", "").strip()
        invitee = cells.get("inviteeprofileurl", "").strip()
        return LinkedInInvitation(
            provenance=provenance,
            from_name=cells.get("from", "").strip(),
            to_name=cells.get("to", "").strip(),
            sent_at=sent_at,
            direction=direction,
            message=cells.get("message", ""),
            inviter_profile_url=inviter,
            invitee_profile_url=invitee,
            other_slug=_slug(invitee if direction is Direction.OUTBOUND else inviter),
            warnings=tuple(warnings),
        )
