"""A realistic synthetic mbox whose correspondents are the people of a network.

Written the way mail programs store mail: an mboxrd file (``From `` lines in bodies
escaped) with plain and HTML mail, multipart messages with base64 attachments, the user's
own mail and the answers to it (In-Reply-To, References), mailing lists, newsletters,
automated mail, out-of-office replies, bounces, mail to many people, strangers who write
once, and some broken messages (a bad date, broken encoded words, an unescaped ``From ``
line, a NUL byte). About 10 kB a message on average: 100,000 messages make about 1 GB.
Deterministic for a seed. Used by ``kith demo-mbox`` and ``bench/bench_import_mail.py``.
"""

from __future__ import annotations

import base64
import random
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime
from pathlib import Path

WORDS = [
    "the",
    "meeting",
    "project",
    "draft",
    "budget",
    "call",
    "tomorrow",
    "thanks",
    "review",
    "plan",
    "office",
    "coffee",
    "dinner",
    "report",
    "deadline",
    "photo",
    "trip",
    "idea",
    "question",
    "update",
    "notes",
    "contract",
    "proposal",
    "weekend",
    "conference",
    "family",
    "move",
    "talk",
    "lunch",
]
LISTS = ("python-dev.python.org", "debian-devel.lists.debian.org", "alumni.groups.example.com")
KINDS = (
    "inbound",
    "html",
    "attachment",
    "sent",
    "reply",
    "list",
    "newsletter",
    "automated",
    "auto_reply",
    "bounce",
    "broken",
    "many",
    "stranger",
)
WEIGHTS = (30, 10, 10, 12, 12, 9, 7, 4, 2, 1, 1, 1, 1)


@dataclass(frozen=True, slots=True)
class Correspondent:
    name: str
    email: str


