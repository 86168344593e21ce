"""Drafts the user sent from their own mail program, recognised by the mail import.

A draft kith handed over (an .eml file, the IMAP Drafts folder) carries a Message-ID kept on
its outreach step, which stays planned until the message goes out. When an import or a sync
reads a message from the user with that Message-ID (the Sent folder), the step is done, as
``kith done`` would have made it, and linked to the message's interaction. When it reads an
answer to that Message-ID first (the Inbox before the Sent folder, or no Sent folder at
all), the draft evidently went out: the step is done at the time of the answer, so that the
answer, as a reply, ends the follow-ups.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy.engine import Connection

from kith.store import handoff as store


@dataclass
class _Seen:
    key: str
    step: store.HandedStep
    when: datetime
    external_ids: dict[int, str] = field(default_factory=dict)  # person id -> the interaction's external id


class SentDrafts:
    """The handed-over steps of one import, and those it saw go out (see the module doc)."""

    def __init__(self, conn: Connection, owner_id: int) -> None:
        self.owner_id = owner_id
        self.waiting = store.handed_over(conn, owner_id)
        self.seen: dict[int, _Seen] = {}  # step id -> what was seen of its message
        self.done = 0

    def went_out(self, key: str, when: datetime, external_ids: Iterable[tuple[int, str]]) -> None:
        """The user's message ``key`` was sent (read from them, and not a draft), with (person
        id, external id) of each recipient."""
        step = self.waiting.get(key)
        if step is None:
            return
        seen = self.seen.setdefault(step.step_id, _Seen(key, step, when))
        seen.when = min(seen.when, when)
        seen.external_ids.update(external_ids)

    def answered(self, refs: Iterable[str], when: datetime) -> None:
        """A reply naming ``refs`` was read at ``when``: a draft it answers went out by then."""
        for ref in refs:
            step = self.waiting.get(ref)
            if step is not None:
                seen = self.seen.setdefault(step.step_id, _Seen(ref, step, when))
                seen.when = min(seen.when, when)

    def settle(self, conn: Connection) -> None:
        """Mark the steps seen going out done; call after the batch's interactions are written
        and before its replies act on the plan."""
        if not self.seen:
            return
        ids = store.interaction_ids(
            conn, self.owner_id, (e for s in self.seen.values() for e in s.external_ids.values())
        )
        for seen in self.seen.values():
            own = seen.external_ids.get(seen.step.person_id)
            store.mark_sent(conn, self.owner_id, seen.step, seen.when, ids.get(own) if own else None)
            del self.waiting[seen.key]
            self.done += 1
        self.seen.clear()

    def note(self) -> str:
        """What the import says of the drafts it saw go out ("" when none)."""
        n = self.done
        if not n:
            return ""
        return (
            f"{n} draft{'s' if n != 1 else ''} kith saved went out from your mail program: "
            f"{'their steps are' if n != 1 else 'its step is'} done"
        )
