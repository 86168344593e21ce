"""People as a CSV file a spreadsheet opens, with formula injection neutralised.

A cell starting with ``=``, ``+``, ``-`` or ``@`` (or a tab or a carriage return) is read
by Excel, LibreOffice and Google Sheets as a formula, which an imported contact's "name"
could use to run commands or leak data (OWASP's "CSV injection"). Such a cell is written
with a leading apostrophe, which spreadsheets show as plain text.
"""

from __future__ import annotations

from kith.core.model import IdentityKind, Person

HEADER = (
    "id", "name", "given name", "family name", "company", "title", "emails", "phones", "linkedin",
    "web", "city", "country", "postal address", "birthday", "languages", "tags",
)  # fmt: skip
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralised(cell: str) -> str:
    """The cell as a spreadsheet will show it, never run it."""
    return "'" + cell if cell.startswith(_FORMULA_STARTS) else cell


def _values(person: Person, kind: IdentityKind) -> str:
    return "; ".join(i.value for i in person.identities_of(kind))


def row(person: Person) -> list[str]:
    """The person's cells, in the order of ``HEADER``, neutralised."""
    web = "; ".join(i.value for i in person.identities if i.kind in (IdentityKind.URL, IdentityKind.HANDLE))
    cells = [
        str(person.id or ""),
        person.display_name,
        person.given_name,
        person.family_name,
        person.company,
        person.title,
        _values(person, IdentityKind.EMAIL),
        _values(person, IdentityKind.PHONE),
        _values(person, IdentityKind.LINKEDIN),
        web,
        person.city,
        person.country,
        person.postal_address,
        person.birthday.iso() if person.birthday else "",
        ", ".join(person.languages),
        ", ".join(person.tags),
    ]
    return [neutralised(cell) for cell in cells]
