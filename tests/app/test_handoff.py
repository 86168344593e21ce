"""Drafts handed over to the user's mail, on both backends: an .eml file parsed back with the
standard library, the Drafts folder of a real Dovecot read back over IMAP, and the mail
import afterwards: the user's Sent copy marks the step done, and the reply to the saved
Message-ID ends the follow-ups."""

from __future__ import annotations

from datetime import UTC, date, datetime
from email import message_from_bytes, policy
from pathlib import Path

import pytest
import sqlalchemy as sa

from kith.app import plan as plan_use
from kith.app.handoff import HandOff, draft_and_hand_off
from kith.app.imports import ImportOptions, import_path
from kith.app.me import add_my_address, set_my_name
from kith.app.outgoing import Request
from kith.app.people import PersonDetails, add_person, log_interaction
from kith.app.workspace import Workspace, fixed_clock, open_workspace
from kith.core.cadence import SequenceStatus
from kith.core.errors import KithError
from kith.core.model import Channel, Direction, OutreachKind, OutreachStatus
from kith.store import schema
from kith.store.mail import mark_bouncing
from tests.conftest import NOW
from tests.servers import free_port
from tests.servers.dovecot import Dovecot

HANDOFF = Path(__file__).resolve().parents[1] / "data" / "mail" / "handoff"


@pytest.fixture
def ana(workspace: Workspace) -> Workspace:
    return fill(workspace)


def fill(workspace: Workspace) -> Workspace:
    """Ana Reyes, and Giulia Ferri: three meetings in 2022, nothing since; her old address bounces."""
    add_my_address(workspace, "ana@example.org")
    set_my_name(workspace, "Ana Reyes")
    add_person(
        workspace,
        PersonDetails(
            name="Giulia Ferri",
            emails=["giulia@old-agency.example", "giulia@example.it"],
            country="IT",
            languages=["it"],
            company="Fiat",
            interests=["ciclismo"],
        ),
    )
    for day, summary in ((10, "Pranzo a Torino"), (12, "Workshop"), (20, "Cena")):
        when = datetime(2022, 5, day, 12, 0, tzinfo=UTC)
        log_interaction(workspace, "Giulia Ferri", channel=Channel.MEETING, when=when, summary=summary)
    with workspace.db.transaction() as conn:
        mark_bouncing(conn, workspace.owner_id, ["giulia@old-agency.example"])
    return workspace


def steps(ws: Workspace) -> list[sa.Row[tuple[str, str, str | None, int | None, datetime | None]]]:
    c = schema.outreach_steps.c
    with ws.db.reading() as conn:
        query = sa.select(c.kind, c.status, c.message_id, c.interaction_id, c.done_at).order_by(c.id)
        return list(conn.execute(query))


def with_message_id(ws: Workspace) -> list[sa.Row[tuple[str, str, str | None, int | None, datetime | None]]]:
    return [s for s in steps(ws) if s.message_id]


def interactions(ws: Workspace) -> list[sa.Row[tuple[str, str | None, str | None]]]:
    c = schema.interactions.c
    with ws.db.reading() as conn:
        return list(conn.execute(sa.select(c.direction, c.external_id, c.thread_id).where(c.channel == "email")))


def test_an_eml_is_from_me_to_the_address_that_works_and_its_message_id_is_kept(ana: Workspace, tmp_path: Path) -> None:
    done = draft_and_hand_off(ana, "Giulia Ferri", where=HandOff(eml=tmp_path / "giulia.eml"))
    assert done.file is not None
    assert done.prepared is not None
    parsed = message_from_bytes(done.file.path.read_bytes(), policy=policy.default)
    assert str(parsed["From"]) == "Ana Reyes <ana@example.org>"
    assert str(parsed["To"]) == "Giulia Ferri <giulia@example.it>"  # the old address bounced
    assert done.prepared.recipient_reason == "their only address that does not bounce"
    assert parsed["Subject"] == done.worded.subject
    assert parsed["Date"] == "Wed, 25 Nov 2026 10:00:00 +0000"
    body = parsed.get_content().replace("\r\n", "\n")  # a message file has CRLF line ends
    assert body == done.worded.body + "\n"
    assert "Giulia" in body
    assert "anni" in body
    assert done.worded.drafted.draft.language == "it"
    assert (done.file.path.stat().st_mode & 0o777) == 0o600

    kept = with_message_id(ana)
    assert [(s.kind, s.status, s.message_id) for s in kept] == [("first", "planned", parsed["Message-ID"])]
    # Saved again for the same step: the same message, the same Message-ID, one step.
    again = draft_and_hand_off(ana, "Giulia Ferri", where=HandOff(eml=tmp_path / "again.eml"))
    assert again.file is not None
    assert again.file.message_id == parsed["Message-ID"]
    assert len(with_message_id(ana)) == 1
    assert [s.kind for s in steps(ana) if s.status == "planned"].count("first") == 1


