"""People as vCard 4.0 (RFC 6350), one card each, as CardDAV servers and address books take them.

Written by hand: the grammar is small (``NAME;PARAM=value:value``, escaped, folded at 75
octets, CRLF) and the importer reads these cards back (``kith.sources.contacts.vcard``),
which a test checks along with an independent parser. A postal address kith formatted from
a card's parts (street, then postcode, city and region, then country) is split back into
those parts, so it round-trips.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from kith.core.model import IdentityKind, Person

_NAMESPACE = uuid.UUID("6f1c9b2e-7d3a-4a8e-9c55-2b1f0e6d4a17")  # kith's UUIDs for exported cards
_LOCALITY = re.compile(r"^(?:(?P<code>[\w-]*\d[\w-]*(?: [A-Z0-9]{3})?) )?(?P<city>.*?)(?: \((?P<region>[^()]*)\))?$")
_SERVICES = {"twitter": "https://twitter.com/", "github": "https://github.com/", "facebook": "https://facebook.com/",
             "instagram": "https://instagram.com/"}  # fmt: skip


@dataclass(frozen=True, slots=True)
class Card:
    """What a card carries beyond the person: their notes and photo."""

    person: Person
    notes: Sequence[str] = ()
    photo_type: str = ""
    photo: str = ""  # base64
    owner: str = "me"


def escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "").replace(",", "\\,").replace(";", "\\;")


def fold(line: str) -> str:
    """A content line folded at 75 octets, never inside a UTF-8 character."""
    out: list[str] = []
    current, size = "", 0
    for char in line:
        width = len(char.encode())
        if size + width > (75 if not out else 74):
            out.append(current)
            current, size = "", 0
        current += char
        size += width
    out.append(current)
    return "\r\n ".join(out) + "\r\n"


def uid(owner: str, person_id: int | None) -> str:
    return f"urn:uuid:{uuid.uuid5(_NAMESPACE, f'{owner}/{person_id}')}"


def address_parts(text: str, city: str, country: str) -> tuple[str, str, str, str, str]:
    """Street, city, region, postcode and country of a stored postal address."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    if not lines:
        return "", city, "", "", country
    street = lines[0]
    locality = lines[1] if len(lines) > 1 else ""
    found = _LOCALITY.match(locality)
    code = (found["code"] or "") if found else ""
    town = (found["city"] or "") if found else locality
    region = (found["region"] or "") if found else ""
    return street, town or city, region, code, lines[2] if len(lines) > 2 else country


def card_lines(card: Card) -> Iterator[str]:
    person = card.person
    yield "BEGIN:VCARD"
    yield "VERSION:4.0"
    yield "KIND:individual"
    yield f"UID:{uid(card.owner, person.id)}"
    yield f"FN:{escape(person.display_name)}"
    if person.given_name or person.family_name:
        yield f"N:{escape(person.family_name)};{escape(person.given_name)};;;"
    if person.company:
        yield f"ORG:{escape(person.company)}"
    if person.title:
        yield f"TITLE:{escape(person.title)}"
    for identity in person.identities:
        label = f";TYPE={escape(identity.label.lower())}" if identity.label and identity.label.isalpha() else ""
        match identity.kind:
            case IdentityKind.EMAIL:
                yield f"EMAIL{label}:{identity.value}"
            case IdentityKind.PHONE:
                yield f"TEL;VALUE=uri{label}:tel:{identity.value}"
            case IdentityKind.LINKEDIN:
                yield f"URL;TYPE=linkedin:https://www.linkedin.com/in/{identity.value}"
            case IdentityKind.URL:
                yield f"URL:{identity.value}"
            case IdentityKind.HANDLE:
                service, _, name = identity.value.partition(":")
                if service in _SERVICES:
                    yield f"X-SOCIALPROFILE;TYPE={service}:{_SERVICES[service]}{name}"
                else:
                    yield f"IMPP:{identity.value}"
    if person.postal_address or person.city or person.country:
        street, city, region, code, country = address_parts(person.postal_address, person.city, person.country)
        parts = ";".join(escape(p) for p in ("", "", street, city, region, code, country))
        yield f"ADR:{parts}"
    if person.birthday is not None:
        b = person.birthday
        yield f"BDAY:{b.year:04d}{b.month:02d}{b.day:02d}" if b.year else f"BDAY:--{b.month:02d}{b.day:02d}"
    for position, language in enumerate(person.languages, 1):
        yield f"LANG;PREF={position}:{language}"
    if person.tags:
        yield "CATEGORIES:" + ",".join(escape(t) for t in person.tags)
    for note in card.notes:
        yield f"NOTE:{escape(note)}"
    if card.photo:
        yield f"PHOTO:data:{card.photo_type or 'image/jpeg'};base64,{card.photo}"
    yield "END:VCARD"


def card_text(card: Card) -> str:
    """The card as text, folded, with CRLF line ends."""
    return "".join(fold(line) for line in card_lines(card))
