"""Reading mail: mbox files (plain or gzip), Maildir folders, and one message's headers.

Readers stream ``MailRecord`` items (or ``Skipped`` ones, ``FILE:OFFSET: reason``) and know
nothing of people or the database; ``classify`` judges a message from its headers, and
``threads`` groups records into conversations.
"""

from kith.sources.mail.classify import MANY_RECIPIENTS, classify
from kith.sources.mail.headers import Address, Headers, parse_headers
from kith.sources.mail.maildir import read_maildir
from kith.sources.mail.mbox import mbox_parts, read_mbox
from kith.sources.mail.message import build_record
from kith.sources.mail.reader import read_mail
from kith.sources.mail.records import Bounce, Classification, MailRecord, MailResult, Skipped, SourcePosition
from kith.sources.mail.threads import Threads, normalised_subject, thread_messages

__all__ = [
    "MANY_RECIPIENTS",
    "Address",
    "Bounce",
    "Classification",
    "Headers",
    "MailRecord",
    "MailResult",
    "Skipped",
    "SourcePosition",
    "Threads",
    "build_record",
    "classify",
    "mbox_parts",
    "normalised_subject",
    "parse_headers",
    "read_mail",
    "read_maildir",
    "read_mbox",
    "thread_messages",
]
