"""Mail import into real databases: who is who, threads across files, replies, candidates,
auto-replies and bounces acting on the plan, idempotence, bad input."""

from __future__ import annotations

import gzip
import shutil
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
import sqlalchemy as sa

from kith.app import plan as plan_use
from kith.app.candidates import dismiss, list_candidates, promote
from kith.app.imports import ImportOptions, ImportSummary, import_path
from kith.app.me import about_me, add_my_address
from kith.app.people import PersonDetails, add_person, find_person, profile
from kith.app.workspace import Workspace, fixed_clock, open_workspace
from kith.core.cadence import SequenceStatus
from kith.core.errors import KithError
from kith.core.model import Channel, Direction, IdentityStatus, InteractionKind, OutreachStatus
from kith.store import schema
from tests.conftest import NOW
from tests.sources.mail.mail_fixtures import mbox_of

DATA = Path(__file__).resolve().parents[1] / "data" / "mail"
CONVERSATION = DATA / "conversation"


def _import(ws: Workspace, path: Path, **options: object) -> ImportSummary:
    return import_path(ws, path, ImportOptions(**options))  # type: ignore[arg-type]


def _rows(ws: Workspace, table: sa.Table) -> int:
    with ws.db.reading() as conn:
        return int(conn.execute(sa.select(sa.func.count()).select_from(table)).scalar_one())


def _everything(ws: Workspace) -> dict[str, int]:
    tables = (schema.people, schema.identities, schema.interactions, schema.mail_messages)
    return {t.name: _rows(ws, t) for t in (*tables, schema.mail_candidates, schema.candidate_messages)}


@pytest.fixture
def ana(workspace: Workspace) -> Workspace:
    """Ana Reyes's workspace: her address is known, Dana and Gus are in her network."""
    add_my_address(workspace, "ana@example.com")
    add_person(workspace, PersonDetails(name="Dana Kim", emails=("dana.kim@acme.example",), company="Acme"))
    add_person(workspace, PersonDetails(name="Gus Olsen", emails=("gus@builders.example",)))
    return workspace


def test_inbox_then_sent_threads_replies_people_and_candidates(ana: Workspace) -> None:
    inbox = _import(ana, CONVERSATION / "Inbox")
    assert inbox.kind == "mail"
    assert inbox.format == "mbox"
    assert inbox.counts["messages read"] == 5
    assert inbox.counts["personal"] == 4
    assert inbox.counts["automated"] == 1
    assert inbox.counts["people matched"] == 2  # Dana and Gus
    assert inbox.counts["new candidates"] == 2  # Ève and Sam wrote; nobody answered them yet
    sent = _import(ana, CONVERSATION / "Sent")
    assert sent.counts["messages read"] == 4
    assert sent.counts["automated"] == 1  # the mail to nine people does not count
    assert sent.counts["new people"] == 1  # Ève: mail went both ways
    # Dana answered Ana's lunch message: read before Ana's own message, still a reply.
    assert sent.counts["replies"] >= 1

    eve = find_person(ana, "eve.moreau@studio.example.fr")
    assert eve.display_name == "Ève Moreau"
    history = profile(ana, "eve.moreau@studio.example.fr").recent
    assert sorted(i.direction for i in history) == [Direction.INBOUND, Direction.OUTBOUND]
    assert len({i.thread_id for i in history}) == 1

    dana = profile(ana, "Dana Kim")
    assert [i.direction for i in dana.recent] == [Direction.INBOUND, Direction.OUTBOUND]
    assert {i.thread_id for i in dana.recent} == {"3f1e2d4c-lunch@example.com"}
    assert dana.recent[0].summary.startswith("RE: Lunch in Milan? — Hi Ana, Yes, Thursday works")
    assert dana.recent[0].utc_offset_minutes == 0
    assert dana.recent[1].utc_offset_minutes == 60

    with ana.db.reading() as conn:
        replies = conn.execute(sa.select(schema.mail_messages.c.message_key).where(schema.mail_messages.c.reply)).all()
    assert {r[0] for r in replies} >= {"DB9PR04MB8123A1B2C3D4E5F6@DB9PR04MB8123.eurprd04.prod.outlook.com"}

    left = list_candidates(ana)
    assert [(c.address, c.inbound, c.outbound) for c in left] == [("hello@stranger.example", 1, 0)]


def test_an_answer_without_in_reply_to_joins_the_thread_by_subject_and_address(ana: Workspace) -> None:
    _import(ana, CONVERSATION / "Sent")
    _import(ana, CONVERSATION / "Inbox")
    # Gus's Outlook answer has no In-Reply-To: the subject and the shared address join it.
    gus = profile(ana, "Gus Olsen").recent
    assert len(gus) == 2
    assert {i.thread_id for i in gus} == {"b2c3d4-budget@example.com"}


