"""The streaming mbox reader on files written by Gmail Takeout, Thunderbird and Apple Mail,
and on broken ones: every message read as well as it can be, or skipped with its offset."""

from __future__ import annotations

import gzip
import itertools
import tempfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from mail_fixtures import DATA, fixture, mbox_of, records, skipped

from kith.core.errors import InputError
from kith.core.model import InteractionKind
from kith.sources.mail import Address, MailRecord, MailResult, mbox_parts, read_mail, read_mbox

# Every fixture message, then the fixture mbox files with their quirks, in one file.
_FOLDER = tempfile.TemporaryDirectory(prefix="kith-mail-parts-")
PARTS_MBOX = mbox_of(Path(_FOLDER.name), *sorted(p.name for p in DATA.glob("*.eml")), file="parts.mbox")
with open(PARTS_MBOX, "ab") as _out:
    for _name in (
        "thunderbird.mbox",
        "garbage_between_messages.mbox",
        "apple_mail.mbox",
        "truncated_last_message.mbox",
    ):
        _out.write(fixture(_name))


def test_gmail_takeout_with_crlf_lines_labels_and_a_base64_text(tmp_path: Path) -> None:
    results = list(read_mbox(DATA / "gmail_takeout.mbox"))
    first, reply, answer = records(results)
    assert len(results) == 3
    assert first.gmail_labels == ("Inbox", "Important", "Opened", "Work, 2025", "Cafè")
    assert first.sender == Address("alice.rossi@example.com", "Alice Rossi")
    assert first.to == (Address("me.example@gmail.com", "Me Example"),)
    assert first.snippet == "Ciao! Are you free for dinner on Saturday? From 8 pm at our place."
    assert first.utc_offset_minutes == 60
    assert reply.gmail_labels == ("Sent",)
    assert reply.in_reply_to == "CAHx1=alice@mail.gmail.com"
    assert reply.snippet == "Yes, gladly! From what you said, 8 pm works."  # mboxrd ">From" unescaped
    assert answer.references == ("CAHx1=alice@mail.gmail.com", "CAMe=reply1@mail.gmail.com")


def test_offsets_point_at_each_message_s_from_line() -> None:
    path = DATA / "gmail_takeout.mbox"
    data = path.read_bytes()
    for record in records(list(read_mbox(path))):
        assert record.position.file == str(path)
        assert data[record.position.offset :].startswith(b"From 18256178346728")


def test_thunderbird_unescaped_from_lines_in_a_body_do_not_split_the_message() -> None:
    first, reply = records(list(read_mbox(DATA / "thunderbird.mbox")))
    assert first.subject == "Notes from the trip"
    assert first.snippet.startswith("Here are my notes. From the hotel we walked to the old town.")
    assert "From Rome, with love." in first.snippet
    assert reply.in_reply_to == "tb-1@example.org"
    assert reply.sender == Address("me@example.com", "Me")


def test_apple_mail_export_with_quoted_printable_and_an_emoji_subject() -> None:
    (record,) = records(list(read_mbox(DATA / "apple_mail.mbox")))
    assert record.subject == "Foto del viaggio 📷"
    assert record.snippet == "Ecco le foto del viaggio, è stato bellissimo!"
    assert record.message_id == "5A6B7C8D-9E0F-1A2B-3C4D-5E6F7A8B9C0D@example.net"
    assert record.kind is InteractionKind.PERSONAL


def test_a_truncated_last_message_is_read_as_far_as_it_goes() -> None:
    first, cut = records(list(read_mbox(DATA / "truncated_last_message.mbox")))
    assert first.snippet == "Complete message."
    assert cut.subject == "Cut short"
    assert cut.message_id is None
    assert "the file ends inside this message's headers" in cut.notes


def test_a_message_without_headers_is_skipped_with_its_offset_and_reading_goes_on() -> None:
    path = DATA / "garbage_between_messages.mbox"
    results = list(read_mbox(path))
    assert [r.subject for r in records(results)] == ["Before the garbage", "After the garbage"]
    (skip,) = skipped(results)
    offset = path.read_bytes().index(b"From MAILER")
    assert skip.problem.file == str(path)
    assert skip.problem.position == offset
    assert skip.message == f"{path}:{offset}: no mail headers after the 'From ' line"


def test_every_fixture_message_in_one_mbox(tmp_path: Path) -> None:
    names = sorted(p.name for p in DATA.glob("*.eml"))
    results = list(read_mbox(mbox_of(tmp_path, *names)))
    assert len(records(results)) == len(names)
    assert not skipped(results)
    assert {r.subject for r in records(results)} >= {"RE: Budget review", "Undelivered Mail Returned to Sender"}


def test_gzip_compressed_mbox_reads_the_same_as_plain(tmp_path: Path) -> None:
    plain = DATA / "gmail_takeout.mbox"
    packed = tmp_path / "takeout.mbox.gz"
    packed.write_bytes(gzip.compress(plain.read_bytes()))
    from_plain = records(list(read_mbox(plain)))
    from_packed = records(list(read_mbox(packed)))
    assert [(r.message_id, r.position.offset, r.snippet) for r in from_packed] == [
        (r.message_id, r.position.offset, r.snippet) for r in from_plain
    ]


