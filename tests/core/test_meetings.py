"""What counts as a meeting, and with whom: examples and the never/always rules as properties."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from hypothesis import given
from hypothesis import strategies as st

from kith.core.meetings import (
    MANY_PARTICIPANTS,
    Occurrence,
    Participant,
    ParticipantKind,
    Response,
    Verdict,
    judge,
    meeting_external_id,
    meeting_thread,
    name_of,
)

NOW = datetime(2026, 11, 25, 10, tzinfo=UTC)
ME = "ana@example.org"


def meeting(*others: Participant, me: Participant | None = None, **fields: object) -> Occurrence:
    values: dict[str, object] = {"uid": "u1", "recurrence": "20261124T090000Z", "start": NOW - timedelta(days=1)}
    values.update(fields)
    people = (me or Participant(ME, organiser=True), *others)
    return Occurrence(participants=people, **values)  # type: ignore[arg-type]


def person(n: int, **fields: object) -> Participant:
    return Participant(f"p{n}@example.com", f"Person {n}", **fields)  # type: ignore[arg-type]


def test_a_small_meeting_counts_with_everyone_but_the_user() -> None:
    judged = judge(meeting(person(1), person(2)), [ME], NOW)
    assert judged.verdict is Verdict.COUNTS
    assert [p.email for p in judged.met] == ["p1@example.com", "p2@example.com"]


def test_the_organiser_listed_again_as_attendee_is_one_person() -> None:
    organiser = Participant("boss@example.com", "Boss", organiser=True)
    again = Participant("boss@example.com", "Boss", response=Response.ACCEPTED)
    judged = judge(meeting(organiser, again, me=Participant(ME, response=Response.ACCEPTED)), [ME], NOW)
    assert [p.email for p in judged.met] == ["boss@example.com"]


def test_what_does_not_count_and_why() -> None:
    assert judge(meeting(person(1), start=NOW + timedelta(minutes=1)), [ME], NOW).verdict is Verdict.FUTURE
    assert judge(meeting(person(1), cancelled=True), [ME], NOW).verdict is Verdict.CANCELLED
    declined = Participant(ME, response=Response.DECLINED)
    assert judge(meeting(person(1), me=declined), [ME], NOW).verdict is Verdict.DECLINED
    assert judge(meeting(person(1)), ["someone@else.org"], NOW).verdict is Verdict.NOT_YOURS
    many = [person(n) for n in range(MANY_PARTICIPANTS + 1)]
    assert judge(meeting(*many), [ME], NOW).verdict is Verdict.LARGE
    assert judge(meeting(*many[:-1]), [ME], NOW).verdict is Verdict.COUNTS
    group = Participant("team@example.com", kind=ParticipantKind.GROUP)
    assert judge(meeting(person(1), group), [ME], NOW).verdict is Verdict.LARGE
    assert judge(Occurrence("u", "r", NOW - timedelta(days=1)), [ME], NOW).verdict is Verdict.NO_ONE_ELSE


def test_rooms_decliners_and_people_only_informed_are_not_met() -> None:
    room = Participant("room@example.com", "Room 4", kind=ParticipantKind.RESOURCE)
    no = person(2, response=Response.DECLINED)
    cc = person(3, informed_only=True)
    judged = judge(meeting(person(1), room, no, cc), [ME], NOW)
    assert [p.email for p in judged.met] == ["p1@example.com"]
    assert judge(meeting(room, no), [ME], NOW).verdict is Verdict.NO_ONE_ELSE


def test_rooms_do_not_make_a_meeting_large_but_people_without_an_address_do() -> None:
    rooms = [Participant(f"room{n}@example.com", kind=ParticipantKind.RESOURCE) for n in range(12)]
    assert judge(meeting(person(1), *rooms), [ME], NOW).counts
    nameless = [Participant("", f"Guest {n}") for n in range(MANY_PARTICIPANTS)]
    assert judge(meeting(person(1), *nameless), [ME], NOW).verdict is Verdict.LARGE


def test_external_ids_name_the_event_the_occurrence_and_the_person() -> None:
    assert meeting_external_id("abc@google.com", "20260901T080000Z", "x@y.org") == (
        "calendar:abc@google.com:20260901T080000Z:x@y.org"
    )
    long_uid = "0400" * 300
    assert len(meeting_external_id(long_uid, "20260901T080000Z", "x@y.org")) < 200
    assert meeting_thread(long_uid) == meeting_thread(long_uid) != meeting_thread(long_uid + "0")


def test_a_new_person_is_named_by_the_calendar_or_from_the_address() -> None:
    assert name_of(Participant("jens@example.de", "Jens Müller")) == "Jens Müller"
    assert name_of(Participant("lucia.ferrari@example.org", "lucia.ferrari@example.org")) == "Lucia Ferrari"
    assert name_of(Participant("mary_ann-lee@example.org")) == "Mary Ann Lee"


responses = st.sampled_from(list(Response))
kinds = st.sampled_from(list(ParticipantKind))
participants = st.builds(
    Participant,
    email=st.sampled_from(["", ME, "me2@example.org", *(f"p{n}@example.com" for n in range(12))]),
    name=st.text(max_size=5),
    organiser=st.booleans(),
    response=responses,
    kind=kinds,
    informed_only=st.booleans(),
)
occurrences = st.builds(
    Occurrence,
    uid=st.just("u"),
    recurrence=st.just("r"),
    start=st.datetimes(min_value=datetime(2020, 1, 1), max_value=datetime(2028, 1, 1), timezones=st.just(UTC)),
    cancelled=st.booleans(),
    participants=st.lists(participants, max_size=14).map(tuple),
)
mine = st.sets(st.sampled_from([ME, "me2@example.org"]), max_size=2)


@given(occurrences, mine)
def test_never_counted_in_the_future_cancelled_or_declined(occurrence: Occurrence, my: set[str]) -> None:
    judged = judge(occurrence, my, NOW)
    if occurrence.start > NOW or occurrence.cancelled:
        assert not judged.counts
    if any(p.email in my and p.response is Response.DECLINED for p in occurrence.participants if p.email):
        assert not judged.counts


@given(occurrences, mine)
def test_the_user_rooms_and_decliners_are_never_met_and_a_meeting_is_never_large(
    occurrence: Occurrence, my: set[str]
) -> None:
    judged = judge(occurrence, my, NOW)
    assert judged.counts == bool(judged.met)
    for p in judged.met:
        assert p.email
        assert p.email not in my
        assert p.kind is ParticipantKind.PERSON
        assert p.response is not Response.DECLINED
    assert len(judged.met) <= MANY_PARTICIPANTS
    if judged.counts:
        assert any(p.email in my for p in occurrence.participants)
    assert judge(occurrence, my, NOW) == judged
