"""The time since the two last talked, rounded as people say it and said in each language."""

from __future__ import annotations

import re
from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kith.core.errors import InvalidValue
from kith.core.words.compose import PHRASEBOOKS
from kith.core.words.elapsed import (
    DAYS_PER_MONTH,
    DAYS_PER_YEAR,
    Around,
    Elapsed,
    Unit,
    elapsed_between,
    month_and_year,
    weekday,
)

END = date(2026, 11, 25)
ONE_MONTH, FIFTEEN_YEARS = 30, int(15 * DAYS_PER_YEAR)


def ago(days: int) -> Elapsed:
    return elapsed_between(END - timedelta(days=days), END)


@pytest.mark.parametrize(
    ("days", "around", "count", "unit"),
    [
        (10, Around.FEW_WEEKS, 0, Unit.MONTH),
        (44, Around.FEW_WEEKS, 0, Unit.MONTH),
        (61, Around.ABOUT, 2, Unit.MONTH),
        (80, Around.ALMOST, 3, Unit.MONTH),
        (46, Around.MORE_THAN, 1, Unit.MONTH),
        (100, Around.MORE_THAN, 3, Unit.MONTH),
        (330, Around.ALMOST, 1, Unit.YEAR),
        (380, Around.ABOUT, 1, Unit.YEAR),
        (500, Around.MORE_THAN, 1, Unit.YEAR),
        (550, Around.AND_A_HALF, 1, Unit.YEAR),
        (700, Around.ALMOST, 2, Unit.YEAR),
        (1000, Around.ALMOST, 3, Unit.YEAR),
        (1200, Around.MORE_THAN, 3, Unit.YEAR),
        (1280, Around.MORE_THAN, 3, Unit.YEAR),  # 3.5 years: "and a half" only below three
        (5479, Around.ABOUT, 15, Unit.YEAR),
    ],
)
def test_rounding_the_way_people_do(days: int, around: Around, count: int, unit: Unit) -> None:
    found = ago(days)
    assert (found.around, found.count, found.unit) == (around, count, unit)
    assert found.days == days


@given(st.integers(0, FIFTEEN_YEARS))
def test_the_words_are_always_true(days: int) -> None:
    """ "almost N" is less than N, "more than N" more than N, "about N" close to N."""
    found = ago(days)
    size = DAYS_PER_YEAR if found.unit is Unit.YEAR else DAYS_PER_MONTH
    real = days / size
    if found.around is Around.FEW_WEEKS:
        assert days < 45
    elif found.around is Around.ALMOST:
        assert found.count - 0.4 <= real < found.count
    elif found.around is Around.MORE_THAN:
        assert found.count < real < found.count + 1
    elif found.around is Around.AND_A_HALF:
        assert found.count + 0.4 <= real < found.count + 0.6
    else:
        assert abs(real - found.count) <= 0.25 if found.unit is Unit.MONTH else found.count <= real < found.count + 0.2


def test_a_gap_must_not_end_before_it_starts() -> None:
    with pytest.raises(InvalidValue):
        elapsed_between(END, END - timedelta(days=1))


@pytest.mark.parametrize(
    ("days", "said"),
    [
        (
            1000,
            {"en": "almost three years", "it": "quasi tre anni", "es": "casi tres años", "tl": "halos tatlong taon"},
        ),
        (380, {"en": "about a year", "it": "circa un anno", "es": "alrededor de un año", "tl": "mga isang taon"}),
        (
            500,
            {"en": "more than a year", "it": "più di un anno", "es": "más de un año", "tl": "mahigit isang taon"},
        ),
        (
            550,
            {
                "en": "a year and a half",
                "it": "un anno e mezzo",
                "es": "un año y medio",
                "tl": "isa't kalahating taon",
            },
        ),
        (
            910,
            {
                "en": "two and a half years",
                "it": "due anni e mezzo",
                "es": "dos años y medio",
                "tl": "dalawa't kalahating taon",
            },
        ),
        (
            1650,
            {
                "en": "more than four years",
                "it": "più di quattro anni",
                "es": "más de cuatro años",
                "tl": "mahigit apat na taon",
            },
        ),
        (
            2500,
            {"en": "almost seven years", "it": "quasi sette anni", "es": "casi siete años", "tl": "halos pitong taon"},
        ),
        (
            3543,
            {"en": "almost ten years", "it": "quasi dieci anni", "es": "casi diez años", "tl": "halos sampung taon"},
        ),
        (
            5479,
            {
                "en": "about fifteen years",
                "it": "circa quindici anni",
                "es": "unos quince años",
                "tl": "mga labinlimang taon",
            },
        ),
        (31, {"en": "a few weeks", "it": "qualche settimana", "es": "unas semanas", "tl": "ilang linggo"}),
        (61, {"en": "about two months", "it": "circa due mesi", "es": "unos dos meses", "tl": "mga dalawang buwan"}),
        (
            100,
            {
                "en": "more than three months",
                "it": "più di tre mesi",
                "es": "más de tres meses",
                "tl": "mahigit tatlong buwan",
            },
        ),
        (
            175,
            {"en": "almost six months", "it": "quasi sei mesi", "es": "casi seis meses", "tl": "halos anim na buwan"},
        ),
        (
            290,
            {
                "en": "more than nine months",
                "it": "più di nove mesi",
                "es": "más de nueve meses",
                "tl": "mahigit siyam na buwan",
            },
        ),
    ],
)
def test_said_in_each_language(days: int, said: dict[str, str]) -> None:
    for language, expected in said.items():
        assert PHRASEBOOKS[language].elapsed(ago(days)) == expected


