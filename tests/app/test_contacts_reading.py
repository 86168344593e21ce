"""A large contacts file is read and normalised in a reader process: the import sees exactly
what it would see reading the file itself, and a whole import gives the same database."""

from __future__ import annotations

import multiprocessing
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from kith.app.contacts import reading
from kith.app.contacts.reading import CHUNK, read_items
from kith.app.imports import ImportOptions, import_paths
from kith.app.workspace import Workspace, fixed_clock, open_workspace
from kith.core.errors import InputError
from kith.demo.files import write_linkedin_connections, write_vcards
from kith.demo.network import generate_network
from kith.sources.contacts import Skipped
from tests.app.test_contacts_import import DATA, everything
from tests.conftest import NOW

OPTIONS = ImportOptions()
FIXTURES = sorted(p for p in DATA.iterdir() if p.suffix in (".csv", ".vcf", ".txt"))


def items(path: Path, *, parallel: bool, options: ImportOptions = OPTIONS) -> list[Any]:
    """What the importer is given, with the error that stopped the reading at the end."""
    found: list[Any] = []
    try:
        for item in read_items(path, options, "US", parallel=parallel):
            # An exception equals only itself: a skipped record is compared by its message.
            found.append(("skipped", item.message) if isinstance(item, Skipped) else item)
    except InputError as exc:
        found.append(("stopped", str(exc)))
    return found


@pytest.fixture(scope="module")
def network_files(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """A Connections.csv of 1,300 rows (three chunks) and 500 cards, 200 of them connections too."""
    folder = tmp_path_factory.mktemp("network")
    people = [d.person for d in generate_network(1_600, 5, 3, date(2026, 11, 25))]
    connections, cards = folder / "Connections.csv", folder / "contacts.vcf"
    write_linkedin_connections(connections, people[:1_300], date(2026, 11, 25))
    write_vcards(cards, people[-500:][::-1] + people[1_100:1_300])
    return connections, cards


@pytest.mark.parametrize("path", FIXTURES, ids=lambda p: p.name)
def test_a_reader_process_gives_every_item_of_a_fixture_as_read_here(path: Path) -> None:
    assert items(path, parallel=True) == items(path, parallel=False)


def test_a_reader_process_gives_a_large_file_in_order_across_chunks(network_files: tuple[Path, Path]) -> None:
    connections, _ = network_files
    alone = items(connections, parallel=False)
    assert len(alone) > 2 * CHUNK
    assert items(connections, parallel=True) == alone
    assert [item.profile.id for item in alone[:3]] == ["r1", "r2", "r3"]


def test_an_error_met_by_the_reader_process_stops_the_import_with_its_own_message() -> None:
    forced = ImportOptions(format="vcard")
    stopped = items(DATA / "google_contacts.csv", parallel=True, options=forced)
    assert stopped == items(DATA / "google_contacts.csv", parallel=False, options=forced)
    assert stopped == [("stopped", f"{DATA / 'google_contacts.csv'}: this is not a vCard file: it has no BEGIN:VCARD")]


def test_an_importer_that_stops_early_leaves_no_reader_process_behind(network_files: tuple[Path, Path]) -> None:
    connections, _ = network_files
    read = read_items(connections, OPTIONS, "US", parallel=True)
    assert next(read).profile.id == "r1"
    read.close()  # what a --strict import does at its first skipped record
    assert multiprocessing.active_children() == []


@pytest.fixture
def twin(other_database: str) -> Iterator[Workspace]:
    ws = open_workspace(other_database, clock=fixed_clock(NOW))
    ws.default_region = "US"
    try:
        yield ws
    finally:
        ws.close()


def test_an_import_through_reader_processes_writes_what_an_import_without_them_writes(
    workspace: Workspace, twin: Workspace, network_files: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(reading, "PARALLEL_FROM", 0)
    parallel = import_paths(workspace, list(network_files), OPTIONS)
    monkeypatch.setattr(reading, "PARALLEL_FROM", 1 << 60)
    alone = import_paths(twin, list(network_files), OPTIONS)
    assert [(s.counts, s.notes, s.skipped) for s in parallel] == [(s.counts, s.notes, s.skipped) for s in alone]
    assert parallel[1].counts["merged"] > 0
    assert everything(workspace) == everything(twin)


def test_the_files_of_one_import_write_what_they_write_imported_one_by_one(
    workspace: Workspace, other_database: str, network_files: tuple[Path, Path]
) -> None:
    # One call: each file's match index takes over the people the index before it
    # prepared. One by one, each in a workspace of its own: every index is built afresh.
    paths = [*network_files, network_files[1]]
    together = import_paths(workspace, paths, OPTIONS)
    apart = []
    for path in [*paths, None]:
        ws = open_workspace(other_database, clock=fixed_clock(NOW))
        ws.default_region = "US"
        try:
            if path is None:
                assert everything(workspace) == everything(ws)
            else:
                apart.extend(import_paths(ws, [path], OPTIONS))
        finally:
            ws.close()
    assert [(s.counts, s.notes, s.skipped) for s in together] == [(s.counts, s.notes, s.skipped) for s in apart]
    assert together[1].counts["merged"] > 0
    assert together[2].counts["unchanged"] == 700
