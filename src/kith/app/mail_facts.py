"""What the history needs of one message (``MailFacts``), taken from a ``MailRecord`` once.

A record carries everything a reader saw (addresses with names, the classification and its
reasons, notes); writing the history needs less, and needs it in plain values: the
message's key and the ids it refers to, who wrote to whom, the topic, the summary line.
The reader processes of a large import turn each record into facts and send them as plain
tuples, which cost a few microseconds to pickle and unpickle, where a ``MailRecord`` (a
tree of frozen dataclasses) cost about 75 (``docs/performance.md``). Imports read in this
process (small files, Maildir, IMAP) take the same facts, so there is one way to write.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any, NamedTuple

from kith.core.model import InteractionKind
from kith.sources.mail import MailRecord
from kith.sources.mail.threads import is_answer_subject, normalised_subject

SUMMARY_CHARS = 500
_DRAFT_LABELS = frozenset({"draft", "drafts"})


class MailFacts(NamedTuple):
    """One message that counts (personal mail, an auto-reply, a bounce), as the history needs it."""

    kind: str  # an ``InteractionKind`` value (a plain string pickles and compares faster)
    key: str  # the Message-ID, or a digest for a message without one
    refers_to: tuple[str, ...]  # References then In-Reply-To, in that order
    occurred_at: datetime | None  # aware, UTC
    utc_offset_minutes: int | None
    offset: int  # where the message starts in its file (``source_record`` of its mail_messages row)
    position: str  # FILE:OFFSET, for interactions and for what is reported
    sender: str  # the normalised From address, or ""
    sender_name: str
    recipients: tuple[str, ...]  # To then Cc, normalised
    recipient_names: tuple[str, ...]
    sent_label: bool  # Gmail's "Sent" label
    draft_label: bool  # Gmail's "Draft" or "Drafts" label: a Takeout holds the drafts too
    subject: str
    topic: str  # the subject without "Re:" and list tags, case-folded
    answer_subject: bool  # the subject says it answers ("Re:", "AW:", "Rif:"...)
    summary: str  # the interaction's summary: the subject, and the snippet when kept
    returns_on: date | None  # an auto-reply's return date
    failed: tuple[str, ...]  # a bounce's failed addresses
    bounced_id: str | None  # the Message-ID of the message a bounce returned


def facts_of(record: MailRecord, snippets: bool) -> MailFacts | None:
    """The facts of ``record``, or ``None`` when the message does not count as contact."""
    values = fact_values(record, snippets)
    return None if values is None else MailFacts._make(values)


def fact_values(record: MailRecord, snippets: bool) -> tuple[Any, ...] | None:
    """The fields of ``facts_of(record, snippets)`` as a plain tuple, in ``MailFacts`` order:
    what a reader process sends (a tuple is made in one step, and pickles as one)."""
    kind = record.kind
    if kind is None:
        return None
    sender = record.sender
    recipients = record.to + record.cc if record.cc else record.to
    subject = record.subject
    summary = subject or "(no subject)"
    if snippets and record.snippet:
        summary = f"{summary} — {record.snippet}"
    bounce = record.bounce
    position = record.position
    labels = record.gmail_labels
    return (
        kind.value,
        record.key,
        (*record.references, record.in_reply_to) if record.in_reply_to else record.references,
        record.date,
        record.utc_offset_minutes,
        position.offset,
        str(position),
        sender.email if sender else "",
        sender.name if sender else "",
        tuple([a.email for a in recipients]),
        tuple([a.name for a in recipients]),
        "Sent" in labels,
        bool(labels) and any(label.casefold() in _DRAFT_LABELS for label in labels),
        subject,
        normalised_subject(subject),
        is_answer_subject(subject),
        stored_text(summary, SUMMARY_CHARS),
        record.classification.returns_on if kind is InteractionKind.AUTO_REPLY else None,
        bounce.failed_recipients if bounce is not None else (),
        bounce.original_message_id if bounce is not None else None,
    )


def stored_text(value: str, limit: int) -> str:
    """``value`` as every database stores it: no NUL character (PostgreSQL refuses them), cut to ``limit``."""
    return (value.replace("\x00", "") if "\x00" in value else value)[:limit]
