"""End to end: ``kith import`` of a demo mbox, side by side with merely iterating it with
the standard library's ``mailbox.mbox``.

Fills a SQLite database with a demo network, writes a demo mbox of ``--messages``
messages whose correspondents are that network's people (``kith.demo.mailbox``: plain and
HTML mail, attachments, the user's mail and answers, lists, newsletters, automated mail,
out-of-office replies, bounces, broken messages; about 10 kB a message), then, each in a
fresh process on a fresh copy of the database, so that time and peak memory are its own:

- ``kith import`` of the whole file (the import as a user runs it, ``--json``);
- ``for message in mailbox.mbox(path)``, right after, so that both meet the same load;
- a second ``kith import`` of the same file into the same database (it skips what it read);
- ``kith import --no-snippets``;
- ``kith import`` of a tenth of the file (peak memory must not grow with the file).

CPU time includes the reader's worker processes.

    .venv/bin/python bench/bench_import_mail.py                       # 100,000 messages, 5,000 people
    .venv/bin/python bench/bench_import_mail.py --messages 20000 --people 2000
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

NOW = datetime(2026, 11, 25, 10, 0, tzinfo=UTC)


def measure(which: str, database: str, path: str) -> dict[str, float]:
    """Run one step in this process; its wall and CPU time (children included) and peak memory."""
    started, cpu0 = time.perf_counter(), _cpu()
    found: dict[str, float] = {}
    if which == "stdlib":
        import mailbox

        count = 0
        for _message in mailbox.mbox(path, create=False):
            count += 1
        found["messages"] = count
    else:
        from kith.app.imports import ImportOptions, import_path
        from kith.app.workspace import fixed_clock, open_workspace

        ws = open_workspace(database, clock=fixed_clock(NOW))
        summary = import_path(ws, Path(path), ImportOptions(snippets=which != "kith-no-snippets"))
        ws.close()
        found.update(summary.counts)
    found["seconds"] = time.perf_counter() - started
    found["cpu"] = _cpu() - cpu0
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    found["peak_mb"] = own / 1024
    found["worker_peak_mb"] = children / 1024
    return found


def _cpu() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def run(which: str, database: Path, path: Path) -> dict[str, float]:
    out = subprocess.run(
        [sys.executable, __file__, "--measure", which, f"sqlite:///{database}", str(path)],
        check=True,
        capture_output=True,
        text=True,
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


def prepare(folder: Path, people: int, messages: int) -> tuple[Path, Path, Path]:
    from kith.app.demo import fill_demo
    from kith.app.demo_mail import write_demo_mailbox
    from kith.app.workspace import fixed_clock, open_workspace

    network = folder / "network.db"
    ws = open_workspace(f"sqlite:///{network}", clock=fixed_clock(NOW))
    try:
        fill_demo(ws, people=people, seed=7)
        big, small = folder / "demo.mbox", folder / "tenth.mbox"
        kinds = write_demo_mailbox(ws, big, messages=messages, seed=5)
        write_demo_mailbox(ws, small, messages=max(1, messages // 10), seed=5)
    finally:
        ws.close()
    shown = ", ".join(f"{k} {v:,}" for k, v in kinds.most_common())
    print(f"demo mbox: {messages:,} messages, {big.stat().st_size / 1e9:.2f} GB ({shown})")
    return network, big, small


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--messages", type=int, default=100_000)
    parser.add_argument("--people", type=int, default=5_000)
    parser.add_argument("--measure", nargs=3, metavar=("WHICH", "DATABASE", "PATH"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.measure:
        print(json.dumps(measure(*args.measure)))
        return
    folder = Path(tempfile.mkdtemp(prefix="kith-bench-import-"))
    try:
        network, big, small = prepare(folder, args.people, args.messages)
        print(f"network: {args.people:,} people; machine: {os.cpu_count()} cores, Python {sys.version.split()[0]}")

        def fresh(name: str) -> Path:
            target = folder / name
            shutil.copyfile(network, target)
            return target

        first_db = fresh("first.db")
        steps = [
            ("kith import", "kith", first_db, big),
            ("mailbox.mbox", "stdlib", first_db, big),
            ("second import", "kith", first_db, big),
            ("--no-snippets", "kith-no-snippets", fresh("no-snippets.db"), big),
            ("a tenth", "kith", fresh("tenth.db"), small),
        ]
        results = {}
        for label, which, database, path in steps:
            results[label] = r = run(which, database, path)
            read = r.get("messages read", r.get("messages", 0))
            rate = read / r["seconds"] if r["seconds"] else 0
            print(
                f"{label:15} {r['seconds']:7.2f} s wall, {r['cpu']:7.2f} s cpu  {read:>9,.0f} messages "
                f"{rate:>8,.0f}/s  peak {r['peak_mb']:5.0f} MB (workers {r['worker_peak_mb']:4.0f} MB)"
                + (f"  {r['interactions']:,.0f} interactions" if "interactions" in r else "")
            )
        first, stdlib, second = results["kith import"], results["mailbox.mbox"], results["second import"]
        print(
            f"kith import is {stdlib['seconds'] / first['seconds']:.1f}x faster than iterating with mailbox.mbox "
            f"({stdlib['cpu'] / first['cpu']:.1f}x in CPU time); the second import takes "
            f"{second['seconds'] / first['seconds']:.1%} of the first"
        )
    finally:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
