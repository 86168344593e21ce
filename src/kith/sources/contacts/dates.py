"""Reading the dates contact files write: birthdays with or without a year, LinkedIn dates.

Hand-written because the forms are few and fixed (vCard's ``--0312``, Apple's year 1604 for
"no year", Outlook's ``0/0/00`` for "none"), and a general date parser both guesses where
these must not and costs milliseconds per value on files of tens of thousands of rows.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime

from kith.core.errors import InvalidValue
from kith.core.model import Birthday

# Apple Contacts stores a birthday without a year as year 1604 (with X-APPLE-OMIT-YEAR).
_NO_YEAR = 1604
# Outlook writes 1/1/4501 (or 0/0/00) for "no date".
_OUTLOOK_NONE_YEAR = 4501

_ISO = re.compile(r"^(\d{4})-?(\d{2})-?(\d{2})(?:[T ].*)?$")
_NO_YEAR_FORMS = re.compile(r"^--(\d{2})-?(\d{2})$")
_SLASHED = re.compile(r"^(\d{1,2})[/.](\d{1,2})[/.](\d{2}|\d{4})$")
_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("jan", "january", "gen", "gennaio", "ene", "enero"),
            ("feb", "february", "febbraio", "febrero"),
            ("mar", "march", "marzo"),
            ("apr", "april", "aprile", "abr", "abril"),
            ("may", "mag", "maggio", "mayo"),
            ("jun", "june", "giu", "giugno", "junio"),
            ("jul", "july", "lug", "luglio", "julio"),
            ("aug", "august", "ago", "agosto"),
            ("sep", "sept", "september", "set", "settembre", "septiembre"),
            ("oct", "october", "ott", "ottobre", "octubre"),
            ("nov", "november", "novembre", "noviembre"),
            ("dec", "december", "dic", "dicembre", "diciembre"),
        ),
        start=1,
    )
    for name in names
}
_WORDED = re.compile(r"^(\d{1,2})\s+([^\W\d]+)\.?,?\s+(\d{4})$")


def parse_birthday(text: str, *, month_first: bool = False, omit_year: bool = False) -> Birthday | None:
    """A birthday from the forms address books write, ``None`` when the file says "none".

    ``month_first`` reads an ambiguous ``3/4/1984`` as March 4 (Outlook in US English).
    ``omit_year`` is Apple's ``X-APPLE-OMIT-YEAR``. Raises ``InvalidValue`` for anything else.
    """
    value = text.strip()
    if not value or value in {"0/0/00", "00/00/0000", "0000-00-00"}:
        return None
    if match := _NO_YEAR_FORMS.match(value):
        return _birthday(text, None, int(match[1]), int(match[2]))
    if match := _ISO.match(value):
        year = int(match[1])
        return _birthday(text, None if omit_year or year == _NO_YEAR else year, int(match[2]), int(match[3]))
    if match := _SLASHED.match(value):
        first, second, year = int(match[1]), int(match[2]), int(match[3])
        if len(match[3]) == 2:
            year += 1900 if year > 30 else 2000
        if year == _OUTLOOK_NONE_YEAR:
            return None
        if first > 12 or (not month_first and second <= 12):
            day, month = first, second
        else:
            month, day = first, second
        return _birthday(text, year, month, day)
    if match := _WORDED.match(value):
        named_month = _MONTHS.get(match[2].casefold())
        if named_month is None:
            raise InvalidValue("birthday", text, f"{match[2]!r} is not a month")
        return _birthday(text, int(match[3]), named_month, int(match[1]))
    raise InvalidValue("birthday", text, "write it as 1984-03-12, or --03-12 without the year")


def _birthday(text: str, year: int | None, month: int, day: int) -> Birthday:
    try:
        date(year or 2000, month, day)  # 2000 is a leap year: February 29 stays valid
    except ValueError as exc:
        raise InvalidValue("birthday", text, "there is no such day") from exc
    return Birthday(month=month, day=day, year=year)


def parse_linkedin_day(text: str) -> date:
    """``12 Mar 2024`` (what LinkedIn writes today) or the ISO and slashed forms of older exports."""
    value = text.strip()
    if match := _WORDED.match(value):
        month = _MONTHS.get(match[2].casefold())
        if month is not None:
            return _day(text, int(match[3]), month, int(match[1]))
    if match := _ISO.match(value):
        return _day(text, int(match[1]), int(match[2]), int(match[3]))
    if match := _SLASHED.match(value):
        year = int(match[3]) + (2000 if len(match[3]) == 2 else 0)
        return _day(text, year, int(match[1]), int(match[2]))  # LinkedIn's US month/day/year
    raise InvalidValue("date", text, "expected a date such as 12 Mar 2024")


def _day(text: str, year: int, month: int, day: int) -> date:
    try:
        return date(year, month, day)
    except ValueError as exc:
        raise InvalidValue("date", text, "there is no such day") from exc


_TIME_FORMATS = (
    "%Y-%m-%d %H:%M:%S %Z",
    "%Y-%m-%d %H:%M:%S",
    "%Y-%m-%dT%H:%M:%S%z",
    "%m/%d/%y, %I:%M %p",
    "%m/%d/%Y, %I:%M %p",
)


def parse_linkedin_time(text: str) -> datetime:
    """A LinkedIn time (``2024-03-12 14:05:33 UTC``, ``3/12/24, 2:05 PM``) in UTC."""
    value = " ".join(text.split())
    for form in _TIME_FORMATS:
        try:
            moment = datetime.strptime(value, form)
        except ValueError:
            continue
        return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)
    raise InvalidValue("date", text, "expected a time such as 2024-03-12 14:05:33 UTC")