class _Writer:
    def __init__(
        self, people: Sequence[Correspondent], me: Correspondent, seed: int, end: datetime, years: int
    ) -> None:
        self.rng = random.Random(seed)
        self.people = people
        self.by_address = {p.email: p for p in people}
        self.me = me
        self.count = 0
        self.start = end - timedelta(days=365 * years)
        self.span = (end - self.start).total_seconds()
        self.sent: dict[str, tuple[str, str]] = {}  # address -> (Message-ID, subject) of the user's last mail to them
        self.order: list[str] = []  # addresses written to, oldest first
        self.blob = base64.encodebytes(random.Random(seed).randbytes(400_000))

    def _words(self, count: int) -> str:
        return " ".join(self.rng.choice(WORDS) for _ in range(count)).capitalize() + "."

    def message(self, total: int) -> tuple[str, bytes]:
        rng = self.rng
        kind = rng.choices(KINDS, WEIGHTS)[0]
        if kind == "reply":
            recent = self.order[-400:]
            address = rng.choice(recent) if recent else ""
            if address not in self.sent:
                kind = "sent"
        self.count += 1
        when = self.start + timedelta(seconds=self.span * self.count / (total + 1) + rng.randint(0, 300))
        zone = timedelta(minutes=rng.choice((0, 60, 120, -300, 480, 540)))
        date = format_datetime(when.astimezone(timezone(zone)))
        them = rng.choice(self.people)
        number = self.count
        message_id = f"<{number}.{rng.getrandbits(40):x}@{them.email.rpartition('@')[2]}>"
        sender, to = f"{them.name} <{them.email}>", f"{self.me.name} <{self.me.email}>"
        subject = self._words(4)
        headers: list[str] = []
        body = self._words(rng.randint(20, 120)) + "\n"
        content = 'Content-Type: text/plain; charset="utf-8"\nContent-Transfer-Encoding: 8bit\n'
        if kind == "sent":
            sender, to = to, sender
            message_id = f"<{number}.{rng.getrandbits(40):x}@{self.me.email.rpartition('@')[2]}>"
            self.sent[them.email] = (message_id, subject)
            self.order.append(them.email)
        elif kind == "reply":
            parent, topic = self.sent.pop(address)
            them = self.by_address[address]
            sender = f"{them.name} <{them.email}>"
            subject = "Re: " + topic
            headers.append(f"In-Reply-To: {parent}\nReferences: {parent}\n")
        elif kind == "html":
            boundary = f"b{rng.getrandbits(48):x}"
            text = self._words(30)
            content = f'Content-Type: multipart/alternative; boundary="{boundary}"\n'
            body = (
                f"--{boundary}\nContent-Type: text/plain; charset=utf-8\n\n{body}\n--{boundary}\n"
                "Content-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n"
                f'<html><body><p>{body}</p><div style=3D"margin:0">{text}</div></body></html>\n--{boundary}--\n'
            )
        elif kind == "attachment":
            boundary = f"m{rng.getrandbits(48):x}"
            size = rng.randint(30_000, 150_000)
            start = rng.randint(0, len(self.blob) - size - 1)
            start -= start % 77
            blob = self.blob[start : start + size - size % 77].decode()
            content = f'Content-Type: multipart/mixed; boundary="{boundary}"\n'
            body = (
                f"--{boundary}\nContent-Type: text/plain; charset=utf-8\n\n{body}\n--{boundary}\n"
                'Content-Type: application/pdf; name="notes.pdf"\nContent-Transfer-Encoding: base64\n'
                f'Content-Disposition: attachment; filename="notes.pdf"\n\n{blob}--{boundary}--\n'
            )
        elif kind == "list":
            listed = rng.choice(LISTS)
            headers.append(f"List-Id: <{listed}>\nList-Unsubscribe: <mailto:leave@{listed}>\nPrecedence: list\n")
            to = f"{listed.split('.')[0]}@{listed}"
        elif kind == "newsletter":
            sender = "Weekly Digest <news@letters.example.com>"
            headers.append("List-Unsubscribe: <https://letters.example.com/u/1>\nFeedback-ID: 1:digest:example\n")
        elif kind == "automated":
            sender = "Example Shop <no-reply@shop.example.com>"
            headers.append("Auto-Submitted: auto-generated\n")
        elif kind == "auto_reply":
            headers.append("Auto-Submitted: auto-replied\nX-Autoreply: yes\n")
            subject = "Out of Office: " + subject
            back = (when + timedelta(days=rng.randint(3, 20))).strftime("%d %B %Y")
            body = f"I am out of the office and will be back on {back}.\n"
        elif kind == "bounce":
            boundary = f"d{rng.getrandbits(48):x}"
            sender = "Mail Delivery System <MAILER-DAEMON@smtp.example.com>"
            to = self.me.email
            subject = "Undelivered Mail Returned to Sender"
            content = f'Content-Type: multipart/report; report-type=delivery-status; boundary="{boundary}"\n'
            body = (
                f"--{boundary}\nContent-Type: text/plain\n\nYour message could not be delivered.\n\n"
                f"--{boundary}\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; smtp.example.com\n\n"
                f"Final-Recipient: rfc822; {them.email}\nAction: failed\nStatus: 5.1.1\n\n"
                f"--{boundary}\nContent-Type: text/rfc822-headers\n\nFrom: {self.me.email}\nTo: {them.email}\n"
                f"Message-ID: <gone{number}@{self.me.email.rpartition('@')[2]}>\nSubject: Hello\n\n--{boundary}--\n"
            )
        elif kind == "many":
            sender, to = to, ", ".join(p.email for p in rng.sample(list(self.people), min(12, len(self.people))))
        elif kind == "stranger":
            sender = f"Reader {number} <reader{number}@readers.example.net>"
        elif kind == "broken":
            trouble = rng.randrange(4)
            if trouble == 0:
                date = "sometime last week"
            elif trouble == 1:
                subject = "=?utf-8?B?broken***?= and =?x-unknown?Q?caf=E8?="
            elif trouble == 2:
                body = "Ciao\n\nFrom here on the body has an unescaped From line\nand\x00a NUL byte.\n"
            else:
                to = "undisclosed-recipients:;, not an address, <bad@@example.com>"
        separator = f"From {sender.rpartition('<')[2].rstrip('>') or 'x'} {when:%a %b %d %H:%M:%S %Y}\n"
        head = (
            f"Received: from mx{rng.randint(1, 99)}.example.net by mx.example.com; {date}\n"
            f"Date: {date}\nMessage-ID: {message_id}\nMIME-Version: 1.0\nFrom: {sender}\nTo: {to}\n"
            f"Subject: {subject}\n{''.join(headers)}{content}\n"
        )
        if kind != "broken":
            body = body.replace("\nFrom ", "\n>From ")
        return kind, (separator + head + body + "\n").encode("utf-8")


def write_mailbox(
    path: Path,
    people: Sequence[Correspondent],
    me: Correspondent,
    *,
    messages: int,
    seed: int = 5,
    end: datetime,
    years: int = 6,
) -> Counter[str]:
    """Write ``messages`` messages to ``path`` (replacing it); how many of each kind."""
    if not people:
        raise ValueError("a mailbox needs at least one correspondent")
    writer = _Writer(people, me, seed, end, years)
    kinds: Counter[str] = Counter()
    with open(path, "wb", buffering=8 * 1024 * 1024) as out:
        for _ in range(messages):
            kind, data = writer.message(messages)
            kinds[kind] += 1
            out.write(data)
    return kinds
