"""The bulk writer: rows land as SQLAlchemy would store them, ids in order, errors as KithErrors."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta, timezone

import pytest
import sqlalchemy as sa

from kith.core.errors import DatabaseError
from kith.core.model import (
    Channel,
    Direction,
    Favor,
    FavorKind,
    Identity,
    IdentityKind,
    Interaction,
    Note,
    Person,
    RelationshipKind,
)
from kith.store import schema
from kith.store.database import Database, open_database
from kith.store.demo_writer import PeopleWriter, count_people
from kith.store.records import favor_from_row, interaction_from_row, note_from_row, person_from_row
from kith.store.sources import add_source, find_source

NOW = datetime(2026, 11, 25, 10, 0, tzinfo=UTC)


@pytest.fixture
def db(database: str) -> Iterator[Database]:
    opened = open_database(database)
    try:
        yield opened
    finally:
        opened.close()


def person(name: str, email: str) -> Person:
    return Person(
        display_name=name,
        given_name=name.split()[0],
        country="IT",
        languages=("it", "en"),
        interests=("sailing",),
        intended_kind=RelationshipKind.DORMANT,
        identities=(Identity(IdentityKind.EMAIL, email, "work"),),
        tags=("ex-colleague", "mentor"),
        created_at=datetime(2015, 3, 1, 9, 30, tzinfo=UTC),
        updated_at=datetime(2015, 3, 1, 9, 30, tzinfo=UTC),
    )


def test_people_and_facts_are_stored_against_the_right_ids(db: Database) -> None:
    when = datetime(2019, 6, 3, 14, 5, 7, 120000, tzinfo=UTC)
    with db.transaction() as conn:
        source = add_source(conn, db.owner_id, "demo", "demo seed 1", NOW)
        writer = PeopleWriter(conn, db.owner_id, NOW, source)
        first = writer.write([person("Anna Rossi", "anna@example.it"), person("Luca Bianchi", "luca@example.it")])
        second = writer.write(
            [person("Marta Neri", "marta@example.it")],
            [Interaction(2, when, Channel.EMAIL, Direction.INBOUND, "R: Pranzo", external_id="x:1", thread_id="t")],
            [Favor(2, FavorKind.THEY_DID, "reviewed my CV", occurred_on=date(2019, 5, 1))],
            [Note(2, "Prefers calls.", when)],
            first_position=2,
        )
        assert find_source(conn, db.owner_id, "demo", "demo seed 1") == source
        assert count_people(conn, db.owner_id) == 3
    assert len(set(first + second)) == 3
    assert first == sorted(first)
    assert writer.written.people == 3
    assert writer.written.tags == 6
    with db.reading() as conn:
        stored = {row["id"]: person_from_row(row) for row in conn.execute(sa.select(schema.people)).mappings()}
        interaction = interaction_from_row(conn.execute(sa.select(schema.interactions)).mappings().one())
        favour = favor_from_row(conn.execute(sa.select(schema.favors)).mappings().one())
        note = note_from_row(conn.execute(sa.select(schema.notes)).mappings().one())
        tag_names = set(conn.execute(sa.select(schema.tags.c.name)).scalars())
        later = conn.execute(
            sa.select(sa.func.count())
            .select_from(schema.interactions)
            .where(schema.interactions.c.occurred_at > datetime(2019, 6, 3, 14, 5, 7, tzinfo=UTC))
        ).scalar_one()
    assert stored[second[0]].display_name == "Marta Neri"
    assert stored[second[0]].languages == ("it", "en")
    assert stored[second[0]].intended_kind is RelationshipKind.DORMANT
    assert stored[first[0]].created_at == datetime(2015, 3, 1, 9, 30, tzinfo=UTC)
    assert (interaction.person_id, interaction.occurred_at, interaction.summary) == (second[0], when, "R: Pranzo")
    assert later == 1  # stored exactly as SQLAlchemy stores times, so queries compare right
    assert (favour.person_id, favour.occurred_on) == (second[0], date(2019, 5, 1))
    assert (note.person_id, note.created_at) == (second[0], when)
    assert tag_names == {"ex-colleague", "mentor"}


def test_a_taken_identity_fails_the_load_as_a_database_error(db: Database) -> None:
    twins = [person("Anna Rossi", "same@example.it"), person("Anna Rossi", "same@example.it")]

    def load() -> None:
        with db.transaction() as conn:
            PeopleWriter(conn, db.owner_id, NOW, None).write(twins)

    with pytest.raises(DatabaseError):
        load()
    with db.reading() as conn:
        assert count_people(conn, db.owner_id) == 0


def test_skip_taken_identities_leaves_the_duplicate_out(db: Database) -> None:
    with db.transaction() as conn:
        PeopleWriter(conn, db.owner_id, NOW, None).write([person("Anna Rossi", "same@example.it")])
    with db.transaction() as conn:
        writer = PeopleWriter(conn, db.owner_id, NOW, None, skip_taken_identities=True)
        writer.write([person("Anna Rossi", "same@example.it"), person("Ugo Verdi", "ugo@example.it")])
    assert writer.written.identities == 1
    assert writer.written.people == 2


def test_facts_with_and_without_ids_in_one_batch_are_all_written(db: Database) -> None:
    when = datetime(2020, 1, 2, 3, 4, 5, tzinfo=UTC)
    with db.transaction() as conn:
        writer = PeopleWriter(conn, db.owner_id, NOW, None)
        writer.write(
            [person("Anna Rossi", "anna@example.it")],
            [
                Interaction(0, when, Channel.CALL, Direction.MUTUAL, "Call", id=9001),
                Interaction(0, when, Channel.EMAIL, Direction.OUTBOUND, "Ciao"),
            ],
        )
    with db.reading() as conn:
        ids = sorted(conn.execute(sa.select(schema.interactions.c.id)).scalars())
    assert len(ids) == 2
    assert 9001 in ids


@pytest.mark.parametrize(
    "when",
    [
        datetime(2019, 6, 3, 14, 5, 7, tzinfo=UTC),
        datetime(2019, 6, 3, 14, 5, 7, 120, tzinfo=UTC),
        datetime(2019, 6, 3, 16, 5, 7, 5, tzinfo=timezone(timedelta(hours=2))),
        datetime(2019, 1, 3, 14, 5, 7, tzinfo=timezone(timedelta(0))),
    ],
)
def test_times_are_stored_as_the_same_text_as_sqlalchemy_stores_them(db: Database, when: datetime) -> None:
    """Compared as the database holds them (text on SQLite), not as read back."""
    with db.transaction() as conn:
        writer = PeopleWriter(conn, db.owner_id, NOW, None)
        (bulk,) = writer.write(  # the bulk path
            [person("Anna Rossi", "anna@example.it")], [Interaction(0, when, Channel.EMAIL, Direction.INBOUND, "")]
        )
        (plain,) = writer.write([person("Luca Bianchi", "luca@example.it")])
        conn.execute(  # SQLAlchemy's own path
            schema.interactions.insert().values(
                owner_id=db.owner_id, person_id=plain, occurred_at=when, channel="email", direction="inbound"
            )
        )
        texts = dict(
            conn.execute(
                sa.select(schema.interactions.c.person_id, sa.cast(schema.interactions.c.occurred_at, sa.Text))
            ).all()
        )
    assert texts[bulk] == texts[plain]
