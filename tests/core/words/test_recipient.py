"""What a draft knows of its recipient: their language, the register, what the two last shared, their news."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from kith.core.errors import InvalidValue
from kith.core.model import Channel, Direction, Interaction, InteractionKind
from kith.core.ties import TieClass
from kith.core.words.phrasebook import How, NewsKind, Shared
from kith.core.words.recipient import (
    Change,
    address_for,
    choose_language,
    company_then,
    last_shared,
    news_of,
    subject_of,
)


def at(day: str, hour: int = 10) -> datetime:
    return datetime.fromisoformat(day).replace(hour=hour, tzinfo=UTC)


def message(
    day: str,
    direction: Direction,
    summary: str = "",
    thread: str | None = None,
    *,
    channel: Channel = Channel.EMAIL,
    kind: InteractionKind = InteractionKind.PERSONAL,
) -> Interaction:
    return Interaction(1, at(day), channel, direction, summary, kind=kind, thread_id=thread)


# --- the language -------------------------------------------------------------------------


def test_forced_language_wins_and_must_be_one_kith_writes() -> None:
    assert choose_language(languages=("it",), forced="fil").language == "tl"
    with pytest.raises(InvalidValue):
        choose_language(forced="de")


def test_their_setting_first_even_when_their_first_language_is_not_one_of_kith() -> None:
    assert choose_language(languages=("ja", "en"), country="JP").language == "en"
    choice = choose_language(languages=("fil", "en"), messages=["Hello there, how are you?"], country="PH")
    assert (choice.language, choice.reason) == ("tl", "their language setting (fil, en)")


@pytest.mark.parametrize(
    ("messages", "language"),
    [
        (["Pranzo giovedì?", "R: Ci sentiamo?", "Preventivo per il progetto"], "it"),
        (["¿Comida el jueves?", "RE: Presupuesto", "Reunión de seguimiento"], "es"),
        (["Kape tayo?", "Salamat!", "Tanong lang po"], "tl"),
    ],
)
def test_then_the_language_of_their_messages(messages: list[str], language: str) -> None:
    choice = choose_language(messages=messages, country="US")
    assert choice.language == language
    assert "messages" in choice.reason


@pytest.mark.parametrize(
    ("messages", "country", "language"),
    [
        (["Déjeuner jeudi ?", "Réunion de projet", "Petite question"], "FR", "en"),  # French: not sure, so the country
        (["Almoço na quinta?", "Reunião de projeto"], "BR", "en"),
        (["打ち合わせの件", "ランチのお誘い"], "JP", "en"),
        ([], "IT", "it"),
        ([], "MX", "es"),
        ([], "PH", "tl"),
        ([], "AR", "es"),
        ([], "DE", "en"),
        (["ok"], "", "en"),
    ],
)
def test_then_their_country_then_english(messages: list[str], country: str, language: str) -> None:
    assert choose_language(messages=messages, country=country).language == language


# --- formal or informal ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "tie", "title", "country", "formal"),
    [
        ("it", TieClass.DORMANT, "CEO", "IT", False),  # a shared history: tu, even with a CEO
        ("it", TieClass.STRONG, "", "IT", False),
        ("it", TieClass.WEAK, "Sales Associate", "IT", True),  # Lei with someone barely known
        ("tl", TieClass.NEW, "", "PH", True),  # po with someone barely known
        ("tl", TieClass.DORMANT, "Director", "PH", False),
        ("es", TieClass.WEAK, "Product Manager", "ES", False),  # tú in Spain
        ("es", TieClass.WEAK, "Product Manager", "MX", True),  # usted in Mexico
        ("es", TieClass.WEAK, "Director of Sales", "ES", True),  # usted with a senior person
        ("en", TieClass.WEAK, "Head of Data", "US", True),  # "Dear" for a senior person
        ("en", TieClass.WEAK, "Data Analyst", "US", False),
    ],
)
def test_address_by_tie_and_seniority(language: str, tie: TieClass, title: str, country: str, formal: bool) -> None:
    address = address_for(language, tie, title, country)
    assert address.formal is formal
    assert tie.value in address.reason


# --- what the two last shared ----------------------------------------------------------------


def test_the_last_thread_both_wrote_in_with_its_subject() -> None:
    history = [
        message("2021-03-01", Direction.OUTBOUND, "Q3 planning", "t1"),
        message("2021-03-02", Direction.INBOUND, "Re: Q3 planning", "t1"),
        message("2021-05-01", Direction.OUTBOUND, "Happy holidays!", "t2"),  # never answered
        message("2022-01-01", Direction.INBOUND, "Our newsletter", "t3"),  # one way
    ]
    assert last_shared(history) == Shared(date(2021, 3, 2), How.WROTE, "Q3 planning")


def test_a_meeting_or_a_call_both_took_part_in() -> None:
    history = [
        message("2021-03-02", Direction.INBOUND, "Re: Q3 planning", "t1"),
        message("2021-03-01", Direction.OUTBOUND, "Q3 planning", "t1"),
        message("2022-06-01", Direction.MUTUAL, "Coffee in Milan", channel=Channel.MEETING),
        message("2022-07-01", Direction.MUTUAL, "Catch-up call", channel=Channel.CALL),
    ]
    assert last_shared(history) == Shared(date(2022, 7, 1), How.CALLED)


def test_unthreaded_messages_answered_within_a_month() -> None:
    history = [
        message("2023-01-01", Direction.OUTBOUND, "Are you around?", channel=Channel.TEXT),
        message("2023-01-02", Direction.INBOUND, "Yes!", channel=Channel.TEXT),
        message("2024-01-01", Direction.OUTBOUND, "Happy new year", channel=Channel.TEXT),
        message("2024-03-01", Direction.INBOUND, "Thanks", channel=Channel.TEXT),  # two months later: not an exchange
    ]
    assert last_shared(history) == Shared(date(2023, 1, 2), How.WROTE)


def test_auto_replies_and_one_way_history_share_nothing() -> None:
    history = [
        message("2023-01-01", Direction.OUTBOUND, "Intro", "t1"),
        message("2023-01-01", Direction.INBOUND, "Out of office: Intro", "t1", kind=InteractionKind.AUTO_REPLY),
    ]
    assert last_shared(history) is None
    assert last_shared([]) is None


@pytest.mark.parametrize(
    ("summary", "subject"),
    [
        ("Re: RE: Q3 planning", "Q3 planning"),
        ("R: Pranzo giovedì?", "Pranzo giovedì?"),
        ("AW: Projektbesprechung", "Projektbesprechung"),
        ("Fwd: Re: Slides from today", "Slides from today"),
        ("Thanks!", ""),  # says nothing worth recalling
        ("Happy new year!", ""),
        ("¡Felicidades!", ""),
        ("Maligayang Pasko!", ""),
        ("Re:", ""),
        ("A" * 200, "A" * 59 + "\u2026"),
    ],
)
def test_subjects_worth_recalling(summary: str, subject: str) -> None:
    assert subject_of(summary) == subject


# --- their news ---------------------------------------------------------------------------------


def test_a_change_since_the_last_talk_is_news() -> None:
    changes = [Change("title", "Analyst", "Head of Data", date(2026, 5, 1))]
    news, why = news_of(title="Head of Data", company="Globe", city="Manila", changes=changes, since=date(2024, 1, 1))
    assert news.kind is NewsKind.NEW_ROLE
    assert (news.title, news.company) == ("Head of Data", "Globe")
    assert "new role" in why


def test_a_change_before_the_last_talk_is_not() -> None:
    changes = [Change("company", "Acme", "Globe", date(2020, 5, 1))]
    news, _ = news_of(title="", company="Globe", city="", changes=changes, since=date(2024, 1, 1))
    assert news.kind is NewsKind.COMPANY


@pytest.mark.parametrize(
    ("title", "company", "city", "kind"),
    [
        ("CTO", "Acme", "Rome", NewsKind.ROLE),
        ("", "Acme", "Rome", NewsKind.COMPANY),
        ("CTO", "", "Rome", NewsKind.CITY),
        ("", "", "", NewsKind.NOTHING),
    ],
)
def test_else_what_kith_knows_of_their_work_or_city(title: str, company: str, city: str, kind: NewsKind) -> None:
    assert news_of(title=title, company=company, city=city)[0].kind is kind


def test_where_they_worked_when_the_two_last_talked() -> None:
    changes = [
        Change("company", "Acme", "Globe", date(2025, 1, 1)),
        Change("company", "Globe", "Initech", date(2026, 1, 1)),
    ]
    assert company_then(changes, date(2024, 6, 1)) == "Acme"
    assert company_then(changes, date(2026, 6, 1)) == ""
