"""kith export --format vcard and csv: what another program reads, and the round trip through the importer."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import httpx
import pytest
import vobject

from kith.app.backup import ExportFormat, export_backup, export_backup_to_file
from kith.app.imports import ImportOptions, import_path
from kith.app.people import PersonDetails, add_person, find_person
from kith.app.workspace import Workspace, fixed_clock, open_workspace
from kith.outbound.spreadsheet import neutralised
from kith.outbound.vcard import fold
from tests.conftest import NOW
from tests.servers.radicale import RadicaleServer

DATA = Path(__file__).parents[1] / "data" / "contacts"
OPTIONS = ImportOptions()


def exported(ws: Workspace, format: ExportFormat) -> str:
    out = io.StringIO(newline="")
    export_backup(ws, out, format=format)
    return out.getvalue()


def fill(ws: Workspace) -> None:
    import_path(ws, DATA / "linkedin_Connections_notes_preamble_bom.csv", OPTIONS)
    import_path(ws, DATA / "apple_contacts_3.0_grouped_labels_photo.vcf", OPTIONS)
    import_path(ws, DATA / "vcard_4.0_data_uri_photo_lang.vcf", OPTIONS)


def test_the_vcards_parse_with_an_independent_parser(workspace: Workspace) -> None:
    fill(workspace)
    text = exported(workspace, ExportFormat.VCARD)
    assert all(len(line.encode()) <= 75 for line in text.split("\r\n"))
    cards = list(vobject.readComponents(text))
    assert len(cards) == 6
    jane = next(c for c in cards if c.fn.value == "Jane Doe")
    assert jane.version.value == "4.0"
    assert jane.org.value == ["Acme, Inc."]
    assert sorted(e.value for e in jane.email_list) == ["jane.doe@example.com", "jane@personal.example"]
    assert jane.note.value == "Met at the Milan fair.\nLikes espresso; hates meetings."
    assert jane.categories.value == ["clients", "milano"]


def test_the_vcards_round_trip_through_the_importer(workspace: Workspace, tmp_path: Path) -> None:
    fill(workspace)
    path = tmp_path / "people.vcf"
    export_backup_to_file(workspace, path, format=ExportFormat.VCARD)
    again = open_workspace(f"sqlite:///{tmp_path / 'again.db'}", clock=fixed_clock(NOW))
    try:
        summary = import_path(again, path, OPTIONS)
        assert (summary.counts["added"], summary.skipped) == (6, [])
        for person_id in range(1, 7):  # the cards come in id order, and go in in that order
            mine, theirs = find_person(workspace, f"#{person_id}"), find_person(again, f"#{person_id}")
            assert _comparable(mine) == _comparable(theirs), person_id
        assert exported(again, ExportFormat.VCARD) == exported(workspace, ExportFormat.VCARD)
    finally:
        again.close()


def _comparable(person: object) -> tuple[object, ...]:
    from kith.core.model import Person

    assert isinstance(person, Person)
    return (
        person.display_name, person.given_name, person.family_name, person.company, person.title, person.city,
        person.country, person.postal_address, person.birthday, person.languages, person.tags,
        sorted((i.kind.value, i.value) for i in person.identities),
    )  # fmt: skip


def test_csv_cells_that_a_spreadsheet_would_run_are_neutralised(workspace: Workspace) -> None:
    add_person(workspace, PersonDetails(name='=HYPERLINK("http://evil.example")', company="+1 Corp", title="-x"))
    add_person(workspace, PersonDetails(name="@SUM(A1)", company="Tabbed", title="Safe title"))
    rows = list(csv.reader(io.StringIO(exported(workspace, ExportFormat.CSV))))
    assert rows[0][:3] == ["id", "name", "given name"]
    names = {r[1]: r for r in rows[1:]}
    assert names['\'=HYPERLINK("http://evil.example")'][4:6] == ["'+1 Corp", "'-x"]
    assert names["'@SUM(A1)"][4:6] == ["Tabbed", "Safe title"]
    assert neutralised("\rcmd") == "'\rcmd"
    assert neutralised("\tcmd") == "'\tcmd"
    assert neutralised("Ana") == "Ana"


def test_folding_never_splits_a_character() -> None:
    line = "NOTE:" + "è" * 100
    folded = fold(line)
    assert all(len(part.encode()) <= 75 for part in folded.split("\r\n"))
    assert folded.replace("\r\n ", "").rstrip("\r\n") == line


def test_a_carddav_server_accepts_every_exported_card(workspace: Workspace, radicale: RadicaleServer) -> None:
    """Radicale checks each vCard it is given (with vobject) and refuses an invalid one with
    an HTTP error; every card kith exports goes in, and the server gives the same person back."""
    fill(workspace)
    text = exported(workspace, ExportFormat.VCARD)
    cards = ["BEGIN:VCARD" + chunk for chunk in text.split("BEGIN:VCARD")[1:]]
    assert len(cards) == 6
    book = radicale.new_address_book("ana")
    with pytest.raises(httpx.HTTPStatusError):  # the server does check: a broken card is refused
        radicale.put("ana", f"{book}broken.vcf", "BEGIN:VCARD\r\nFN:Nobody\r\n", content_type="text/vcard")
    for number, card in enumerate(cards, start=1):
        radicale.put("ana", f"{book}card-{number}.vcf", card, content_type="text/vcard; charset=utf-8")
    for number, card in enumerate(cards, start=1):
        served = vobject.readOne(radicale.get("ana", f"{book}card-{number}.vcf"))
        mine = vobject.readOne(card)
        assert served.fn.value == mine.fn.value
        assert sorted(e.value for e in getattr(served, "email_list", [])) == sorted(
            e.value for e in getattr(mine, "email_list", [])
        )
        assert served.uid.value == mine.uid.value
