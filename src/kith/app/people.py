"""Use cases about people: add, find, show, list, edit, log, note, tag, forget."""

from __future__ import annotations

import itertools
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from typing import Any

from kith.app.ties import network_tie_classes, person_tie
from kith.app.workspace import Workspace
from kith.core.dates import parse_birthday
from kith.core.errors import InvalidValue, KithError, NotFound
from kith.core.identity import (
    linkedin_slug,
    normalise_country,
    normalise_email,
    normalise_language,
    normalise_phone,
)
from kith.core.model import (
    Channel,
    Direction,
    Favor,
    Identity,
    IdentityKind,
    Interaction,
    Note,
    PeopleFilter,
    Person,
)
from kith.core.ties import Tie, TieClass
from kith.core.who import choose_by_name, parse_who
from kith.store import people as store
from kith.store.people import HistoryCounts


@dataclass(frozen=True)
class PersonDetails:
    """What a user types about a person; every field optional except on ``add``'s name."""

    name: str | None = None
    given_name: str | None = None
    family_name: str | None = None
    company: str | None = None
    title: str | None = None
    city: str | None = None
    country: str | None = None
    languages: Sequence[str] | None = None
    interests: Sequence[str] | None = None
    how_we_met: str | None = None
    postal_address: str | None = None
    birthday: str | None = None
    keep_in_touch_days: int | None = None
    emails: Sequence[str] = ()
    phones: Sequence[str] = ()
    linkedin: str | None = None
    tags: Sequence[str] = ()


def _clean_tag(tag: str) -> str:
    cleaned = " ".join(tag.strip().lower().split())
    if not cleaned:
        raise InvalidValue("tag", tag, "it is empty")
    return cleaned


def _field_values(details: PersonDetails) -> dict[str, Any]:
    """The person fields ``details`` sets, validated and normalised."""
    values: dict[str, Any] = {}
    if details.name is not None:
        name = " ".join(details.name.split())
        if not name:
            raise InvalidValue("name", details.name, "a person needs a name")
        values["display_name"] = name
    for key in ("given_name", "family_name", "company", "title", "city", "how_we_met", "postal_address"):
        value = getattr(details, key)
        if value is not None:
            values[key] = value.strip()
    if details.country is not None:
        values["country"] = normalise_country(details.country)
    if details.languages is not None:
        values["languages"] = tuple(dict.fromkeys(normalise_language(x) for x in details.languages))
    if details.interests is not None:
        values["interests"] = tuple(dict.fromkeys(x.strip() for x in details.interests if x.strip()))
    if details.birthday is not None:
        values["birthday"] = parse_birthday(details.birthday) if details.birthday.strip() else None
    if details.keep_in_touch_days is not None:
        if details.keep_in_touch_days < 1:
            raise InvalidValue("keep-in-touch days", str(details.keep_in_touch_days), "it must be 1 or more")
        values["keep_in_touch_days"] = details.keep_in_touch_days
    return values


def _identities(details: PersonDetails, region: str) -> list[Identity]:
    found = [Identity(IdentityKind.EMAIL, normalise_email(e)) for e in details.emails]
    found += [Identity(IdentityKind.PHONE, normalise_phone(p, region)) for p in details.phones]
    if details.linkedin:
        found.append(Identity(IdentityKind.LINKEDIN, linkedin_slug(details.linkedin)))
    return list(dict.fromkeys(found))


def _region_for(ws: Workspace, country: str) -> str:
    return country or ws.default_region


def add_person(ws: Workspace, details: PersonDetails) -> Person:
    """Add someone new; refuses an email, phone or profile that already belongs to someone."""
    values = _field_values(details)
    if "display_name" not in values:
        raise InvalidValue("name", "", "a person needs a name")
    found = _identities(details, _region_for(ws, values.get("country", "")))
    now = ws.now()
    person = Person(**values, identities=tuple(found), tags=tuple(dict.fromkeys(_clean_tag(t) for t in details.tags)))
    with ws.db.transaction() as conn:
        for identity in found:
            _refuse_taken(conn, ws, identity)
        person_id = store.insert_person(conn, ws.owner_id, person, now)
        loaded = store.load_person(conn, ws.owner_id, person_id)
    assert loaded is not None
    return loaded