def _drafts_url(server: Dovecot) -> str:
    return f"imaps://{server.user}@127.0.0.1:{server.imaps_port}"


def test_a_draft_appears_in_the_drafts_folder_of_the_mail_server(ana: Workspace, dovecot: Dovecot) -> None:
    asked: list[str] = []

    def password(where: str) -> str:
        asked.append(where)
        return dovecot.password

    where = HandOff(to_drafts=True, account=_drafts_url(dovecot), ca_file=str(dovecot.ca_file))
    done = draft_and_hand_off(ana, "Giulia Ferri", where=where, ask_password=password)
    assert done.drafts is not None
    assert done.drafts.folder == "Drafts"
    assert asked == [f"imap://ana@127.0.0.1:{dovecot.imaps_port}"]
    with dovecot.client() as client:
        client.select_folder("Drafts", readonly=True)
        uids = client.search("ALL")
        assert uids == [done.drafts.uid]
        fetched = client.fetch(uids, ["FLAGS", "BODY.PEEK[]"])[uids[0]]
    assert b"\\Draft" in fetched[b"FLAGS"]
    parsed = message_from_bytes(fetched[b"BODY[]"], policy=policy.default)
    assert str(parsed["From"]) == "Ana Reyes <ana@example.org>"
    assert str(parsed["To"]) == "Giulia Ferri <giulia@example.it>"
    assert parsed["Subject"] == done.worded.subject
    assert parsed.get_content_charset() == "utf-8"
    assert parsed.get_content().replace("\r\n", "\n") == done.worded.body + "\n"
    assert [s.message_id for s in with_message_id(ana)] == [parsed["Message-ID"]]


@pytest.fixture
def sqlite_ana(tmp_path: Path, _sqlite_template: Path) -> Workspace:
    """One backend is enough where the server refuses: nothing is written either way."""
    import shutil

    path = tmp_path / "kith.db"
    shutil.copyfile(_sqlite_template, path)
    ws = open_workspace(f"sqlite:///{path}", clock=fixed_clock(NOW))
    ws.default_region = "US"
    return fill(ws)


@pytest.mark.parametrize("failure", ["password", "unreachable", "no-drafts-folder"])
def test_each_failure_of_the_drafts_folder_is_one_line_and_nothing_is_kept(
    sqlite_ana: Workspace, request: pytest.FixtureRequest, failure: str
) -> None:
    server: Dovecot = request.getfixturevalue("plain_dovecot" if failure == "no-drafts-folder" else "dovecot")
    url, password = _drafts_url(server), server.password
    if failure == "password":
        password = "not the password"
    elif failure == "unreachable":
        url = f"imaps://ana@127.0.0.1:{free_port()}"
    where = HandOff(to_drafts=True, account=url, ca_file=str(server.ca_file))
    expected = {
        "password": "the server refused the user name or password; nothing was saved$",
        "unreachable": r"the server cannot be reached \(.*\); check the host and port; nothing was saved$",
        "no-drafts-folder": r"has no Drafts folder .* the folders are: INBOX\); .*nothing was saved$",
    }[failure]
    try:
        with pytest.raises(KithError, match=expected) as caught:
            draft_and_hand_off(sqlite_ana, "Giulia Ferri", where=where, ask_password=lambda _where: password)
        assert "\n" not in str(caught.value)
        assert password not in str(caught.value)
        assert with_message_id(sqlite_ana) == []
    finally:
        sqlite_ana.close()


def _mbox(template: str, folder: Path, message_id: str, subject: str) -> Path:
    """The fixture with the Message-ID and subject of the message kith saved."""
    data = (HANDOFF / template).read_bytes()
    data = data.replace(b"@@KITH_MESSAGE_ID@@", message_id.strip("<>").encode())
    path = folder / template
    path.write_bytes(data.replace(b"@@KITH_SUBJECT@@", subject.encode()))
    return path


