"""Merging two people into one, and undoing it (``kith merge``, ``kith unmerge``).

The kept person's values win and empty ones are filled from the other (``kith.core.merging``
says what follows its meaning instead: a request not to be contacted always survives). Every
row about the merged person moves to the kept one, and the journal (``merges``) records what
moved and what changed, so that an unmerge brings the merged person back exactly: their id
(when no one has taken it since), identities, fields and their provenance, interactions,
notes, tags, favours, overrides and outreach, and the kept person's values as they were.

A record merged into a person by an import is journalled the same way and split out again
the same way, into a person of its own. An undone merge is never proposed or made again
automatically (``kith dupes``).

The journal's snapshot holds: ``person`` (the merged person's row, or the record's values),
``fields`` (their field provenance), ``tags``, ``identities`` (kind and value), ``moved``
(row ids by table), ``journal`` (merges they had absorbed), ``photo`` (a photo that could
not move), ``tags_added``, ``by_hand_added``, ``kept_before`` and ``kept_after`` (the kept
person's changed columns), and, once undone, ``restored_as`` (the id they came back with).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy.engine import Connection

from kith.app.people import resolve
from kith.app.workspace import Workspace
from kith.core.errors import InvalidValue, KithError, NotFound
from kith.core.merging import MERGED_FIELDS, plan_merge
from kith.core.who import parse_who
from kith.store import contacts as records
from kith.store import merges as store
from kith.store.schema import people


@dataclass(frozen=True)
class MergePreview:
    """What ``kith merge A B`` will do: who stays, and each field's value afterwards."""

    kept_id: int
    kept_name: str
    merged_id: int
    merged_name: str
    fields: list[tuple[str, Any, Any, Any]]  # field, kept's value, merged's value, the value kept
    moved: dict[str, int]  # rows that move, by table ("identities": 3...)


@dataclass(frozen=True)
class MergeDone:
    merge_id: int
    kept_id: int
    kept_name: str
    merged_id: int
    merged_name: str
    moved: dict[str, int]


@dataclass(frozen=True)
class UnmergeDone:
    merge_id: int
    kept_id: int
    kept_name: str
    restored_id: int
    restored_name: str
    same_id: bool  # the person came back with the id they had
    remaining: int  # merges into the kept person still in place


def _values(conn: Connection, ws: Workspace, person_id: int) -> tuple[dict[str, Any], set[str], str]:
    states = records.read_states(conn, ws.owner_id, [person_id])
    state = states.get(person_id)
    if state is None:
        raise NotFound(f"there is nobody with id #{person_id}; see `kith list`")
    return state.values, state.by_hand, str(state.values.get("display_name", ""))


def _pair(ws: Workspace, keep: str, other: str) -> tuple[int, int]:
    kept, merged = resolve(ws, keep), resolve(ws, other)
    if kept == merged:
        raise InvalidValue("people", f"{keep} / {other}", "both name the same person; name two different people")
    return kept, merged


def preview_merge(ws: Workspace, keep: str, other: str) -> MergePreview:
    """What merging ``other`` into ``keep`` would do, without doing it."""
    kept, merged = _pair(ws, keep, other)
    with ws.db.reading() as conn:
        mine, my_hand, my_name = _values(conn, ws, kept)
        theirs, their_hand, their_name = _values(conn, ws, merged)
        plan = plan_merge(mine, theirs, my_hand, their_hand)
        moved = {name: len(ids) for name, ids in store.moved_ids(conn, merged).items()}
        identities = len(store.identity_keys(conn, merged))
    if identities:
        moved = {"identities": identities, **moved}
    shown = [
        (name, mine.get(name), theirs.get(name), plan.values.get(name, mine.get(name)))
        for name in MERGED_FIELDS
        if mine.get(name) not in (None, "", []) or theirs.get(name) not in (None, "", [])
    ]
    return MergePreview(kept, my_name, merged, their_name, shown, moved)


def merge_people(
    ws: Workspace, keep: str, other: str, *, how: str = "by_hand", reasons: tuple[str, ...] = ()
) -> MergeDone:
    """Merge ``other`` into ``keep`` (WHO for each), journalled so that it can be undone."""
    kept, merged = _pair(ws, keep, other)
    with ws.db.transaction() as conn:
        return merge_ids(conn, ws, kept, merged, how=how, reasons=reasons)