def _refuse_taken(conn: Any, ws: Workspace, identity: Identity, allowed: int | None = None) -> None:
    owner = store.person_by_identity(conn, ws.owner_id, identity.kind, identity.value)
    if owner is not None and owner != allowed:
        other = store.load_person(conn, ws.owner_id, owner)
        who = f"{other.display_name} (#{owner})" if other else f"#{owner}"
        raise KithError(f"{identity.value} already belongs to {who}; use `kith edit #{owner}` or `kith merge` instead")


def resolve(ws: Workspace, who: str) -> int:
    """The id of the one person ``who`` means (id, email, phone, LinkedIn URL or name)."""
    query = parse_who(who, ws.default_region)
    with ws.db.reading() as conn:
        if query.person_id is not None:
            if store.person_id_exists(conn, ws.owner_id, query.person_id):
                return query.person_id
            raise NotFound(f"there is nobody with id #{query.person_id}; see `kith list`")
        if query.identity_kind is not None and query.identity_value is not None:
            found = store.person_by_identity(conn, ws.owner_id, query.identity_kind, query.identity_value)
            if found is None:
                raise NotFound(
                    f"nobody has the {query.identity_kind.value} {query.identity_value}; see `kith list --search`"
                )
            return found
        assert query.name is not None
        return choose_by_name(query.name, store.name_candidates(conn, ws.owner_id, query.name))


@dataclass(frozen=True)
class Profile:
    """Everything ``kith show`` prints about one person."""

    person: Person
    history: HistoryCounts
    recent: list[Interaction]
    favors: list[Favor]
    notes: list[Note]
    tie: Tie
    hand_edited: set[str] = field(default_factory=set)


def profile(ws: Workspace, who: str, *, recent: int = 20) -> Profile:
    person_id = resolve(ws, who)
    tie = person_tie(ws, person_id)
    with ws.db.reading() as conn:
        person = store.load_person(conn, ws.owner_id, person_id)
        assert person is not None
        return Profile(
            tie=tie,
            person=person,
            history=store.history_counts(conn, ws.owner_id, person_id),
            recent=store.recent_interactions(conn, ws.owner_id, person_id, recent),
            favors=store.person_favors(conn, ws.owner_id, person_id),
            notes=store.person_notes(conn, ws.owner_id, person_id),
            hand_edited=store.hand_edited_fields(conn, person_id),
        )


def list_people(
    ws: Workspace,
    where: PeopleFilter,
    *,
    sort: str = "name",
    descending: bool = False,
    limit: int | None = None,
    offset: int = 0,
    tie: TieClass | None = None,
    classes: Mapping[int, TieClass] | None = None,
) -> Iterator[Person]:
    """Stream the people who pass ``where`` (and whose tie is of class ``tie``); memory stays flat.

    ``classes`` (from ``network_tie_classes``) saves classifying the network again when the
    caller has already done it, as a listing that also counts does.
    """
    listed = _listed(ws, where, sort, descending, limit, offset, tie, classes)
    return (store.person_from_listed(row) for row in listed)


def list_records(
    ws: Workspace,
    where: PeopleFilter,
    *,
    sort: str = "name",
    descending: bool = False,
    limit: int | None = None,
    offset: int = 0,
    tie: TieClass | None = None,
) -> Iterator[dict[str, Any]]:
    """``list_people`` as ``person_record``s, built straight from the rows: ``kith list --json``
    streams 100,000 of them, and building a ``Person`` first cost half the time."""
    for listed in _listed(ws, where, sort, descending, limit, offset, tie, None):
        yield _record_of_listed(listed)


def person_record(person: Person) -> dict[str, Any]:
    """A person as scripts see them (``--json``); ``list_records`` gives the same shape."""
    return {
        "id": person.id,
        "name": person.display_name,
        "given_name": person.given_name,
        "family_name": person.family_name,
        "company": person.company,
        "title": person.title,
        "city": person.city,
        "country": person.country,
        "languages": list(person.languages),
        "interests": list(person.interests),
        "how_we_met": person.how_we_met,
        "birthday": person.birthday.iso() if person.birthday else None,
        "keep_in_touch_days": person.keep_in_touch_days,
        "do_not_contact": person.do_not_contact,
        "emails": [i.value for i in person.identities if i.kind is IdentityKind.EMAIL],
        "phones": [i.value for i in person.identities if i.kind is IdentityKind.PHONE],
        "linkedin": next((i.value for i in person.identities if i.kind is IdentityKind.LINKEDIN), None),
        "tags": list(person.tags),
        "added": person.created_at,
        "updated": person.updated_at,
    }