def _follow_up(ws: Workspace, person_id: int, day: date) -> plan_use.Prospect:
    return plan_use.load_network(ws, day, person_ids=[person_id]).prospects[person_id]


def test_the_draft_sent_from_the_mail_program_is_done_and_the_reply_ends_the_follow_ups(
    ana: Workspace, database: str, tmp_path: Path
) -> None:
    done = draft_and_hand_off(ana, "Giulia Ferri", where=HandOff(eml=tmp_path / "giulia.eml"))
    assert done.prepared is not None
    message_id, subject = done.prepared.message_id, done.worded.subject
    person_id = done.worded.drafted.person_id
    next_day = open_workspace(database, clock=fixed_clock(datetime(2026, 11, 26, 20, 0, tzinfo=UTC)))
    try:
        # Thunderbird sent it the next morning, keeping the draft's Message-ID.
        sent = import_path(next_day, _mbox("thunderbird_sent.mbox", tmp_path, message_id, subject), ImportOptions())
        assert sent.notes[0] == "1 draft kith saved went out from your mail program: its step is done"
        [step] = with_message_id(next_day)
        assert (step.kind, step.status) == ("first", "done")
        assert step.done_at == datetime(2026, 11, 26, 8, 2, 10, tzinfo=UTC)
        assert step.interaction_id is not None
        assert [(i.direction, i.external_id) for i in interactions(next_day)] == [
            ("outbound", f"{message_id.strip('<>')}|giulia@example.it")
        ]
        waiting = _follow_up(next_day, person_id, date(2026, 11, 26))
        assert waiting.follow_up.status is SequenceStatus.WAITING
        assert waiting.follow_up.next is not None
        assert waiting.follow_up.next.kind is OutreachKind.FOLLOWUP

        reply = import_path(next_day, _mbox("gmail_reply.mbox", tmp_path, message_id, subject), ImportOptions())
        assert reply.counts["replies"] == 1
        assert _follow_up(next_day, person_id, date(2026, 11, 26)).follow_up.status is SequenceStatus.REPLIED
        assert all(s.status != "planned" for s in steps(next_day))
        # Importing both again changes nothing.
        before = (steps(next_day), interactions(next_day))
        for template in ("thunderbird_sent.mbox", "gmail_reply.mbox"):
            import_path(next_day, _mbox(template, tmp_path, message_id, subject), ImportOptions())
        assert (steps(next_day), interactions(next_day)) == before
    finally:
        next_day.close()


def test_a_reply_to_a_saved_draft_alone_is_enough(ana: Workspace, database: str, tmp_path: Path) -> None:
    """The Inbox is imported, never the Sent folder: the answer proves the draft went out."""
    done = draft_and_hand_off(ana, "Giulia Ferri", where=HandOff(eml=tmp_path / "giulia.eml"))
    assert done.prepared is not None
    later = open_workspace(database, clock=fixed_clock(datetime(2026, 11, 27, 9, 0, tzinfo=UTC)))
    try:
        mbox = _mbox("gmail_reply.mbox", tmp_path, done.prepared.message_id, done.worded.subject)
        summary = import_path(later, mbox, ImportOptions())
        assert summary.counts["replies"] == 1
        [step] = with_message_id(later)
        assert (step.status, step.done_at) == ("done", datetime(2026, 11, 26, 17, 39, 55, tzinfo=UTC))
        prospect = _follow_up(later, done.worded.drafted.person_id, date(2026, 11, 27))
        assert prospect.follow_up.status is SequenceStatus.REPLIED
        assert [i.direction for i in interactions(later)] == [Direction.INBOUND.value]
        tomorrow = plan_use.today_plan(later, date(2026, 11, 30), save=False)
        assert "Giulia Ferri" not in {t.line.name for t in tomorrow.lines}
    finally:
        later.close()