def test_a_damaged_gzip_file_yields_what_it_could_read_then_one_skip(tmp_path: Path) -> None:
    big = b"".join(
        b"From a@example.com Mon Mar  3 10:00:00 2025\nFrom: a@example.com\nMessage-ID: <%d@x>\n\n" % i
        + bytes(range(256)) * 200
        + b"\n\n"
        for i in range(400)
    )
    packed = gzip.compress(big)
    path = tmp_path / "damaged.mbox.gz"
    path.write_bytes(packed[: len(packed) // 2])
    results = list(read_mbox(path))
    assert 0 < len(records(results)) < 400
    (problem,) = skipped(results)
    assert results[-1] == problem
    assert "cannot be read past this point" in problem.message
    assert "the messages before it were read" in problem.message


def test_reading_a_file_twice_gives_identical_records() -> None:
    for name in ("gmail_takeout.mbox", "thunderbird.mbox", "garbage_between_messages.mbox"):
        once = list(read_mbox(DATA / name))
        again = list(read_mbox(DATA / name))
        assert [r for r in once if isinstance(r, MailRecord)] == [r for r in again if isinstance(r, MailRecord)]
        assert [str(r) for r in skipped(once)] == [str(r) for r in skipped(again)]


def test_without_snippets_the_text_is_not_kept_but_an_out_of_office_is_still_recognised(tmp_path: Path) -> None:
    path = mbox_of(tmp_path, "ooo_text_only_es.eml", "outlook_exchange_ordinary.eml")
    ooo, ordinary = records(list(read_mbox(path, snippets=False)))
    assert ooo.snippet == ""
    assert ordinary.snippet == ""
    assert ooo.kind is InteractionKind.AUTO_REPLY


def test_a_message_larger_than_the_window_keeps_its_head_and_the_next_message_is_found(tmp_path: Path) -> None:
    attachment = b"QUJD" * 19 + b"\n"
    big = (
        b"From a@example.com Mon Mar  3 10:00:00 2025\nFrom: Alice <a@example.com>\nTo: me@example.com\n"
        b'Subject: Photos\nMessage-ID: <big@x>\nContent-Type: multipart/mixed; boundary="b"\n\n'
        b"--b\nContent-Type: text/plain\n\nHere are the photos.\n--b\nContent-Type: image/jpeg\n"
        b"Content-Transfer-Encoding: base64\n\n" + attachment * 150_000 + b"--b--\n\n"
    )
    small = b"From b@example.com Mon Mar  3 11:00:00 2025\nFrom: b@example.com\nSubject: After\nMessage-ID: <small@x>\n\nHi\n"
    path = tmp_path / "big.mbox"
    path.write_bytes(big + small)
    first, second = records(list(read_mbox(path)))
    assert first.subject == "Photos"
    assert first.snippet == "Here are the photos."
    assert second.subject == "After"
    assert second.position.offset == len(big)


def test_a_from_line_in_a_header_block_starts_a_new_message_when_it_looks_like_a_separator(tmp_path: Path) -> None:
    path = tmp_path / "no-body.mbox"
    path.write_bytes(
        b"From a@example.com Mon Mar  3 10:00:00 2025\nFrom: a@example.com\nSubject: No body at all\n"
        b"From b@example.com Mon Mar  3 11:00:00 2025\nFrom: b@example.com\nSubject: Second\n\nText\n"
    )
    assert [r.subject for r in records(list(read_mbox(path)))] == ["No body at all", "Second"]


def test_the_separator_date_stands_in_for_a_missing_date(tmp_path: Path) -> None:
    path = mbox_of(tmp_path, "no_message_id_no_date.eml")
    (record,) = records(list(read_mbox(path)))
    assert record.date is not None
    assert record.date.isoformat() == "2025-03-03T10:00:00+00:00"
    assert "the date was taken from the mailbox (the mbox separator line or the Maildir file name)" in record.notes


def test_an_empty_mbox_has_no_messages(tmp_path: Path) -> None:
    path = tmp_path / "Empty"
    path.write_bytes(b"")
    assert list(read_mbox(path)) == []


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"Subject: hello\n\nnot an mbox\n", "this is not an mbox file: it does not begin with a 'From ' line"),
        (b"\x1f\x8bnot really gzip", "the file is not a readable gzip file"),
    ],
)
def test_a_file_that_is_not_an_mbox_is_one_clear_error(tmp_path: Path, content: bytes, reason: str) -> None:
    path = tmp_path / "notes.txt"
    path.write_bytes(content)
    with pytest.raises(InputError) as caught:
        list(read_mbox(path))
    assert caught.value.reason == reason


def test_a_missing_file_or_a_plain_folder_is_one_clear_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="there is no such file"):
        list(read_mbox(tmp_path / "missing.mbox"))
    with pytest.raises(InputError, match="cur/ and new/"):
        list(read_mbox(tmp_path))
    with pytest.raises(InputError, match="not a Maildir"):
        list(read_mail(tmp_path))


