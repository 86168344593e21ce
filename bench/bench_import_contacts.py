"""Benchmark: ``kith import`` of a 30,000-row LinkedIn Connections.csv and a 10,000-card vCard file.

    .venv/bin/python bench/bench_import_contacts.py              # the goal's size, and half of it
    .venv/bin/python bench/bench_import_contacts.py --scale 0.2  # quicker

The demo generator draws the people and writes both files the way LinkedIn and Apple
Contacts write them (``kith.demo.files``); the vCards are the last 10,000 of the 35,000
people, so 5,000 of them are also connections (merged by email or name) and 5,000 are new.
Each size is imported into a new SQLite database by the real ``kith import`` in a child
process, whose wall time, CPU time and peak memory (resident set) are printed; the
baseline in the same run is reading the same files without writing (``read_contacts``),
so the ratio says what matching and writing cost on top.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

from kith.demo.files import write_linkedin_connections, write_vcards
from kith.demo.network import generate_network

TODAY = date(2026, 11, 25)
KITH = Path(sys.executable).parent / "kith"


def write_files(folder: Path, scale: float) -> tuple[Path, Path]:
    connections, cards = int(30_000 * scale), int(10_000 * scale)
    people = [d.person for d in generate_network(connections + cards // 2, 10, 7, TODAY)]
    csv_path, vcf_path = folder / "Connections.csv", folder / "contacts.vcf"
    write_linkedin_connections(csv_path, people[:connections], TODAY)
    write_vcards(vcf_path, people[-cards:])
    return csv_path, vcf_path


def child(command: list[str], env: dict[str, str]) -> tuple[float, float, int, str]:
    """Wall seconds, CPU seconds and peak resident memory (KiB) of one child process."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    done = subprocess.run(command, env=env, capture_output=True, text=True, check=True)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu, after.ru_maxrss, done.stdout


READ_ONLY = (
    "import sys\nfrom kith.sources.contacts import read_contacts\n"
    "n = sum(1 for p in sys.argv[1:] for _ in read_contacts(p, region='US'))\nprint(n)\n"
)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=float, action="append", help="sizes to run (1 = the goal's size)")
    args = parser.parse_args()
    scales = args.scale or [0.5, 1.0]
    print(
        "| size | file sizes | read only: wall / CPU | kith import: wall / CPU | import / read (CPU) | peak memory | result |"
    )
    print("| --- | --- | ---: | ---: | ---: | ---: | --- |")
    for scale in scales:
        with tempfile.TemporaryDirectory() as folder_name:
            folder = Path(folder_name)
            csv_path, vcf_path = write_files(folder, scale)
            env = {
                **os.environ,
                "KITH_DB": str(folder / "kith.db"),
                "KITH_REGION": "US",
                "KITH_NOW": "2026-11-25T10:00:00+00:00",
            }
            read_wall, read_cpu, _, _ = child([sys.executable, "-c", READ_ONLY, str(csv_path), str(vcf_path)], env)
            wall, cpu, peak, out = child([str(KITH), "import", str(csv_path), str(vcf_path), "--json"], env)
            summaries = json.loads(out)
            counts = {
                k: sum(s["counts"].get(k, 0) for s in summaries) for k in ("added", "merged", "waiting for review")
            }
            sizes = f"{csv_path.stat().st_size / 1024**2:.1f} + {vcf_path.stat().st_size / 1024**2:.1f} MB"
            rows = f"{int(30_000 * scale):,} + {int(10_000 * scale):,}"
            print(f"| {rows} | {sizes} | {read_wall:.1f} s / {read_cpu:.1f} s | {wall:.1f} s / {cpu:.1f} s "
                  f"| {cpu / read_cpu:.1f} | {peak / 1024:.0f} MiB | {counts} |", flush=True)  # fmt: skip


if __name__ == "__main__":
    main()
