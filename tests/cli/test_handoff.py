"""The hand-off as a user types it: kith setup, kith send (shown, confirmed, sent through a real
aiosmtpd), kith draft --to-drafts on a real Dovecot, --polish against the loopback chat
server, --mailto; the passwords never printed or stored."""

from __future__ import annotations

from email import message_from_bytes, policy
from pathlib import Path

import pytest
import sqlalchemy as sa

from kith.app.workspace import fixed_clock, open_workspace
from kith.store import schema
from kith.store.database import open_database
from tests.app.test_handoff import fill
from tests.conftest import NOW, SMTP_USERS, Kith
from tests.servers.chat import ChatServer, Reply
from tests.servers.dovecot import Dovecot
from tests.servers.smtp import SmtpTestServer

SMTP_PASSWORD = SMTP_USERS["ana@example.org"]


@pytest.fixture
def ana(kith: Kith, database: str) -> Kith:
    """Ana, and Giulia: three meetings in 2022 and nothing since, a dormant tie, in Italian
    (written through the app: what is tested here is the hand-off, as typed)."""
    ws = open_workspace(database, clock=fixed_clock(NOW))
    try:
        fill(ws)
    finally:
        ws.close()
    return kith


def _stored(database: str) -> str:
    """Every row of every table, as text: what kith keeps."""
    db = open_database(database)
    try:
        with db.reading() as conn:
            return "\n".join(repr(tuple(r)) for t in schema.metadata.sorted_tables for r in conn.execute(sa.select(t)))
    finally:
        db.close()


def test_setup_then_send_shows_asks_and_sends_once_confirmed(
    ana: Kith, smtp_server: SmtpTestServer, monkeypatch: pytest.MonkeyPatch, database: str
) -> None:
    server = f"smtp://127.0.0.1:{smtp_server.port}"
    missing = ana("send", "Giulia Ferri", "--yes")
    assert missing.exit_code == 1
    assert "kith setup smtp" in missing.stderr
    set_up = ana("setup", "smtp", server, "--user", "ana@example.org", "--from", "ana@example.org",
                 "--ca-file", str(smtp_server.ca_file))  # fmt: skip
    assert set_up.exit_code == 0, set_up.stderr
    assert (
        f"SMTP: smtp://ana@example.org@127.0.0.1:{smtp_server.port} (starttls) · from ana@example.org" in set_up.stdout
    )
    assert "KITH_SMTP_PASSWORD" in set_up.stdout

    monkeypatch.setenv("KITH_SMTP_PASSWORD", SMTP_PASSWORD)
    before = len(smtp_server.received)
    declined = ana("send", "Giulia Ferri", input="n\n")
    assert declined.exit_code == 1
    assert "To: Giulia Ferri <giulia@example.it>" in declined.stdout
    assert "Ciao Giulia" in declined.stdout
    assert "Nothing was sent." in declined.stdout
    assert len(smtp_server.received) == before

    sent = ana("send", "Giulia Ferri", input="y\n")
    assert sent.exit_code == 0, sent.stderr
    assert "From: Ana Reyes <ana@example.org>" in sent.stdout
    assert "Sent to giulia@example.it · Message-ID <" in sent.stdout
    assert "Done: first message to Giulia Ferri by email" in sent.stdout
    assert "next: follow-up 1 due" in sent.stdout
    [got] = smtp_server.received[before:]
    parsed = message_from_bytes(got.data, policy=policy.default)
    assert parsed["Message-ID"] in sent.stdout
    for result in (declined, sent, set_up):
        assert SMTP_PASSWORD not in result.stdout + result.stderr
    assert SMTP_PASSWORD not in _stored(database)


