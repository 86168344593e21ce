"""A throw-away SMTP server for the tests: aiosmtpd on 127.0.0.1 on a free port.

It speaks STARTTLS (or TLS from the first byte, ``implicit_tls=True``) with a certificate
from a throw-away CA (``trustme``; its certificate is ``ca_file``), requires AUTH over TLS
against ``users``, refuses the recipients in ``refused`` with a 550, and keeps every
message it accepted in ``received``, as the bytes that arrived.
"""

from __future__ import annotations

import ssl
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import trustme
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import SMTP as SMTPServer
from aiosmtpd.smtp import AuthResult, Envelope, LoginPassword, Session

from tests.servers import free_port


@dataclass
class Received:
    mail_from: str
    rcpt_tos: list[str]
    data: bytes
    login: str


class _Handler:
    def __init__(self, refused: set[str]) -> None:
        self.refused = refused
        self.received: list[Received] = []

    async def handle_RCPT(
        self, server: SMTPServer, session: Session, envelope: Envelope, address: str, rcpt_options: list[str]
    ) -> str:
        if address.lower() in self.refused:
            return f"550 5.1.1 <{address}>: Recipient address rejected: User unknown in virtual mailbox table"
        envelope.rcpt_tos.append(address)
        return "250 2.1.5 Ok"

    async def handle_DATA(self, server: SMTPServer, session: Session, envelope: Envelope) -> str:
        content = envelope.original_content or b""
        login = session.auth_data.login.decode() if isinstance(session.auth_data, LoginPassword) else ""
        self.received.append(Received(str(envelope.mail_from), list(envelope.rcpt_tos), bytes(content), login))
        return "250 2.0.0 Ok: queued as 4F2A1B3C"


@dataclass
class SmtpTestServer:
    controller: Controller
    handler: _Handler
    port: int
    ca_file: Path
    users: dict[str, str]
    implicit_tls: bool = False
    folder: Path = field(default_factory=Path)

    @property
    def received(self) -> list[Received]:
        return self.handler.received

    @classmethod
    def start(
        cls, users: dict[str, str], *, refused: set[str] | None = None, implicit_tls: bool = False
    ) -> SmtpTestServer:
        folder = Path(tempfile.mkdtemp(prefix="kith-smtp-"))
        ca = trustme.CA()
        certificate = ca.issue_cert("127.0.0.1", "localhost")
        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        certificate.configure_cert(context)
        ca_file = folder / "ca.pem"
        ca.cert_pem.write_to_path(str(ca_file))
        handler = _Handler({r.lower() for r in refused or set()})

        def authenticate(server: Any, session: Any, envelope: Any, mechanism: str, auth_data: Any) -> AuthResult:
            ok = (
                isinstance(auth_data, LoginPassword)
                and users.get(auth_data.login.decode()) == auth_data.password.decode()
            )
            return AuthResult(success=ok, handled=False, auth_data=auth_data if ok else None)

        port = free_port()
        options: dict[str, Any] = {
            "hostname": "127.0.0.1",
            "port": port,
            "authenticator": authenticate,
            "auth_require_tls": True,
            "server_hostname": "127.0.0.1",
        }
        if implicit_tls:
            options["ssl_context"] = context
            # aiosmtpd 1.4 does not count TLS from the first byte as TLS for AUTH: the
            # whole connection is encrypted, so AUTH is allowed on it.
            options["auth_require_tls"] = False
        else:
            options["tls_context"] = context
            options["require_starttls"] = True
        controller = Controller(handler, **options)
        controller.start()
        return cls(controller, handler, port, ca_file, dict(users), implicit_tls, folder)

    def stop(self) -> None:
        self.controller.stop()
        for path in self.folder.iterdir():
            path.unlink()
        self.folder.rmdir()
