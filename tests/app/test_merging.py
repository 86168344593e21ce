"""Merging two people and undoing it, on SQLite and PostgreSQL, on a network with every kind of row."""

from __future__ import annotations

import io
import json

import pytest

from kith.app.backup import export_backup
from kith.app.merging import merge_people, preview_merge, unmerge
from kith.app.people import find_person, profile
from kith.app.workspace import Workspace
from kith.core.errors import InvalidValue, NotFound


def tables(ws: Workspace) -> dict[str, list[dict[str, object]]]:
    out = io.StringIO()
    export_backup(ws, out)
    document = json.loads(out.getvalue())
    return {k: v for k, v in document.items() if isinstance(v, list)}


def test_unmerge_brings_the_merged_person_back_exactly(network: Workspace) -> None:
    before = tables(network)
    done = merge_people(network, "#5", "#9")
    merged = tables(network)
    assert [p["id"] for p in merged["people"]] == [5, 12]
    assert {i["person_id"] for i in merged["interactions"] if i["id"] in (103, 110)} == {5}
    ana = find_person(network, "#5")
    assert ana.do_not_contact  # Bo asked to stop: the merged person never loses that
    assert set(ana.tags) == {"alumni", "tokyo"}
    back = unmerge(network, "#5")
    assert (back.merge_id, back.restored_id, back.same_id) == (done.merge_id, 9, True)
    after = tables(network)
    journal = after.pop("merges")
    before.pop("merges")
    assert after == before
    assert journal[-1]["undone_at"] is not None


def test_unmerge_finds_the_merge_by_the_merged_persons_old_id(network: Workspace) -> None:
    merge_people(network, "#12", "#9")
    assert unmerge(network, "#9").restored_id == 9
    with pytest.raises(NotFound, match="nobody was merged into"):
        unmerge(network, "#12")


def test_the_preview_shows_what_is_kept(network: Workspace) -> None:
    preview = preview_merge(network, "#5", "#9")
    by_field = {name: (mine, theirs, after) for name, mine, theirs, after in preview.fields}
    assert by_field["city"] == ("Milano", "Tokyo", "Milano")
    assert preview.moved["interactions"] == 2
    with pytest.raises(InvalidValue, match="the same person"):
        preview_merge(network, "#5", "Ana María Pérez")


def test_chained_merges_undo_in_any_order(network: Workspace) -> None:
    before = tables(network)
    merge_people(network, "#9", "#12")
    merge_people(network, "#5", "#9")
    unmerge(network, "#9")  # Bo comes out of Ana, still holding Zoë
    assert profile(network, "#9").history.total == 2  # his call and Zoë's letter (a bounce is not history)
    unmerge(network, "#12")
    after = tables(network)
    after.pop("merges")
    before.pop("merges")
    assert after == before
