"""``kith import`` for mail: an mbox (plain or ``.gz``), a Maildir, an Apple Mail export.

The import commits in batches, each with the record of how far the file was read
(``mail_progress``: a fingerprint of the file's first bytes and of the bytes before the
position reached), so a killed import resumes where it stopped, and a second import of the
same file skips what was read. ``--dry-run`` and ``--strict`` run in one transaction that
is rolled back (dry run) or committed only when no message was skipped (strict).

A large plain mbox is read by two worker processes, part by part in file order (the reader
is pure Python and CPU-bound; the parent resolves and writes while they read): on two
cores the reading and the writing overlap (figures in ``docs/performance.md``).
"""

from __future__ import annotations

import gc
import gzip
import hashlib
import multiprocessing
import os
import time
from collections import deque
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from multiprocessing.pool import AsyncResult
from pathlib import Path
from typing import Any

from sqlalchemy.engine import Connection

from kith.app.imports import ImportOptions, ImportSummary, Progress
from kith.app.mail_facts import MailFacts, fact_values
from kith.app.mail_history import MailHistory
from kith.app.me import SENT_FOLDER_NAMES, assume_me, mail_settings, propose
from kith.app.workspace import Workspace
from kith.core.errors import InputError, KithError
from kith.sources.mail import MailRecord, MailResult, Skipped, read_mail, read_mbox
from kith.sources.mail.maildir import is_maildir
from kith.store import mail as store
from kith.store.sources import source_for

BATCH = 2000  # messages a transaction: little lost when killed, few enough commits to stay fast
PARALLEL_FROM = 48 * 1024 * 1024  # a plain mbox larger than this is read by two processes
PART_BYTES = 16 * 1024 * 1024
COMMIT_PARALLEL = 6  # parts a transaction (about 10,000 messages of the demo mailbox)
WORKERS = 2
AHEAD = 4  # parts read ahead of the one being written
_HEAD_BYTES = 64 * 1024
_TAIL_BYTES = 4096
SAMPLE = 3000  # messages looked at to guess the user's address when none is known


class MailImporter:
    """The ``Importer`` of mail files (see ``kith.app.imports``)."""

    kind = "mail"
    formats: tuple[str, ...] = ("mbox", "maildir")

    def claims(self, path: Path) -> bool:
        return mail_format(path) is not None

    def run(self, ws: Workspace, path: Path, options: ImportOptions, progress: Progress) -> ImportSummary:
        return import_mail(ws, path, options, progress)


def mail_format(path: Path) -> str | None:
    """``mbox``, ``mbox.gz``, ``maildir`` or ``apple-mail`` from the content, else ``None``."""
    try:
        if path.is_dir():
            if is_maildir(path) or any(is_maildir(p) for p in path.iterdir() if p.name.startswith(".")):
                return "maildir"
            if (path / "mbox").is_file() and _starts_like_mbox(path / "mbox"):
                return "apple-mail"
            return None
        with open(path, "rb") as handle:
            head = handle.read(4096)
        if head[:2] == b"\x1f\x8b":
            with gzip.open(path, "rb") as unpacked:
                head = unpacked.read(4096)
            return "mbox.gz" if head.lstrip().startswith(b"From ") else None
        return "mbox" if head.lstrip().startswith(b"From ") and b"\n" in head else None
    except (OSError, EOFError, gzip.BadGzipFile):
        return None


def _starts_like_mbox(path: Path) -> bool:
    try:
        with open(path, "rb") as handle:
            return handle.read(4096).lstrip().startswith(b"From ")
    except OSError:
        return False


# The import -----------------------------------------------------------------------------------


