"""Filling a database with the demo network: ``kith demo``, ``make run`` and the benchmark.

The network is drawn by ``kith.demo.network`` and written by ``kith.store.demo_writer`` in
batches inside one transaction: a failure half-way (a full disk, Ctrl-C) leaves the
database as it was. Every row written points at one ``sources`` row (kind ``demo``,
locator ``demo seed N``), so the demo can be told apart from the user's own data.
"""

from __future__ import annotations

import gc
import itertools
import queue
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from kith.app.workspace import Workspace
from kith.core.errors import KithError
from kith.core.model import RelationshipKind
from kith.demo.network import DemoPerson, generate_network
from kith.store.demo_writer import (
    PeopleWriter,
    count_people,
    interaction_indexes_built_after,
)
from kith.store.sources import add_source, find_source

Progress = Callable[[int, int], None]

DEFAULT_PEOPLE = 1000
DEFAULT_YEARS = 15
DEFAULT_SEED = 7
BATCH_PEOPLE = 2000  # about 20,000 interactions a batch: big statements, bounded memory


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
    draw_ahead: bool = True,
) -> DemoSummary:
    """Write a demo network of ``people`` with up to ``years`` of history, drawn from ``seed``.

    Refuses a network that already has people unless ``add`` is true, and refuses to add
    the same seed twice. ``progress(written, total)`` is called after each batch. All or
    nothing: on any error the database is left as it was. ``draw_ahead`` draws the next
    batches in a thread while one is written (the network is the same either way).
    """
    started = time.perf_counter()
    network = generate_network(people, years, seed, ws.today())  # checks people and years first
    # A load makes millions of short-lived objects without cycles; the cycle collector would
    # rescan the survivors again and again (a sixth of the time at 100,000 people).
    collecting = gc.isenabled()
    gc.disable()
    try:
        return _fill(
            ws,
            network,
            people=people,
            years=years,
            seed=seed,
            add=add,
            progress=progress,
            batch_size=batch_size,
            started=started,
            ahead=draw_ahead,
        )
    finally:
        if collecting:
            gc.enable()


def _fill(
    ws: Workspace,
    network: Iterator[DemoPerson],
    *,
    people: int,
    years: int,
    seed: int,
    add: bool,
    progress: Progress | None,
    batch_size: int,
    started: float,
    ahead: bool,
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
        written = 0
        batches = _DrawnAhead(network, max(1, batch_size)) if ahead else _drawn_here(network, max(1, batch_size))
        try:
            with interaction_indexes_built_after(conn):
                for batch in batches:
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
        finally:
            if isinstance(batches, _DrawnAhead):
                batches.close()
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


def _drawn_here(network: Iterator[DemoPerson], batch_size: int) -> Iterator[list[DemoPerson]]:
    while batch := list(itertools.islice(network, batch_size)):
        yield batch


class _DrawnAhead:
    """The network's batches, drawn in a thread while the previous batch is written.

    SQLite and psycopg let go of the GIL while the database works, so on two cores the
    drawing of one batch overlaps the writing of the other (see docs/performance.md). One
    thread still draws every person, in order: the network is the same as drawn in line.
    """

    def __init__(self, network: Iterator[DemoPerson], batch_size: int, depth: int = 2) -> None:
        self._queue: queue.Queue[list[DemoPerson] | Exception | None] = queue.Queue(maxsize=depth)
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._draw, args=(network, batch_size), name="kith-demo", daemon=True)
        self._thread.start()

    def _offer(self, item: list[DemoPerson] | Exception | None) -> bool:
        """Queue ``item`` unless the writer has stopped listening."""
        while not self._stop.is_set():
            try:
                self._queue.put(item, timeout=0.05)
            except queue.Full:
                continue
            return True
        return False

    def _draw(self, network: Iterator[DemoPerson], batch_size: int) -> None:
        try:
            for batch in _drawn_here(network, batch_size):
                if not self._offer(batch):
                    return
            self._offer(None)
        except Exception as exc:  # raised again in the writing thread, which owns the transaction
            self._offer(exc)

    def __iter__(self) -> Iterator[list[DemoPerson]]:
        while (item := self._queue.get()) is not None:
            if isinstance(item, Exception):
                raise item
            yield item

    def close(self) -> None:
        """Stop drawing (when the writer failed half-way) and wait for the thread to end."""
        self._stop.set()
        self._thread.join()
