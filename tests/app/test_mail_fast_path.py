"""The fast path of a large mbox (reader processes, parts, compact records) writes exactly
what a plain serial import writes: every table, row for row."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa

from kith.app import mail_history, mail_import
from kith.app.demo import fill_demo
from kith.app.demo_mail import write_demo_mailbox
from kith.app.imports import ImportOptions, ImportSummary, import_path
from kith.app.me import add_my_address
from kith.app.workspace import Workspace, fixed_clock, open_workspace
from kith.store import schema
from tests.conftest import NOW
from tests.sources.mail.mail_fixtures import DATA, mbox_of

# Mail the demo does not write: a conversation whose strangers become people (two-way),
# answers joined by subject, and the fixtures of real programs (bounces, out-of-office
# replies in four languages, lists, broken messages).
EXTRA = ("conversation/Inbox", "conversation/Sent")


def _network(ws: Workspace) -> None:
    fill_demo(ws, people=60, seed=3)
    add_my_address(ws, "me@kith-demo.example")
    add_my_address(ws, "ana@example.com")


def _mailbox(ws: Workspace, folder: Path) -> Path:
    demo = folder / "demo.mbox"
    write_demo_mailbox(ws, demo, messages=700, seed=4)
    fixtures = mbox_of(folder, *sorted(p.name for p in DATA.glob("*.eml")), file="fixtures.mbox")
    mbox = folder / "all.mbox"
    with open(mbox, "wb") as out:
        for part in (demo, *(DATA / name for name in EXTRA), fixtures):
            data = part.read_bytes()
            out.write(data if data.endswith(b"\n\n") else data.rstrip(b"\n") + b"\n\n")
    return mbox


def _tables(ws: Workspace) -> dict[str, Counter[tuple[Any, ...]]]:
    """Every row of every table, without the surrogate ``id`` (rows written in another order
    get other ids; the ids other rows refer to, such as people's, are kept)."""
    found: dict[str, Counter[tuple[Any, ...]]] = {}
    with ws.db.reading() as conn:
        for table in schema.metadata.sorted_tables:
            columns = [c for c in table.c if c.name != "id"]
            found[table.name] = Counter(tuple(map(_hashable, row)) for row in conn.execute(sa.select(*columns)))
    return found


def _hashable(value: Any) -> Any:
    return json.dumps(value, sort_keys=True) if isinstance(value, list | dict) else value


def _import(ws: Workspace, mbox: Path, options: ImportOptions) -> ImportSummary:
    return import_path(ws, mbox, options)


def _assert_the_same(expected: ImportSummary, into: Workspace, summary: ImportSummary, written_into: Workspace) -> None:
    """The second import said and wrote what the first did: counts, skipped messages, notes, every row."""
    assert summary.counts == expected.counts
    assert summary.skipped == expected.skipped
    assert summary.notes == expected.notes
    expected_rows, written = _tables(into), _tables(written_into)
    for name, rows in expected_rows.items():
        assert written[name] == rows, f"{name} differs"


@pytest.mark.parametrize("snippets", [True, False], ids=["snippets", "no-snippets"])
def test_reader_processes_write_every_table_as_a_serial_import_does(
    workspace: Workspace,
    other_database: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    snippets: bool,
) -> None:
    _network(workspace)
    mbox = _mailbox(workspace, tmp_path)
    options = ImportOptions(snippets=snippets)

    # Plain and serial: one reader in this process, small batches.
    monkeypatch.setattr(mail_import, "PARALLEL_FROM", 1 << 60)
    monkeypatch.setattr(mail_import, "BATCH", 300)
    serial = _import(workspace, mbox, options)
    assert serial.counts["new people"] >= 1
    assert serial.counts["replies"] >= 1
    assert serial.counts["bounces"] >= 1
    assert serial.counts["auto-replies"] >= 1

    # The fast path: reader processes, the file in parts of 256 kB.
    monkeypatch.setattr(mail_import, "PARALLEL_FROM", 0)
    monkeypatch.setattr(mail_import, "PART_BYTES", 256 * 1024)
    fast = open_workspace(other_database, clock=fixed_clock(NOW))
    try:
        _network(fast)
        _assert_the_same(serial, workspace, _import(fast, mbox, options), fast)
    finally:
        fast.close()


def test_an_import_that_forgets_old_threads_writes_what_one_that_keeps_them_writes(
    workspace: Workspace, other_database: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # What an import remembers is bounded (threads, subjects, a subject's latest messages);
    # what falls out must be found again in the database, with the same result.
    _network(workspace)
    mbox = _mailbox(workspace, tmp_path)
    monkeypatch.setattr(mail_import, "PARALLEL_FROM", 1 << 60)
    monkeypatch.setattr(mail_import, "BATCH", 25)
    keeping = _import(workspace, mbox, ImportOptions())
    assert keeping.counts["replies"] >= 1

    monkeypatch.setattr(mail_history, "THREADS_KEPT", 4)
    monkeypatch.setattr(mail_history, "TOPICS_KEPT", 4)
    monkeypatch.setattr(mail_history, "TOPIC_MESSAGES_KEPT", 2)
    small = open_workspace(other_database, clock=fixed_clock(NOW))
    try:
        _network(small)
        _assert_the_same(keeping, workspace, _import(small, mbox, ImportOptions()), small)
    finally:
        small.close()
