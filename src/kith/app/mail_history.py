"""Turning mail records into history: who each address is, threads, replies, auto-replies,
bounces, and candidates. Shared by the file importer and the IMAP sync.

For each message that counts (personal mail, an auto-reply, a bounce), in the order read:

- **direction**: from one of the user's addresses (``my_identities``) it is outbound, to
  each recipient; otherwise it is inbound, from the sender;
- **who**: an address of a known person; else, at a company domain, a known person the
  matcher recommends *strongly* (same name at the same domain), who gains the address;
  else the address is a candidate, and becomes a person once there was a two-way exchange;
- **threads**: by Message-ID, In-Reply-To and References across files, folders and syncs
  (``mail_messages`` remembers every message read), with a subject fallback inside one
  read; an inbound message in a thread the user started (or answering a draft kith saved,
  ``outreach_steps.message_id``) is a **reply**, which ends the follow-ups as ``kith
  replied`` does: planned steps written after are cancelled;
- **drafts sent from the user's mail program**: a message from the user carrying the
  Message-ID of a draft kith handed over (or an answer to one) marks its step done
  (``app.sent_drafts``);
- **auto-replies** are ``auto_reply`` interactions with their return date; **bounces** mark
  the failed address bouncing and are tied to the message (or outreach) they returned.

Each ``write`` runs inside the caller's transaction, so a batch and the record of how far
the mailbox was read commit together.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from itertools import islice
from typing import Any

from sqlalchemy.engine import Connection

from kith.app.mail_facts import SUMMARY_CHARS, MailFacts, facts_of, stored_text
from kith.app.sent_drafts import SentDrafts
from kith.app.workspace import Workspace
from kith.core.matching import MatchIndex, MatchProfile, Recommendation, profile_from_person
from kith.core.matching.profile import is_public_domain, is_role_email
from kith.core.model import Direction, Identity, IdentityKind, InteractionKind, Person
from kith.sources.mail import MailRecord, MailResult, Skipped
from kith.store import mail as store
from kith.store import outreach as outreach_store
from kith.store import people as people_store
from kith.store.schema import candidate_messages, interactions, mail_messages

# What an import remembers is bounded, so that its memory does not grow with the mailbox
# (what falls out is found in the database): 10,000 messages' threads and 5,000 subjects
# hold an import of 100,000 messages to the peak of one of 10,000, for the same CPU time.
THREADS_KEPT = 10_000  # messages whose thread an import remembers (older ones: from the database)
TOPICS_KEPT = 5_000  # subjects remembered for threading answers that have no In-Reply-To
TOPIC_MESSAGES_KEPT = 50  # the latest messages of a subject an answer is matched against
_TOPIC_CHARS = 200
_KINDS = {kind.value: kind for kind in InteractionKind}
_SUBJECT_WINDOW_DAYS = 90


@dataclass
class MailCounts:
    """What an import or a sync did, in the order the summary prints it."""

    read: int = 0
    personal: int = 0
    automated: int = 0
    already_read: int = 0
    matched: set[int] = field(default_factory=set)
    new_people: int = 0
    new_candidates: int = 0
    replies: int = 0
    auto_replies: int = 0
    bounces: int = 0
    interactions: int = 0
    skipped: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def as_counts(self) -> dict[str, int]:
        return {
            "messages read": self.read,
            "personal": self.personal,
            "automated": self.automated,
            "already read": self.already_read,
            "people matched": len(self.matched),
            "new people": self.new_people,
            "new candidates": self.new_candidates,
            "replies": self.replies,
            "auto-replies": self.auto_replies,
            "bounces": self.bounces,
            "interactions": self.interactions,
            "skipped": len(self.skipped),
        }


@dataclass
class _Pending:
    """A candidate's state during an import: the stored row plus what this batch adds."""

    row: store.CandidateRow
    new: bool = False
    changed: bool = False
    messages: list[dict[str, Any]] = field(default_factory=list)


