"""Building mbox files and Maildir folders from the fixture messages in tests/data/mail."""

from __future__ import annotations

from pathlib import Path

from kith.sources.mail import MailRecord, MailResult, Skipped, read_mail

DATA = Path(__file__).resolve().parents[2] / "data" / "mail"


def fixture(name: str) -> bytes:
    return (DATA / name).read_bytes()


def mbox_of(folder: Path, *names: str, file: str = "test.mbox") -> Path:
    """An mbox holding the named fixture messages, written the way mboxrd writers do."""
    path = folder / file
    with open(path, "wb") as out:
        for name in names:
            data = fixture(name).replace(b"\r\n", b"\n")
            body = data.replace(b"\nFrom ", b"\n>From ")
            out.write(b"From sender@example.com Mon Mar  3 10:00:00 2025\n" + body.rstrip(b"\n") + b"\n\n")
    return path


def maildir_of(folder: Path, *names: str) -> Path:
    """A Maildir with the named fixture messages in ``cur/``."""
    for sub in ("cur", "new", "tmp"):
        (folder / sub).mkdir(parents=True, exist_ok=True)
    for number, name in enumerate(names):
        (folder / "cur" / f"17410000{number:02d}.M1P1.host:2,S").write_bytes(fixture(name))
    return folder


def read_one(folder: Path, name: str) -> MailRecord:
    """The record kith reads from one fixture message (through a Maildir, as a file on disk)."""
    results = list(read_mail(maildir_of(folder / "maildir", name)))
    assert len(results) == 1
    record = results[0]
    assert isinstance(record, MailRecord), record
    return record


def records(results: list[MailResult]) -> list[MailRecord]:
    return [r for r in results if isinstance(r, MailRecord)]


def skipped(results: list[MailResult]) -> list[Skipped]:
    return [r for r in results if isinstance(r, Skipped)]