def merge_ids(
    conn: Connection, ws: Workspace, kept: int, merged: int, *, how: str, reasons: tuple[str, ...] = ()
) -> MergeDone:
    """Merge person ``merged`` into ``kept`` inside the caller's transaction."""
    now = ws.now()
    owner = ws.owner_id
    mine, my_hand, my_name = _values(conn, ws, kept)
    theirs, their_hand, their_name = _values(conn, ws, merged)
    plan = plan_merge(mine, theirs, my_hand, their_hand)
    kept_row = store.person_row(conn, owner, kept)
    merged_row = store.person_row(conn, owner, merged)
    assert kept_row is not None
    assert merged_row is not None
    columns = {**records.columns_from_values(plan.values), "updated_at": now}
    my_tags, their_tags = store.tag_names(conn, kept), store.tag_names(conn, merged)
    moved = store.moved_ids(conn, merged)
    photo = None
    if "person_photos" in moved and store.photo_row(conn, kept) is not None:
        photo = store.photo_row(conn, merged)  # one photo per person: keep theirs in the journal
        del moved["person_photos"]
    identity_keys = store.identity_keys(conn, merged)
    absorbed = store.absorbed(conn, owner, merged)
    by_hand_added = sorted(plan.by_hand - my_hand)
    tags_added = [t for t in their_tags if t not in my_tags]
    snapshot: dict[str, Any] = {
        "person": store.encoded_row(people, merged_row),
        "fields": store.field_rows(conn, merged),
        "tags": their_tags,
        "identities": identity_keys,
        "moved": moved,
        "journal": absorbed,
        "photo": photo,
        "tags_added": tags_added,
        "by_hand_added": by_hand_added,
        "kept_before": {k: store.encode(people.c[k], kept_row[k]) for k in columns},
        "kept_after": {k: store.encode(people.c[k], v) for k, v in columns.items()},
    }
    store.move_identities(conn, owner, identity_keys, kept)
    store.move_rows(conn, moved, kept)
    store.move_journal(conn, absorbed, kept)
    store.add_tags(conn, owner, kept, tags_added)
    store.set_by_hand(conn, owner, kept, by_hand_added, now)
    store.update_person(conn, owner, kept, columns)
    store.delete_person(conn, owner, merged)
    merge_id = store.add_journal(
        conn,
        {"owner_id": owner, "kept_person_id": kept, "merged_person_id": merged, "merged_name": their_name[:300],
         "how": how, "reasons": list(reasons), "snapshot": snapshot, "source_id": None, "source_record": None,
         "merged_at": now, "undone_at": None},
    )  # fmt: skip
    counts = {"identities": len(identity_keys), **{k: len(v) for k, v in moved.items()}}
    return MergeDone(merge_id, kept, my_name, merged, their_name, {k: v for k, v in counts.items() if v})


def _find_merge(conn: Connection, ws: Workspace, who: str, merge_id: int | None) -> dict[str, Any]:
    owner = ws.owner_id
    if merge_id is not None:
        found = store.journal(conn, owner, merge_id)
        if found is None:
            raise NotFound(f"there is no merge #{merge_id}")
        if found["undone_at"] is not None:
            raise KithError(f"merge #{merge_id} was already undone")
        return found
    query = parse_who(who, ws.default_region)
    row = None
    if query.person_id is not None:
        row = store.latest_merge(conn, owner, merged=query.person_id)
    elif query.name is not None:
        row = store.latest_merge(conn, owner, name=query.name)
    if row is not None:
        return row
    person_id = resolve(ws, who)
    row = store.latest_merge(conn, owner, kept=person_id)
    if row is None:
        raise NotFound(f"nobody was merged into {who}; there is nothing to undo")
    return row


