"""Maildir folders: cur/ and new/ are read, tmp/ is not, Maildir++ sub-folders are."""

from __future__ import annotations

from pathlib import Path

import pytest
from mail_fixtures import fixture, maildir_of, records, skipped

from kith.core.errors import InputError
from kith.core.model import InteractionKind
from kith.sources.mail import read_mail, read_maildir


def test_cur_and_new_are_read_in_name_order_and_tmp_is_left_alone(tmp_path: Path) -> None:
    folder = maildir_of(tmp_path / "Mail", "outlook_exchange_ordinary.eml")
    (folder / "new" / "1741000100.M2P2.host").write_bytes(fixture("gmail_vacation_en.eml"))
    (folder / "tmp" / "1741000200.M3P3.host").write_bytes(fixture("postfix_bounce.eml"))
    results = list(read_maildir(folder))
    assert [r.subject for r in records(results)] == ["RE: Budget review", "Away until the end of March"]
    first = records(results)[0]
    assert first.position.file.endswith(":2,S")
    assert first.position.offset == 0


def test_maildir_plus_plus_sub_folders_are_read(tmp_path: Path) -> None:
    folder = maildir_of(tmp_path / "Mail", "outlook_exchange_ordinary.eml")
    maildir_of(folder / ".Sent", "gmail_vacation_tl.eml")
    maildir_of(folder / ".Archive", "exim_bounce.eml")
    kinds = [r.kind for r in records(list(read_mail(folder)))]
    assert kinds == [InteractionKind.PERSONAL, InteractionKind.BOUNCE, InteractionKind.AUTO_REPLY]


def test_a_bounce_in_a_maildir_is_read_whole(tmp_path: Path) -> None:
    (record,) = records(list(read_maildir(maildir_of(tmp_path, "exchange_ndr.eml"))))
    assert record.bounce is not None
    assert record.bounce.failed_recipients == ("former.employee@contoso.com",)
    assert record.bounce.original_message_id == "outreach-44@example.com"


def test_an_empty_message_file_is_skipped_and_the_others_are_read(tmp_path: Path) -> None:
    folder = maildir_of(tmp_path, "x_autorespond.eml")
    empty = folder / "new" / "1741000300.M4P4.host"
    empty.write_bytes(b"")
    results = list(read_maildir(folder))
    assert len(records(results)) == 1
    (problem,) = skipped(results)
    assert problem.message == f"{empty}:0: the file is empty"


def test_reading_a_maildir_twice_gives_identical_records(tmp_path: Path) -> None:
    folder = maildir_of(tmp_path, "gmail_bounce.eml", "exchange_ooo_it.eml", "mailman_list.eml")
    assert list(read_maildir(folder)) == list(read_maildir(folder))


def test_a_folder_that_is_not_a_maildir_is_one_clear_error(tmp_path: Path) -> None:
    (tmp_path / "cur").mkdir()
    with pytest.raises(InputError) as caught:
        list(read_maildir(tmp_path))
    assert caught.value.reason == "this is not a Maildir folder: it has no cur/ and new/ folders"
    with pytest.raises(InputError, match="there is no such folder"):
        list(read_maildir(tmp_path / "missing"))


def test_a_message_without_a_date_takes_the_delivery_time_in_its_file_name(tmp_path: Path) -> None:
    folder = maildir_of(tmp_path, "no_message_id_no_date.eml")
    (record,) = records(list(read_maildir(folder)))
    assert record.date is not None
    assert record.date.isoformat() == "2025-03-03T11:06:40+00:00"  # 1741000000
    assert record.utc_offset_minutes is None
