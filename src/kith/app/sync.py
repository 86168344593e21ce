"""``kith sync``: bringing the history in from servers, account by account.

An account is remembered in the settings (``accounts.NAME``: its kind, host, user, folders;
never a password) once it has synced, so that ``kith sync`` alone syncs every account
again. Each kind of account has its sync function in ``SYNC_KINDS``, and a URL given on the
command line picks its kind by scheme (``SCHEMES``): ``imaps://`` and ``imap://`` are mail,
``https://`` and ``http://`` a CalDAV calendar.

Calendars (CalDAV): the calendar at the URL is read incrementally by sync token or ETags
(``kith.app.calendar_sync``). Its password comes from the keyring (the account's URL as the
user name), else ``KITH_CALDAV_PASSWORD``, else a prompt.

Mail (IMAP): the inbox, the sent folder and the folders named are read incrementally by
UIDVALIDITY and UID (``mail_progress``), in batches committed with how far each folder got,
through the same ``MailHistory`` as a file import. The password comes from the OS keyring
(service ``kith``, the account's ``imap://user@host:port`` as the user name), else the
``KITH_IMAP_PASSWORD`` environment variable, else a prompt; it is never stored or printed.
"""

from __future__ import annotations

import hashlib
import os
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

from kith.app.calendar_sync import sync_calendar
from kith.app.imports import ImportSummary, Progress, no_progress
from kith.app.mail_history import MailHistory
from kith.app.me import mail_settings, propose
from kith.app.workspace import Workspace
from kith.core.errors import InvalidValue, KithError
from kith.sources.mail import MailResult
from kith.sources.mail.imap import Folder, ImapAccount, ImapSession, connect
from kith.store import mail as store
from kith.store.settings import delete_setting, set_setting, settings_under
from kith.store.sources import source_for

ACCOUNT_PREFIX = "accounts."
PASSWORD_VARIABLE = "KITH_IMAP_PASSWORD"
KEYRING_SERVICE = "kith"
BATCH = 2000

AskPassword = Callable[[str], str]


@dataclass(frozen=True)
class SyncOptions:
    snippets: bool = True
    folders: tuple[str, ...] = ()  # folders to read besides the inbox and the sent folder
    ca_file: str | None = None
    user: str | None = None  # the user name on a calendar server, when the URL does not say it


SyncFunction = Callable[[Workspace, Mapping[str, Any], SyncOptions, "AskPassword | None", Progress], ImportSummary]


# Accounts -------------------------------------------------------------------------------------


def imap_account_from_url(url: str, options: SyncOptions) -> dict[str, Any]:
    """``imaps://user@host[:port]`` (TLS, 993) or ``imap://user@host[:port]`` (STARTTLS, 143)."""
    parts = urlsplit(url.strip())
    if parts.scheme not in ("imap", "imaps") or not parts.hostname or not parts.username:
        raise InvalidValue("account", url, "write it as imaps://you@mail.example.org (or imap:// for STARTTLS)")
    if parts.password:
        raise InvalidValue("account", "imaps://...", "leave the password out of the URL: kith asks for it")
    tls = parts.scheme == "imaps"
    try:
        port = parts.port or (993 if tls else 143)
    except ValueError as exc:
        raise InvalidValue("account", url, "the port must be a number, such as :993") from exc
    return {
        "kind": "imap",
        "host": parts.hostname,
        "port": port,
        "user": unquote(parts.username),
        "security": "tls" if tls else "starttls",
        "folders": list(options.folders),
        "ca_file": options.ca_file,
    }


def imap_account(values: Mapping[str, Any]) -> ImapAccount:
    """The IMAP account a remembered (or parsed) account's values describe."""
    return ImapAccount(
        host=str(values["host"]),
        user=str(values["user"]),
        port=int(values["port"]),
        security=str(values.get("security", "tls")),
        folders=tuple(values.get("folders") or ()),
        ca_file=values.get("ca_file") or None,
    )


def account_name(values: Mapping[str, Any]) -> str:
    if values.get("kind") == "imap":
        return imap_account(values).locator
    return str(values.get("url") or values.get("name") or values.get("kind"))


def _key(values: Mapping[str, Any]) -> str:
    name = account_name(values)
    key = ACCOUNT_PREFIX + name
    return key if len(key) <= 100 else ACCOUNT_PREFIX + hashlib.sha256(name.encode()).hexdigest()[:40]


