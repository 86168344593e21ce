"""Filling a database with the demo network, on SQLite and PostgreSQL."""

from __future__ import annotations

import dataclasses
import itertools
import multiprocessing
import os
import signal
from collections.abc import Iterator
from typing import Any

import pytest
import sqlalchemy as sa

from kith.app.demo import count_people_in, fill_demo
from kith.app.demo_drawing import DemoDrawing, DrawnApart
from kith.app.workspace import Workspace, fixed_clock, open_workspace
from kith.core.errors import KithError
from kith.core.model import RelationshipKind
from kith.demo.network import generate_network
from kith.store import schema
from kith.store.schema import interactions
from tests.conftest import NOW


def count(ws: Workspace, table: sa.Table) -> int:
    with ws.db.reading() as conn:
        return int(conn.execute(sa.select(sa.func.count()).select_from(table)).scalar_one())


def everything(ws: Workspace) -> dict[str, int]:
    tables = (
        schema.people,
        schema.identities,
        schema.interactions,
        schema.favors,
        schema.notes,
        schema.tags,
        schema.person_tags,
        schema.sources,
    )
    return {table.name: count(ws, table) for table in tables}


@pytest.fixture
def other_workspace(other_database: str) -> Iterator[Workspace]:
    ws = open_workspace(other_database, clock=fixed_clock(NOW))
    try:
        yield ws
    finally:
        ws.close()


def test_fills_an_empty_database_and_the_summary_matches_the_rows(workspace: Workspace) -> None:
    summary = fill_demo(workspace, people=120, seed=7)
    rows = everything(workspace)
    assert summary.people == rows["people"] == 120
    assert summary.interactions == rows["interactions"] > 500
    assert summary.identities == rows["identities"] > 120
    assert summary.favours == rows["favors"]
    assert summary.notes == rows["notes"] > 0
    assert summary.tags == rows["person_tags"] > 0
    assert rows["sources"] == 1
    assert sum(summary.kinds.values()) == 120
    assert set(summary.kinds) <= {kind.value for kind in RelationshipKind}
    assert summary.seconds > 0
    assert count_people_in(workspace) == 120


def test_every_row_points_at_the_demo_source_and_keeps_the_intended_kind(workspace: Workspace) -> None:
    fill_demo(workspace, people=60, seed=7)
    with workspace.db.reading() as conn:
        source = conn.execute(sa.select(schema.sources)).mappings().one()
        people = conn.execute(sa.select(schema.people)).mappings().all()
        interaction_sources = set(conn.execute(sa.select(schema.interactions.c.source_id)).scalars())
        owners = set(conn.execute(sa.select(schema.interactions.c.owner_id)).scalars())
    assert (source["kind"], source["locator"]) == ("demo", "demo seed 7")
    assert {p["source_id"] for p in people} == {source["id"]}
    assert interaction_sources == {source["id"]}
    assert owners == {workspace.owner_id}
    assert all(p["intended_kind"] in {k.value for k in RelationshipKind} for p in people)


def test_what_is_stored_is_what_was_generated(workspace: Workspace) -> None:
    fill_demo(workspace, people=40, seed=11, batch_size=15)
    generated = list(generate_network(40, 15, 11, workspace.today()))
    with workspace.db.reading() as conn:
        people = conn.execute(sa.select(schema.people).order_by(schema.people.c.id)).mappings().all()
        interactions = conn.execute(
            sa.select(
                schema.interactions.c.person_id, schema.interactions.c.external_id, schema.interactions.c.occurred_at
            )
        ).all()
        emails = set(conn.execute(sa.select(schema.identities.c.value)).scalars())
    assert [p["display_name"] for p in people] == [g.person.display_name for g in generated]
    ids = [p["id"] for p in people]
    stored = {(row.person_id, row.external_id, row.occurred_at) for row in interactions}
    expected = {(ids[g.position], i.external_id, i.occurred_at) for g in generated for i in g.interactions}
    assert stored == expected
    assert emails == {identity.value for g in generated for identity in g.person.identities}


def test_the_same_seed_gives_the_same_network_in_two_databases_however_it_is_written(
    workspace: Workspace, other_workspace: Workspace
) -> None:
    # Drawn in a second process (rows prepared there) against drawn in line in small batches:
    # every row of every table the same, ids included.
    fill_demo(workspace, people=50, seed=5, draw_ahead=True, batch_size=20)
    fill_demo(other_workspace, people=50, seed=5, draw_ahead=False, batch_size=7)

    def content(ws: Workspace) -> dict[str, list[tuple[object, ...]]]:
        tables = (schema.people, schema.identities, schema.interactions, schema.favors, schema.notes, schema.tags)
        with ws.db.reading() as conn:
            found = {
                table.name: [tuple(row) for row in conn.execute(sa.select(table).order_by(table.c.id))]
                for table in tables
            }
            found["person_tags"] = [
                tuple(row)
                for row in conn.execute(
                    sa.select(schema.person_tags).order_by(schema.person_tags.c.person_id, schema.person_tags.c.tag_id)
                )
            ]
        return found

    drawn_apart, drawn_here = content(workspace), content(other_workspace)
    assert len(drawn_apart["people"]) == 50
    assert len(drawn_apart["interactions"]) > 200
    assert drawn_apart == drawn_here


def test_refuses_a_database_that_already_has_people(workspace: Workspace) -> None:
    fill_demo(workspace, people=30, seed=7)
    before = everything(workspace)
    with pytest.raises(KithError, match=r"already has 30 people.*--add.*--db"):
        fill_demo(workspace, people=30, seed=8)
    assert everything(workspace) == before