def import_mail(ws: Workspace, path: Path, options: ImportOptions, progress: Progress) -> ImportSummary:
    """Import one mail file or folder (see the module doc); raises ``InputError`` when it is
    not mail kith reads."""
    started = time.perf_counter()
    found = mail_format(path)
    if found is None:
        forced = options.format
        if forced == "maildir" or (forced is None and path.is_dir()):
            raise InputError(str(path), None, "this is not a Maildir folder: it has no cur/ and new/ folders")
        raise InputError(str(path), None, "this is not an mbox file: it does not begin with a 'From ' line")
    locator = str(path.resolve())
    summary = ImportSummary(path=str(path), kind="mail", format=found, unit="messages", dry_run=options.dry_run)
    settings = mail_settings(ws)
    whole = options.dry_run or options.strict
    with ws.db.transaction() as conn:
        me_notes = assume_me(ws, conn, path, lambda: _sample(path, settings.many), apply=not whole)
        source_id = source_for(conn, ws.owner_id, "mail", locator, ws.now())
        saved = store.load_progress(conn, ws.owner_id, locator)
    summary.notes += me_notes
    fingerprint, start = _where_to_start(path, found, saved)
    if saved is not None and saved.finished and start is None:
        summary.notes.append(f"already read to the end ({saved.messages:,} messages): nothing new")
        summary.counts = {"messages read": 0, "already read": saved.messages}
        summary.seconds = time.perf_counter() - started
        return summary
    position = start or 0
    if position:
        summary.notes.append(f"went on from byte {position:,}, where the last import of this file stopped")
    total_before = saved.messages if saved is not None and start else 0

    job = _Job(path, found, options, settings.many, position, source_id, fingerprint, total_before)
    with _without_cycle_collection():
        history = _import_in_one(ws, job, progress) if whole else _import_in_batches(ws, job, progress)
    counts = history.counts
    summary.counts = counts.as_counts()
    summary.skipped = counts.skipped
    summary.notes += counts.notes[:20]
    if len(counts.notes) > 20:
        summary.notes.append(f"... and {len(counts.notes) - 20} more addresses added to known people")
    summary.seconds = time.perf_counter() - started
    return summary


@dataclass(frozen=True)
class _Job:
    """One import: the file, its format, the options, and where to start."""

    path: Path
    found: str  # the format: mbox, mbox.gz, maildir, apple-mail
    options: ImportOptions
    many: int
    position: int
    source_id: int
    fingerprint: str
    total_before: int  # messages read by the imports this one goes on from

    def batches(self) -> Iterator[Batch]:
        return _batches(self.path, self.found, self.options.snippets, self.many, self.position)

    def parallel(self) -> bool:
        """Whether the file is read by reader processes (a large plain mbox)."""
        return _parallel(self.path, self.found, self.position)

    def history(self, ws: Workspace, conn: Connection) -> MailHistory:
        history = MailHistory(ws, conn, source_id=self.source_id, snippets=self.options.snippets, me=_me(ws, conn))
        history.sent_folder = _is_sent_folder(self.path)
        return history


def _import_in_batches(ws: Workspace, job: _Job, progress: Progress) -> MailHistory:
    path, found, fingerprint, total_before = job.path, job.found, job.fingerprint, job.total_before
    locator = str(path.resolve())
    with ws.db.reading() as conn:
        history = job.history(ws, conn)
    batches = job.batches()
    every = COMMIT_PARALLEL if job.parallel() else 1
    more = True
    while more:
        # One transaction holds ``every`` batches: each commit costs a checkpoint of the WAL
        # (and its fsync), which small commits would pay over and over.
        with ws.db.transaction() as conn:
            store.prepare_bulk_writes(conn)
            reached: int | None = None
            for _ in range(every):
                batch = next(batches, None)
                if batch is None:
                    more = False
                    break
                history.write(conn, batch[0])
                reached = batch[1]
                progress(history.counts.read, None)
            if reached is not None:
                mark = _fingerprint_at(path, found, reached, fingerprint)
                done = store.ProgressRow(locator, mark, reached, total_before + history.counts.read, False)
                store.save_progress(conn, ws.owner_id, done, ws.now())
    with ws.db.transaction() as conn:
        history.finish(conn)
        propose(conn, ws.owner_id, history.proposed)
        size = _size(path, found)
        mark = _fingerprint_at(path, found, size, fingerprint)
        store.save_progress(
            conn,
            ws.owner_id,
            store.ProgressRow(locator, mark, size, total_before + history.counts.read, True),
            ws.now(),
        )
    return history


