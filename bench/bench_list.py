"""How fast `kith list --json` streams a large network, and whether its memory stays flat.

Builds (once) demo databases of the given sizes with `kith demo`, then times
`kith list --json` on each in a child process that reports its own peak RSS.
Flat memory means the peak barely moves when the network grows tenfold.

    .venv/bin/python bench/bench_list.py                       # 10,000 and 100,000 people
    .venv/bin/python bench/bench_list.py --sizes 1000 100000 --workdir /tmp/kith-bench
"""

from __future__ import annotations

import argparse
import os
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


# Runs the real CLI in a child that reports its own peak memory on stderr when it ends.
_CHILD = """
import atexit, resource, sys
atexit.register(lambda: print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, file=sys.stderr))
from kith.cli.main import run
sys.argv = ["kith", "--db", sys.argv[1], "list", "--json"]
run()
"""


def list_json(path: Path) -> tuple[float, float, int]:
    """Seconds, peak RSS in MiB and bytes written by one `kith list --json` child."""
    started = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", _CHILD, str(path)], check=True, capture_output=True)
    seconds = time.perf_counter() - started
    peak_kib = int(done.stderr.decode().strip().splitlines()[-1])
    return seconds, peak_kib / 1024, len(done.stdout)


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
