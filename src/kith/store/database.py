"""Opening a kith database: SQLite by default, any SQLAlchemy URL when given.

A database opens at the newest schema. An older kith database is migrated (after a backup
copy, for SQLite); a file that is not a kith database, or one written by a newer kith, is
refused before anything writes to it, so its bytes stay as they were.
"""

from __future__ import annotations

import os
import re
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

import orjson
import sqlalchemy as sa
from platformdirs import user_data_path
from sqlalchemy import event
from sqlalchemy.engine import Connection, Dialect, Engine, make_url
from sqlalchemy.engine.url import URL
from sqlalchemy.exc import ArgumentError, NoSuchModuleError, SQLAlchemyError

from kith.core.errors import DatabaseError
from kith.store.schema import owners

if TYPE_CHECKING:
    from alembic.config import Config

SQLITE_MAGIC = b"SQLite format 3\x00"
MARKER_TABLE = "kith_meta"


def default_database_path() -> Path:
    """Where kith keeps the user's database when neither ``--db`` nor ``KITH_DB`` says."""
    return user_data_path("kith", appauthor=False) / "kith.db"


def database_url(target: str | os.PathLike[str] | None) -> URL:
    """A SQLAlchemy URL from a path, a URL, ``KITH_DB``, or the default location."""
    text = os.fspath(target) if target is not None else os.environ.get("KITH_DB") or str(default_database_path())
    if "://" in text:
        try:
            url = make_url(text)
        except ArgumentError as exc:
            raise DatabaseError(f"{text!r} is not a database URL: {exc}") from exc
        if url.drivername == "postgresql":  # psycopg 3 is the driver kith ships with
            url = url.set(drivername="postgresql+psycopg")
        return url
    return URL.create("sqlite", database=str(Path(text).expanduser().resolve()))


def describe(url: URL) -> str:
    """The database for messages: a path, or the URL without its password."""
    if url.get_backend_name() == "sqlite":
        return url.database or ":memory:"
    return url.render_as_string(hide_password=True)


@dataclass
class Database:
    """An open kith database and the owner whose network it holds."""

    engine: Engine
    url: URL
    owner_id: int

    @property
    def is_sqlite(self) -> bool:
        return self.url.get_backend_name() == "sqlite"

    @property
    def name(self) -> str:
        return describe(self.url)

    @contextmanager
    def transaction(self) -> Iterator[Connection]:
        """One transaction: committed when the block ends, rolled back when it raises."""
        try:
            with self.engine.begin() as conn:
                yield conn
        except SQLAlchemyError as exc:
            raise DatabaseError(f"{self.name}: the database refused a change: {_first_line(exc)}") from exc

    @contextmanager
    def reading(self) -> Iterator[Connection]:
        try:
            with self.engine.connect() as conn:
                yield conn
        except SQLAlchemyError as exc:
            raise DatabaseError(f"{self.name}: could not read the database: {_first_line(exc)}") from exc

    def close(self) -> None:
        self.engine.dispose()


def _first_line(exc: BaseException) -> str:
    text = str(getattr(exc, "orig", None) or exc)
    return text.strip().splitlines()[0] if text.strip() else type(exc).__name__


def _script_location() -> Path:
    return Path(str(resources.files("kith.store") / "migrations"))


def _alembic_config() -> Config:
    # Alembic is imported only to migrate: it is a third of every command's start-up time.
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(_script_location()))
    return config


_REVISION = re.compile(r"""^revision\s*=\s*["']([^"']+)["']""", re.MULTILINE)
_DOWN_REVISION = re.compile(r"""^down_revision\s*=\s*(?:["']([^"']+)["']|None)""", re.MULTILINE)


def _revisions() -> dict[str, str | None]:
    """Each revision this kith knows and the one it revises, read from the revision files
    themselves (the two assignments Alembic reads), so that opening a database at the newest
    schema does not import Alembic. A test holds this equal to Alembic's own reading."""
    found: dict[str, str | None] = {}
    for script in sorted((_script_location() / "versions").glob("*.py")):
        text = script.read_text(encoding="utf-8")
        revision, down = _REVISION.search(text), _DOWN_REVISION.search(text)
        if revision is None or down is None:
            raise DatabaseError(f"{script} is not a schema revision kith can read; reinstall kith")
        found[revision.group(1)] = down.group(1)
    return found


def schema_head() -> str:
    """The newest schema revision this kith knows."""
    revisions = _revisions()
    heads = set(revisions) - {down for down in revisions.values() if down is not None}
    if len(heads) != 1:
        raise DatabaseError(
            f"this kith's schema revisions have {len(heads)} heads ({', '.join(sorted(heads))}); reinstall kith"
        )
    return heads.pop()


def _known_revisions() -> set[str]:
    return set(_revisions())


@dataclass(frozen=True)
class _Inspection:
    empty: bool
    revision: str | None


def _inspect_sqlite_file(path: Path) -> _Inspection:
    """Look at a SQLite file without writing to it (read-only, no WAL switch, no migration)."""
    if not path.exists() or path.stat().st_size == 0:
        return _Inspection(empty=True, revision=None)
    with path.open("rb") as handle:
        if handle.read(16) != SQLITE_MAGIC:
            raise DatabaseError(f"{path} is not a kith database (it is not a SQLite file); give another --db path")
    try:
        conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
        try:
            tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            revision = None
            if MARKER_TABLE in tables and "alembic_version" in tables:
                row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
                revision = row[0] if row else None
        finally:
            conn.close()
    except sqlite3.Error as exc:
        raise DatabaseError(f"{path} cannot be read as a database ({exc}); give another --db path") from exc
    if tables and MARKER_TABLE not in tables:
        raise DatabaseError(
            f"{path} is not a kith database (it holds another program's tables); give another --db path"
        )
    return _Inspection(empty=not tables, revision=revision)


