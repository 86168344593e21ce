"""Handing a draft over to mail, the pure part: which address it goes to, the identity a
message carries in the history, and ``mailto:`` links.

A message kith sent or saved must be recognised when the mail import reads it later (the
user's Sent folder): the import keys an interaction by the message's key (its Message-ID
without the angle brackets) and the counterpart's address, so that one mail to three people
is three interactions. ``mail_external_id`` is that key, in one place, for both sides.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from urllib.parse import quote

from kith.core.model import Identity, IdentityKind, IdentityStatus, Person

# RFC 6068 allows these unescaped in a mailto: address and in header values; everything else
# (spaces, "&", "=", "?", "%", "#", "/", non-ASCII as UTF-8) is percent-encoded, and so is "+"
# in a value, which some mail programs read as a space.
_ADDRESS_SAFE = "@!$'()*+,;:=-._~"
_VALUE_SAFE = "!$'()*,;:@-._~"


def message_key(message_id: str) -> str:
    """The key the mail import gives a message: its Message-ID without ``<`` and ``>``."""
    return message_id.strip().removeprefix("<").removesuffix(">")


def mail_external_id(message_id: str, address: str) -> str:
    """The external id of the interaction a message is for one counterpart (``KEY|address``)."""
    return f"{message_key(message_id)}|{address}"


def usable_emails(person: Person) -> list[Identity]:
    """The person's email addresses that are not bouncing, in the order they were recorded."""
    return [i for i in person.identities if i.kind is IdentityKind.EMAIL and i.status is IdentityStatus.OK]


def best_email(person: Person, last_used: Mapping[str, datetime] | None = None) -> Identity | None:
    """The address a message to ``person`` goes to: never one that bounced; of the others, the
    one mail last went to or came from (``last_used``: address -> when), else the first recorded."""
    usable = usable_emails(person)
    if not usable:
        return None
    used = last_used or {}
    order = {identity.value: index for index, identity in enumerate(usable)}

    def preference(identity: Identity) -> tuple[float, int]:
        when = used.get(identity.value)
        return (when.timestamp() if when is not None else float("-inf"), -order[identity.value])

    return max(usable, key=preference)


def mailto_link(address: str, subject: str = "", body: str = "", *, in_reply_to: str = "") -> str:
    """A ``mailto:`` URI (RFC 6068) that opens the user's mail program on this message.

    Line ends in the body become CRLF (``%0D%0A``), as the RFC asks. ``in_reply_to`` threads
    it under an earlier message where the mail program honours that header.
    """
    fields = []
    if subject:
        fields.append(("subject", " ".join(subject.split())))
    if body:
        fields.append(("body", body.replace("\r\n", "\n").replace("\r", "\n").replace("\n", "\r\n")))
    if in_reply_to:
        fields.append(("In-Reply-To", in_reply_to))
    query = "&".join(f"{name}={quote(value, safe=_VALUE_SAFE)}" for name, value in fields)
    return f"mailto:{quote(address, safe=_ADDRESS_SAFE)}" + (f"?{query}" if query else "")
