"""The match, decide and write stages of a contacts import, over one transaction.

Each normalised record is matched (``decide``): a record imported before is found by its key
(unchanged: skipped; changed: an update); a new record is matched against everyone known
(``kith.core.matching``): a strong match merges into that person, anything less makes a new
person, and a medium or low match waits for the user (``kith dupes``). Decisions queue up
and are written in batches (``flush``): new people first (their ids come back in order),
then every change, one statement per table. Each merge is journalled (``merges``) so that
``kith unmerge`` can split the record out again.
"""

from __future__ import annotations

import gc
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Any

from sqlalchemy.engine import Connection

from kith.app.contacts.normalise import Incoming
from kith.core.matching import MATCH_DEFAULTS, MatchIndex, MatchResult, Prepared, ProfileId, Recommendation
from kith.core.updates import Change, kept_note, plan_update
from kith.store import contacts as store
from kith.store.contacts import PersonState
from kith.store.merges import encode
from kith.store.schema import merges, people

BATCH = 2000  # decisions written per batch


@dataclass
class Op:
    """One decision about one record."""

    kind: str  # "new", "update" (a record seen before), "merge" (a record joining a person), "evidence"
    ref: int  # the person: a stored id, or a negative number for a person this import creates
    incoming: Incoming | None = None
    record_id: int | None = None
    reasons: tuple[str, ...] = ()
    values: dict[str, Any] = field(default_factory=dict)  # "evidence": values to fold in (known_since)


@dataclass
class Counts:
    added: int = 0
    updated: int = 0
    merged: int = 0
    unchanged: int = 0
    review: int = 0


def _merge_reasons(result: MatchResult) -> tuple[str, ...]:
    return (f"score {result.score:g}", *result.reasons)


class ImportSession:
    """Everything one import decides, and its writes, inside the caller's transaction."""

    def __init__(
        self,
        conn: Connection,
        owner_id: int,
        now: datetime,
        source: SourceMaker,
        prepared_before: Mapping[ProfileId, Prepared] | None = None,
    ) -> None:
        """``prepared_before``: an earlier session's ``prepared_people`` (the previous file of
        the same import), whose unchanged people the match index takes over."""
        self.conn = conn
        self.owner_id = owner_id
        self.now = now
        self.source = source
        self.known = store.read_known(conn, owner_id)
        self.index = MatchIndex(store.match_profiles(conn, owner_id), MATCH_DEFAULTS, prepared_before=prepared_before)
        self.counts = Counts()
        self.notes: list[str] = []
        self.ops: list[Op] = []
        self.ids: dict[int, int] = {}  # negative refs of new people -> their ids, once written
        self._next_ref = -1
        self._profiles = 0
        self._keys_met: set[str] = set()  # record keys met in this import
        self._refs: dict[ProfileId, int] = {}  # the matcher's ids of new people -> person refs
        gc.freeze()

    # --- deciding ---------------------------------------------------------------------------

    def person_of(self, ref: int) -> int:
        return self.ids.get(ref, ref) if ref < 0 else ref

    def new_profile_id(self) -> str:
        self._profiles += 1
        return f"r{self._profiles}"

    def decide(self, incoming: Incoming) -> int:
        """Queue what to do with one record; returns the person it belongs to (a ref)."""
        if incoming.key in self._keys_met:
            # The same key twice in one file (two rows with one email): the second is a record
            # of its own, known by its place too, and matched like any other.
            incoming = replace(incoming, key=f"{incoming.key}@{incoming.source_record}")
        self._keys_met.add(incoming.key)
        known = self.known.records.get(incoming.key)
        if known is not None:
            person_id, digest, record_id = known
            if digest == incoming.digest:
                self.counts.unchanged += 1
            else:
                self._queue(Op("update", person_id, incoming, record_id))
            return person_id
        best, matching = self.index.best(incoming.profile)
        if best is not None and best.recommendation is Recommendation.STRONG:
            ref = self._profile_person(best.b)
            self.counts.merged += 1
            self._queue(Op("merge", ref, incoming, reasons=_merge_reasons(best)))
            return ref
        ref = self._next_ref
        self._next_ref -= 1
        self.counts.added += 1
        if matching:
            self.counts.review += 1
        self._refs[incoming.profile.id] = ref
        self.index.add(incoming.profile)
        self._queue(Op("new", ref, incoming))
        return ref

    def _profile_person(self, profile_id: ProfileId) -> int:
        """Stored people are in the matcher under their id; new ones under ``r1``, ``r2``..."""
        if isinstance(profile_id, int):
            return profile_id
        return self._refs[profile_id]

    def evidence(self, ref: int, values: dict[str, Any]) -> None:
        """Fold a fact found elsewhere (an invitation's date) into a person."""
        self._queue(Op("evidence", ref, values=values))

    def _queue(self, op: Op) -> None:
        self.ops.append(op)
        if len(self.ops) >= BATCH:
            self.flush()

    def identity_owner(self, kind: str, value: str) -> int | None:
        return self.known.identities.get((kind, value))

    def prepared_people(self) -> dict[ProfileId, Prepared]:
        """The match index's prepared profiles by person id, once everything is written."""

        def person(profile_id: ProfileId) -> ProfileId | None:
            if isinstance(profile_id, int):
                return profile_id
            return self.ids.get(self._refs[profile_id])

        return self.index.prepared_by(person)

    # --- writing ----------------------------------------------------------------------------

    def flush(self) -> None:
        """Write every queued decision."""
        ops, self.ops = self.ops, []
        if not ops:
            return
        writer = _Batch(self)
        writer.write(ops)
        del ops, writer
        # What is left now lives as long as the import (the match index, what is known):
        # out of the garbage collector's way (see ``long_lived``).
        gc.freeze()


