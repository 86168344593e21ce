"""An import killed halfway (a real child process, SIGKILL) goes on where it stopped and
ends with exactly what an uninterrupted import writes."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
import sqlalchemy as sa

from kith.app.demo import fill_demo
from kith.app.demo_mail import write_demo_mailbox
from kith.app.imports import ImportOptions, import_path
from kith.app.workspace import Workspace, fixed_clock, open_workspace
from kith.store import schema
from tests.conftest import NOW

MESSAGES = 3000  # more than one batch (2,000), so the child commits before it is killed


def _history(ws: Workspace) -> set[tuple[str, str, str]]:
    c = schema.interactions.c
    with ws.db.reading() as conn:
        query = sa.select(c.external_id, c.thread_id, c.direction).where(c.external_id.like("%|%"))
        return {(str(e), str(t), str(d)) for e, t, d in conn.execute(query)}


def _committed(ws: Workspace) -> int:
    c = schema.mail_progress.c
    with ws.db.reading() as conn:
        return int(conn.execute(sa.select(sa.func.coalesce(sa.func.max(c.messages), 0))).scalar_one())


def test_a_killed_import_resumes_and_loses_nothing(
    workspace: Workspace, database: str, other_database: str, tmp_path: Path
) -> None:
    fill_demo(workspace, people=150, seed=3)
    mbox = tmp_path / "demo.mbox"
    write_demo_mailbox(workspace, mbox, messages=MESSAGES, seed=11)

    env = {**os.environ, "KITH_DB": database, "KITH_NOW": NOW.isoformat()}
    log = tmp_path / "child.log"
    with open(log, "wb") as out:
        child = subprocess.Popen(
            [sys.executable, "-c", "from kith.cli.main import run; run()", "import", str(mbox)],
            env=env,
            stdout=out,
            stderr=out,
        )
    deadline = time.monotonic() + 120
    while _committed(workspace) == 0 and child.poll() is None and time.monotonic() < deadline:
        time.sleep(0.02)
    child.send_signal(signal.SIGKILL)
    child.wait()
    assert child.returncode == -signal.SIGKILL, f"the import ended before it was killed: {log.read_text()}"
    done_before = _committed(workspace)
    assert 0 < done_before < MESSAGES
    kept = _history(workspace)

    resumed = import_path(workspace, mbox, ImportOptions())
    assert any("went on from byte" in note for note in resumed.notes)
    assert resumed.counts["messages read"] == MESSAGES - done_before
    assert _history(workspace) >= kept

    # The same file imported in one go into a copy of the same network.
    clean = open_workspace(other_database, clock=fixed_clock(NOW))
    try:
        fill_demo(clean, people=150, seed=3)
        write_demo_mailbox(clean, tmp_path / "same.mbox", messages=1, seed=11)  # the same "me" address
        import_path(clean, mbox, ImportOptions())
        assert _history(workspace) == _history(clean)
    finally:
        clean.close()


def test_two_reader_processes_write_what_one_does(
    workspace: Workspace, other_database: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from kith.app import mail_import

    fill_demo(workspace, people=80, seed=3)
    mbox = tmp_path / "demo.mbox"
    write_demo_mailbox(workspace, mbox, messages=600, seed=2)
    one = import_path(workspace, mbox, ImportOptions())
    # The same file in parts of 256 kB read by two processes (what a large mbox gets).
    monkeypatch.setattr(mail_import, "PARALLEL_FROM", 0)
    monkeypatch.setattr(mail_import, "PART_BYTES", 256 * 1024)
    parallel = open_workspace(other_database, clock=fixed_clock(NOW))
    try:
        fill_demo(parallel, people=80, seed=3)
        write_demo_mailbox(parallel, tmp_path / "same.mbox", messages=1, seed=2)
        two = import_path(parallel, mbox, ImportOptions())
        assert two.counts == one.counts
        assert _history(parallel) == _history(workspace)
    finally:
        parallel.close()
