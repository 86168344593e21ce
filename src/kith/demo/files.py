"""The demo network written as the files kith imports, the way their programs write them.

- ``write_linkedin_connections``: LinkedIn's ``Connections.csv`` (a byte-order mark, the
  "Notes:" preamble, most emails left empty as LinkedIn hides them, "12 Mar 2024" dates);
- ``write_vcards``: one vCard 3.0 file as Apple Contacts exports it (grouped labels,
  ``type=`` parameters, escaped commas, folded lines, BDAY with or without the year).

Used by the import benchmark and the demo; the people come from ``generate_network``.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable
from datetime import date
from pathlib import Path

from kith.core.model import IdentityKind, Person

_PREAMBLE = (
    "Notes:\n"
    '"When exporting your connection data, you may notice that some of the email addresses are missing. '
    'You will only see email addresses for connections who have allowed their connections to see or download it."\n'
    "\n"
)
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def _first(person: Person, kind: IdentityKind) -> str:
    found = person.identities_of(kind)
    return found[0].value if found else ""


def _slug(person: Person, position: int) -> str:
    return _first(
        person, IdentityKind.LINKEDIN
    ) or f"{person.given_name}-{person.family_name}-{position:x}".lower().replace(" ", "-")


def linkedin_day(day: date) -> str:
    return f"{day.day:02d} {_MONTHS[day.month - 1]} {day.year}"


def write_linkedin_connections(path: Path, people: Iterable[Person], today: date) -> int:
    """LinkedIn's Connections.csv for ``people``; one in three shows an email. Returns the rows."""
    rows = 0
    with path.open("w", encoding="utf-8-sig", newline="") as out:
        out.write(_PREAMBLE)
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(["First Name", "Last Name", "URL", "Email Address", "Company", "Position", "Connected On"])
        for position, person in enumerate(people):
            email = _first(person, IdentityKind.EMAIL) if position % 3 == 0 else ""
            since = person.known_since or today
            writer.writerow([
                person.given_name, person.family_name, f"https://www.linkedin.com/in/{_slug(person, position)}",
                email, person.company, person.title, linkedin_day(since),
            ])  # fmt: skip
            rows += 1
    return rows


def _escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace(",", "\\,").replace(";", "\\;").replace("\n", "\\n")


def _fold(line: str) -> str:
    if len(line) <= 75:
        return line + "\r\n"
    parts = [line[:75]] + [line[i : i + 74] for i in range(75, len(line), 74)]
    return "\r\n ".join(parts) + "\r\n"


def write_vcards(path: Path, people: Iterable[Person]) -> int:
    """One vCard 3.0 file for ``people``, as Apple Contacts writes it. Returns the cards."""
    cards = 0
    with path.open("w", encoding="utf-8", newline="") as out:
        for person in people:
            lines = ["BEGIN:VCARD", "VERSION:3.0", f"N:{_escape(person.family_name)};{_escape(person.given_name)};;;",
                     f"FN:{_escape(person.display_name)}"]  # fmt: skip
            if person.company:
                lines.append(f"ORG:{_escape(person.company)};")
            if person.title:
                lines.append(f"TITLE:{_escape(person.title)}")
            for n, email in enumerate(person.identities_of(IdentityKind.EMAIL), 1):
                lines += [f"item{n}.EMAIL;type=INTERNET;type=pref:{email.value}", f"item{n}.X-ABLabel:_$!<Other>!$_"]
            for phone in person.identities_of(IdentityKind.PHONE):
                lines.append(f"TEL;type=CELL;type=VOICE;type=pref:{phone.value}")
            if person.city or person.country:
                lines.append(f"ADR;type=HOME;type=pref:;;;{_escape(person.city)};;;{person.country}")
            if person.birthday is not None:
                b = person.birthday
                lines.append(
                    f"BDAY:{b.year:04d}-{b.month:02d}-{b.day:02d}" if b.year else f"BDAY:--{b.month:02d}-{b.day:02d}"
                )
            if person.tags:
                lines.append("CATEGORIES:" + ",".join(_escape(t) for t in person.tags))
            if person.how_we_met:
                lines.append(f"NOTE:{_escape(person.how_we_met)}")
            lines.append("END:VCARD")
            out.write("".join(_fold(line) for line in lines))
            cards += 1
    return cards
