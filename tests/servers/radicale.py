"""A throw-away Radicale (CalDAV and CardDAV) server for the tests.

Radicale runs as its own process on 127.0.0.1 on a free port, with htpasswd authentication
(SHA-512 crypt hashes), owner-only rights and its storage in a temporary folder; with
``tls=True`` it serves HTTPS with a certificate from a throw-away CA (``trustme``), whose
certificate is at ``ca_file``. ``stop()`` ends the process and removes the folder.

Radicale is GPL: it is a test dependency only (the ``dev`` extra), never imported by kith.

Setting up calendars and address books goes through plain HTTP (MKCALENDAR, MKCOL, PUT,
DELETE with httpx), not through the client under test.
"""

from __future__ import annotations

import itertools
import shutil
import socket
import ssl
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

import httpx
from passlib.hash import sha512_crypt

from tests.servers import free_port

_names = itertools.count(1)

MKCOL_ADDRESS_BOOK = """<?xml version="1.0" encoding="utf-8"?>
<D:mkcol xmlns:D="DAV:" xmlns:C="urn:ietf:params:xml:ns:carddav">
  <D:set><D:prop>
    <D:resourcetype><D:collection/><C:addressbook/></D:resourcetype>
    <D:displayname>{name}</D:displayname>
  </D:prop></D:set>
</D:mkcol>"""


@dataclass
class RadicaleServer:
    """A running Radicale; ``users`` maps each user name to its password."""

    folder: Path
    port: int
    process: subprocess.Popen[bytes]
    users: dict[str, str]
    tls: bool = False
    ca_file: Path | None = None
    log: Path = field(default_factory=Path)
    clients: dict[str, httpx.Client] = field(default_factory=dict)
    passwords: dict[str, str] = field(default_factory=dict)

    @property
    def url(self) -> str:
        return f"{'https' if self.tls else 'http'}://127.0.0.1:{self.port}/"

    @classmethod
    def start(cls, users: dict[str, str], *, tls: bool = False) -> RadicaleServer:
        folder = Path(tempfile.mkdtemp(prefix="kith-radicale-"))
        htpasswd = folder / "users"
        htpasswd.write_text(
            "".join(f"{name}:{sha512_crypt.using(rounds=1000).hash(pw)}\n" for name, pw in users.items())
        )
        port = free_port()
        server_lines = [f"hosts = 127.0.0.1:{port}"]
        ca_file = None
        if tls:
            import trustme

            ca = trustme.CA()
            certificate = ca.issue_cert("127.0.0.1", "localhost")
            certificate.private_key_pem.write_to_path(str(folder / "key.pem"))
            certificate.cert_chain_pems[0].write_to_path(str(folder / "cert.pem"))
            ca_file = folder / "ca.pem"
            ca.cert_pem.write_to_path(str(ca_file))
            server_lines += ["ssl = True", f"certificate = {folder / 'cert.pem'}", f"key = {folder / 'key.pem'}"]
        config = folder / "config"
        config.write_text(
            "[server]\n" + "\n".join(server_lines) + "\n"
            "[auth]\ntype = htpasswd\n"
            f"htpasswd_filename = {htpasswd}\nhtpasswd_encryption = sha512\n"
            "delay = 0\ncache_logins = True\n"
            "[rights]\ntype = owner_only\n"
            f"[storage]\nfilesystem_folder = {folder / 'collections'}\n"
            "[logging]\nlevel = warning\nmask_passwords = True\n"
        )
        log = folder / "radicale.log"
        with log.open("wb") as out:
            process = subprocess.Popen(
                [sys.executable, "-m", "radicale", "--config", str(config)], stdout=out, stderr=subprocess.STDOUT
            )
        server = cls(folder, port, process, dict(users), tls, ca_file, log)
        server._wait_until_listening()
        return server

    def _wait_until_listening(self, seconds: float = 20.0) -> None:
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"Radicale stopped at start: {self.log.read_text(errors='replace')[-2000:]}")
            with socket.socket() as s:
                if s.connect_ex(("127.0.0.1", self.port)) == 0:
                    return
            time.sleep(0.05)
        self.stop()
        raise RuntimeError("Radicale did not start listening within 20 s")

    def stop(self) -> None:
        for client in self.clients.values():
            client.close()
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        shutil.rmtree(self.folder, ignore_errors=True)

    # Setting up collections and resources, over plain HTTP ---------------------------------

    def http(self, user: str) -> httpx.Client:
        """A client logged in as ``user``, kept for the server's life (a new one loads the CA bundle again)."""
        client = self.clients.get(user)
        if client is None or client.auth is None or self.users[user] != self.passwords.get(user):
            verify: ssl.SSLContext | bool = (
                ssl.create_default_context(cafile=str(self.ca_file)) if self.ca_file else True
            )
            client = httpx.Client(base_url=self.url, auth=(user, self.users[user]), verify=verify, timeout=10)
            self.clients[user] = client
            self.passwords[user] = self.users[user]
        return client

    def new_calendar(self, user: str, name: str | None = None) -> str:
        """Create a calendar of ``user``'s; returns its URL."""
        name = name or f"calendar-{next(_names)}"
        client = self.http(user)
        client.request("PROPFIND", f"/{user}/", headers={"Depth": "0"})  # creates the principal's home
        client.request("MKCALENDAR", f"/{user}/{name}/").raise_for_status()
        return f"{self.url}{user}/{name}/"

    def new_address_book(self, user: str, name: str | None = None) -> str:
        """Create an address book of ``user``'s (CardDAV); returns its URL."""
        name = name or f"contacts-{next(_names)}"
        client = self.http(user)
        client.request("PROPFIND", f"/{user}/", headers={"Depth": "0"})
        response = client.request(
            "MKCOL",
            f"/{user}/{name}/",
            content=MKCOL_ADDRESS_BOOK.format(name=name),
            headers={"Content-Type": "application/xml; charset=utf-8"},
        )
        response.raise_for_status()
        return f"{self.url}{user}/{name}/"

    def put(self, user: str, url: str, body: str | bytes, content_type: str = "text/calendar; charset=utf-8") -> None:
        self.http(user).put(url, content=body, headers={"Content-Type": content_type}).raise_for_status()

    def delete(self, user: str, url: str) -> None:
        self.http(user).delete(url).raise_for_status()

    def get(self, user: str, url: str) -> str:
        response = self.http(user).get(url)
        response.raise_for_status()
        return response.text
