"""Messages as RFC 5322 mail, read back by the standard library's parser as a mail program would."""

from __future__ import annotations

import os
from datetime import datetime, timedelta, timezone
from email import message_from_bytes, policy
from email.header import decode_header, make_header
from pathlib import Path

import pytest

from kith.core.errors import InvalidValue
from kith.outbound.files import write_atomically
from kith.outbound.message import Mailbox, build_message, message_bytes, new_message_id

WHEN = datetime(2026, 11, 25, 11, 0, tzinfo=timezone(timedelta(hours=1)))
ANA = Mailbox("Ana María Pérez", "ana@example.org")
JENS = Mailbox("Jens Müller", "jens@bücher.example")


def test_non_ascii_names_become_encoded_words_and_domains_idna() -> None:
    raw = message_bytes(
        build_message(sender=ANA, recipient=JENS, subject="Ciao, è passato tanto", body="Ciao Jens,\nçà va?", date=WHEN)
    )
    assert raw.isascii()
    assert b"\r\n" in raw
    assert b"\n" not in raw.replace(b"\r\n", b"")
    parsed = message_from_bytes(raw, policy=policy.default)
    assert str(parsed["From"]) == "Ana María Pérez <ana@example.org>"
    assert str(parsed["To"]) == "Jens Müller <jens@xn--bcher-kva.example>"
    assert "=?utf-8?" in raw.decode().split("\r\n\r\n")[0]
    assert str(make_header(decode_header(parsed["Subject"]))) == "Ciao, è passato tanto"
    assert parsed.get_content_type() == "text/plain"
    assert parsed.get_content_charset() == "utf-8"
    assert parsed.get_content().splitlines() == ["Ciao Jens,", "çà va?"]
    assert parsed["Date"] == "Wed, 25 Nov 2026 11:00:00 +0100"


def test_a_message_id_is_under_the_senders_domain_and_unique() -> None:
    first = new_message_id("ana@Example.ORG", WHEN)
    assert first.startswith("<20261125T110000.")
    assert first.endswith("@example.org>")
    assert first != new_message_id("ana@example.org", WHEN)
    message = build_message(sender=ANA, recipient=JENS, subject="Hi", body="Hello", date=WHEN)
    assert str(message["Message-ID"]).endswith("@example.org>")


def test_a_follow_up_threads_under_the_message_it_follows() -> None:
    message = build_message(
        sender=ANA, recipient=JENS, subject="Re: Hi", body="Following up", date=WHEN,
        in_reply_to="<first@example.org>", references=["<root@example.org>"],
    )  # fmt: skip
    assert message["In-Reply-To"] == "<first@example.org>"
    assert message["References"] == "<root@example.org> <first@example.org>"


def test_bad_input_is_refused_with_the_reason() -> None:
    with pytest.raises(InvalidValue, match="empty"):
        build_message(sender=ANA, recipient=JENS, subject="x", body="  ", date=WHEN)
    with pytest.raises(InvalidValue, match="offset"):
        build_message(sender=ANA, recipient=JENS, subject="x", body="y", date=WHEN.replace(tzinfo=None))
    with pytest.raises(InvalidValue, match="email"):
        build_message(sender=ANA, recipient=Mailbox("X", "not an address"), subject="x", body="y", date=WHEN)


def test_files_are_written_atomically_and_a_message_privately(tmp_path: Path) -> None:
    target = tmp_path / "draft.eml"
    target.write_bytes(b"old")
    write_atomically(target, b"new message", private=True)
    assert target.read_bytes() == b"new message"
    assert os.stat(target).st_mode & 0o777 == 0o600
    assert [p.name for p in tmp_path.iterdir()] == ["draft.eml"]
    with pytest.raises(InvalidValue, match="folder does not exist"):
        write_atomically(tmp_path / "missing" / "x.eml", b"x")
