"""Fixtures shared by the whole suite.

Databases are real: a SQLite file per test, and a database per test on a PostgreSQL server
that this suite starts itself (initdb in a temporary folder, a free port on 127.0.0.1) and
stops at the end. ``KITH_TEST_POSTGRES_URL`` points the suite at a server of your own
instead. Select one backend with ``-m postgres`` or ``-m "not postgres"``.
"""

from __future__ import annotations

import itertools
import os
import shutil
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import pytest
from hypothesis import settings

from kith.app.workspace import Workspace, fixed_clock, open_workspace
from kith.store.database import open_database
from tests.postgres import PostgresServer
from tests.servers.chat import ChatServer
from tests.servers.dovecot import Dovecot
from tests.servers.radicale import RadicaleServer
from tests.servers.smtp import SmtpTestServer

# Speed is measured in bench/, not asserted per example: a loaded machine must not fail a
# property because one generated case took longer than hypothesis's default 200 ms.
settings.register_profile("kith", deadline=None)
settings.load_profile("kith")

# The suite's "now": a Wednesday, so that working-day arithmetic has both directions to go.
NOW = datetime(2026, 11, 25, 10, 0, tzinfo=UTC)

_counter = itertools.count()


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[PostgresServer]:
    external = os.environ.get("KITH_TEST_POSTGRES_URL")
    if external:
        yield PostgresServer.external(external)
        return
    server = PostgresServer.start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture(scope="session")
def _sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A SQLite database at the newest schema, copied for each test (migrating once is enough)."""
    path = tmp_path_factory.mktemp("template") / "kith.db"
    open_database(path, default_region="US").close()
    return path


@pytest.fixture(scope="session")
def _postgres_template(postgres_server: PostgresServer) -> str:
    name = "kith_template"
    postgres_server.create_database(name)
    open_database(postgres_server.url(name), default_region="US").close()
    return name


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def database(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """The URL of a fresh, empty kith database at the newest schema, on each backend."""
    if request.param == "sqlite":
        path = tmp_path / "kith.db"
        shutil.copyfile(request.getfixturevalue("_sqlite_template"), path)
        yield f"sqlite:///{path}"
        return
    server: PostgresServer = request.getfixturevalue("postgres_server")
    template = request.getfixturevalue("_postgres_template")
    name = f"kith_test_{os.getpid()}_{next(_counter)}"
    server.create_database(name, template=template)
    try:
        yield server.url(name)
    finally:
        server.drop_database(name)


@pytest.fixture
def other_database(tmp_path: Path, request: pytest.FixtureRequest, database: str) -> Iterator[str]:
    """A second, empty database on the same backend as ``database`` (for restore and copies)."""
    if database.startswith("sqlite"):
        path = tmp_path / "other.db"
        shutil.copyfile(request.getfixturevalue("_sqlite_template"), path)
        yield f"sqlite:///{path}"
        return
    server: PostgresServer = request.getfixturevalue("postgres_server")
    name = f"kith_other_{os.getpid()}_{next(_counter)}"
    server.create_database(name, template=request.getfixturevalue("_postgres_template"))
    try:
        yield server.url(name)
    finally:
        server.drop_database(name)


@pytest.fixture
def workspace(database: str) -> Iterator[Workspace]:
    """An open workspace on ``database`` whose clock says ``NOW``."""
    ws = open_workspace(database, clock=fixed_clock(NOW))
    ws.default_region = "US"
    try:
        yield ws
    finally:
        ws.close()


@dataclass
class Result:
    exit_code: int
    stdout: str
    stderr: str


class Kith:
    """Runs the real ``kith`` entry point in-process, as a user would type it."""

    def __init__(self, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, database: str) -> None:
        self._capsys = capsys
        self._monkeypatch = monkeypatch
        self.database = database

    def __call__(self, *args: str, input: str | None = None) -> Result:
        from kith.cli.main import run

        self._capsys.readouterr()
        self._monkeypatch.setattr(sys, "argv", ["kith", *args])
        if input is not None:
            import io

            self._monkeypatch.setattr(sys, "stdin", io.StringIO(input))
        code = 0
        try:
            run()
        except SystemExit as exc:
            code = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
        captured = self._capsys.readouterr()
        return Result(exit_code=code, stdout=captured.out, stderr=captured.err)


@pytest.fixture
def kith(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, database: str) -> Kith:
    """The CLI on ``database`` with ``KITH_NOW`` pinned to ``NOW`` and a wide terminal."""
    monkeypatch.setenv("KITH_DB", database)
    monkeypatch.setenv("KITH_NOW", NOW.isoformat())
    monkeypatch.setenv("KITH_REGION", "US")
    monkeypatch.setenv("COLUMNS", "200")
    return Kith(capsys, monkeypatch, database)


@pytest.fixture(scope="session")
def dovecot_server() -> Iterator[Dovecot]:
    """A real Dovecot IMAP server for the whole session (see ``tests/servers/dovecot.py``)."""
    server = Dovecot.start()
    try:
        yield server
    finally:
        server.stop()


# Real servers on loopback -------------------------------------------------------------------

RADICALE_USERS = {"ana": "correct horse battery staple", "ben": "another secret"}


@pytest.fixture(scope="session")
def radicale() -> Iterator[RadicaleServer]:
    """A Radicale CalDAV/CardDAV server (htpasswd users ``ana`` and ``ben``) for the session."""
    server = RadicaleServer.start(RADICALE_USERS)
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture(scope="session")
def radicale_tls() -> Iterator[RadicaleServer]:
    """The same over HTTPS, with a certificate from a throw-away CA (``ca_file``)."""
    server = RadicaleServer.start(RADICALE_USERS, tls=True)
    try:
        yield server
    finally:
        server.stop()


SMTP_USERS = {"ana@example.org": "smtp secret"}
REFUSED_RECIPIENT = "nobody@example.net"


@pytest.fixture(scope="session")
def smtp_server() -> Iterator[SmtpTestServer]:
    """aiosmtpd with STARTTLS and AUTH (user ``ana@example.org``), refusing ``nobody@example.net``."""
    server = SmtpTestServer.start(SMTP_USERS, refused={REFUSED_RECIPIENT})
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture(scope="session")
def smtp_server_tls() -> Iterator[SmtpTestServer]:
    """The same with TLS from the first byte (port 465 style)."""
    server = SmtpTestServer.start(SMTP_USERS, refused={REFUSED_RECIPIENT}, implicit_tls=True)
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture(scope="session")
def plain_dovecot_server() -> Iterator[Dovecot]:
    """A Dovecot that flags no folder's special use and creates none ("." separated)."""
    server = Dovecot.start(special_use=False)
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def plain_dovecot(plain_dovecot_server: Dovecot) -> Dovecot:
    """That server with an empty mailbox (only INBOX) for this test."""
    plain_dovecot_server.empty()
    return plain_dovecot_server


@pytest.fixture
def dovecot(dovecot_server: Dovecot) -> Iterator[Dovecot]:
    """The Dovecot server with an empty mailbox for this test."""
    dovecot_server.empty()
    return dovecot_server


@pytest.fixture
def chat_server() -> Iterator[ChatServer]:
    """An OpenAI-compatible chat-completions server on loopback; set ``.reply`` to choose its answer."""
    server = ChatServer.start()
    try:
        yield server
    finally:
        server.stop()
