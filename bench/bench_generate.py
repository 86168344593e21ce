"""Benchmark: generate and store the demo network at scale (issue 3: 100,000 people in under 60 s).

    .venv/bin/python bench/bench_generate.py                      # 100,000 people into a fresh SQLite file
    .venv/bin/python bench/bench_generate.py --postgres           # ... and into a throw-away PostgreSQL server
    .venv/bin/python bench/bench_generate.py --postgres-url URL   # ... into an empty database of your own
    .venv/bin/python bench/bench_generate.py --generate-only      # drawing the network alone, no database

Prints, per backend: seconds, people and interactions written, rows per second over every
table, and the peak resident memory of the process. Figures go in docs/performance.md.
"""

from __future__ import annotations

import argparse
import resource
import sys
import tempfile
import time
from datetime import UTC, date, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # for tests.postgres, the throw-away server of the test suite

from kith.app.demo import DemoSummary, fill_demo  # noqa: E402
from kith.app.workspace import fixed_clock, open_workspace  # noqa: E402
from kith.demo.network import generate_network  # noqa: E402
from kith.demo.pools import countries  # noqa: E402

# A fixed "now", so every run draws the same network.
NOW = datetime(2026, 11, 25, 10, 0, tzinfo=UTC)


def peak_rss_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux reports KiB


def children_cpu() -> float:
    used = resource.getrusage(resource.RUSAGE_CHILDREN)  # the drawing process, once it has ended
    return used.ru_utime + used.ru_stime


def report(backend: str, summary: DemoSummary, cpu: float, drawing_cpu: float) -> None:
    rows = summary.people + summary.identities + summary.interactions + summary.favours + summary.notes + summary.tags
    print(
        f"{backend}: {summary.seconds:.1f} s for {summary.people:,} people, {summary.interactions:,} interactions "
        f"({rows:,} rows in all: {rows / summary.seconds:,.0f} rows/s); this process used {cpu:.1f} s of CPU, "
        f"the drawing process {drawing_cpu:.1f} s; peak RSS {peak_rss_mib():,.0f} MiB",
        flush=True,
    )


def store(url: str, backend: str, args: argparse.Namespace) -> None:
    ws = open_workspace(url, clock=fixed_clock(NOW))
    cpu, drawing_cpu = time.process_time(), children_cpu()
    try:
        summary = fill_demo(ws, people=args.people, years=args.years, seed=args.seed, draw_ahead=not args.in_line)
    finally:
        ws.close()
    report(backend, summary, time.process_time() - cpu, children_cpu() - drawing_cpu)


def generate_only(args: argparse.Namespace) -> None:
    started = time.perf_counter()
    people = interactions = 0
    for generated in generate_network(args.people, args.years, args.seed, date(NOW.year, NOW.month, NOW.day)):
        people += 1
        interactions += len(generated.interactions)
    seconds = time.perf_counter() - started
    print(
        f"generate only: {seconds:.1f} s for {people:,} people, {interactions:,} interactions "
        f"({(people + interactions) / seconds:,.0f} people+interactions/s); peak RSS {peak_rss_mib():,.0f} MiB"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--people", type=int, default=100_000)
    parser.add_argument("--years", type=int, default=15)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--generate-only", action="store_true", help="draw the network without storing it")
    parser.add_argument(
        "--in-line", action="store_true", help="draw each batch between writes, not in a second process"
    )
    parser.add_argument("--no-sqlite", action="store_true", help="skip the SQLite run")
    parser.add_argument("--postgres", action="store_true", help="also run on a throw-away PostgreSQL server")
    parser.add_argument("--postgres-url", help="also run on this (empty) PostgreSQL database")
    args = parser.parse_args()

    started = time.perf_counter()
    countries()  # the name, city and employer pools, read once per process
    print(f"pools: {time.perf_counter() - started:.1f} s (once per process, included in nothing below)", flush=True)
    if args.generate_only:
        generate_only(args)
        return
    if not args.no_sqlite:
        with tempfile.TemporaryDirectory(prefix="kith-bench-") as folder:
            path = Path(folder) / "kith.db"
            store(str(path), "SQLite", args)
            print(f"SQLite file: {path.stat().st_size / 2**20:,.0f} MiB", flush=True)
    if args.postgres_url:
        store(args.postgres_url, "PostgreSQL", args)
    if args.postgres:
        from tests.postgres import PostgresServer

        server = PostgresServer.start()
        try:
            server.create_database("kith_bench")
            store(server.url("kith_bench"), "PostgreSQL (throw-away server, fsync off)", args)
        finally:
            server.stop()


if __name__ == "__main__":
    main()
