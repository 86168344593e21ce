"""Saving into the Drafts folder of a real Dovecot: found by its \\Drafts flag, else by the name
mail programs give it, else a clear refusal; the message read back over IMAP as it was put."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from kith.outbound.drafts_folder import SaveError, drafts_folder, save_draft
from kith.outbound.message import Mailbox, build_message, message_bytes
from kith.sources.mail.imap import ImapAccount, connect
from tests.servers.dovecot import Dovecot

WHEN = datetime(2026, 11, 25, 11, 30, tzinfo=UTC)


def _message() -> bytes:
    return message_bytes(
        build_message(
            sender=Mailbox("Ana Reyes", "ana@example.org"),
            recipient=Mailbox("Giulia Ferri", "giulia@example.it"),
            subject="Sono passati quasi tre anni",
            body="Ciao Giulia,\n\nsono passati quasi tre anni dal pranzo a Torino: com'è andata?\n\nAna",
            date=WHEN,
            message_id="<20261125T113000.feed@example.org>",
        )
    )


def _session(server: Dovecot):  # type: ignore[no-untyped-def]
    account = ImapAccount("127.0.0.1", server.user, server.imaps_port, ca_file=str(server.ca_file))
    return connect(account, server.password)


def test_the_folder_flagged_drafts_gets_the_message_flagged_draft(dovecot: Dovecot) -> None:
    with _session(dovecot) as session:
        saved = save_draft(session.client, _message(), WHEN, "imap://ana@127.0.0.1")
    assert saved.folder == "Drafts"
    assert saved.uid is not None
    with dovecot.client() as client:
        client.select_folder("Drafts", readonly=True)
        fetched = client.fetch([saved.uid], ["FLAGS", "RFC822", "INTERNALDATE"])[saved.uid]
    assert set(fetched[b"FLAGS"]) - {b"\\Recent"} == {b"\\Draft", b"\\Seen"}  # \\Recent: new to this session
    assert fetched[b"RFC822"] == _message()
    assert fetched[b"INTERNALDATE"].replace(tzinfo=None) == WHEN.astimezone().replace(tzinfo=None)


@pytest.mark.parametrize("name", ["Drafts", "INBOX.Bozze", "Borradores"])
def test_without_a_flag_the_usual_names_are_found(plain_dovecot: Dovecot, name: str) -> None:
    with plain_dovecot.client() as client:
        client.create_folder("Receipts")
        client.create_folder(name)
    with _session(plain_dovecot) as session:
        assert drafts_folder(session.client, "here") == name
        saved = save_draft(session.client, _message(), WHEN, "here")
    assert saved.folder == name
    with plain_dovecot.client() as client:
        client.select_folder(name, readonly=True)
        assert len(client.search("ALL")) == 1


def test_no_drafts_folder_is_one_line_and_nothing_is_put(plain_dovecot: Dovecot) -> None:
    with plain_dovecot.client() as client:
        client.create_folder("Receipts")
    with _session(plain_dovecot) as session, pytest.raises(SaveError) as caught:
        save_draft(session.client, _message(), WHEN, "imap://ana@127.0.0.1:1")
    message = str(caught.value)
    assert message.startswith("imap://ana@127.0.0.1:1 has no Drafts folder")
    assert "the folders are: INBOX, Receipts" in message
    assert message.endswith("nothing was saved")
    assert "\n" not in message
    with plain_dovecot.client() as client:
        for _flags, _sep, folder in client.list_folders():
            client.select_folder(folder, readonly=True)
            assert client.search("ALL") == []
