"""Reading mail from an IMAP server (``imapclient``): TLS or STARTTLS, folders found by their
special-use flags (RFC 6154) or their common names, and only the headers and the first
bytes of the text of each message, which become the same ``MailRecord`` as a file's.

Incremental: a folder is read by UID from the last UID read, and its UIDVALIDITY says
whether those UIDs still mean the same messages (when it changed, the folder is read again
from the start; the importer skips the messages it knows). Errors from the server or the
network are translated into one ``InputError`` naming the account and what to do.
"""

from __future__ import annotations

import contextlib
import socket
import ssl
from collections.abc import Iterator
from dataclasses import dataclass, field
from types import TracebackType
from typing import Any

from imapclient import IMAPClient
from imapclient.exceptions import IMAPClientError, LoginError

from kith.core.errors import InputError
from kith.sources.mail.classify import MANY_RECIPIENTS
from kith.sources.mail.headers import parse_headers
from kith.sources.mail.mbox import KEEP_MAX
from kith.sources.mail.message import build_record
from kith.sources.mail.records import MailResult, Skipped, SourcePosition

TEXT_BYTES = 2048  # the start of the text fetched for a snippet (and for out-of-office lines)
FETCH_BATCH = 500
TIMEOUT = 30.0

# Names of the sent folder where the server gives no special-use flag (case-folded).
SENT_NAMES = ("sent", "sent items", "sent messages", "sent mail", "[gmail]/sent mail", "inviati", "enviados")


@dataclass(frozen=True, slots=True)
class ImapAccount:
    """Where and how to log in; never the password."""

    host: str
    user: str
    port: int = 993
    security: str = "tls"  # "tls" (IMAPS, port 993) or "starttls" (port 143)
    folders: tuple[str, ...] = ()  # read besides the inbox and the sent folder
    ca_file: str | None = None  # a certificate authority to trust besides the system's

    @property
    def locator(self) -> str:
        return f"imap://{self.user}@{self.host}:{self.port}"

    def folder_locator(self, folder: str) -> str:
        return f"{self.locator}/{folder}"


@dataclass(frozen=True, slots=True)
class Folder:
    name: str
    role: str  # "inbox", "sent", or "named"


@dataclass(frozen=True, slots=True)
class FolderRead:
    """What was found in a selected folder."""

    folder: Folder
    uidvalidity: int
    uids: tuple[int, ...]  # the UIDs to read, in order
    restarted: bool  # the UIDVALIDITY changed since the last sync: read from the start


