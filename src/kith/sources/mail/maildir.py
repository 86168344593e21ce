"""Reading a Maildir folder: one message per file in ``cur/`` and ``new/``.

``tmp/`` holds messages still being delivered, which a reader must not take (the Maildir
rule), so it is left alone. Sub-folders in the Maildir++ layout (``.Sent/``, ``.Archive/``)
are read too. Files are read in name order so that two reads give the same records, and
only the first bytes of each file (the headers and the start of the text) unless the
headers say the message is a bounce.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

from kith.core.errors import InputError
from kith.sources.mail.classify import MANY_RECIPIENTS
from kith.sources.mail.mbox import HEAD_MAX, KEEP_MAX
from kith.sources.mail.message import BODY_PREFIX, build_record, split_head
from kith.sources.mail.records import MailResult, Skipped, SourcePosition


def is_maildir(path: Path) -> bool:
    return path.is_dir() and (path / "cur").is_dir() and (path / "new").is_dir()


def maildir_folders(root: Path) -> list[Path]:
    """The Maildir itself and its Maildir++ sub-folders (``.Sent``, ``.Archive``), in name order."""
    folders = [root] if is_maildir(root) else []
    folders += sorted(p for p in root.iterdir() if p.name.startswith(".") and is_maildir(p))
    return folders


def read_maildir(
    path: str | Path,
    *,
    snippets: bool = True,
    many: int = MANY_RECIPIENTS,
) -> Iterator[MailResult]:
    """Stream the messages of a Maildir folder (and its sub-folders) as records.

    A file that cannot be read is a ``Skipped`` item and reading goes on; a path that is not
    a Maildir raises ``InputError`` before anything is yielded.
    """
    root = Path(path)
    if not root.is_dir():
        raise InputError(str(root), None, "there is no such folder")
    folders = maildir_folders(root)
    if not folders:
        raise InputError(str(root), None, "this is not a Maildir folder: it has no cur/ and new/ folders")
    for folder in folders:
        for sub in ("cur", "new"):
            for file in sorted((folder / sub).iterdir()):
                if file.name.startswith(".") or not file.is_file():
                    continue
                yield _read_file(file, snippets=snippets, many=many)


def _read_file(file: Path, *, snippets: bool, many: int) -> MailResult:
    name = str(file)
    try:
        with open(file, "rb") as handle:
            data = handle.read(HEAD_MAX + BODY_PREFIX)
    except OSError as exc:
        return Skipped(InputError(name, None, f"the file cannot be read ({exc.strerror})"))
    head, body = split_head(data)
    if not head.strip():
        return Skipped(InputError(name, 0, "the file is empty"))

    def whole() -> bytes:  # only a bounce is read further, and no more than KEEP_MAX
        try:
            with open(file, "rb") as handle:
                return handle.read(KEEP_MAX)
        except OSError:
            return data

    return build_record(
        head,
        body[:BODY_PREFIX],
        SourcePosition(name, 0),
        snippets=snippets,
        fallback_date=lambda: _delivery_time(file.name),
        whole_message=whole,
        many=many,
    )


def _delivery_time(name: str) -> datetime | None:
    """The delivery time a Maildir file name starts with (``1741000000.M1P1.host:2,S``)."""
    seconds = name.split(".", 1)[0]
    if not seconds.isdigit() or not 0 < int(seconds) < 7_000_000_000:
        return None
    return datetime.fromtimestamp(int(seconds), UTC)
