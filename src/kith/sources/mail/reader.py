"""The one entry point for reading mail files: an mbox (plain or ``.gz``), an Apple Mail
export folder (``Inbox.mbox/`` holding a file named ``mbox``), or a Maildir folder."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from kith.sources.mail.classify import MANY_RECIPIENTS
from kith.sources.mail.maildir import is_maildir, read_maildir
from kith.sources.mail.mbox import read_mbox
from kith.sources.mail.records import MailResult


def read_mail(path: str | Path, *, snippets: bool = True, many: int = MANY_RECIPIENTS) -> Iterator[MailResult]:
    """Stream the messages of ``path``: a Maildir or an Apple Mail export when it is a
    folder, else an mbox file. Raises ``InputError`` before anything is yielded when
    ``path`` is none of these."""
    target = Path(path)
    if target.is_dir() and not is_maildir(target) and (target / "mbox").is_file():
        return read_mbox(target / "mbox", snippets=snippets, many=many)
    if target.is_dir():
        return read_maildir(target, snippets=snippets, many=many)
    return read_mbox(target, snippets=snippets, many=many)
