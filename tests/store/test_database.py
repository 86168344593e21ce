"""Opening databases: creating, refusing what is not kith's, and never touching it."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
import sqlalchemy as sa

from kith.core.errors import DatabaseError
from kith.store.database import open_database, schema_head
from tests.postgres import PostgresServer


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


NEXT_REVISION = '''"""A test revision that adds a column, standing in for the next kith release."""

import sqlalchemy as sa
from alembic import op

revision = "9000"
down_revision = "{head}"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("people") as batch:
        batch.add_column(sa.Column("nickname", sa.String(100)))


def downgrade() -> None:
    with op.batch_alter_table("people") as batch:
        batch.drop_column("nickname")
'''


@pytest.fixture
def next_release(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    """Pretend a newer kith is installed: the real migrations plus one more revision."""
    import shutil
    from importlib import resources

    import kith.store.database as database

    scripts = tmp_path / "migrations"
    shutil.copytree(str(resources.files("kith.store") / "migrations"), scripts)
    (scripts / "versions" / "9000_next.py").write_text(NEXT_REVISION.format(head=schema_head()))

    monkeypatch.setattr(database, "_script_location", lambda: scripts)
    return "9000"


def test_an_older_database_is_backed_up_then_migrated(tmp_path: Path, next_release: str) -> None:
    from alembic import command

    import kith.store.database as database

    path = tmp_path / "kith.db"
    # A database written by the release before: the same scripts, stopped at today's head.
    engine = sa.create_engine(f"sqlite:///{path}")
    with engine.begin() as connection:
        config = database._alembic_config()
        config.attributes["connection"] = connection
        command.upgrade(config, "0001")
        connection.execute(
            sa.text("INSERT INTO owners (name, default_region, created_at) VALUES ('me', 'US', '2020-01-01 00:00:00')")
        )
    engine.dispose()

    db = open_database(path)
    with db.reading() as reading:
        assert reading.execute(sa.text("SELECT version_num FROM alembic_version")).scalar() == next_release
        columns = {c["name"] for c in sa.inspect(reading).get_columns("people")}
    db.close()
    assert "nickname" in columns
    backups = list(tmp_path.glob("kith.db.before-0001-*.bak"))
    assert len(backups) == 1
    saved = sqlite3.connect(backups[0])
    assert saved.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "0001"
    assert saved.execute("SELECT name FROM owners").fetchone()[0] == "me"
    saved.close()


@pytest.mark.postgres
def test_a_server_database_from_a_newer_kith_is_refused(postgres_server: PostgresServer) -> None:
    postgres_server.create_database("kith_newer")
    url = postgres_server.url("kith_newer")
    try:
        open_database(url).close()
        engine = sa.create_engine(url)
        with engine.begin() as conn:
            conn.execute(sa.text("UPDATE alembic_version SET version_num = '9999'"))
        engine.dispose()
        with pytest.raises(DatabaseError, match="newer kith"):
            open_database(url)
    finally:
        postgres_server.drop_database("kith_newer")


@pytest.mark.postgres
def test_a_server_database_of_another_program_is_refused(postgres_server: PostgresServer) -> None:
    postgres_server.create_database("kith_foreign")
    url = postgres_server.url("kith_foreign")
    try:
        engine = sa.create_engine(url)
        with engine.begin() as conn:
            conn.execute(sa.text("CREATE TABLE invoices (id integer)"))
        engine.dispose()
        with pytest.raises(DatabaseError, match="another program's tables"):
            open_database(url)
        engine = sa.create_engine(url)
        with engine.connect() as conn:
            assert set(sa.inspect(conn).get_table_names()) == {"invoices"}
        engine.dispose()
    finally:
        postgres_server.drop_database("kith_foreign")


def test_an_unreachable_server_is_one_clear_error() -> None:
    with pytest.raises(DatabaseError, match="cannot connect to postgresql"):
        open_database("postgresql://nobody@127.0.0.1:1/kith")


def test_the_schema_head_is_the_one_alembic_reads(next_release: str) -> None:
    from alembic.script import ScriptDirectory

    import kith.store.database as database

    script = ScriptDirectory.from_config(database._alembic_config())
    assert schema_head() == script.get_current_head() == next_release
    assert database._known_revisions() == {s.revision for s in script.walk_revisions()}


def test_the_real_schema_head_is_the_one_alembic_reads() -> None:
    from alembic.script import ScriptDirectory

    import kith.store.database as database

    assert schema_head() == ScriptDirectory.from_config(database._alembic_config()).get_current_head()
