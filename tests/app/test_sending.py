"""kith send against a real aiosmtpd (STARTTLS, AUTH, a throw-away CA), on both backends: nothing
leaves without the confirmation, blocked words and a stopped person never leave, the step is
done with the Message-ID once the server took it, and importing the Sent folder later does
not count the message twice. Polish against the loopback chat server."""

from __future__ import annotations

from email import message_from_bytes, policy
from pathlib import Path

import pytest
import sqlalchemy as sa

from kith.app.imports import ImportOptions, import_path
from kith.app.messages import SmtpAccount, set_smtp_account
from kith.app.outgoing import Prepared, Request
from kith.app.plan import stop
from kith.app.polish import ChatEndpoint, set_polish_endpoint
from kith.app.sending import send_draft
from kith.app.workspace import Workspace
from kith.core.errors import KithError
from kith.outbound.smtp import Security
from kith.store import schema
from tests.app.test_handoff import fill, interactions, steps, with_message_id
from tests.conftest import SMTP_USERS
from tests.servers.chat import ChatServer, Reply
from tests.servers.smtp import SmtpTestServer

PASSWORD = SMTP_USERS["ana@example.org"]


@pytest.fixture
def ana(workspace: Workspace, smtp_server: SmtpTestServer) -> Workspace:
    fill(workspace)
    set_smtp_account(
        workspace,
        SmtpAccount(
            host="127.0.0.1",
            port=smtp_server.port,
            security=Security.STARTTLS,
            username="ana@example.org",
            from_address="ana@example.org",
            ca_file=str(smtp_server.ca_file),
        ),
    )
    return workspace


class Shown:
    """The confirmation: records what the user was shown, answers as told."""

    def __init__(self, answer: bool) -> None:
        self.answer = answer
        self.seen: list[Prepared] = []

    def __call__(self, prepared: Prepared) -> bool:
        self.seen.append(prepared)
        return self.answer


def test_nothing_leaves_without_the_confirmation(ana: Workspace, smtp_server: SmtpTestServer) -> None:
    before = len(smtp_server.received)
    shown = Shown(False)
    outcome = send_draft(ana, "Giulia Ferri", confirm=shown, ask_password=lambda _where: PASSWORD)
    assert not outcome.sent
    assert len(shown.seen) == 1
    assert str(shown.seen[0].message["To"]) == "Giulia Ferri <giulia@example.it>"
    assert len(smtp_server.received) == before
    assert with_message_id(ana) == []
    assert interactions(ana) == []


def test_sent_once_confirmed_done_with_its_message_id_and_counted_once(
    ana: Workspace, smtp_server: SmtpTestServer, tmp_path: Path
) -> None:
    before = len(smtp_server.received)
    asked: list[str] = []

    def password(where: str) -> str:
        asked.append(where)
        return PASSWORD

    outcome = send_draft(ana, "Giulia Ferri", confirm=Shown(True), ask_password=password)
    assert outcome.sent
    assert asked == [f"smtp://ana@example.org@127.0.0.1:{smtp_server.port}"]
    [got] = smtp_server.received[before:]
    assert got.rcpt_tos == ["giulia@example.it"]
    parsed = message_from_bytes(got.data, policy=policy.default)
    assert outcome.prepared is not None
    message_id = outcome.prepared.message_id
    assert parsed["Message-ID"] == message_id
    assert parsed.get_content().replace("\r\n", "\n") == outcome.worded.body + "\n"
    assert outcome.recorded == "Done: first message to Giulia Ferri by email"
    assert outcome.next.startswith("follow-up 1 due")
    [step] = with_message_id(ana)
    assert (step.kind, step.status, step.message_id) == ("first", "done", message_id)
    assert [(i.direction, i.external_id) for i in interactions(ana)] == [
        ("outbound", f"{message_id.strip('<>')}|giulia@example.it")
    ]

    # Later the user imports their Sent folder, which holds the copy the server delivered.
    sent = tmp_path / "Sent.mbox"
    sent.write_bytes(b"From ana@example.org Wed Nov 25 10:00:01 2026\n" + got.data.replace(b"\r\n", b"\n") + b"\n")
    summary = import_path(ana, sent, ImportOptions())
    assert summary.counts["messages read"] == 1
    assert [(i.direction, i.external_id) for i in interactions(ana)] == [
        ("outbound", f"{message_id.strip('<>')}|giulia@example.it")
    ]
    assert [s.status for s in steps(ana) if s.kind == "first"].count("done") == 1


