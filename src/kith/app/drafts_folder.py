"""``kith draft ... --to-drafts``: the message saved into the user's IMAP Drafts folder, for them to
finish and send from their own mail program.

The account is one that ``kith sync`` remembers (the only mail account, or the one named) or
an ``imaps://`` URL given; its password comes from the keyring, ``KITH_IMAP_PASSWORD`` or a
prompt (``app.sync.account_password``) and is never stored. One IMAP connection code path:
``sources.mail.imap.connect`` logs in (TLS, STARTTLS, certificates and a refused password are
translated there), and ``outbound.drafts_folder`` finds the folder and appends. The step
keeps the Message-ID only once the server has taken the message.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from kith.app.outgoing import Prepared, refuse_blocking, remember
from kith.app.sync import (
    PASSWORD_VARIABLE,
    AskPassword,
    SyncOptions,
    account_password,
    imap_account,
    imap_account_from_url,
    remembered_accounts,
)
from kith.app.workspace import Workspace
from kith.core.errors import InputError, KithError
from kith.outbound.drafts_folder import save_draft
from kith.outbound.message import message_bytes
from kith.sources.mail.imap import ImapAccount, connect


@dataclass(frozen=True)
class SavedToDrafts:
    """Where the draft went, and the Message-ID its step keeps."""

    account: str  # imap://user@host:port
    folder: str
    uid: int | None
    message_id: str
    step_id: int


def drafts_account(ws: Workspace, account: str | None = None, *, ca_file: str | None = None) -> ImapAccount:
    """The mail account to save drafts on: ``account`` (a remembered account's address as
    ``kith sync --list`` shows it, or an ``imaps://`` URL), else the one remembered account."""
    remembered = [values for values in remembered_accounts(ws) if values.get("kind") == "imap"]
    if account is None or not account.strip():
        if len(remembered) == 1:
            return _with_ca(imap_account(remembered[0]), ca_file)
        if not remembered:
            raise KithError(
                "no mail account is remembered to save drafts on: name one, such as "
                "--to-drafts imaps://you@mail.example.org (or sync it once with `kith sync`)"
            )
        names = ", ".join(imap_account(v).locator for v in remembered)
        raise KithError(f"several mail accounts are remembered ({names}): name the one, --to-drafts ACCOUNT")
    wanted = account.strip()
    for values in remembered:
        known = imap_account(values)
        if wanted in (known.locator, known.locator.removesuffix(f":{known.port}")) or _same(wanted, values):
            return _with_ca(known, ca_file)
    return imap_account(imap_account_from_url(wanted, SyncOptions(ca_file=ca_file)))


def _same(url: str, values: Mapping[str, Any]) -> bool:
    """Whether ``url`` (imaps://user@host[:port]) names the remembered account ``values``."""
    try:
        parsed = imap_account_from_url(url, SyncOptions())
    except KithError:
        return False
    return all(parsed[k] == values.get(k) for k in ("host", "port", "user", "security"))


def _with_ca(account: ImapAccount, ca_file: str | None) -> ImapAccount:
    if not ca_file:
        return account
    return ImapAccount(account.host, account.user, account.port, account.security, account.folders, ca_file)


def save_to_drafts(
    ws: Workspace,
    prepared: Prepared,
    account: str | None = None,
    *,
    ask_password: AskPassword | None = None,
    ca_file: str | None = None,
) -> SavedToDrafts:
    """Append the message to the Drafts folder of the account (flagged ``\\Draft``), then keep
    its Message-ID on the step. Each failure (a wrong password, no Drafts folder, a server
    that cannot be reached) is one line, and nothing is kept then."""
    refuse_blocking(prepared.worded, "saved")
    chosen = drafts_account(ws, account, ca_file=ca_file)
    password = account_password(chosen.locator, PASSWORD_VARIABLE, ask_password)
    try:
        session = connect(chosen, password)
    except InputError as exc:
        raise KithError(f"{exc}; nothing was saved") from exc
    with session:
        saved = save_draft(session.client, message_bytes(prepared.message), prepared.message_date, chosen.locator)
    step_id = remember(ws, prepared)
    return SavedToDrafts(chosen.locator, saved.folder, saved.uid, prepared.message_id, step_id)