def _record_of_listed(row: store.ListedPerson) -> dict[str, Any]:
    month, day, year = row.birth_month, row.birth_day, row.birth_year
    emails: list[str] = []
    phones: list[str] = []
    linkedin = None
    for kind, value, *_ in row.identities:  # one pass: this runs for every person listed
        if kind == "email":
            emails.append(value)
        elif kind == "phone":
            phones.append(value)
        elif kind == "linkedin" and linkedin is None:
            linkedin = value
    birthday = None
    if month and day:
        birthday = f"--{month:02d}-{day:02d}" if year is None else f"{year:04d}-{month:02d}-{day:02d}"
    return {
        "id": row.id,
        "name": row.display_name,
        "given_name": row.given_name,
        "family_name": row.family_name,
        "company": row.company,
        "title": row.title,
        "city": row.city,
        "country": row.country,
        "languages": store.raw_list(row.languages),
        "interests": store.raw_list(row.interests),
        "how_we_met": row.how_we_met,
        "birthday": birthday,
        "keep_in_touch_days": row.keep_in_touch_days,
        "do_not_contact": row.do_not_contact_since is not None,
        "emails": emails,
        "phones": phones,
        "linkedin": linkedin,
        "tags": row.tags,
        "added": store.raw_time(row.created_at),
        "updated": store.raw_time(row.updated_at),
    }


def _listed(
    ws: Workspace,
    where: PeopleFilter,
    sort: str,
    descending: bool,
    limit: int | None,
    offset: int,
    tie: TieClass | None,
    classes: Mapping[int, TieClass] | None,
) -> Iterator[store.ListedPerson]:
    if sort not in store.SORTS:
        raise InvalidValue("sort", sort, f"choose one of {', '.join(store.SORTS)}")
    if where.country:
        where = replace(where, country=normalise_country(where.country))
    if tie is None:
        with ws.db.reading() as conn:
            yield from store.iter_listed(
                conn, ws.owner_id, where, sort=sort, descending=descending, limit=limit, offset=offset
            )
        return
    # The class is not stored (it depends on today): read people in order, a page at a time
    # (each page read to its end, so no cursor is left open), and keep those who match.
    if classes is None:
        classes = network_tie_classes(ws)
    wanted = None if limit is None else offset + limit
    seen = 0
    with ws.db.reading() as conn:
        for start in itertools.count(0, store.PAGE_ROWS):
            page = list(
                store.iter_listed(
                    conn, ws.owner_id, where, sort=sort, descending=descending, limit=store.PAGE_ROWS, offset=start
                )
            )
            for listed in page:
                if classes.get(listed.id) is not tie:
                    continue
                if seen >= offset:
                    yield listed
                seen += 1
                if wanted is not None and seen >= wanted:
                    return
            if len(page) < store.PAGE_ROWS:
                return


def count_people(
    ws: Workspace,
    where: PeopleFilter | None = None,
    tie: TieClass | None = None,
    classes: Mapping[int, TieClass] | None = None,
) -> int:
    if where is not None and where.country:
        where = replace(where, country=normalise_country(where.country))
    if tie is not None:
        if classes is None:
            classes = network_tie_classes(ws)
        if where is None or where == PeopleFilter():
            return sum(1 for found in classes.values() if found is tie)
        return sum(1 for _ in list_people(ws, where, sort="id", tie=tie, classes=classes))
    with ws.db.reading() as conn:
        return store.count_people(conn, ws.owner_id, where)


@dataclass(frozen=True)
class IdentityChanges:
    add_emails: Sequence[str] = ()
    remove_emails: Sequence[str] = ()
    add_phones: Sequence[str] = ()
    remove_phones: Sequence[str] = ()
    linkedin: str | None = None


