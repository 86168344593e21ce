"""kith draft against real databases: what it gathers from the store and the plan, and its defaults."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from kith.app import plan
from kith.app.demo import fill_demo
from kith.app.drafts import draft_for, goal_wordings, set_goal_words
from kith.app.goals import CampaignDetails, GoalDetails, new_campaign, new_goal, record_favor
from kith.app.people import PersonDetails, add_person, log_interaction
from kith.app.workspace import Workspace, fixed_clock, open_workspace
from kith.core.errors import InvalidValue, KithError
from kith.core.model import Channel, Direction, FavorKind, OutreachKind
from kith.core.ties import TieClass
from kith.core.words.compose import PartName
from kith.store.schema import person_changes
from kith.store.settings import set_setting
from tests.conftest import NOW

TODAY = NOW.date()


def person(ws: Workspace, name: str, **details: object) -> int:
    email = name.lower().replace(" ", ".") + "@example.com"
    added = add_person(ws, PersonDetails(name=name, emails=[email], **details))  # type: ignore[arg-type]
    assert added.id is not None
    return added.id


def exchange(ws: Workspace, who: int, day: datetime, summary: str, channel: Channel = Channel.EMAIL) -> None:
    """A message each way, a day apart: what makes a real two-way history."""
    log_interaction(ws, str(who), channel=channel, when=day, summary=summary, direction=Direction.OUTBOUND)
    log_interaction(
        ws,
        str(who),
        channel=channel,
        when=day + timedelta(days=1),
        summary=f"Re: {summary}",
        direction=Direction.INBOUND,
    )


def dormant(ws: Workspace, name: str, **details: object) -> int:
    """Someone the user wrote with often in 2022, and not since."""
    who = person(ws, name, **details)
    for month in (1, 3, 5, 7):
        exchange(ws, who, datetime(2022, month, 10, 9, tzinfo=UTC), f"Budget review {month}")
    return who


def test_a_first_message_to_a_dormant_tie_in_their_language(workspace: Workspace) -> None:
    who = dormant(workspace, "Giulia Ferri", country="IT", languages=["it"], company="Fiat", title="Engineer")
    drafted = draft_for(workspace, "Giulia Ferri")
    draft = drafted.draft
    assert (draft.language, draft.step, draft.channel) == ("it", OutreachKind.FIRST, Channel.EMAIL)
    assert drafted.language_reason == "their language setting (it)"
    assert drafted.step_reason == "no outreach yet: a first message"
    assert not draft.formal  # a real shared history: tu
    assert "Ciao Giulia," in draft.body
    assert "luglio 2022" in draft.body  # the last exchange, said in Italian
    assert "Fiat" in draft.body
    assert not drafted.blocking
    gap = next(p for p in draft.parts if p.name is PartName.GAP)
    assert "11 July 2022" in gap.reason
    assert drafted.person_id == who


def test_defaults_follow_the_plan_and_a_follow_up_threads_with_the_first(workspace: Workspace) -> None:
    fill_demo(workspace, people=80, seed=7)
    today = plan.today_plan(workspace)
    line = next(t.line for t in today.lines if t.line.channel is Channel.EMAIL)
    first = draft_for(workspace, str(line.person_id))
    assert first.step_reason == "the plan's step for them"
    assert first.channel_reason == "the channel in today's plan"
    assert (first.draft.step, first.draft.channel) == (OutreachKind.FIRST, Channel.EMAIL)
    assert not first.blocking
    plan.mark_done(workspace, str(line.person_id), Channel.EMAIL)
    follow = draft_for(workspace, str(line.person_id))
    assert (follow.draft.step, follow.draft.sequence) == (OutreachKind.FOLLOWUP, 1)
    assert follow.draft.subject == f"Re: {first.draft.subject}"
    assert follow.draft.channel is Channel.EMAIL  # follow-ups keep the channel
    last = draft_for(workspace, str(line.person_id), step=OutreachKind.LAST)
    assert any(p.name is PartName.STOP for p in last.draft.parts)


def test_a_person_who_asked_to_stop_gets_no_draft(workspace: Workspace) -> None:
    who = dormant(workspace, "Pat Doe")
    plan.stop(workspace, str(who))
    with pytest.raises(KithError, match="asked not to be contacted"):
        draft_for(workspace, "Pat Doe")


def test_the_goal_is_said_in_the_words_the_user_gave_for_each_language(workspace: Workspace) -> None:
    dormant(workspace, "Giulia Ferri", country="IT", languages=["it"])
    dormant(workspace, "Ana Reyes", country="PH", languages=["fil"])
    goal = new_goal(
        workspace,
        GoalDetails(
            "Moving to Tokyo",
            why_now="I start at the Tokyo office in March",
            offer="happy to share what I learned about the Italian market",
        ),
    )
    new_campaign(workspace, CampaignDetails(name="Tokyo", goal="Moving to Tokyo", tie_classes=["dormant"]))
    before = draft_for(workspace, "Giulia Ferri")
    assert before.goal == goal
    assert "Tokyo" not in before.draft.body
    assert any('kith goal words "Moving to Tokyo" --lang it' in n for n in before.notes)
    assert "I start at the Tokyo office" in draft_for(workspace, "Ana Reyes").draft.body  # Taglish
    set_goal_words(workspace, "Tokyo", "it", why_now="a marzo inizio nell'ufficio di Tokyo")
    set_goal_words(workspace, "Tokyo", "it", offer="raccontarti cosa ho imparato sul mercato italiano")
    after = draft_for(workspace, "Giulia Ferri")
    assert "a marzo inizio nell'ufficio di Tokyo" in after.draft.body  # the first words were kept
    assert "raccontarti cosa ho imparato" in after.draft.body
    _, wordings = goal_wordings(workspace, "Tokyo")
    assert [w.language for w in wordings] == ["it"]
    with pytest.raises(InvalidValue):
        set_goal_words(workspace, "Tokyo", "de", why_now="Ich ziehe nach Tokio")
    with pytest.raises(InvalidValue):
        set_goal_words(workspace, "Tokyo", "es")


def test_the_language_of_their_messages_when_no_setting_says(workspace: Workspace) -> None:
    who = person(workspace, "Carmen Ruiz", country="US")
    for month, subject in ((2, "¿Comida el jueves?"), (4, "Presupuesto del proyecto"), (6, "Reunión de seguimiento")):
        exchange(workspace, who, datetime(2022, month, 3, 9, tzinfo=UTC), subject)
    drafted = draft_for(workspace, "Carmen Ruiz")
    assert drafted.draft.language == "es"
    assert "messages" in drafted.language_reason
    assert draft_for(workspace, "Carmen Ruiz", language="en").draft.language == "en"


def test_the_user_signs_with_their_own_name(workspace: Workspace) -> None:
    dormant(workspace, "Pat Doe")
    unsigned = draft_for(workspace, "Pat Doe")
    assert any("kith me --name" in n for n in unsigned.notes)
    with workspace.db.transaction() as conn:
        set_setting(conn, workspace.owner_id, "me.name", "Ana Reyes")
    signed = draft_for(workspace, "Pat Doe")
    assert signed.draft.body.endswith("Ana Reyes")
    assert not any("kith me --name" in n for n in signed.notes)


def test_news_an_import_found_is_congratulated(workspace: Workspace) -> None:
    who = dormant(workspace, "Pat Doe", title="Head of Data", company="Globex", keep_in_touch_days=90)
    with pytest.raises(InvalidValue, match="no new role"):
        draft_for(workspace, "Pat Doe", step=OutreachKind.CONGRATULATIONS)
    with workspace.db.transaction() as conn:
        conn.execute(
            person_changes.insert().values(
                owner_id=workspace.owner_id,
                person_id=who,
                field="title",
                old_value="Data Analyst",
                new_value="Head of Data",
                changed_at=NOW - timedelta(days=5),
            )
        )
    drafted = draft_for(workspace, "Pat Doe")  # a keep-in-touch touch is due, and there is news
    assert drafted.draft.step is OutreachKind.CONGRATULATIONS
    assert drafted.step_reason == "they have news since you last talked"
    assert "Head of Data at Globex" in drafted.draft.body


def test_thanks_for_what_happened(workspace: Workspace) -> None:
    dormant(workspace, "Pat Doe")
    with pytest.raises(InvalidValue, match="nothing to thank"):
        draft_for(workspace, "Pat Doe", step=OutreachKind.THANKS)
    log_interaction(workspace, "Pat Doe", channel=Channel.MEETING, when=NOW - timedelta(days=1), summary="Coffee")
    assert "yesterday" in draft_for(workspace, "Pat Doe", step=OutreachKind.THANKS).draft.body
    record_favor(workspace, "Pat Doe", FavorKind.THEY_DID, "reviewed my CV")
    thanks = draft_for(workspace, "Pat Doe", step=OutreachKind.THANKS)
    assert "help" in thanks.draft.body
    assert "reviewed my CV" in thanks.draft.parts[1].reason


def test_the_ask_waits_until_the_relationship_is_warm_again(workspace: Workspace, database: str) -> None:
    who = dormant(workspace, "Pat Doe")
    new_goal(
        workspace, GoalDetails("Fintech roles", why_now="I'm moving into fintech", agenda="meeting fintech founders")
    )
    new_campaign(workspace, CampaignDetails(name="Fintech", goal="Fintech roles", tie_classes=["dormant"]))
    cold = draft_for(workspace, "Pat Doe")
    assert not cold.draft.ask_included
    # Two months ago the user wrote; they met; a while later Pat wrote again: warm.
    earlier = open_workspace(database, clock=fixed_clock(NOW - timedelta(days=60)))
    try:
        plan.mark_done(earlier, str(who), Channel.EMAIL)
    finally:
        earlier.close()
    log_interaction(workspace, "Pat Doe", channel=Channel.MEETING, when=NOW - timedelta(days=50), summary="Lunch")
    log_interaction(
        workspace,
        "Pat Doe",
        channel=Channel.EMAIL,
        when=NOW - timedelta(days=10),
        summary="Intro",
        direction=Direction.INBOUND,
    )
    warm = draft_for(workspace, "Pat Doe", step=OutreachKind.FIRST)
    assert warm.draft.ask_included
    assert "meeting fintech founders" in next(p.text for p in warm.draft.parts if p.name is PartName.ASK)
    assert not warm.blocking  # the coach's early-ask rule gives way once the stage allows the ask


def test_a_tie_from_the_demo_network_on_every_channel(workspace: Workspace) -> None:
    fill_demo(workspace, people=60, seed=7)
    network = plan.load_network(workspace, TODAY).prospects
    who = next(p for p in network.values() if p.tie.tie_class is TieClass.DORMANT)
    for channel in (Channel.EMAIL, Channel.LINKEDIN, Channel.TEXT, Channel.CALL, Channel.LETTER):
        drafted = draft_for(workspace, str(who.person_id), channel=channel, language="tl")
        assert drafted.draft.channel is channel
        assert drafted.channel_reason == "asked for"
        assert not drafted.blocking
        assert not [f for f in drafted.report.findings if f.kind.value == "length"]