def test_words_the_coach_blocks_are_shown_and_never_sent(
    ana: Kith, smtp_server: SmtpTestServer, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    assert ana("setup", "smtp", f"smtp://ana%40example.org@127.0.0.1:{smtp_server.port}", "--from",
               "ana@example.org", "--ca-file", str(smtp_server.ca_file)).exit_code == 0  # fmt: skip
    monkeypatch.setenv("KITH_SMTP_PASSWORD", SMTP_PASSWORD)
    note = tmp_path / "note.txt"
    note.write_text("Subject: Ciao!\nCiao Giulia,\n\nnon mi hai mai risposto, peccato.\n\nAna\n", encoding="utf-8")
    before = len(smtp_server.received)
    blocked = ana("send", "Giulia Ferri", "--body", str(note), "--yes")
    assert blocked.exit_code == 1
    assert "Subject: Ciao!" in blocked.stdout
    assert "✗ accusatory" in blocked.stdout
    assert "Not sent:" in blocked.stdout
    assert len(smtp_server.received) == before


def test_draft_to_the_drafts_folder_of_the_remembered_account(
    ana: Kith, dovecot: Dovecot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, database: str
) -> None:
    monkeypatch.setenv("KITH_IMAP_PASSWORD", dovecot.password)
    url = f"imaps://{dovecot.user}@127.0.0.1:{dovecot.imaps_port}"
    assert ana("sync", url, "--ca-file", str(dovecot.ca_file)).exit_code == 0
    saved = ana("draft", "Giulia Ferri", "--to-drafts", "--eml", str(tmp_path / "giulia.eml"))
    assert saved.exit_code == 0, saved.stderr
    assert f"Saved in Drafts on imap://ana@127.0.0.1:{dovecot.imaps_port}" in saved.stdout
    assert f"Saved {tmp_path / 'giulia.eml'}" in saved.stdout
    with dovecot.client() as client:
        client.select_folder("Drafts", readonly=True)
        [uid] = client.search("ALL")
        on_server = message_from_bytes(client.fetch([uid], ["BODY.PEEK[]"])[uid][b"BODY[]"], policy=policy.default)
    in_file = message_from_bytes((tmp_path / "giulia.eml").read_bytes(), policy=policy.default)
    assert on_server["Message-ID"] == in_file["Message-ID"]  # one message, two hand-offs
    assert on_server["Message-ID"] in saved.stdout
    assert dovecot.password not in saved.stdout + saved.stderr
    assert dovecot.password not in _stored(database)

    wrong = ana("draft", "Giulia Ferri", "--to-drafts", "--channel", "linkedin")
    assert wrong.exit_code == 2
    monkeypatch.setenv("KITH_IMAP_PASSWORD", "not it")
    refused = ana("draft", "Giulia Ferri", "--to-drafts")
    assert refused.exit_code == 1
    assert refused.stderr.count("\n") == 1
    assert "refused the user name or password; nothing was saved" in refused.stderr


def test_polish_mailto_and_setup_show(ana: Kith, chat_server: ChatServer, tmp_path: Path) -> None:
    assert ana("setup", "polish", chat_server.base_url, "--model", "llama3.1:8b", "--timeout", "2").exit_code == 0
    chat_server.reply = Reply(text="Ciao Giulia,\n\nnon mi hai mai risposto, ma ci riprovo.\n\nAna")
    blocked = ana("draft", "Giulia Ferri", "--polish", "--eml", str(tmp_path / "no.eml"))
    assert blocked.exit_code == 1
    assert "non mi hai mai risposto" in blocked.stdout
    assert "Polished by your language model" in blocked.stdout
    assert "✗ accusatory" in blocked.stdout
    assert not (tmp_path / "no.eml").exists()

    chat_server.reply = Reply(status=500, error="CUDA out of memory")
    kept = ana("draft", "Giulia Ferri", "--polish")
    assert kept.exit_code == 0
    assert kept.stderr.count("\n") == 1
    assert "answered 500 (CUDA out of memory); the template draft is kept" in kept.stderr
    assert "Why each part is there" in kept.stdout  # the template, explained

    link = ana("draft", "Giulia Ferri", "--mailto")
    assert link.exit_code == 0
    assert link.stdout.startswith("mailto:giulia@example.it?subject=")
    assert link.stdout.count("\n") == 1

    shown = ana("setup", "show")
    assert "SMTP: not set" in shown.stdout
    assert f"Polish: {chat_server.base_url} · model llama3.1:8b · no key · 2 s at most" in shown.stdout
    assert ana("setup", "forget", "polish").exit_code == 0
    assert "Polish: not set" in ana("setup", "show").stdout
    assert ana("setup", "forget", "polish").exit_code == 1
