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
import base64
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

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
WORDS = [
    "the",
    "meeting",
    "project",
    "draft",
    "budget",
    "call",
    "tomorrow",
    "thanks",
    "review",
    "plan",
    "office",
    "coffee",
    "dinner",
    "report",
    "deadline",
    "photo",
    "trip",
    "idea",
    "question",
    "update",
    "notes",
    "contract",
    "proposal",
    "weekend",
]
LISTS = ["python-dev.python.org", "debian-devel.lists.debian.org", "team.groups.example.com"]


def person(rng: random.Random) -> tuple[str, str]:
    name = rng.choice(NAMES)
    local = name.lower().replace(" ", ".").encode("ascii", "ignore").decode()
    return name, f"{local}{rng.randint(1, 400)}@{rng.choice(DOMAINS)}"


def sentence(rng: random.Random, words: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(words)).capitalize() + "."


def received(rng: random.Random) -> str:
    return "".join(
        f"Received: from mx{rng.randint(1, 99)}.example.net (mx.example.net [192.0.2.{rng.randint(1, 254)}])\n"
        f"\tby smtp.example.com with ESMTPS id {rng.getrandbits(40):x}\n\tfor <{ME}>; Mon, 3 Mar 2025 10:00:00 +0000\n"
        for _ in range(rng.randint(2, 6))
    )


