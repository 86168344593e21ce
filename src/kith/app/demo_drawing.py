"""Drawing the demo network in a second process while this one writes it.

Python runs one thread at a time, so on two cores the drawing (more than half the work)
goes to a process of its own: it draws every person in order, as ``generate_network``
always does, and turns each batch into rows of plain tuples (``kith.store.bulk_rows``),
which pickle cheaply (pickling the drawn dataclasses would cost as much as drawing them).
This process converts the values and writes them. The network is the same as drawn in
line: one process draws it, from the same seed, and the people's ids are reserved before
the drawing starts.
"""

from __future__ import annotations

import gc
import itertools
import multiprocessing
import os
import queue
import signal
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime

from kith.core.errors import KithError
from kith.demo.network import DemoPerson, generate_network
from kith.store.bulk_rows import BatchRows, PreparedBatch
from kith.store.database import offline_dialect

# What the drawing process sends: a batch and its people's intended kinds, its failure, or
# None when it has drawn everyone.
_Sent = tuple[PreparedBatch, list[str]] | str | None


def drawn_batches(network: Iterator[DemoPerson], batch_size: int) -> Iterator[list[DemoPerson]]:
    """The network in lists of ``batch_size`` people, in order."""
    while batch := list(itertools.islice(network, batch_size)):
        yield batch


@dataclass(frozen=True)
class DemoDrawing:
    """What the drawing process draws (``generate_network``'s arguments) and prepares rows
    for: the database's driver, the owner, the time written, the source and the reserved ids."""

    people: int
    years: int
    seed: int
    today: date
    drivername: str
    owner_id: int
    now: datetime
    source_id: int
    ids: list[int]
    batch_size: int


class DrawnApart:
    """The demo network's batches, drawn and prepared in a second process, in order.

    Iterate to get each ``(PreparedBatch, intended kinds)``; ``close()`` stops the drawing
    process (also when the writer failed half-way) and waits for it.
    """

    def __init__(self, drawing: DemoDrawing, *, depth: int = 2) -> None:
        # Forked where the system can (it starts in milliseconds with every module loaded, as
        # the importers' reader processes do); the copy never touches the open connection.
        context: multiprocessing.context.ForkContext | multiprocessing.context.SpawnContext = (
            multiprocessing.get_context("fork") if hasattr(os, "fork") else multiprocessing.get_context("spawn")
        )
        self._queue: multiprocessing.Queue[_Sent] = context.Queue(maxsize=depth)
        self._process = context.Process(
            target=_draw,
            args=(self._queue, drawing),
            name="kith-demo-drawing",
            daemon=True,
        )
        self._process.start()

    def __iter__(self) -> Iterator[tuple[PreparedBatch, list[str]]]:
        while (item := self._next()) is not None:
            if isinstance(item, str):
                raise KithError(f"drawing the demo network failed: {item}")
            yield item

    def _next(self) -> _Sent:
        while True:
            try:
                return self._queue.get(timeout=1.0)
            except queue.Empty:
                if self._process.is_alive():
                    continue
            try:  # it may have sent its last batch just before it ended
                return self._queue.get(timeout=1.0)
            except queue.Empty:
                raise KithError(
                    f"the process drawing the demo network stopped (exit code {self._process.exitcode}); "
                    "nothing was written: try again, or add --debug"
                ) from None

    def close(self) -> None:
        if self._process.is_alive():
            self._process.terminate()
        self._process.join()
        self._queue.close()


def _draw(out: multiprocessing.Queue[_Sent], drawing: DemoDrawing) -> None:
    """The drawing process: every batch of the network, prepared for ``drivername``."""
    # Ctrl-C reaches the whole process group: the writing process handles it and stops this one.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    gc.disable()  # millions of short-lived objects without cycles (see fill_demo)
    try:
        d = drawing
        rows = BatchRows(offline_dialect(d.drivername), d.owner_id, d.now, d.source_id)
        for batch in drawn_batches(generate_network(d.people, d.years, d.seed, d.today), d.batch_size):
            first = batch[0].position
            prepared = rows.prepare(
                [generated.person for generated in batch],
                d.ids[first : first + len(batch)],
                itertools.chain.from_iterable(generated.interactions for generated in batch),
                itertools.chain.from_iterable(generated.favours for generated in batch),
                itertools.chain.from_iterable(generated.notes for generated in batch),
                first_position=first,
            )
            out.put((prepared, [str(generated.person.intended_kind) for generated in batch]))
        out.put(None)
    except Exception as exc:  # raised again as a KithError by the writing process
        out.put(f"{type(exc).__name__}: {exc}")
