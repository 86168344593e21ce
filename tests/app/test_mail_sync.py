"""kith sync against a real Dovecot: TLS and STARTTLS, inbox and sent folder by their
special-use flags, incremental by UID, a changed UIDVALIDITY, errors, and the password
never written anywhere."""

from __future__ import annotations

from pathlib import Path

import pytest
import sqlalchemy as sa

from kith.app.me import add_my_address
from kith.app.people import PersonDetails, add_person, find_person, profile
from kith.app.sync import SyncOptions, remembered_accounts, sync
from kith.app.workspace import Workspace
from kith.core.errors import KithError
from kith.core.model import Direction
from kith.sources.mail import MailRecord, read_mail
from kith.sources.mail.imap import ImapAccount, connect
from kith.store import schema
from tests.conftest import Kith
from tests.servers.dovecot import Dovecot, free_port
from tests.sources.mail.mail_fixtures import maildir_of

DATA = Path(__file__).resolve().parents[1] / "data" / "mail"
# Messages as Gmail, Outlook/Exchange, Apple Mail and Thunderbird wrote them.
INBOX_FIXTURES = ("outlook_exchange_ordinary.eml", "exchange_ooo_en.eml", "gmail_vacation_en.eml", "postfix_bounce.eml")


def _messages(mbox: Path) -> list[bytes]:
    """The messages of a Thunderbird mbox, as they were before Thunderbird stored them."""
    records = mbox.read_bytes().split(b"\n\nFrom - ")
    found = []
    for number, text in enumerate(records):
        if number == 0:
            text = text.removeprefix(b"From - ")
        found.append(text.split(b"\n", 1)[1].replace(b"\n>From ", b"\nFrom ") + b"\n")
    return found


def _fill(server: Dovecot) -> None:
    server.append("INBOX", *_messages(DATA / "conversation" / "Inbox"))
    server.append("INBOX", *((DATA / name).read_bytes() for name in INBOX_FIXTURES))
    apple = (DATA / "apple_mail.mbox").read_bytes().split(b"\n", 1)[1]  # without its mbox "From " line
    server.append("INBOX", apple)
    server.append("Sent", *_messages(DATA / "conversation" / "Sent"))


def _url(server: Dovecot, *, starttls: bool = False) -> str:
    if starttls:
        return f"imap://{server.user}@{server.host}:{server.imap_port}"
    return f"imaps://{server.user}@{server.host}:{server.imaps_port}"


@pytest.fixture
def ana(workspace: Workspace) -> Workspace:
    add_my_address(workspace, "ana@example.com")
    add_my_address(workspace, "me@example.com")
    add_person(workspace, PersonDetails(name="Dana Kim", emails=("dana.kim@acme.example",)))
    return workspace


def _count(ws: Workspace, table: sa.Table) -> int:
    with ws.db.reading() as conn:
        return int(conn.execute(sa.select(sa.func.count()).select_from(table)).scalar_one())


def test_a_sync_reads_inbox_and_sent_and_the_next_one_only_what_is_new(ana: Workspace, dovecot: Dovecot) -> None:
    _fill(dovecot)
    options = SyncOptions(ca_file=str(dovecot.ca_file))
    first = sync(ana, _url(dovecot), options, lambda _where: dovecot.password)[0]
    assert first.format == "imap"
    assert first.counts["messages read"] == 14
    assert first.counts["new people"] == 2  # Ève and Gus: mail went both ways (inbox and sent)
    assert first.counts["replies"] >= 1
    assert first.counts["auto-replies"] == 2
    assert first.counts["bounces"] == 1
    dana = profile(ana, "Dana Kim").recent
    assert [i.direction for i in dana] == [Direction.INBOUND, Direction.OUTBOUND]
    assert dana[0].summary.startswith("RE: Lunch in Milan? — Hi Ana")
    interactions = _count(ana, schema.interactions)

    # The account is remembered: `kith sync` alone reads only what is new.
    assert [a["host"] for a in remembered_accounts(ana)] == ["127.0.0.1"]
    again = sync(ana, None, SyncOptions(), lambda _where: dovecot.password)[0]
    assert again.counts["messages read"] == 0
    dovecot.append(
        "INBOX",
        b"From: Dana Kim <dana.kim@acme.example>\nTo: ana@example.com\nSubject: Photos from Milan\n"
        b"Date: Mon, 11 Mar 2024 10:00:00 +0100\nMessage-ID: <dana-photos@acme.example>\n\nHere they are.\n",
    )
    third = sync(ana, None, SyncOptions(), lambda _where: dovecot.password)[0]
    assert third.counts["messages read"] == 1
    assert third.counts["personal"] == 1
    assert _count(ana, schema.interactions) == interactions + 1


