"""The read and normalise stages of a contacts import, in a process of their own for a large file.

Reading a file and normalising its records touch no database, and they cost as much as
matching and writing them: so for a large file a reader process (forked, so it starts in
milliseconds with every module loaded) reads and normalises while the importer's process
matches and writes what came before, as the mail importer's reader processes do. The items
arrive in file order, in chunks, at most ``AHEAD`` chunks ahead (memory stays bounded when
the writing is slower). A small file is read in the importer's own process: there a
second process would cost more than it saves.

Either way the importer sees the same items: each contact record normalised (its match
profile named ``r1``, ``r2``... in file order), LinkedIn messages and invitations as read,
and ``Skipped`` items; an error that stops the reading (``InputError``) is raised where it
was met, after the items before it.
"""

from __future__ import annotations

import dataclasses
import gc
import multiprocessing
import operator
import os
import queue
import traceback
from collections.abc import Callable, Iterator
from multiprocessing.reduction import ForkingPickler
from pathlib import Path
from typing import Any

from kith.app.contacts.normalise import Incoming, normalise
from kith.app.imports import ImportOptions
from kith.core.errors import KithError
from kith.core.matching import MatchProfile
from kith.core.model import Birthday
from kith.sources.contacts import (
    ContactPoint,
    ContactRecord,
    LinkedInInvitation,
    LinkedInMessage,
    PostalAddress,
    Provenance,
    Skipped,
    read_contacts,
)

Item = Incoming | LinkedInMessage | LinkedInInvitation | Skipped

PARALLEL_FROM = 512 * 1024  # bytes of contact files from which a reader process pays off
CHUNK = 500  # items a message from the reader process
AHEAD = 8  # chunks the reader may be ahead of the importer
_WAIT = 1.0  # seconds between checks that the reader process is still alive


def _by_fields(cls: type[Any]) -> Callable[[Any], tuple[type[Any], tuple[Any, ...]]]:
    """Pickle a frozen dataclass as its constructor's arguments: the standard library's
    ``__setstate__`` for slotted dataclasses walks the fields in Python, and unpickling
    40,000 records that way costs the importer's process more than reading them did."""
    names = [f.name for f in dataclasses.fields(cls) if f.init]
    values = operator.attrgetter(*names)

    def reduce(item: Any) -> tuple[type[Any], tuple[Any, ...]]:
        return cls, values(item) if len(names) > 1 else (values(item),)

    return reduce


for _cls in (Incoming, MatchProfile, Birthday, ContactRecord, ContactPoint, PostalAddress, Provenance,
             LinkedInMessage, LinkedInInvitation, Skipped):  # fmt: skip
    ForkingPickler.register(_cls, _by_fields(_cls))


def normalised(path: Path, options: ImportOptions, region: str) -> Iterator[Item]:
    """The items of ``path`` in file order, each contact record normalised."""
    count = 0
    for item in read_contacts(path, format=options.format, column_map=options.column_map, region=region or None):
        if isinstance(item, ContactRecord):
            count += 1
            yield normalise(item, region, f"r{count}")
        else:
            yield item


def read_items(path: Path, options: ImportOptions, region: str, *, parallel: bool | None = None) -> Iterator[Item]:
    """``normalised(path, ...)``, read by a second process when ``path`` is large
    (``parallel`` forces the choice)."""
    if parallel is None:
        parallel = os.cpu_count() != 1 and contacts_size(path, PARALLEL_FROM) >= PARALLEL_FROM
    if not parallel:
        yield from normalised(path, options, region)
        return
    yield from _from_reader_process(path, options, region)


def contacts_size(path: Path, enough: int) -> int:
    """The bytes of ``path`` (a file, or the files of a folder), counted up to ``enough``."""
    if path.is_file():
        return path.stat().st_size
    total = 0
    for folder, _, names in os.walk(path):
        for name in names:
            try:
                total += os.stat(os.path.join(folder, name)).st_size
            except OSError:
                continue  # the reader reports it
            if total >= enough:
                return total
    return total


def _context() -> multiprocessing.context.ForkContext | multiprocessing.context.SpawnContext:
    return multiprocessing.get_context("fork") if hasattr(os, "fork") else multiprocessing.get_context("spawn")


def _from_reader_process(path: Path, options: ImportOptions, region: str) -> Iterator[Item]:
    context = _context()
    chunks: Any = context.Queue(AHEAD)
    reader = context.Process(target=_read, args=(chunks, path, options, region), daemon=True)
    reader.start()
    try:
        while True:
            try:
                kind, payload = chunks.get(timeout=_WAIT)
            except queue.Empty:
                if not reader.is_alive():
                    raise RuntimeError(f"the reader process of {path} stopped (exit code {reader.exitcode})") from None
                continue
            if kind == "items":
                yield from payload
            elif kind == "end":
                return
            elif kind == "error":
                raise payload
            else:
                raise RuntimeError(f"the reader process of {path} failed:\n{payload}")
    finally:
        if reader.is_alive():
            reader.terminate()  # the importer stopped early (--strict, an error): nothing more is read
        reader.join()
        chunks.close()
        chunks.cancel_join_thread()


def _read(chunks: Any, path: Path, options: ImportOptions, region: str) -> None:
    """The reader process: every item of ``path``, in chunks, then ``end`` or the error met."""
    # What the process inherited (the importer's match index) is never garbage here: the
    # collector leaves it alone, and its pages stay shared with the importer's process.
    gc.freeze()
    chunk: list[Item] = []
    try:
        for item in normalised(path, options, region):
            chunk.append(item)
            if len(chunk) >= CHUNK:
                chunks.put(("items", chunk))
                chunk = []
        chunks.put(("items", chunk))
        chunks.put(("end", None))
    except KithError as exc:
        chunks.put(("items", chunk))
        chunks.put(("error", exc))
    except BaseException:  # a bug: the importer shows it whole
        chunks.put(("items", chunk))
        chunks.put(("bug", traceback.format_exc()))
    chunks.close()
    chunks.join_thread()
