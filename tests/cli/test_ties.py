"""`kith ties`, the tie in `kith show`, and `kith list --tie`, run as a user types them."""

from __future__ import annotations

import json

from tests.conftest import Kith


def old_friend(kith: Kith, name: str = "Maria Santos") -> None:
    """Four emails each way 2016-2019 and two meetings, then nothing since March 2020."""
    assert kith("add", name, "--email", f"{name.split()[0].lower()}@example.com").exit_code == 0
    for year in (2016, 2017, 2018, 2019):
        for day, direction in (("02", "outbound"), ("04", "inbound")):
            logged = kith(
                "log", name, "--channel", "email", "--when", f"{year}-05-{day} 10:00", "--direction", direction
            )
            assert logged.exit_code == 0, logged.stderr
    assert kith("log", name, "--channel", "meeting", "--when", "2018-09-01 12:00").exit_code == 0
    assert kith("log", name, "--channel", "meeting", "--when", "2020-03-10 12:00").exit_code == 0


def test_ties_counts_the_classes_of_the_network(kith: Kith) -> None:
    assert "Nobody yet" in kith("ties").stdout
    old_friend(kith)
    assert kith("add", "Li Wei").exit_code == 0
    result = kith("ties")
    assert result.exit_code == 0, result.stderr
    assert "2 people" in result.stdout
    lines = {line.split()[0]: line.split()[1] for line in result.stdout.splitlines()[2:6]}
    assert lines == {"strong": "0", "weak": "0", "dormant": "1", "new": "1"}
    data = json.loads(kith("ties", "--json").stdout)
    assert data == {"date": "2026-11-25", "people": 2, "classes": {"strong": 0, "weak": 0, "dormant": 1, "new": 1}}
    # Looking back to 2021, the same history was a strong tie.
    earlier = json.loads(kith("ties", "--json", "--date", "2021-01-01").stdout)
    assert earlier["classes"]["strong"] == 1


def test_ties_explains_one_tie_in_words_and_parts(kith: Kith) -> None:
    old_friend(kith)
    result = kith("ties", "Maria Santos")
    assert result.exit_code == 0, result.stderr
    assert "dormant, strength" in result.stdout
    assert "eight emails both ways 2016–2020, two meetings, nothing since March 2020" in result.stdout
    assert "went dormant on 10 March 2022" in result.stdout
    assert "recency" in result.stdout
    data = json.loads(kith("ties", "maria@example.com", "--json").stdout)
    assert data["class"] == "dormant"
    assert data["name"] == "Maria Santos"
    assert 0 <= data["strength"] <= 100
    assert [p["name"] for p in data["parts"]] == [
        "depth",
        "reciprocity",
        "richness",
        "duration",
        "regularity",
        "recency",
    ]


def test_show_prints_the_tie_and_list_filters_by_it(kith: Kith) -> None:
    old_friend(kith)
    assert kith("add", "Li Wei").exit_code == 0
    shown = kith("show", "Maria Santos")
    assert "Tie: dormant, strength" in shown.stdout
    assert "nothing since March 2020" in shown.stdout
    assert json.loads(kith("show", "Li Wei", "--json").stdout)["tie"]["class"] == "new"
    dormant = json.loads(kith("list", "--tie", "dormant", "--json").stdout)
    assert [p["name"] for p in dormant] == ["Maria Santos"]
    table = kith("list", "--tie", "new")
    assert "Li Wei" in table.stdout
    assert "Maria Santos" not in table.stdout
    assert "Nobody matches" in kith("list", "--tie", "strong").stdout


def test_bad_input_is_one_clear_line(kith: Kith) -> None:
    bad_date = kith("ties", "--date", "next tuesday")
    assert bad_date.exit_code == 1
    assert "2027-01-12" in bad_date.stderr
    assert "Traceback" not in bad_date.stderr
    nobody = kith("ties", "#42")
    assert nobody.exit_code == 1
    assert "#42" in nobody.stderr
    assert kith("list", "--tie", "close").exit_code == 2