class _RolledBack(Exception):
    """Leaves a dry run's (or a failed strict run's) transaction without writing."""


def _import_in_one(ws: Workspace, job: _Job, progress: Progress) -> MailHistory:
    history: MailHistory | None = None
    try:
        with ws.db.transaction() as conn:
            history = job.history(ws, conn)
            for batch, _reached in job.batches():
                if job.options.strict:
                    bad = next((item for item in batch if isinstance(item, Skipped)), None)
                    if bad is not None:
                        raise KithError(f"{bad.message} (--strict: nothing was imported)")
                history.write(conn, batch)
                progress(history.counts.read, None)
            history.finish(conn)
            if job.options.dry_run:
                raise _RolledBack
            propose(conn, ws.owner_id, history.proposed)
            size = _size(job.path, job.found)
            mark = _fingerprint_at(job.path, job.found, size, job.fingerprint)
            done = store.ProgressRow(str(job.path.resolve()), mark, size, job.total_before + history.counts.read, True)
            store.save_progress(conn, ws.owner_id, done, ws.now())
    except _RolledBack:
        pass
    assert history is not None
    return history


@contextmanager
def _without_cycle_collection() -> Iterator[None]:
    """No cycle collection while messages are read and written (the reader processes, forked
    meanwhile, inherit it): an import makes millions of short-lived objects without cycles,
    and the collector rescans the long-lived ones (the network's addresses, the threads
    remembered, the readers' caches) again and again: about a second of 100,000 messages."""
    collecting = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if collecting:
            gc.enable()


def _me(ws: Workspace, conn: Connection) -> list[str]:
    return store.my_addresses(conn, ws.owner_id)


def _is_sent_folder(path: Path) -> bool:
    name = path.name.removesuffix(".gz").removesuffix(".mbox").removesuffix(".sbd").strip().casefold()
    return name in SENT_FOLDER_NAMES


def _sample(path: Path, many: int) -> list[MailRecord]:
    """The first messages of ``path``, to guess the user's address from when none is known."""
    found: list[MailRecord] = []
    try:
        for item in read_mail(path, snippets=False, many=many):
            if isinstance(item, MailRecord):
                found.append(item)
            if len(found) >= SAMPLE:
                break
    except InputError:
        return []
    return found


# Where to start, and the batches ------------------------------------------------------------


def _size(path: Path, found: str) -> int:
    return path.stat().st_size if found in ("mbox", "mbox.gz") else 0


def _digest(path: Path, start: int, length: int) -> str:
    with open(path, "rb") as handle:
        handle.seek(max(0, start))
        return hashlib.sha256(handle.read(length)).hexdigest()[:24]


def _where_to_start(path: Path, found: str, saved: store.ProgressRow | None) -> tuple[str, int | None]:
    """The file's fingerprint, and the byte offset to go on from (``None``: the end was
    reached and nothing changed; 0: from the start)."""
    if found == "mbox":
        head = _digest(path, 0, _HEAD_BYTES)
        if saved is None or not saved.fingerprint.startswith(head + ":"):
            return head, 0
        size = path.stat().st_size
        if saved.position > size or _fingerprint_at(path, found, saved.position, head) != saved.fingerprint:
            return head, 0  # rewritten (a compacted folder): read again, known messages are skipped
        if saved.finished and saved.position == size:
            return head, None
        return head, saved.position
    if found == "mbox.gz":
        stat = path.stat()
        mark = f"{_digest(path, 0, _HEAD_BYTES)}:{stat.st_size}:{stat.st_mtime_ns}"
        if saved is not None and saved.finished and saved.fingerprint == mark:
            return mark, None
        return mark, 0  # a compressed file cannot be entered halfway: known messages are skipped
    return found, 0  # a folder: read again, known messages are skipped