def test_importing_twice_or_from_two_files_changes_nothing(ana: Workspace, tmp_path: Path) -> None:
    _import(ana, CONVERSATION / "Inbox")
    _import(ana, CONVERSATION / "Sent")
    before = _everything(ana)
    again = _import(ana, CONVERSATION / "Inbox")
    assert again.counts["messages read"] == 0
    assert "nothing new" in again.notes[0]
    # The same messages in another file (a copy, compressed): all already read.
    copy = tmp_path / "Archive.mbox.gz"
    with open(CONVERSATION / "Inbox", "rb") as plain, gzip.open(copy, "wb") as packed:
        shutil.copyfileobj(plain, packed)
    other = _import(ana, copy)
    assert other.format == "mbox.gz"
    assert other.counts["already read"] == 4
    assert _everything(ana) == before


def test_a_candidate_promoted_keeps_its_messages_and_a_dismissed_one_leaves_the_list(ana: Workspace) -> None:
    _import(ana, CONVERSATION / "Inbox")
    promoted = promote(ana, ["Hello@Stranger.example"])
    assert [(p.name, p.interactions) for p in promoted] == [("Sam Stranger", 1)]
    sam = profile(ana, "hello@stranger.example")
    assert sam.recent[0].summary.startswith("A question about your book")
    assert dismiss(ana, ["eve.moreau@studio.example.fr"]) == 1
    assert list_candidates(ana) == []
    assert [c.address for c in list_candidates(ana, dismissed=True)] == ["eve.moreau@studio.example.fr"]
    # A dismissed address is not made a person by itself, even after a two-way exchange.
    _import(ana, CONVERSATION / "Sent")
    with pytest.raises(KithError):
        find_person(ana, "eve.moreau@studio.example.fr")


def test_a_new_address_joins_a_known_person_only_when_the_matcher_is_sure(ana: Workspace, tmp_path: Path) -> None:
    mbox = tmp_path / "Inbox"
    mbox.write_text(
        "From - Mon Mar 11 10:00:00 2024\n"
        "From: Dana Kim <dkim@acme.example>\nTo: ana@example.com\nSubject: New address\n"
        "Date: Mon, 11 Mar 2024 10:00:00 +0100\nMessage-ID: <dana-new@acme.example>\n\nThis is my new address.\n\n"
    )
    summary = _import(ana, mbox)
    # The same name at the same domain may be a colleague: the matcher says "medium", so the
    # address waits as a candidate instead of being merged without asking.
    assert summary.counts["people matched"] == 0
    assert summary.counts["new candidates"] == 1
    assert [c.display_name for c in list_candidates(ana)] == ["Dana Kim"]
    assert [i.value for i in find_person(ana, "Dana Kim").identities] == ["dana.kim@acme.example"]


def test_with_no_address_known_kith_says_what_it_assumed(workspace: Workspace) -> None:
    summary = _import(workspace, DATA / "gmail_takeout.mbox")
    assert any(
        "took me.example@gmail.com to be your address (the sender of your sent mail)" in n for n in summary.notes
    )
    assert about_me(workspace).addresses == ("me.example@gmail.com",)


def test_dry_run_writes_nothing_and_strict_stops_at_a_bad_message(ana: Workspace) -> None:
    before = _everything(ana)
    dry = _import(ana, CONVERSATION / "Inbox", dry_run=True)
    assert dry.dry_run
    assert dry.counts["personal"] == 4
    assert _everything(ana) == before
    with pytest.raises(KithError, match="--strict: nothing was imported"):
        _import(ana, DATA / "garbage_between_messages.mbox", strict=True)
    assert _everything(ana) == before


def test_bad_messages_are_skipped_with_file_and_offset_and_the_rest_is_read(ana: Workspace) -> None:
    path = DATA / "garbage_between_messages.mbox"
    summary = _import(ana, path)
    assert summary.skipped
    assert all(line.startswith(f"{path}:") for line in summary.skipped)
    assert summary.counts["messages read"] >= 1
    truncated = _import(ana, DATA / "truncated_last_message.mbox")
    assert truncated.counts["messages read"] == 2
    assert truncated.counts["personal"] == 2


def test_nul_bytes_broken_encodings_and_bad_dates_are_read_as_well_as_they_can(ana: Workspace, tmp_path: Path) -> None:
    names = ("nul_bytes.eml", "broken_encoded_words.eml", "latin1_raw_header.eml", "unknown_charset_body.eml")
    summary = _import(ana, mbox_of(tmp_path, *names, "date_unreadable.eml", "no_message_id_no_date.eml"))
    assert summary.counts["messages read"] == 6
    with ana.db.reading() as conn:
        texts = [r[0] for r in conn.execute(sa.select(schema.candidate_messages.c.summary))]
        texts += [r[0] for r in conn.execute(sa.select(schema.interactions.c.summary))]
    assert len(texts) >= 4
    assert not any("\x00" in t for t in texts)


