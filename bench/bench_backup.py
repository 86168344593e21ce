"""Benchmark: `kith export` and `kith restore` of a large network, with their peak memory.

    .venv/bin/python bench/bench_backup.py                    # 100,000 people, 1,000,000 interactions, SQLite
    .venv/bin/python bench/bench_backup.py --postgres         # the same on a throw-away PostgreSQL server
    .venv/bin/python bench/bench_backup.py --people 10000     # a tenth: memory should stay the same

Fills a database with N people (an email and a phone each, a tag on every third, a note on
every tenth) and 10 interactions per person, written straight into the tables (the demo
generator draws a more realistic network, but this one is fast to write and its size is
exact). Then it runs the real commands as child processes, `kith export --output FILE` and
`kith --db EMPTY restore FILE`, and prints for each: seconds, rows per second, the size of the
file and the peak resident memory of that process alone (flat memory means the figure
hardly moves between --people 10000 and --people 100000). Figures go in docs/performance.md.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # for tests.postgres, the throw-away server of the test suite

from kith.core.identity import name_key  # noqa: E402
from kith.store import schema  # noqa: E402
from kith.store.database import open_database  # noqa: E402

NOW = datetime(2026, 11, 25, 10, 0, tzinfo=UTC)
KITH = str(Path(sys.executable).with_name("kith"))
BATCH = 10_000
CHANNELS = ("email", "call", "meeting", "message", "linkedin", "text", "letter")
DIRECTIONS = ("outbound", "inbound", "mutual")


def _batches(rows: Iterator[dict[str, Any]]) -> Iterator[list[dict[str, Any]]]:
    batch: list[dict[str, Any]] = []
    for row in rows:
        batch.append(row)
        if len(batch) == BATCH:
            yield batch
            batch = []
    if batch:
        yield batch


def fill(url: str, people: int, per_person: int) -> int:
    """Write the network; returns the number of rows written."""
    db = open_database(url)
    owner = db.owner_id
    written = 0

    def person_rows() -> Iterator[dict[str, Any]]:
        for n in range(1, people + 1):
            name = f"Person {n:06d} Example"
            yield {
                "id": n, "owner_id": owner, "display_name": name, "name_key": name_key(name), "given_name": "Person",
                "family_name": f"{n:06d} Example", "company": f"Company {n % 997}", "title": "Engineer",
                "city": "Milano", "country": "IT", "languages": ["it", "en"], "interests": ["climbing"],
                "how_we_met": "", "postal_address": "", "birth_year": None, "birth_month": 1 + n % 12,
                "birth_day": 1 + n % 28, "keep_in_touch_days": None, "do_not_contact_since": None,
                "do_not_contact_reason": None, "intended_kind": "weak", "source_id": 1, "source_record": str(n),
                "created_at": NOW, "updated_at": NOW,
            }  # fmt: skip

    def identity_rows() -> Iterator[dict[str, Any]]:
        for n in range(1, people + 1):
            common = {"owner_id": owner, "person_id": n, "label": "", "status": "ok", "source_id": 1, "created_at": NOW}
            yield common | {"id": 2 * n - 1, "kind": "email", "value": f"person{n}@example.org"}
            yield common | {"id": 2 * n, "kind": "phone", "value": f"+3933{n:08d}"}

    def interaction_rows() -> Iterator[dict[str, Any]]:
        number = 0
        for n in range(1, people + 1):
            for k in range(per_person):
                number += 1
                yield {
                    "id": number, "owner_id": owner, "person_id": n,
                    "occurred_at": NOW - timedelta(days=30 * k + n % 30, minutes=n % 1440),
                    "utc_offset_minutes": 60, "channel": CHANNELS[k % 7], "direction": DIRECTIONS[(n + k) % 3],
                    "kind": "personal", "summary": f"Talked about project {k}", "external_id": f"<{n}.{k}@example.org>",
                    "thread_id": f"<{n}@example.org>", "source_id": 1, "source_record": str(number),
                }  # fmt: skip

    def note_rows() -> Iterator[dict[str, Any]]:
        for n in range(1, people + 1, 10):
            yield {"id": n, "owner_id": owner, "person_id": n, "body": f"Note on {n}", "created_at": NOW,
                   "source_id": None, "source_record": None}  # fmt: skip

    with db.transaction() as conn:
        conn.execute(
            schema.sources.insert(),
            [{"id": 1, "owner_id": owner, "kind": "bench", "locator": "bench_backup", "fingerprint": None,
              "imported_at": NOW}],
        )  # fmt: skip
        conn.execute(schema.tags.insert(), [{"id": 1, "owner_id": owner, "name": "bench"}])
        written += 2
        for table, rows in (
            (schema.people, person_rows()),
            (schema.identities, identity_rows()),
            (schema.interactions, interaction_rows()),
            (schema.person_tags, ({"person_id": n, "tag_id": 1} for n in range(1, people + 1, 3))),
            (schema.notes, note_rows()),
        ):
            for batch in _batches(rows):
                conn.execute(table.insert(), batch)
                written += len(batch)
    db.close()
    return written


def run_kith(*args: str) -> tuple[float, float, float]:
    """Wall seconds, CPU seconds and peak resident memory (MiB) of one `kith` child process.

    CPU seconds are the steadier figure on a machine shared with other work.
    """
    started = time.perf_counter()
    child = subprocess.Popen([KITH, *args], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(child.pid, 0)
    seconds = time.perf_counter() - started
    child.returncode = os.waitstatus_to_exitcode(status)
    if child.returncode != 0:
        assert child.stderr is not None
        raise SystemExit(f"kith {' '.join(args)} failed: {child.stderr.read().decode()}")
    return seconds, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024  # Linux reports KiB


def measure(backend: str, source_url: str, target_url: str, folder: Path, args: argparse.Namespace) -> None:
    started = time.perf_counter()
    rows = fill(source_url, args.people, args.interactions_per_person)
    print(f"{backend}: wrote {rows:,} rows in {time.perf_counter() - started:.1f} s", flush=True)
    backup = folder / "backup.json"
    seconds, cpu, rss = run_kith("--db", source_url, "export", "--output", str(backup))
    size = backup.stat().st_size / 2**20
    print(
        f"{backend}: export  {seconds:6.1f} s ({cpu:6.1f} s CPU)  {rows / seconds:9,.0f} rows/s  "
        f"{size:,.0f} MiB file  peak RSS {rss:,.0f} MiB",
        flush=True,
    )
    seconds, cpu, rss = run_kith("--db", target_url, "restore", str(backup))
    print(
        f"{backend}: restore {seconds:6.1f} s ({cpu:6.1f} s CPU)  {rows / seconds:9,.0f} rows/s  peak RSS {rss:,.0f} MiB",
        flush=True,
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--people", type=int, default=100_000)
    parser.add_argument("--interactions-per-person", type=int, default=10)
    parser.add_argument("--postgres", action="store_true", help="also on a throw-away PostgreSQL server")
    parser.add_argument("--no-sqlite", action="store_true", help="skip SQLite")
    args = parser.parse_args()
    print(f"{args.people:,} people, {args.people * args.interactions_per_person:,} interactions", flush=True)
    with tempfile.TemporaryDirectory(prefix="kith-bench-backup-") as folder:
        if not args.no_sqlite:
            measure("sqlite", f"{folder}/source.db", f"{folder}/target.db", Path(folder), args)
        if args.postgres:
            from tests.postgres import PostgresServer

            server = PostgresServer.start()
            try:
                server.create_database("bench_source")
                server.create_database("bench_target")
                measure("postgresql", server.url("bench_source"), server.url("bench_target"), Path(folder), args)
            finally:
                server.stop()


if __name__ == "__main__":
    main()