def test_a_follow_up_threads_under_the_first_message(ana: Workspace, database: str, tmp_path: Path) -> None:
    first = draft_and_hand_off(ana, "Giulia Ferri", where=HandOff(eml=tmp_path / "first.eml"))
    assert first.prepared is not None
    message_id = first.prepared.message_id
    import_path(ana, _mbox("thunderbird_sent.mbox", tmp_path, message_id, first.worded.subject), ImportOptions())
    week_on = open_workspace(database, clock=fixed_clock(datetime(2026, 12, 3, 10, 0, tzinfo=UTC)))
    try:
        follow = draft_and_hand_off(week_on, "Giulia Ferri", where=HandOff(eml=tmp_path / "follow.eml"))
        assert follow.worded.drafted.draft.step is OutreachKind.FOLLOWUP
        parsed = message_from_bytes((tmp_path / "follow.eml").read_bytes(), policy=policy.default)
        assert parsed["In-Reply-To"] == message_id
        assert parsed["References"] == message_id
        assert parsed["Message-ID"] != message_id
        assert str(parsed["Subject"]).startswith("Re: ")
        kept = [(s.kind, s.status) for s in with_message_id(week_on)]
        assert kept == [("first", OutreachStatus.DONE.value), ("followup", OutreachStatus.PLANNED.value)]
    finally:
        week_on.close()


def test_a_blocked_polish_is_never_saved(ana: Workspace, tmp_path: Path, chat_server: object) -> None:
    from kith.app.polish import ChatEndpoint, set_polish_endpoint
    from tests.servers.chat import ChatServer, Reply

    assert isinstance(chat_server, ChatServer)
    set_polish_endpoint(ana, ChatEndpoint(chat_server.base_url, "llama3.1:8b", timeout=5))
    chat_server.reply = Reply(text="Ciao Giulia,\n\nnon mi hai mai risposto, e mi è dispiaciuto.\n\nAna")
    done = draft_and_hand_off(
        ana, "Giulia Ferri", Request(polish=True), HandOff(eml=tmp_path / "giulia.eml", mailto=True)
    )
    assert done.worded.origin == "polished"
    assert done.worded.blocking
    assert done.prepared is None
    assert done.file is None
    assert done.link == ""
    assert not (tmp_path / "giulia.eml").exists()
    assert with_message_id(ana) == []


def test_a_draft_in_a_gmail_takeout_is_not_a_message_sent(ana: Workspace, tmp_path: Path) -> None:
    done = draft_and_hand_off(ana, "Giulia Ferri", where=HandOff(eml=tmp_path / "giulia.eml"))
    assert done.prepared is not None
    takeout = _mbox("gmail_takeout_draft.mbox", tmp_path, done.prepared.message_id, done.worded.subject)
    import_path(ana, takeout, ImportOptions())
    [step] = with_message_id(ana)
    assert step.status == "planned"  # still to be sent


def test_someone_without_a_working_address_gets_nothing_saved(ana: Workspace, tmp_path: Path) -> None:
    add_person(ana, PersonDetails(name="Pietro Neri", phones=["+39 347 765 4321"], country="IT"))
    with pytest.raises(KithError, match=r"^kith knows no email address for Pietro Neri: add one with `kith edit \d+"):
        draft_and_hand_off(ana, "Pietro Neri", where=HandOff(eml=tmp_path / "pietro.eml"))
    assert not (tmp_path / "pietro.eml").exists()
    assert with_message_id(ana) == []


def test_kith_sync_finds_the_draft_sent_from_the_drafts_folder(ana: Workspace, dovecot: Dovecot) -> None:
    from kith.app.sync import SyncOptions, sync

    url = _drafts_url(dovecot)
    where = HandOff(to_drafts=True, account=url, ca_file=str(dovecot.ca_file))
    done = draft_and_hand_off(ana, "Giulia Ferri", where=where, ask_password=lambda _where: dovecot.password)
    assert done.prepared is not None
    options = SyncOptions(ca_file=str(dovecot.ca_file))
    before = sync(ana, url, options, lambda _where: dovecot.password)
    assert [s.status for s in with_message_id(ana)] == ["planned"]  # sync reads no Drafts folder
    assert not any("went out" in note for note in before[0].notes)
    # The user opens the draft in Thunderbird and sends it: its copy lands in Sent.
    sent = (HANDOFF / "thunderbird_sent.mbox").read_bytes().split(b"\r\n", 3)[3]  # no mbox From_ or X-Mozilla lines
    sent = sent.replace(b"@@KITH_MESSAGE_ID@@", done.prepared.message_id.strip("<>").encode())
    dovecot.append("Sent", sent.replace(b"@@KITH_SUBJECT@@", done.worded.subject.encode()))
    after = sync(ana, None, options, lambda _where: dovecot.password)
    assert "1 draft kith saved went out from your mail program: its step is done" in after[0].notes
    assert [s.status for s in with_message_id(ana)] == ["done"]
