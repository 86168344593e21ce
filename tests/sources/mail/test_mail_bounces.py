"""Bounces from Postfix, Exim, Exchange and Gmail: the failed address and the bounced message."""

from __future__ import annotations

from pathlib import Path

import pytest
from mail_fixtures import fixture, read_one

from kith.sources.mail.bounces import read_bounce
from kith.sources.mail.records import Bounce


@pytest.mark.parametrize(
    ("name", "failed", "original"),
    [
        ("postfix_bounce.eml", ("old.friend@gone.example.net",), "outreach-42@example.com"),
        ("exim_bounce.eml", ("nobody.here@example.org",), "outreach-43@example.com"),
        ("exchange_ndr.eml", ("former.employee@contoso.com",), "outreach-44@example.com"),
        ("gmail_bounce.eml", ("typo.address@gmial.example.com",), "CAOutreach45@mail.gmail.com"),
    ],
)
def test_a_bounce_names_the_failed_address_and_the_message_that_bounced(
    tmp_path: Path, name: str, failed: tuple[str, ...], original: str
) -> None:
    record = read_one(tmp_path, name)
    assert record.bounce == Bounce(failed, original, permanent=True)
    assert record.classification.bounce


def test_a_delayed_delivery_report_is_not_a_failed_address(tmp_path: Path) -> None:
    record = read_one(tmp_path, "postfix_delayed.eml")
    assert record.bounce == Bounce(("slow.server@example.net",), "outreach-46@example.com", permanent=False)
    assert record.kind is None  # automated mail: neither personal nor a bounce


def test_x_failed_recipients_alone_names_the_address() -> None:
    raw = (
        b"From: Mail Delivery System <Mailer-Daemon@mx.example.org>\nTo: me@example.com\n"
        b"Subject: Mail delivery failed\nX-Failed-Recipients: Gone@Example.org\n\nSorry.\n"
    )
    bounce, note = read_bounce(raw, "Gone@Example.org")
    assert bounce is not None
    assert bounce.failed_recipients == ("gone@example.org",)
    assert note == ""


def test_a_message_that_only_looks_like_a_bounce_has_no_bounce_and_says_why() -> None:
    bounce, note = read_bounce(b"From: postmaster@example.org\nSubject: Undeliverable\n\nNothing here.\n")
    assert bounce is None
    assert "names no failed address" in note


def test_the_bounced_message_id_is_not_the_bounce_s_own_id() -> None:
    raw = fixture("exim_bounce.eml")
    bounce, _ = read_bounce(raw, "nobody.here@example.org")
    assert bounce is not None
    assert bounce.original_message_id == "outreach-43@example.com"
