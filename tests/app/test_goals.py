"""Goals, campaigns and favours against real databases."""

from __future__ import annotations

from datetime import date

import pytest

from kith.app import goals as use
from kith.app.demo import fill_demo
from kith.app.goals import CampaignDetails, GoalDetails
from kith.app.people import PersonDetails, add_person
from kith.app.plan import load_network, today_plan
from kith.app.workspace import Workspace
from kith.core.errors import InvalidValue, KithError, NotFound
from kith.core.model import Channel, FavorKind
from kith.core.ties import TieClass

TOKYO = GoalDetails(
    title="Moving to Tokyo in March",
    why_now="I start at Rakuten in March",
    agenda="learn how people found flats",
    offer="introductions in Milan",
    gap_context="new-career",
    cities=["Tokyo"],
    countries=["Japan"],
    companies=["Rakuten", "Rakuten"],
    words=["fintech"],
)


def test_a_goal_round_trips_with_its_criteria(workspace: Workspace) -> None:
    goal = use.new_goal(workspace, TOKYO)
    assert use.list_goals(workspace) == [goal]
    found = use.find_goal(workspace, "tokyo")
    assert found == goal
    assert found.relevance.countries == ("JP",)
    assert found.relevance.companies == ("Rakuten",)
    assert found.gap_context == "new career"
    assert use.find_goal(workspace, str(goal.id)) == goal


def test_a_goal_with_an_unknown_country_is_refused_and_nothing_is_written(workspace: Workspace) -> None:
    with pytest.raises(InvalidValue, match="country"):
        use.new_goal(workspace, GoalDetails(title="Somewhere", countries=["Atlantis"]))
    assert use.list_goals(workspace) == []


def test_a_goal_needs_a_title_and_an_unknown_one_is_not_found(workspace: Workspace) -> None:
    with pytest.raises(InvalidValue, match="title"):
        use.new_goal(workspace, GoalDetails(title="   "))
    with pytest.raises(NotFound, match="kith goal new"):
        use.find_goal(workspace, "Tokyo")


def test_a_campaign_round_trips_and_today_works_it(workspace: Workspace) -> None:
    goal = use.new_goal(workspace, TOKYO)
    campaign = use.new_campaign(
        workspace,
        CampaignDetails(
            name="Tokyo",
            goal="Tokyo",
            tie_classes=["Dormant", "weak"],
            cap=250,
            per_day=12,
            start_on=date(2026, 12, 1),
            weekends=True,
            holidays=[date(2026, 12, 25), date(2026, 12, 25)],
            channel=Channel.EMAIL,
            language="Italian",
        ),
    )
    assert use.list_campaigns(workspace) == [campaign]
    assert campaign.goal_id == goal.id
    assert campaign.tie_classes == ("dormant", "weak")
    assert campaign.working_days == tuple(range(7))
    assert campaign.holidays == (date(2026, 12, 25),)
    assert campaign.language == "it"
    report = use.campaign_report(workspace)
    assert report.campaign == campaign
    assert report.goal == goal
    assert report.working


def test_campaign_names_are_unique_and_tie_classes_checked(workspace: Workspace) -> None:
    use.new_campaign(workspace, CampaignDetails(name="Tokyo"))
    with pytest.raises(KithError, match="already a campaign"):
        use.new_campaign(workspace, CampaignDetails(name="tokyo"))
    with pytest.raises(InvalidValue, match="use one of strong, weak, dormant, new"):
        use.new_campaign(workspace, CampaignDetails(name="Odd", tie_classes=["lukewarm"]))
    with pytest.raises(InvalidValue, match="per_day"):
        use.new_campaign(workspace, CampaignDetails(name="Zero", per_day=0))
    with pytest.raises(NotFound, match="no goal"):
        use.new_campaign(workspace, CampaignDetails(name="Lost", goal="Mars"))
    assert [c.name for c in use.list_campaigns(workspace)] == ["Tokyo"]


def test_campaign_show_projects_the_finish_on_working_days(workspace: Workspace) -> None:
    fill_demo(workspace, people=120, seed=7)
    dormant = sum(
        1 for p in load_network(workspace, workspace.today()).prospects.values() if p.tie.tie_class is TieClass.DORMANT
    )
    assert dormant >= 25
    # 25 people at 10 a day from Wednesday 25 November: Wednesday, Thursday, Friday.
    use.new_campaign(workspace, CampaignDetails(name="Best 25", cap=25, per_day=10))
    report = use.campaign_report(workspace, "Best 25")
    assert report.progress.summary == (
        "25 people, 10 a day: done on 27 November 2026 (0 of 25 contacted, 3 working days left)"
    )
    # A holiday on the Thursday, and the weekend, push it to Monday.
    use.new_campaign(
        workspace, CampaignDetails(name="With a holiday", cap=25, per_day=10, holidays=[date(2026, 11, 26)])
    )
    assert use.campaign_report(workspace, "With a holiday").progress.finish_on == date(2026, 11, 30)


def test_progress_counts_the_first_messages_done_in_the_campaign(workspace: Workspace) -> None:
    from kith.app.plan import mark_done

    fill_demo(workspace, people=120, seed=7)
    use.new_campaign(workspace, CampaignDetails(name="Best 25", cap=25, per_day=10))
    plan = today_plan(workspace)
    for item in plan.lines[:3]:
        mark_done(workspace, str(item.line.person_id), Channel.EMAIL)
    progress = use.campaign_report(workspace).progress
    assert (progress.audience, progress.contacted, progress.remaining) == (25, 3, 22)


def test_a_favour_owed_weighs_in_the_ranking_and_can_be_settled(workspace: Workspace) -> None:
    fill_demo(workspace, people=120, seed=7)
    network = load_network(workspace, workspace.today())
    ranked = sorted((p for p in network.prospects.values() if p.ranked), key=lambda p: p.ranked.position)  # type: ignore[union-attr]
    low = ranked[-1]
    change = use.record_favor(workspace, str(low.person_id), FavorKind.I_OWE, "  an intro to  my old team ")
    assert change.added is not None
    assert change.added.description == "an intro to my old team"
    after = load_network(workspace, workspace.today()).prospects[low.person_id].ranked
    assert after is not None
    assert low.ranked is not None
    assert after.score > low.ranked.score
    assert any("you still owe them: an intro to my old team" in r for r in after.reasons)
    settled = use.record_favor(workspace, str(low.person_id), None, settled=True)
    assert settled.settled == 1
    assert all(f.settled_on == workspace.today() for f in settled.favors)
    assert load_network(workspace, workspace.today()).prospects[low.person_id].ranked == low.ranked


def test_a_favour_needs_a_kind_or_settled(workspace: Workspace) -> None:
    add_person(workspace, PersonDetails(name="Ada Byron"))
    with pytest.raises(InvalidValue, match="--they-did"):
        use.record_favor(workspace, "Ada Byron", None)
    with pytest.raises(InvalidValue, match="say what it was"):
        use.record_favor(workspace, "Ada Byron", FavorKind.THEY_DID, "  ")
    done = use.record_favor(workspace, "Ada Byron", FavorKind.THEY_DID, "lent me a book", settled=True)
    assert done.added is not None
    assert done.added.settled_on == workspace.today()
