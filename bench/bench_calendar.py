"""How fast kith imports a calendar, and how much less a second CalDAV sync costs.

1. Writes a synthetic .ics export of ``--events`` events over ten years (Outlook-style
   Windows zone names and Google-style UTC times; four in five one-off meetings, the rest
   weekly or monthly series with EXDATEs, moved and cancelled occurrences; 1 to 12
   attendees drawn from 2,000 people; some declined, cancelled and all-day events), then,
   each in a fresh process so that peak memory is its own:

   - the baseline: the libraries as their documentation shows them, on the whole file:
     ``icalendar.Calendar.from_ical`` then ``recurring_ical_events.of(...).between(...)``
     up to "now" (reading and expanding only, no database);
   - ``kith import`` of the file into a new SQLite database (streamed, judged, written);
   - ``kith import`` of the same file again (nothing to write);
   - ``kith import`` of a tenth of the file (memory must not grow with the file).

2. Starts Radicale on loopback, puts ``--caldav-events`` events on it, and times the first
   ``sync_calendar``, a second one with nothing changed, and a third after 1 % changed.

    .venv/bin/python bench/bench_calendar.py                      # 20,000 events, 500 on CalDAV
    .venv/bin/python bench/bench_calendar.py --events 5000 --keep /tmp/bench.ics
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
from datetime import UTC, datetime, timedelta
from pathlib import Path

NOW = "2026-11-25T10:00:00+00:00"
ME = "me@example.com"
ZONES = [("W. Europe Standard Time", 60), ("Pacific Standard Time", -480), ("Tokyo Standard Time", 540)]
HEADER = (
    "BEGIN:VCALENDAR\r\nPRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN\r\nVERSION:2.0\r\n"
    "METHOD:PUBLISH\r\nX-WR-CALNAME:Calendar\r\n"
)


def fold(line: str) -> str:
    """Fold a content line at 75 octets, as exporters do."""
    data = line.encode()
    if len(data) <= 75:
        return line + "\r\n"
    parts, start, first = [], 0, True
    while start < len(data):
        size = 75 if first else 74
        end = start + size
        while end < len(data) and (data[end] & 0xC0) == 0x80:  # never split a UTF-8 character
            end -= 1
        parts.append(("" if first else " ") + data[start:end].decode())
        start, first = end, False
    return "\r\n".join(parts) + "\r\n"


class Generator:
    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.people = [(f"Person {n:04d}", f"person{n:04d}@example.org") for n in range(2000)]

    def event(self, n: int) -> str:
        rng = self.rng
        start = datetime(2016, 11, 25, 8, tzinfo=UTC) + timedelta(minutes=30 * rng.randrange(10 * 365 * 20))
        zone, offset = rng.choice(ZONES)
        local = start + timedelta(minutes=offset)
        uid = f"040000008200E00074C5B7101A82E008{n:032X}"
        guests = rng.sample(self.people, rng.choice([1, 1, 1, 2, 2, 3, 4, 6, 12]))
        mine = "DECLINED" if rng.random() < 0.05 else "ACCEPTED"
        lines = [
            "BEGIN:VEVENT",
            f"UID:{uid}",
            f'DTSTART;TZID="{zone}":{local:%Y%m%dT%H%M%S}',
            f'DTEND;TZID="{zone}":{local + timedelta(minutes=45):%Y%m%dT%H%M%S}',
            f"DTSTAMP:{start:%Y%m%dT%H%M%SZ}",
            f"SUMMARY;LANGUAGE=en-us:Meeting {n} about the {rng.choice(['launch', 'budget', 'hiring', 'review'])}",
            f'ORGANIZER;CN="Me":mailto:{ME}',
            f"ATTENDEE;CN=Me;PARTSTAT={mine};RSVP=TRUE:mailto:{ME}",
            *(f'ATTENDEE;CN="{name}";RSVP=TRUE:mailto:{email}' for name, email in guests),
            "X-MICROSOFT-CDO-BUSYSTATUS:BUSY",
        ]
        if rng.random() < 0.03:
            lines.append("STATUS:CANCELLED")
        overrides = []
        if rng.random() < 0.2:
            weekly = rng.random() < 0.7
            count = rng.randint(4, 40)
            lines.append(f"RRULE:FREQ={'WEEKLY' if weekly else 'MONTHLY'};COUNT={count}")
            step = timedelta(days=7) if weekly else timedelta(days=28)
            skipped = local + step * rng.randint(1, count - 1)
            lines.append(f'EXDATE;TZID="{zone}":{skipped:%Y%m%dT%H%M%S}')
            if weekly:
                moved = local + step * rng.randint(1, count - 1)
                overrides.append(
                    [
                        "BEGIN:VEVENT",
                        f"UID:{uid}",
                        f'RECURRENCE-ID;TZID="{zone}":{moved:%Y%m%dT%H%M%S}',
                        f'DTSTART;TZID="{zone}":{moved + timedelta(hours=2):%Y%m%dT%H%M%S}',
                        f'DTEND;TZID="{zone}":{moved + timedelta(hours=3):%Y%m%dT%H%M%S}',
                        f"DTSTAMP:{start:%Y%m%dT%H%M%SZ}",
                        f"SUMMARY:Meeting {n} (moved)",
                        f"ORGANIZER:mailto:{ME}",
                        f"ATTENDEE;PARTSTAT=ACCEPTED:mailto:{ME}",
                        *(f"ATTENDEE:mailto:{email}" for _, email in guests),
                        "STATUS:CANCELLED" if rng.random() < 0.3 else "STATUS:CONFIRMED",
                        "END:VEVENT",
                    ]
                )
        lines.append("END:VEVENT")
        return "".join(fold(line) for block in [lines, *overrides] for line in block)


def write_calendar(path: Path, events: int, seed: int = 7) -> None:
    generator = Generator(seed)
    with path.open("w", encoding="utf-8", newline="") as out:
        out.write(HEADER)
        for n in range(events):
            out.write(generator.event(n))
        out.write("END:VCALENDAR\r\n")


def child(code: str, *args: str) -> dict[str, float]:
    """Run ``code`` in a fresh interpreter; its wall time, CPU time and peak memory."""
    started = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, check=False)
    wall = time.perf_counter() - started
    if done.returncode != 0:
        raise SystemExit(done.stderr)
    result: dict[str, float] = json.loads(done.stdout.strip().splitlines()[-1])
    result["wall"] = wall
    return result


REPORT = (
    "import json, resource; u = resource.getrusage(resource.RUSAGE_SELF);"
    "print(json.dumps({'cpu': u.ru_utime + u.ru_stime, 'peak_mb': u.ru_maxrss / 1024, **extra}))"
)
BASELINE = (
    "import sys; from datetime import datetime; import icalendar, recurring_ical_events;"
    "cal = icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read());"
    "n = len(recurring_ical_events.of(cal).between(datetime(2000, 1, 1), datetime(2026, 11, 25, 10)));"
    "extra = {'occurrences': n};" + REPORT
)
IMPORT = (
    "import sys, os; from pathlib import Path; os.environ['KITH_NOW'] = sys.argv[3];"
    "from kith.app.workspace import open_workspace; from kith.app.imports import ImportOptions, import_path;"
    "from kith.store import schema;"
    "ws = open_workspace(sys.argv[2]);"
    "conn_ctx = ws.db.transaction();"
    "conn = conn_ctx.__enter__();"
    "conn.execute(schema.my_identities.insert().values(owner_id=ws.owner_id, kind='email', value='me@example.com',"
    " created_at=ws.now())) if not conn.execute(schema.my_identities.select()).first() else None;"
    "conn_ctx.__exit__(None, None, None);"
    "s = import_path(ws, Path(sys.argv[1]), ImportOptions());"
    "extra = {'counts': s.counts, 'seconds': s.seconds};" + REPORT
)


def bench_file(events: int, keep: Path | None) -> None:
    folder = Path(tempfile.mkdtemp(prefix="kith-bench-cal-"))
    path = keep or folder / "calendar.ics"
    if not path.exists():
        write_calendar(path, events)
    tenth = folder / "tenth.ics"
    write_calendar(tenth, max(1, events // 10))
    size = path.stat().st_size
    print(f"{events:,} events, {size / 1e6:.1f} MB ({path})")
    base = child(BASELINE, str(path))
    print(
        f"baseline (icalendar whole file + recurring_ical_events): {base['wall']:.1f} s wall, "
        f"{base['cpu']:.1f} s CPU, {base['peak_mb']:.0f} MB peak, {int(base['occurrences']):,} occurrences"
    )
    db = f"sqlite:///{folder / 'kith.db'}"
    first = child(IMPORT, str(path), db, NOW)
    print(
        f"kith import, first: {first['wall']:.1f} s wall, {first['cpu']:.1f} s CPU, {first['peak_mb']:.0f} MB peak; "
        f"{json.dumps(first['counts'])}"
    )
    again = child(IMPORT, str(path), db, NOW)
    print(f"kith import, again: {again['wall']:.1f} s wall, {again['cpu']:.1f} s CPU, {again['peak_mb']:.0f} MB peak")
    small = child(IMPORT, str(tenth), f"sqlite:///{folder / 'tenth.db'}", NOW)
    print(f"kith import, a tenth of the events: {small['cpu']:.1f} s CPU, {small['peak_mb']:.0f} MB peak")
    print(
        f"ratios: kith first import / baseline CPU = {first['cpu'] / base['cpu']:.2f}; "
        f"second / first = {again['cpu'] / first['cpu']:.2f}; "
        f"peak memory kith / baseline = {first['peak_mb'] / base['peak_mb']:.2f}"
    )


def bench_caldav(events: int) -> None:
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    from tests.calendar_data import add_my_addresses
    from tests.servers.radicale import RadicaleServer

    from kith.app.calendar_sync import sync_calendar
    from kith.app.workspace import fixed_clock, open_workspace

    generator = Generator(11)
    server = RadicaleServer.start({"me": "bench password"})
    folder = Path(tempfile.mkdtemp(prefix="kith-bench-caldav-"))
    try:
        url = server.new_calendar("me")
        bodies = {}
        for n in range(events):
            body = HEADER + generator.event(n) + "END:VCALENDAR\r\n"
            # Radicale wants the zones defined: the library writes them for the Windows names.
            from icalendar import Calendar

            calendar = Calendar.from_ical(body)
            calendar.add_missing_timezones()
            bodies[f"e{n}.ics"] = calendar.to_ical()
            server.put("me", url + f"e{n}.ics", bodies[f"e{n}.ics"])
        ws = open_workspace(f"sqlite:///{folder / 'kith.db'}", clock=fixed_clock(datetime.fromisoformat(NOW)))
        add_my_addresses(ws, [ME])
        timings = []
        for label in ("first sync", "nothing changed", "1% changed"):
            if label == "1% changed":
                for n in range(0, events, 100):
                    server.put("me", url + f"e{n}.ics", bodies[f"e{n}.ics"].replace(b"SUMMARY", b"SUMMARY;X-V=2", 1))
            started = time.perf_counter()
            summary = sync_calendar(ws, url, "me", "bench password")
            timings.append(time.perf_counter() - started)
            print(
                f"CalDAV {label}: {timings[-1]:.2f} s, {summary.counts['resources fetched']:,} resources fetched, "
                f"{summary.counts['interactions added']:,} meetings added"
            )
        print(
            f"ratios: nothing changed / first = {timings[1] / timings[0]:.3f}; 1% changed / first = {timings[2] / timings[0]:.3f}"
        )
        ws.close()
    finally:
        server.stop()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=20_000)
    parser.add_argument("--caldav-events", type=int, default=500)
    parser.add_argument("--keep", type=Path, help="write (or reuse) the .ics file here")
    args = parser.parse_args()
    print(f"machine: {os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f}")
    bench_file(args.events, args.keep)
    if args.caldav_events:
        bench_caldav(args.caldav_events)
    print(f"(bench process peak: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB)")


if __name__ == "__main__":
    main()