def test_an_apple_mail_export_folder_is_read_through_its_mbox_file(tmp_path: Path) -> None:
    folder = tmp_path / "Inbox.mbox"
    folder.mkdir()
    (folder / "mbox").write_bytes(fixture("apple_mail.mbox"))
    (folder / "Info.plist").write_bytes(b"<?xml version='1.0'?><plist></plist>")
    (record,) = records(list(read_mail(folder)))
    assert record.subject == "Foto del viaggio 📷"
    assert record.position.file == str(folder / "mbox")


def test_a_separator_without_a_blank_line_before_it_still_splits_when_it_is_unmistakable(tmp_path: Path) -> None:
    path = tmp_path / "no-blank.mbox"
    path.write_bytes(
        b"From a@example.com Mon Mar  3 10:00:00 2025\nFrom: a@example.com\nSubject: One\n\nText\n"
        b"From b@example.com Mon Mar  3 11:00:00 2025\nFrom: b@example.com\nSubject: Two\n\nText\n"
        b"From here on, plain body text.\nNot a header line\n"
    )
    results = records(list(read_mbox(path)))
    assert [r.subject for r in results] == ["One", "Two"]
    assert results[1].snippet == "Text From here on, plain body text. Not a header line"


def test_memory_stays_bounded_by_the_window_not_the_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import tracemalloc

    from kith.sources.mail import mbox

    monkeypatch.setattr(mbox, "CHUNK", 256 * 1024)
    message = (
        b"From a@example.com Mon Mar  3 10:00:00 2025\nFrom: a@example.com\nTo: me@example.com\n"
        b"Subject: Attachment\nMessage-ID: <m%d@x>\n\n" + b"QUJDRA==" * 1000 + b"\n\n"
    )
    path = tmp_path / "big.mbox"
    with open(path, "wb") as out:
        for number in range(2500):
            out.write(message.replace(b"%d", str(number).encode()))
    assert path.stat().st_size > 20_000_000
    tracemalloc.start()
    try:
        count = sum(1 for _ in read_mbox(path, snippets=False))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert count == 2500
    assert peak < 4_000_000  # a few windows of 256 kB, not the 20 MB file


def read_in_parts(path: Path, cuts: list[int]) -> list[MailResult]:
    bounds = [0, *sorted(set(cuts)), None]
    found: list[MailResult] = []
    for start, end in itertools.pairwise(bounds):
        assert start is not None
        found += list(read_mbox(path, part=(start, end)))
    return found


@given(st.lists(st.integers(min_value=1, max_value=40_000), max_size=6))
@settings(max_examples=60, deadline=None)
def test_reading_in_parts_yields_exactly_the_records_of_the_whole_file(cuts: list[int]) -> None:
    path = PARTS_MBOX
    whole = list(read_mbox(path))
    parts = read_in_parts(path, [c % path.stat().st_size for c in cuts if c % path.stat().st_size])
    assert [r for r in parts if isinstance(r, MailRecord)] == [r for r in whole if isinstance(r, MailRecord)]
    assert [str(r) for r in skipped(parts)] == [str(r) for r in skipped(whole)]


def test_cuts_on_either_side_of_every_message_start_lose_and_repeat_nothing() -> None:
    whole = list(read_mbox(PARTS_MBOX))
    starts = [r.position.offset for r in records(whole)]
    for delta in (-2, -1, 0, 1, 6):
        cuts = [s + delta for s in starts if s + delta > 0]
        assert records(read_in_parts(PARTS_MBOX, cuts)) == records(whole)


def test_mbox_parts_cover_the_file_and_a_compressed_file_is_one_part(tmp_path: Path) -> None:
    parts = mbox_parts(PARTS_MBOX, 3)
    assert len(parts) == 3
    assert parts[0][0] == 0
    assert parts[-1][1] is None
    assert [p[1] for p in parts[:-1]] == [p[0] for p in parts[1:]]
    whole = records(list(read_mbox(PARTS_MBOX)))
    assert [r for part in parts for r in records(list(read_mbox(PARTS_MBOX, part=part)))] == whole
    packed = tmp_path / "x.mbox.gz"
    packed.write_bytes(gzip.compress(PARTS_MBOX.read_bytes()))
    assert mbox_parts(packed, 4) == [(0, None)]
    with pytest.raises(InputError, match="only from its start"):
        list(read_mbox(packed, part=(10, None)))


def test_without_snippets_for_uncounted_mail_only_mail_that_does_not_count_loses_its_snippet() -> None:
    # The reader processes of a large import read no text for mail whose headers show it
    # does not count: every record keeps its kind, classification and (when it counts) snippet.
    full = records(list(read_mbox(PARTS_MBOX)))
    lean = records(list(read_mbox(PARTS_MBOX, uncounted_snippets=False)))
    assert [r.position for r in lean] == [r.position for r in full]
    left_out = 0
    for kept, other in zip(full, lean, strict=True):
        assert other.kind == kept.kind, kept.position
        assert other.classification == kept.classification, kept.position
        if kept.kind is not None or other.snippet:
            assert other.snippet == kept.snippet, kept.position
        elif kept.snippet:
            left_out += 1
    assert left_out >= 3  # lists, newsletters, automated mail: their text was not read