class Writer:
    """Writes one synthetic message at a time, of a kind drawn with realistic weights."""

    KINDS = (
        "plain",
        "html",
        "attachment",
        "reply",
        "list",
        "newsletter",
        "automated",
        "auto_reply",
        "bounce",
        "broken",
        "sent",
    )
    WEIGHTS = (30, 14, 11, 14, 9, 7, 4, 2, 1, 1, 7)

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        blob = random.Random(seed).randbytes(600_000)
        self.base64 = base64.encodebytes(blob)  # sliced per attachment: writing stays fast
        self.ids: list[str] = []
        self.count = 0

    def message(self) -> tuple[str, bytes]:
        rng = self.rng
        kind = rng.choices(self.KINDS, self.WEIGHTS)[0]
        self.count += 1
        when = 1_700_000_000 + self.count * 600
        stamp = time.strftime("%a, %d %b %Y %H:%M:%S +0100", time.gmtime(when))
        sep = time.strftime("From {} %a %b %d %H:%M:%S %Y\n", time.gmtime(when))
        name, address = person(rng)
        msg_id = f"<{self.count}.{rng.getrandbits(32):x}@{address.split('@')[1]}>"
        head = [received(rng), f"Date: {stamp}\n", f"Message-ID: {msg_id}\n", "MIME-Version: 1.0\n"]
        sender = f"{name} <{address}>"
        to = ME
        subject = sentence(rng, 4)
        body = sentence(rng, rng.randint(20, 120)) + "\n"
        ctype = 'Content-Type: text/plain; charset="utf-8"\nContent-Transfer-Encoding: 8bit\n'
        extra = ""
        if kind == "sent":
            sender, to = f"Me <{ME}>", f"{name} <{address}>"
        elif kind == "reply" and self.ids:
            parent = rng.choice(self.ids[-500:])
            extra = f"In-Reply-To: {parent}\nReferences: {parent}\n"
            subject = "Re: " + subject
        elif kind == "html":
            boundary = f"b{rng.getrandbits(48):x}"
            div = '<div style=3D"x">' + sentence(rng, 30) + "</div>"
            ctype = f'Content-Type: multipart/alternative; boundary="{boundary}"\n'
            body = (
                f"--{boundary}\nContent-Type: text/plain; charset=utf-8\n\n{body}\n--{boundary}\n"
                f"Content-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n"
                f"<html><body><p>{body}</p>{div * 3}</body></html>\n"
                f"--{boundary}--\n"
            )
        elif kind == "attachment":
            boundary = f"m{rng.getrandbits(48):x}"
            size = rng.randint(20_000, 160_000)
            start = rng.randint(0, len(self.base64) - size - 1)
            start -= start % 77
            blob = self.base64[start : start + size - size % 77].decode()
            ctype = f'Content-Type: multipart/mixed; boundary="{boundary}"\n'
            body = (
                f"--{boundary}\nContent-Type: text/plain; charset=utf-8\n\n{body}\n--{boundary}\n"
                f'Content-Type: application/pdf; name="report.pdf"\nContent-Transfer-Encoding: base64\n'
                f'Content-Disposition: attachment; filename="report.pdf"\n\n{blob}--{boundary}--\n'
            )
        elif kind == "list":
            listed = rng.choice(LISTS)
            extra = (
                f"List-Id: <{listed}>\nList-Unsubscribe: <mailto:leave@{listed}>\nList-Post: <mailto:{listed}>\n"
                "Precedence: list\n"
            )
            to = f"{listed.split('.')[0]}@{listed}"
        elif kind == "newsletter":
            sender = "Weekly News <news@letters.example.com>"
            extra = "List-Unsubscribe: <https://letters.example.com/u/123>\nFeedback-ID: 1:news:example\n"
        elif kind == "automated":
            sender = "Example Shop <no-reply@shop.example.com>"
            extra = "Auto-Submitted: auto-generated\n"
        elif kind == "auto_reply":
            extra = "Auto-Submitted: auto-replied\nX-Autoreply: yes\n"
            subject = "Out of Office: " + subject
            body = "I am out of the office until 3 March and will reply when I am back.\n"
        elif kind == "bounce":
            boundary = f"d{rng.getrandbits(48):x}"
            sender = "Mail Delivery System <MAILER-DAEMON@smtp.example.com>"
            subject = "Undelivered Mail Returned to Sender"
            ctype = f'Content-Type: multipart/report; report-type=delivery-status; boundary="{boundary}"\n'
            gone = person(rng)[1]
            body = (
                f"--{boundary}\nContent-Type: text/plain\n\nThis is the mail system at host smtp.example.com.\n"
                f"I'm sorry to have to inform you that your message could not be delivered.\n\n"
                f"--{boundary}\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; smtp.example.com\n\n"
                f"Final-Recipient: rfc822; {gone}\nAction: failed\nStatus: 5.1.1\n\n"
                f"--{boundary}\nContent-Type: text/rfc822-headers\n\nFrom: {ME}\nTo: {gone}\n"
                f"Message-ID: <out{self.count}@example.com>\nSubject: Hello\n\n--{boundary}--\n"
            )
        elif kind == "broken":
            trouble = rng.randrange(4)
            if trouble == 0:
                head[1] = "Date: sometime last week\n"
            elif trouble == 1:
                subject = "=?utf-8?B?broken***?= and =?x-unknown?Q?caf=E8?="
            elif trouble == 2:
                body = "Ciao\n\nFrom here on the body has an unescaped From line\nand\x00a NUL byte.\n"
            else:
                to = "undisclosed-recipients:;, not an address, <bad@@example.com>"
        if self.count % 997 == 0:  # a few messages to many people
            to = ", ".join(person(rng)[1] for _ in range(12))
        head += [f"From: {sender}\n", f"To: {to}\n", f"Subject: {subject}\n", extra, ctype, "\n"]
        self.ids.append(msg_id)
        text = sep.format(address) + "".join(head) + body.replace("\nFrom ", "\n>From ") * (kind != "broken")
        if kind == "broken":
            text = sep.format(address) + "".join(head) + body
        return kind, (text + "\n").encode("utf-8")


def write_mbox(path: Path, messages: int, seed: int = 5) -> Counter[str]:
    writer = Writer(seed)
    kinds: Counter[str] = Counter()
    with open(path, "wb", buffering=8 * 1024 * 1024) as out:
        for _ in range(messages):
            kind, data = writer.message()
            kinds[kind] += 1
            out.write(data)
    return kinds


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
