"""Converting between the core's frozen values and table rows, in one place.

Bulk writers (the demo generator, restore, importers) build rows with these functions and
insert them in batches; readers turn rows back into core values.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any

from kith.core.identity import name_key
from kith.core.model import (
    Birthday,
    Channel,
    Direction,
    Favor,
    FavorKind,
    Identity,
    IdentityKind,
    IdentityStatus,
    Interaction,
    InteractionKind,
    Note,
    Person,
    RelationshipKind,
)

Row = dict[str, Any]

# The person fields a user can set, with their column names (the same names).
PERSON_FIELDS = (
    "display_name",
    "given_name",
    "family_name",
    "company",
    "title",
    "city",
    "country",
    "languages",
    "interests",
    "how_we_met",
    "postal_address",
    "birthday",
    "keep_in_touch_days",
)


def person_row(
    person: Person, owner_id: int, now: datetime, source_id: int | None = None, source_record: str | None = None
) -> Row:
    birthday = person.birthday
    row: Row = {
        "owner_id": owner_id,
        "display_name": person.display_name,
        "name_key": name_key(person.display_name),
        "given_name": person.given_name,
        "family_name": person.family_name,
        "company": person.company,
        "title": person.title,
        "city": person.city,
        "country": person.country,
        "languages": list(person.languages),
        "interests": list(person.interests),
        "how_we_met": person.how_we_met,
        "postal_address": person.postal_address,
        "birth_year": birthday.year if birthday else None,
        "birth_month": birthday.month if birthday else None,
        "birth_day": birthday.day if birthday else None,
        "keep_in_touch_days": person.keep_in_touch_days,
        "known_since": person.known_since,
        "do_not_contact_since": person.do_not_contact_since,
        "intended_kind": person.intended_kind.value if person.intended_kind else None,
        "source_id": source_id,
        "source_record": source_record,
        "created_at": person.created_at or now,
        "updated_at": person.updated_at or now,
    }
    if person.id is not None:
        row["id"] = person.id
    return row


def person_from_row(
    row: Mapping[Any, Any], identities: tuple[Identity, ...] = (), tags: tuple[str, ...] = ()
) -> Person:
    birthday = None
    if row["birth_month"] and row["birth_day"]:
        birthday = Birthday(month=row["birth_month"], day=row["birth_day"], year=row["birth_year"])
    return Person(
        id=row["id"],
        display_name=row["display_name"],
        given_name=row["given_name"],
        family_name=row["family_name"],
        company=row["company"],
        title=row["title"],
        city=row["city"],
        country=row["country"],
        languages=tuple(row["languages"] or ()),
        interests=tuple(row["interests"] or ()),
        how_we_met=row["how_we_met"],
        postal_address=row["postal_address"],
        birthday=birthday,
        keep_in_touch_days=row["keep_in_touch_days"],
        known_since=row.get("known_since"),
        do_not_contact_since=row["do_not_contact_since"],
        intended_kind=RelationshipKind(row["intended_kind"]) if row["intended_kind"] else None,
        identities=identities,
        tags=tags,
        created_at=row["created_at"],
        updated_at=row["updated_at"],
    )


def identity_row(identity: Identity, owner_id: int, person_id: int, now: datetime, source_id: int | None = None) -> Row:
    row: Row = {
        "owner_id": owner_id,
        "person_id": person_id,
        "kind": identity.kind._value_,
        "value": identity.value,
        "label": identity.label,
        "status": identity.status._value_,
        "source_id": source_id,
        "created_at": now,
    }
    if identity.id is not None:
        row["id"] = identity.id
    return row


def identity_from_row(row: Mapping[Any, Any]) -> Identity:
    return Identity(
        id=row["id"],
        kind=IdentityKind(row["kind"]),
        value=row["value"],
        label=row["label"],
        status=IdentityStatus(row["status"]),
    )


def interaction_row(interaction: Interaction, owner_id: int) -> Row:
    row: Row = {
        "owner_id": owner_id,
        "person_id": interaction.person_id,
        "occurred_at": interaction.occurred_at,
        "utc_offset_minutes": interaction.utc_offset_minutes,
        # ``_value_``, not ``.value``: the property costs a microsecond, and a demo network or a
        # mail import writes millions of these.
        "channel": interaction.channel._value_,
        "direction": interaction.direction._value_,
        "kind": interaction.kind._value_,
        "summary": interaction.summary,
        "external_id": interaction.external_id,
        "thread_id": interaction.thread_id,
        "source_id": interaction.source_id,
        "returns_on": interaction.returns_on,
    }
    if interaction.id is not None:
        row["id"] = interaction.id
    return row


def interaction_from_row(row: Mapping[Any, Any]) -> Interaction:
    return Interaction(
        id=row["id"],
        person_id=row["person_id"],
        occurred_at=row["occurred_at"],
        utc_offset_minutes=row["utc_offset_minutes"],
        channel=Channel(row["channel"]),
        direction=Direction(row["direction"]),
        kind=InteractionKind(row["kind"]),
        summary=row["summary"],
        external_id=row["external_id"],
        thread_id=row["thread_id"],
        source_id=row["source_id"],
        returns_on=row.get("returns_on"),
    )


def favor_row(favor: Favor, owner_id: int, now: datetime) -> Row:
    row: Row = {
        "owner_id": owner_id,
        "person_id": favor.person_id,
        "kind": favor.kind.value,
        "description": favor.description,
        "occurred_on": favor.occurred_on,
        "settled_on": favor.settled_on,
        "created_at": now,
    }
    if favor.id is not None:
        row["id"] = favor.id
    return row


def favor_from_row(row: Mapping[Any, Any]) -> Favor:
    return Favor(
        id=row["id"],
        person_id=row["person_id"],
        kind=FavorKind(row["kind"]),
        description=row["description"],
        occurred_on=row["occurred_on"],
        settled_on=row["settled_on"],
    )


def note_row(note: Note, owner_id: int) -> Row:
    row: Row = {"owner_id": owner_id, "person_id": note.person_id, "body": note.body, "created_at": note.created_at}
    if note.id is not None:
        row["id"] = note.id
    return row


def note_from_row(row: Mapping[Any, Any]) -> Note:
    return Note(id=row["id"], person_id=row["person_id"], body=row["body"], created_at=row["created_at"])