def remembered_accounts(ws: Workspace) -> list[dict[str, Any]]:
    with ws.db.reading() as conn:
        return [dict(v) for v in settings_under(conn, ws.owner_id, ACCOUNT_PREFIX).values() if isinstance(v, dict)]


def forget_account(ws: Workspace, url: str) -> str:
    """Forget a remembered account (its sync state too; the history it brought stays)."""
    values = account_from_url(url, SyncOptions())
    name = account_name(values)
    with ws.db.transaction() as conn:
        if not delete_setting(conn, ws.owner_id, _key(values)):
            raise KithError(f"{name} is not a remembered account; `kith sync --list` shows them")
        for row in store.progress_under(conn, ws.owner_id, name + "/"):
            store.forget_progress(conn, ws.owner_id, row.locator)
    return name


# Dispatch -------------------------------------------------------------------------------------


def caldav_account_from_url(url: str, options: SyncOptions) -> dict[str, Any]:
    """``https://dav.example.org/ana/work/`` with ``--user ana`` (or ``https://ana@dav...``)."""
    parts = urlsplit(url.strip())
    if parts.password:
        raise InvalidValue("account", "https://...", "leave the password out of the URL: kith asks for it")
    user = options.user or (unquote(parts.username) if parts.username else None)
    if not user:
        raise InvalidValue("account", url, "name your user on the calendar server: --user NAME")
    bare = parts._replace(netloc=parts.netloc.rpartition("@")[2]).geturl()
    return {"kind": "caldav", "url": bare, "user": user, "ca_file": options.ca_file}


SCHEMES: dict[str, str] = {"imap": "imap", "imaps": "imap", "https": "caldav", "http": "caldav"}  # scheme -> kind
ACCOUNT_FROM_URL: dict[str, Callable[[str, SyncOptions], dict[str, Any]]] = {
    "imap": imap_account_from_url,
    "caldav": caldav_account_from_url,
}


def account_from_url(url: str, options: SyncOptions) -> dict[str, Any]:
    scheme = urlsplit(url.strip()).scheme
    kind = SCHEMES.get(scheme)
    if kind is None:
        known = ", ".join(f"{s}://" for s in sorted(SCHEMES))
        raise InvalidValue(
            "account", url, f"kith syncs {known} accounts: imaps://you@mail.example.org, or a CalDAV https:// URL"
        )
    return ACCOUNT_FROM_URL[kind](url, options)


def sync(
    ws: Workspace,
    url: str | None = None,
    options: SyncOptions = SyncOptions(),
    ask_password: AskPassword | None = None,
    progress: Callable[[str], Progress] | None = None,
) -> list[ImportSummary]:
    """Sync the account at ``url`` (remembering it once it worked), or every remembered one."""
    if url is not None:
        targets = [account_from_url(url, options)]
    else:
        targets = remembered_accounts(ws)
        if not targets:
            raise KithError("no account to sync yet: `kith sync imaps://you@mail.example.org` adds one")
    summaries = []
    for values in targets:
        run = SYNC_KINDS.get(str(values.get("kind")))
        if run is None:
            raise KithError(f"kith does not know how to sync {account_name(values)} ({values.get('kind')})")
        told = progress(account_name(values)) if progress is not None else no_progress
        summaries.append(run(ws, values, options, ask_password, told))
        with ws.db.transaction() as conn:
            set_setting(conn, ws.owner_id, _key(values), values)
    return summaries


# Mail over IMAP -------------------------------------------------------------------------------


def account_password(locator: str, variable: str, ask: AskPassword | None) -> str:
    """From the OS keyring (service ``kith``, user ``locator``), else the environment
    ``variable``, else ``ask``; never stored by kith."""
    try:
        import keyring
        from keyring.errors import KeyringError

        try:
            found = keyring.get_password(KEYRING_SERVICE, locator)
        except (KeyringError, RuntimeError):
            found = None  # no usable backend (a server, a container): go on to the next source
    except ImportError:  # pragma: no cover - keyring is a dependency
        found = None
    if found:
        return found
    from_environment = os.environ.get(variable)
    if from_environment:
        return from_environment
    if ask is not None:
        return ask(locator)
    raise KithError(
        f"no password for {locator}: set {variable}, or keep it in the OS keyring "
        f"(keyring set {KEYRING_SERVICE} {locator})"
    )


def imap_password(account: ImapAccount, ask: AskPassword | None) -> str:
    """From the OS keyring, else ``KITH_IMAP_PASSWORD``, else ``ask``; never stored by kith."""
    return account_password(account.locator, PASSWORD_VARIABLE, ask)


