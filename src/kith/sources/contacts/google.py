"""Google Contacts CSV ("Google CSV" in contacts.google.com > Export), in both header sets.

Today's export names columns ``First Name``, ``Organization Name``, ``Labels``,
``E-mail 1 - Label`` / ``E-mail 1 - Value``; the export before 2023 wrote ``Given Name``,
``Group Membership``, ``E-mail 1 - Type``, ``Organization 1 - Name``. Several values of one
kind share a cell, separated by `` ::: ``; a label starting with ``* `` marks the primary one.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from kith.core.errors import InvalidValue
from kith.core.identity import name_key
from kith.core.model import IdentityKind
from kith.sources.contacts.dates import parse_birthday
from kith.sources.contacts.points import PointCollector, finish_contact, postal_address
from kith.sources.contacts.records import ContactRecord, PostalAddress, Provenance

_NUMBERED = re.compile(
    r"^(e mail|phone|address|website|organization|relation|event|im|custom field|external id) (\d+) "
    r"(label|type|value|formatted|street|city|po box|region|postal code|country|extended address|name|title"
    r"|department|yomi name|service|protocol|symbol|location|job description)$"
)
_PLAIN = {
    "first name", "middle name", "last name", "name", "given name", "additional name", "family name",
    "phonetic first name", "phonetic middle name", "phonetic last name", "name prefix", "name suffix",
    "nickname", "file as", "organization name", "organization title", "organization department", "birthday",
    "notes", "photo", "labels", "group membership", "yomi name", "initials", "short name", "maiden name",
    "gender", "occupation", "language",
}  # fmt: skip
_SEPARATOR = " ::: "
# Groups every Google contact is in: not the user's own tags.
_SYSTEM_GROUPS = {"mycontacts", "my contacts", "starred"}
_KINDS = {"e mail": IdentityKind.EMAIL, "phone": IdentityKind.PHONE, "website": IdentityKind.URL}


def is_google_header(key: str) -> bool:
    return key in _PLAIN or _NUMBERED.match(key) is not None


def is_google(keys: set[str]) -> bool:
    numbered = any(_NUMBERED.match(key) for key in keys)
    named = {"labels", "organization name"} <= keys or "group membership" in keys
    return numbered and (named or "given name" in keys or "first name" in keys)


def _values(cell: str) -> list[str]:
    return [part.strip() for part in cell.split(_SEPARATOR) if part.strip()]


def _label(raw: str) -> tuple[str, bool]:
    return (raw[2:].strip(), True) if raw.startswith("* ") else (raw.strip(), False)


class GoogleColumns:
    """Reads the rows of a Google Contacts CSV export."""

    def __init__(self, header: Sequence[str], region: str | None) -> None:
        self.region = region
        self.groups: dict[tuple[str, int], dict[str, str]] = {}  # (kind, n) -> {part: cell key}
        for cell in header:
            key = name_key(cell)
            if match := _NUMBERED.match(key):
                self.groups.setdefault((match[1], int(match[2])), {})[match[3]] = key

    def record(self, cells: Mapping[str, str], provenance: Provenance) -> ContactRecord:
        def get(key: str) -> str:
            return cells.get(key, "").strip()

        addresses: list[PostalAddress | None] = []
        raw_points: list[tuple[IdentityKind, str, str, bool]] = []
        company, title, department = get("organization name"), get("organization title"), get("organization department")
        for (kind, _number), parts in sorted(self.groups.items(), key=lambda item: item[0][1]):
            label, preferred = _label(cells.get(parts.get("label", parts.get("type", "")), ""))
            if kind in _KINDS and (value := cells.get(parts.get("value", ""), "")):
                raw_points.extend((_KINDS[kind], one, label, preferred) for one in _values(value))
            elif kind == "im" and (value := cells.get(parts.get("value", ""), "")):
                service = cells.get(parts.get("service", parts.get("protocol", "")), "").strip() or label or "im"
                raw_points.extend((IdentityKind.HANDLE, f"{service}:{one}", label, preferred) for one in _values(value))
            elif kind == "address":
                addresses.append(self._address(cells, parts, label))
            elif kind == "organization" and not company:
                company = cells.get(parts.get("name", ""), "").strip()
                title = title or cells.get(parts.get("title", ""), "").strip()
                department = department or cells.get(parts.get("department", ""), "").strip()
        address = next((a for a in addresses if a is not None), None)
        points = PointCollector((address.country_code if address else "") or self.region)
        for kind, value, label, preferred in raw_points:
            points.add(kind, value, label, preferred=preferred)
        warnings: list[str] = []
        birthday = None
        if raw_birthday := get("birthday"):
            try:
                birthday = parse_birthday(raw_birthday)
            except InvalidValue as exc:
                warnings.append(f"the birthday {raw_birthday!r} was left out: {exc.reason}")
        tags = [
            tag.removeprefix("* ").removeprefix("System Group: ").strip()
            for tag in _values(get("labels") or get("group membership"))
        ]
        return finish_contact(
            provenance,
            points,
            display_name=get("name"),  # the old export only; today's has the parts alone
            given_name=get("first name") or get("given name"),
            middle_name=get("middle name") or get("additional name"),
            family_name=get("last name") or get("family name"),
            addresses=addresses,
            warnings=warnings,
            nickname=get("nickname"),
            company=company,
            title=title,
            department=department,
            birthday=birthday,
            notes=cells.get("notes", "").strip(),
            tags=tuple(dict.fromkeys(t for t in tags if t and t.casefold() not in _SYSTEM_GROUPS)),
        )

    @staticmethod
    def _address(cells: Mapping[str, str], parts: Mapping[str, str], label: str) -> PostalAddress | None:
        def part(name: str) -> str:
            return cells.get(parts.get(name, ""), "")

        street = "\n".join(p for p in (part("street"), part("extended address"), part("po box")) if p.strip())
        if not street and not part("city") and part("formatted"):
            street = part("formatted")  # only the formatted address was filled in
        return postal_address(label, street, part("city"), part("region"), part("postal code"), part("country"))
