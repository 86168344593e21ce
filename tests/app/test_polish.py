"""--polish against a small OpenAI-compatible server on loopback: a good rewrite, an accusatory
one (blocked by the coach), a slow one (timeout), error statuses and answers that are not chat."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
import sqlalchemy as sa

from kith.app import polish as use
from kith.app.people import PersonDetails, add_person, log_interaction
from kith.app.polish import PolishRequest
from kith.app.workspace import Workspace, fixed_clock, open_workspace
from kith.core.errors import InvalidValue, KithError
from kith.core.model import Channel
from kith.core.words.coach import FindingKind
from kith.outbound.polish import ChatEndpoint
from kith.store import schema
from tests.conftest import NOW
from tests.servers import free_port
from tests.servers.chat import ChatServer, Reply

TEMPLATE = (
    "Hi Marco,\n\nit's been almost three years since we worked on the Milan launch together. "
    "I'm moving to Tokyo in March for a new role, and I'd love to hear what you have been up to. "
    "If it helps, I'm happy to share what I learned about the Japanese market.\n\n"
    "How is the new team at Acme treating you?\n\nAna"
)
GOOD = (
    "Hi Marco,\n\nIt has been almost three years since the Milan launch, and I often think of it. "
    "I'm moving to Tokyo in March for a new role, and I would love to hear what you are working on now. "
    "If it is useful, I'm glad to share what I learned about the Japanese market.\n\n"
    "How are you finding the new team at Acme?\n\nAna"
)
ACCUSATORY = (
    "Hi Marco,\n\nYou never replied to my last email, which was disappointing. I'm moving to Tokyo in March. "
    "How is Acme?\n\nAna"
)
REQUEST = PolishRequest(body=TEMPLATE, recipient_name="Marco", language="en", step="first", channel=Channel.EMAIL)


@pytest.fixture
def sqlite_workspace(tmp_path: Path, _sqlite_template: Path) -> Iterator[Workspace]:
    """One backend is enough where the model fails: nothing is written either way."""
    path = tmp_path / "kith.db"
    shutil.copyfile(_sqlite_template, path)
    ws = open_workspace(f"sqlite:///{path}", clock=fixed_clock(NOW))
    try:
        yield ws
    finally:
        ws.close()


@pytest.fixture
def endpoint(chat_server: ChatServer) -> ChatEndpoint:
    return ChatEndpoint(
        base_url=chat_server.base_url, model="llama3.1:8b", api_key_variable="KITH_TEST_LLM_KEY", timeout=2
    )


def test_a_good_rewrite_is_shown_coached_and_sendable(
    workspace: Workspace, chat_server: ChatServer, endpoint: ChatEndpoint, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("KITH_TEST_LLM_KEY", "sk-test-123")
    chat_server.reply = Reply(text=f'"{GOOD}"')
    result = use.polish_draft(workspace, REQUEST, endpoint=endpoint)
    assert result.polished
    assert result.error == ""
    assert result.text == GOOD
    assert result.sendable
    sent = chat_server.requests[-1]
    assert sent["model"] == "llama3.1:8b"
    assert sent["messages"][0]["role"] == "system"
    assert "English" in sent["messages"][0]["content"]
    assert TEMPLATE.strip() in sent["messages"][1]["content"]
    assert chat_server.headers[-1]["authorization"] == "Bearer sk-test-123"


def test_an_accusatory_rewrite_is_blocked_with_its_findings(
    workspace: Workspace, chat_server: ChatServer, endpoint: ChatEndpoint
) -> None:
    chat_server.reply = Reply(text=ACCUSATORY)
    result = use.polish_draft(workspace, REQUEST, endpoint=endpoint)
    assert result.polished
    assert not result.sendable
    assert FindingKind.ACCUSATORY in result.report.kinds()
    blocking = [f for f in result.report.findings if f.blocking]
    assert "never replied" in result.text[blocking[0].start : blocking[0].end].lower()


@pytest.mark.parametrize(
    ("reply", "said"),
    [
        (Reply(text=GOOD, delay=3.5), "did not answer within 2 s"),
        (Reply(status=500, error="CUDA out of memory"), "answered 500 (CUDA out of memory)"),
        (Reply(status=401, error="Incorrect API key provided"), "answered 401 (Incorrect API key provided)"),
        (Reply(raw=b"<html>Bad gateway</html>"), "did not answer in JSON"),
        (Reply(raw=b'{"object": "list", "data": []}'), "is not a chat completion"),
        (Reply(text="   "), "an empty message"),
    ],
    ids=["slow", "error-500", "wrong-key", "not-json", "not-chat", "empty"],
)
def test_a_failing_model_keeps_the_template_with_one_line(
    sqlite_workspace: Workspace, chat_server: ChatServer, endpoint: ChatEndpoint, reply: Reply, said: str
) -> None:
    chat_server.reply = reply
    result = use.polish_draft(sqlite_workspace, REQUEST, endpoint=endpoint)
    assert not result.polished
    assert result.text == TEMPLATE
    assert said in result.error
    assert result.error.endswith("the template draft is kept")
    assert "\n" not in result.error
    assert result.sendable  # the template itself passes the coach


def test_an_unreachable_model_keeps_the_template(sqlite_workspace: Workspace) -> None:
    gone = ChatEndpoint(base_url=f"http://127.0.0.1:{free_port()}/v1", model="m", timeout=2)
    result = use.polish_draft(sqlite_workspace, REQUEST, endpoint=gone)
    assert not result.polished
    assert "cannot reach the language model at 127.0.0.1:" in result.error


def test_the_endpoint_is_a_setting_that_names_the_key_but_never_holds_it(
    workspace: Workspace, chat_server: ChatServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    with pytest.raises(KithError, match="no language model is configured"):
        use.polish_draft(workspace, REQUEST)
    monkeypatch.setenv("OPENAI_API_KEY", "sk-live-secret")
    use.set_polish_endpoint(workspace, ChatEndpoint(chat_server.base_url, "gpt-4o-mini", "OPENAI_API_KEY"))
    with workspace.db.reading() as conn:
        stored = conn.execute(
            sa.select(schema.settings.c.value).where(schema.settings.c.key == "polish.endpoint")
        ).scalar_one()
    assert "sk-live-secret" not in str(stored)
    chat_server.reply = Reply(text=GOOD)
    assert use.polish_draft(workspace, REQUEST).polished
    assert chat_server.headers[-1]["authorization"] == "Bearer sk-live-secret"
    with pytest.raises(InvalidValue, match=r"http://127\.0\.0\.1:11434/v1"):
        ChatEndpoint("localhost:11434", "llama3")


def test_the_persons_context_goes_with_the_draft(
    workspace: Workspace, chat_server: ChatServer, endpoint: ChatEndpoint
) -> None:
    add_person(
        workspace,
        PersonDetails(name="Marco Bianchi", company="Acme", title="Head of Data", city="Milano", interests=["cycling"]),
    )
    log_interaction(
        workspace, "Marco Bianchi", channel=Channel.MEETING, when=None, summary="Milan launch retrospective"
    )
    notes = use.person_notes(workspace, "Marco Bianchi")
    assert notes[:3] == ["Head of Data at Acme", "lives in Milano", "cares about cycling"]
    assert "Milan launch retrospective" in notes[3]
    chat_server.reply = Reply(text=GOOD)
    use.polish_draft(workspace, replace(REQUEST, notes=tuple(notes)), endpoint=endpoint)
    assert "- cares about cycling" in chat_server.requests[-1]["messages"][1]["content"]
