"""End to end: ``kith import`` of a demo mbox, side by side with merely iterating it with
the standard library's ``mailbox.mbox``.

Fills a SQLite database with a demo network, writes a demo mbox of ``--messages``
messages whose correspondents are that network's people (``kith.demo.mailbox``: plain and
HTML mail, attachments, the user's mail and answers, lists, newsletters, automated mail,
out-of-office replies, bounces, broken messages; about 10 kB a message), then runs each
step as its own process, on a fresh copy of the database:

- ``kith import --json FILE``: the command as a user types it (the interpreter's start,
  the command line's imports, opening the database, the import, its reader processes);
- ``for message in mailbox.mbox(path)``, right after, so that both meet the same load;
- a second ``kith import`` of the same file into the same database (it skips what it read);
- ``kith import --no-snippets``;
- ``kith import`` of a tenth of the file (peak memory must not grow with the file).

Wall and CPU time are measured from outside (``os.wait4``: the process and the reader
processes it waited for); peak memory is what the process itself and its largest reader
process reached. The machine's load is printed with each step: on a shared machine the
CPU ratio is the steadier figure. ``--rounds 2`` runs the two first steps twice,
interleaved; ``--before SRC`` adds, in each round, the import of an earlier kith (a ``src``
folder, such as ``git archive REV src | tar -x -C /tmp/before``) on the same file.

    .venv/bin/python bench/bench_import_mail.py                       # 100,000 messages, 5,000 people
    .venv/bin/python bench/bench_import_mail.py --rounds 2 --before /tmp/before/src
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
_PEAKS = "KITH_BENCH_PEAKS"  # where a measured process writes its peak memory


def measure(which: str, path: str) -> None:
    """Be one step (in a child process): the ``kith`` command line, or ``mailbox.mbox``."""
    try:
        if which == "stdlib":
            import mailbox

            count = sum(1 for _message in mailbox.mbox(path, create=False))
            print(json.dumps({"messages": count}))
        else:
            from kith.cli.main import run

            sys.argv = ["kith", "import", "--json", path, *(["--no-snippets"] if which == "kith-no-snippets" else [])]
            try:
                run()
            except SystemExit as exc:
                if exc.code not in (None, 0):
                    raise
    finally:
        # VmHWM, not ru_maxrss: Linux keeps the larger ru_maxrss across exec, so a child
        # would report the peak of the benchmark process that started it.
        workers = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
        peaks = {"peak_mb": _own_peak_kb() / 1024, "worker_peak_mb": workers / 1024}
        Path(os.environ[_PEAKS]).write_text(json.dumps(peaks))


def _own_peak_kb() -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1])
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def run(which: str, database: Path, path: Path, folder: Path, code: str | None = None) -> dict[str, float]:
    """Run one step in a fresh process (with ``code``, a ``src`` folder, in place of the
    installed kith); its counts, wall and CPU time, and peak memory."""
    peaks = folder / "peaks.json"
    env = {**os.environ, "KITH_DB": str(database), "KITH_NOW": NOW.isoformat(), _PEAKS: str(peaks)}
    if code:
        env["PYTHONPATH"] = code
    load = _load()
    started = time.perf_counter()
    child = subprocess.Popen(
        [sys.executable, __file__, "--measure", which, str(path)], env=env, stdout=subprocess.PIPE, text=True
    )
    assert child.stdout is not None
    out = child.stdout.read()
    _pid, status, usage = os.wait4(child.pid, 0)
    seconds = time.perf_counter() - started
    child.returncode = os.waitstatus_to_exitcode(status)
    if child.returncode != 0:
        raise SystemExit(f"{which} failed ({child.returncode}): {out[-2000:]}")
    found: dict[str, float] = {}
    summary = json.loads(out)
    found.update(summary.get("counts", summary))  # kith import --json: the summary, with its counts
    found.update(json.loads(peaks.read_text()))
    found["seconds"] = seconds
    found["cpu"] = usage.ru_utime + usage.ru_stime
    found["load"] = load
    return found


def _load() -> float:
    return os.getloadavg()[0]


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
    parser.add_argument("--rounds", type=int, default=1, help="how many times to run the first two steps")
    parser.add_argument(
        "--before",
        metavar="SRC",
        help="the src folder of an earlier kith (git archive REV src): its kith import runs in each round too",
    )
    parser.add_argument("--measure", nargs=2, metavar=("WHICH", "PATH"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.measure:
        measure(*args.measure)
        return
    folder = Path(tempfile.mkdtemp(prefix="kith-bench-import-"))
    try:
        network, big, small = prepare(folder, args.people, args.messages)
        print(f"network: {args.people:,} people; machine: {os.cpu_count()} cores, Python {sys.version.split()[0]}")

        def fresh(name: str) -> Path:
            target = folder / name
            for leftover in (target, Path(f"{target}-wal"), Path(f"{target}-shm")):
                leftover.unlink(missing_ok=True)
            shutil.copyfile(network, target)
            return target

        steps: list[tuple[str, str, str | None, Path, str | None]] = []
        for _ in range(args.rounds):
            if args.before:
                steps.append(("before", "kith", "before.db", big, args.before))
            steps += [
                ("kith import", "kith", "first.db", big, None),
                ("mailbox.mbox", "stdlib", None, big, None),
            ]
        steps += [
            ("second import", "kith", None, big, None),  # into the database of the last first import
            ("--no-snippets", "kith-no-snippets", "no-snippets.db", big, None),
            ("a tenth", "kith", "tenth.db", small, None),
        ]
        results: dict[str, list[dict[str, float]]] = {}
        for label, which, name, path, code in steps:
            # A fresh copy of the network right before each first import (not when the steps
            # are listed: a later round would find the file the first one imported into).
            database = fresh(name) if name else folder / "first.db"  # the second import, and unused by mailbox.mbox
            r = run(which, database, path, folder, code)
            results.setdefault(label, []).append(r)
            read = r.get("messages read", r.get("messages", 0))
            rate = read / r["seconds"] if r["seconds"] else 0
            print(
                f"{label:15} {r['seconds']:7.2f} s wall, {r['cpu']:7.2f} s cpu  {read:>9,.0f} messages "
                f"{rate:>8,.0f}/s  peak {r['peak_mb']:5.0f} MB (workers {r['worker_peak_mb']:4.0f} MB)"
                f"  load {r['load']:.1f}" + (f"  {r['interactions']:,.0f} interactions" if "interactions" in r else "")
            )
        for first, stdlib in zip(results["kith import"], results["mailbox.mbox"], strict=True):
            print(
                f"kith import is {stdlib['seconds'] / first['seconds']:.1f}x faster than iterating with mailbox.mbox "
                f"({stdlib['cpu'] / first['cpu']:.1f}x in CPU time)"
            )
        for before, first in zip(results.get("before", []), results["kith import"], strict=False):
            print(
                f"kith import is {before['seconds'] / first['seconds']:.2f}x as fast as before "
                f"({before['cpu'] / first['cpu']:.2f}x in CPU time)"
            )
        second, first = results["second import"][0], results["kith import"][-1]
        print(f"the second import takes {second['seconds'] / first['seconds']:.1%} of the first")
    finally:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
