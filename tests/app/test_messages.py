"""Drafts leaving as mail: .eml files, and SMTP against a real aiosmtpd on loopback
(STARTTLS or implicit TLS, AUTH, a self-signed CA), checking what the server received."""

from __future__ import annotations

from email import message_from_bytes, policy
from pathlib import Path

import pytest
import sqlalchemy as sa

from kith.app import messages as use
from kith.app.me import about_me
from kith.app.messages import Outgoing, SmtpAccount
from kith.app.people import PersonDetails, add_person
from kith.app.plan import stop
from kith.app.workspace import Workspace
from kith.core.errors import InvalidValue, KithError
from kith.outbound.smtp import Security
from kith.store import schema
from tests.conftest import REFUSED_RECIPIENT, SMTP_USERS
from tests.servers import free_port
from tests.servers.smtp import SmtpTestServer

PASSWORD = SMTP_USERS["ana@example.org"]
TO_JENS = Outgoing(
    to_name="Jens Müller",
    to_email="jens.mueller@example.de",
    subject="Lange nicht gesehen",
    body="Hi Jens,\n\nit's been almost three years since the Berlin review. I'm moving to Tokyo...\n\nAna",
)


def account(server: SmtpTestServer, **changes: object) -> SmtpAccount:
    values: dict[str, object] = {
        "host": "127.0.0.1",
        "port": server.port,
        "security": Security.TLS if server.implicit_tls else Security.STARTTLS,
        "username": "ana@example.org",
        "from_name": "Ana María Pérez",
        "from_address": "ana@example.org",
    }
    values.update(changes)
    return SmtpAccount(**values)  # type: ignore[arg-type]


def message_ids(ws: Workspace) -> list[str | None]:
    with ws.db.reading() as conn:
        return list(conn.execute(sa.select(schema.outreach_steps.c.message_id)).scalars())


def test_an_eml_file_opens_as_the_message(workspace: Workspace, tmp_path: Path) -> None:
    use.set_smtp_account(
        workspace, SmtpAccount(host="smtp.example.org", from_address="Ana@Example.org", from_name="Ana")
    )
    saved = use.write_eml(workspace, TO_JENS, tmp_path / "jens.eml")
    parsed = message_from_bytes(saved.path.read_bytes(), policy=policy.default)
    assert str(parsed["To"]) == "Jens Müller <jens.mueller@example.de>"
    assert str(parsed["From"]) == "Ana <ana@example.org>"
    assert parsed["Message-ID"] == saved.message_id
    assert parsed["Date"] == "Wed, 25 Nov 2026 10:00:00 +0000"  # the workspace's clock (in UTC here)
    assert "three years" in parsed.get_content()


@pytest.mark.parametrize("tls", [False, True], ids=["starttls", "implicit-tls"])
def test_a_message_sent_arrives_as_built_and_its_message_id_is_remembered(
    workspace: Workspace, request: pytest.FixtureRequest, tls: bool
) -> None:
    server: SmtpTestServer = request.getfixturevalue("smtp_server_tls" if tls else "smtp_server")
    add_person(workspace, PersonDetails(name="Jens Müller", emails=["jens.mueller@example.de"]))
    before = len(server.received)
    sent = use.send_message(
        workspace, TO_JENS, PASSWORD, person="Jens Müller", account=account(server), ca_file=server.ca_file
    )
    got = server.received[before:]
    assert len(got) == 1
    assert got[0].login == "ana@example.org"
    assert got[0].mail_from == "ana@example.org"
    assert got[0].rcpt_tos == ["jens.mueller@example.de"]
    parsed = message_from_bytes(got[0].data, policy=policy.default)
    assert parsed["Message-ID"] == sent.message_id
    assert str(parsed["Subject"]) == "Lange nicht gesehen"
    assert str(parsed["From"]) == "Ana María Pérez <ana@example.org>"
    assert message_ids(workspace) == [sent.message_id]
    assert "Jens Müller by email" in sent.recorded


