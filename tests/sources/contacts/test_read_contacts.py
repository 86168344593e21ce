"""Reading contact files as the programs that export them write them (tests/data/contacts)."""

from __future__ import annotations

import contextlib
import io
import zipfile
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kith.core.errors import InputError, InvalidValue, KithError
from kith.core.model import Birthday, Direction
from kith.sources.contacts import (
    ContactRecord,
    LinkedInInvitation,
    LinkedInMessage,
    ReadResult,
    Skipped,
    ZipLimits,
    read_contacts,
)

DATA = Path(__file__).parents[2] / "data" / "contacts"


def read(name: str | Path, **options: object) -> list[ReadResult]:
    return list(read_contacts(DATA / name if isinstance(name, str) else name, **options))  # type: ignore[arg-type]


def contacts(name: str | Path, **options: object) -> list[ContactRecord]:
    results = read(name, **options)
    assert not [r for r in results if isinstance(r, Skipped)], [r.message for r in results if isinstance(r, Skipped)]
    return [r for r in results if isinstance(r, ContactRecord)]


def by_name(records: list[ContactRecord]) -> dict[str, ContactRecord]:
    return {r.display_name: r for r in records}


# LinkedIn


def test_linkedin_connections_with_notes_preamble_and_byte_order_mark() -> None:
    records = by_name(contacts("linkedin_Connections_notes_preamble_bom.csv"))
    jane = records["Jane Doe"]
    assert jane.provenance.format == "linkedin-connections"
    assert jane.provenance.line == 5  # after four lines of LinkedIn's notes
    assert jane.company == "Acme, Inc."  # a quoted comma
    assert [p.normalised for p in jane.linkedin] == ["jane-doe-1234"]
    assert [p.normalised for p in jane.emails] == ["jane.doe@example.com"]
    assert jane.connected_on == date(2024, 3, 12)
    assert records["Giuseppe Verdi"].title == 'Composer "Emeritus"'  # doubled quotes
    assert records["Giuseppe Verdi"].emails == ()  # LinkedIn leaves hidden emails empty
    assert records["María José Núñez"].company == "Ayuntamiento de\nMadrid"  # a newline in a quoted field
    assert records["María José Núñez"].linkedin[0].normalised == "maría-josé-núñez"


def test_a_bad_email_keeps_the_record_and_warns() -> None:
    bad = by_name(contacts("linkedin_Connections_notes_preamble_bom.csv"))["Bad Email"]
    assert bad.emails[0].raw == "not-an-email"
    assert bad.emails[0].normalised is None
    assert bad.linkedin[0].normalised == "bad-email"
    assert any("not-an-email" in w for w in bad.warnings)
    assert any("31 Feb 2020" in w for w in bad.warnings)
    assert bad.connected_on is None


def test_linkedin_connections_without_preamble() -> None:
    (ana,) = contacts("linkedin_Connections_no_preamble.csv")
    assert (ana.given_name, ana.family_name, ana.title, ana.provenance.line) == ("Ana", "Reyes", "Engineer", 2)


def test_linkedin_messages_keep_conversation_and_skip_a_row_without_date() -> None:
    results = read("linkedin_messages.csv")
    messages = [r for r in results if isinstance(r, LinkedInMessage)]
    skipped = [r for r in results if isinstance(r, Skipped)]
    assert [m.conversation_id for m in messages] == ["2-YWJj", "2-YWJj"]
    first, reply = messages
    assert first.sent_at == datetime(2024, 3, 12, 14, 5, 33, tzinfo=UTC)
    assert first.content == "Hi Sam, great to reconnect!\nCoffee next week?"
    assert first.direction_for("sam-user") is Direction.INBOUND
    assert reply.direction_for("sam-user") is Direction.OUTBOUND
    assert reply.recipient_slugs == ("jane-doe-1234",)
    assert reply.provenance.line == 4  # the first message spans lines 2 and 3
    (problem,) = skipped
    assert problem.message.startswith(f"{DATA / 'linkedin_messages.csv'}:5: ")
    assert "not a date" in problem.message


def test_linkedin_invitations_both_ways() -> None:
    sent, received = (r for r in read("linkedin_Invitations.csv") if isinstance(r, LinkedInInvitation))
    assert (sent.direction, sent.other_name, sent.other_slug) == (Direction.OUTBOUND, "Ana Reyes", "ana-reyes")
    assert sent.sent_at == datetime(2025, 11, 20, 15, 15, tzinfo=UTC)
    assert (received.direction, received.other_slug) == (Direction.INBOUND, "luca-bianchi")
    assert received.message == "Ciao Sam, we met at PyCon Italia"