def test_blocked_words_and_a_stopped_person_never_leave(ana: Workspace, smtp_server: SmtpTestServer) -> None:
    before = len(smtp_server.received)
    shown = Shown(True)
    own = "Ciao Giulia,\n\nnon mi hai mai risposto. Mi potresti aiutare a trovare lavoro in Fiat?\n\nAna"
    outcome = send_draft(ana, "Giulia Ferri", Request(body=own), confirm=shown, ask_password=lambda _w: PASSWORD)
    assert outcome.worded.origin == "own"
    assert outcome.worded.blocking
    assert {f.kind.value for f in outcome.worded.report.findings if f.blocking} >= {"accusatory", "early_ask"}
    assert not outcome.sent
    assert shown.seen == []

    stop(ana, "Giulia Ferri", reason="asked me not to write")
    with pytest.raises(KithError, match="asked not to be contacted"):
        send_draft(ana, "Giulia Ferri", confirm=shown, ask_password=lambda _w: PASSWORD)
    assert shown.seen == []
    assert len(smtp_server.received) == before
    assert with_message_id(ana) == []


def test_a_refused_password_records_nothing(ana: Workspace, smtp_server: SmtpTestServer) -> None:
    with pytest.raises(KithError, match=r"refused the user name or password for ana@example\.org; nothing was sent$"):
        send_draft(ana, "Giulia Ferri", confirm=Shown(True), ask_password=lambda _w: "wrong")
    assert with_message_id(ana) == []
    assert interactions(ana) == []
    with ana.db.reading() as conn:
        assert conn.execute(sa.select(sa.func.count()).select_from(schema.interactions)).scalar_one() == 3


GOOD_ITALIAN = (
    "Ciao Giulia,\n\nsono passati più di quattro anni dal nostro ultimo incontro a Torino, e mi dispiace "
    "aver lasciato passare tanto tempo. Ti scrivo perché ripenso spesso a quel pranzo.\n\n"
    "Se posso esserti utile con un contatto o un parere, lo faccio volentieri.\n\n"
    "Come va il lavoro da Fiat? E il ciclismo?\n\nUn saluto,\nAna Reyes"
)


@pytest.mark.parametrize(
    ("reply", "polished"),
    [(Reply(text=GOOD_ITALIAN), True), (Reply(text=GOOD_ITALIAN, delay=3.5), False)],
    ids=["good", "slow"],
)
def test_polish_sends_the_rewrite_or_keeps_the_template(
    ana: Workspace, smtp_server: SmtpTestServer, chat_server: ChatServer, reply: Reply, polished: bool
) -> None:
    set_polish_endpoint(ana, ChatEndpoint(chat_server.base_url, "llama3.1:8b", timeout=2))
    chat_server.reply = reply
    before = len(smtp_server.received)
    outcome = send_draft(
        ana, "Giulia Ferri", Request(polish=True), confirm=Shown(True), ask_password=lambda _w: PASSWORD
    )
    assert outcome.sent
    assert (outcome.worded.origin == "polished") is polished
    prompt = chat_server.requests[-1]["messages"][1]["content"]
    assert "cares about ciclismo" in prompt
    [got] = smtp_server.received[before:]
    text = message_from_bytes(got.data, policy=policy.default).get_content().replace("\r\n", "\n")
    if polished:
        assert text == GOOD_ITALIAN + "\n"
    else:
        assert "did not answer within 2 s; the template draft is kept" in outcome.worded.polish_error
        assert text == outcome.worded.drafted.draft.body + "\n"
