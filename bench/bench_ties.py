"""How fast kith classifies every tie of a large network, from SQL aggregates.

Builds (once) the demo network with `kith demo --people N --seed 7`, then, in this process,
times the fast path (`kith.app.ties.network_tie_classes`: counts and days from one
aggregate query, then `tie_class_of` for everyone) and the full path (`network_ties`: the
window-function query as well, then `classify` with strength, parts and explanation). Each
figure is the best of `--runs` runs, after one warm-up that brings the file into the page
cache. `--postgres URL` also builds the network on that (empty) PostgreSQL database and
times it there.

    .venv/bin/python bench/bench_ties.py                          # 100,000 people, about 1,080,000 interactions
    .venv/bin/python bench/bench_ties.py --people 10000 --postgres postgresql://localhost/kith_bench
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from kith.app.ties import class_counts, network_tie_classes, network_ties
from kith.app.workspace import open_workspace
from kith.store import ties as store
from kith.store.schema import interactions

KITH = str(Path(sys.executable).with_name("kith"))


def build(target: str, people: int, is_file: bool) -> None:
    if is_file and Path(target).exists():
        return
    started = time.perf_counter()
    subprocess.run(
        [KITH, "--db", target, "demo", "--people", str(people), "--seed", "7", "--if-empty"],
        check=True,
        stdout=subprocess.DEVNULL,
    )
    print(f"  built {people:,} people in {time.perf_counter() - started:.0f} s", flush=True)


def best(runs: int, work: Callable[[], Any]) -> tuple[float, float, Any]:
    """The best wall-clock and CPU seconds of ``runs`` runs (the machine is shared: CPU time
    says what the work costs when other processes take turns on the cores), and the result."""
    work()  # warm-up: the page cache, SQLAlchemy's statement cache
    walls, cpus = [], []
    result = None
    for _ in range(runs):
        started, cpu = time.perf_counter(), time.process_time()
        result = work()
        walls.append(time.perf_counter() - started)
        cpus.append(time.process_time() - cpu)
    return min(walls), min(cpus), result


def measure(target: str, runs: int) -> None:
    ws = open_workspace(target)
    try:
        with ws.db.reading() as conn:
            rows = conn.execute(sa.select(sa.func.count()).select_from(interactions)).scalar_one()

        def sql_only() -> int:
            with ws.db.reading() as conn:
                return len(store._fetch_all(conn, store._counts_query(conn, ws.owner_id, None)))

        sql_seconds, sql_cpu, groups = best(runs, sql_only)
        fast_seconds, fast_cpu, classes = best(runs, lambda: network_tie_classes(ws))
        print(f"  {len(classes):,} people, {rows:,} interactions, {groups:,} (person, channel, direction) groups")
        print(
            f"  classes (fast path):   {fast_seconds:5.2f} s wall, {fast_cpu:5.2f} s CPU"
            f"  (the aggregate query alone: {sql_seconds:.2f} s wall, {sql_cpu:.2f} s CPU)"
        )
        counts = ", ".join(f"{n:,} {c.value}" for c, n in class_counts(classes.values()).items())
        print(f"    {counts}")
        full_seconds, full_cpu, ties = best(max(1, runs // 2), lambda: network_ties(ws))
        print(
            f"  full ties (classify):  {full_seconds:5.2f} s wall, {full_cpu:5.2f} s CPU"
            f"  for {len(ties):,} ties with strength, parts and words"
        )
    finally:
        ws.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--people", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--workdir", type=Path, default=Path(os.environ.get("TMPDIR", "/tmp")) / "kith-bench-ties")
    parser.add_argument("--postgres", help="an empty PostgreSQL database URL to build and time on as well")
    args = parser.parse_args()
    args.workdir.mkdir(parents=True, exist_ok=True)
    path = args.workdir / f"demo-{args.people}.db"
    print(f"tie classification on {os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f} before")
    print(f"SQLite ({path})")
    build(str(path), args.people, is_file=True)
    measure(str(path), args.runs)
    if args.postgres:
        print(f"PostgreSQL ({args.postgres.rsplit('@', 1)[-1]})")
        build(args.postgres, args.people, is_file=False)
        measure(args.postgres, args.runs)


if __name__ == "__main__":
    main()
