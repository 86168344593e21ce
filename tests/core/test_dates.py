from __future__ import annotations

import pytest

from kith.core.dates import parse_birthday
from kith.core.errors import InvalidValue
from kith.core.model import Birthday


@pytest.mark.parametrize(
    ("text", "birthday"),
    [
        ("1984-03-12", Birthday(3, 12, 1984)),
        ("19840312", Birthday(3, 12, 1984)),
        ("--03-12", Birthday(3, 12)),
        ("--0312", Birthday(3, 12)),
        ("02-29", Birthday(2, 29)),
    ],
)
def test_birthdays_with_and_without_a_year(text: str, birthday: Birthday) -> None:
    assert parse_birthday(text) == birthday
    assert parse_birthday(birthday.iso()) == birthday


@pytest.mark.parametrize("text", ["1984-02-30", "13-01", "March 12", ""])
def test_impossible_birthdays_are_rejected(text: str) -> None:
    with pytest.raises(InvalidValue):
        parse_birthday(text)
