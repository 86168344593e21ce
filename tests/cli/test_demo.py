"""``kith demo``: fill, refuse, --if-empty, --json, help."""

from __future__ import annotations

import json

from tests.conftest import Kith


def test_demo_json_reports_what_was_written_and_list_shows_it(kith: Kith) -> None:
    result = kith("demo", "--people", "50", "--seed", "7", "--json")
    assert result.exit_code == 0, result.stderr
    summary = json.loads(result.stdout)
    assert summary["added"] is True
    assert summary["people"] == 50
    assert summary["seed"] == 7
    assert summary["interactions"] > 100
    assert sum(summary["kinds"].values()) == 50
    listed = json.loads(kith("list", "--json").stdout)
    assert len(listed) == 50


def test_demo_says_what_it_added_in_a_paragraph(kith: Kith) -> None:
    result = kith("demo", "--people", "40", "--seed", "3")
    assert result.exit_code == 0, result.stderr
    assert "Added a demo network of 40 people (seed 3" in result.stdout
    assert "interactions" in result.stdout
    assert "Traceback" not in result.stderr


def test_the_same_seed_lists_the_same_people(kith: Kith) -> None:
    kith("demo", "--people", "30", "--seed", "9")
    first = [p["name"] for p in json.loads(kith("list", "--json").stdout)]
    kith("demo", "--people", "30", "--seed", "10", "--add")
    both = [p["name"] for p in json.loads(kith("list", "--json").stdout)]
    assert len(both) == 60
    assert set(first) <= set(both)


def test_if_empty_twice_adds_nothing_the_second_time(kith: Kith) -> None:
    first = kith("demo", "--people", "50", "--seed", "7", "--if-empty")
    assert first.exit_code == 0, first.stderr
    second = kith("demo", "--people", "50", "--seed", "7", "--if-empty")
    assert second.exit_code == 0, second.stderr
    assert second.stdout.strip() == "The database already has 50 people; the demo network was not added."
    assert len(json.loads(kith("list", "--json").stdout)) == 50
    third = kith("demo", "--if-empty", "--json")
    assert json.loads(third.stdout) == {"added": False, "existing_people": 50}


def test_a_second_demo_is_refused_in_one_line(kith: Kith) -> None:
    kith("demo", "--people", "20", "--seed", "7")
    result = kith("demo", "--people", "20", "--seed", "8")
    assert result.exit_code == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1
    assert "already has 20 people" in lines[0]
    assert "--add" in lines[0]
    assert "--db" in lines[0]
    assert len(json.loads(kith("list", "--json").stdout)) == 20


def test_add_with_the_same_seed_is_refused(kith: Kith) -> None:
    kith("demo", "--people", "20", "--seed", "7")
    result = kith("demo", "--people", "20", "--seed", "7", "--add")
    assert result.exit_code == 1
    assert "seed 7" in result.stderr
    assert "--seed" in result.stderr


def test_bad_numbers_are_usage_errors(kith: Kith) -> None:
    assert kith("demo", "--people", "0").exit_code == 2
    assert kith("demo", "--years", "2").exit_code == 2
    assert kith("demo", "--people", "many").exit_code == 2


def test_help_explains_with_an_example(kith: Kith) -> None:
    result = kith("demo", "--help")
    assert result.exit_code == 0
    for option in ("--people", "--years", "--seed", "--add", "--if-empty", "--json"):
        assert option in result.stdout
    assert "Example: kith --db /tmp/demo.db demo --people 1000 --seed 7" in result.stdout
