"""A message to one person, as RFC 5322 mail: the standard library's ``EmailMessage``.

Headers are encoded the way every mail program reads them: non-ASCII names as RFC 2047
encoded-words, international domains in their IDNA (``xn--``) form, the text as UTF-8
quoted-printable. The ``Message-ID`` is kith's own, under the sender's domain, so that a
reply (``In-Reply-To``) can be tied back to the outreach it answers.
"""

from __future__ import annotations

import secrets
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from email import policy
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import format_datetime

from kith.core.errors import InvalidValue
from kith.core.identity import normalise_email

# Lines of mail are CRLF-terminated and at most 78 characters before folding (RFC 5322).
MAIL = policy.SMTP


@dataclass(frozen=True, slots=True)
class Mailbox:
    """A name and an address: ``Ana María Pérez <ana@example.org>``."""

    name: str
    email: str

    def header(self) -> Address:
        address = normalise_email(self.email)
        local, _, domain = address.partition("@")
        if not local.isascii():
            raise InvalidValue("email", self.email, "kith sends only to addresses whose part before @ is ASCII")
        return Address(display_name=" ".join(self.name.split()), username=local, domain=domain)


def new_message_id(sender_email: str, now: datetime) -> str:
    """A Message-ID unique to this message, under the sender's domain: ``<20261125T100000.3f9a...@example.org>``."""
    domain = normalise_email(sender_email).partition("@")[2]
    return f"<{now:%Y%m%dT%H%M%S}.{secrets.token_hex(8)}@{domain}>"


def build_message(
    *,
    sender: Mailbox,
    recipient: Mailbox,
    subject: str,
    body: str,
    date: datetime,
    message_id: str | None = None,
    in_reply_to: str | None = None,
    references: Sequence[str] = (),
) -> EmailMessage:
    """The message, ready to write as an .eml file or to send.

    ``date`` is aware (the workspace's clock, in the user's zone); ``message_id`` is made
    when not given. ``in_reply_to`` and ``references`` thread a follow-up under the message
    it follows.
    """
    if date.tzinfo is None:
        raise InvalidValue("date", date.isoformat(), "a message's date needs its offset from UTC")
    if not body.strip():
        raise InvalidValue("body", "", "the message is empty")
    message = EmailMessage(policy=MAIL)
    message["From"] = sender.header()
    message["To"] = recipient.header()
    message["Subject"] = " ".join(subject.split())
    message["Date"] = format_datetime(date)
    message["Message-ID"] = message_id or new_message_id(sender.email, date)
    thread = [r for r in references if r]
    if in_reply_to:
        message["In-Reply-To"] = in_reply_to
        if in_reply_to not in thread:
            thread.append(in_reply_to)
    if thread:
        message["References"] = " ".join(thread)
    message["MIME-Version"] = "1.0"
    text = body.replace("\r\n", "\n").strip() + "\n"
    message.set_content(text, subtype="plain", charset="utf-8", cte="7bit" if text.isascii() else "quoted-printable")
    return message


def message_bytes(message: EmailMessage) -> bytes:
    """The message as it goes on the wire or into an .eml file (CRLF line ends)."""
    return message.as_bytes(policy=MAIL)
