"""LinkedIn's messages and invitations, as interactions and as evidence of when a tie began.

The export never says which profile is the user's. kith recognises it, in this order: the
user's LinkedIn identity already known (``my_identities`` kind ``linkedin``); the inviter of
an outgoing or the invitee of an incoming invitation; the profile that takes part in the
most conversations and is nobody's connection. It is then stored as the user's identity.

- A message is an interaction (channel ``linkedin``) with each other participant: inbound
  from its sender, outbound to each recipient when the user sent it. The conversation is
  its ``thread_id``; its ``external_id`` (conversation, time, sender, counterpart) makes a
  re-import a no-op.
- An invitation is evidence that the user knew the person from its date (``known_since``
  only moves earlier). It becomes an interaction only when it carries a message: clicking
  "connect" is not an exchange, a note with it is.

A counterpart nobody knows yet is added as a person (name and profile) through the same
matching as any contact, so a connection imported later finds them.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from kith.core.errors import InvalidValue
from kith.core.identity import linkedin_slug
from kith.core.model import Channel, Direction
from kith.sources.contacts import LinkedInInvitation, LinkedInMessage

SUMMARY_CHARS = 300


@dataclass(frozen=True, slots=True)
class Exchange:
    """One interaction to write: with whom (their profile and name), when, which way, about what."""

    slug: str
    name: str
    occurred_at: datetime
    direction: Direction
    summary: str
    external_id: str
    thread_id: str | None
    source_record: str
    where: str


def own_profile(
    known: str | None,
    messages: Sequence[LinkedInMessage],
    invitations: Sequence[LinkedInInvitation],
    is_connection: Callable[[str], bool],
) -> str | None:
    """The user's own profile slug (see the module docstring), or ``None`` when it cannot be told."""
    if known:
        return known
    for invitation in invitations:
        outgoing = invitation.direction is Direction.OUTBOUND
        slug = _slug(invitation.inviter_profile_url if outgoing else invitation.invitee_profile_url)
        if slug:
            return slug
    taking_part: Counter[str] = Counter()
    for message in messages:
        for slug in {message.sender_slug, *message.recipient_slugs}:
            if slug:
                taking_part[slug] += 1
    ranked = [(n, slug) for slug, n in taking_part.items() if not is_connection(slug)]
    ranked.sort(reverse=True)
    if not ranked or (len(ranked) > 1 and ranked[0][0] == ranked[1][0]):
        return None
    return ranked[0][1]


def _slug(url: str) -> str | None:
    try:
        return linkedin_slug(url) if url.strip() else None
    except InvalidValue:
        return None


def _summary(*parts: str) -> str:
    text = " — ".join(" ".join(p.split()) for p in parts if p and p.strip())
    return text if len(text) <= SUMMARY_CHARS else text[: SUMMARY_CHARS - 1] + "…"


def message_exchanges(message: LinkedInMessage, me: str) -> tuple[list[Exchange], list[str]]:
    """The interactions one message makes, and the counterparts that could not be told apart."""
    where = f"{message.provenance.where}:{message.provenance.line}"
    stamp = message.sent_at.strftime("%Y%m%dT%H%M%SZ")
    summary = _summary(message.subject, message.content)
    thread = f"linkedin:{message.conversation_id}"
    problems: list[str] = []
    if message.sender_slug == me:
        others: list[tuple[str, str]] = []
        names = list(message.recipient_names)
        for i, slug in enumerate(message.recipient_slugs):
            if slug != me:
                others.append((slug, names[i] if i < len(names) else ""))
        direction = Direction.OUTBOUND
        if not others:
            problems.append(f"{where}: the message has no recipient with a LinkedIn profile")
    elif message.sender_slug:
        others = [(message.sender_slug, message.sender_name)]
        direction = Direction.INBOUND
    else:
        return [], [f"{where}: the sender {message.sender_name or '(no name)'} has no LinkedIn profile address"]
    exchanges = [
        Exchange(
            slug=slug,
            name=name,
            occurred_at=message.sent_at,
            direction=direction,
            summary=summary,
            external_id=f"linkedin:{message.conversation_id}:{stamp}:{message.sender_slug}:{slug}",
            thread_id=thread,
            source_record=message.provenance.position,
            where=where,
        )
        for slug, name in others
    ]
    return exchanges, problems


def invitation_exchange(invitation: LinkedInInvitation) -> Exchange | None:
    """The interaction an invitation with a message makes (``None`` without a message or date)."""
    if not invitation.other_slug or invitation.sent_at is None or not invitation.message.strip():
        return None
    stamp = invitation.sent_at.strftime("%Y%m%dT%H%M%SZ")
    return Exchange(
        slug=invitation.other_slug,
        name=invitation.other_name,
        occurred_at=invitation.sent_at,
        direction=invitation.direction,
        summary=_summary("Invitation to connect", invitation.message),
        external_id=f"linkedin-invitation:{invitation.direction.value}:{stamp}:{invitation.other_slug}",
        thread_id=None,
        source_record=invitation.provenance.position,
        where=f"{invitation.provenance.where}:{invitation.provenance.line}",
    )


def interaction_row(owner_id: int, person_id: int, exchange: Exchange, source_id: int) -> dict[str, Any]:
    return {
        "owner_id": owner_id,
        "person_id": person_id,
        "occurred_at": exchange.occurred_at,
        "utc_offset_minutes": None,
        "channel": Channel.LINKEDIN.value,
        "direction": exchange.direction.value,
        "kind": "personal",
        "summary": exchange.summary,
        "external_id": exchange.external_id[:1000],
        "thread_id": exchange.thread_id,
        "source_id": source_id,
        "source_record": exchange.source_record[:500],
    }
