"""Occasions: a changed role or city is a reason to congratulate someone the user really knows."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from hypothesis import given
from hypothesis import strategies as st

from kith.core.model import PersonChange
from kith.core.occasions import occasion_for, occasion_words
from kith.core.settings import CadenceSettings

TODAY = date(2026, 11, 25)


def change(field: str, old: str, new: str, day: date = TODAY - timedelta(days=3), n: int = 1) -> PersonChange:
    at = datetime(day.year, day.month, day.day, 9, tzinfo=UTC)
    return PersonChange(person_id=1, field=field, old_value=old, new_value=new, changed_at=at, id=n)


def test_a_new_company_and_title_read_as_a_new_role() -> None:
    changes = [change("company", "Acme", "Globe"), change("title", "Analyst", "Head of Data")]
    assert occasion_words(changes) == "new role: Head of Data at Globe"


def test_each_kind_of_change_has_its_words() -> None:
    assert occasion_words([change("company", "Acme", "Globe")]) == "now at Globe (was Acme)"
    assert occasion_words([change("company", "", "Globe")]) == "now at Globe (was elsewhere)"
    assert occasion_words([change("title", "Analyst", "Director")]) == "new title: Director"
    assert occasion_words([change("city", "Milano", "Lisbon")]) == "moved to Lisbon"
    both = [change("title", "Analyst", "Director"), change("city", "Milano", "Lisbon")]
    assert occasion_words(both) == "new title: Director; moved to Lisbon"


def test_the_latest_change_of_a_field_wins_and_a_removed_value_is_no_occasion() -> None:
    older = change("title", "Analyst", "Manager", TODAY - timedelta(days=20), n=1)
    newer = change("title", "Manager", "Director", TODAY - timedelta(days=2), n=2)
    assert occasion_words([newer, older]) == "new title: Director"
    assert occasion_words([change("company", "Acme", "")]) == ""
    assert occasion_words([change("birthday", "", "1984-03-12")]) == ""


def test_an_occasion_is_for_people_the_user_knows() -> None:
    changes = [change("company", "Acme", "Globe")]
    assert occasion_for(changes, None, TODAY, knows_them=True) == "now at Globe (was Acme)"
    assert occasion_for(changes, None, TODAY, knows_them=False) == ""


def test_being_in_touch_after_the_change_spends_the_occasion() -> None:
    changes = [change("company", "Acme", "Globe", TODAY - timedelta(days=10))]
    assert occasion_for(changes, TODAY - timedelta(days=30), TODAY, knows_them=True)
    assert occasion_for(changes, TODAY - timedelta(days=10), TODAY, knows_them=True) == ""
    assert occasion_for(changes, TODAY - timedelta(days=2), TODAY, knows_them=True) == ""


def test_an_occasion_lasts_the_setting_and_never_comes_from_the_future() -> None:
    seen = TODAY - timedelta(days=59)
    changes = [change("city", "Milano", "Lisbon", seen)]
    assert occasion_for(changes, None, TODAY, knows_them=True) == "moved to Lisbon"
    assert occasion_for(changes, None, TODAY + timedelta(days=1), knows_them=True) == ""
    short = CadenceSettings(occasion_days=30)
    assert occasion_for(changes, None, TODAY, knows_them=True, settings=short) == ""
    assert occasion_for(changes, None, seen - timedelta(days=1), knows_them=True) == ""


@given(
    found=st.integers(min_value=-200, max_value=200),
    contact=st.one_of(st.none(), st.integers(min_value=-400, max_value=0)),
)
def test_an_occasion_is_offered_exactly_inside_its_window(found: int, contact: int | None) -> None:
    seen = TODAY + timedelta(days=found)
    last = None if contact is None else TODAY + timedelta(days=contact)
    offered = occasion_for([change("title", "A", "B", seen)], last, TODAY, knows_them=True)
    inside = TODAY - timedelta(days=60) < seen <= TODAY and (last is None or seen > last)
    assert bool(offered) is inside
