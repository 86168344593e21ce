"""Importing contacts into the store, on SQLite and PostgreSQL: what a user finds afterwards."""

from __future__ import annotations

import io
import re
import zipfile
from dataclasses import replace
from pathlib import Path

import pytest
import sqlalchemy as sa
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kith.app.backup import export_backup
from kith.app.imports import ImportOptions, import_path
from kith.app.people import IdentityChanges, PersonDetails, edit_person, find_person, profile
from kith.app.workspace import Workspace, fixed_clock, open_workspace
from kith.core.errors import InputError, KithError
from kith.core.model import IdentityKind
from kith.store import schema
from tests.conftest import NOW

DATA = Path(__file__).parents[1] / "data" / "contacts"
OPTIONS = ImportOptions()


def everything(ws: Workspace) -> str:
    """A full export of the database, without the moment it was written."""
    out = io.StringIO()
    export_backup(ws, out)
    return re.sub(r'"exported_at": "[^"]*"', "", out.getvalue(), count=1)


def linkedin_zip(folder: Path) -> Path:
    export = folder / "Basic_LinkedInDataExport_11-25-2026.zip"
    with zipfile.ZipFile(export, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.write(DATA / "linkedin_Connections_notes_preamble_bom.csv", "Connections.csv")
        archive.write(DATA / "linkedin_messages.csv", "messages.csv")
        archive.write(DATA / "linkedin_Invitations.csv", "Invitations.csv")
    return export


def count(ws: Workspace, table: sa.Table) -> int:
    with ws.db.reading() as conn:
        return int(conn.execute(sa.select(sa.func.count()).select_from(table)).scalar_one())


def test_the_linkedin_export_gives_people_identities_history_and_the_users_own_profile(
    workspace: Workspace, tmp_path: Path
) -> None:
    summary = import_path(workspace, linkedin_zip(tmp_path), OPTIONS)
    assert summary.counts["added"] == 6  # 4 connections, then Ana and Luca from the invitations
    assert summary.counts["interactions"] == 3  # two messages with Jane, Luca's invitation note
    assert any("linkedin_messages" not in s and "not a date" in s for s in summary.skipped)
    jane = profile(workspace, "jane.doe@example.com")
    assert jane.person.company == "Acme, Inc."
    assert jane.person.known_since is not None
    assert jane.person.known_since.isoformat() == "2024-03-12"
    assert [i.channel.value for i in jane.recent] == ["linkedin", "linkedin"]
    assert {i.direction.value for i in jane.recent} == {"inbound", "outbound"}
    assert {i.thread_id for i in jane.recent} == {"linkedin:2-YWJj"}
    with workspace.db.reading() as conn:
        mine = conn.execute(sa.select(schema.my_identities.c.kind, schema.my_identities.c.value)).all()
    assert [tuple(r) for r in mine] == [("linkedin", "sam-user")]
    luca = profile(workspace, "https://www.linkedin.com/in/luca-bianchi")
    assert luca.person.known_since is not None
    assert luca.person.known_since.isoformat() == "2026-01-05"  # the invitation's date
    assert luca.recent[0].summary == "Invitation to connect — Ciao Sam, we met at PyCon Italia"
    with workspace.db.reading() as conn:
        sources = conn.execute(sa.select(schema.identities.c.source_id, schema.identities.c.source_record)).all()
    assert all(source is not None and record for source, record in sources)  # provenance on every identity


def test_importing_the_same_files_twice_changes_nothing(workspace: Workspace, tmp_path: Path) -> None:
    paths = [
        linkedin_zip(tmp_path),
        DATA / "apple_contacts_3.0_grouped_labels_photo.vcf",
        DATA / "google_contacts.csv",
        DATA / "outlook_contacts_cp1252.csv",
        DATA / "android_2.1_quoted_printable_soft_breaks.vcf",
    ]
    for path in paths:
        import_path(workspace, path, OPTIONS)
    before = everything(workspace)
    for path in paths:
        again = import_path(workspace, path, OPTIONS)
        assert again.counts["added"] == again.counts["updated"] == again.counts["merged"] == 0, path
    assert everything(workspace) == before


def test_a_vcard_photo_tags_note_and_birthday_are_kept(workspace: Workspace) -> None:
    import_path(workspace, DATA / "apple_contacts_3.0_grouped_labels_photo.vcf", OPTIONS)
    jane = profile(workspace, "Jane Doe")
    assert set(jane.person.tags) >= {"clients", "milano"}
    assert jane.person.birthday is not None
    assert [n.body for n in jane.notes] == ["Met at the Milan fair.\nLikes espresso; hates meetings."]
    with workspace.db.reading() as conn:
        photo = conn.execute(sa.select(schema.person_photos.c.person_id, schema.person_photos.c.media_type)).one()
    assert photo.person_id == jane.person.id


def test_a_broken_card_is_reported_and_the_rest_imports(workspace: Workspace) -> None:
    summary = import_path(workspace, DATA / "vcard_one_broken_card_and_missing_end.vcf", OPTIONS)
    assert summary.counts["added"] == 2
    assert summary.skipped[0].startswith(f"{DATA / 'vcard_one_broken_card_and_missing_end.vcf'}:6: card 2")
    assert summary.counts["skipped"] == 2


def test_strict_stops_at_the_first_broken_record_and_writes_nothing(workspace: Workspace) -> None:
    before = everything(workspace)
    with pytest.raises(InputError, match=r"vcard_one_broken_card_and_missing_end.vcf:6: card 2"):
        import_path(workspace, DATA / "vcard_one_broken_card_and_missing_end.vcf", replace(OPTIONS, strict=True))
    assert everything(workspace) == before


def test_a_dry_run_reports_exactly_and_writes_nothing(workspace: Workspace, tmp_path: Path) -> None:
    before = everything(workspace)
    dry = import_path(workspace, linkedin_zip(tmp_path), replace(OPTIONS, dry_run=True))
    assert dry.dry_run
    assert everything(workspace) == before
    real = import_path(workspace, linkedin_zip(tmp_path), OPTIONS)
    assert real.counts == dry.counts


@pytest.mark.parametrize(
    ("name", "reason"),
    [
        ("empty.csv", "the file is empty"),
        ("binary_photo.jpg", "kith cannot tell what this file holds"),
        ("unknown_format_prose.txt", "not a contacts file kith knows"),
        ("utf8_then_latin1_bytes.csv", ":3: the text stops being utf-8"),
    ],
)
def test_a_file_that_cannot_be_read_is_one_error_and_writes_nothing(
    workspace: Workspace, name: str, reason: str
) -> None:
    before = everything(workspace)
    with pytest.raises(KithError, match=re.escape(reason)):
        import_path(workspace, DATA / name, OPTIONS)
    assert everything(workspace) == before


def test_a_zip_without_contacts_and_a_zip_bomb_write_nothing(workspace: Workspace, tmp_path: Path) -> None:
    holiday = tmp_path / "holiday.zip"
    with zipfile.ZipFile(holiday, "w") as archive:
        archive.writestr("beach.jpg", b"\xff\xd8\xff" + b"\0" * 100)
    bomb = tmp_path / "bomb.zip"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("Connections.csv", "First Name,Last Name,URL,Connected On\n" + "," * 5_000_000)
    before = everything(workspace)
    with pytest.raises(InputError, match="the ZIP holds no contacts file"):
        import_path(workspace, holiday, OPTIONS)
    with pytest.raises(InputError, match="refusing a zip bomb"):
        import_path(workspace, bomb, OPTIONS)
    assert everything(workspace) == before


NEWER = """First Name,Last Name,URL,Email Address,Company,Position,Connected On
Jane,Doe,https://www.linkedin.com/in/jane-doe-1234,,"Initech",Chief Revenue Officer,12 Mar 2024
"""


def test_a_newer_export_updates_what_changed_keeps_what_it_dropped_and_records_the_new_role(
    workspace: Workspace, database: str, tmp_path: Path
) -> None:
    import_path(workspace, DATA / "linkedin_Connections_notes_preamble_bom.csv", OPTIONS)
    newer = tmp_path / "Connections.csv"
    newer.write_text(NEWER, encoding="utf-8")
    later = open_workspace(database, clock=fixed_clock(NOW.replace(year=2027)))
    try:
        summary = import_path(later, newer, OPTIONS)
        jane = profile(later, "Jane Doe")
    finally:
        later.close()
    assert summary.counts["updated"] == 1
    assert (jane.person.company, jane.person.title) == ("Initech", "Chief Revenue Officer")
    assert jane.person.identities_of(IdentityKind.EMAIL)[0].value == "jane.doe@example.com"  # kept
    assert [n.body for n in jane.notes] == [
        f"The import of {newer} on 2027-11-25 no longer has their email “jane.doe@example.com”: kept as it was."
    ]
    with workspace.db.reading() as conn:
        changes = conn.execute(
            sa.select(
                schema.person_changes.c.field, schema.person_changes.c.old_value, schema.person_changes.c.new_value
            ).order_by(schema.person_changes.c.field)
        ).all()
    assert [tuple(c) for c in changes] == [
        ("company", "Acme, Inc.", "Initech"),
        ("title", "Head of Sales", "Chief Revenue Officer"),
    ]


def test_a_field_edited_by_hand_is_never_overwritten(workspace: Workspace, tmp_path: Path) -> None:
    import_path(workspace, DATA / "linkedin_Connections_notes_preamble_bom.csv", OPTIONS)
    edit_person(workspace, "Jane Doe", PersonDetails(company="Acme Robotics"), IdentityChanges())
    newer = tmp_path / "Connections.csv"
    newer.write_text(NEWER, encoding="utf-8")
    import_path(workspace, newer, OPTIONS)
    jane = find_person(workspace, "Jane Doe")
    assert jane.company == "Acme Robotics"
    assert jane.title == "Chief Revenue Officer"


def test_a_strong_match_merges_a_weak_one_waits_and_unmerge_splits_the_record_out(workspace: Workspace) -> None:
    from kith.app.dupes import find_dupes
    from kith.app.merging import unmerge

    import_path(workspace, DATA / "linkedin_Connections_notes_preamble_bom.csv", OPTIONS)
    vcards = import_path(workspace, DATA / "apple_contacts_3.0_grouped_labels_photo.vcf", OPTIONS)
    assert vcards.counts["merged"] == 1  # Jane: the same LinkedIn profile
    assert vcards.counts["waiting for review"] == 1  # Giuseppe Verdi: a name and nothing else
    assert [(p.a_name, p.b_name) for p in find_dupes(workspace)] == [("Giuseppe Verdi", "Giuseppe Verdi")]
    jane = find_person(workspace, "jane.doe@example.com")
    assert {i.value for i in jane.identities_of(IdentityKind.PHONE)} == {"+393331234567", "+390212345678"}
    done = unmerge(workspace, "jane.doe@example.com")
    card = find_person(workspace, f"#{done.restored_id}")
    jane = find_person(workspace, "jane.doe@example.com")
    assert jane.identities_of(IdentityKind.PHONE) == ()
    assert {i.value for i in card.identities_of(IdentityKind.PHONE)} == {"+393331234567", "+390212345678"}
    assert card.tags == ("clients", "milano")
    assert jane.tags == ()


@settings(max_examples=25, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(content=st.binary(max_size=400) | st.text(max_size=300).map(str.encode))
def test_importing_arbitrary_bytes_raises_only_kiths_own_errors(
    tmp_path_factory: pytest.TempPathFactory, content: bytes
) -> None:
    folder = tmp_path_factory.mktemp("bytes")
    path = folder / "contacts.csv"
    path.write_bytes(content)
    ws = open_workspace(f"sqlite:///{folder / 'kith.db'}", clock=fixed_clock(NOW))
    try:
        import_path(ws, path, OPTIONS)
    except KithError:
        pass
    finally:
        ws.close()


names = st.text(alphabet="AaBbéÑ oO-'", min_size=1, max_size=12)
rows = st.lists(
    st.tuples(
        names,
        names,
        st.sampled_from(["", "ana@example.ph", "jo@example.com", "x@y.org", "bad-email"]),
        st.sampled_from(["", "Acme", "=cmd()", "Globe, Inc."]),
        st.sampled_from(["", "1984-03-12", "--03-12", "31/02/1990"]),
        st.sampled_from(["", "+39 333 123 4567", "0917 555 0123"]),
    ),
    min_size=1,
    max_size=8,
)


@settings(max_examples=15, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(table=rows)
def test_importing_any_contacts_file_twice_is_a_no_op(
    tmp_path_factory: pytest.TempPathFactory, table: list[tuple[str, ...]]
) -> None:
    import csv

    folder = tmp_path_factory.mktemp("twice")
    path = folder / "contacts.csv"
    with path.open("w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(["First Name", "Last Name", "E-mail", "Company", "Birthday", "Phone"])
        writer.writerows(table)
    ws = open_workspace(f"sqlite:///{folder / 'kith.db'}", clock=fixed_clock(NOW))
    ws.default_region = "US"
    try:
        import_path(ws, path, OPTIONS)
        before = everything(ws)
        again = import_path(ws, path, OPTIONS)
        assert everything(ws) == before
        assert again.counts["added"] == again.counts["merged"] == again.counts["updated"] == 0
    finally:
        ws.close()
