"""Filling a database with the demo network: ``kith demo``, ``make run`` and the benchmark.

The network is drawn by ``kith.demo.network`` and written by ``kith.store.demo_writer`` in
batches inside one transaction: a failure half-way (a full disk, Ctrl-C) leaves the
database as it was. Every row written points at one ``sources`` row (kind ``demo``,
locator ``demo seed N``), so the demo can be told apart from the user's own data.
"""

from __future__ import annotations

import gc
import itertools
import os
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field

from kith.app.demo_drawing import DemoDrawing, DrawnApart, drawn_batches
from kith.app.workspace import Workspace
from kith.core.errors import KithError
from kith.core.model import RelationshipKind
from kith.demo.network import check_network_size, generate_network
from kith.store.demo_writer import (
    PeopleWriter,
    count_people,
    interaction_indexes_built_after,
    reserve_people_ids,
)
from kith.store.sources import add_source, find_source

Progress = Callable[[int, int], None]

DEFAULT_PEOPLE = 1000
DEFAULT_YEARS = 15
DEFAULT_SEED = 7
BATCH_PEOPLE = 2000  # about 20,000 interactions a batch: big statements, bounded memory
# From this many people the network is drawn in a second process on a machine with more
# than one core (see fill_demo). Smaller ones take a few seconds either way, and on a busy
# machine the second process only waits for a core (4,000 people at load 4: 3.9 s, in line 2.8 s).
DRAW_APART_FROM = 10_000


@dataclass(frozen=True)
class DemoSummary:
    """What ``fill_demo`` wrote, and how long it took."""

    people: int
    interactions: int
    identities: int
    favours: int
    notes: int
    tags: int
    seconds: float
    seed: int
    years: int
    # How many people the generator meant to be strong, weak, dormant, one-way or new ties.
    kinds: dict[str, int] = field(default_factory=dict)


def count_people_in(ws: Workspace) -> int:
    """How many people the user's network holds (``kith demo --if-empty`` asks first)."""
    with ws.db.reading() as conn:
        return count_people(conn, ws.owner_id)


def demo_locator(seed: int) -> str:
    return f"demo seed {seed}"


def fill_demo(
    ws: Workspace,
    *,
    people: int = DEFAULT_PEOPLE,
    years: int = DEFAULT_YEARS,
    seed: int = DEFAULT_SEED,
    add: bool = False,
    progress: Progress | None = None,
    batch_size: int = BATCH_PEOPLE,
    draw_ahead: bool | None = None,
) -> DemoSummary:
    """Write a demo network of ``people`` with up to ``years`` of history, drawn from ``seed``.

    Refuses a network that already has people unless ``add`` is true, and refuses to add
    the same seed twice. ``progress(written, total)`` is called after each batch. All or
    nothing: on any error the database is left as it was. ``draw_ahead``: draw the network
    in a second process while this one writes (true), in line (false), or by size (none:
    from ``DRAW_APART_FROM`` people on SQLite and PostgreSQL). The network is the same
    either way.
    """
    started = time.perf_counter()
    check_network_size(people, years)
    # A load makes millions of short-lived objects without cycles; the cycle collector would
    # rescan the survivors again and again (a sixth of the time at 100,000 people).
    collecting = gc.isenabled()
    gc.disable()
    try:
        return _fill(
            ws,
            people=people,
            years=years,
            seed=seed,
            add=add,
            progress=progress,
            batch_size=max(1, batch_size),
            started=started,
            apart=people >= DRAW_APART_FROM and os.cpu_count() != 1 if draw_ahead is None else draw_ahead,
        )
    finally:
        if collecting:
            gc.enable()


def _fill(
    ws: Workspace,
    *,
    people: int,
    years: int,
    seed: int,
    add: bool,
    progress: Progress | None,
    batch_size: int,
    started: float,
    apart: bool,
) -> DemoSummary:
    now = ws.now()
    kinds: Counter[str] = Counter()
    with ws.db.transaction() as conn:
        existing = count_people(conn, ws.owner_id)
        if existing and not add:
            raise KithError(
                f"{ws.db.name} already has {existing:,} people and kith demo fills only an empty database; "
                "add --add to put a demo network beside them, or give another database with --db"
            )
        if find_source(conn, ws.owner_id, "demo", demo_locator(seed)) is not None:
            raise KithError(
                f"{ws.db.name} already holds the demo network of seed {seed}; give another --seed to add a second one"
            )
        source_id = add_source(conn, ws.owner_id, "demo", demo_locator(seed), now)
        writer = PeopleWriter(conn, ws.owner_id, now, source_id, skip_taken_identities=existing > 0)
        # Ids known before the drawing starts, so that the drawing process can prepare the rows.
        ids = reserve_people_ids(conn, people) if apart and people and writer.rows.driver else None
        written = 0
        with interaction_indexes_built_after(conn):
            if ids is None:
                for batch in drawn_batches(generate_network(people, years, seed, ws.today()), batch_size):
                    writer.write(
                        [generated.person for generated in batch],
                        itertools.chain.from_iterable(generated.interactions for generated in batch),
                        itertools.chain.from_iterable(generated.favours for generated in batch),
                        itertools.chain.from_iterable(generated.notes for generated in batch),
                        first_position=batch[0].position,
                    )
                    kinds.update(str(generated.person.intended_kind) for generated in batch)
                    written += len(batch)
                    if progress is not None:
                        progress(written, people)
            else:
                drawing = DrawnApart(
                    DemoDrawing(
                        people=people,
                        years=years,
                        seed=seed,
                        today=ws.today(),
                        drivername=conn.engine.url.drivername,
                        owner_id=ws.owner_id,
                        now=now,
                        source_id=source_id,
                        ids=ids,
                        batch_size=batch_size,
                    )
                )
                try:
                    for prepared, kinds_of_batch in drawing:
                        writer.write_prepared(prepared)
                        kinds.update(kinds_of_batch)
                        written += len(prepared.ids)
                        if progress is not None:
                            progress(written, people)
                finally:
                    drawing.close()
        counts = writer.written
    return DemoSummary(
        people=counts.people,
        interactions=counts.interactions,
        identities=counts.identities,
        favours=counts.favours,
        notes=counts.notes,
        tags=counts.tags,
        seconds=time.perf_counter() - started,
        seed=seed,
        years=years,
        kinds={kind.value: kinds[kind.value] for kind in RelationshipKind if kinds[kind.value]},
    )
