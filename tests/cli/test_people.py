"""The people commands, as a user types them, on SQLite and PostgreSQL."""

from __future__ import annotations

import json
from pathlib import Path

import sqlalchemy as sa

from tests.conftest import Kith


def _add_three(kith: Kith) -> None:
    assert (
        kith(
            "add",
            "Maria Santos",
            "-e",
            "Maria@Example.com",
            "-p",
            "0917 123 4567",
            "--country",
            "Philippines",
            "--city",
            "Manila",
            "-t",
            "college",
        ).exit_code
        == 0
    )
    assert (
        kith(
            "add", "Mario Rossi", "-e", "mario@example.it", "--country", "IT", "--company", "Acme", "--title", "CTO"
        ).exit_code
        == 0
    )
    assert kith("add", "Mario Bianchi", "--country", "IT", "--company", "Globex").exit_code == 0


def _people(kith: Kith, *args: str) -> list[dict[str, object]]:
    result = kith("list", "--json", *args)
    assert result.exit_code == 0, result.stderr
    people: list[dict[str, object]] = json.loads(result.stdout)
    return people


def test_added_people_are_listed_with_normalised_identities(kith: Kith) -> None:
    _add_three(kith)
    people = {p["name"]: p for p in _people(kith)}
    assert set(people) == {"Maria Santos", "Mario Rossi", "Mario Bianchi"}
    assert people["Maria Santos"]["emails"] == ["maria@example.com"]
    assert people["Maria Santos"]["phones"] == ["+639171234567"]
    assert people["Maria Santos"]["country"] == "PH"


def test_an_invalid_email_is_one_line_exit_1_and_nothing_is_written(kith: Kith) -> None:
    result = kith("add", "Bad Email", "--email", "not-an-address")
    assert result.exit_code == 1
    assert result.stderr.count("\n") == 1
    assert "invalid email 'not-an-address'" in result.stderr
    assert "Traceback" not in result.stderr
    assert _people(kith) == []


def test_an_invalid_phone_names_the_reason(kith: Kith) -> None:
    result = kith("add", "Bad Phone", "--phone", "+39 12")
    assert result.exit_code == 1
    assert "invalid phone" in result.stderr
    assert "too short" in result.stderr


def test_an_email_belongs_to_one_person(kith: Kith) -> None:
    _add_three(kith)
    result = kith("add", "Maria S.", "--email", "maria@EXAMPLE.com")
    assert result.exit_code == 1
    assert "already belongs to Maria Santos" in result.stderr
    assert len(_people(kith)) == 3


def test_who_resolves_by_email_phone_id_and_name(kith: Kith) -> None:
    _add_three(kith)
    for who in ("MARIA@example.com", "+63 917 123 4567", "#1", "maria santos", "Santos"):
        result = kith("show", who, "--json")
        assert result.exit_code == 0, (who, result.stderr)
        assert json.loads(result.stdout)["name"] == "Maria Santos"


def test_an_ambiguous_who_lists_the_candidates_instead_of_guessing(kith: Kith) -> None:
    _add_three(kith)
    result = kith("show", "Mario")
    assert result.exit_code == 1
    assert "matches 2 people" in result.stderr
    assert "Mario Rossi (Acme, " not in result.stderr or "Mario Bianchi" in result.stderr
    assert "#2 Mario Rossi" in result.stderr
    assert "#3 Mario Bianchi" in result.stderr


def test_nobody_is_not_found(kith: Kith) -> None:
    result = kith("show", "nobody@example.com")
    assert result.exit_code == 1
    assert "nobody has the email nobody@example.com" in result.stderr


def test_edits_are_marked_as_by_hand(kith: Kith) -> None:
    _add_three(kith)
    result = kith(
        "edit", "Mario Rossi", "--title", "CEO", "--add-email", "m.rossi@example.org", "--birthday", "--03-12"
    )
    assert result.exit_code == 0, result.stderr
    shown = json.loads(kith("show", "m.rossi@example.org", "--json").stdout)
    assert shown["title"] == "CEO"
    assert shown["birthday"] == "--03-12"
    assert sorted(shown["emails"]) == ["m.rossi@example.org", "mario@example.it"]
    assert shown["edited_by_hand"] == ["birthday", "title"]


