"""Sending one message through the user's own SMTP server (``smtplib``).

Only when the user asks, one message at a time. The connection is encrypted: STARTTLS
(port 587) or implicit TLS (port 465); a password is never sent over a connection that is
not. Every failure is one line that says what to do: a wrong password, a recipient the
server refuses, a server that cannot be reached, a certificate that does not verify.
"""

from __future__ import annotations

import enum
import smtplib
import ssl
from dataclasses import dataclass
from email.message import EmailMessage
from pathlib import Path

from kith.core.errors import InvalidValue, KithError

TIMEOUT_SECONDS = 30


class Security(enum.StrEnum):
    STARTTLS = "starttls"  # plain connection upgraded with STARTTLS (port 587)
    TLS = "tls"  # TLS from the first byte (port 465)
    NONE = "none"  # a relay on this machine, without a password


@dataclass(frozen=True, slots=True)
class SmtpServer:
    """Where and how to send: never the password."""

    host: str
    port: int = 587
    security: Security = Security.STARTTLS
    username: str = ""
    ca_file: Path | None = None  # a private CA's certificate
    timeout: float = TIMEOUT_SECONDS

    def __post_init__(self) -> None:
        if not self.host.strip():
            raise InvalidValue("host", self.host, "name the SMTP server")
        if not 0 < self.port < 65536:
            raise InvalidValue("port", str(self.port), "a port is between 1 and 65535")
        if self.security is Security.NONE and self.username:
            raise InvalidValue("security", "none", "a password is never sent unencrypted: use starttls or tls")


class SendError(KithError):
    """The message was not sent; the message says why and what to do."""


def _context(server: SmtpServer) -> ssl.SSLContext:
    return ssl.create_default_context(cafile=str(server.ca_file) if server.ca_file else None)


def send(server: SmtpServer, password: str, message: EmailMessage) -> None:
    """Send ``message`` to its recipients; returns only when the server accepted it for all of them."""
    where = f"{server.host}:{server.port}"
    try:
        if server.security is Security.TLS:
            connection: smtplib.SMTP = smtplib.SMTP_SSL(
                server.host, server.port, timeout=server.timeout, context=_context(server)
            )
        else:
            connection = smtplib.SMTP(server.host, server.port, timeout=server.timeout)
        with connection:
            connection.ehlo()
            if server.security is Security.STARTTLS:
                if not connection.has_extn("starttls"):
                    raise SendError(f"{where} does not offer STARTTLS; use security tls (port 465) if it has it")
                connection.starttls(context=_context(server))
                connection.ehlo()
            if server.username:
                connection.login(server.username, password)
            refused = connection.send_message(message)
    except SendError:
        raise
    except smtplib.SMTPAuthenticationError as exc:
        raise SendError(f"{where} refused the user name or password for {server.username}; nothing was sent") from exc
    except smtplib.SMTPRecipientsRefused as exc:
        shown = "; ".join(f"{rcpt} ({code} {_text(reply)})" for rcpt, (code, reply) in exc.recipients.items())
        raise SendError(f"{where} refused the recipient {shown}; nothing was sent") from exc
    except smtplib.SMTPSenderRefused as exc:
        raise SendError(
            f"{where} refused the sender {exc.sender} ({exc.smtp_code} {_text(exc.smtp_error)}); nothing was sent"
        ) from exc
    except smtplib.SMTPNotSupportedError as exc:
        raise SendError(f"{where} does not support what kith asked: {exc}; nothing was sent") from exc
    except ssl.SSLCertVerificationError as exc:
        raise SendError(f"{where}: its certificate does not verify ({exc.verify_message}); nothing was sent") from exc
    except smtplib.SMTPResponseException as exc:
        raise SendError(f"{where} answered {exc.smtp_code} {_text(exc.smtp_error)}; nothing was sent") from exc
    except (smtplib.SMTPException, ssl.SSLError) as exc:
        raise SendError(f"{where}: {exc}; nothing was sent") from exc
    except TimeoutError as exc:
        raise SendError(f"{where} did not answer within {server.timeout:.0f} s; nothing was sent") from exc
    except OSError as exc:
        raise SendError(
            f"cannot reach {where}: {exc.strerror or exc}; check the server and your connection (nothing was sent)"
        ) from exc
    if refused:
        shown = "; ".join(f"{rcpt} ({code} {_text(reply)})" for rcpt, (code, reply) in refused.items())
        raise SendError(f"{where} refused {shown}")


def _text(reply: bytes | str) -> str:
    text = reply.decode("utf-8", "replace") if isinstance(reply, bytes) else str(reply)
    return " ".join(text.split())
