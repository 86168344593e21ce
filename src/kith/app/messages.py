"""A draft leaves as mail: an .eml file the user opens in their mail program, or a message
sent through their SMTP server, only when they ask (``kith draft ... --eml``, ``kith send``).

The functions take plain values (who to, from whom, subject, body, the message it follows),
not the composer's types, so any draft can go out. The SMTP account is a setting
(``accounts.smtp``: server, port, security, user name, the sender's name and address);
the password is passed in for one call and never stored, printed or logged. A message
sent is remembered on the person's outreach step (its ``Message-ID``), so that the reply
threads back and ends the follow-ups; nothing is recorded as sent unless the server took it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from email.message import EmailMessage
from pathlib import Path
from typing import Any

from kith.app.people import find_person
from kith.app.plan import mark_done
from kith.app.workspace import Workspace
from kith.core.errors import InvalidValue, KithError
from kith.core.identity import normalise_email
from kith.core.model import Channel
from kith.outbound.files import write_atomically
from kith.outbound.message import Mailbox, build_message, message_bytes
from kith.outbound.smtp import Security, SmtpServer, send
from kith.store.settings import delete_setting, get_setting, set_setting

SMTP_SETTING = "accounts.smtp"


@dataclass(frozen=True, slots=True)
class Outgoing:
    """A message to one person, in plain values."""

    to_name: str
    to_email: str
    subject: str
    body: str
    in_reply_to: str | None = None  # the Message-ID this follows up on
    references: Sequence[str] = field(default_factory=tuple)


@dataclass(frozen=True, slots=True)
class SmtpAccount:
    """The user's SMTP server and who they send as; never the password."""

    host: str
    from_address: str
    from_name: str = ""
    port: int = 587
    security: Security = Security.STARTTLS
    username: str = ""

    def server(self, ca_file: Path | None = None) -> SmtpServer:
        return SmtpServer(self.host, self.port, self.security, self.username, ca_file=ca_file)

    def sender(self) -> Mailbox:
        return Mailbox(self.from_name, self.from_address)


def set_smtp_account(ws: Workspace, account: SmtpAccount) -> SmtpAccount:
    """Check and store the SMTP account (a setting: no password in it)."""
    account.server()  # checks host, port and security
    checked = SmtpAccount(
        host=account.host.strip(),
        from_address=normalise_email(account.from_address),
        from_name=" ".join(account.from_name.split()),
        port=account.port,
        security=Security(account.security),
        username=account.username.strip(),
    )
    value: dict[str, Any] = {
        "host": checked.host,
        "port": checked.port,
        "security": checked.security.value,
        "username": checked.username,
        "from_name": checked.from_name,
        "from_address": checked.from_address,
    }
    with ws.db.transaction() as conn:
        set_setting(conn, ws.owner_id, SMTP_SETTING, value)
    return checked


def smtp_account(ws: Workspace) -> SmtpAccount | None:
    """The SMTP account the user set, if any."""
    with ws.db.reading() as conn:
        value = get_setting(conn, ws.owner_id, SMTP_SETTING)
    if not isinstance(value, dict):
        return None
    try:
        return SmtpAccount(
            host=str(value["host"]),
            from_address=str(value["from_address"]),
            from_name=str(value.get("from_name", "")),
            port=int(value.get("port", 587)),
            security=Security(value.get("security", Security.STARTTLS.value)),
            username=str(value.get("username", "")),
        )
    except (KeyError, ValueError, TypeError) as exc:
        raise KithError(f"the setting {SMTP_SETTING} is damaged ({exc}); set the SMTP account again") from exc


def forget_smtp_account(ws: Workspace) -> bool:
    with ws.db.transaction() as conn:
        return delete_setting(conn, ws.owner_id, SMTP_SETTING)


def compose_message(ws: Workspace, outgoing: Outgoing, sender: Mailbox) -> EmailMessage:
    """The message as mail, dated by the workspace's clock in the user's zone, with a fresh Message-ID."""
    return build_message(
        sender=sender,
        recipient=Mailbox(outgoing.to_name, outgoing.to_email),
        subject=outgoing.subject,
        body=outgoing.body,
        date=ws.now().astimezone(ws.local_zone),
        in_reply_to=outgoing.in_reply_to,
        references=outgoing.references,
    )


@dataclass(frozen=True, slots=True)
class SavedMessage:
    path: Path
    message_id: str


def write_eml(ws: Workspace, outgoing: Outgoing, path: Path, sender: Mailbox | None = None) -> SavedMessage:
    """Write the message as an .eml file (atomically, readable by the user only)."""
    chosen = sender or _sender(ws)
    message = compose_message(ws, outgoing, chosen)
    written = write_atomically(path, message_bytes(message), what="the message", private=True)
    return SavedMessage(written, str(message["Message-ID"]))


def _sender(ws: Workspace) -> Mailbox:
    account = smtp_account(ws)
    if account is None:
        raise KithError(f"kith does not know your address to send from: set the SMTP account ({SMTP_SETTING}) first")
    return account.sender()


@dataclass(frozen=True, slots=True)
class SentMessage:
    message_id: str
    recipient: str
    recorded: str  # what the plan recorded ("Done: first message to ... by email"), or ""


def send_message(
    ws: Workspace,
    outgoing: Outgoing,
    password: str,
    *,
    person: str | None = None,
    account: SmtpAccount | None = None,
    ca_file: Path | None = None,
) -> SentMessage:
    """Send the message through the user's SMTP server, then, when ``person`` (a WHO) is given,
    mark their step done with the message's ``Message-ID``. Raises ``SendError`` (one line)
    when the server does not take it; nothing is recorded then."""
    chosen = account or smtp_account(ws)
    if chosen is None:
        raise KithError(f"no SMTP account is set: set {SMTP_SETTING} (server, port, user, your address) first")
    if not outgoing.to_email.strip():
        raise InvalidValue("to", outgoing.to_email, "the message has no recipient address")
    if person is not None:
        found = find_person(ws, person)  # before sending: the step must be recordable
        if found.do_not_contact:
            raise KithError(f"{found.display_name} asked not to be contacted; nothing was sent")
    message = compose_message(ws, outgoing, chosen.sender())
    send(chosen.server(ca_file), password, message)
    message_id = str(message["Message-ID"])
    recorded = ""
    if person is not None:
        recorded = mark_done(ws, person, Channel.EMAIL, outgoing.subject, message_id=message_id).summary
    return SentMessage(message_id, normalise_email(outgoing.to_email), recorded)
