"""Threads by Message-ID, In-Reply-To and References, with a subject fallback, and
"is this a reply in a conversation the user started"."""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st
from mail_fixtures import DATA, records

from kith.sources.mail import (
    Address,
    Classification,
    MailRecord,
    SourcePosition,
    normalised_subject,
    read_mbox,
    thread_messages,
)

ME = "me@example.com"
START = datetime(2025, 3, 3, 10, 0, tzinfo=UTC)


def mail(
    message_id: str | None,
    sender: str,
    to: str,
    subject: str,
    minutes: int = 0,
    in_reply_to: str | None = None,
    references: tuple[str, ...] = (),
    classification: Classification | None = None,
) -> MailRecord:
    return MailRecord(
        position=SourcePosition("test.mbox", minutes),
        message_id=message_id,
        date=START + timedelta(minutes=minutes),
        utc_offset_minutes=0,
        sender=Address(sender),
        to=(Address(to),),
        cc=(),
        subject=subject,
        in_reply_to=in_reply_to,
        references=references,
        classification=classification or Classification(),
    )


def test_a_gmail_conversation_is_one_thread_started_by_alice() -> None:
    first, reply, answer = records(list(read_mbox(DATA / "gmail_takeout.mbox")))
    threads = thread_messages([answer, first, reply])
    assert {threads.thread_of(r) for r in (first, reply, answer)} == {"CAHx1=alice@mail.gmail.com"}
    assert threads.started_by("CAHx1=alice@mail.gmail.com") == "alice.rossi@example.com"
    mine = {"me.example@gmail.com"}
    assert not threads.is_reply_to_user(answer, mine)  # Alice started it: her answer is not a reply to me
    assert threads.is_reply_to_user(answer, {"alice.rossi@example.com"}) is False  # her own message


def test_an_answer_to_a_conversation_the_user_started_is_a_reply() -> None:
    out = mail("out@me", ME, "bob@example.org", "Coffee?")
    answer = mail("in@bob", "bob@example.org", ME, "Re: Coffee?", 60, "out@me", ("out@me",))
    later = mail("in2@bob", "bob@example.org", ME, "Re: Coffee?", 120, "in@bob", ("out@me", "in@bob"))
    threads = thread_messages([out, answer, later])
    assert threads.is_reply_to_user(answer, {ME})
    assert threads.is_reply_to_user(later, {ME})
    assert not threads.is_reply_to_user(out, {ME})


def test_an_auto_reply_or_a_bounce_in_the_user_s_thread_is_never_a_reply() -> None:
    out = mail("out@me", ME, "bob@example.org", "Coffee?")
    ooo = mail("ooo@bob", "bob@example.org", ME, "Out of office", 1, "out@me", (), Classification(auto_reply=True))
    bounce = mail("b@daemon", "mailer-daemon@x.org", ME, "Undelivered", 2, "out@me", (), Classification(bounce=True))
    threads = thread_messages([out, ooo, bounce])
    assert threads.thread_of(ooo) == threads.thread_of(bounce) == "out@me"
    assert not threads.is_reply_to_user(ooo, {ME})
    assert not threads.is_reply_to_user(bounce, {ME})


def test_a_thread_whose_first_message_is_missing_has_no_known_starter() -> None:
    answer = mail("in@bob", "bob@example.org", ME, "Re: Coffee?", 60, "out@me", ("out@me",))
    threads = thread_messages([answer])
    assert threads.thread_of(answer) == "out@me"
    assert threads.started_by("out@me") is None
    assert not threads.is_reply_to_user(answer, {ME})


@pytest.mark.parametrize("prefix", ["Re:", "RE:", "R:", "Rif:", "AW:", "SV:", "Sv:", "Re[2]:", "RE: Re:"])
def test_mail_without_thread_headers_joins_by_a_reply_subject_and_a_shared_person(prefix: str) -> None:
    out = mail("out@me", ME, "bob@example.org", "Dinner plans")
    answer = mail("in@bob", "bob@example.org", ME, f"{prefix} Dinner plans", 60)
    threads = thread_messages([out, answer])
    assert threads.thread_of(answer) == "out@me"
    assert threads.is_reply_to_user(answer, {ME})


def test_a_subject_alone_does_not_join_strangers_or_old_conversations() -> None:
    out = mail("out@me", ME, "bob@example.org", "Hello")
    stranger = mail("in@eve", "eve@example.net", "other@example.com", "Re: Hello", 60)
    late = mail("in@bob", "bob@example.org", ME, "Re: Hello", 60 * 24 * 200)
    same_subject = mail("again@me", ME, "bob@example.org", "Hello", 30)  # not a reply: a new thread
    threads = thread_messages([out, stranger, late, same_subject])
    assert threads.thread_of(stranger) == "in@eve"
    assert threads.thread_of(late) == "in@bob"
    assert threads.thread_of(same_subject) == "again@me"


def test_forward_prefixes_and_list_tags_are_not_part_of_the_topic() -> None:
    assert normalised_subject("Re: Fwd: [Python-Italia] RE:  Meetup   a Milano") == "meetup a milano"
    assert normalised_subject("AW: SV: Rif: R: Hallo") == "hallo"
    assert normalised_subject("Reunión") == "reunión"  # "Re" inside a word stays


def test_a_message_without_message_id_is_threaded_by_its_key() -> None:
    bare = mail(None, "bob@example.org", ME, "Hi")
    threads = thread_messages([bare])
    assert threads.thread_of(bare) == bare.key


CONVERSATION = [
    mail("a@x", ME, "bob@example.org", "Plan"),
    mail("b@x", "bob@example.org", ME, "Re: Plan", 5, "a@x", ("a@x",)),
    mail("c@x", ME, "bob@example.org", "Re: Plan", 10, "b@x", ("a@x", "b@x")),
    mail("d@x", "bob@example.org", ME, "Re: Plan", 15),  # no headers: joins by subject
    mail("e@x", "carla@example.net", ME, "Other"),
    mail("f@x", ME, "carla@example.net", "Re: Other", 20, "e@x"),
]


@given(st.permutations(CONVERSATION))
def test_threads_do_not_depend_on_the_order_records_come_in(order: list[MailRecord]) -> None:
    threads = thread_messages(order)
    assert {r.key: threads.thread_of(r) for r in order} == {
        "a@x": "a@x",
        "b@x": "a@x",
        "c@x": "a@x",
        "d@x": "a@x",
        "e@x": "e@x",
        "f@x": "e@x",
    }
    assert threads.started_by("a@x") == ME
    assert threads.started_by("e@x") == "carla@example.net"


def test_a_reply_read_from_two_files_is_one_record_key() -> None:
    answer = mail("in@bob", "bob@example.org", ME, "Re: Coffee?", 60, "out@me", ("out@me",))
    elsewhere = dataclasses.replace(answer, position=SourcePosition("other.mbox", 999))
    assert answer.key == elsewhere.key