@dataclass
class ImapSession:
    """A logged-in connection; use as a context manager."""

    account: ImapAccount
    client: IMAPClient
    notes: list[str] = field(default_factory=list)

    def __enter__(self) -> ImapSession:
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None) -> None:
        with contextlib.suppress(IMAPClientError, OSError, ssl.SSLError):
            self.client.logout()

    def _fail(self, reason: str, exc: BaseException | None = None) -> InputError:
        error = InputError(self.account.locator, None, reason)
        if exc is not None:
            error.__cause__ = exc
        return error

    def folders(self) -> list[Folder]:
        """The inbox, the sent folder (by its ``\\Sent`` flag, else its name) and the named ones."""
        try:
            listed = self.client.list_folders()
        except (IMAPClientError, OSError) as exc:
            raise self._fail(f"the server did not list its folders ({exc})", exc) from exc
        names = [name for _flags, _sep, name in listed]
        found = [Folder("INBOX", "inbox")]
        sent = next((name for flags, _sep, name in listed if b"\\Sent" in flags), None)
        if sent is None:
            sent = next((name for name in names if name.casefold() in SENT_NAMES), None)
        if sent is not None:
            found.append(Folder(sent, "sent"))
        else:
            self.notes.append(f"{self.account.locator} has no sent folder: kith reads the inbox only")
        for wanted in self.account.folders:
            match = next((n for n in names if n == wanted), None) or next(
                (n for n in names if n.casefold() == wanted.casefold()), None
            )
            if match is None:
                shown = ", ".join(sorted(names))
                raise self._fail(f"there is no folder {wanted!r} (the folders are: {shown})")
            if all(f.name != match for f in found):
                found.append(Folder(match, "named"))
        return found

    def open(self, folder: Folder, uidvalidity: int | None, last_uid: int) -> FolderRead:
        """Select ``folder`` read-only and list the UIDs after ``last_uid`` (all of them when
        the UIDVALIDITY is not ``uidvalidity``)."""
        try:
            selected = self.client.select_folder(folder.name, readonly=True)
            validity = int(selected[b"UIDVALIDITY"])
            restarted = uidvalidity is not None and validity != uidvalidity
            start = 1 if restarted or uidvalidity is None else last_uid + 1
            uids = sorted(int(u) for u in self.client.search(["UID", f"{start}:*"]) if int(u) >= start)
        except (IMAPClientError, OSError) as exc:
            raise self._fail(f"the folder {folder.name!r} cannot be read ({exc})", exc) from exc
        return FolderRead(folder, validity, tuple(uids), restarted)

    def messages(
        self, read: FolderRead, *, snippets: bool = True, many: int = MANY_RECIPIENTS
    ) -> Iterator[tuple[int, MailResult]]:
        """(UID, record) for each UID of ``read``, fetched a batch at a time: the header
        block and (with ``snippets``, or to recognise an out-of-office) the first bytes of
        the text; a bounce is fetched whole (up to a few MB) to find what it returned."""
        name = self.account.folder_locator(read.folder.name)
        text_part = f"BODY.PEEK[TEXT]<0.{TEXT_BYTES}>"
        parts = ["BODY.PEEK[HEADER]", text_part] if snippets else ["BODY.PEEK[HEADER]"]
        for start in range(0, len(read.uids), FETCH_BATCH):
            chunk = list(read.uids[start : start + FETCH_BATCH])
            try:
                fetched = self.client.fetch(chunk, parts)
                if not snippets:
                    # Without snippets only answers need their first lines (is it an
                    # out-of-office?): fetched for them alone.
                    answers = [u for u, d in fetched.items() if _answers(_part(d, b"BODY[HEADER]"))]
                    if answers:
                        for uid, data in self.client.fetch(answers, [text_part]).items():
                            fetched.setdefault(uid, {}).update(data)
            except (IMAPClientError, OSError) as exc:
                raise self._fail(f"fetching from {read.folder.name!r} failed ({exc})", exc) from exc
            for uid in chunk:
                data = fetched.get(uid)
                position = SourcePosition(name, uid)
                if data is None:
                    yield uid, Skipped(InputError(name, uid, "the server sent nothing for this message"))
                    continue
                head = _part(data, b"BODY[HEADER]")
                text = _part(data, b"BODY[TEXT]<0>")
                if not head.strip():
                    yield uid, Skipped(InputError(name, uid, "the message has no headers"))
                    continue
                yield (
                    uid,
                    build_record(
                        head.rstrip(b"\r\n"),
                        text,
                        position,
                        snippets=snippets,
                        whole_message=lambda uid=uid: self._whole(uid),  # type: ignore[misc]
                        many=many,
                    ),
                )

    def _whole(self, uid: int) -> bytes:
        try:
            found = self.client.fetch([uid], [f"BODY.PEEK[]<0.{KEEP_MAX}>"])
        except (IMAPClientError, OSError):
            return b""
        return _part(found.get(uid, {}), b"BODY[]<0>")


def _answers(head: bytes) -> bool:
    """Whether a header block says the message answers another (In-Reply-To, References)."""
    values = parse_headers(head).values
    return bool(values.get("in-reply-to") or values.get("references"))


def _part(data: dict[bytes, Any], key: bytes) -> bytes:
    value = data.get(key)
    if value is None:  # servers differ on whether the partial origin is echoed
        value = data.get(key.split(b"<")[0])
    return bytes(value) if isinstance(value, bytes | bytearray) else b""


def connect(account: ImapAccount, password: str, *, timeout: float = TIMEOUT) -> ImapSession:
    """Log in to ``account`` over TLS or STARTTLS; one clear ``InputError`` for each way it fails."""
    where = account.locator
    context = ssl.create_default_context(cafile=account.ca_file) if account.ca_file else ssl.create_default_context()
    try:
        if account.security == "starttls":
            client = IMAPClient(account.host, port=account.port, ssl=False, timeout=timeout)
            client.starttls(context)
        else:
            client = IMAPClient(account.host, port=account.port, ssl=True, ssl_context=context, timeout=timeout)
    except ssl.SSLCertVerificationError as exc:
        raise InputError(
            where,
            None,
            f"the server's certificate does not verify ({exc.verify_message}); if you trust it, "
            "give its certificate authority with --ca-file",
        ) from exc
    except (ssl.SSLError, IMAPClientError) as exc:
        raise InputError(where, None, f"a secure connection could not be set up ({exc})") from exc
    except (socket.gaierror, ConnectionRefusedError, TimeoutError, OSError) as exc:
        reason = getattr(exc, "strerror", None) or str(exc) or type(exc).__name__
        raise InputError(where, None, f"the server cannot be reached ({reason}); check the host and port") from exc
    try:
        client.login(account.user, password)
    except LoginError as exc:
        _close(client)
        raise InputError(where, None, "the server refused the user name or password") from exc
    except (IMAPClientError, OSError) as exc:
        _close(client)
        raise InputError(where, None, f"logging in failed ({exc})") from exc
    return ImapSession(account, client)


def _close(client: IMAPClient) -> None:
    with contextlib.suppress(IMAPClientError, OSError):
        client.shutdown()
