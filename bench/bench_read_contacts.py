"""How fast the contact readers stream, and how much memory they hold.

Writes a 30,000-row LinkedIn ``Connections.csv`` (with LinkedIn's notes preamble and
byte-order mark) and a 10,000-card vCard 3.0 file of simple synthetic contacts, reads both
with ``read_contacts`` and prints the read time and the peak memory Python allocated
(tracemalloc). Run: ``.venv/bin/python bench/bench_read_contacts.py [--scale N]``.
"""

from __future__ import annotations

import argparse
import tempfile
import time
import tracemalloc
from pathlib import Path

from kith.sources.contacts import ContactRecord, Skipped, read_contacts

_FIRST = ["Ana", "Luca", "Jane", "Kenji", "Sofía", "Marco", "Giulia", "Pat", "María José", "Sam"]
_LAST = ["Reyes", "Bianchi", "Doe", "Tanaka", "García", "Esposito", "Romano", "Lee", "Núñez", "User"]
_COMPANIES = ["Acme, Inc.", "Globe Telecom", "Caffè Srl", "Initech", "Telefónica"]


def write_connections(path: Path, rows: int) -> None:
    with path.open("w", encoding="utf-8-sig", newline="") as out:
        out.write(
            'Notes:\n"When exporting your connection data, you may notice that some of the email addresses are missing."\n\n'
        )
        out.write("First Name,Last Name,URL,Email Address,Company,Position,Connected On\n")
        for i in range(rows):
            first, last = _FIRST[i % 10], _LAST[(i // 10) % 10]
            email = f"{first[0].lower()}.{last.lower()}{i}@example.com" if i % 3 else ""
            out.write(
                f'{first},{last},https://www.linkedin.com/in/person-{i},{email},"{_COMPANIES[i % 5]}",Engineer,{1 + i % 28} Mar 2024\n'
            )


def write_vcards(path: Path, cards: int) -> None:
    with path.open("w", encoding="utf-8", newline="") as out:
        for i in range(cards):
            first, last = _FIRST[i % 10], _LAST[(i // 10) % 10]
            out.write(
                "BEGIN:VCARD\r\nVERSION:3.0\r\n"
                f"N:{last};{first};;;\r\nFN:{first} {last}\r\n"
                f"ORG:{_COMPANIES[i % 5].replace(',', chr(92) + ',')}\r\nTITLE:Engineer\r\n"
                f"item1.EMAIL;type=INTERNET;type=pref:p{i}@example.com\r\nitem1.X-ABLabel:_$!<Other>!$_\r\n"
                f"TEL;type=CELL:+39 333 {i:07d}\r\n"
                "ADR;type=HOME:;;Via Roma 1;Milano;MI;20121;Italia\r\n"
                "NOTE:Met at the fair\\, long ago.\\nSecond line of a note that is folded because it is \r\n"
                " longer than seventy-five characters.\r\n"
                f"BDAY:--{1 + i % 12:02d}-{1 + i % 28:02d}\r\nCATEGORIES:Clients,Milano\r\nEND:VCARD\r\n"
            )


def measure(path: Path) -> tuple[float, float, int, int, int]:
    """Wall and CPU seconds of one read, then the peak memory of a second, traced read
    (tracing slows Python several times, so it is kept out of the timing)."""
    started, cpu_started = time.perf_counter(), time.process_time()
    records = skipped = 0
    for result in read_contacts(path):
        if isinstance(result, ContactRecord):
            records += 1
        elif isinstance(result, Skipped):
            skipped += 1
    elapsed, cpu = time.perf_counter() - started, time.process_time() - cpu_started
    tracemalloc.start()
    for _ in read_contacts(path):
        pass
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return elapsed, cpu, peak, records, skipped


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--scale", type=float, default=1.0, help="multiply both file sizes (2 = twice as big)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        connections, vcards = Path(folder) / "Connections.csv", Path(folder) / "contacts.vcf"
        write_connections(connections, int(30_000 * args.scale))
        write_vcards(vcards, int(10_000 * args.scale))
        total = total_cpu = 0.0
        for path in (connections, vcards):
            elapsed, cpu, peak, records, skipped = measure(path)
            total, total_cpu = total + elapsed, total_cpu + cpu
            size = path.stat().st_size / 1024**2
            print(f"{path.name:16} {size:5.1f} MB {records:7d} records {skipped} skipped  "
                  f"{elapsed:5.2f} s ({cpu:5.2f} s CPU)  peak {peak / 1024**2:5.1f} MiB")  # fmt: skip
        print(f"{'both':16} read in {total:.2f} s ({total_cpu:.2f} s CPU); the import budget is 20 s")


if __name__ == "__main__":
    main()
