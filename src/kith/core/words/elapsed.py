"""How long it has been, rounded the way people say it: "almost three years", "more than a year".

``elapsed_between`` turns two days into an ``Elapsed``: a count of months or years and how the
real time relates to it (``Around``). The rules, with ``y`` the time in years:

- under 45 days: "a few weeks";
- under 10.5 months: months; within a week of a whole month it is "about", from 0.6 of a month
  above a whole one "almost" the next, else "more than" ("more than a month" for six weeks,
  "almost three months" for 2.7);
- from 10.5 months on, years: ``y < 1`` is "almost a year"; a fraction under 0.2 is "about"
  ("about two years"), under 0.4 "more than"; 0.4-0.6 is "and a half" below three years
  ("a year and a half") and "more than" from three on; 0.6-0.65 "more than"; above that
  "almost" the next year ("almost three years" for 2.7).

So the words are always true: "almost N" is less than N, "more than N" is more than N, and
"about N" is within a week of N months or a fifth of a year above N years. ``unit_phrase``
says a count of a unit in a language with CLDR's plural rules and unit patterns (Babel):
"3 anni", "1 año", "2 taon", with the number then spelt out by the phrasebook's words.
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from functools import cache

from babel import Locale
from babel.dates import format_date, format_skeleton
from babel.numbers import format_decimal
from babel.units import format_unit

from kith.core.errors import InvalidValue

DAYS_PER_YEAR = 365.25
DAYS_PER_MONTH = DAYS_PER_YEAR / 12
FEW_WEEKS_DAYS = 45  # under this, "a few weeks"
YEARS_FROM_MONTHS = 10.5  # from this many months on, the gap is said in years
_WHOLE_MONTH_MARGIN = 0.25  # about a week either side of a whole month is "about"


class Around(enum.StrEnum):
    """How the real time relates to the count said."""

    FEW_WEEKS = "few_weeks"  # "a few weeks" (count 0)
    ABOUT = "about"  # within a little of the count, either side
    ALMOST = "almost"  # a little less than the count
    MORE_THAN = "more_than"  # more than the count, less than the next
    AND_A_HALF = "and_a_half"  # the count and a half ("two and a half years")


class Unit(enum.StrEnum):
    MONTH = "month"
    YEAR = "year"


@dataclass(frozen=True, slots=True)
class Elapsed:
    """A length of time as people say it: "almost" (``around``) "three" (``count``) "years" (``unit``)."""

    around: Around
    count: int
    unit: Unit
    days: int  # the real number of days, for the reasons shown to the user

    @property
    def plural(self) -> bool:
        """Does a verb agree with it in the plural ("sono passati quasi tre anni")?"""
        return self.around is not Around.FEW_WEEKS and self.count != 1

    def in_years(self) -> float:
        return self.days / DAYS_PER_YEAR


def elapsed_between(start: date, end: date) -> Elapsed:
    """The time from ``start`` to ``end`` (``end`` not before ``start``), rounded as people say it."""
    days = (end - start).days
    if days < 0:
        raise InvalidValue("dates", f"{start} to {end}", "the start of a gap must come before its end")
    if days < FEW_WEEKS_DAYS:
        return Elapsed(Around.FEW_WEEKS, 0, Unit.MONTH, days)
    months = days / DAYS_PER_MONTH
    if months < YEARS_FROM_MONTHS:
        whole = int(months)
        fraction = months - whole
        if fraction <= _WHOLE_MONTH_MARGIN:
            return Elapsed(Around.ABOUT, whole, Unit.MONTH, days)
        if fraction >= 1 - _WHOLE_MONTH_MARGIN:
            return Elapsed(Around.ABOUT, whole + 1, Unit.MONTH, days)
        if fraction >= 0.6:
            return Elapsed(Around.ALMOST, whole + 1, Unit.MONTH, days)
        return Elapsed(Around.MORE_THAN, whole, Unit.MONTH, days)
    years = days / DAYS_PER_YEAR
    if years < 1:
        return Elapsed(Around.ALMOST, 1, Unit.YEAR, days)
    whole = int(years)
    fraction = years - whole
    if fraction < 0.2:
        return Elapsed(Around.ABOUT, whole, Unit.YEAR, days)
    if fraction < 0.4:
        return Elapsed(Around.MORE_THAN, whole, Unit.YEAR, days)
    if fraction < 0.6:
        return Elapsed(Around.AND_A_HALF if whole < 3 else Around.MORE_THAN, whole, Unit.YEAR, days)
    if fraction < 0.65:
        return Elapsed(Around.MORE_THAN, whole, Unit.YEAR, days)
    return Elapsed(Around.ALMOST, whole + 1, Unit.YEAR, days)


# kith's language tags and the CLDR locale whose data says them.
_LOCALES = {"en": "en", "it": "it", "es": "es", "tl": "fil"}


def cldr_locale(language: str) -> str:
    """The CLDR locale for one of kith's languages (Tagalog is CLDR's Filipino, ``fil``)."""
    try:
        return _LOCALES[language]
    except KeyError:
        raise InvalidValue("language", language, f"use one of {', '.join(_LOCALES)}") from None


@cache
def _locale(language: str) -> Locale:
    return Locale.parse(cldr_locale(language))


def unit_phrase(count: int, unit: Unit, language: str, number: Callable[[int], str]) -> str:
    """``count`` ``unit`` in ``language``: CLDR picks the plural form and the pattern ("{0} anni"),
    ``number`` says the count in words ("tre", "a", "tatlong")."""
    locale = _locale(language)
    said = format_unit(count, f"duration-{unit.value}", length="long", locale=locale)
    digits = format_decimal(count, locale=locale)
    return said.replace(digits, number(count), 1).strip()


def weekday(day: date, language: str) -> str:
    """The day of the week in ``language``: "Tuesday", "martedì", "martes", "Martes"."""
    return format_date(day, "EEEE", locale=_locale(language))


def month_and_year(day: date, language: str) -> str:
    """ "March 2021", "marzo 2021", "marzo de 2021", "Marso 2021": CLDR's pattern for the locale."""
    return format_skeleton("yMMMM", day, locale=_locale(language))