def _fingerprint_at(path: Path, found: str, position: int, head: str) -> str:
    if found != "mbox":
        return head
    return f"{head}:{_digest(path, position - _TAIL_BYTES, min(position, _TAIL_BYTES))}"


def _offset(item: MailResult) -> int | None:
    if isinstance(item, MailRecord):
        return item.position.offset
    position = item.problem.position
    return position if isinstance(position, int) else None


Batch = tuple[list[MailResult | MailFacts | None], int]


def _batches(path: Path, found: str, snippets: bool, many: int, start: int) -> Iterator[Batch]:
    """The messages of ``path`` from byte ``start``, a batch at a time, each with the
    position a later import may go on from once the batch is written."""
    if _parallel(path, found, start):
        yield from _parallel_batches(path, snippets, many, start)
        return
    if found == "mbox":
        items: Iterator[MailResult] = read_mbox(path, snippets=snippets, many=many, part=(start, None))
    else:
        items = read_mail(path, snippets=snippets, many=many)
    batch: list[MailResult | MailFacts | None] = []
    reached = start
    for item in items:
        batch.append(item)
        offset = _offset(item)
        if offset is not None:
            reached = max(reached, offset + 1)
        if len(batch) >= BATCH:
            yield batch, reached
            batch = []
    yield batch, _size(path, found) if found == "mbox" else 0


def _parallel(path: Path, found: str, start: int) -> bool:
    return found == "mbox" and path.stat().st_size - start >= PARALLEL_FROM and os.cpu_count() != 1


def _parallel_batches(path: Path, snippets: bool, many: int, start: int) -> Iterator[Batch]:
    size = path.stat().st_size
    count = max(2, (size - start) // PART_BYTES)
    cuts = [start + (size - start) * n // count for n in range(count)] + [size]
    jobs = [(str(path), (cuts[i], cuts[i + 1] if i + 1 < count else None), snippets, many) for i in range(count)]
    context = multiprocessing.get_context("fork" if hasattr(os, "fork") else "spawn")
    with context.Pool(WORKERS) as pool:
        # A few parts in flight, no more: the workers read faster than the database writes,
        # and parts read ahead without limit would pile up in memory.
        pending: deque[AsyncResult[list[tuple[Any, ...] | Skipped | None]]] = deque()
        for number, job in enumerate(jobs):
            pending.append(pool.apply_async(_read_part, (job,)))
            if len(pending) > AHEAD:
                yield _facts(pending.popleft().get()), cuts[number + 1 - AHEAD]
        first = len(jobs) - len(pending)
        for number in range(first, len(jobs)):
            yield _facts(pending.popleft().get()), cuts[number + 1]


def _read_part(job: tuple[str, tuple[int, int | None], bool, int]) -> list[tuple[Any, ...] | Skipped | None]:
    """Read one part in a worker. Each message travels back as its facts in a plain tuple
    (pickled in a few microseconds, where a ``MailRecord`` takes tens), or as ``None`` when
    it does not count (it is only counted)."""
    name, part, snippets, many = job
    found: list[tuple[Any, ...] | Skipped | None] = []
    # Mail that will not count travels as None: its snippet is not read at all.
    for item in read_mbox(name, snippets=snippets, many=many, part=part, uncounted_snippets=False):
        if isinstance(item, Skipped):
            found.append(item)
            continue
        found.append(fact_values(item, snippets))
    return found


def _facts(part: list[tuple[Any, ...] | Skipped | None]) -> list[MailResult | MailFacts | None]:
    make = MailFacts._make
    return [item if item is None or isinstance(item, Skipped) else make(item) for item in part]
