"""The normalise stage: a contact record read from a file, as the values kith stores.

A ``ContactRecord`` says what the file said; an ``Incoming`` says what kith will keep: the
person's fields in the plain form of ``kith.core.updates``, the identities that normalise
(a phone without a country code read in the contact's country, else the user's region),
tags cleaned as ``kith tag`` cleans them, the note, the photo, the key under which the
record is remembered across exports, and the matcher's view of it.
"""

from __future__ import annotations

import base64
import hashlib
from dataclasses import dataclass
from typing import Any

from kith.core.errors import InvalidValue
from kith.core.identity import normalise_phone
from kith.core.matching import MatchProfile, ProfileId
from kith.core.model import IdentityKind
from kith.core.updates import digest, is_empty
from kith.sources.contacts import ContactRecord

IdentityValue = tuple[str, str, str]  # kind, normalised value, label
_ONE_LINE = frozenset({"display_name", "given_name", "family_name", "company", "title", "city"})


@dataclass(frozen=True, slots=True)
class Incoming:
    """One contact record, normalised, ready to be matched and written."""

    key: str  # stable across exports of the same address book (see ``record_key``)
    format: str  # the format it was read in (``Provenance.format``)
    where: str  # ``FILE:LINE``, for the summary
    source_record: str  # "line 4", "card 2 (line 9)"
    values: dict[str, Any]  # person fields, plain (core.updates)
    identities: tuple[IdentityValue, ...]
    tags: tuple[str, ...]
    note: str
    photo: str  # base64, or ""
    photo_type: str
    fields: dict[str, Any]  # everything above that is remembered with the record
    digest: str
    profile: MatchProfile
    warnings: tuple[str, ...] = ()


def clean_tag(tag: str) -> str:
    return " ".join(tag.strip().lower().split())


def _identities(record: ContactRecord, region: str) -> tuple[list[IdentityValue], list[str]]:
    found: list[IdentityValue] = []
    problems: list[str] = []
    for point in record.contact_points:
        value = point.normalised
        if value is None and point.kind is IdentityKind.PHONE:
            try:
                value = normalise_phone(point.raw, record.country_code or region or None)
            except InvalidValue as exc:
                problems.append(f"the phone {point.raw!r} was left out: {exc.reason}")
        if value is None:
            continue
        entry = (point.kind.value, value, point.label[:100])
        if all((k, v) != (entry[0], entry[1]) for k, v, _ in found):
            found.append(entry)
    return found, problems


def record_key(record: ContactRecord, found: list[IdentityValue]) -> str:
    """The record's key: its vCard UID, else its LinkedIn profile, email or phone, else its place.

    Keys are per format, so that a Google CSV and a vCard of the same contact stay two
    records (each export has its own fields), while a newer export of either finds its own.
    """
    fmt = record.provenance.format
    if record.uid:
        return f"{fmt}:uid:{record.uid}"
    for kind in ("linkedin", "email", "phone"):
        for k, value, _ in found:
            if k == kind:
                return f"{fmt}:{kind}:{value}"
    return f"{fmt}:file:{record.provenance.where}:{record.provenance.position}"


def normalise(record: ContactRecord, region: str, profile_id: ProfileId) -> Incoming:
    """The record as kith keeps it; ``profile_id`` names it in the matcher until it has a person."""
    found, problems = _identities(record, region)
    given = " ".join(part for part in (record.given_name, record.middle_name) if part)
    values: dict[str, Any] = {
        # A card with only an address in it is named by the address until the user names it.
        "display_name": record.display_name or (found[0][1] if found else "(no name)"),
        "given_name": given,
        "family_name": record.family_name,
        "company": record.company,
        "title": record.title,
        "city": record.city,
        "country": record.country_code,
        "postal_address": record.postal_address,
        "birthday": record.birthday.iso() if record.birthday else None,
        "languages": list(record.languages),
        "known_since": record.connected_on.isoformat() if record.connected_on else None,
    }
    # A spreadsheet cell may hold a line break ("Ayuntamiento de\nMadrid"); a name, company,
    # title or city is one line.
    values = {k: " ".join(v.split()) if isinstance(v, str) and k in _ONE_LINE else v for k, v in values.items()}
    values = {k: v for k, v in values.items() if not is_empty(v)}
    tags = tuple(dict.fromkeys(t for t in (clean_tag(t) for t in record.tags) if t))
    photo = base64.b64encode(record.photo).decode() if record.photo else ""
    fields = {
        **values,
        "identities": [list(entry) for entry in found],
        "tags": list(tags),
        "note": record.notes.strip(),
        "photo": hashlib.sha256(photo.encode()).hexdigest()[:16] if photo else "",
    }
    address = record.address
    profile = MatchProfile(
        id=profile_id,
        given_name=given,
        family_name=record.family_name,
        display_name=record.display_name,
        emails=tuple(v for k, v, _ in found if k == "email"),
        phones=tuple(v for k, v, _ in found if k == "phone"),
        linkedin=tuple(v for k, v, _ in found if k == "linkedin"),
        company=record.company,
        city=record.city,
        country=record.country_code,
        birthday=record.birthday,
        street=address.street.splitlines()[0] if address and address.street else "",
        postcode=address.postal_code if address else "",
    )
    provenance = record.provenance
    return Incoming(
        key=record_key(record, found),
        format=provenance.format,
        where=f"{provenance.where}:{provenance.line}",
        source_record=provenance.position,
        values=values,
        identities=tuple(found),
        tags=tags,
        note=record.notes.strip(),
        photo=photo,
        photo_type=record.photo_type,
        fields=fields,
        digest=digest(fields),
        profile=profile,
        warnings=(*record.warnings, *problems),
    )