def _inspect_server(engine: Engine, name: str) -> _Inspection:
    try:
        with engine.connect() as conn:
            tables = set(sa.inspect(conn).get_table_names())
            revision = None
            if MARKER_TABLE in tables and "alembic_version" in tables:
                revision = conn.execute(sa.text("SELECT version_num FROM alembic_version")).scalar()
    except SQLAlchemyError as exc:
        raise DatabaseError(f"cannot connect to {name}: {_first_line(exc)}") from exc
    if tables and MARKER_TABLE not in tables:
        raise DatabaseError(f"{name} is not a kith database (it holds another program's tables)")
    return _Inspection(empty=not tables, revision=revision)


def _json_text(value: Any) -> str:
    # orjson is several times faster than json on the JSON columns a listing decodes per row.
    return orjson.dumps(value).decode()


def _json_value(text: Any) -> Any:
    # SQLite gives a JSON column NUMERIC affinity: a stored ``5`` comes back as the number 5.
    return orjson.loads(text) if isinstance(text, str | bytes | bytearray) else text


def offline_dialect(drivername: str) -> Dialect:
    """The dialect of ``drivername`` (``sqlite``, ``postgresql+psycopg``...) with no
    connection: enough to compile statements for that database in another process (the
    order of an INSERT's columns, ``kith.store.bulk_rows``), not to convert values."""
    dialect: Dialect = URL.create(drivername).get_dialect()()
    return dialect


def _on_sqlite_connect(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.execute("PRAGMA busy_timeout = 10000")
    cursor.execute("PRAGMA synchronous = NORMAL")
    # SQLite's default page cache is 2 MB: a listing of 100,000 people, whose identities lie
    # in another order than the names, read the same pages from the file again and again
    # (0.7 s of system time). 32 MB at most still bounds the memory of any command.
    cursor.execute("PRAGMA cache_size = -32768")
    cursor.close()


def _backup_sqlite(path: Path, revision: str) -> Path:
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    backup = path.with_name(f"{path.name}.before-{revision}-{stamp}.bak")
    source = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    target = sqlite3.connect(backup)
    try:
        source.backup(target)
    finally:
        target.close()
        source.close()
    return backup


def open_database(
    target: str | os.PathLike[str] | None = None, *, owner: str = "me", default_region: str = ""
) -> Database:
    """Open (creating or migrating when needed) the kith database at ``target``.

    ``owner`` names the user account whose network the caller works on; it is created on
    first use with ``default_region`` for reading phone numbers without a country code.
    """
    url = database_url(target)
    name = describe(url)
    sqlite = url.get_backend_name() == "sqlite"
    try:
        if sqlite:
            path = Path(url.database or "")
            inspection = _inspect_sqlite_file(path)
            path.parent.mkdir(parents=True, exist_ok=True)
            engine = sa.create_engine(url, json_serializer=_json_text, json_deserializer=_json_value)
            event.listen(engine, "connect", _on_sqlite_connect)
        else:
            engine = sa.create_engine(
                url, pool_pre_ping=True, json_serializer=_json_text, json_deserializer=_json_value
            )
            try:
                inspection = _inspect_server(engine, name)
            except DatabaseError:
                engine.dispose()
                raise
    except NoSuchModuleError as exc:
        raise DatabaseError(f"{name}: kith does not know this kind of database; use a path or postgresql://") from exc

    head = schema_head()
    if inspection.revision is not None and inspection.revision not in _known_revisions():
        engine.dispose()
        raise DatabaseError(
            f"{name} was written by a newer kith (schema {inspection.revision}); upgrade kith to open it"
        )
    if inspection.revision != head:
        if sqlite and not inspection.empty and inspection.revision is not None:
            _backup_sqlite(Path(url.database or ""), inspection.revision)
        _migrate(engine, name, fresh=inspection.empty)
    owner_id = _ensure_owner(engine, name, owner, default_region)
    return Database(engine=engine, url=url, owner_id=owner_id)


def _migrate(engine: Engine, name: str, *, fresh: bool) -> None:
    from alembic import command

    config = _alembic_config()
    try:
        with engine.begin() as conn:
            if fresh and engine.dialect.name == "sqlite":
                # WAL lets the web app read while an import writes; set once, kept in the file.
                conn.exec_driver_sql("PRAGMA journal_mode = WAL")
            config.attributes["connection"] = conn
            command.upgrade(config, "head")
    except SQLAlchemyError as exc:
        raise DatabaseError(f"{name}: could not bring the database to the current schema: {_first_line(exc)}") from exc


def _ensure_owner(engine: Engine, name: str, owner: str, default_region: str) -> int:
    try:
        with engine.begin() as conn:
            found = conn.execute(sa.select(owners.c.id).where(owners.c.name == owner)).scalar()
            if found is not None:
                return int(found)
            created = conn.execute(
                owners.insert()
                .values(name=owner, default_region=default_region.upper(), created_at=datetime.now(UTC))
                .returning(owners.c.id)
            )
            return int(created.scalar_one())
    except SQLAlchemyError as exc:
        raise DatabaseError(f"{name}: could not open the account {owner!r}: {_first_line(exc)}") from exc