def test_log_note_and_show_build_the_timeline(kith: Kith) -> None:
    _add_three(kith)
    assert (
        kith(
            "log", "Maria Santos", "--channel", "meeting", "--when", "2024-03-12 15:30", "-m", "Coffee at Greenbelt"
        ).exit_code
        == 0
    )
    assert (
        kith(
            "log",
            "Maria Santos",
            "--channel",
            "email",
            "--direction",
            "inbound",
            "--when",
            "2025-01-02",
            "-m",
            "Happy new year",
        ).exit_code
        == 0
    )
    assert kith("note", "Maria Santos", "Loves hiking").exit_code == 0
    shown = json.loads(kith("show", "Maria Santos", "--json").stdout)
    assert shown["history"]["interactions"] == 2
    assert shown["history"]["inbound"] == 1
    assert shown["history"]["both_ways"] == 1
    assert [r["summary"] for r in shown["recent"]] == ["Happy new year", "Coffee at Greenbelt"]
    assert shown["notes"][0]["text"] == "Loves hiking"
    text = kith("show", "Maria Santos").stdout
    assert "Coffee at Greenbelt" in text
    assert "2 interactions" in text


def test_log_refuses_the_future_and_nonsense_dates(kith: Kith) -> None:
    _add_three(kith)
    future = kith("log", "Maria Santos", "--when", "2030-01-01")
    assert future.exit_code == 1
    assert "in the future" in future.stderr
    nonsense = kith("log", "Maria Santos", "--when", "the day after never")
    assert nonsense.exit_code == 1
    assert "invalid date" in nonsense.stderr


def test_list_filters_sorts_and_pages(kith: Kith) -> None:
    _add_three(kith)
    assert kith("tag", "Mario Rossi", "client", "mentor").exit_code == 0
    assert [p["name"] for p in _people(kith, "--tag", "client")] == ["Mario Rossi"]
    assert [p["name"] for p in _people(kith, "--country", "Italy")] == ["Mario Bianchi", "Mario Rossi"]
    assert [p["name"] for p in _people(kith, "--company", "acme")] == ["Mario Rossi"]
    assert [p["name"] for p in _people(kith, "--search", "cto")] == ["Mario Rossi"]
    assert [p["name"] for p in _people(kith, "--sort", "company")] == ["Maria Santos", "Mario Rossi", "Mario Bianchi"]
    assert [p["name"] for p in _people(kith, "--per-page", "2", "--page", "2")] == ["Mario Rossi"]
    assert kith("tag", "Mario Rossi", "client", "--remove").exit_code == 0
    assert _people(kith, "--tag", "client") == []
    table = kith("list", "--per-page", "2")
    assert "1–2 of 3; next: --page 2" in table.stdout


def test_forget_asks_first_and_then_removes_every_trace(kith: Kith) -> None:
    _add_three(kith)
    kith("log", "Maria Santos", "--channel", "call", "-m", "Catch-up")
    kith("note", "Maria Santos", "Promised an intro")
    refused = kith("forget", "Maria Santos", input="")
    assert refused.exit_code == 1
    assert "--yes" in refused.stderr
    assert len(_people(kith)) == 3
    assert kith("forget", "Maria Santos", "--yes").exit_code == 0
    assert len(_people(kith)) == 2
    engine = sa.create_engine(kith.database)
    with engine.connect() as conn:
        for table in ("identities", "interactions", "notes", "person_tags"):
            rows = conn.execute(sa.text(f"SELECT count(*) FROM {table} WHERE person_id = 1")).scalar()
            assert rows == 0, table
    engine.dispose()


def test_usage_errors_exit_2_with_one_line(kith: Kith) -> None:
    result = kith("add")
    assert result.exit_code == 2
    assert "Missing argument" in result.stderr
    bad_channel = kith("log", "x", "--channel", "pigeon")
    assert bad_channel.exit_code == 2


def test_status_summarises_the_network(kith: Kith) -> None:
    empty = kith("status")
    assert "Nobody yet" in empty.stdout
    _add_three(kith)
    result = kith("status")
    assert result.exit_code == 0
    assert "3 people" in result.stdout
    assert "Italy (2)" in result.stdout


def test_a_file_that_is_not_a_kith_database_is_refused_untouched(kith: Kith, tmp_path: Path) -> None:
    other = tmp_path / "photo.jpg"
    other.write_bytes(b"\xff\xd8\xff\xe0 not a database")
    before = other.read_bytes()
    result = kith("--db", str(other), "list")
    assert result.exit_code == 1
    assert "is not a kith database" in result.stderr
    assert result.stderr.count("\n") == 1
    assert other.read_bytes() == before
