"""``kith export`` and ``kith restore`` as a user types them."""

from __future__ import annotations

import json
import re
from pathlib import Path

from tests.app.test_backup import fill_every_table
from tests.conftest import Kith


def _without_exported_at(text: str) -> str:
    return re.sub(r'"exported_at": "[^"]*"', '"exported_at": ""', text, count=1)


def test_export_to_a_file_then_restore_into_another_database(kith: Kith, other_database: str, tmp_path: Path) -> None:
    fill_every_table(kith.database)
    backup = tmp_path / "f.json"

    exported = kith("export", "--output", str(backup))
    assert exported.exit_code == 0, exported.stderr
    assert f"Exported to {backup}" in exported.stdout
    assert re.search(r"people\s+3 *\n", exported.stdout)
    assert re.search(r"interactions\s+6 *\n", exported.stdout)

    restored = kith("--db", other_database, "restore", str(backup))
    assert restored.exit_code == 0, restored.stderr
    assert f"Restored from {backup}" in restored.stdout
    assert re.search(r"identities\s+7 *\n", restored.stdout)

    again = kith("--db", other_database, "export")
    assert again.exit_code == 0, again.stderr
    assert _without_exported_at(again.stdout) == _without_exported_at(backup.read_text(encoding="utf-8"))


def test_export_to_stdout_is_the_document_and_the_summary_goes_to_stderr(kith: Kith) -> None:
    fill_every_table(kith.database)
    result = kith("export")
    assert result.exit_code == 0, result.stderr
    document = json.loads(result.stdout)
    assert document["format"] == "kith-backup"
    assert document["exported_at"] == "2026-11-25T10:00:00+00:00"
    assert [p["display_name"] for p in document["people"]] == ["Ana María Pérez", "Bo Tanaka", "Zoë"]
    assert "Exported to <stdout>" in result.stderr


def test_summaries_as_json_for_scripts(kith: Kith, other_database: str, tmp_path: Path) -> None:
    fill_every_table(kith.database)
    backup = tmp_path / "f.json"
    exported = json.loads(kith("export", "-o", str(backup), "--json").stdout)
    assert exported["file"] == str(backup)
    assert exported["format"] == "json"
    assert exported["counts"]["favors"] == 5
    restored = json.loads(kith("--db", other_database, "restore", str(backup), "--json").stdout)
    assert restored["counts"] == exported["counts"]
    assert restored["total"] == exported["total"]


def test_restore_reads_standard_input(kith: Kith, other_database: str) -> None:
    fill_every_table(kith.database)
    document = kith("export").stdout
    result = kith("--db", other_database, "restore", "-", "--json", input=document)
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)["counts"]["people"] == 3
    assert json.loads(result.stdout)["file"] == "<stdin>"


def test_an_unknown_format_is_a_usage_error(kith: Kith, tmp_path: Path) -> None:
    result = kith("export", "--format", "xml", "-o", str(tmp_path / "f.xml"))
    assert result.exit_code == 2
    assert "'xml' is not one of 'json'" in result.stderr
    assert not (tmp_path / "f.xml").exists()


def test_a_damaged_backup_is_one_line_and_writes_nothing(kith: Kith, other_database: str, tmp_path: Path) -> None:
    fill_every_table(kith.database)
    backup = tmp_path / "backup.json"
    kith("export", "-o", str(backup))
    text = backup.read_text(encoding="utf-8")
    backup.write_text(text[: len(text) // 2], encoding="utf-8")

    result = kith("--db", other_database, "restore", str(backup))
    assert result.exit_code == 1
    assert result.stderr.startswith(f"kith: {backup}:")
    assert "truncated" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.stderr

    empty = kith("--db", other_database, "export", "--json")
    assert json.loads(empty.stdout)["people"] == []


def test_restore_into_a_database_that_has_a_network_is_refused(kith: Kith, tmp_path: Path) -> None:
    fill_every_table(kith.database)
    backup = tmp_path / "backup.json"
    kith("export", "-o", str(backup))
    result = kith("restore", str(backup))
    assert result.exit_code == 1
    assert "already holds data" in result.stderr
    assert "kith --db NEW.db restore" in result.stderr


def test_a_foreign_json_file_is_refused(kith: Kith, other_database: str, tmp_path: Path) -> None:
    foreign = tmp_path / "package.json"
    foreign.write_text('{"name": "left-pad", "version": "1.3.0"}')
    result = kith("--db", other_database, "restore", str(foreign))
    assert result.exit_code == 1
    assert result.stderr.strip() == (
        f'kith: {foreign}: this is not a kith backup (it has no "format": "kith-backup" at the start); '
        "restore reads only files written by kith export"
    )


def test_export_and_restore_have_help() -> None:
    from typer.testing import CliRunner

    from kith.cli.main import app

    for command in ("export", "restore"):
        result = CliRunner().invoke(app, [command, "--help"])
        assert result.exit_code == 0
        assert "backup" in result.output
