"""Header blocks, encoded words, addresses, dates and Gmail labels, as real programs write them."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from mail_fixtures import fixture, read_one

from kith.sources.mail import SourcePosition, build_record
from kith.sources.mail.headers import (
    WANTED,
    Address,
    decode_words,
    gmail_labels,
    message_id,
    message_ids,
    parse_addresses,
    parse_date,
    parse_headers,
)


def test_headers_are_unfolded_and_names_are_case_insensitive() -> None:
    headers = parse_headers(b"FROM: a@example.com\r\nSubject: hello\r\n  world\r\nReceived: x\r\n y\r\n")
    assert headers.get("from") == "a@example.com"
    assert headers.get("subject") == "hello world"
    assert "received" not in headers  # only the headers kith uses are kept
    assert headers.notes == ()


def test_to_cc_and_references_given_twice_are_joined_and_others_keep_the_first() -> None:
    headers = parse_headers(
        b"To: a@x.com\nTo: b@y.org\nSubject: one\nSubject: two\nReferences: <1@x>\nReferences: <2@x>\n"
    )
    assert headers.get("to") == "a@x.com, b@y.org"
    assert headers.get("subject") == "one"
    assert message_ids(headers.get("references")) == ("1@x", "2@x")


def test_a_malformed_header_line_is_ignored_with_a_note() -> None:
    headers = parse_headers(b"From: a@example.com\nthis is not a header\nSubject: fine\n")
    assert headers.get("subject") == "fine"
    assert headers.notes == ("some header lines are malformed and were ignored",)


def test_raw_8bit_latin1_headers_are_read_as_windows_1252(tmp_path: Path) -> None:
    record = read_one(tmp_path, "latin1_raw_header.eml")
    assert record.subject == "Café mañana"
    assert record.sender == Address("jose@example.es", "José Reyes")
    assert "a header with 8-bit bytes was read as Windows-1252" in record.notes
    assert record.snippet == "Nos vemos mañana en el café."


def test_nul_bytes_are_removed_and_noted(tmp_path: Path) -> None:
    record = read_one(tmp_path, "nul_bytes.eml")
    assert record.subject == "Nul inside"
    assert "NUL bytes in the headers were removed" in record.notes


@pytest.mark.parametrize(
    ("raw", "text"),
    [
        ("=?UTF-8?Q?Caff=C3=A8_domani?=", "Caffè domani"),
        ("=?utf-8?B?Q2FmZsOo?=", "Caffè"),
        ("=?utf-8?B?QWxpY2UgUm9zc2k?=", "Alice Rossi"),  # base64 without its padding
        ("=?iso-8859-1?Q?Jos=E9?= =?iso-8859-1?Q?_Reyes?=", "José Reyes"),  # the space between words goes
        ("Re: =?utf-8?Q?caf=C3=A8?= now", "Re: cafè now"),
        ("=?x-klingon?Q?caf=C3=A8?=", "cafè"),  # unknown charset: read as UTF-8
        ("=?utf-8*it?Q?ciao?=", "ciao"),  # RFC 2231 language suffix
        ("=?utf-8?B?not*base64!?=", "=?utf-8?B?not*base64!?="),  # broken: left as written
        ("=?utf-8?Q?unterminated", "=?utf-8?Q?unterminated"),
        ("plain text", "plain text"),
    ],
)
def test_encoded_words(raw: str, text: str) -> None:
    assert decode_words(raw) == text


def test_broken_encoded_words_leave_the_rest_of_the_message_readable(tmp_path: Path) -> None:
    record = read_one(tmp_path, "broken_encoded_words.eml")
    assert record.sender == Address("alice@example.com", "Alice Rossi")
    assert record.to == (Address("bob@example.org", "Bob M\ufffdller"),)  # unknown charset, Latin-1 byte
    assert record.subject == "=?utf-8?B?not*base64!?= and cafè and =?utf-8?Q?broken"


def test_an_encoded_name_holding_a_comma_is_one_address() -> None:
    notes: list[str] = []
    found = parse_addresses("to", "=?utf-8?Q?Rossi=2C_Alice?= <alice@example.com>, bob@example.org", notes)
    assert found == (Address("alice@example.com", "Rossi, Alice"), Address("bob@example.org"))
    assert notes == []


def test_addresses_are_normalised_deduplicated_and_invalid_ones_dropped_with_a_note(tmp_path: Path) -> None:
    notes: list[str] = []
    found = parse_addresses(
        "to", '"Rossi, Alice" <Alice.Rossi@Example.COM>, alice.rossi@example.com, bob@, Team: c@x.org;', notes
    )
    assert found == (Address("alice.rossi@example.com", "Rossi, Alice"), Address("c@x.org"))
    assert notes == ["to: 'bob@' is not a valid address and was dropped"]
    record = read_one(tmp_path, "invalid_addresses.eml")
    assert record.to == (Address("carla@example.net", "Carla"),)
    assert "to: 'bad@@example.com' is not a valid address and was dropped" in record.notes
    assert "cc: 'Just A Name' has no address and was dropped" in record.notes


def test_international_domains_are_normalised_like_everywhere_in_kith() -> None:
    found = parse_addresses("from", "Jürgen <jurgen@bücher.example>", [])
    assert found == (Address("jurgen@xn--bcher-kva.example", "Jürgen"),)


@pytest.mark.parametrize(
    ("value", "utc", "offset"),
    [
        ("Mon, 3 Mar 2025 11:00:00 +0100", datetime(2025, 3, 3, 10, 0, tzinfo=UTC), 60),
        ("Mon,  3 Mar 2025 10:05:01 +0100 (CET)", datetime(2025, 3, 3, 9, 5, 1, tzinfo=UTC), 60),
        ("Thu, 06 Mar 2025 02:15:31 -0800 (PST)", datetime(2025, 3, 6, 10, 15, 31, tzinfo=UTC), -480),
        ("6 Mar 2025 12:00:00 +0530", datetime(2025, 3, 6, 6, 30, tzinfo=UTC), 330),
        ("Thu, 6 Mar 2025 12:00:00 EST", datetime(2025, 3, 6, 17, 0, tzinfo=UTC), -300),
        ("Thu, 6 Mar 25 12:00:00 GMT", datetime(2025, 3, 6, 12, 0, tzinfo=UTC), 0),
        ("Thu, 6 Mar 2025 12:00", datetime(2025, 3, 6, 12, 0, tzinfo=UTC), 0),
        ("2025-03-03T10:00:00+01:00", datetime(2025, 3, 3, 9, 0, tzinfo=UTC), 60),
    ],
)
def test_dates_are_utc_with_the_writer_s_offset(value: str, utc: datetime, offset: int) -> None:
    assert parse_date(value) == (utc, offset)


@pytest.mark.parametrize(
    "value", ["", "sometime last week", "Mon, 32 Mar 2025 10:00:00 +0000", "Fri, 1 Jan 1900 00:00:00"]
)
def test_unreadable_dates_are_none(value: str) -> None:
    assert parse_date(value) is None


def test_a_message_with_an_unreadable_date_says_so_and_has_no_date_of_its_own() -> None:
    record = build_record(fixture("date_unreadable.eml").partition(b"\n\n")[0], b"", SourcePosition("x.eml"))
    assert record.date is None
    assert record.utc_offset_minutes is None
    assert "the date 'sometime last week' cannot be read" in record.notes
    bare = build_record(fixture("no_message_id_no_date.eml").partition(b"\n\n")[0], b"", SourcePosition("x.eml"))
    assert bare.date is None
    assert bare.message_id is None
    assert {"the message has no date", "the message has no Message-ID"} <= set(bare.notes)
    assert bare.key.startswith("sha1:")  # still one stable identity


def test_message_ids() -> None:
    assert message_id(" <a1@example.com> (comment)") == "a1@example.com"
    assert message_id("a1@example.com") == "a1@example.com"
    assert message_id("<cut@exa") is None
    assert message_id("") is None
    assert message_ids("<a@x> <b@x>\n <a@x>") == ("a@x", "b@x")


def test_gmail_labels_keep_quoted_commas_and_encoded_words() -> None:
    assert gmail_labels('Inbox,Important,"Work, 2025",Caffè') == ("Inbox", "Important", "Work, 2025", "Caffè")
    assert gmail_labels("") == ()


@given(st.binary(max_size=2000))
def test_parse_headers_never_raises(raw: bytes) -> None:
    headers = parse_headers(raw)
    assert all(isinstance(v, str) for v in headers.values.values())


@given(st.text(max_size=200))
def test_decode_words_and_parse_date_never_raise(text: str) -> None:
    decode_words(text)
    parse_date(text)
    parse_addresses("to", text, [])


LOCAL = st.text(alphabet="abcXYZ019.+-_!#'~", min_size=1, max_size=70)
DOMAIN = st.sampled_from(
    [
        "example.com",
        "Example.ORG",
        "bücher.example",
        "localhost",
        "x",
        "-bad.example.com",
        "a..b.com",
        "sub.example.co.uk",
    ]
)


@given(LOCAL, DOMAIN)
def test_the_cached_address_check_agrees_with_kith_s_normalise_email(local: str, domain: str) -> None:
    from kith.core.errors import InvalidValue
    from kith.core.identity import normalise_email
    from kith.sources.mail.headers import normalised_address

    address = f"{local}@{domain}"
    try:
        expected: str | None = normalise_email(address)
    except InvalidValue:
        expected = None
    assert normalised_address(address) == expected


# The wanted header names are matched by one expression branching on their letters: a name
# that is a prefix of another (X-Campaign, X-Campaign-Id; Cc, Content-Type), in any case and
# with blanks before the colon, is found; a longer name that only starts like one is not.
WANTED_NAMES = sorted(WANTED)


@given(
    st.sampled_from(WANTED_NAMES),
    st.lists(st.booleans(), min_size=40, max_size=40),
    st.sampled_from(["", " ", "\t", "  "]),
)
def test_every_wanted_header_is_found_in_any_case(name: str, upper: list[bool], blank: str) -> None:
    written = "".join(c.upper() if u else c for c, u in zip(name, upper, strict=False))
    headers = parse_headers(f"Received: x\n{written}{blank}: value of {name}\nX-Other: y\n".encode())
    assert headers.get(name) == f"value of {name}"
    assert set(headers.values) == {name}


@given(st.sampled_from(WANTED_NAMES), st.sampled_from(["-x", "s", "_id", "-ID-2", "x"]))
def test_a_name_that_only_starts_like_a_wanted_one_is_not_read(name: str, suffix: str) -> None:
    longer = name + suffix
    headers = parse_headers(f"{longer}: other\n".encode())
    if longer in WANTED_NAMES:  # X-Campaign + "-Id" is itself a wanted name
        assert headers.get(longer) == "other"
    else:
        assert headers.values == {}


def test_x_campaign_and_x_campaign_id_are_two_headers() -> None:
    headers = parse_headers(b"X-Campaign-Id: 7\nX-CAMPAIGN: spring\nCC: a@x.com\nContent-Type: text/plain\n")
    assert headers.values == {
        "x-campaign-id": "7",
        "x-campaign": "spring",
        "cc": "a@x.com",
        "content-type": "text/plain",
    }


def test_subject_whitespace_of_any_kind_becomes_one_space() -> None:
    head = "From: a@example.com\nSubject: \t Re:\u00a0 lunch\u3000 on\u2009Friday \n  again\t\n".encode()
    record = build_record(head, b"", SourcePosition("x.eml"))
    assert record.subject == "Re: lunch on Friday again"


@pytest.mark.parametrize(
    ("value", "utc", "offset"),
    [
        ("Mon, 3 Mar 2025 11:00:00 +0100", datetime(2025, 3, 3, 10, 0, tzinfo=UTC), 60),
        ("Tue, 4 Mar 2025 23:30:00 -0530", datetime(2025, 3, 5, 5, 0, tzinfo=UTC), -330),
        ("Wed, 5 Mar 2025 08:00:00 -0000", datetime(2025, 3, 5, 8, 0, tzinfo=UTC), 0),
    ],
)
def test_a_zone_met_again_converts_the_same_way(value: str, utc: datetime, offset: int) -> None:
    # Each zone's offset is worked out once and remembered: the second reading uses that.
    assert parse_date(value) == (utc, offset)
    assert parse_date(value) == (utc, offset)
    assert parse_date(value.replace(":00 ", ":59 ", 1)) == (utc.replace(second=59), offset)


def test_the_same_address_twice_in_to_counts_once_towards_many_recipients() -> None:
    nine = ", ".join(f"p{n}@example.com" for n in range(9))
    many = build_record(f"From: a@example.com\nTo: {nine}\n".encode(), b"", SourcePosition("x.eml"))
    assert many.classification.many_recipients
    repeated = ", ".join(["p1@example.com", "P1@Example.com"] * 5)
    few = build_record(f"From: a@example.com\nTo: {repeated}\n".encode(), b"", SourcePosition("x.eml"))
    assert not few.classification.many_recipients
    split = build_record(
        f"From: a@example.com\nTo: {nine}\nCc: p0@example.com\n".encode(), b"", SourcePosition("x.eml")
    )
    assert split.classification.many_recipients  # To and Cc together: still nine people
