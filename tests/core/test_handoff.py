"""The pure part of the hand-off: the address a message goes to (never a bouncing one), the
identity a message carries in the history, and mailto: links that mail programs read back."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from urllib.parse import parse_qs, unquote, urlsplit

from hypothesis import given
from hypothesis import strategies as st

from kith.core.handoff import best_email, mail_external_id, mailto_link, message_key, usable_emails
from kith.core.model import Identity, IdentityKind, IdentityStatus, Person

T0 = datetime(2026, 1, 1, tzinfo=UTC)


def person(*emails: tuple[str, IdentityStatus]) -> Person:
    return Person(
        display_name="Dana Kim",
        identities=(
            Identity(IdentityKind.PHONE, "+14155550100"),
            *(Identity(IdentityKind.EMAIL, e, status=s) for e, s in emails),
        ),
    )


OK, BOUNCING = IdentityStatus.OK, IdentityStatus.BOUNCING


def test_the_address_mail_last_used_wins_and_a_bouncing_one_never() -> None:
    dana = person(("dana@old.example", OK), ("dana@acme.example", OK), ("dana@gone.example", BOUNCING))
    assert best_email(dana).value == "dana@old.example"  # type: ignore[union-attr]
    used = {"dana@acme.example": T0, "dana@old.example": T0 - timedelta(days=400), "dana@gone.example": T0}
    assert best_email(dana, used).value == "dana@acme.example"  # type: ignore[union-attr]
    only_bad = person(("dana@gone.example", BOUNCING))
    assert best_email(only_bad, {"dana@gone.example": T0}) is None
    assert best_email(Person(display_name="No Mail")) is None


addresses = st.lists(
    st.tuples(st.from_regex(r"[a-z]{1,8}@[a-z]{1,8}\.example", fullmatch=True), st.sampled_from([OK, BOUNCING])),
    max_size=6,
    unique_by=lambda pair: pair[0],
)


@given(addresses, st.data())
def test_a_message_never_goes_to_a_bouncing_address(
    emails: list[tuple[str, IdentityStatus]], data: st.DataObject
) -> None:
    someone = person(*emails)
    used = {
        e: T0 + timedelta(days=data.draw(st.integers(-3000, 0)))
        for e, _ in emails
        if data.draw(st.booleans(), label=f"used {e}")
    }
    chosen = best_email(someone, used)
    good = [e for e, s in emails if s is OK]
    if not good:
        assert chosen is None
        return
    assert chosen is not None
    assert chosen.status is OK
    assert chosen in usable_emails(someone)
    recent = [e for e in good if e in used]
    if recent:
        assert used[chosen.value] == max(used[e] for e in recent)


def test_the_identity_of_a_message_is_the_mail_imports() -> None:
    # The import keys a message by its Message-ID without brackets, and adds the counterpart.
    assert message_key(" <20261125T100000.ab12@example.org> ") == "20261125T100000.ab12@example.org"
    assert mail_external_id("<x.1@example.org>", "dana@acme.example") == "x.1@example.org|dana@acme.example"


def _read_back(link: str) -> tuple[str, dict[str, str]]:
    """A mailto: link as a mail program reads it (RFC 6068): percent-decoded UTF-8."""
    parts = urlsplit(link)
    assert parts.scheme == "mailto"
    fields = {k: v[0] for k, v in parse_qs(parts.query, keep_blank_values=True).items()}
    return unquote(parts.path), fields


def test_a_mailto_link_carries_the_draft() -> None:
    link = mailto_link(
        "ana+kith@example.org",
        "Ciao Giulia: è passato un po'",
        "Ciao Giulia,\n\n50% & più? #sì\n\nAna",
        in_reply_to="<a.1@example.org>",
    )
    assert link.startswith("mailto:ana+kith@example.org?subject=Ciao%20Giulia:%20%C3%A8")
    assert " " not in link
    assert "\n" not in link
    address, fields = _read_back(link)
    assert address == "ana+kith@example.org"
    assert fields["subject"] == "Ciao Giulia: è passato un po'"
    assert fields["body"] == "Ciao Giulia,\r\n\r\n50% & più? #sì\r\n\r\nAna"
    assert fields["In-Reply-To"] == "<a.1@example.org>"
    assert mailto_link("ana@example.org") == "mailto:ana@example.org"


@given(st.text(max_size=200), st.text(max_size=60))
def test_any_text_survives_a_mailto_link(body: str, subject: str) -> None:
    link = mailto_link("dana@acme.example", subject, body)
    assert link.isascii()
    _, fields = _read_back(link)
    want_body = body.replace("\r\n", "\n").replace("\r", "\n").replace("\n", "\r\n")
    assert fields.get("body", "") == want_body
    assert fields.get("subject", "") == " ".join(subject.split())
