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
from urllib.parse import unquote, urlsplit

from kith.app.people import find_person
from kith.app.plan import Outcome, mark_done
from kith.app.workspace import Workspace
from kith.core.errors import InvalidValue, KithError
from kith.core.handoff import mail_external_id, message_key
from kith.core.identity import normalise_email
from kith.core.model import Channel
from kith.outbound.files import write_atomically
from kith.outbound.message import Mailbox, build_message, message_bytes
from kith.outbound.smtp import Security as Security  # re-exported: the account's security, for the interfaces
from kith.outbound.smtp import SmtpServer, send
from kith.store.mail import add_my_address
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
    message_id: str | None = None  # kith makes one when not given


@dataclass(frozen=True, slots=True)
class SmtpAccount:
    """The user's SMTP server and who they send as; never the password."""

    host: str
    from_address: str
    from_name: str = ""
    port: int = 587
    security: Security = Security.STARTTLS
    username: str = ""
    ca_file: str = ""  # a private certificate authority to trust (a self-hosted server)

    def server(self, ca_file: Path | None = None) -> SmtpServer:
        chosen = ca_file or (Path(self.ca_file) if self.ca_file else None)
        return SmtpServer(self.host, self.port, self.security, self.username, ca_file=chosen)

    @property
    def locator(self) -> str:
        """``smtp://user@host:port``: the account's name, and its password's name in the keyring."""
        user = f"{self.username}@" if self.username else ""
        return f"smtp://{user}{self.host}:{self.port}"

    def sender(self) -> Mailbox:
        return Mailbox(self.from_name, self.from_address)


def set_smtp_account(ws: Workspace, account: SmtpAccount) -> SmtpAccount:
    """Check and store the SMTP account (a setting: no password in it); its address becomes
    one of the user's own (``kith me``)."""
    account.server()  # checks host, port and security
    checked = SmtpAccount(
        host=account.host.strip(),
        from_address=normalise_email(account.from_address),
        from_name=" ".join(account.from_name.split()),
        port=account.port,
        security=Security(account.security),
        username=account.username.strip(),
        ca_file=account.ca_file.strip(),
    )
    value: dict[str, Any] = {
        "host": checked.host,
        "port": checked.port,
        "security": checked.security.value,
        "username": checked.username,
        "from_name": checked.from_name,
        "from_address": checked.from_address,
        "ca_file": checked.ca_file,
    }
    with ws.db.transaction() as conn:
        set_setting(conn, ws.owner_id, SMTP_SETTING, value)
        # The address the user sends as is theirs: mail from it, read back from the Sent
        # folder, is outbound (and found, not counted a second time).
        add_my_address(conn, ws.owner_id, checked.from_address, ws.now())
    return checked


def smtp_account_from_url(
    url: str,
    from_address: str,
    *,
    from_name: str = "",
    user: str | None = None,
    security: Security | None = None,
    ca_file: str = "",
) -> SmtpAccount:
    """``smtps://user@host[:port]`` (TLS, 465) or ``smtp://user@host[:port]`` (STARTTLS, 587).

    The user name is the URL's (``ana%40example.org@`` when it is an address) or ``user``;
    ``security`` overrides what the scheme says (``none``: a relay on this machine, no user).
    """
    parts = urlsplit(url.strip())
    if parts.scheme not in ("smtp", "smtps") or not parts.hostname:
        raise InvalidValue("server", url, "write it as smtps://you@smtp.example.org (or smtp:// for STARTTLS on 587)")
    if parts.password:
        raise InvalidValue("server", "smtp://...", "leave the password out of the URL: kith asks for it")
    chosen = security or (Security.TLS if parts.scheme == "smtps" else Security.STARTTLS)
    try:
        port = parts.port or (465 if chosen is Security.TLS else 587 if chosen is Security.STARTTLS else 25)
    except ValueError as exc:
        raise InvalidValue("server", url, "the port must be a number, such as :587") from exc
    username = user if user is not None else unquote(parts.username or "")
    return SmtpAccount(
        host=parts.hostname,
        from_address=from_address,
        from_name=from_name,
        port=port,
        security=chosen,
        username=username,
        ca_file=ca_file,
    )


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
            ca_file=str(value.get("ca_file") or ""),
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
        message_id=outgoing.message_id,
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
    recipient = normalise_email(outgoing.to_email)
    recorded = ""
    if person is not None:
        recorded = record_sent(ws, person, outgoing, message_id, recipient).summary
    return SentMessage(message_id, recipient, recorded)


def record_sent(ws: Workspace, who: str, outgoing: Outgoing, message_id: str, recipient: str) -> Outcome:
    """Mark the person's step done with the message sent; its interaction carries the identity
    the mail import gives that message (``KEY|address``, in its thread), so that importing the
    Sent folder later finds it instead of counting it twice. Returns what the plan recorded."""
    thread = next(iter(outgoing.references), None) or outgoing.in_reply_to or message_id
    return mark_done(
        ws,
        who,
        Channel.EMAIL,
        outgoing.subject,
        message_id=message_id,
        external_id=mail_external_id(message_id, recipient),
        thread_id=message_key(thread),
    )