class MailHistory:
    """Writes the history one batch of records at a time (see the module doc)."""

    def __init__(self, ws: Workspace, conn: Connection, *, source_id: int, snippets: bool, me: Iterable[str]) -> None:
        self.ws = ws
        self.owner = ws.owner_id
        self.source_id = source_id
        self.snippets = snippets
        self.me = set(me)
        self.counts = MailCounts()
        self.now = ws.now()
        self.people = store.email_owners(conn, self.owner)
        self.known_at_start = set(self.people.values())
        self.candidates = {a: _Pending(row) for a, row in store.all_candidates(conn, self.owner).items()}
        self.outreach = store.outreach_message_ids(conn, self.owner)
        self.sent_drafts = SentDrafts(conn, self.owner)  # drafts kith handed over, not seen going out yet
        self.threads: dict[str, str] = {}  # message key (or a referenced id) -> thread id, this run
        self.root_from_me: dict[str, bool] = {}  # thread id -> whether the user wrote its first message
        self.topics: dict[str, list[tuple[str, tuple[str, ...], datetime | None]]] = defaultdict(list)
        self.started_here: set[str] = set()  # threads the user started in this batch
        self.domains: dict[str, MatchIndex | None] = {}
        self.sent_folder = False  # every message read was sent by the user (a Sent folder)
        self.proposed: Counter[str] = Counter()  # senders of sent mail not known as the user's

    # The batch -----------------------------------------------------------------------------

    def write(self, conn: Connection, batch: Sequence[MailResult | MailFacts | None]) -> None:
        """Read ``batch`` into the database through ``conn`` (the caller's transaction): records
        as a reader yields them, or their facts (``None`` for a message that does not count)."""
        records: list[MailFacts] = []
        counts = self.counts
        personal = InteractionKind.PERSONAL.value
        for item in batch:
            if isinstance(item, MailRecord):
                item = facts_of(item, self.snippets)
            elif isinstance(item, Skipped):
                counts.skipped.append(item.message)
                continue
            counts.read += 1
            if item is None:
                counts.automated += 1
                continue
            if item.kind == personal:
                counts.personal += 1
            records.append(item)
        if not records:
            return
        keys = {r.key for r in records}
        wanted = set(keys)
        for record in records:
            wanted.update(record.refers_to)
            if record.bounced_id:
                wanted.add(record.bounced_id)
        seen = store.seen_messages(conn, self.owner, keys | (wanted - self.threads.keys()))
        for found in seen.values():
            self.threads.setdefault(found.key, found.thread_id)
        threads = wanted | {self.threads[r] for r in wanted if r in self.threads}
        for thread in store.threads_started_by_me(conn, self.owner, threads - self.root_from_me.keys()):
            self.root_from_me[thread] = True
        rows = _Rows()
        replies: dict[int, datetime] = {}
        in_batch: set[str] = set()
        for record in records:
            key = record.key
            if key in seen or key in in_batch:
                self.counts.already_read += 1
                continue
            in_batch.add(key)
            if record.occurred_at is None:
                self.counts.skipped.append(f"{record.position}: the message has no readable date; it was left out")
                continue
            self._message(conn, record, rows, replies)
        self._flush(conn, rows, replies)
        self._earlier_replies(conn)
        # Bounded, so that memory does not grow with the mailbox: what falls out is still
        # found in the database (``mail_messages``).
        _forget_oldest(self.threads, THREADS_KEPT)
        _forget_oldest(self.root_from_me, THREADS_KEPT)
        _forget_oldest(self.topics, TOPICS_KEPT)

    def _message(self, conn: Connection, record: MailFacts, rows: _Rows, replies: dict[int, datetime]) -> None:
        kind = _KINDS[record.kind]
        when = record.occurred_at
        assert when is not None
        key = record.key
        sender = record.sender
        from_me = sender in self.me
        if not from_me and sender and (self.sent_folder or record.sent_label):
            from_me = True  # a Sent folder holds what the user sent, from whichever address
            self.proposed[sender] += 1
        thread, topic = self._thread_of(record, conn)
        if key == thread:
            self.root_from_me.setdefault(thread, from_me)
            if from_me:
                self.started_here.add(thread)
        outreach = self.outreach
        answers_outreach = bool(outreach) and any(r in outreach for r in record.refers_to)
        is_reply = (
            kind is InteractionKind.PERSONAL
            and not from_me
            and thread != key
            and (self.root_from_me.get(thread, False) or answers_outreach)
        )
        thread_text = stored_text(thread, 1000)
        rows.messages.append(
            (
                self.owner,
                stored_text(key, 1000),
                thread_text,
                from_me,
                kind.value,
                when,
                stored_text(topic, _TOPIC_CHARS),
                is_reply,
                self.source_id,
                str(record.offset),
            )
        )
        if kind is InteractionKind.BOUNCE:
            self._bounce(conn, record, rows, thread)
            return
        if kind is InteractionKind.AUTO_REPLY:
            self.counts.auto_replies += 1
        if is_reply:
            self.counts.replies += 1
        direction = Direction.OUTBOUND if from_me else Direction.INBOUND
        me = self.me
        counterparts = (
            [a for a in dict.fromkeys(record.recipients) if a and a not in me]
            if from_me
            else ([sender] if sender else [])
        )
        people = self.people
        written: list[tuple[int, str]] = []  # (person, the interaction's external id): for sent drafts
        for address in counterparts:
            person_id = people.get(address)
            if person_id is None:
                person_id = self._person_for(conn, address, _name_of(record, address), kind, direction, when)
            row = self._interaction(record, thread_text, address, direction, record.summary)
            if person_id is not None:
                rows.interactions.append((*row, person_id, "email"))
                written.append((person_id, row[_EXTERNAL_ID]))
                if person_id in self.known_at_start:
                    self.counts.matched.add(person_id)
                if is_reply:
                    replies[person_id] = max(when, replies.get(person_id, when))
            else:
                pending = self.candidates.get(address)
                if pending is not None:
                    pending.messages.append(dict(zip(CANDIDATE_MESSAGE_COLUMNS, row, strict=True)))
        if from_me:
            if not record.draft_label:  # a Gmail Takeout holds drafts too: not sent
                self.sent_drafts.went_out(key, when, written)
        elif is_reply:
            self.sent_drafts.answered(record.refers_to, when)

    def _thread_of(self, record: MailFacts, conn: Connection | None = None) -> tuple[str, str]:
        """The conversation of ``record`` and its topic: the thread of the first message it
        refers to that kith has read, else the first id it refers to, else (for a reply
        subject) a recent thread on the same topic with a shared participant, else its own key."""
        key = record.key
        threads = self.threads
        refs = [r for r in record.refers_to if r != key]
        thread = next((threads[r] for r in refs if r in threads), None)
        if thread is None and refs:
            thread = refs[0]
        topic = record.topic
        # A tuple, not a set, is what the topics remember: a third of the memory, and the
        # same answer to "did one of them take part?".
        people_here = (*record.recipients, record.sender) if record.sender else record.recipients
        if thread is None and topic and record.answer_subject:
            participants = set(people_here)
            for earlier, people, when in reversed(self.topics.get(topic, ())):
                recent = (
                    when is None
                    or record.occurred_at is None
                    or 0 <= (record.occurred_at - when).days <= _SUBJECT_WINDOW_DAYS
                )
                if recent and not participants.isdisjoint(people):
                    thread = earlier
                    break
            if thread is None and record.occurred_at is not None and conn is not None:
                window = timedelta(days=_SUBJECT_WINDOW_DAYS)
                others = sorted(participants - self.me)
                if others:
                    thread = store.thread_on_topic(
                        conn, self.owner, topic[:_TOPIC_CHARS], record.occurred_at - window, record.occurred_at, others
                    )
        if thread is None:
            thread = key
        threads[key] = thread
        for ref in refs:
            threads.setdefault(ref, thread)
        if topic:
            recent_here = self.topics[topic]
            recent_here.append((thread, people_here, record.occurred_at))
            if len(recent_here) > TOPIC_MESSAGES_KEPT:
                del recent_here[0]  # only the latest are ever looked at
        return thread, topic

    def _interaction(
        self, record: MailFacts, thread_text: str, address: str, direction: Direction, summary: str
    ) -> tuple[Any, ...]:
        """An interaction of ``record`` with ``address``, in ``CANDIDATE_MESSAGE_COLUMNS`` order
        (the person and the channel follow when it is one of a person's)."""
        return (
            self.owner,
            record.occurred_at,
            record.utc_offset_minutes,
            direction.value,
            record.kind,
            summary,
            stored_text(f"{record.key}|{address}", 1000),
            thread_text,
            record.returns_on,
            self.source_id,
            record.position[-500:],
        )

    def _bounce(self, conn: Connection, record: MailFacts, rows: _Rows, thread: str) -> None:
        self.counts.bounces += 1
        if not record.failed:  # a report that names no failed address
            return
        original = record.bounced_id
        linked = self.outreach.get(original.strip("<>")) if original else None
        thread = self.threads.get(original, original) if original else thread
        rows.bouncing.update(record.failed)
        for address in record.failed:
            person_id = self.people.get(address)
            if person_id is None and linked is not None:
                person_id = linked[1]
            if person_id is None:
                continue
            summary = stored_text(
                f"delivery to {address} failed" + (f": {record.subject}" if record.subject else ""), SUMMARY_CHARS
            )
            row = self._interaction(record, stored_text(thread, 1000), address, Direction.INBOUND, summary)
            rows.interactions.append((*row, person_id, "email"))

    # Who an address is ------------------------------------------------------------------------

    def _person_for(
        self,
        conn: Connection,
        address: str,
        name: str,
        kind: InteractionKind,
        direction: Direction,
        when: datetime,
    ) -> int | None:
        """The person ``address`` belongs to, creating one after a two-way exchange; ``None``
        while it stays a candidate (whose counts this updates)."""
        found = self.people.get(address)
        if found is not None:
            return found
        pending = self.candidates.get(address)
        if pending is None:
            matched = self._strong_match(conn, address, name)
            if matched is not None:
                people_store.add_identity(conn, self.owner, matched, Identity(IdentityKind.EMAIL, address), self.now)
                self.people[address] = matched
                self.counts.notes.append(f"{address} was added to a known person (#{matched}): same name, same domain")
                return matched
            if kind is not InteractionKind.PERSONAL:
                return None  # an auto-reply alone does not make anyone a candidate
            row = store.CandidateRow(0, address, stored_text(name, 300), 0, 0, when, when, False)
            pending = self.candidates[address] = _Pending(row, new=True)
            self.counts.new_candidates += 1
        row = pending.row
        if kind is InteractionKind.PERSONAL:
            if direction is Direction.OUTBOUND:
                row.outbound += 1
            else:
                row.inbound += 1
        if name and not row.display_name:
            row.display_name = stored_text(name, 300)
        row.first_at = min(row.first_at or when, when) if when else row.first_at
        row.last_at = max(row.last_at or when, when) if when else row.last_at
        pending.changed = True
        if row.inbound and row.outbound and not row.dismissed:
            return self._promote(conn, address, pending)
        return None

    def _promote(self, conn: Connection, address: str, pending: _Pending) -> int:
        """A two-way exchange: the candidate becomes a person, with every message kept."""
        row = pending.row
        person_id = create_person_from_address(self.ws, conn, address, row.display_name, row.first_at, self.source_id)
        if not pending.new:
            self.counts.interactions += store.promote_candidate(conn, self.owner, row.id, person_id)
        if pending.new:
            self.counts.new_candidates -= 1
        moved = [m | {"person_id": person_id, "channel": "email"} for m in pending.messages]
        store.insert_ignoring_duplicates(conn, interactions, moved)
        self.counts.interactions += len(moved)
        del self.candidates[address]
        self.people[address] = person_id
        self.counts.new_people += 1
        return person_id

    def _strong_match(self, conn: Connection, address: str, name: str) -> int | None:
        """A known person at the same company domain whom the matcher recommends strongly."""
        domain = address.rpartition("@")[2]
        if not name or is_public_domain(domain) or is_role_email(address):
            return None
        if domain not in self.domains:
            ids = store.people_at_domain(conn, self.owner, domain)
            index: MatchIndex | None = None
            if ids and len(ids) <= 500:
                index = MatchIndex()
                for person_id in ids:
                    person = people_store.load_person(conn, self.owner, person_id)
                    if person is not None:
                        index.add(profile_from_person(person))
            self.domains[domain] = index
        index = self.domains[domain]
        if index is None:
            return None
        results = index.match(MatchProfile(id=-1, display_name=name, emails=(address,)))
        if results and results[0].recommendation is Recommendation.STRONG:
            best = results[0]
            other = best.b if best.a == -1 else best.a
            return int(other)
        return None

    # Writing ----------------------------------------------------------------------------------

    def _flush(self, conn: Connection, rows: _Rows, replies: dict[int, datetime]) -> None:
        store.insert_rows(conn, mail_messages, MESSAGE_COLUMNS, rows.messages)
        store.insert_rows(conn, interactions, INTERACTION_COLUMNS, rows.interactions)
        self.counts.interactions += len(rows.interactions)
        if rows.bouncing:
            store.mark_bouncing(conn, self.owner, rows.bouncing)
        changed: list[store.CandidateRow] = []
        touched = [p for p in self.candidates.values() if p.changed or p.messages]
        new = [p for p in touched if p.new]
        for pending, candidate_id in zip(
            new, store.insert_candidates(conn, self.owner, [p.row for p in new], self.source_id, self.now), strict=True
        ):
            pending.row.id = candidate_id
        messages: list[dict[str, Any]] = []
        for pending in touched:
            if pending.new:
                pending.new = False
            elif pending.changed:
                changed.append(pending.row)
            messages += [m | {"candidate_id": pending.row.id} for m in pending.messages]
            pending.messages.clear()
            pending.changed = False
        store.update_candidates(conn, self.owner, changed)
        store.insert_ignoring_duplicates(conn, candidate_messages, messages)
        self.sent_drafts.settle(conn)  # before the replies: an answer to a draft follows its sending
        self._act_on_replies(conn, replies)

    def _act_on_replies(self, conn: Connection, replies: dict[int, datetime]) -> None:
        """As ``kith replied`` does: a reply after the last step done cancels what is planned."""
        if not replies:
            return
        last_done = store.last_steps_done(conn, self.owner, replies)
        for person_id, when in replies.items():
            done = last_done.get(person_id)
            if done is not None and when >= done:
                outreach_store.cancel_planned(conn, self.owner, person_id=person_id)

    def finish(self, conn: Connection) -> None:
        """After the last batch (nothing is left to do today: each batch settles its replies)."""
        self._earlier_replies(conn)
        if self.sent_drafts.done:
            self.counts.notes.insert(0, self.sent_drafts.note())

    def _earlier_replies(self, conn: Connection) -> None:
        """Answers read before the user's own first message (an Inbox read before the Sent
        folder) become replies once it is read, and act on the plan."""
        if not self.started_here:
            return
        flagged = store.mark_replies(conn, self.owner, self.started_here)
        self.started_here.clear()
        self.counts.replies += len(flagged)
        replies: dict[int, datetime] = {}
        for person_id, when in store.reply_authors(conn, self.owner, flagged):
            replies[person_id] = max(when, replies.get(person_id, when))
        self._act_on_replies(conn, replies)


