"""The plan's queries on both backends: goals, campaigns, overrides, steps, and the history slices."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

from kith.app.workspace import Workspace
from kith.core.model import (
    Campaign,
    Channel,
    Direction,
    Favor,
    FavorKind,
    Goal,
    Interaction,
    InteractionKind,
    OutreachKind,
    OutreachStatus,
    OutreachStep,
    OverrideAction,
    Person,
    Relevance,
)
from kith.core.plan import Override
from kith.store import outreach as store
from kith.store.people import add_favor, add_interaction, insert_person, load_person

DAY = date(2026, 11, 25)


def _people(ws: Workspace, count: int) -> list[int]:
    with ws.db.transaction() as conn:
        return [insert_person(conn, ws.owner_id, Person(display_name=f"P {n}"), ws.now()) for n in range(count)]


def test_goals_and_campaigns_round_trip(workspace: Workspace) -> None:
    goal = Goal(title="MBA", why_now="applying", relevance=Relevance(schools=("INSEAD",), countries=("FR",)))
    with workspace.db.transaction() as conn:
        goal_id = store.insert_goal(conn, workspace.owner_id, goal, workspace.now())
        campaign = Campaign(
            name="Alumni",
            goal_id=goal_id,
            per_day=5,
            working_days=(0, 2, 4),
            start_on=DAY,
            holidays=(date(2026, 12, 24), date(2026, 12, 31)),
            cap=40,
            tie_classes=("dormant", "weak"),
            channel=Channel.LINKEDIN,
            language="fr",
        )
        campaign_id = store.insert_campaign(conn, workspace.owner_id, campaign, workspace.now())
    with workspace.db.reading() as conn:
        assert store.load_goal(conn, workspace.owner_id, goal_id) == Goal(
            title="MBA",
            why_now="applying",
            relevance=Relevance(schools=("INSEAD",), countries=("FR",)),
            created_at=workspace.now(),
            id=goal_id,
        )
        assert store.list_campaigns(conn, workspace.owner_id) == [replace(campaign, id=campaign_id)]
        assert store.load_campaign(conn, workspace.owner_id, campaign_id + 1) is None
        assert store.load_goal(conn, workspace.owner_id + 1, goal_id) is None  # another owner's


def test_an_override_replaces_the_same_decision_and_lifts_by_scope(workspace: Workspace) -> None:
    (person,) = _people(workspace, 1)
    with workspace.db.transaction() as conn:
        campaign_id = store.insert_campaign(conn, workspace.owner_id, Campaign(name="C"), workspace.now())
        store.add_override(conn, workspace.owner_id, Override(person, OverrideAction.SKIP, DAY), workspace.now())
        store.add_override(conn, workspace.owner_id, Override(person, OverrideAction.SKIP, None), workspace.now())
        store.add_override(
            conn, workspace.owner_id, Override(person, OverrideAction.EXCLUDE, None, campaign_id), workspace.now()
        )
    with workspace.db.reading() as conn:
        assert store.list_overrides(conn, workspace.owner_id) == [
            Override(person, OverrideAction.SKIP, None),
            Override(person, OverrideAction.EXCLUDE, None, campaign_id),
        ]
    with workspace.db.transaction() as conn:
        assert store.remove_overrides(conn, workspace.owner_id, person, [OverrideAction.EXCLUDE], None) == 0
        assert store.remove_overrides(conn, workspace.owner_id, person, [OverrideAction.EXCLUDE], campaign_id) == 1
        assert store.list_overrides(conn, workspace.owner_id) == [Override(person, OverrideAction.SKIP, None)]


def test_steps_of_a_day_the_open_step_and_cancelling(workspace: Workspace) -> None:
    a, b = _people(workspace, 2)
    steps = [
        OutreachStep(person_id=a, kind=OutreachKind.FIRST, planned_on=DAY - timedelta(days=1), slot="morning"),
        OutreachStep(person_id=a, kind=OutreachKind.FIRST, planned_on=DAY, slot="midday", channel=Channel.EMAIL),
        OutreachStep(person_id=b, kind=OutreachKind.KEEP_IN_TOUCH, planned_on=DAY),
    ]
    with workspace.db.transaction() as conn:
        store.insert_steps(conn, workspace.owner_id, steps, workspace.now())
        assert [s.person_id for s in store.steps_on(conn, workspace.owner_id, DAY)] == [a, b]
        opened = store.open_step(conn, workspace.owner_id, a, DAY)
        assert opened is not None
        assert opened.planned_on == DAY
        assert opened.channel is Channel.EMAIL
        assert store.cancel_planned(conn, workspace.owner_id, before=DAY) == 1
        assert opened.id is not None
        store.mark_step(conn, workspace.owner_id, opened.id, OutreachStatus.DONE, done_at=workspace.now())
        assert store.first_messages_done(conn, workspace.owner_id, None) == 1
        assert store.cancel_planned(conn, workspace.owner_id, person_id=b) == 1
        assert [s.status for s in store.steps_on(conn, workspace.owner_id, DAY)] == [OutreachStatus.DONE]
        by_person = store.steps_by_person(conn, workspace.owner_id, [a])
    assert list(by_person) == [a]
    assert [s.status for s in by_person[a]] == [OutreachStatus.CANCELLED, OutreachStatus.DONE]


def test_only_people_with_a_possible_conversation_are_read(workspace: Workspace) -> None:
    both, one_way, meeting, old, bounce = _people(workspace, 5)
    now = datetime(2026, 11, 20, 12, tzinfo=UTC)

    def add(
        person: int, direction: Direction, channel: Channel = Channel.EMAIL, days_ago: int = 1, **kw: object
    ) -> None:
        with workspace.db.transaction() as conn:
            add_interaction(
                conn,
                workspace.owner_id,
                Interaction(person, now - timedelta(days=days_ago), channel, direction, **kw),  # type: ignore[arg-type]
            )

    add(both, Direction.OUTBOUND)
    add(both, Direction.INBOUND, days_ago=2)
    add(one_way, Direction.OUTBOUND)
    add(one_way, Direction.OUTBOUND, days_ago=3)
    add(meeting, Direction.OUTBOUND, Channel.MEETING)
    add(old, Direction.MUTUAL, Channel.CALL, days_ago=800)
    add(bounce, Direction.OUTBOUND)
    add(bounce, Direction.INBOUND, kind=InteractionKind.BOUNCE)
    since = now - timedelta(days=365)
    until = now + timedelta(days=1)
    with workspace.db.reading() as conn:
        assert store.conversation_candidates(conn, workspace.owner_id, since, until) == {both, meeting}
        history = dict(
            store.history_since(conn, workspace.owner_id, {both: now - timedelta(days=1), old: since}, until)
        )
    assert [i.direction for i in history[both]] == [Direction.OUTBOUND]  # each person from their own day
    assert old not in history


def test_favours_and_notes_by_person_and_settling(workspace: Workspace) -> None:
    a, b = _people(workspace, 2)
    with workspace.db.transaction() as conn:
        add_favor(conn, workspace.owner_id, Favor(a, FavorKind.I_OWE, "an intro"), workspace.now())
        add_favor(conn, workspace.owner_id, Favor(a, FavorKind.THEY_DID, "a reference"), workspace.now())
        add_favor(conn, workspace.owner_id, Favor(b, FavorKind.I_DID, "a review"), workspace.now())
        assert store.settle_favors(conn, workspace.owner_id, a, DAY, [FavorKind.I_OWE]) == 1
        found = store.favors_by_person(conn, workspace.owner_id)
        store.set_do_not_contact(conn, workspace.owner_id, b, workspace.now(), "asked", workspace.now())
        stopped = load_person(conn, workspace.owner_id, b)
        store.set_do_not_contact(conn, workspace.owner_id, b, None, None, workspace.now())
        lifted = load_person(conn, workspace.owner_id, b)
    assert stopped is not None
    assert stopped.do_not_contact_since == workspace.now()
    assert lifted is not None
    assert not lifted.do_not_contact
    assert [(f.kind, f.settled_on) for f in found[a]] == [(FavorKind.I_OWE, DAY), (FavorKind.THEY_DID, None)]
    assert [f.description for f in found[b]] == ["a review"]


def test_people_by_id_reads_each_person_as_load_person_does(workspace: Workspace) -> None:
    """The plan's bulk read and the one-person read agree on every field, identities and tags
    in order, a day known and no birthday year included; unknown ids are left out."""
    from kith.app.demo import fill_demo
    from kith.store.people import people_by_id

    fill_demo(workspace, people=40, seed=3, draw_ahead=False)
    with workspace.db.transaction() as conn:
        ids = [int(i) for i in conn.exec_driver_sql("SELECT id FROM people ORDER BY id").scalars()]
        conn.exec_driver_sql(f"UPDATE people SET known_since = '2011-04-05' WHERE id = {ids[0]}")
    with workspace.db.reading() as conn:
        bulk = list(people_by_id(conn, workspace.owner_id, [*reversed(ids), 10**9]))
        one_by_one = [load_person(conn, workspace.owner_id, person_id) for person_id in ids]
    assert bulk == one_by_one
    assert bulk[0].known_since == date(2011, 4, 5)
    assert any(len(p.identities) > 1 for p in bulk)
    assert any(len(p.tags) > 1 for p in bulk)