def edit_person(ws: Workspace, who: str, details: PersonDetails, identities: IdentityChanges) -> Person:
    """Change what the user typed; the fields are marked as edited by hand (imports keep them)."""
    person_id = resolve(ws, who)
    values = _field_values(details)
    now = ws.now()
    with ws.db.transaction() as conn:
        current = store.load_person(conn, ws.owner_id, person_id)
        assert current is not None
        region = _region_for(ws, values.get("country", current.country))
        changed = {k: v for k, v in values.items() if getattr(current, k) != v}
        if changed:
            store.update_person(conn, ws.owner_id, person_id, changed, now)
        additions = [Identity(IdentityKind.EMAIL, normalise_email(e)) for e in identities.add_emails]
        additions += [Identity(IdentityKind.PHONE, normalise_phone(p, region)) for p in identities.add_phones]
        if identities.linkedin:
            slug = linkedin_slug(identities.linkedin)
            for old in current.identities_of(IdentityKind.LINKEDIN):
                store.remove_identity(conn, ws.owner_id, person_id, IdentityKind.LINKEDIN, old.value)
            additions.append(Identity(IdentityKind.LINKEDIN, slug))
        for identity in dict.fromkeys(additions):
            _refuse_taken(conn, ws, identity, allowed=person_id)
            if (
                identity not in current.identities
                and store.person_by_identity(conn, ws.owner_id, identity.kind, identity.value) is None
            ):
                store.add_identity(conn, ws.owner_id, person_id, identity, now)
        removals = [(IdentityKind.EMAIL, normalise_email(e)) for e in identities.remove_emails]
        removals += [(IdentityKind.PHONE, normalise_phone(p, region)) for p in identities.remove_phones]
        for kind, value in removals:
            if not store.remove_identity(conn, ws.owner_id, person_id, kind, value):
                raise NotFound(f"{current.display_name} has no {kind.value} {value}")
        if additions or removals:
            store.update_person(conn, ws.owner_id, person_id, {}, now)
        if details.tags:
            store.add_tags(conn, ws.owner_id, person_id, [_clean_tag(t) for t in details.tags])
        updated = store.load_person(conn, ws.owner_id, person_id)
    assert updated is not None
    return updated


def log_interaction(
    ws: Workspace,
    who: str,
    *,
    channel: Channel,
    when: datetime | None,
    summary: str,
    direction: Direction | None = None,
) -> tuple[Person, Interaction]:
    """Record something that happened with a person, by hand."""
    person_id = resolve(ws, who)
    moment = when or ws.now()
    if moment.tzinfo is None:
        moment = moment.astimezone()  # a time typed without a zone is the user's local time
    if moment > ws.now():
        raise InvalidValue(
            "date", moment.isoformat(timespec="minutes"), "it is in the future; log what already happened"
        )
    if direction is None:
        direction = Direction.MUTUAL if channel in (Channel.CALL, Channel.MEETING) else Direction.OUTBOUND
    offset = moment.utcoffset()
    interaction = Interaction(
        person_id=person_id,
        occurred_at=moment.astimezone(UTC),
        utc_offset_minutes=int(offset.total_seconds() // 60) if offset is not None else None,
        channel=channel,
        direction=direction,
        summary=summary.strip(),
    )
    with ws.db.transaction() as conn:
        new_id = store.add_interaction(conn, ws.owner_id, interaction)
        store.update_person(conn, ws.owner_id, person_id, {}, ws.now())
        person = store.load_person(conn, ws.owner_id, person_id)
    assert person is not None
    return person, replace(interaction, id=new_id)


def add_note(ws: Workspace, who: str, body: str) -> tuple[Person, Note]:
    text = body.strip()
    if not text:
        raise InvalidValue("note", body, "it is empty")
    person_id = resolve(ws, who)
    note = Note(person_id=person_id, body=text, created_at=ws.now())
    with ws.db.transaction() as conn:
        note_id = store.add_note(conn, ws.owner_id, note)
        person = store.load_person(conn, ws.owner_id, person_id)
    assert person is not None
    return person, replace(note, id=note_id)


def tag_person(ws: Workspace, who: str, add: Sequence[str] = (), remove: Sequence[str] = ()) -> Person:
    person_id = resolve(ws, who)
    with ws.db.transaction() as conn:
        store.add_tags(conn, ws.owner_id, person_id, [_clean_tag(t) for t in add])
        store.remove_tags(conn, ws.owner_id, person_id, [_clean_tag(t) for t in remove])
        person = store.load_person(conn, ws.owner_id, person_id)
    assert person is not None
    return person


def find_person(ws: Workspace, who: str) -> Person:
    person_id = resolve(ws, who)
    with ws.db.reading() as conn:
        person = store.load_person(conn, ws.owner_id, person_id)
    assert person is not None
    return person


def forget_person(ws: Workspace, person_id: int) -> None:
    """Remove every trace of a person: identities, history, favours, notes, tags, plans."""
    with ws.db.transaction() as conn:
        if not store.person_id_exists(conn, ws.owner_id, person_id):
            raise NotFound(f"there is nobody with id #{person_id}")
        store.delete_person(conn, ws.owner_id, person_id)