# What every elapsed phrase must look like, from one month to fifteen years, in each language.
_EN_NUMBER = r"(?:a|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen)"
_IT_NUMBER = (
    r"(?:un|due|tre|quattro|cinque|sei|sette|otto|nove|dieci|undici|dodici|tredici|quattordici|quindici|sedici)"
)
_ES_NUMBER = r"(?:un|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|trece|catorce|quince|dieciséis)"
_TL_LINKED = (
    r"(?:isang|dalawang|tatlong|apat na|limang|anim na|pitong|walong|siyam na|sampung|labing-isang|labindalawang|"
    r"labintatlong|labing-apat na|labinlimang|labing-anim na)"
)
_SHAPES = {
    "en": re.compile(
        rf"a few weeks|(?:about|almost|more than) (?:a (?:year|month)|{_EN_NUMBER} (?:years|months))"
        rf"|a year and a half|(?:two|three) and a half years"
    ),
    "it": re.compile(
        rf"qualche settimana|(?:circa|quasi|più di) (?:un (?:anno|mese)|{_IT_NUMBER} (?:anni|mesi))|un anno e mezzo|due anni e mezzo"
    ),
    "es": re.compile(
        rf"unas semanas|alrededor de un (?:año|mes)|(?:casi|más de) (?:un (?:año|mes)|{_ES_NUMBER} (?:años|meses))"
        rf"|unos {_ES_NUMBER} (?:años|meses)|un año y medio|dos años y medio"
    ),
    "tl": re.compile(
        rf"ilang linggo|(?:mga|halos|mahigit) {_TL_LINKED} (?:taon|buwan)|(?:isa|dalawa)'t kalahating taon"
    ),
}


@pytest.mark.parametrize("language", sorted(_SHAPES))
def test_every_gap_from_a_month_to_fifteen_years_reads_right(language: str) -> None:
    book = PHRASEBOOKS[language]
    seen = set()
    for days in range(ONE_MONTH, FIFTEEN_YEARS + 1):
        said = book.elapsed(ago(days))
        assert _SHAPES[language].fullmatch(said), (days, said)
        seen.add(said)
    # Every month up to ten, every year up to fifteen, each with its qualifiers.
    assert len(seen) > 50


@pytest.mark.parametrize(
    ("language", "day", "month", "week"),
    [
        ("en", date(2021, 3, 5), "March 2021", "Friday"),
        ("it", date(2021, 3, 5), "marzo 2021", "venerdì"),
        ("es", date(2021, 3, 5), "marzo de 2021", "viernes"),
        ("tl", date(2021, 3, 5), "Marso 2021", "Biyernes"),
    ],
)
def test_months_and_weekdays_come_from_cldr(language: str, day: date, month: str, week: str) -> None:
    assert month_and_year(day, language) == month
    assert weekday(day, language) == week


def test_agreement_with_the_time_said_in_italian_and_spanish() -> None:
    assert ago(380).plural is False  # "è passato circa un anno", "ha pasado alrededor de un año"
    assert ago(1000).plural is True  # "sono passati quasi tre anni", "han pasado casi tres años"
    assert ago(20).plural is False  # "è passata qualche settimana" (Spanish: "han pasado unas semanas")