def test_a_maildir_with_a_sent_folder_and_no_snippets(ana: Workspace, tmp_path: Path) -> None:
    root = tmp_path / "Maildir"
    for folder, source in ((root, "Inbox"), (root / ".Sent", "Sent")):
        for sub in ("cur", "new", "tmp"):
            (folder / sub).mkdir(parents=True)
        messages = (CONVERSATION / source).read_text().split("\n\nFrom - ")
        for number, text in enumerate(messages):
            body = text.split("\n", 1)[1] if number or text.startswith("From - ") else text
            if number == 0:
                body = text.split("\n", 1)[1]
            (folder / "cur" / f"17100000{number:02d}.M1P1.host:2,S").write_text(body)
    summary = _import(ana, root, snippets=False)
    assert summary.format == "maildir"
    assert summary.counts["messages read"] == 9
    assert summary.counts["new people"] == 1
    dana = profile(ana, "Dana Kim").recent
    assert dana[0].summary == "RE: Lunch in Milan?"  # no snippet


# Acting on the plan ---------------------------------------------------------------------------


@pytest.fixture
def outreach(workspace: Workspace) -> Workspace:
    """Ana wrote to Dana, Marco and Omar through the plan on NOW; the drafts had Message-IDs."""
    add_my_address(workspace, "ana@example.com")
    for name, email in (
        ("Dana Kim", "dana.kim@acme.example"),
        ("Marco Bellini", "marco.bellini@contoso.example"),
        ("Omar Haddad", "omar@oldco.example"),
    ):
        add_person(workspace, PersonDetails(name=name, emails=(email,)))
        plan_use.mark_done(workspace, name, channel=Channel.EMAIL)
        person = find_person(workspace, name)
        key = name.split()[0].lower()
        with workspace.db.transaction() as conn:
            conn.execute(
                schema.outreach_steps.update()
                .where(schema.outreach_steps.c.person_id == person.id)
                .values(message_id=f"<kith-outreach-{key}@example.com>")
            )
    return workspace


def _follow_up(ws: Workspace, who: str, day: date) -> plan_use.Prospect:
    person = find_person(ws, who)
    assert person.id is not None
    return plan_use.load_network(ws, day, person_ids=[person.id]).prospects[person.id]


def test_a_reply_ends_follow_ups_an_auto_reply_waits_and_a_bounce_asks_for_an_address(
    outreach: Workspace, database: str
) -> None:
    later = date(2026, 12, 3)
    # A week on, the plan is stored with the follow-ups due that day.
    week_on = open_workspace(database, clock=fixed_clock(datetime.combine(later, NOW.timetz())))
    try:
        planned = plan_use.today_plan(week_on)
        assert {t.line.name for t in planned.lines} >= {"Dana Kim", "Omar Haddad"}
        summary = _import(week_on, DATA / "plan" / "Inbox")
        assert (summary.counts["replies"], summary.counts["auto-replies"], summary.counts["bounces"]) == (1, 1, 1)

        dana = _follow_up(week_on, "Dana Kim", later)
        assert dana.follow_up.status is SequenceStatus.REPLIED
        with week_on.db.reading() as conn:
            left = conn.execute(
                sa.select(schema.outreach_steps.c.status).where(schema.outreach_steps.c.person_id == dana.person_id)
            ).scalars()
            assert OutreachStatus.PLANNED.value not in set(left)

        marco = _follow_up(week_on, "Marco Bellini", later)
        assert marco.follow_up.status is SequenceStatus.WAITING
        assert marco.follow_up.next is not None
        assert marco.follow_up.next.due_on > date(2026, 12, 15)
        kinds = [i.kind for i in profile(week_on, "Marco Bellini").recent]
        assert InteractionKind.AUTO_REPLY in kinds

        omar = find_person(week_on, "Omar Haddad")
        assert [i.status for i in omar.identities] == [IdentityStatus.BOUNCING]
        assert _follow_up(week_on, "Omar Haddad", later).follow_up.status is SequenceStatus.BOUNCED
        bounce = [i for i in profile(week_on, "Omar Haddad").recent if i.kind is InteractionKind.BOUNCE]
        assert bounce[0].thread_id == "kith-outreach-omar@example.com"
        ahead = plan_use.today_plan(week_on, later + timedelta(days=1), save=False)
        assert "Omar Haddad" in ahead.needs_address
        assert "Dana Kim" not in {t.line.name for t in ahead.lines}
    finally:
        week_on.close()


def test_an_apple_mail_export_is_claimed_by_its_content_and_a_csv_is_not(ana: Workspace, tmp_path: Path) -> None:
    from kith.app.mail_import import MailImporter

    export = tmp_path / "Inbox.mbox"
    export.mkdir()
    shutil.copyfile(DATA / "apple_mail.mbox", export / "mbox")
    (export / "Info.plist").write_text('<?xml version="1.0" encoding="UTF-8"?>\n<plist version="1.0"><dict/></plist>\n')
    summary = _import(ana, export)
    assert (summary.kind, summary.format, summary.counts["messages read"]) == ("mail", "apple-mail", 1)
    csv = tmp_path / "contacts.csv"
    csv.write_text("From,Email\nAna,ana@example.com\n")
    assert not MailImporter().claims(csv)
    assert MailImporter().claims(CONVERSATION / "Inbox")
