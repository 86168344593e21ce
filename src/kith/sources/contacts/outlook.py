"""Outlook CSV, as Outlook for Windows (File > Open & Export > Export to a file) and
Outlook.com (People > Manage > Export contacts) write it.

Outlook names fixed columns: three emails, a phone per kind (``Mobile Phone``,
``Business Phone``...), three addresses (Business, Home, Other). Its quirks: ``Title`` is
the honorific (Mr., Dr.), not the job; ``0/0/00`` or ``1/1/4501`` mean "no birthday"; the
birthday is written in the computer's date order (month first in US English); an Exchange
colleague's "email" is an X.500 path (``E-mail Type`` ``EX``), not an address; categories
are separated by semicolons; Outlook for Windows writes the Windows code page (cp1252).
"""

from __future__ import annotations

from collections.abc import Mapping

from kith.core.errors import InvalidValue
from kith.core.model import IdentityKind
from kith.sources.contacts.dates import parse_birthday
from kith.sources.contacts.points import PointCollector, finish_contact, postal_address
from kith.sources.contacts.records import ContactRecord, PostalAddress, Provenance

_EMAILS = (
    ("e mail address", "e mail type"),
    ("e mail 2 address", "e mail 2 type"),
    ("e mail 3 address", "e mail 3 type"),
)
_PHONES = {
    "mobile phone": "mobile",
    "business phone": "work",
    "business phone 2": "work",
    "home phone": "home",
    "home phone 2": "home",
    "primary phone": "main",
    "company main phone": "company",
    "other phone": "other",
    "car phone": "car",
    "assistant s phone": "assistant",
    "callback": "callback",
    "pager": "pager",
    "radio phone": "radio",
    "isdn": "isdn",
    "tty tdd phone": "tty",
    "telex": "telex",
    "business fax": "work fax",
    "home fax": "home fax",
    "other fax": "other fax",
}
_ADDRESSES = ("business", "home", "other")
_OTHER = {
    "title", "first name", "middle name", "last name", "suffix", "nickname", "given yomi", "surname yomi",
    "company", "department", "job title", "office location", "manager s name", "assistant s name",
    "company yomi", "web page", "personal web page", "birthday", "anniversary", "notes", "categories",
    "spouse", "children", "e mail display name", "e mail 2 display name", "e mail 3 display name",
    "im address", "imaddress", "schools", "hobby", "location", "profession", "gender", "language",
    "initials", "user 1", "user 2", "user 3", "user 4", "account", "keywords", "private", "sensitivity",
    "priority", "mileage", "billing information", "directory server", "internet free busy", "referred by",
    "government id number", "organizational id number", "business street 2", "business street 3",
}  # fmt: skip
HEADERS = (
    {key for pair in _EMAILS for key in pair}
    | set(_PHONES)
    | _OTHER
    | {
        f"{kind} {part}"
        for kind in _ADDRESSES
        for part in (
            "street",
            "street 2",
            "street 3",
            "city",
            "state",
            "postal code",
            "country",
            "country region",
            "po box",
        )
    }
)


def is_outlook(keys: set[str]) -> bool:
    return "e mail address" in keys and bool(
        keys & {"mobile phone", "business phone", "home phone", "job title", "e mail 2 address"}
    )


class OutlookColumns:
    """Reads the rows of an Outlook contacts CSV export."""

    def __init__(self, region: str | None) -> None:
        self.region = region

    def record(self, cells: Mapping[str, str], provenance: Provenance) -> ContactRecord:
        def get(key: str) -> str:
            return cells.get(key, "").strip()

        warnings: list[str] = []
        addresses = [self._address(cells, kind) for kind in _ADDRESSES]
        address = next((a for a in addresses if a is not None), None)
        points = PointCollector((address.country_code if address else "") or self.region)
        for address_key, type_key in _EMAILS:
            value = get(address_key)
            if value and get(type_key).upper() == "EX":
                warnings.append(f"the Exchange address {value!r} was left out: it is not an email address")
            elif value:
                points.add(IdentityKind.EMAIL, value)
        for key, label in _PHONES.items():
            points.add(IdentityKind.PHONE, get(key), label)
        points.add(IdentityKind.URL, get("web page"), "work")
        points.add(IdentityKind.URL, get("personal web page"), "home")
        birthday = None
        if raw := get("birthday"):
            try:
                birthday = parse_birthday(raw, month_first=True)
            except InvalidValue as exc:
                warnings.append(f"the birthday {raw!r} was left out: {exc.reason}")
        return finish_contact(
            provenance,
            points,
            given_name=get("first name"),
            middle_name=get("middle name"),
            family_name=get("last name"),
            addresses=addresses,
            warnings=warnings,
            nickname=get("nickname"),
            company=get("company"),
            department=get("department"),
            title=get("job title"),
            birthday=birthday,
            notes=cells.get("notes", "").strip(),
            tags=tuple(dict.fromkeys(tag.strip() for tag in get("categories").split(";") if tag.strip())),
        )

    @staticmethod
    def _address(cells: Mapping[str, str], kind: str) -> PostalAddress | None:
        def part(name: str) -> str:
            return cells.get(f"{kind} {name}", "").strip()

        street = "\n".join(p for p in (part("street"), part("street 2"), part("street 3"), part("po box")) if p)
        country = part("country region") or part("country")
        return postal_address(kind, street, part("city"), part("state"), part("postal code"), country)
