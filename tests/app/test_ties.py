"""Ties for the whole network and for one person, and the tie filter of the people listing."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime

import pytest
import sqlalchemy as sa

from kith.app.demo import fill_demo
from kith.app.people import PersonDetails, add_person, count_people, list_people, log_interaction, profile
from kith.app.ties import class_counts, network_tie_classes, network_ties, person_tie
from kith.app.workspace import Workspace
from kith.core.errors import NotFound
from kith.core.model import Channel, Direction, PeopleFilter
from kith.core.settings import TieSettings
from kith.core.ties import TieClass, TieFeatures, classify, features_by_person
from kith.store.records import interaction_from_row
from kith.store.schema import interactions, people


def at(day: str) -> datetime:
    return datetime.fromisoformat(day).replace(hour=10, tzinfo=UTC)


def old_friend(ws: Workspace, name: str = "Maria Santos") -> int:
    """Four emails each way 2016-2019 and two meetings, then nothing since March 2020."""
    person = add_person(ws, PersonDetails(name=name, city="Manila"))
    for year in (2016, 2017, 2018, 2019):
        log_interaction(
            ws, name, channel=Channel.EMAIL, when=at(f"{year}-05-02"), summary="", direction=Direction.OUTBOUND
        )
        log_interaction(
            ws, name, channel=Channel.EMAIL, when=at(f"{year}-05-04"), summary="", direction=Direction.INBOUND
        )
    log_interaction(ws, name, channel=Channel.MEETING, when=at("2018-09-01"), summary="")
    log_interaction(ws, name, channel=Channel.MEETING, when=at("2020-03-10"), summary="")
    assert person.id is not None
    return person.id


def test_a_past_two_way_history_is_dormant_and_says_so(workspace: Workspace) -> None:
    maria = old_friend(workspace)
    tie = person_tie(workspace, maria)
    assert tie.tie_class is TieClass.DORMANT
    assert tie.explanation.startswith("eight emails both ways 2016–2020, two meetings, nothing since March 2020")
    assert tie.dormant_from == date(2022, 3, 10)
    assert [p.name for p in tie.parts] == ["depth", "reciprocity", "richness", "duration", "regularity", "recency"]
    # The same history judged in 2021 was a strong tie, cooling before it went dormant.
    earlier = person_tie(workspace, maria, today=date(2021, 11, 1))
    assert earlier.tie_class is TieClass.STRONG
    assert earlier.cooling
    # A longer dormancy threshold keeps it strong today.
    assert person_tie(workspace, maria, settings=TieSettings(dormant_after_days=3650)).tie_class is TieClass.STRONG


def test_someone_without_history_is_new_and_an_unknown_id_is_not_found(workspace: Workspace) -> None:
    person = add_person(workspace, PersonDetails(name="Li Wei"))
    assert person.id is not None
    tie = person_tie(workspace, person.id)
    assert tie == classify(TieFeatures(), workspace.today())
    assert tie.tie_class is TieClass.NEW
    with pytest.raises(NotFound, match="#999"):
        person_tie(workspace, 999)


def test_the_network_gets_the_same_ties_as_the_core_computes_person_by_person(workspace: Workspace) -> None:
    fill_demo(workspace, people=80, seed=5)
    with workspace.db.reading() as conn:
        rows = conn.execute(sa.select(interactions)).mappings().all()
        known = {r[0]: r[1] for r in conn.execute(sa.select(people.c.id, people.c.known_since))}
    everyone = list(known)
    by_person = features_by_person(interaction_from_row(r) for r in rows)

    def features(person_id: int) -> TieFeatures:
        found = by_person.get(person_id, TieFeatures())
        met = known[person_id]
        # The day they met counts where it says more than the history: before the first contact.
        if met is not None and (found.first_contact is None or met < found.first_contact):
            found = replace(found, known_since=met)
        return found

    today = workspace.today()
    ties = network_ties(workspace)
    assert set(ties) == set(everyone)
    for person_id in everyone:
        assert ties[person_id] == classify(features(person_id), today)
    classes = network_tie_classes(workspace)
    assert classes == {person_id: tie.tie_class for person_id, tie in ties.items()}
    counts = class_counts(classes.values())
    assert list(counts) == list(TieClass)
    assert sum(counts.values()) == 80
    assert counts[TieClass.WEAK]
    assert counts[TieClass.DORMANT]


def test_people_are_listed_and_counted_by_tie(workspace: Workspace) -> None:
    maria = old_friend(workspace, "Maria Santos")
    carlos = old_friend(workspace, "Carlos Reyes")
    add_person(workspace, PersonDetails(name="Li Wei", city="Manila"))
    dormant = [p.id for p in list_people(workspace, PeopleFilter(), tie=TieClass.DORMANT)]
    assert dormant == [carlos, maria]  # sorted by name, like any listing
    assert [p.id for p in list_people(workspace, PeopleFilter(), tie=TieClass.DORMANT, limit=1, offset=1)] == [maria]
    assert count_people(workspace, PeopleFilter(), TieClass.DORMANT) == 2
    assert count_people(workspace, PeopleFilter(search="maria"), TieClass.DORMANT) == 1
    assert [p.display_name for p in list_people(workspace, PeopleFilter(city="Manila"), tie=TieClass.NEW)] == ["Li Wei"]
    assert count_people(workspace, PeopleFilter(), TieClass.STRONG) == 0


def test_a_profile_carries_the_tie(workspace: Workspace) -> None:
    old_friend(workspace)
    found = profile(workspace, "Maria Santos")
    assert found.tie.tie_class is TieClass.DORMANT
    assert "nothing since March 2020" in found.tie.explanation
