"""People use cases against real databases (SQLite and PostgreSQL)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from kith.app import people as use
from kith.app.people import IdentityChanges, PersonDetails
from kith.app.workspace import Workspace
from kith.core.errors import InvalidValue, KithError, NotFound
from kith.core.model import Channel, Direction, Identity, IdentityKind, PeopleFilter, Person
from kith.store.people import PAGE_ROWS, insert_person


def test_a_phone_without_country_code_is_read_in_the_persons_country(workspace: Workspace) -> None:
    person = use.add_person(workspace, PersonDetails(name="Giulia Neri", country="Italia", phones=["333 123 4567"]))
    assert [i.value for i in person.identities_of(IdentityKind.PHONE)] == ["+393331234567"]


def test_else_in_the_users_region(workspace: Workspace) -> None:
    person = use.add_person(workspace, PersonDetails(name="Sam Lee", phones=["(415) 555-2671"]))
    assert [i.value for i in person.identities_of(IdentityKind.PHONE)] == ["+14155552671"]


def test_listing_streams_past_a_page_with_each_persons_own_identities(workspace: Workspace) -> None:
    count = PAGE_ROWS + 250
    with workspace.db.transaction() as conn:
        for n in range(count):
            email = f"person{n:05d}@example.com"
            insert_person(
                conn,
                workspace.owner_id,
                Person(
                    display_name=f"Person {n:05d}", identities=(Identity(IdentityKind.EMAIL, email),), tags=("bulk",)
                ),
                workspace.now(),
            )
    listed = list(use.list_people(workspace, PeopleFilter(), sort="name"))
    assert len(listed) == count
    for n, person in enumerate(listed):
        assert person.display_name == f"Person {n:05d}"
        assert [i.value for i in person.identities] == [f"person{n:05d}@example.com"]
        assert person.tags == ("bulk",)
    assert use.count_people(workspace, PeopleFilter(tag="bulk")) == count


def test_edit_moves_an_identity_and_refuses_one_that_belongs_to_someone_else(workspace: Workspace) -> None:
    use.add_person(workspace, PersonDetails(name="Ana Reyes", emails=["ana@example.ph"]))
    use.add_person(workspace, PersonDetails(name="Ben Cruz", emails=["ben@example.ph"]))
    with pytest.raises(KithError, match="already belongs to Ben Cruz"):
        use.edit_person(workspace, "Ana Reyes", PersonDetails(), IdentityChanges(add_emails=["BEN@example.ph"]))
    updated = use.edit_person(
        workspace,
        "Ana Reyes",
        PersonDetails(),
        IdentityChanges(add_emails=["ana@globe.example"], remove_emails=["ana@example.ph"]),
    )
    assert [i.value for i in updated.identities] == ["ana@globe.example"]
    with pytest.raises(NotFound, match="has no email"):
        use.edit_person(workspace, "Ana Reyes", PersonDetails(), IdentityChanges(remove_emails=["ana@example.ph"]))


def test_a_failed_edit_changes_nothing(workspace: Workspace) -> None:
    use.add_person(workspace, PersonDetails(name="Ana Reyes", company="Old Co"))
    use.add_person(workspace, PersonDetails(name="Ben Cruz", emails=["ben@example.ph"]))
    with pytest.raises(KithError):
        use.edit_person(
            workspace, "Ana Reyes", PersonDetails(company="New Co"), IdentityChanges(add_emails=["ben@example.ph"])
        )
    assert use.find_person(workspace, "Ana Reyes").company == "Old Co"


def test_logging_keeps_the_original_offset_and_stores_utc(workspace: Workspace) -> None:
    use.add_person(workspace, PersonDetails(name="Ana Reyes"))
    manila = datetime.fromisoformat("2024-03-12T15:30:00+08:00")
    _, interaction = use.log_interaction(
        workspace, "Ana Reyes", channel=Channel.CALL, when=manila, summary=" Catch-up "
    )
    assert interaction.occurred_at == datetime(2024, 3, 12, 7, 30, tzinfo=UTC)
    assert interaction.utc_offset_minutes == 480
    assert interaction.direction is Direction.MUTUAL
    assert interaction.summary == "Catch-up"
    shown = use.profile(workspace, "Ana Reyes")
    assert shown.recent[0].occurred_at == datetime(2024, 3, 12, 7, 30, tzinfo=UTC)
    assert shown.recent[0].utc_offset_minutes == 480


def test_details_are_validated_before_anything_is_written(workspace: Workspace) -> None:
    for details in (
        PersonDetails(name="  "),
        PersonDetails(name="X", country="Atlantis"),
        PersonDetails(name="X", languages=["Klingonese"]),
        PersonDetails(name="X", birthday="1984-02-30"),
        PersonDetails(name="X", emails=["ok@example.com", "broken@"]),
    ):
        with pytest.raises(InvalidValue):
            use.add_person(workspace, details)
    assert use.count_people(workspace) == 0


def test_listed_records_are_the_records_of_the_people(workspace: Workspace) -> None:
    from kith.app.demo import fill_demo

    fill_demo(workspace, people=150, seed=3)
    use.add_person(
        workspace,
        PersonDetails(
            name="Zoë d'Arco",
            emails=["zoe@example.it", "z.darco@work.example"],
            tags=["mentor", "college"],
            birthday="--02-29",
        ),
    )
    everyone = PeopleFilter()
    for sort in ("name", "company", "added"):
        people = list(use.list_people(workspace, everyone, sort=sort))
        records = list(use.list_records(workspace, everyone, sort=sort))
        assert records == [use.person_record(p) for p in people]
    zoe = next(r for r in use.list_records(workspace, PeopleFilter(search="zoe")))
    assert zoe["emails"] == ["zoe@example.it", "z.darco@work.example"]  # in the order they were added
    assert zoe["tags"] == ["college", "mentor"]
    assert zoe["birthday"] == "--02-29"
    paged = list(use.list_records(workspace, everyone, limit=20, offset=40))
    assert [r["id"] for r in paged] == [p.id for p in use.list_people(workspace, everyone, limit=20, offset=40)]