def test_the_whole_linkedin_export_zip(tmp_path: Path) -> None:
    export = tmp_path / "Basic_LinkedInDataExport_11-25-2026.zip"
    with zipfile.ZipFile(export, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.write(DATA / "linkedin_Connections_no_preamble.csv", "Connections.csv")
        archive.write(DATA / "linkedin_messages.csv", "messages.csv")
        archive.write(DATA / "linkedin_Invitations.csv", "Invitations.csv")
        archive.writestr("Profile.csv", "First Name,Last Name,Headline\nSam,User,Me\n")  # the user: not a contact
    results = read(export)
    kinds = [type(r).__name__ for r in results]
    assert kinds.count("ContactRecord") == 1
    assert kinds.count("LinkedInMessage") == 2
    assert kinds.count("LinkedInInvitation") == 2
    ana = next(r for r in results if isinstance(r, ContactRecord))
    assert (ana.provenance.file, ana.provenance.member) == (str(export), "Connections.csv")
    skipped = next(r for r in results if isinstance(r, Skipped))
    assert skipped.message.startswith(f"{export}/messages.csv:5: ")


# vCard


def test_apple_contacts_grouped_labels_social_profiles_and_photo() -> None:
    jane, verdi = contacts("apple_contacts_3.0_grouped_labels_photo.vcf")
    assert jane.display_name == "Jane Q. Doe (Acme)"  # FN and N disagree: both kept
    assert (jane.given_name, jane.middle_name, jane.family_name) == ("Jane", "Q.", "Doe")
    assert (jane.company, jane.department, jane.title) == ("Acme, Inc.", "Sales", "Head of Sales")
    assert [(p.label, p.normalised, p.preferred) for p in jane.emails] == [
        ("other", "jane.doe@example.com", True),
        ("Personale", "jane@personal.example", False),
    ]
    assert [(p.label, p.normalised) for p in jane.phones] == [("cell", "+393331234567"), ("work", "+390212345678")]
    assert [p.normalised for p in jane.linkedin] == ["jane-doe-1234"]
    assert {p.normalised for p in jane.handles} == {"twitter:janedoe", "skype:jane.doe"}
    assert [p.label for p in jane.urls] == ["homepage"]
    assert (jane.city, jane.region, jane.postal_address) == ("Milano", "MI", "Via Roma, 1\n20121 Milano (MI)\nItalia")
    assert jane.country_code == "IT"
    assert jane.birthday == Birthday(month=3, day=12)  # Apple's year 1604 means "no year"
    assert jane.notes == "Met at the Milan fair.\nLikes espresso; hates meetings."
    assert jane.tags == ("Clients", "Milano")
    assert jane.photo == bytes(range(256)) * 4  # folded base64
    assert jane.photo_type == "image/jpeg"
    assert jane.uid == "1A2B3C4D-0000-4000-8000-000000000001"
    assert (jane.provenance.card, jane.provenance.line) == (1, 1)
    assert verdi.display_name == "Giuseppe Verdi"  # no FN: the name is built from N
    assert verdi.birthday == Birthday(month=10, day=10, year=1813)
    assert verdi.provenance.position == "card 2 (line 45)"


def test_android_vcard_21_quoted_printable_soft_line_breaks_and_charset() -> None:
    maria, mario = contacts("android_2.1_quoted_printable_soft_breaks.vcf")
    assert (maria.display_name, maria.given_name, maria.family_name) == ("María José Núñez", "María José", "Núñez")
    assert maria.notes == (
        "Prima di tutto: ci siamo conosciuti a Barcellona, nel 2015, alla conferenza. Caffè dopo\r\nseconda riga"
    )
    assert [(p.label, p.preferred) for p in maria.phones] == [("cell", True), ("home", False)]
    assert maria.phones[1].normalised == "+34911234567"  # read in the card's country, Spain
    assert maria.address is not None
    assert (maria.address.street, maria.country, maria.country_code) == ("Calle Mayor, 5", "España", "ES")
    assert maria.birthday == Birthday(month=3, day=12, year=1984)  # 19840312
    assert mario.phones[0].normalised is None  # no country code and no region to read it in
    assert mario.warnings == ()


def test_a_phone_without_country_code_is_read_in_the_users_region() -> None:
    _, mario = contacts("android_2.1_quoted_printable_soft_breaks.vcf", region="IT")
    assert mario.phones[0].normalised == "+393337654321"


def test_google_vcard_drops_system_group_and_reads_birthday_without_year() -> None:
    (ana,) = contacts("google_contacts_3.0.vcf")
    assert ana.tags == ("Friends",)  # "myContacts" is every contact's group
    assert ana.birthday == Birthday(month=3, day=12)
    assert [a.label for a in ana.addresses] == ["work", "home"]
    assert ana.city == "Taguig"
    assert [p.normalised for p in ana.handles] == ["github:anareyes"]  # an escaped colon in a URL


def test_outlook_vcard_21_in_windows_1252() -> None:
    (luca,) = contacts("outlook_2.1_windows1252_quoted_printable.vcf")
    assert luca.display_name == "Luca Bianchi"  # no FN
    assert (luca.company, luca.title) == ("Caffè Srl", "Direttore Qualità")
    assert luca.notes == "Cliente dal 2010, perché ama il caffè.\nSeconda nota"
    assert luca.emails[0].preferred


def test_vcard_40_data_uri_photo_languages_and_tel_uri() -> None:
    (kenji,) = contacts("vcard_4.0_data_uri_photo_lang.vcf")
    assert (kenji.photo, kenji.photo_type) == (b"tiny png bytes", "image/png")
    assert kenji.languages == ("ja", "en")
    assert kenji.phones[0].normalised == "+819012345678"
    assert kenji.birthday == Birthday(month=3, day=12)


def test_one_broken_card_is_reported_and_the_rest_imports() -> None:
    results = read("vcard_one_broken_card_and_missing_end.vcf")
    where = DATA / "vcard_one_broken_card_and_missing_end.vcf"
    assert [r.display_name for r in results if isinstance(r, ContactRecord)] == ["First Good", "Third Good"]
    assert [r.message for r in results if isinstance(r, Skipped)] == [
        f"{where}:6: card 2: invalid vCard line 'this line has no colon': line 9 is not a property (NAME:VALUE)",
        f"{where}:17: card 4 has no END:VCARD at the end of the file",
    ]
    third = next(r for r in results if isinstance(r, ContactRecord) and r.display_name == "Third Good")
    assert len(third.warnings) == 2  # two bad emails, kept raw


def test_a_photo_over_the_limit_is_dropped_with_a_notice(tmp_path: Path) -> None:
    card = tmp_path / "big.vcf"
    card.write_text("BEGIN:VCARD\nVERSION:3.0\nFN:Big\nPHOTO;ENCODING=b;TYPE=PNG:" + "QUJD" * 40_000 + "\nEND:VCARD\n")
    (big,) = contacts(card, photo_limit=64 * 1024)
    assert big.photo is None
    assert big.warnings == ("the photo (117 KiB) is larger than 64 KiB and was left out",)
    (kept,) = contacts(card)  # under the default limit
    assert kept.photo == b"ABC" * 40_000


def test_a_folder_of_vcards_is_read_recursively_and_a_stray_file_is_skipped(tmp_path: Path) -> None:
    (tmp_path / "family").mkdir()
    (tmp_path / "a.vcf").write_bytes((DATA / "google_contacts_3.0.vcf").read_bytes())
    (tmp_path / "family" / "b.vcf").write_bytes((DATA / "vcard_4.0_data_uri_photo_lang.vcf").read_bytes())
    (tmp_path / "family" / "photo.jpg").write_bytes((DATA / "binary_photo.jpg").read_bytes())
    (tmp_path / ".DS_Store").write_bytes(b"\x00\x00\x00\x01Bud1")
    results = read(tmp_path)
    assert [r.display_name for r in results if isinstance(r, ContactRecord)] == ["Ana Reyes", "Kenji Tanaka"]
    assert [r.message for r in results if isinstance(r, Skipped)] == [
        f"{tmp_path / 'family' / 'photo.jpg'}: this is a binary file, not a contacts file (vCard or CSV)"
    ]


# Google, Outlook and other CSV


def test_google_csv_today() -> None:
    ana, luca = contacts("google_contacts.csv")
    assert ana.provenance.format == "google-csv"
    assert [(p.raw, p.label, p.preferred) for p in ana.emails] == [
        ("ana@example.ph", "Work", True),  # "* Work": the primary one
        ("ana.r@example.ph", "Work", True),  # two values in one cell, " ::: "
        ("ana.reyes@gmail.example", "Home", False),
    ]
    assert [p.normalised for p in ana.linkedin] == ["ana-reyes"]
    assert ana.tags == ("Friends", "PyCon")
    assert (ana.company, ana.title, ana.department, ana.nickname) == ("Globe Telecom", "Engineer", "Network", "Ana R")
    assert ana.birthday == Birthday(month=3, day=12)
    assert (ana.city, ana.region, ana.country_code) == ("Taguig", "Metro Manila", "PH")
    assert luca.provenance.line == 5  # Ana's formatted address spans three lines
    assert luca.birthday is None
    assert luca.warnings == ("the birthday '1984-02-30' was left out: there is no such day",)


def test_google_csv_before_2023() -> None:
    (kenji,) = contacts("google_contacts_old_format.csv")
    assert (kenji.company, kenji.title, kenji.tags) == ("Sony", "Producer", ("Coworkers",))
    assert kenji.emails[0].label == "Work"


def test_outlook_csv_in_windows_1252() -> None:
    luca, sofia = contacts("outlook_contacts_cp1252.csv")
    assert luca.provenance.format == "outlook-csv"
    assert (luca.company, luca.title, luca.department) == ("Caffè Srl", "Direttore", "Vendite")  # Title is "Dott."
    assert luca.birthday == Birthday(month=3, day=12, year=1984)  # month first
    assert [p.normalised for p in luca.emails] == ["luca.bianchi@example.it"]
    assert any("Exchange address" in w for w in luca.warnings)
    assert [(p.label, p.normalised) for p in luca.phones] == [("mobile", "+393337654321"), ("work", "+390287654321")]
    assert luca.tags == ("Clienti", "VIP")
    assert luca.postal_address == "Via Dante 7\n20121 Milano (MI)\nItalia"
    assert (sofia.display_name, sofia.birthday) == ("Sofía García", None)  # 0/0/00


def test_italian_excel_csv_with_semicolons_in_windows_1252() -> None:
    giulia, marco = contacts("excel_italian_semicolon_cp1252.csv")
    assert (giulia.given_name, giulia.family_name, giulia.company) == ("Giulia", "Romano", "Ferrari S.p.A.")
    assert [(p.label, p.normalised) for p in giulia.phones] == [
        ("Telefono", "+390212345678"),
        ("Cellulare", "+393331112222"),
    ]
    assert giulia.title == "Responsabile acquisti"
    assert giulia.birthday == Birthday(month=3, day=12, year=1984)  # day first
    assert giulia.notes == "Conosciuta alla fiera, già cliente"
    assert marco.emails[0].normalised == "marco@example.it"


def test_spanish_excel_unicode_text_is_utf16_with_tabs() -> None:
    (sofia,) = contacts("excel_unicode_text_utf16_tab.txt")
    assert (sofia.given_name, sofia.family_name, sofia.company) == ("Sofía", "García López", "Telefónica")
    assert sofia.emails[0].label == "Correo electrónico"
    assert sofia.phones[0].normalised == "+34612345678"
    assert sofia.country_code == "ES"


def test_a_column_map_names_columns_kith_does_not_know() -> None:
    with pytest.raises(InputError, match="not a contacts file kith knows"):
        read("custom_columns_needs_map.csv")
    (pat,) = contacts(
        "custom_columns_needs_map.csv",
        format="csv",
        column_map={"Who": "display_name", "Reach at": "email", "Where they work": "company"},
    )
    assert (pat.display_name, pat.emails[0].normalised, pat.company) == ("Pat Lee", "pat@example.com", "Initech")


def test_a_column_map_with_an_unknown_field_or_column_says_so() -> None:
    with pytest.raises(InvalidValue, match="the field must be one of"):
        read("custom_columns_needs_map.csv", format="csv", column_map={"Who": "shoe size"})
    with pytest.raises(InputError, match="there is no column 'Whom' to map"):
        read("custom_columns_needs_map.csv", format="csv", column_map={"Whom": "display_name"})


def test_a_row_with_an_unquoted_delimiter_is_skipped_with_its_line(tmp_path: Path) -> None:
    file = tmp_path / "contacts.csv"
    file.write_text("Name,Email\nAna Reyes,ana@example.ph\nDoe, Jane,jane@example.com\nPat Lee,pat@example.com\n")
    results = read(file)
    assert [r.display_name for r in results if isinstance(r, ContactRecord)] == ["Ana Reyes", "Pat Lee"]
    assert [r.message for r in results if isinstance(r, Skipped)] == [
        f"{file}:3: the row has 3 fields but the header has 2; a value with a comma in it must be in double quotes"
    ]


# Bad input: one clear error naming the file, and no record


@pytest.mark.parametrize(
    ("name", "reason"),
    [
        ("empty.csv", "the file is empty"),
        ("binary_photo.jpg", "this is a binary file, not a contacts file (vCard or CSV)"),
        ("unknown_format_prose.txt", "this is not a contacts file kith knows"),
    ],
)
def test_a_file_that_is_not_contacts_is_one_clear_error(name: str, reason: str) -> None:
    results: list[ReadResult] = []
    with pytest.raises(InputError) as caught:
        results.extend(read_contacts(DATA / name))
    assert str(caught.value).startswith(f"{DATA / name}: {reason}")
    assert results == []


def test_wrong_encoding_deep_in_a_file_names_the_line() -> None:
    with pytest.raises(InputError, match=r"utf8_then_latin1_bytes.csv:3: the text stops being utf-8"):
        read("utf8_then_latin1_bytes.csv")


def test_a_missing_file_and_an_unknown_format_name(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="there is no such file or folder"):
        read(tmp_path / "nothing.csv")
    with pytest.raises(InvalidValue, match="it must be one of"):
        read("google_contacts.csv", format="excel")


def test_a_zip_without_contacts(tmp_path: Path) -> None:
    archive_path = tmp_path / "holiday.zip"
    with zipfile.ZipFile(archive_path, "w") as archive:
        archive.writestr("beach.jpg", b"\xff\xd8\xff")
    with pytest.raises(InputError, match=r"holiday.zip: the ZIP holds no contacts file \(expected Connections.csv"):
        read(archive_path)


def test_a_damaged_zip(tmp_path: Path) -> None:
    damaged = tmp_path / "export.zip"
    damaged.write_bytes(b"PK\x03\x04" + b"\x00" * 100)
    with pytest.raises(InputError, match="the ZIP file is damaged"):
        read(damaged)


def test_a_zip_bomb_is_refused_from_its_directory(tmp_path: Path) -> None:
    bomb = tmp_path / "bomb.zip"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("Connections.csv", b"First Name,Last Name,URL,Connected On\n" + b" " * 5_000_000)
    with pytest.raises(InputError, match=r"Connections.csv is compressed \d+:1: refusing a zip bomb"):
        read(bomb)
    with pytest.raises(InputError, match="would unpack to 5,000,038 bytes: refusing a zip bomb"):
        read(bomb, zip_limits=ZipLimits(max_member_bytes=1_000_000, max_ratio=10_000))


def test_a_zip_member_larger_than_declared_is_refused_while_streaming(tmp_path: Path) -> None:
    honest = tmp_path / "honest.zip"
    rows = "".join(f"Ana{i},Reyes,https://www.linkedin.com/in/ana-{i},,,,1 Jan 2020\n" for i in range(2000))
    with zipfile.ZipFile(honest, "w", zipfile.ZIP_STORED) as archive:
        archive.writestr(
            "Connections.csv", "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n" + rows
        )
    data = bytearray(honest.read_bytes())
    # Lie in the central directory: declare a smaller uncompressed size than the member has.
    central = data.rindex(b"PK\x01\x02")
    real_size = int.from_bytes(data[central + 24 : central + 28], "little")
    data[central + 24 : central + 28] = (real_size // 2).to_bytes(4, "little")
    lying = tmp_path / "lying.zip"
    lying.write_bytes(bytes(data))
    with pytest.raises(InputError, match=r"lying.zip/Connections.csv: the ZIP member is damaged \(Bad CRC-32"):
        read(lying)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(content=st.one_of(st.binary(max_size=600), st.text(max_size=400).map(lambda t: t.encode("utf-8"))))
def test_arbitrary_bytes_raise_nothing_but_kith_errors(tmp_path: Path, content: bytes) -> None:
    file = tmp_path / "anything.csv"
    file.write_bytes(content)
    try:
        for result in read_contacts(file):
            assert isinstance(result, ContactRecord | LinkedInMessage | LinkedInInvitation | Skipped)
    except KithError:
        pass


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    content=st.lists(
        st.sampled_from(
            ["BEGIN:VCARD", "END:VCARD", "VERSION:2.1", "FN:A", "N:;;", "EMAIL:x@", "PHOTO;ENCODING=b:%%%",
             "NOTE;ENCODING=QUOTED-PRINTABLE:a=", "=C3", " folded", "BDAY:--1399", "ADR:;;;;", "TEL:+", "garbage"]
        ),
        max_size=30,
    )
)  # fmt: skip
def test_arbitrary_vcard_lines_raise_nothing_but_kith_errors(tmp_path: Path, content: list[str]) -> None:
    file = tmp_path / "anything.vcf"
    file.write_text("BEGIN:VCARD\n" + "\n".join(content) + "\n")
    with contextlib.suppress(KithError):  # anything else escaping is a bug
        list(read_contacts(file))


def test_the_format_comes_from_the_content_not_the_name(tmp_path: Path) -> None:
    misnamed = tmp_path / "contacts.csv"
    misnamed.write_bytes((DATA / "google_contacts_3.0.vcf").read_bytes())
    assert [r.provenance.format for r in contacts(misnamed)] == ["vcard"]


def test_forcing_vcard_on_a_csv_is_one_error() -> None:
    with pytest.raises(InputError, match="this is not a vCard file: it has no BEGIN:VCARD"):
        read("google_contacts.csv", format="vcard")


def test_forcing_a_csv_format(tmp_path: Path) -> None:
    (ana,) = contacts("linkedin_Connections_no_preamble.csv", format="csv")
    assert ana.provenance.format == "csv"
    assert [p.normalised for p in ana.emails] == ["ana@example.ph"]


def test_an_excel_workbook_is_told_to_be_saved_as_csv(tmp_path: Path) -> None:
    workbook = tmp_path / "rubrica.xlsx"
    with zipfile.ZipFile(workbook, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("xl/workbook.xml", "<workbook/>")
    with pytest.raises(InputError, match="this is an Excel workbook; save it as CSV UTF-8"):
        read(workbook)


def test_text_between_cards_is_reported_once(tmp_path: Path) -> None:
    file = tmp_path / "cards.vcf"
    file.write_text("BEGIN:VCARD\nFN:A\nEND:VCARD\nstray one\nstray two\nBEGIN:VCARD\nFN:B\nEND:VCARD\n")
    results = read(file)
    assert [r.display_name for r in results if isinstance(r, ContactRecord)] == ["A", "B"]
    assert [r.message for r in results if isinstance(r, Skipped)] == [
        f"{file}:4: text outside any card (BEGIN:VCARD ... END:VCARD)"
    ]


def test_a_quoted_printable_value_ending_in_a_soft_break_does_not_swallow_the_card_end(tmp_path: Path) -> None:
    file = tmp_path / "android.vcf"
    file.write_bytes(
        b"BEGIN:VCARD\r\nVERSION:2.1\r\nFN:A\r\nNOTE;ENCODING=QUOTED-PRINTABLE:caff=C3=A8=\r\nEND:VCARD\r\n"
        b"BEGIN:VCARD\r\nVERSION:2.1\r\nFN:B\r\nEND:VCARD\r\n"
    )
    first, second = contacts(file)
    assert (first.display_name, first.notes, second.display_name) == ("A", "caffè", "B")


def _linkedin_zip() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.write(DATA / "linkedin_Connections_notes_preamble_bom.csv", "Connections.csv")
        archive.write(DATA / "linkedin_messages.csv", "messages.csv")
    return buffer.getvalue()


_ZIP = _linkedin_zip()


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(damage=st.lists(st.tuples(st.integers(0, len(_ZIP) - 1), st.integers(0, 255)), min_size=1, max_size=4))
def test_a_damaged_zip_raises_nothing_but_kith_errors(tmp_path: Path, damage: list[tuple[int, int]]) -> None:
    data = bytearray(_ZIP)
    for position, byte in damage:
        data[position] = byte
    file = tmp_path / "export.zip"
    file.write_bytes(bytes(data))
    with contextlib.suppress(KithError):  # zlib, zipfile and decoding errors must all arrive as KithError
        list(read_contacts(file))