def unmerge(ws: Workspace, who: str, *, merge_id: int | None = None) -> UnmergeDone:
    """Undo a merge: the most recent one into ``who``, or of ``who`` (their old id or name), or ``merge_id``."""
    now = ws.now()
    owner = ws.owner_id
    with ws.db.transaction() as conn:
        entry = _find_merge(conn, ws, who, merge_id)
        snapshot: dict[str, Any] = dict(entry["snapshot"])
        kept = int(entry["kept_person_id"])
        if entry["how"] == "import":
            restored, same = _restore_record(conn, ws, entry, snapshot)
        else:
            restored, same = _restore_person(conn, ws, entry, snapshot)
        store.reset_person_sequence(conn)
        _restore_kept(conn, ws, kept, snapshot)
        store.set_snapshot(conn, int(entry["id"]), {**snapshot, "restored_as": restored})
        store.mark_undone(conn, int(entry["id"]), now)
        remaining = store.count_merges(conn, owner, kept)
        kept_row = store.person_row(conn, owner, kept)
        restored_row = store.person_row(conn, owner, restored)
    assert kept_row is not None
    assert restored_row is not None
    return UnmergeDone(
        int(entry["id"]), kept, kept_row["display_name"], restored, restored_row["display_name"], same, remaining
    )


def _restore_person(
    conn: Connection, ws: Workspace, entry: dict[str, Any], snapshot: dict[str, Any]
) -> tuple[int, bool]:
    owner = ws.owner_id
    row = store.decoded_row(people, snapshot["person"])
    wanted = entry["merged_person_id"]
    same = wanted is not None and store.id_is_free(conn, int(wanted))
    if not same:
        row.pop("id", None)
    row.update(owner_id=owner, name_key=records.columns_from_values({"display_name": row["display_name"]})["name_key"])
    restored = store.insert_person(conn, row)
    store.move_identities(conn, owner, snapshot["identities"], restored)
    store.move_rows(conn, snapshot["moved"], restored)
    store.move_journal(conn, snapshot["journal"], restored)
    store.restore_fields(conn, owner, restored, snapshot["fields"])
    store.add_tags(conn, owner, restored, snapshot["tags"])
    if snapshot.get("photo"):
        store.insert_photo(conn, owner, restored, snapshot["photo"])
    return restored, same


def _restore_record(
    conn: Connection, ws: Workspace, entry: dict[str, Any], snapshot: dict[str, Any]
) -> tuple[int, bool]:
    """A record merged on import comes out as a person of its own."""
    owner, kept = ws.owner_id, int(entry["kept_person_id"])
    columns = records.columns_from_values(snapshot["person"])
    row = {
        "owner_id": owner, "languages": [], "interests": [], **columns,
        "source_id": entry["source_id"], "source_record": entry["source_record"],
        "created_at": entry["merged_at"], "updated_at": ws.now(),
    }  # fmt: skip
    restored = records.insert_people(conn, [row])[0]
    store.move_identities(conn, owner, snapshot["identities"], restored)
    store.move_records_by_key(conn, owner, snapshot["records"], restored)
    store.move_record_notes(conn, kept, restored, snapshot["note_bodies"], entry["source_id"])
    if snapshot.get("photo"):
        store.move_photo(conn, kept, restored, entry["source_id"])
    store.add_tags(conn, owner, restored, snapshot["tags"])
    return restored, False


def _restore_kept(conn: Connection, ws: Workspace, kept: int, snapshot: dict[str, Any]) -> None:
    """The kept person's columns back as they were, where nobody changed them since the merge."""
    owner = ws.owner_id
    row = store.person_row(conn, owner, kept)
    assert row is not None
    after: dict[str, Any] = snapshot.get("kept_after", {})
    before: dict[str, Any] = snapshot.get("kept_before", {})
    back: dict[str, Any] = {}
    for name, value in after.items():
        if name not in people.c or name not in before:
            continue
        if store.encode(people.c[name], row[name]) == value or name == "updated_at":
            back[name] = store.decode(people.c[name], before[name])
    if "display_name" in back:
        back["name_key"] = records.columns_from_values({"display_name": back["display_name"]})["name_key"]
    store.update_person(conn, owner, kept, back)
    store.remove_tags(conn, owner, kept, snapshot.get("tags_added", []))
    store.clear_fields(conn, kept, snapshot.get("by_hand_added", []))
