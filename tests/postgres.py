"""A throw-away PostgreSQL server for the tests: initdb, start on a free loopback port, stop.

PostgreSQL refuses to run as root, so as root the cluster belongs to the ``postgres`` user
(``runuser``). Durability is switched off: the data lives as long as the test session.
"""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

import psycopg
from psycopg import sql


def _bindir() -> Path:
    configured = os.environ.get("KITH_PG_BIN")
    if configured:
        return Path(configured)
    pg_config = shutil.which("pg_config")
    if pg_config:
        out = subprocess.run([pg_config, "--bindir"], capture_output=True, text=True, check=False).stdout.strip()
        if out and (Path(out) / "initdb").exists():
            return Path(out)
    candidates = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=lambda p: int(p.split("/")[4]), reverse=True)
    if candidates:
        return Path(candidates[0]).parent
    raise RuntimeError(
        "PostgreSQL is not installed: the suite needs initdb and pg_ctl. Run `make test` as root to install it "
        "(apt-get install postgresql), or set KITH_TEST_POSTGRES_URL to a server you run."
    )


def _run(command: list[str]) -> None:
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise RuntimeError(
            f"{' '.join(command)} failed ({done.returncode}): {done.stderr.strip() or done.stdout.strip()}"
        )


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


@dataclass
class PostgresServer:
    host: str
    port: int
    user: str
    password: str = ""
    datadir: Path | None = None
    _runas: list[str] | None = None
    workdir: Path | None = None

    @classmethod
    def external(cls, url: str) -> PostgresServer:
        info = psycopg.conninfo.conninfo_to_dict(url.replace("postgresql+psycopg://", "postgresql://"))
        return cls(
            host=str(info.get("host", "127.0.0.1")),
            port=int(info.get("port", 5432)),
            user=str(info.get("user", "postgres")),
            password=str(info.get("password", "")),
        )

    @classmethod
    def start(cls) -> PostgresServer:
        bindir = _bindir()
        # pytest's own temporary folders are private to root; the server's user must reach this one.
        workdir = Path(tempfile.mkdtemp(prefix="kith-test-postgres-"))
        runas: list[str] = []
        if os.geteuid() == 0:
            runas = ["runuser", "-u", "postgres", "--"]
            shutil.chown(workdir, "postgres")
        datadir = workdir / "data"
        sockets = workdir / "sockets"
        sockets.mkdir()
        os.chmod(sockets, 0o777)
        _run(
            [
                *runas,
                str(bindir / "initdb"),
                "-D",
                str(datadir),
                "-U",
                "postgres",
                "-A",
                "trust",
                "--no-sync",
                "-E",
                "UTF8",
                "--locale=C",
            ]
        )
        port = _free_port()
        options = (
            f"-c port={port} -c listen_addresses=127.0.0.1 -c unix_socket_directories={sockets} "
            "-c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200"
        )
        _run(
            [
                *runas,
                str(bindir / "pg_ctl"),
                "-D",
                str(datadir),
                "-o",
                options,
                "-l",
                str(workdir / "server.log"),
                "-w",
                "-t",
                "60",
                "start",
            ]
        )
        return cls(host="127.0.0.1", port=port, user="postgres", datadir=datadir, _runas=runas, workdir=workdir)

    def stop(self) -> None:
        if self.datadir is not None:
            subprocess.run(
                [
                    *(self._runas or []),
                    str(_bindir() / "pg_ctl"),
                    "-D",
                    str(self.datadir),
                    "-m",
                    "immediate",
                    "-w",
                    "stop",
                ],
                check=False,
                capture_output=True,
            )
        if self.workdir is not None:
            shutil.rmtree(self.workdir, ignore_errors=True)

    def url(self, database: str) -> str:
        auth = f"{self.user}:{self.password}@" if self.password else f"{self.user}@"
        return f"postgresql+psycopg://{auth}{self.host}:{self.port}/{database}"

    def _admin(self) -> psycopg.Connection[tuple[object, ...]]:
        return psycopg.connect(
            host=self.host,
            port=self.port,
            user=self.user,
            password=self.password or None,
            dbname="postgres",
            autocommit=True,
        )

    def create_database(self, name: str, template: str | None = None) -> None:
        with self._admin() as conn:
            if template:
                conn.execute(
                    sql.SQL("CREATE DATABASE {} TEMPLATE {}").format(sql.Identifier(name), sql.Identifier(template))
                )
            else:
                conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))

    def drop_database(self, name: str) -> None:
        with self._admin() as conn:
            conn.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name)))