def test_a_wrong_password_is_one_line_and_nothing_is_recorded(
    workspace: Workspace, smtp_server: SmtpTestServer
) -> None:
    add_person(workspace, PersonDetails(name="Jens Müller", emails=["jens.mueller@example.de"]))
    before = len(smtp_server.received)
    with pytest.raises(KithError, match=r"refused the user name or password for ana@example.org; nothing was sent$"):
        use.send_message(
            workspace, TO_JENS, "wrong", person="Jens Müller", account=account(smtp_server), ca_file=smtp_server.ca_file
        )
    assert len(smtp_server.received) == before
    assert message_ids(workspace) == []


def test_a_refused_recipient_is_one_line_and_nothing_is_recorded(
    workspace: Workspace, smtp_server: SmtpTestServer
) -> None:
    add_person(workspace, PersonDetails(name="Nobody", emails=[REFUSED_RECIPIENT]))
    outgoing = Outgoing(to_name="Nobody", to_email=REFUSED_RECIPIENT, subject="Hi", body="Hello there")
    with pytest.raises(KithError, match=rf"refused the recipient {REFUSED_RECIPIENT} \(550 5.1.1 .*User unknown"):
        use.send_message(
            workspace, outgoing, PASSWORD, person="Nobody", account=account(smtp_server), ca_file=smtp_server.ca_file
        )
    assert message_ids(workspace) == []


def test_an_unreachable_server_is_one_line(workspace: Workspace) -> None:
    port = free_port()
    broken = SmtpAccount(host="127.0.0.1", port=port, username="ana@example.org", from_address="ana@example.org")
    with pytest.raises(KithError, match=rf"^cannot reach 127.0.0.1:{port}: .*nothing was sent"):
        use.send_message(workspace, TO_JENS, PASSWORD, account=broken)


def test_a_certificate_that_does_not_verify_sends_nothing(workspace: Workspace, smtp_server: SmtpTestServer) -> None:
    before = len(smtp_server.received)
    with pytest.raises(KithError, match="its certificate does not verify"):
        use.send_message(workspace, TO_JENS, PASSWORD, account=account(smtp_server))  # no ca_file: not trusted
    assert len(smtp_server.received) == before


def test_the_account_is_a_setting_without_the_password(workspace: Workspace) -> None:
    stored = use.set_smtp_account(
        workspace,
        SmtpAccount(
            host=" smtp.example.org ", port=465, security=Security.TLS, username="ana", from_address="ANA@example.org"
        ),
    )
    assert use.smtp_account(workspace) == stored
    with workspace.db.reading() as conn:
        value = conn.execute(
            sa.select(schema.settings.c.value).where(schema.settings.c.key == "accounts.smtp")
        ).scalar_one()
    assert value == {
        "host": "smtp.example.org", "port": 465, "security": "tls", "username": "ana",
        "from_name": "", "from_address": "ana@example.org", "ca_file": "",
    }  # fmt: skip
    assert about_me(workspace).addresses == ("ana@example.org",)  # the address you send as is yours
    with pytest.raises(InvalidValue, match="never sent unencrypted"):
        use.set_smtp_account(
            workspace, SmtpAccount(host="x", security=Security.NONE, username="ana", from_address="a@b.org")
        )
    assert use.forget_smtp_account(workspace)
    assert use.smtp_account(workspace) is None
    with pytest.raises(KithError, match="no SMTP account is set"):
        use.send_message(workspace, TO_JENS, PASSWORD)


def test_nobody_who_asked_to_stop_is_sent_anything(workspace: Workspace, smtp_server: SmtpTestServer) -> None:
    add_person(workspace, PersonDetails(name="Jens Müller", emails=["jens.mueller@example.de"]))
    stop(workspace, "Jens Müller", reason="asked me not to write again")
    before = len(smtp_server.received)
    with pytest.raises(KithError, match="Jens Müller asked not to be contacted; nothing was sent"):
        use.send_message(
            workspace,
            TO_JENS,
            PASSWORD,
            person="Jens Müller",
            account=account(smtp_server),
            ca_file=smtp_server.ca_file,
        )
    assert len(smtp_server.received) == before
    assert message_ids(workspace) == []
