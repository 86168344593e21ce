"""Saving a message into the user's Drafts folder over IMAP (``APPEND`` with the ``\\Draft`` flag),
so that they finish and send it from their own mail program.

The connection is not opened here: ``kith.app`` logs in with the one IMAP connection code
of ``kith.sources.mail.imap`` (TLS, STARTTLS, certificates, a wrong password: all translated
there) and hands the logged-in client over; this module only finds the folder and appends.
The folder is the one the server flags ``\\Drafts`` (RFC 6154 special use), else the one
named as mail programs name it, in the languages kith meets.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Protocol

from imapclient.exceptions import IMAPClientError

from kith.core.errors import KithError

DRAFTS_FLAG = b"\\Drafts"  # on the folder (RFC 6154)
DRAFT_FLAG = b"\\Draft"  # on the message (RFC 3501)
SEEN_FLAG = b"\\Seen"  # a draft of one's own is not unread mail

# Names of the drafts folder where the server flags none (case-folded; the last part of a
# hierarchical name is compared too, so "INBOX.Drafts" and "[Gmail]/Drafts" are found).
DRAFT_NAMES = (
    "drafts",
    "draft",
    "bozze",
    "borradores",
    "borrador",
    "mga draft",
    "brouillons",
    "entwürfe",
    "concepten",
    "rascunhos",
)
_APPENDUID = re.compile(rb"\[APPENDUID (\d+) (\d+)\]", re.IGNORECASE)


class DraftsClient(Protocol):
    """A logged-in IMAP client (``imapclient.IMAPClient``): the two calls this module makes."""

    def list_folders(self, directory: str = "", pattern: str = "*") -> list[tuple[Any, Any, str]]: ...

    def append(
        self, folder: str, msg: bytes, flags: Sequence[bytes] = (), msg_time: datetime | None = None
    ) -> bytes: ...


class SaveError(KithError):
    """The draft was not saved; the message says why and what to do."""


@dataclass(frozen=True, slots=True)
class SavedDraft:
    folder: str
    uid: int | None  # when the server says it (UIDPLUS)
    uidvalidity: int | None


def drafts_folder(client: DraftsClient, where: str) -> str:
    """The name of the user's Drafts folder; ``SaveError`` when there is none."""
    try:
        listed = client.list_folders()
    except (IMAPClientError, OSError) as exc:
        raise SaveError(f"{where}: the server did not list its folders ({exc}); nothing was saved") from exc
    for flags, _separator, name in listed:
        if DRAFTS_FLAG in tuple(flags or ()):
            return name
    by_name: dict[str, str] = {}
    for _flags, separator, name in listed:
        sep = separator.decode() if isinstance(separator, bytes) else (separator or "")
        last = name.rsplit(sep, 1)[-1] if sep else name
        for candidate in (name.casefold(), last.casefold()):
            by_name.setdefault(candidate, name)
    for wanted in DRAFT_NAMES:
        if wanted in by_name:
            return by_name[wanted]
    shown = ", ".join(sorted(name for _f, _s, name in listed)) or "none"
    raise SaveError(
        f"{where} has no Drafts folder (none is flagged \\Drafts and none is named Drafts; the folders are: "
        f"{shown}); create one in your mail program, or save the draft as a file with --eml; nothing was saved"
    )


def save_draft(client: DraftsClient, message: bytes, when: datetime, where: str) -> SavedDraft:
    """Append ``message`` (CRLF line ends) to the Drafts folder, flagged ``\\Draft`` and ``\\Seen``,
    dated ``when``; returns where it went. ``SaveError`` (one line) when the server refuses it."""
    folder = drafts_folder(client, where)
    try:
        answer = client.append(folder, message, flags=(DRAFT_FLAG, SEEN_FLAG), msg_time=when)
    except (IMAPClientError, OSError) as exc:
        reason = " ".join(str(exc).split()) or type(exc).__name__
        raise SaveError(
            f"{where}: the server did not save the draft in {folder!r} ({reason}); nothing was saved"
        ) from exc
    found = _APPENDUID.search(answer if isinstance(answer, bytes) else str(answer).encode())
    if found is None:
        return SavedDraft(folder, None, None)
    return SavedDraft(folder, int(found.group(2)), int(found.group(1)))
