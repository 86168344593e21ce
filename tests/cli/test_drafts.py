"""`kith draft` and `kith goal words` as a user types them."""

from __future__ import annotations

import json

import pytest

from tests.conftest import Kith


@pytest.fixture
def demo(kith: Kith) -> Kith:
    """Giulia: three meetings in 2022 and nothing since, a dormant tie."""
    added = kith(
        "add", "Giulia Ferri", "--email", "giulia@example.it", "--phone", "+39 347 123 4567",
        "--country", "IT", "--company", "Fiat", "--title", "Engineer", "--interest", "cycling",
    )  # fmt: skip
    assert added.exit_code == 0, added.stderr
    for day, summary in (("2022-02-10", "Lunch in Turin"), ("2022-05-12", "Workshop"), ("2022-09-20", "Dinner")):
        logged = kith("log", "Giulia Ferri", "--channel", "meeting", "--when", day, "--summary", summary)
        assert logged.exit_code == 0, logged.stderr
    return kith


def first_dormant(kith: Kith) -> str:
    people = json.loads(kith("list", "--tie", "dormant", "--json").stdout)
    return str(people[0]["id"])


def test_a_draft_with_why_each_part_is_there(demo: Kith) -> None:
    who = first_dormant(demo)
    result = demo("draft", who, "--channel", "email", "--lang", "it")
    assert result.exit_code == 0, result.stderr
    out = result.stdout
    assert "· Italian · first message · email" in out
    assert "Subject:" in out
    assert "Why each part is there" in out
    for part in ("greeting", "gap", "why now", "offer", "question", "sign-off"):
        assert f"  {part}" in out
    assert "Coach:" in out
    assert "nothing blocking" in out
    assert "kith me --name" in out  # the demo user has not given a name yet


def test_json_for_scripts_and_the_web_app(demo: Kith) -> None:
    who = first_dormant(demo)
    result = demo("draft", who, "--channel", "linkedin", "--lang", "tl", "--json")
    assert result.exit_code == 0, result.stderr
    found = json.loads(result.stdout)
    assert found["person"]["id"] == int(who)
    assert (found["language"], found["channel"], found["step"]) == ("tl", "linkedin", "first")
    assert found["subject"] == ""
    assert len(found["body"].strip()) <= 300
    assert found["limit"] == "300 characters"
    assert [p["name"] for p in found["parts"]][:2] == ["greeting", "gap"]
    assert found["coach"]["blocking"] is False
    assert found["language_reason"] == "asked for"


def test_a_call_gets_talking_points(demo: Kith) -> None:
    who = first_dormant(demo)
    result = demo("draft", who, "--channel", "call", "--lang", "es", "--json")
    found = json.loads(result.stdout)
    assert "¿Cuál es tu mayor reto ahora mismo?" in found["talking_points"] or any(
        "su mayor reto" in p for p in found["talking_points"]
    )
    assert found["body"].startswith("- ")


def test_refusals_are_one_line_and_usage_errors_exit_2(demo: Kith) -> None:
    who = first_dormant(demo)
    no_news = demo("draft", who, "--step", "congratulations")
    assert no_news.exit_code == 1
    assert no_news.stderr.count("\n") == 1
    assert "no new role, company or city" in no_news.stderr
    assert demo("draft", who, "--lang", "de").exit_code == 2
    assert demo("draft", "Nobody At All").exit_code == 1
    demo("stop", who)
    stopped = demo("draft", who)
    assert stopped.exit_code == 1
    assert "asked not to be contacted" in stopped.stderr


def test_goal_words_give_the_drafts_the_users_own_words(demo: Kith) -> None:
    assert demo("goal", "new", "Moving to Tokyo", "--why-now", "I start at the Tokyo office in March").exit_code == 0
    said = demo("goal", "words", "Tokyo", "--lang", "es", "--why-now", "en marzo empiezo en la oficina de Tokio")
    assert said.exit_code == 0, said.stderr
    assert "in Spanish:" in said.stdout
    assert "en marzo empiezo en la oficina de Tokio" in said.stdout
    who = first_dormant(demo)
    body = json.loads(demo("draft", who, "--goal", "Tokyo", "--lang", "es", "--json").stdout)["body"]
    assert "en marzo empiezo en la oficina de Tokio" in body
    nothing = demo("goal", "words", "Tokyo", "--lang", "it")
    assert nothing.exit_code == 1
    assert "--why-now" in nothing.stderr