def sync_imap(
    ws: Workspace,
    values: Mapping[str, Any],
    options: SyncOptions,
    ask_password: AskPassword | None,
    progress: Progress,
) -> ImportSummary:
    """Read the account's inbox, sent folder and named folders from where the last sync stopped."""
    started = time.perf_counter()
    account = imap_account(values)
    summary = ImportSummary(path=account.locator, kind="mail", format="imap", unit="messages")
    many = mail_settings(ws).many
    session = connect(account, imap_password(account, ask_password))
    with session:
        folders = session.folders()  # a missing folder fails here, before anything is written
        with ws.db.transaction() as conn:
            source_id = source_for(conn, ws.owner_id, "imap", account.locator, ws.now())
            me = store.my_addresses(conn, ws.owner_id)
            if not me and "@" in account.user:
                me = [account.user.lower()]
                store.add_my_address(conn, ws.owner_id, me[0], ws.now())
                summary.notes.append(
                    f"kith took {me[0]} (the account's user name) to be your address; "
                    f"`kith me remove {me[0]}` and `kith me add YOURS` correct it"
                )
            history = MailHistory(ws, conn, source_id=source_id, snippets=options.snippets, me=me)
        for folder in folders:
            note = _sync_folder(ws, session, history, folder, options, many, progress)
            if note:
                summary.notes.append(note)
        with ws.db.transaction() as conn:
            history.finish(conn)
            propose(conn, ws.owner_id, history.proposed)
    summary.notes += session.notes
    if history.sent_drafts.done:
        summary.notes.append(history.sent_drafts.note())
    summary.counts = history.counts.as_counts()
    summary.skipped = history.counts.skipped
    summary.seconds = time.perf_counter() - started
    return summary


def _sync_folder(
    ws: Workspace,
    session: ImapSession,
    history: MailHistory,
    folder: Folder,
    options: SyncOptions,
    many: int,
    progress: Progress,
) -> str:
    """Read one folder from the UID the last sync reached (all of it when the UIDVALIDITY
    changed), committing each batch with the folder's new state; a note when it restarted."""
    locator = session.account.folder_locator(folder.name)
    with ws.db.reading() as conn:
        saved = store.load_progress(conn, ws.owner_id, locator)
    validity = int(saved.fingerprint) if saved is not None and saved.fingerprint.isdigit() else None
    read = session.open(folder, validity, saved.position if saved is not None else 0)
    history.sent_folder = folder.role == "sent"
    batch: list[MailResult | None] = []
    last = 0 if read.restarted or saved is None else saved.position

    def commit(finished: bool) -> None:
        with ws.db.transaction() as conn:
            store.prepare_bulk_writes(conn)
            history.write(conn, batch)
            row = store.ProgressRow(locator, str(read.uidvalidity), last, history.counts.read, finished)
            store.save_progress(conn, ws.owner_id, row, ws.now())
        batch.clear()
        progress(history.counts.read, None)

    for uid, item in session.messages(read, snippets=options.snippets, many=many):
        batch.append(item)
        last = uid
        if len(batch) >= BATCH:
            commit(False)
    commit(True)
    return (
        f"{folder.name}: the server renumbered the folder (UIDVALIDITY changed): read again" if read.restarted else ""
    )


# Calendars over CalDAV ----------------------------------------------------------------------

CALDAV_PASSWORD_VARIABLE = "KITH_CALDAV_PASSWORD"


def sync_caldav(
    ws: Workspace,
    values: Mapping[str, Any],
    options: SyncOptions,
    ask_password: AskPassword | None,
    progress: Progress,
) -> ImportSummary:
    """Bring the meetings of a remembered CalDAV calendar up to date."""
    url, user = str(values["url"]), str(values["user"])
    password = account_password(url, CALDAV_PASSWORD_VARIABLE, ask_password)
    ca_file = values.get("ca_file") or options.ca_file
    return sync_calendar(ws, url, user, password, progress, ca_file=Path(ca_file) if ca_file else None)


SYNC_KINDS: dict[str, SyncFunction] = {"imap": sync_imap, "caldav": sync_caldav}


def describe_accounts(accounts: Sequence[Mapping[str, Any]]) -> list[str]:
    """One line per remembered account, for ``kith sync --list``."""
    lines = []
    for values in accounts:
        folders = values.get("folders") or []
        extra = f" (and {', '.join(folders)})" if folders else ""
        lines.append(f"{account_name(values)}{extra}")
    return lines
