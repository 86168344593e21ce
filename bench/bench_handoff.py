"""The hand-off at scale: how long `kith draft --eml` takes a person, and what recognising the
drafts the user sent (``app.sent_drafts``) costs the mail import.

Fills a SQLite database with a demo network and writes a demo mbox (``kith.demo.mailbox``),
then hands over ``--drafts`` drafts as .eml files (timed, each the way `kith draft --eml`
does it: compose, coach, message, Message-ID kept on the step) and appends those messages to
the mbox as the user's Sent copies. The same mbox is then imported, each time in a fresh
process on a fresh copy of the database, into the database without hand-offs (the
baseline: those messages are ordinary mail from the user) and into the one with them (each
marks its step done); best of ``--runs``, alternating, so that both meet the same load.

    .venv/bin/python bench/bench_handoff.py                       # 20,000 messages, 2,000 people, 200 drafts
    .venv/bin/python bench/bench_handoff.py --messages 100000 --people 5000 --drafts 1000
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

NOW = datetime(2026, 11, 25, 10, 0, tzinfo=UTC)


def measure(database: str, path: str) -> dict[str, float]:
    """Import ``path`` into ``database`` in this process; the wall time and what was done."""
    import sqlalchemy as sa

    from kith.app.imports import ImportOptions, import_path
    from kith.app.workspace import fixed_clock, open_workspace
    from kith.store import schema

    ws = open_workspace(database, clock=fixed_clock(NOW))
    started = time.perf_counter()
    summary = import_path(ws, Path(path), ImportOptions())
    seconds = time.perf_counter() - started
    c = schema.outreach_steps.c
    with ws.db.reading() as conn:
        done = conn.execute(
            sa.select(sa.func.count()).where(c.message_id.is_not(None), c.status == "done")
        ).scalar_one()
    ws.close()
    return {"seconds": seconds, "read": summary.counts["messages read"], "steps_done": int(done)}


def run(database: Path, path: Path) -> dict[str, float]:
    out = subprocess.run(
        [sys.executable, __file__, "--measure", f"sqlite:///{database}", str(path)],
        check=True,
        capture_output=True,
        text=True,
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


def prepare(folder: Path, people: int, messages: int, drafts: int) -> tuple[Path, Path, Path]:
    """The network without and with hand-offs, and the mbox with the drafts' Sent copies."""
    import sqlalchemy as sa

    from kith.app.demo import fill_demo
    from kith.app.demo_mail import write_demo_mailbox
    from kith.app.handoff import HandOff, draft_and_hand_off
    from kith.app.me import set_my_name
    from kith.app.workspace import fixed_clock, open_workspace
    from kith.core.errors import KithError
    from kith.store import schema

    plain, handed, mbox = folder / "plain.db", folder / "handed.db", folder / "with-sent.mbox"
    ws = open_workspace(f"sqlite:///{plain}", clock=fixed_clock(NOW))
    try:
        fill_demo(ws, people=people, seed=7)
        set_my_name(ws, "Ana Reyes")
        write_demo_mailbox(ws, mbox, messages=messages, seed=5)
    finally:
        ws.close()
    shutil.copyfile(plain, handed)
    ws = open_workspace(f"sqlite:///{handed}", clock=fixed_clock(NOW))
    written, skipped, started = 0, 0, time.perf_counter()
    try:
        i = schema.identities.c
        with ws.db.reading() as conn:
            ids = list(conn.execute(sa.select(i.person_id).where(i.kind == "email").distinct().order_by(i.person_id)))
        with open(mbox, "ab") as out:
            for (person_id,) in ids:
                if written == drafts:
                    break
                target = folder / f"{person_id}.eml"
                try:
                    done = draft_and_hand_off(ws, str(person_id), where=HandOff(eml=target))
                except KithError:
                    skipped += 1  # asked not to be contacted, nothing to congratulate...
                    continue
                if done.file is None:
                    skipped += 1  # blocking words: not handed over
                    continue
                data = target.read_bytes().replace(b"\r\n", b"\n").replace(b"\nFrom ", b"\n>From ")
                out.write(b"From ana@example.org Wed Nov 25 10:00:00 2026\n" + data.rstrip(b"\n") + b"\n\n")
                written += 1
    finally:
        ws.close()
    seconds = time.perf_counter() - started
    print(
        f"handed over {written:,} drafts as .eml in {seconds:.1f} s: {seconds / max(written, 1) * 1000:.0f} ms a draft "
        f"({skipped} people left out)"
    )
    return plain, handed, mbox


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--messages", type=int, default=20_000)
    parser.add_argument("--people", type=int, default=2_000)
    parser.add_argument("--drafts", type=int, default=200)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--measure", nargs=2, metavar=("DATABASE", "PATH"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.measure:
        print(json.dumps(measure(*args.measure)))
        return
    folder = Path(tempfile.mkdtemp(prefix="kith-bench-handoff-"))
    try:
        print(f"machine: {os.cpu_count()} cores, Python {sys.version.split()[0]}")
        plain, handed, mbox = prepare(folder, args.people, args.messages, args.drafts)
        print(f"network: {args.people:,} people; mbox: {args.messages:,} demo messages + the drafts' Sent copies")
        best: dict[str, dict[str, float]] = {}
        for number in range(args.runs):
            for label, source in (("without hand-offs", plain), ("with hand-offs", handed)):
                copy = folder / f"run-{number}-{source.name}"
                shutil.copyfile(source, copy)
                found = run(copy, mbox)
                copy.unlink()
                if label not in best or found["seconds"] < best[label]["seconds"]:
                    best[label] = found
        for label, found in best.items():
            print(
                f"import {label:17} {found['seconds']:6.2f} s  {found['read']:>9,.0f} messages read  "
                f"{found['steps_done']:>5,.0f} handed-over steps done"
            )
        ratio = best["with hand-offs"]["seconds"] / best["without hand-offs"]["seconds"]
        print(f"with / without: {ratio:.3f}")
    finally:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