def test_a_changed_uidvalidity_reads_the_folder_again_without_duplicates(ana: Workspace, dovecot: Dovecot) -> None:
    _fill(dovecot)
    options = SyncOptions(ca_file=str(dovecot.ca_file))
    sync(ana, _url(dovecot, starttls=True), options, lambda _where: dovecot.password)
    before = {t.name: _count(ana, t) for t in (schema.interactions, schema.mail_messages, schema.people)}
    dovecot.reset_uidvalidity("Sent")
    again = sync(ana, None, options, lambda _where: dovecot.password)[0]
    assert any(note.startswith("Sent: the server renumbered") for note in again.notes)
    assert again.counts["messages read"] == 4
    assert again.counts["already read"] == 3
    assert again.counts["interactions"] == 0
    assert {t.name: _count(ana, t) for t in (schema.interactions, schema.mail_messages, schema.people)} == before


def test_an_imap_message_is_the_same_record_as_the_file_one(dovecot: Dovecot, tmp_path: Path) -> None:
    names = ("outlook_exchange_ordinary.eml", "exchange_ooo_en.eml", "postfix_bounce.eml")
    dovecot.append("INBOX", *((DATA / name).read_bytes() for name in names))
    account = ImapAccount(dovecot.host, dovecot.user, dovecot.imaps_port, ca_file=str(dovecot.ca_file))
    with connect(account, dovecot.password) as session:
        inbox = session.folders()[0]
        found = [r for _uid, r in session.messages(session.open(inbox, None, 0)) if isinstance(r, MailRecord)]
    from_files = [r for r in read_mail(maildir_of(tmp_path, *names)) if isinstance(r, MailRecord)]
    assert len(found) == len(from_files) == 3
    for imap, file in zip(found, from_files, strict=True):
        assert (imap.message_id, imap.date, imap.sender, imap.to, imap.subject) == (
            file.message_id,
            file.date,
            file.sender,
            file.to,
            file.subject,
        )
        assert imap.classification == file.classification
        assert imap.bounce == file.bounce
        assert imap.snippet == file.snippet


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ("password", "refused the user name or password"),
        ("port", "cannot be reached"),
        ("folder", "there is no folder 'Projects'"),
        ("certificate", "certificate does not verify"),
    ],
)
def test_each_failure_is_one_clear_error_and_writes_nothing(
    ana: Workspace, dovecot: Dovecot, change: str, message: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    _fill(dovecot)
    monkeypatch.delenv("SSL_CERT_FILE", raising=False)
    url = _url(dovecot)
    options = SyncOptions(ca_file=str(dovecot.ca_file))
    password = dovecot.password
    if change == "password":
        password = "wrong"
    elif change == "port":
        url = f"imaps://{dovecot.user}@127.0.0.1:{free_port()}"
    elif change == "folder":
        options = SyncOptions(ca_file=str(dovecot.ca_file), folders=("Projects",))
    else:
        options = SyncOptions()
    with pytest.raises(KithError, match=message):
        sync(ana, url, options, lambda _where: password)
    assert remembered_accounts(ana) == []
    assert _count(ana, schema.interactions) == 0
    assert _count(ana, schema.mail_progress) == 0


def test_the_cli_syncs_and_the_password_is_never_written(
    kith: Kith, dovecot: Dovecot, database: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    _fill(dovecot)
    monkeypatch.setenv("KITH_IMAP_PASSWORD", dovecot.password)
    assert kith("me", "add", "ana@example.com").exit_code == 0
    first = kith("sync", _url(dovecot), "--ca-file", str(dovecot.ca_file), "--folder", "archive")
    assert first.exit_code == 0, first.stderr
    assert "Synced mail from imap://ana@127.0.0.1" in first.stdout
    assert "14 messages read" in first.stdout
    again = kith("sync", "--json")
    assert again.exit_code == 0
    assert '"messages read": 0' in again.stdout
    listed = kith("sync", "--list")
    assert "imap://ana@127.0.0.1" in listed.stdout
    assert "(and archive)" in listed.stdout
    shown = kith("show", "eve.moreau@studio.example.fr")
    assert "Your talk in Lyon" in shown.stdout

    secret = dovecot.password
    for result in (first, again, listed, shown):
        assert secret not in result.stdout + result.stderr
    from kith.store.database import open_database

    db = open_database(database)
    try:
        with db.reading() as conn:
            for table in schema.metadata.sorted_tables:
                for row in conn.execute(sa.select(table)):
                    assert secret not in repr(tuple(row))
    finally:
        db.close()
    if database.startswith("sqlite"):
        path = Path(database.removeprefix("sqlite:///"))
        for file in (path, path.with_name(path.name + "-wal")):
            if file.exists():
                assert secret.encode() not in file.read_bytes()
    wrong = kith("sync", "imaps://nobody@127.0.0.1:1")
    assert wrong.exit_code == 1
    assert wrong.stderr.count("\n") == 1


def test_a_missing_password_says_where_to_put_it(
    ana: Workspace, dovecot: Dovecot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("KITH_IMAP_PASSWORD", raising=False)
    with pytest.raises(KithError, match="set KITH_IMAP_PASSWORD"):
        sync(ana, _url(dovecot), SyncOptions(ca_file=str(dovecot.ca_file)), None)
    assert find_person(ana, "Dana Kim").display_name == "Dana Kim"


def test_without_snippets_only_headers_are_kept_and_out_of_office_is_still_known(
    ana: Workspace, dovecot: Dovecot
) -> None:
    _fill(dovecot)
    summary = sync(
        ana, _url(dovecot), SyncOptions(snippets=False, ca_file=str(dovecot.ca_file)), lambda _w: dovecot.password
    )[0]
    assert summary.counts["auto-replies"] == 2
    assert summary.counts["messages read"] == 14
    assert [i.summary for i in profile(ana, "Dana Kim").recent] == ["RE: Lunch in Milan?", "Lunch in Milan?"]


def test_the_password_can_live_in_the_os_keyring(
    ana: Workspace, dovecot: Dovecot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """kith asks the ``keyring`` library, which speaks to GNOME Keyring, KWallet, the macOS
    Keychain or Windows' Credential Locker; here keyrings.alt's file keyring (in a temporary
    data directory) stands in for them, since this machine has none."""
    import keyring
    from keyrings.alt.file import PlaintextKeyring

    from kith.app.sync import KEYRING_SERVICE, imap_account, imap_account_from_url

    _fill(dovecot)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.delenv("KITH_IMAP_PASSWORD", raising=False)
    options = SyncOptions(ca_file=str(dovecot.ca_file))
    locator = imap_account(imap_account_from_url(_url(dovecot), options)).locator
    previous = keyring.get_keyring()
    keyring.set_keyring(PlaintextKeyring())
    try:
        keyring.set_password(KEYRING_SERVICE, locator, dovecot.password)
        (summary,) = sync(ana, _url(dovecot), options, None)  # no prompt, no environment variable
        assert summary.counts["messages read"] == 14
        keyring.set_password(KEYRING_SERVICE, locator, "not-the-password")
        with pytest.raises(KithError) as refused:
            sync(ana, _url(dovecot), options, None)
        assert "not-the-password" not in str(refused.value)
    finally:
        keyring.set_keyring(previous)
