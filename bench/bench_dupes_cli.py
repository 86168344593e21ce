"""Benchmark: ``kith dupes`` over a whole network (issue 4: 100,000 people in under 60 seconds).

    .venv/bin/python bench/bench_dupes_cli.py                  # 100,000 people
    .venv/bin/python bench/bench_dupes_cli.py --people 20000   # a smaller network, for the memory ratio

The network is the demo's (``kith demo --people N``, written once into a SQLite file in a
temporary folder, not timed). Then the real ``kith dupes --json --limit 0`` runs in a
child process: reading every person's match profile from the database, learning the
weights from the network (EM, ``kith.core.matching.estimate``), blocking, comparing and
putting every pair in words. Prints the wall and CPU seconds, the peak memory of that
process, and how many strong, medium and low pairs came out.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

from bench_import_contacts import child

KITH = Path(sys.executable).parent / "kith"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--people", type=int, default=100_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        env = {**os.environ, "KITH_DB": str(Path(folder) / "kith.db"), "KITH_NOW": "2026-11-25T10:00:00+00:00"}
        subprocess.run([str(KITH), "demo", "--people", str(args.people)], env=env, check=True, capture_output=True)
        wall, cpu, peak, out = child([str(KITH), "dupes", "--json", "--limit", "0"], env)
        kinds = Counter(pair["recommendation"] for pair in json.loads(out))
        print(f"| {args.people:,} | {wall:.1f} s | {cpu:.1f} s | {peak / 1024:.0f} MiB | "
              f"{kinds['strong']:,} strong, {kinds['medium']:,} medium, {kinds['low']:,} low |")  # fmt: skip


if __name__ == "__main__":
    main()
