"""Birthdays and LinkedIn dates in the forms contact files write them."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kith.core.errors import InvalidValue
from kith.core.model import Birthday
from kith.sources.contacts.dates import parse_birthday, parse_linkedin_day, parse_linkedin_time


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("--0312", Birthday(month=3, day=12)),  # vCard 3.0 without year
        ("--03-12", Birthday(month=3, day=12)),  # vCard 4.0 / Google without year
        ("1984-03-12", Birthday(month=3, day=12, year=1984)),
        ("19840312", Birthday(month=3, day=12, year=1984)),  # vCard 2.1 (Android)
        ("1984-03-12T00:00:00Z", Birthday(month=3, day=12, year=1984)),
        ("1604-03-12", Birthday(month=3, day=12)),  # Apple: year 1604 means no year
        ("--0229", Birthday(month=2, day=29)),  # a leap-day birthday without year stays valid
        ("12/03/1984", Birthday(month=3, day=12, year=1984)),  # day first (Italian, Spanish Excel)
        ("25/12/84", Birthday(month=12, day=25, year=1984)),
        ("12 Mar 1984", Birthday(month=3, day=12, year=1984)),
        ("12 marzo 1984", Birthday(month=3, day=12, year=1984)),
        ("0/0/00", None),  # Outlook: none
        ("1/1/4501", None),  # Outlook: none
        ("", None),
    ],
)
def test_birthday_forms(text: str, expected: Birthday | None) -> None:
    assert parse_birthday(text) == expected


def test_outlook_birthdays_are_month_first() -> None:
    assert parse_birthday("3/12/1984", month_first=True) == Birthday(month=3, day=12, year=1984)
    assert parse_birthday("13/12/1984", month_first=True) == Birthday(month=12, day=13, year=1984)  # 13 is a day


def test_apple_omit_year_parameter() -> None:
    assert parse_birthday("2000-03-12", omit_year=True) == Birthday(month=3, day=12)


@pytest.mark.parametrize(
    ("text", "reason"), [("1984-02-30", "no such day"), ("soon", "write it as"), ("1 Foo 1984", "not a month")]
)
def test_birthdays_that_cannot_be(text: str, reason: str) -> None:
    with pytest.raises(InvalidValue, match=reason):
        parse_birthday(text)


@given(st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31)))
def test_every_iso_birthday_reads_back(day: date) -> None:
    birthday = Birthday(month=day.month, day=day.day, year=day.year)
    assert parse_birthday(birthday.iso()) == birthday
    assert parse_birthday(day.strftime("%Y%m%d")) == birthday
    assert parse_birthday(f"--{day:%m%d}") == Birthday(month=day.month, day=day.day)


def test_linkedin_dates() -> None:
    assert parse_linkedin_day("12 Mar 2024") == date(2024, 3, 12)
    assert parse_linkedin_day("2024-03-12") == date(2024, 3, 12)
    assert parse_linkedin_day("03/12/24") == date(2024, 3, 12)
    assert parse_linkedin_time("2024-03-12 14:05:33 UTC") == datetime(2024, 3, 12, 14, 5, 33, tzinfo=UTC)
    assert parse_linkedin_time("3/12/24, 2:05 PM") == datetime(2024, 3, 12, 14, 5, tzinfo=UTC)
    with pytest.raises(InvalidValue, match="expected a date such as 12 Mar 2024"):
        parse_linkedin_day("yesterday")
