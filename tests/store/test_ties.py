"""Tie features from SQL aggregates equal the core's features computed from the same interactions."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

import pytest
import sqlalchemy as sa
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kith.app.demo import fill_demo
from kith.app.workspace import Workspace
from kith.core.errors import DatabaseError
from kith.core.model import Channel, Direction, Interaction, InteractionKind, Person
from kith.core.ties import ChannelCount, TieClass, TieFeatures, features_by_person, features_of, tie_class_of
from kith.store import people as people_store
from kith.store.records import interaction_from_row, interaction_row
from kith.store.schema import interactions, people
from kith.store.ties import class_features, person_ids, tie_features
from tests.conftest import NOW
from tests.core.strategies import interactions as histories

TODAY = NOW.date()


def add_people(ws: Workspace, n: int) -> list[int]:
    with ws.db.transaction() as conn:
        return [people_store.insert_person(conn, ws.owner_id, Person(display_name=f"P {k}"), NOW) for k in range(n)]


def stored_interactions(ws: Workspace) -> list[Interaction]:
    with ws.db.reading() as conn:
        rows = conn.execute(sa.select(interactions).where(interactions.c.owner_id == ws.owner_id)).mappings()
        return [interaction_from_row(row) for row in rows]


def at(day: str, hour: int = 9, minute: int = 0) -> datetime:
    return datetime.fromisoformat(day).replace(hour=hour, minute=minute, tzinfo=UTC)


def write(ws: Workspace, *rows: Interaction) -> None:
    with ws.db.transaction() as conn:
        if rows:
            conn.execute(interactions.insert(), [interaction_row(i, ws.owner_id) for i in rows])


@given(data=st.data())
@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_sql_features_equal_core_features_for_generated_histories(workspace: Workspace, data: st.DataObject) -> None:
    with workspace.db.reading() as conn:
        ids = person_ids(conn, workspace.owner_id) or add_people(workspace, 3)  # the fixture outlives examples
    history = [i for person_id in ids for i in data.draw(histories(person_id=person_id, max_size=15))]
    with workspace.db.transaction() as conn:
        conn.execute(interactions.delete().where(interactions.c.owner_id == workspace.owner_id))
    write(workspace, *history)
    expected = {p: f for p, f in features_by_person(history).items() if f.total}
    with workspace.db.reading() as conn:
        assert tie_features(conn, workspace.owner_id) == expected
        quick = class_features(conn, workspace.owner_id)
    assert quick.keys() == set(ids)  # the fast path has everyone, those without history too
    assert all(quick[p] == TieFeatures() for p in ids if p not in expected)
    for person_id, features in expected.items():
        assert tie_class_of(quick[person_id], TODAY) is tie_class_of(features, TODAY)
        assert quick[person_id].counts == features.counts
        assert (quick[person_id].first_contact, quick[person_id].last_contact) == (
            features.first_contact,
            features.last_contact,
        )


def test_sql_features_equal_core_features_on_a_demo_network(workspace: Workspace) -> None:
    fill_demo(workspace, people=120, seed=11)
    expected = {p: f for p, f in features_by_person(stored_interactions(workspace)).items() if f.total}
    with workspace.db.reading() as conn:
        found = tie_features(conn, workspace.owner_id)
        everyone = person_ids(conn, workspace.owner_id)
        known = {row.id: row.known_since for row in conn.execute(sa.select(people.c.id, people.c.known_since))}
    assert len(everyone) == 120
    # Everyone in the demo has a known_since day: those without history come with it alone.
    assert found.keys() == set(everyone)
    assert {p: replace(f, known_since=None) for p, f in found.items() if f.total} == expected
    for person_id, features in found.items():
        met = known[person_id]
        if features.total == 0 or met < features.first_contact:
            assert features.known_since == met
        else:  # the day they met is the day of the first contact: it says nothing more
            assert features.known_since is None


def test_known_since_makes_a_contact_without_history_weak_after_the_new_period(workspace: Workspace) -> None:
    old_friend, newcomer, unknown = add_people(workspace, 3)
    with workspace.db.transaction() as conn:
        conn.execute(people.update().where(people.c.id == old_friend).values(known_since=date(2019, 3, 1)))
        conn.execute(people.update().where(people.c.id == newcomer).values(known_since=TODAY - timedelta(days=10)))
    with workspace.db.reading() as conn:
        quick = class_features(conn, workspace.owner_id)
        full = tie_features(conn, workspace.owner_id)
    assert quick[unknown] == TieFeatures()
    assert unknown not in full
    assert tie_class_of(quick[old_friend], TODAY) is TieClass.WEAK
    assert tie_class_of(quick[newcomer], TODAY) is TieClass.NEW
    assert tie_class_of(TieFeatures(), TODAY) is TieClass.NEW
    assert full[old_friend].known_since == date(2019, 3, 1)


def test_only_personal_interactions_count_and_days_are_utc(workspace: Workspace) -> None:
    (maria,) = add_people(workspace, 1)
    write(
        workspace,
        Interaction(
            person_id=maria, occurred_at=at("2024-03-01", 23, 30), channel=Channel.EMAIL, direction=Direction.OUTBOUND
        ),
        Interaction(
            person_id=maria,
            occurred_at=at("2024-03-02", 0, 10),
            channel=Channel.EMAIL,
            direction=Direction.INBOUND,
            kind=InteractionKind.AUTO_REPLY,
        ),
        Interaction(person_id=maria, occurred_at=at("2024-06-30", 8), channel=Channel.CALL, direction=Direction.MUTUAL),
        Interaction(
            person_id=maria, occurred_at=at("2025-01-05", 12), channel=Channel.EMAIL, direction=Direction.INBOUND
        ),
        Interaction(
            person_id=maria,
            occurred_at=at("2025-02-01", 12),
            channel=Channel.EMAIL,
            direction=Direction.OUTBOUND,
            kind=InteractionKind.BOUNCE,
        ),
    )
    with workspace.db.reading() as conn:
        features = tie_features(conn, workspace.owner_id)[maria]
    assert features == TieFeatures(
        counts=(
            ChannelCount(Channel.CALL, Direction.MUTUAL, 1),
            ChannelCount(Channel.EMAIL, Direction.INBOUND, 1),
            ChannelCount(Channel.EMAIL, Direction.OUTBOUND, 1),
        ),
        first_contact=date(2024, 3, 1),
        last_contact=date(2025, 1, 5),
        last_from_you=date(2024, 6, 30),
        last_from_them=date(2025, 1, 5),
        last_direction=Direction.INBOUND,
        longest_silence_days=(date(2025, 1, 5) - date(2024, 6, 30)).days,
        active_months=3,
        active_years=2,
    )


def test_at_the_same_moment_the_latest_direction_is_yours(workspace: Workspace) -> None:
    (tom,) = add_people(workspace, 1)
    moment = at("2025-05-05", 10)
    write(
        workspace,
        Interaction(person_id=tom, occurred_at=moment, channel=Channel.EMAIL, direction=Direction.INBOUND),
        Interaction(person_id=tom, occurred_at=moment, channel=Channel.MEETING, direction=Direction.MUTUAL),
        Interaction(person_id=tom, occurred_at=moment, channel=Channel.TEXT, direction=Direction.OUTBOUND),
    )
    with workspace.db.reading() as conn:
        features = tie_features(conn, workspace.owner_id)[tom]
    assert features.last_direction is Direction.OUTBOUND
    assert features == features_of(stored_interactions(workspace))


def test_the_features_of_some_people_and_of_another_owner_stay_apart(workspace: Workspace) -> None:
    first, second, quiet = add_people(workspace, 3)
    write(
        workspace,
        Interaction(person_id=first, occurred_at=at("2023-01-01"), channel=Channel.EMAIL, direction=Direction.OUTBOUND),
        Interaction(person_id=second, occurred_at=at("2023-02-01"), channel=Channel.CALL, direction=Direction.MUTUAL),
    )
    with workspace.db.reading() as conn:
        assert set(tie_features(conn, workspace.owner_id, [second, quiet])) == {second}
        assert tie_features(conn, workspace.owner_id, []) == {}
        assert tie_features(conn, workspace.owner_id + 1) == {}
        assert person_ids(conn, workspace.owner_id) == [first, second, quiet]


def test_an_unknown_channel_in_the_database_is_one_clear_error(workspace: Workspace) -> None:
    (ana,) = add_people(workspace, 1)
    write(
        workspace,
        Interaction(person_id=ana, occurred_at=at("2023-01-01"), channel=Channel.EMAIL, direction=Direction.OUTBOUND),
    )
    with workspace.db.transaction() as conn:
        conn.execute(interactions.update().values(channel="carrier pigeon"))
    with workspace.db.reading() as conn, pytest.raises(DatabaseError, match=f"#{ana}.*'carrier pigeon'"):
        tie_features(conn, workspace.owner_id)