def test_add_puts_a_second_network_beside_the_first(workspace: Workspace) -> None:
    fill_demo(workspace, people=30, seed=7)
    summary = fill_demo(workspace, people=20, seed=8, add=True)
    assert summary.people == 20
    assert count_people_in(workspace) == 50
    assert count(workspace, schema.sources) == 2


def test_add_refuses_the_same_seed_twice(workspace: Workspace) -> None:
    fill_demo(workspace, people=30, seed=7)
    before = everything(workspace)
    with pytest.raises(KithError, match="seed 7"):
        fill_demo(workspace, people=30, seed=7, add=True)
    assert everything(workspace) == before


def test_add_leaves_out_an_identity_someone_already_has(workspace: Workspace) -> None:
    first = next(iter(generate_network(10, 15, 8, workspace.today())))
    email = first.person.identities[0].value
    with workspace.db.transaction() as conn:
        person_id = conn.execute(
            schema.people.insert()
            .values(
                owner_id=workspace.owner_id,
                display_name="Someone Else",
                name_key="someone else",
                languages=[],
                interests=[],
                created_at=NOW,
                updated_at=NOW,
            )
            .returning(schema.people.c.id)
        ).scalar_one()
        conn.execute(
            schema.identities.insert().values(
                owner_id=workspace.owner_id, person_id=person_id, kind="email", value=email, created_at=NOW
            )
        )
    generated = sum(len(g.person.identities) for g in generate_network(10, 15, 8, workspace.today()))
    summary = fill_demo(workspace, people=10, seed=8, add=True, draw_ahead=True)  # checked in this process
    assert summary.people == 10
    assert summary.identities == generated - 1
    with workspace.db.reading() as conn:
        holder = conn.execute(
            sa.select(schema.identities.c.person_id).where(schema.identities.c.value == email)
        ).scalar_one()
    assert holder == person_id


def test_a_failure_half_way_leaves_nothing(workspace: Workspace) -> None:
    calls: list[int] = []

    def interrupt(written: int, total: int) -> None:
        calls.append(written)
        if len(calls) == 2:
            raise KithError("stopped by the test")

    with pytest.raises(KithError, match="stopped by the test"):
        fill_demo(workspace, people=90, seed=7, batch_size=30, progress=interrupt)
    assert calls == [30, 60]
    assert set(everything(workspace).values()) == {0}


def test_progress_counts_people_up_to_the_total(workspace: Workspace) -> None:
    seen: list[tuple[int, int]] = []
    fill_demo(workspace, people=70, seed=7, batch_size=25, progress=lambda done, total: seen.append((done, total)))
    assert seen == [(25, 70), (50, 70), (70, 70)]


def test_a_failure_half_way_stops_the_drawing_process_and_leaves_nothing(workspace: Workspace) -> None:
    def interrupt(written: int, total: int) -> None:
        raise KithError("stopped by the test")

    with pytest.raises(KithError, match="stopped by the test"):
        fill_demo(workspace, people=90, seed=7, batch_size=30, progress=interrupt, draw_ahead=True)
    assert set(everything(workspace).values()) == {0}
    assert not multiprocessing.active_children()


@pytest.mark.parametrize(("people", "years"), [(-5, 15), (10, 1)])
def test_bad_sizes_are_refused_before_anything_is_written(workspace: Workspace, people: int, years: int) -> None:
    with pytest.raises(KithError):
        fill_demo(workspace, people=people, years=years)
    assert set(everything(workspace).values()) == {0}


def test_the_interaction_indexes_are_all_there_after_a_bulk_load(workspace: Workspace) -> None:
    fill_demo(workspace, people=40, seed=11)
    with workspace.db.reading() as conn:
        present = {index["name"] for index in sa.inspect(conn).get_indexes("interactions")}
    assert {str(index.name) for index in interactions.indexes if not index.unique} <= present


def drawing(**changes: Any) -> DemoDrawing:
    base = DemoDrawing(
        people=30,
        years=15,
        seed=7,
        today=NOW.date(),
        drivername="sqlite",
        owner_id=1,
        now=NOW,
        source_id=1,
        ids=list(range(1, 31)),
        batch_size=10,
    )
    return dataclasses.replace(base, **changes)


def test_the_drawing_process_sends_every_batch_in_order_with_the_reserved_ids() -> None:
    drawn = DrawnApart(drawing(ids=list(range(101, 131))))
    try:
        batches = list(drawn)
    finally:
        drawn.close()
    assert [prepared.ids for prepared, _ in batches] == [
        list(range(101, 111)),
        list(range(111, 121)),
        list(range(121, 131)),
    ]
    assert [len(kinds) for _, kinds in batches] == [10, 10, 10]
    people = batches[0][0].tables[0]
    assert people.table == "people"
    assert [row[people.order.index("display_name")] for row in people.rows] == [
        g.person.display_name for g in itertools.islice(generate_network(30, 15, 7, NOW.date()), 10)
    ]


def test_a_failure_in_the_drawing_process_is_raised_in_this_one() -> None:
    drawn = DrawnApart(drawing(ids=[1, 2, 3]))  # fewer ids than people: the process fails
    try:
        with pytest.raises(KithError, match=r"drawing the demo network failed: ValueError"):
            list(drawn)
    finally:
        drawn.close()
    assert not multiprocessing.active_children()


def test_a_drawing_process_that_dies_is_reported_not_waited_for() -> None:
    drawn = DrawnApart(drawing(people=100_000, ids=list(range(1, 100_001)), batch_size=50_000))
    try:
        for child in multiprocessing.active_children():
            os.kill(child.pid or 0, signal.SIGKILL)
        with pytest.raises(KithError, match=r"stopped \(exit code -9\)"):
            list(drawn)
    finally:
        drawn.close()