def _forget_oldest(values: dict[str, Any], limit: int) -> None:
    """Drop the oldest entries of ``values`` (in insertion order) once it holds more than ``limit``."""
    if len(values) > limit:
        for key in list(islice(values, len(values) - limit * 3 // 4)):
            del values[key]


def _name_of(record: MailFacts, address: str) -> str:
    """The name ``record`` gives ``address`` (the sender's, when it is also a recipient)."""
    if address == record.sender:
        return record.sender_name
    found = ""
    for recipient, name in zip(record.recipients, record.recipient_names, strict=True):
        if recipient == address:
            found = name  # the last one, as a mapping built from the list keeps
    return found


MESSAGE_COLUMNS = (
    "owner_id",
    "message_key",
    "thread_id",
    "from_me",
    "kind",
    "occurred_at",
    "topic",
    "reply",
    "source_id",
    "source_record",
)
CANDIDATE_MESSAGE_COLUMNS = ("owner_id", *store.SHARED_WITH_INTERACTIONS)
INTERACTION_COLUMNS = (*CANDIDATE_MESSAGE_COLUMNS, "person_id", "channel")
_EXTERNAL_ID = CANDIDATE_MESSAGE_COLUMNS.index("external_id")


@dataclass
class _Rows:
    """One batch's rows, as tuples in ``MESSAGE_COLUMNS`` and ``INTERACTION_COLUMNS`` order."""

    messages: list[tuple[Any, ...]] = field(default_factory=list)
    interactions: list[tuple[Any, ...]] = field(default_factory=list)
    bouncing: set[str] = field(default_factory=set)


def create_person_from_address(
    ws: Workspace, conn: Connection, address: str, name: str, first_at: datetime | None, source_id: int | None
) -> int:
    """A new person known by one email address (the name the mail gave, else the address)."""
    shown = " ".join(name.replace("\x00", "").split()) or address
    words = shown.split()
    person = Person(
        display_name=shown[:300],
        given_name=words[0] if len(words) > 1 else "",
        family_name=" ".join(words[1:]) if len(words) > 1 else "",
        known_since=first_at.astimezone(UTC).date() if first_at else None,
        identities=(Identity(IdentityKind.EMAIL, address),),
    )
    return people_store.insert_person(conn, ws.owner_id, person, ws.now(), source_id)
