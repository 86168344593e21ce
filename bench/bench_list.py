"""How fast `kith list --json` streams a large network, and whether its memory stays flat.

Builds (once) demo databases of the given sizes with `kith demo`, then times
`kith list --json > /dev/null` on each in a child process and reads the child's peak RSS.
Flat memory means the peak barely moves when the network grows tenfold.

    .venv/bin/python bench/bench_list.py                       # 10,000 and 100,000 people
    .venv/bin/python bench/bench_list.py --sizes 1000 100000 --workdir /tmp/kith-bench
"""

from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

KITH = str(Path(sys.executable).with_name("kith"))


def build(path: Path, people: int) -> None:
    if path.exists():
        return
    started = time.perf_counter()
    subprocess.run(
        [KITH, "--db", str(path), "demo", "--people", str(people), "--seed", "7"], check=True, stdout=subprocess.DEVNULL
    )
    print(f"  built {people:,} people in {time.perf_counter() - started:.1f} s", flush=True)


def list_json(path: Path) -> tuple[float, float, int]:
    """Seconds, peak RSS in MiB and bytes written by one `kith list --json` child."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    started = time.perf_counter()
    done = subprocess.run([KITH, "--db", str(path), "list", "--json"], check=True, stdout=subprocess.PIPE)
    seconds = time.perf_counter() - started
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    # ru_maxrss of children is the largest child so far: run the sizes from small to large.
    return seconds, max(peak, before) / 1024, len(done.stdout)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--workdir", type=Path, default=Path(os.environ.get("TMPDIR", "/tmp")) / "kith-bench-list")
    args = parser.parse_args()
    args.workdir.mkdir(parents=True, exist_ok=True)
    print(f"kith list --json on {os.cpu_count()} cores")
    for people in sorted(args.sizes):
        path = args.workdir / f"demo-{people}.db"
        build(path, people)
        seconds, peak_mib, size = list_json(path)
        print(
            f"  {people:>7,} people: {seconds:5.2f} s, {people / seconds:,.0f} people/s, peak RSS {peak_mib:.0f} MiB, {size / 2**20:.0f} MiB of JSON"
        )


if __name__ == "__main__":
    main()
