"""How fast kith reads an mbox, side by side with the standard library's ``mailbox.mbox``.

Writes a realistic synthetic mbox (plain and HTML mail, multipart with base64 attachments,
replies, mailing lists, newsletters, automated mail, out-of-office replies, bounces and
some broken messages; about 10 kB a message on average, so 100,000 messages make about
1 GB), then, each in a fresh process so that peak memory is its own:

- kith's ``read_mbox`` on the whole file, and on a tenth of it (memory must not grow),
  without snippets, and in two processes over ``mbox_parts`` (records pickled back);
- ``for message in mailbox.mbox(path)``: merely iterating the same file;
- the header blocks of the first 20,000 messages parsed with ``BytesHeaderParser`` and
  with kith's header splitter.

    .venv/bin/python bench/bench_read_mail.py                # 100,000 messages
    .venv/bin/python bench/bench_read_mail.py --messages 20000 --keep /tmp/bench.mbox
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path

from kith.demo.mailbox import Correspondent, write_mailbox

NAMES = [
    "Alice Rossi",
    "Bob Smith",
    "Carla Gómez",
    "Dario Bianchi",
    "Eva Müller",
    "Felipe Cruz",
    "Giulia Conti",
    "Hana Sato",
    "Ivan Petrov",
    "José Reyes",
    "Kim Lee",
    "Lucía Fernández",
    "Maria Santos",
    "Nico Ricci",
]
DOMAINS = ["example.com", "example.org", "mail.example.net", "studio.example.it", "uni.example.es"]
ME = "me@example.com"


def write_mbox(path: Path, messages: int, seed: int = 5) -> Counter[str]:
    """The demo mailbox (``kith.demo.mailbox``) between ``ME`` and a few hundred correspondents."""
    rng = random.Random(seed)
    people = []
    for number in range(400):
        name = NAMES[number % len(NAMES)]
        local = name.lower().replace(" ", ".").encode("ascii", "ignore").decode()
        people.append(Correspondent(name, f"{local}{number}@{rng.choice(DOMAINS)}"))
    end = datetime(2026, 11, 25, tzinfo=UTC)
    return write_mailbox(path, people, Correspondent("Me", ME), messages=messages, seed=seed, end=end)


def measure(which: str, path: str) -> dict[str, float]:
    """Run one reader over ``path`` (in this process) and return its figures."""
    started = time.perf_counter()
    cpu_started = time.process_time()
    count = skipped = personal = 0
    if which == "kith":
        from kith.sources.mail import MailRecord, read_mbox

        for item in read_mbox(path):
            if isinstance(item, MailRecord):
                count += 1
                personal += item.classification.personal
            else:
                skipped += 1
    elif which == "kith-parallel":
        # Two processes read 32 MB parts; the records travel back pickled, as they would to
        # an importer that writes them. CPU time includes both processes.
        import multiprocessing

        from kith.sources.mail import mbox_parts

        parts = mbox_parts(path, max(2, Path(path).stat().st_size // (32 * 1024 * 1024)))
        with multiprocessing.get_context("fork").Pool(2) as pool:
            for found in pool.imap(_read_part, [(path, part) for part in parts]):
                count += len(found)
        children = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu_started -= children.ru_utime + children.ru_stime
    elif which == "kith-no-snippets":
        from kith.sources.mail import MailRecord, read_mbox

        for item in read_mbox(path, snippets=False):
            count += isinstance(item, MailRecord)
    elif which == "stdlib":
        import mailbox

        for _message in mailbox.mbox(path, create=False):
            count += 1
    elif which in ("headers-stdlib", "headers-kith"):
        from email.parser import BytesHeaderParser
        from email.policy import compat32

        from kith.sources.mail.headers import parse_headers

        blocks = []
        with open(path, "rb") as handle:
            data = handle.read(400 * 1024 * 1024)
        position = 0
        while len(blocks) < 20_000:
            line_end = data.find(b"\n", position)
            end = data.find(b"\n\n", line_end)
            if line_end < 0 or end < 0:
                break
            blocks.append(data[line_end + 1 : end + 1])
            position = data.find(b"\n\nFrom ", end)
            if position < 0:
                break
            position += 2
        del data
        started = time.perf_counter()
        cpu_started = time.process_time()
        if which == "headers-stdlib":
            parser = BytesHeaderParser(policy=compat32)
            for block in blocks:
                parser.parsebytes(block)
        else:
            for block in blocks:
                parse_headers(block)
        count = len(blocks)
    seconds = time.perf_counter() - started
    cpu = time.process_time() - cpu_started
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {
        "seconds": seconds,
        "cpu": cpu,
        "messages": count,
        "skipped": skipped,
        "personal": personal,
        "peak_mb": peak,
    }


def _read_part(job: tuple[str, tuple[int, int | None]]) -> list[object]:
    from kith.sources.mail import MailRecord, read_mbox

    path, part = job
    return [r for r in read_mbox(path, part=part) if isinstance(r, MailRecord)]


def run(which: str, path: Path) -> dict[str, float]:
    out = subprocess.run(
        [sys.executable, __file__, "--measure", which, str(path)], check=True, capture_output=True, text=True
    )
    return json.loads(out.stdout)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--messages", type=int, default=100_000)
    parser.add_argument("--keep", type=Path, help="write the mbox here and keep it")
    parser.add_argument("--no-stdlib", action="store_true", help="skip the (slow) mailbox.mbox run")
    parser.add_argument("--measure", nargs=2, metavar=("WHICH", "PATH"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.measure:
        print(json.dumps(measure(*args.measure)))
        return
    folder = Path(tempfile.mkdtemp(prefix="kith-bench-"))
    path = args.keep or folder / "bench.mbox"
    small = folder / "small.mbox"
    started = time.perf_counter()
    kinds = write_mbox(path, args.messages)
    write_mbox(small, max(1, args.messages // 10))
    size = path.stat().st_size
    print(
        f"wrote {args.messages:,} messages, {size / 1e9:.2f} GB in {time.perf_counter() - started:.0f} s: "
        + ", ".join(f"{k} {v}" for k, v in kinds.most_common())
    )
    print(f"machine: {os.cpu_count()} cores, Python {sys.version.split()[0]}")
    results = {}
    # mailbox.mbox runs right after kith, so that both meet the same load on a shared machine.
    for which, target in [
        ("kith", path),
        *([] if args.no_stdlib else [("stdlib", path)]),
        ("kith-small", small),
        ("kith-no-snippets", path),
        ("kith-parallel", path),
        ("headers-kith", path),
        ("headers-stdlib", path),
    ]:
        results[which] = run(which.removesuffix("-small"), target)
        r = results[which]
        rate = r["messages"] / r["seconds"] if r["seconds"] else 0
        print(
            f"{which:18} {r['seconds']:7.2f} s (cpu {r['cpu']:7.2f} s)  {r['messages']:>8,.0f} messages  "
            f"{rate:>8,.0f}/s  "
            f"peak {r['peak_mb']:6.0f} MB" + (f"  skipped {r['skipped']:.0f}" if r.get("skipped") else "")
        )
    if "stdlib" in results:
        wall = results["stdlib"]["seconds"] / results["kith"]["seconds"]
        cpu = results["stdlib"]["cpu"] / results["kith"]["cpu"]
        print(f"kith reads {wall:.1f}x faster than mailbox.mbox ({cpu:.1f}x in CPU time)")
    print(
        f"header splitter: {results['headers-stdlib']['seconds'] / results['headers-kith']['seconds']:.1f}x "
        "faster than BytesHeaderParser"
    )
    if not args.keep:
        path.unlink()
    small.unlink()
    if not any(folder.iterdir()):
        folder.rmdir()


if __name__ == "__main__":
    main()
