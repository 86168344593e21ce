"""Exporting people as vCard 4.0 or CSV (``kith export --format vcard|csv``).

People stream from the store a page at a time, with their notes and photo, through the
writers in ``kith.outbound``; memory stays flat however large the network.
"""

from __future__ import annotations

import csv
import itertools
from collections.abc import Iterator
from typing import IO

from kith.app.workspace import Workspace
from kith.core.model import Person
from kith.outbound import spreadsheet
from kith.outbound.vcard import Card, card_text
from kith.store import contacts as records
from kith.store.people import PAGE_ROWS, iter_people


def _pages(ws: Workspace) -> Iterator[tuple[list[Person], dict[int, list[str]], dict[int, tuple[str, str]]]]:
    with ws.db.reading() as conn:
        people = iter_people(conn, ws.owner_id, sort="id")
        while page := list(itertools.islice(people, PAGE_ROWS)):
            ids = [p.id for p in page if p.id is not None]
            notes, photos = records.notes_and_photos(conn, ids)
            yield page, notes, photos


def write_vcards(ws: Workspace, out: IO[str]) -> int:
    """Every person as a vCard 4.0 card; returns how many."""
    owner = str(ws.owner_id)
    written = 0
    for page, notes, photos in _pages(ws):
        for person in page:
            media_type, data = photos.get(person.id or 0, ("", ""))
            out.write(card_text(Card(person, notes.get(person.id or 0, ()), media_type, data, owner)))
            written += 1
    return written


def write_csv(ws: Workspace, out: IO[str]) -> int:
    """Every person as a CSV row (formula injection neutralised); returns how many."""
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(spreadsheet.HEADER)
    written = 0
    for page, _, _ in _pages(ws):
        for person in page:
            writer.writerow(spreadsheet.row(person))
            written += 1
    return written
