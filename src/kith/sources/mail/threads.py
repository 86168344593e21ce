"""Grouping messages into conversations, and telling a reply to the user from other mail.

Messages are joined by ``Message-ID``, ``In-Reply-To`` and ``References`` (the way every
mail program threads). A message without either header joins an earlier conversation only
when its subject is a reply to that subject ("Re:", "R:", "AW:", "SV:", "Rif:"...) and it
shares a participant with it, within ``window`` days: a subject alone ("Re: hello") is too
weak a link. The result is the same whatever order the records come in.

A pure function over records: no I/O, no database. Hand-written because the JWZ threading
libraries build display trees with dummy containers, and kith needs only "which thread"
and "who started it".
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from kith.sources.mail.records import MailRecord

_REPLY_PREFIX = re.compile(
    r"^\s*(?:(?:re|fwd?|r|rif|aw|sv|wg|tr|rv|res|enc|vs|antw|odp|ynt|vl)\s*(?:\[\d+\]|\(\d+\))?\s*[:：]\s*"
    r"|\[[^\]]{1,40}\]\s*)+",
    re.IGNORECASE,
)
_ANSWER_PREFIX = re.compile(
    r"^\s*(?:re|r|rif|aw|sv|antw|odp|ynt|res|rv|vs)\s*(?:\[\d+\]|\(\d+\))?\s*[:：]", re.IGNORECASE
)
_LIST_TAGS = re.compile(r"^\s*(?:\[[^\]]{1,40}\]\s*)+")
_EARLIEST = datetime.min.replace(tzinfo=UTC)


def normalised_subject(subject: str) -> str:
    """A subject without reply and forward prefixes or list tags, case-folded: the thread's topic."""
    return " ".join(_REPLY_PREFIX.sub("", subject).split()).casefold()


def is_answer_subject(subject: str) -> bool:
    """Whether a subject says the message answers another ("Re:", "R:", "AW:", "SV:", "Rif:")."""
    return bool(_ANSWER_PREFIX.match(_strip_tags(subject)))


def _strip_tags(subject: str) -> str:
    return _LIST_TAGS.sub("", subject)


@dataclass(frozen=True)
class Threads:
    """Which conversation each message belongs to, and who started each one."""

    thread_ids: Mapping[str, str]  # record key -> thread id
    starters: Mapping[str, str]  # thread id -> the address that wrote its first message

    def thread_of(self, record: MailRecord) -> str:
        """The thread id of a record that was threaded (its own key when it was not)."""
        return self.thread_ids.get(record.key, record.key)

    def started_by(self, thread_id: str) -> str | None:
        return self.starters.get(thread_id)

    def is_reply_to_user(self, record: MailRecord, my_addresses: Collection[str]) -> bool:
        """Whether ``record`` is someone else's answer in a conversation the user started.

        Auto-replies and bounces never are; nor is the message that started the thread.
        """
        if record.sender is None or record.sender.email in my_addresses:
            return False
        if record.classification.auto_reply or record.classification.bounce or record.bounce is not None:
            return False
        thread = self.thread_of(record)
        if thread == record.key:
            return False
        return self.starters.get(thread) in my_addresses


def thread_messages(records: Iterable[MailRecord], *, window: int = 90) -> Threads:
    """Thread ``records``; ``window`` is how many days a subject-only reply may come after."""
    ordered = sorted(records, key=lambda r: (r.date or _EARLIEST, r.key))
    parent: dict[str, str] = {}

    def root(node: str) -> str:
        parent.setdefault(node, node)
        while parent[node] != node:
            parent[node] = parent[parent[node]]
            node = parent[node]
        return node

    def join(a: str, b: str) -> None:
        ra, rb = root(a), root(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)

    by_subject: dict[str, list[MailRecord]] = {}
    for record in ordered:
        key = record.key
        root(key)
        linked = False
        for other in (*record.references, record.in_reply_to):
            if other and other != key:
                join(key, other)
                linked = True
        topic = normalised_subject(record.subject)
        if not linked and topic and is_answer_subject(record.subject):
            earlier = _subject_parent(by_subject.get(topic, [])[-50:], record, window)
            if earlier is not None:
                join(key, earlier.key)
        if topic:
            by_subject.setdefault(topic, []).append(record)

    # A thread is named after the oldest message its earliest record points to.
    thread_name: dict[str, str] = {}
    first_record: dict[str, MailRecord] = {}
    for record in ordered:
        component = root(record.key)
        if component not in thread_name:
            thread_name[component] = record.references[0] if record.references else record.in_reply_to or record.key
            first_record[component] = record
    thread_ids = {record.key: thread_name[root(record.key)] for record in ordered}
    starters: dict[str, str] = {}
    for component, record in first_record.items():
        name = thread_name[component]
        if record.key == name and record.sender is not None:
            starters[name] = record.sender.email
    return Threads(thread_ids, starters)


def _subject_parent(candidates: Iterable[MailRecord], record: MailRecord, window: int) -> MailRecord | None:
    """The latest earlier message on the same topic that shares a participant with ``record``."""
    people = _participants(record)
    best: MailRecord | None = None
    for earlier in candidates:
        if (
            record.date is not None
            and earlier.date is not None
            and (earlier.date > record.date or record.date - earlier.date > timedelta(days=window))
        ):
            continue
        if people & _participants(earlier):
            best = earlier
    return best


def _participants(record: MailRecord) -> set[str]:
    found = {a.email for a in record.recipients}
    if record.sender is not None:
        found.add(record.sender.email)
    return found
