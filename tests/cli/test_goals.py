"""kith goal, kith campaign and kith favor, as a user types them."""

from __future__ import annotations

import json

from tests.conftest import Kith


def test_a_goal_and_a_campaign_round_trip(kith: Kith) -> None:
    made = kith(
        "goal", "new", "Moving to Tokyo in March",
        "--why-now", "I start at Rakuten", "--offer", "intros in Milan", "--gap-context", "abroad",
        "--city", "Tokyo", "--industry", "fintech", "--json",
    )  # fmt: skip
    assert made.exit_code == 0, made.stderr
    goal = json.loads(made.stdout)
    assert goal["relevance"]["cities"] == ["Tokyo"]
    assert goal["gap_context"] == "abroad"
    shown = kith("goal", "show", "tokyo")
    assert "Goal #1: Moving to Tokyo in March" in shown.stdout
    assert "relevant: cities: Tokyo" in shown.stdout
    assert json.loads(kith("goal", "list", "--json").stdout) == [goal]
    campaign = kith("campaign", "new", "Tokyo", "--goal", "1", "--cap", "250", "--per-day", "10", "--json")
    assert campaign.exit_code == 0, campaign.stderr
    data = json.loads(campaign.stdout)
    assert (data["goal"], data["cap"], data["ties"], data["working"]) == (1, 250, ["dormant"], True)
    assert "* #1 Tokyo: dormant ties, best 250, 10 a day" in kith("campaign", "list").stdout
    today = json.loads(kith("today", "--json").stdout)
    assert today["campaign"]["name"] == "Tokyo"
    assert today["goal"]["title"] == "Moving to Tokyo in March"


def test_campaign_show_says_when_it_will_finish(kith: Kith) -> None:
    assert kith("demo", "--people", "120", "--seed", "7").exit_code == 0
    assert kith("campaign", "new", "Best 25", "--cap", "25", "--holiday", "2026-11-26").exit_code == 0
    shown = kith("campaign", "show", "best 25")
    assert shown.exit_code == 0, shown.stderr
    assert "pace: 10 a day, working days, not on 26 November 2026" in shown.stdout
    assert "progress: 25 people, 10 a day: done on 30 November 2026 (0 of 25 contacted" in shown.stdout


def test_campaign_show_without_campaigns_shows_the_default(kith: Kith) -> None:
    shown = kith("campaign", "show")
    assert shown.exit_code == 0
    assert "Revive your best dormant ties (the default)" in shown.stdout
    assert "nobody in the audience yet" in shown.stdout


def test_bad_campaign_input_is_one_line(kith: Kith) -> None:
    bad = kith("campaign", "new", "X", "--start", "next week")
    assert bad.exit_code == 1
    assert "YYYY-MM-DD" in bad.stderr
    assert bad.stderr.count("\n") == 1
    bad = kith("campaign", "new", "X", "--tie", "lukewarm")
    assert bad.exit_code == 1
    assert "use one of strong, weak, dormant, new" in bad.stderr
    bad = kith("goal", "new", "Somewhere", "--country", "Atlantis")
    assert bad.exit_code == 1
    assert "Atlantis" in bad.stderr


def test_favor_records_and_settles(kith: Kith) -> None:
    assert kith("add", "Maria Santos").exit_code == 0
    done = kith("favor", "Maria Santos", "--they-did", "introduced me to her team")
    assert done.exit_code == 0, done.stderr
    assert done.stdout.strip() == "Recorded for Maria Santos: they did introduced me to her team (open)"
    settled = kith("favor", "Maria Santos", "--settled", "--json")
    assert json.loads(settled.stdout)["settled"] == 1
    both = kith("favor", "Maria Santos", "--i-owe", "a", "--i-offered", "b")
    assert both.exit_code == 1
    assert "one favour at a time" in both.stderr
