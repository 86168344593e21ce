"""Opening databases: creating, refusing what is not kith's, and never touching it."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
import sqlalchemy as sa

from kith.core.errors import DatabaseError
from kith.store.database import open_database, schema_head


def test_a_new_file_is_created_at_the_newest_schema_in_wal_mode(tmp_path: Path) -> None:
    path = tmp_path / "sub" / "kith.db"
    db = open_database(path)
    with db.reading() as conn:
        assert conn.execute(sa.text("SELECT version_num FROM alembic_version")).scalar() == schema_head()
        assert conn.execute(sa.text("PRAGMA foreign_keys")).scalar() == 1
    db.close()
    assert sqlite3.connect(path).execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_opening_twice_keeps_one_owner(tmp_path: Path) -> None:
    first = open_database(tmp_path / "k.db")
    second = open_database(tmp_path / "k.db")
    assert first.owner_id == second.owner_id
    first.close()
    second.close()


def _bytes(path: Path) -> bytes:
    return path.read_bytes()


def test_a_text_file_is_refused_and_left_unchanged(tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("my notes\n")
    with pytest.raises(DatabaseError, match="is not a kith database"):
        open_database(path)
    assert path.read_text() == "my notes\n"


def test_another_programs_sqlite_file_is_refused_and_left_unchanged(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE songs (title TEXT)")
    conn.execute("INSERT INTO songs VALUES ('x')")
    conn.commit()
    conn.close()
    before = _bytes(path)
    with pytest.raises(DatabaseError, match="another program's tables"):
        open_database(path)
    assert _bytes(path) == before
    assert not (tmp_path / "other.db-wal").exists()


def test_a_database_from_a_newer_kith_is_refused_and_left_unchanged(tmp_path: Path) -> None:
    path = tmp_path / "k.db"
    open_database(path).close()
    conn = sqlite3.connect(path)
    conn.execute("UPDATE alembic_version SET version_num = '9999'")
    conn.commit()
    conn.close()
    before = _bytes(path)
    with pytest.raises(DatabaseError, match="newer kith"):
        open_database(path)
    assert _bytes(path) == before


def test_a_server_database_opens_at_the_newest_schema(database: str) -> None:
    db = open_database(database)
    with db.reading() as conn:
        assert conn.execute(sa.text("SELECT value FROM kith_meta WHERE key = 'application'")).scalar() == "kith"
    db.close()
