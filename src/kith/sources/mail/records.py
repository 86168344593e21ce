"""The plain records the mail readers produce: one ``MailRecord`` per message, or ``Skipped``.

A record keeps what the message said (addresses normalised, subject decoded, dates in UTC
with the writer's offset) and what kind of mail it is. Nothing here is a person or an
interaction yet: the import use case decides who each address is and what to store.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import date, datetime

from kith.core.errors import InputError
from kith.core.model import InteractionKind
from kith.sources.mail.headers import Address


@dataclass(frozen=True, slots=True)
class SourcePosition:
    """Where a message was read: the mbox file and the byte offset of its ``From `` line,
    or a Maildir message file (offset 0)."""

    file: str
    offset: int = 0

    def __str__(self) -> str:
        return f"{self.file}:{self.offset}"


@dataclass(frozen=True, slots=True)
class Bounce:
    """A delivery failure: the addresses that failed and the message that could not be delivered."""

    failed_recipients: tuple[str, ...]
    original_message_id: str | None = None
    permanent: bool = True  # False for "delayed, still trying" reports


@dataclass(frozen=True, slots=True)
class Classification:
    """What kind of mail a message is, with the reasons in words.

    ``personal`` is what counts as contact between people: not to many recipients, not
    from a list, not bulk or automated, not a newsletter, not an auto-reply or a bounce.
    """

    many_recipients: bool = False
    mailing_list: bool = False
    bulk: bool = False
    automated: bool = False
    newsletter: bool = False
    auto_reply: bool = False
    bounce: bool = False  # the headers say delivery failed; ``MailRecord.bounce`` has the details
    returns_on: date | None = None  # an auto-reply's "back on ..." date, when the text gives one
    reasons: tuple[str, ...] = ()

    @property
    def personal(self) -> bool:
        return not (
            self.many_recipients
            or self.mailing_list
            or self.bulk
            or self.automated
            or self.newsletter
            or self.auto_reply
            or self.bounce
        )

    @property
    def reason(self) -> str:
        """Why the message is not personal, in one line ("" when it is)."""
        return "; ".join(self.reasons)


@dataclass(frozen=True, slots=True)
class MailRecord:
    """One message, as much of it as kith needs."""

    position: SourcePosition
    message_id: str | None
    date: datetime | None  # aware, UTC; None when the message has no readable date
    utc_offset_minutes: int | None  # the writer's offset (+60 for +0100), when the Date gave one
    sender: Address | None
    to: tuple[Address, ...]
    cc: tuple[Address, ...]
    subject: str
    in_reply_to: str | None
    references: tuple[str, ...]
    classification: Classification
    bounce: Bounce | None = None
    gmail_labels: tuple[str, ...] = ()
    snippet: str = ""
    notes: tuple[str, ...] = field(default=(), compare=False)  # what was repaired or dropped, and why

    @property
    def kind(self) -> InteractionKind | None:
        """The interaction this message is, or ``None`` when it does not count as contact."""
        if self.classification.bounce:
            # A "delayed, still trying" report is automated mail, not a failed address.
            return InteractionKind.BOUNCE if self.bounce is None or self.bounce.permanent else None
        if self.classification.auto_reply:
            return InteractionKind.AUTO_REPLY
        return InteractionKind.PERSONAL if self.classification.personal else None

    @property
    def recipients(self) -> tuple[Address, ...]:
        return self.to + self.cc

    @property
    def key(self) -> str:
        """The identity of the message across files, folders and syncs: its Message-ID, or
        (when it has none) a digest of its date, sender, recipients and subject."""
        if self.message_id:
            return self.message_id
        parts = (
            self.date.isoformat() if self.date else "",
            self.sender.email if self.sender else "",
            ",".join(a.email for a in self.recipients),
            self.subject,
        )
        return "sha1:" + hashlib.sha1("\x1f".join(parts).encode("utf-8")).hexdigest()


@dataclass(frozen=True, slots=True)
class Skipped:
    """A message that could not be read; ``problem`` says where and why (``FILE:OFFSET: reason``)."""

    problem: InputError = field(compare=False)

    @property
    def message(self) -> str:
        return str(self.problem)


MailResult = MailRecord | Skipped
