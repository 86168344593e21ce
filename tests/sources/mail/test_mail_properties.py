"""Whatever bytes a mail file holds, the readers raise nothing but KithError, and read the
same records every time."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kith.core.errors import KithError
from kith.sources.mail import MailRecord, Skipped, SourcePosition, build_record, read_mbox

HEADER_LINES = st.sampled_from(
    [
        b"From: Alice <alice@example.com>",
        b"To: bob@example.org, =?utf-8?Q?Caf=C3=A8?= <c@x.org>",
        b"Subject: =?utf-8?B?broken",
        b"Date: Mon, 3 Mar 2025 10:00:00 +0100",
        b"Date: garbage",
        b"Message-ID: <m@x>",
        b"In-Reply-To: <m@x>",
        b'Content-Type: multipart/report; report-type=delivery-status; boundary="b"',
        b'Content-Type: multipart/alternative; boundary="b"',
        b"Content-Type: text/plain; charset=x-unknown",
        b"Content-Transfer-Encoding: base64",
        b"Content-Transfer-Encoding: quoted-printable",
        b"X-Failed-Recipients: nobody@example.org",
        b"From: MAILER-DAEMON@example.org",
        b"Subject: Out of office",
        b"List-Id: <l.example.org>",
        b"--b",
        b"From alice@example.com Mon Mar  3 10:00:00 2025",
        b"",
        b"\x00\xff\xfe",
    ]
)
MAILISH = st.lists(st.one_of(HEADER_LINES, st.binary(max_size=60)), max_size=40).map(b"\n".join)


FOLDER = tempfile.TemporaryDirectory(prefix="kith-mail-fuzz-")


def read_bytes(data: bytes, name: str) -> list[MailRecord | Skipped]:
    path = Path(FOLDER.name) / name
    path.write_bytes(data)
    try:
        return list(read_mbox(path))
    except KithError:
        return []


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(st.binary(max_size=3000), MAILISH.map(lambda b: b"From x Mon Mar  3 10:00:00 2025\n" + b)))
def test_the_mbox_reader_raises_only_kith_errors_and_reads_the_same_twice(data: bytes) -> None:
    first = read_bytes(data, "fuzz.mbox")
    second = read_bytes(data, "fuzz.mbox")
    assert [r for r in first if isinstance(r, MailRecord)] == [r for r in second if isinstance(r, MailRecord)]
    assert [str(r.problem) for r in first if isinstance(r, Skipped)] == [
        str(r.problem) for r in second if isinstance(r, Skipped)
    ]


@settings(max_examples=300, deadline=None)
@given(MAILISH, st.binary(max_size=2000), st.booleans())
def test_one_message_is_always_read_into_a_record(head: bytes, body: bytes, snippets: bool) -> None:
    record = build_record(
        head, body, SourcePosition("x", 0), snippets=snippets, whole_message=lambda: head + b"\n\n" + body
    )
    assert isinstance(record, MailRecord)
    assert len(record.snippet) <= 300
    assert record.date is None or record.date.tzinfo is not None
