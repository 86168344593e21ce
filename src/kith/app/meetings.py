"""Recording calendar events as meetings: shared by the .ics importer and the CalDAV sync.

For each event (one UID) the recorder decides, occurrence by occurrence, what counts
(``core.meetings.judge``), resolves each person met by their email identity, and makes the
recorded meetings of that event exactly the ones that count now: new ones are added, and
ones recorded before that no longer count (an occurrence cancelled, the event deleted, the
user's answer changed to "declined") are removed. The latest reading of an event wins,
whichever file or server it came from; reading the same calendar twice changes nothing.

An attendee of a small meeting whom kith does not know becomes a person (a meeting is
two-way contact, unlike a one-way mail), named as the calendar names them and reachable at
the address the invitation used.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.engine import Connection

from kith.core.meetings import (
    MANY_PARTICIPANTS,
    Occurrence,
    Participant,
    Verdict,
    judge,
    meeting_external_id,
    meeting_thread,
    name_of,
)
from kith.core.model import Channel, Direction, Interaction
from kith.store import calendars as store
from kith.store.records import interaction_row

# Events handled per round trip to the database.
BATCH_EVENTS = 200

# The order counts are shown in, after "events".
COUNT_ORDER = (
    "events",
    "events unchanged",
    Verdict.COUNTS.value,
    "interactions added",
    "interactions removed",
    "people matched",
    "new people",
    Verdict.FUTURE.value,
    Verdict.CANCELLED.value,
    Verdict.DECLINED.value,
    Verdict.LARGE.value,
    Verdict.NO_ONE_ELSE.value,
    Verdict.NOT_YOURS.value,
)


@dataclass(frozen=True, slots=True)
class _Event:
    uid: str
    where: str
    occurrences: tuple[Occurrence, ...]


class MeetingRecorder:
    """Writes the meetings of events, a batch at a time, inside the caller's transaction."""

    def __init__(
        self,
        conn: Connection,
        owner_id: int,
        source_id: int,
        my_addresses: Iterable[str],
        now: datetime,
        *,
        many: int = MANY_PARTICIPANTS,
    ) -> None:
        self._conn = conn
        self._owner = owner_id
        self._source = source_id
        self._mine = frozenset(my_addresses)
        self._now = now
        self._many = many
        self._pending: dict[str, _Event] = {}
        self._people: dict[str, int] = {}
        self.counts: Counter[str] = Counter()
        self.yours = 0  # events the user takes part in (an occurrence that is not "without you")
        self.with_others = 0  # events with people besides the user

    def record(self, uid: str, where: str, occurrences: Sequence[Occurrence]) -> None:
        """The event ``uid`` now has these occurrences (up to now): its meetings become the ones that count."""
        self.counts["events"] += 1
        self._pending[uid] = _Event(uid, where, tuple(occurrences))
        if len(self._pending) >= BATCH_EVENTS:
            self.flush()

    def forget(self, uid: str) -> None:
        """The event ``uid`` is gone (deleted on the server): none of its meetings count any more."""
        self._pending[uid] = _Event(uid, "", ())

    def flush(self) -> None:
        if not self._pending:
            return
        events = list(self._pending.values())
        self._pending.clear()
        wanted: dict[str, dict[str, tuple[Occurrence, Participant]]] = {}
        for event in events:
            wanted[meeting_thread(event.uid)] = self._meetings(event)
        self._resolve({p.email: p for meetings in wanted.values() for _, p in meetings.values()})
        recorded = store.recorded_in_threads(self._conn, self._owner, list(wanted))
        rows = []
        stale: list[str] = []
        for thread, meetings in wanted.items():
            before = recorded.get(thread, set())
            stale.extend(before - meetings.keys())
            for external_id, (occurrence, participant) in meetings.items():
                if external_id in before:
                    continue
                rows.append(self._row(thread, external_id, occurrence, participant))
        store.add_interaction_rows(self._conn, rows)
        self.counts["interactions added"] += len(rows)
        self.counts["interactions removed"] += store.remove_interactions(self._conn, self._owner, stale)

    def _meetings(self, event: _Event) -> dict[str, tuple[Occurrence, Participant]]:
        meetings: dict[str, tuple[Occurrence, Participant]] = {}
        yours = others = False
        for occurrence in event.occurrences:
            judgement = judge(occurrence, self._mine, self._now, many=self._many)
            self.counts[judgement.verdict.value] += 1
            yours = yours or any(p.email in self._mine for p in occurrence.participants if p.email)
            others = others or any(p.email and p.email not in self._mine for p in occurrence.participants)
            for participant in judgement.met:
                meetings[meeting_external_id(event.uid, occurrence.recurrence, participant.email)] = (
                    occurrence,
                    participant,
                )
        self.yours += yours and others
        self.with_others += others
        return meetings

    def _resolve(self, met: dict[str, Participant]) -> None:
        unknown = [email for email in met if email not in self._people]
        found = store.people_by_email(self._conn, self._owner, unknown)
        self._people.update(found)
        self.counts["people matched"] += len(found)
        new = [(name_of(met[email]), email) for email in unknown if email not in self._people]
        self._people.update(store.add_people_met(self._conn, self._owner, new, self._now, self._source))
        self.counts["new people"] += len(new)

    def _row(
        self, thread: str, external_id: str, occurrence: Occurrence, participant: Participant
    ) -> dict[str, object]:
        person_id = self._people[participant.email]
        interaction = Interaction(
            person_id=person_id,
            occurred_at=occurrence.start,
            channel=Channel.MEETING,
            direction=Direction.MUTUAL,
            summary=occurrence.summary or "Meeting",
            utc_offset_minutes=occurrence.utc_offset_minutes,
            external_id=external_id,
            thread_id=thread,
            source_id=self._source,
        )
        row = interaction_row(interaction, self._owner)
        row["source_record"] = occurrence.uid[:500]
        return row


def counts_in_order(counts: Counter[str]) -> dict[str, int]:
    """The summary's counts in their reading order, leaving out the reasons that did not occur."""
    always = {
        "events",
        Verdict.COUNTS.value,
        "interactions added",
        "interactions removed",
        "people matched",
        "new people",
    }
    return {key: counts[key] for key in COUNT_ORDER if counts[key] or key in always}