SourceMaker = Any  # a callable () -> int giving the import's source id, made on first use


class _Batch:
    """One batch of writes."""

    def __init__(self, session: ImportSession) -> None:
        self.s = session
        self.rows: dict[str, list[dict[str, Any]]] = {name: [] for name in store.TABLES}
        self.field_sources: list[dict[str, Any]] = []
        self.journal: list[dict[str, Any]] = []
        self.dirty: dict[int, dict[str, Any]] = {}  # person id -> columns to update

    @property
    def sid(self) -> int:
        """The import's source, made on the first row written (an unchanged file writes none)."""
        source_id: int = self.s.source()
        return source_id

    def write(self, ops: list[Op]) -> None:
        s = self.s
        news = [op for op in ops if op.kind == "new"]
        rows = []
        for op in news:
            assert op.incoming is not None
            columns = store.columns_from_values(op.incoming.values)
            rows.append(
                {
                    "owner_id": s.owner_id,
                    "languages": [],
                    "interests": [],
                    **columns,
                    "source_id": self.sid,
                    "source_record": op.incoming.source_record[:500],
                    "created_at": s.now,
                    "updated_at": s.now,
                }
            )
        for op, person_id in zip(news, store.insert_people(s.conn, rows), strict=True):
            s.ids[op.ref] = person_id
        states = store.read_states(s.conn, s.owner_id, [s.person_of(op.ref) for op in ops if op.kind != "new"])
        before = store.record_fields(s.conn, [op.record_id for op in ops if op.record_id is not None])
        for op in ops:
            person_id = s.person_of(op.ref)
            if op.kind == "new":
                assert op.incoming is not None
                states[person_id] = PersonState(person_id, dict(op.incoming.values), set(), set(), set(), False)
                self._contents(states[person_id], op.incoming)
                self._record(person_id, op.incoming, None)
                continue
            state = states[person_id]
            if op.kind == "evidence":
                self._fields(state, None, op.values, "")
                continue
            assert op.incoming is not None
            if op.kind == "update":
                said = before.get(op.record_id or 0)
                changed = self._fields(state, said, op.incoming.values, op.incoming, _dropped(said, op.incoming))
                changed = bool(self._contents(state, op.incoming)) or changed
                self._record(person_id, op.incoming, op.record_id)
                if changed:
                    s.counts.updated += 1
                else:
                    s.counts.unchanged += 1
                continue
            self._merge(state, op)
        self._write()

    def _fields(
        self, state: PersonState, before: dict[str, Any] | None, after: dict[str, Any], incoming: Incoming | str,
        dropped: tuple[tuple[str, Any], ...] = (),
    ) -> bool:  # fmt: skip
        s = self.s
        update = plan_update(state.values, before, after, state.by_hand)
        where = incoming.source_record if isinstance(incoming, Incoming) else incoming
        if update.values:
            state.values.update(update.values)
            self.dirty.setdefault(state.person_id, {}).update(store.columns_from_values(update.values))
            for name in update.values:
                self.field_sources.append(
                    {"person_id": state.person_id, "owner_id": s.owner_id, "field": name, "source_id": self.sid,
                     "source_record": where[:500] or None, "recorded_at": s.now, "by_hand": False}
                )  # fmt: skip
        for change in update.changes:
            self._change(state.person_id, change, where)
        if (update.kept or dropped) and isinstance(incoming, Incoming):
            kept = (*update.kept, *dropped)
            body = kept_note(kept, incoming.where.rsplit(":", 1)[0], s.now.date().isoformat())
            self._note(state, body, where)
        return bool(update.values or update.changes)

    def _change(self, person_id: int, change: Change, where: str) -> None:
        self.rows["person_changes"].append(
            {"owner_id": self.s.owner_id, "person_id": person_id, "field": change.field, "old_value": change.old,
             "new_value": change.new, "changed_at": self.s.now, "source_id": self.sid, "source_record": where[:500]}
        )  # fmt: skip

    def _note(self, state: PersonState, body: str, where: str) -> bool:
        if not body or body in state.note_bodies:
            return False
        state.note_bodies.add(body)
        self.rows["notes"].append(
            {"owner_id": self.s.owner_id, "person_id": state.person_id, "body": body, "created_at": self.s.now,
             "source_id": self.sid, "source_record": where[:500]}
        )  # fmt: skip
        return True

    def _contents(self, state: PersonState, incoming: Incoming) -> dict[str, Any]:
        """Identities, tags, the note and the photo a record brings; what was added, by kind."""
        s = self.s
        added: dict[str, Any] = {}
        identities = []
        for kind, value, label in incoming.identities:
            holder = s.known.identities.get((kind, value))
            if holder is None:
                s.known.identities[(kind, value)] = state.person_id
                identities.append([kind, value])
                self.rows["identities"].append(
                    {"owner_id": s.owner_id, "person_id": state.person_id, "kind": kind, "value": value,
                     "label": label, "status": "ok", "source_id": self.sid,
                     "source_record": incoming.source_record[:500], "created_at": s.now}
                )  # fmt: skip
            elif holder != state.person_id:
                s.notes.append(
                    f"{incoming.where}: the {kind} {value} already belongs to person #{holder}; "
                    "it stays with them (see `kith dupes`)"
                )
        if identities:
            added["identities"] = identities
        new_tags = [t for t in incoming.tags if t not in state.tags]
        for tag in new_tags:
            state.tags.add(tag)
            tag_id = s.known.tag_ids.get(tag)
            if tag_id is None:
                tag_id = s.known.tag_ids[tag] = store.add_tag(s.conn, s.owner_id, tag)
            self.rows["person_tags"].append({"person_id": state.person_id, "tag_id": tag_id})
        if new_tags:
            added["tags"] = new_tags
        if self._note(state, incoming.note, incoming.source_record):
            added["notes"] = [incoming.note]
        if incoming.photo and not state.has_photo:
            state.has_photo = True
            added["photo"] = True
            self.rows["person_photos"].append(
                {"owner_id": s.owner_id, "person_id": state.person_id, "media_type": incoming.photo_type[:100],
                 "data": incoming.photo, "source_id": self.sid, "source_record": incoming.source_record[:500],
                 "created_at": s.now}
            )  # fmt: skip
        return added

    def _record(self, person_id: int, incoming: Incoming, record_id: int | None) -> None:
        s = self.s
        row = {"record_key": incoming.key, "digest": incoming.digest, "fields": incoming.fields,
               "source_id": self.sid, "source_record": incoming.source_record[:500], "imported_at": s.now}  # fmt: skip
        if record_id is None:
            self.rows["contact_records"].append({"owner_id": s.owner_id, "person_id": person_id, **row})
            s.known.records[incoming.key] = (person_id, incoming.digest, 0)
        else:
            store.update_record(s.conn, record_id, person_id, row)
            s.known.records[incoming.key] = (person_id, incoming.digest, record_id)

    def _merge(self, state: PersonState, op: Op) -> None:
        """A record joins a known person: fill what is empty, add what is new, journal it."""
        s = self.s
        incoming = op.incoming
        assert incoming is not None
        old = dict(state.values)
        self._fields(state, None, incoming.values, incoming)
        added = self._contents(state, incoming)
        self._record(state.person_id, incoming, None)
        set_values = {k: v for k, v in state.values.items() if old.get(k) != v}
        after = store.columns_from_values(set_values)
        before = store.columns_from_values({k: old.get(k) for k in set_values})
        snapshot = {
            "person": incoming.values,
            "kept_before": {k: encode(people.c[k], v) for k, v in before.items()},
            "kept_after": {k: encode(people.c[k], v) for k, v in after.items()},
            "identities": added.get("identities", []),
            "tags": list(incoming.tags),
            "tags_added": added.get("tags", []),
            "note_bodies": added.get("notes", []),
            "photo": bool(added.get("photo")),
            "records": [incoming.key],
        }
        self.journal.append(
            {"owner_id": s.owner_id, "kept_person_id": state.person_id, "merged_person_id": None,
             "merged_name": (incoming.values.get("display_name") or "(no name)")[:300], "how": "import",
             "reasons": list(op.reasons), "snapshot": snapshot, "source_id": self.sid,
             "source_record": incoming.source_record[:500], "merged_at": s.now, "undone_at": None}
        )  # fmt: skip

    def _write(self) -> None:
        s = self.s
        for name in ("identities", "contact_records", "person_tags", "notes", "person_photos", "person_changes"):
            store.insert_rows(s.conn, store.TABLES[name], self.rows[name])
        store.set_field_sources(s.conn, self.field_sources)
        store.insert_rows(s.conn, merges, self.journal)
        touched = set(self.dirty) | {r["person_id"] for name in ("identities", "person_tags", "notes", "person_photos")
                                     for r in self.rows[name]}  # fmt: skip
        new_ids = set(s.ids.values())
        changes = []
        for person_id in touched:
            columns = self.dirty.get(person_id, {})
            if person_id in new_ids and not columns:
                continue  # created in this import: its updated_at is already now
            changes.append((person_id, {**columns, "updated_at": s.now}))
        store.update_people_columns(s.conn, s.owner_id, changes)


