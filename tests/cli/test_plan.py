"""kith today and the actions on it, as a user types them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from icalendar import Calendar

from tests.conftest import Kith


@pytest.fixture
def demo(kith: Kith) -> Kith:
    assert kith("demo", "--people", "120", "--seed", "7").exit_code == 0
    return kith


def _today(kith: Kith, *args: str) -> dict:  # type: ignore[type-arg]
    result = kith("today", "--json", *args)
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout)  # type: ignore[no-any-return]


def test_today_prints_who_why_how_when_and_the_stage(demo: Kith) -> None:
    result = demo("today")
    assert result.exit_code == 0, result.stderr
    out = result.stdout
    assert out.startswith("Wednesday 25 November 2026: Revive your best dormant ties")
    assert "New outreach" in out
    assert "why: #1 for Revive your best dormant ties" in out
    assert "how: " in out
    assert "stage cold" in out
    assert "then: kith done " in out
    assert "Budget: 10 of 10 steps planned, 0 done" in out
    assert "Campaign: " in out
    assert "10 a day: done on" in out


def test_today_json_is_the_same_for_the_same_data_and_day(demo: Kith) -> None:
    first = _today(demo, "--date", "2026-12-08")
    assert _today(demo, "--date", "2026-12-08") == first
    assert len(first["lines"]) == first["budget"] == 10
    line = first["lines"][0]
    assert set(line) >= {"person", "name", "kind", "reasons", "channel", "channel_reason", "slot", "stage", "command"}


def test_done_then_a_follow_up_a_week_later_and_replied_ends_it(demo: Kith) -> None:
    lines = _today(demo)["lines"]
    person = next(line for line in lines if line["channel"] != "call")
    done = demo("done", str(person["person"]), "--channel", "email", "--note", "asked about Osaka")
    assert done.exit_code == 0, done.stderr
    assert f"Done: first message to {person['name']} by email" in done.stdout
    assert "Next: follow-up 1 due Thursday 3 December 2026" in done.stdout
    assert [line["status"] for line in _today(demo)["lines"] if line["person"] == person["person"]] == ["done"]
    ahead = _today(demo, "--date", "2026-12-03")["lines"]
    follow = next(line for line in ahead if line["person"] == person["person"])
    assert (follow["kind"], follow["follow_up"], follow["channel"]) == ("followup", 1, "email")
    assert follow["slot"] != person["slot"]
    replied = demo("replied", str(person["person"]))
    assert replied.exit_code == 0
    assert "the follow-ups to" in replied.stdout
    assert all(line["person"] != person["person"] for line in _today(demo, "--date", "2026-12-03")["lines"])


def test_stop_says_what_it_means_and_unstop_lifts_it(demo: Kith) -> None:
    person = _today(demo, "--date", "2026-12-01")["lines"][0]["person"]
    result = demo("stop", str(person))
    assert result.exit_code == 0
    assert "will not be contacted" in result.stdout
    assert f"kith unstop {person}" in result.stdout
    for day in ("2026-11-25", "2026-12-01", "2026-12-15", "2027-01-12"):
        assert person not in [line["person"] for line in _today(demo, "--date", day)["lines"]]
    refused = demo("done", str(person))
    assert refused.exit_code == 1
    assert "asked not to be contacted" in refused.stderr
    assert demo("unstop", str(person)).exit_code == 0
    assert person in [line["person"] for line in _today(demo, "--date", "2026-12-01")["lines"]]


def test_snooze_skip_pin_and_exclude(demo: Kith) -> None:
    lines = _today(demo, "--date", "2026-12-01")["lines"]
    first, second = lines[0]["person"], lines[1]["person"]
    assert "Skipped" in demo("snooze", str(first), "--days", "10").stdout
    assert first not in [line["person"] for line in _today(demo, "--date", "2026-12-01")["lines"]]
    assert first in [line["person"] for line in _today(demo, "--date", "2026-12-07")["lines"]]
    assert demo("exclude", str(second)).exit_code == 0
    assert second not in [line["person"] for line in _today(demo, "--date", "2026-12-07")["lines"]]
    bad = demo("skip", str(first), "--until", "tomorrow")
    assert bad.exit_code == 1
    assert "YYYY-MM-DD" in bad.stderr
    assert demo("snooze", str(first), "--days", "0").exit_code == 2


def test_plan_ics_writes_events_that_parse_back(demo: Kith, tmp_path: Path) -> None:
    target = tmp_path / "plan.ics"
    result = demo("plan", "--ics", str(target), "--days", "7")
    assert result.exit_code == 0, result.stderr
    count = int(result.stdout.split()[1])
    events = Calendar.from_ical(target.read_bytes()).walk("VEVENT")
    assert len(events) == count > 0
    assert all("kith done " in str(e["description"]) for e in events)


def test_cooling_with_nobody_cooling_says_so(kith: Kith) -> None:
    assert kith("add", "Ada Byron").exit_code == 0
    result = kith("cooling")
    assert result.exit_code == 0
    assert result.stdout.strip() == "Nobody is cooling."
    assert kith("cooling", "--json").stdout.strip() == "[]"


def test_an_unknown_person_or_campaign_is_one_line(demo: Kith) -> None:
    result = demo("done", "Nobody Atall")
    assert result.exit_code == 1
    assert result.stderr.count("\n") == 1
    result = demo("today", "--campaign", "Mars")
    assert result.exit_code == 1
    assert "no campaign called 'Mars'" in result.stderr
