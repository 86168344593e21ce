"""`kith import` of calendars and `kith sync` of CalDAV calendars, as a user types them."""

from __future__ import annotations

import json

import pytest

from kith.app.workspace import fixed_clock, open_workspace
from tests.calendar_data import CALENDAR_DATA, add_my_addresses, upload
from tests.conftest import NOW, RADICALE_USERS, Kith
from tests.servers.radicale import RadicaleServer

OUTLOOK = CALENDAR_DATA / "outlook_exchange_windows_zones.ics"


@pytest.fixture
def me(kith: Kith) -> Kith:
    ws = open_workspace(kith.database, clock=fixed_clock(NOW))
    try:
        add_my_addresses(ws, ["ana.reyes@contoso.example", "ana.reyes@gmail.com"])
    finally:
        ws.close()
    return kith


def test_import_of_an_ics_file_prints_what_counted_and_what_was_skipped(me: Kith) -> None:
    result = me("import", str(CALENDAR_DATA / "broken_events_truncated.ics"), str(OUTLOOK))
    assert result.exit_code == 0, result.stderr
    assert "Imported calendar from" in result.stdout
    assert "6 meetings" in result.stdout
    assert "broken_events_truncated.ics:36: the file ends inside this event" in result.stderr


def test_sync_reads_the_password_from_the_environment_and_never_prints_it(
    me: Kith, radicale: RadicaleServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    calendar = radicale.new_calendar("ana")
    upload(radicale, "ana", calendar, OUTLOOK)
    monkeypatch.setenv("KITH_CALDAV_PASSWORD", RADICALE_USERS["ana"])
    result = me("sync", calendar, "--user", "ana", "--json")
    assert result.exit_code == 0, result.stderr
    summary = json.loads(result.stdout)
    assert summary["counts"]["meetings"] == 6
    assert RADICALE_USERS["ana"] not in result.stdout + result.stderr
    again = me("sync", calendar, "--user", "ana")
    assert again.exit_code == 0
    assert f"Synced calendar from {calendar}" in again.stdout
    assert "0 resources fetched" in again.stdout


def test_a_wrong_password_is_one_line_and_exit_1(
    me: Kith, radicale: RadicaleServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    calendar = radicale.new_calendar("ana")
    monkeypatch.setenv("KITH_CALDAV_PASSWORD", "not it")
    result = me("sync", calendar, "--user", "ana")
    assert result.exit_code == 1
    assert result.stderr.count("\n") == 1
    assert "refused the user name or password for ana" in result.stderr
    assert "not it" not in result.stderr


def test_without_a_password_and_no_terminal_it_says_how_to_give_one(me: Kith, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("KITH_CALDAV_PASSWORD", raising=False)
    result = me("sync", "https://dav.example.org/ana/work/", "--user", "ana", input="")
    assert result.exit_code == 1
    assert "set KITH_CALDAV_PASSWORD" in result.stderr


def test_an_address_that_is_no_server_kith_knows_is_refused(me: Kith, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KITH_CALDAV_PASSWORD", "x")
    result = me("sync", "imap.example.org", "--user", "ana")
    assert result.exit_code == 1
    assert "imaps://you@mail.example.org, or a CalDAV https:// URL" in result.stderr


def test_a_synced_calendar_is_remembered_and_synced_again_with_the_mail(
    me: Kith, radicale: RadicaleServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    calendar = radicale.new_calendar("ana")
    upload(radicale, "ana", calendar, OUTLOOK)
    monkeypatch.setenv("KITH_CALDAV_PASSWORD", RADICALE_USERS["ana"])
    assert me("sync", calendar, "--user", "ana").exit_code == 0
    listed = me("sync", "--list")
    assert calendar in listed.stdout
    again = me("sync", "--json")
    assert again.exit_code == 0, again.stderr
    assert json.loads(again.stdout)["counts"]["resources fetched"] == 0


def test_plan_caldav_publishes_the_plan_and_again_changes_nothing(
    kith: Kith, radicale: RadicaleServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert kith("demo", "--people", "30", "--seed", "7").exit_code == 0
    calendar = radicale.new_calendar("ana")
    monkeypatch.setenv("KITH_CALDAV_PASSWORD", RADICALE_USERS["ana"])
    first = kith("plan", "--caldav", calendar, "--user", "ana", "--days", "3")
    assert first.exit_code == 0, first.stderr
    assert f"to {calendar}: " in first.stdout
    assert " 0 updated, 0 removed, 0 unchanged" in first.stdout
    again = kith("plan", "--caldav", calendar, "--user", "ana", "--days", "3")
    assert "0 added, 0 updated, 0 removed" in again.stdout
    missing = kith("plan", "--caldav", calendar)
    assert missing.exit_code == 2
    assert "--caldav needs --user NAME" in missing.stderr
