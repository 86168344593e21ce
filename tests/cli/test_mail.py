"""kith me, kith import of mail, kith candidates and kith today after mail, as a user types them."""

from __future__ import annotations

import json
from pathlib import Path

import sqlalchemy as sa

from kith.store import schema
from kith.store.database import open_database
from tests.conftest import Kith

DATA = Path(__file__).resolve().parents[1] / "data" / "mail"


def test_me_lists_adds_removes_names_and_proposes_from_sent_mail(kith: Kith) -> None:
    assert "kith knows none of your addresses yet" in kith("me").stdout
    assert kith("me", "add", "Other@Example.org").stdout.strip() == "Added other@example.org"
    assert "already one of your addresses" in kith("me", "add", "other@example.org").stdout
    assert kith("me", "--name", "Ana  Reyes").stdout.strip() == "Your name is Ana Reyes: drafts are signed with it"
    # Gmail's Sent label says who sent a message, whichever address it came from.
    assert kith("import", str(DATA / "gmail_takeout.mbox")).exit_code == 0
    listed = kith("me").stdout
    assert "Name: Ana Reyes" in listed
    assert "other@example.org" in listed
    assert "proposed: me.example@gmail.com (sent 1 messages; `kith me add me.example@gmail.com`)" in listed
    assert json.loads(kith("me", "--json").stdout)["proposed"] == {"me.example@gmail.com": 1}
    assert kith("me", "remove", "other@example.org").exit_code == 0
    missing = kith("me", "remove", "other@example.org")
    assert missing.exit_code == 1
    assert "is not one of your addresses" in missing.stderr
    bad = kith("me", "add", "not an address")
    assert bad.exit_code == 1
    assert bad.stderr.count("\n") == 1


def test_import_summary_candidates_and_promotion(kith: Kith) -> None:
    kith("me", "add", "ana@example.com")
    result = kith("import", str(DATA / "conversation" / "Inbox"), "--json")
    assert result.exit_code == 0, result.stderr
    summary = json.loads(result.stdout)
    assert (summary["kind"], summary["format"], summary["unit"]) == ("mail", "mbox", "messages")
    assert summary["counts"]["messages read"] == 5
    assert summary["counts"]["new candidates"] == 4
    listed = kith("candidates").stdout
    assert "Sam Stranger <hello@stranger.example>: 1 from them, 0 from you, 8 March 2024" in listed
    promoted = kith("candidates", "promote", "hello@stranger.example")
    assert "Sam Stranger is now #" in promoted.stdout
    assert "with 1 messages" in promoted.stdout
    assert "A question about your book" in kith("show", "hello@stranger.example").stdout
    assert kith("candidates", "dismiss", "gus@builders.example").stdout.strip() == "Dismissed 1 candidate"
    assert "gus@builders.example" in kith("candidates", "--dismissed").stdout
    assert kith("candidates", "promote").exit_code == 1


def test_a_broken_mailbox_is_one_line_and_bad_messages_are_named(kith: Kith, tmp_path: Path) -> None:
    fake = tmp_path / "notes.mbox"
    fake.write_text("Dear diary,\nFrom today on I write every day.\n")
    result = kith("import", str(fake), "--format", "mbox")
    assert result.exit_code == 1
    assert "does not begin with a 'From ' line" in result.stderr
    garbage = kith("import", str(DATA / "garbage_between_messages.mbox"))
    assert garbage.exit_code == 0
    assert f"skipped {DATA / 'garbage_between_messages.mbox'}:" in garbage.stderr


def test_today_after_mail_reply_ends_follow_ups_and_a_bounce_asks_for_an_address(kith: Kith, database: str) -> None:
    kith("me", "add", "ana@example.com")
    for name, email in (("Dana Kim", "dana.kim@acme.example"), ("Omar Haddad", "omar@oldco.example")):
        assert kith("add", name, "--email", email).exit_code == 0
        assert kith("done", name, "--channel", "email").exit_code == 0
    db = open_database(database)
    try:
        with db.transaction() as conn:
            for person_id, key in conn.execute(sa.select(schema.people.c.id, schema.people.c.given_name)):
                conn.execute(
                    schema.outreach_steps.update()
                    .where(schema.outreach_steps.c.person_id == person_id)
                    .values(message_id=f"<kith-outreach-{key.lower()}@example.com>")
                )
    finally:
        db.close()
    before = kith("today", "--date", "2026-12-03").stdout
    assert "Dana Kim" in before
    assert "Omar Haddad" in before
    assert kith("import", str(DATA / "plan" / "Inbox")).exit_code == 0
    after = kith("today", "--date", "2026-12-03").stdout
    assert "Dana Kim" not in after
    assert "Needs another address: the last message to Omar Haddad bounced" in after
    shown = kith("show", "Omar Haddad").stdout
    assert "omar@oldco.example (bouncing)" in shown
    assert "[bounce]" in shown


def test_your_fields_are_remembered_and_the_ranking_says_who_shares_them(kith: Kith) -> None:
    from kith.app import plan as plan_use
    from kith.app.demo import fill_demo
    from kith.app.workspace import fixed_clock, open_workspace
    from tests.conftest import NOW

    said = kith("me", "--field", "Data Science", "--field", "fintech", "--field", "fintech")
    assert said.stdout.strip() == "Your fields: Data Science, fintech; the ranking favours people in them"
    assert "Fields: Data Science, fintech" in kith("me").stdout
    assert json.loads(kith("me", "--json").stdout)["fields"] == ["Data Science", "fintech"]
    ws = open_workspace(kith.database, clock=fixed_clock(NOW))
    try:
        fill_demo(ws, people=120, seed=7)
        # A field is matched against people's tags and interests (kith.core.ranking).
        ranked_people = [p.person for p in plan_use.load_network(ws, NOW.date()).prospects.values() if p.ranked]
        field_word = next(i for person in ranked_people for i in person.interests)
        kith("me", "--field", field_word)
        ranked = [p.ranked for p in plan_use.load_network(ws, NOW.date()).prospects.values() if p.ranked]
        assert any("works in your field" in part.reason for r in ranked for part in r.parts if part.name == "value")
    finally:
        ws.close()
    assert kith("me", "--field", "").stdout.strip() == "Your fields were forgotten"
    assert "Fields:" not in kith("me").stdout
