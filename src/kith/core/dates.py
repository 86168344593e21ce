"""Reading the dates people type: birthdays with or without a year."""

from __future__ import annotations

import re
from datetime import date

from kith.core.errors import InvalidValue
from kith.core.model import Birthday

_FULL = re.compile(r"^(\d{4})-?(\d{2})-?(\d{2})$")
_NO_YEAR = re.compile(r"^(?:--)?(\d{2})-?(\d{2})$")


def parse_birthday(text: str) -> Birthday:
    """``1984-03-12``, ``19840312``, ``--03-12``, ``--0312`` or ``03-12`` (month first)."""
    value = text.strip()
    year: int | None
    if match := _FULL.match(value):
        year, month, day = (int(g) for g in match.groups())
    elif match := _NO_YEAR.match(value):
        year = None
        month, day = (int(g) for g in match.groups())
    else:
        raise InvalidValue("birthday", text, "write it as YYYY-MM-DD, or --MM-DD when the year is unknown")
    try:
        date(year or 2000, month, day)  # 2000 is a leap year: 29 February is a real birthday
    except ValueError as exc:
        raise InvalidValue("birthday", text, str(exc)) from exc
    return Birthday(month=month, day=day, year=year)