def _dropped(said: dict[str, Any] | None, incoming: Incoming) -> tuple[tuple[str, Any], ...]:
    """The identities the record had last time and no longer has (they stay on the person)."""
    if said is None:
        return ()
    now = {(kind, value) for kind, value, _ in incoming.identities}
    return tuple((kind, value) for kind, value, *_ in said.get("identities", []) if (kind, value) not in now)


# Objects allocated between two young collections during an import (Python's default is
# 700: a collection every few records). Each record makes a few hundred short-lived objects,
# nearly none in cycles, so collecting that often only walks live ones.
IMPORT_GC_THRESHOLD = 100_000


@contextmanager
def long_lived() -> Iterator[None]:
    """An import's long-lived objects, frozen out of the garbage collector's way until its end.

    The match index and what is known hold hundreds of thousands of objects that live as
    long as the import, and each full collection would walk them all again: for 40,000
    records that was a quarter of the import's time. The session freezes what is alive once
    it is built and after each batch (``gc.freeze``), and young collections run every
    ``IMPORT_GC_THRESHOLD`` allocations rather than every 700 (another 10-15 % of the
    import's CPU; peak memory the same); the end of the import restores the collector's
    thresholds and hands everything back to it, which frees whatever became garbage meanwhile.
    """
    thresholds = gc.get_threshold()
    gc.set_threshold(max(thresholds[0], IMPORT_GC_THRESHOLD), *thresholds[1:])
    try:
        yield
    finally:
        gc.set_threshold(*thresholds)
        gc.unfreeze()


def person_refs(session: ImportSession, refs: Iterable[int]) -> list[int]:
    return [session.person_of(ref) for ref in refs]
