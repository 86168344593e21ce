"""How an imported record changes a known person, and what a merge keeps (pure rules)."""

from __future__ import annotations

from datetime import UTC, datetime

from hypothesis import given
from hypothesis import strategies as st

from kith.core.merging import MERGED_FIELDS, plan_merge
from kith.core.updates import IMPORTED_FIELDS, Change, digest, is_empty, kept_note, plan_update

JANE = {"display_name": "Jane Doe", "company": "Acme", "title": "Head of Sales", "city": "Milano"}


def test_a_new_record_on_a_known_person_only_fills_what_is_empty() -> None:
    update = plan_update(JANE, None, {"company": "Initech", "country": "IT", "title": ""})
    assert update.values == {"country": "IT"}
    assert update.changes == ()


def test_a_newer_export_updates_what_it_changed_and_records_a_new_role() -> None:
    before = {"company": "Acme", "title": "Head of Sales"}
    update = plan_update(JANE, before, {"company": "Initech", "title": "Head of Sales"})
    assert update.values == {"company": "Initech"}
    assert update.changes == (Change("company", "Acme", "Initech"),)


def test_what_a_newer_export_dropped_is_kept_and_said() -> None:
    update = plan_update(JANE, {"title": "Head of Sales"}, {})
    assert update.values == {}
    assert update.kept == (("title", "Head of Sales"),)
    assert kept_note(update.kept, "Connections.csv", "2027-01-02") == (
        "The import of Connections.csv on 2027-01-02 no longer has their title “Head of Sales”: kept as it was."
    )


def test_known_since_only_moves_earlier_and_languages_only_grow() -> None:
    current = {"known_since": "2020-05-01", "languages": ["it"]}
    assert plan_update(current, None, {"known_since": "2021-01-01", "languages": ["it"]}).values == {}
    assert plan_update(current, None, {"known_since": "2019-01-01", "languages": ["en"]}).values == {
        "known_since": "2019-01-01",
        "languages": ["it", "en"],
    }


def test_the_digest_is_the_same_for_the_same_values_in_any_order() -> None:
    assert digest({"a": 1, "b": [1, 2]}) == digest({"b": [1, 2], "a": 1})
    assert digest({"a": 1}) != digest({"a": 2})


texts = st.text(alphabet="abcXYZ é", max_size=6)
values = st.fixed_dictionaries({}, optional={name: texts for name in IMPORTED_FIELDS if name not in ("languages",)})


@given(current=values, before=st.none() | values, after=values, by_hand=st.sets(st.sampled_from(IMPORTED_FIELDS)))
def test_an_import_never_overwrites_a_field_edited_by_hand(current, before, after, by_hand) -> None:  # type: ignore[no-untyped-def]
    update = plan_update(current, before, after, by_hand)
    assert not set(update.values) & by_hand


@given(current=values, before=st.none() | values, after=values)
def test_an_import_never_empties_a_field(current, before, after) -> None:  # type: ignore[no-untyped-def]
    update = plan_update(current, before, after)
    for name, value in update.values.items():
        assert not is_empty(value), name


STOPPED = datetime(2025, 6, 1, tzinfo=UTC)


def test_a_merge_fills_empty_fields_and_keeps_the_kept_persons_values() -> None:
    plan = plan_merge(
        {"display_name": "Jane Doe", "company": "Acme", "languages": ["it"]},
        {"display_name": "J. Doe", "company": "Initech", "title": "CRO", "languages": ["en", "it"]},
    )
    assert plan.values == {"title": "CRO", "languages": ["it", "en"]}


person = st.fixed_dictionaries(
    {},
    optional={
        "display_name": texts,
        "company": texts,
        "known_since": st.sampled_from(["2019-01-01", "2020-06-30"]),
        "do_not_contact_since": st.sampled_from([STOPPED, datetime(2026, 1, 1, tzinfo=UTC)]),
        "do_not_contact_reason": texts,
    },
)


@given(kept=person, merged=person)
def test_a_request_not_to_be_contacted_always_survives_a_merge(kept, merged) -> None:  # type: ignore[no-untyped-def]
    plan = plan_merge(kept, merged)
    after = {**kept, **plan.values}
    stops = [p["do_not_contact_since"] for p in (kept, merged) if p.get("do_not_contact_since")]
    if stops:
        assert after["do_not_contact_since"] == min(stops)
    assert set(plan.values) <= set(MERGED_FIELDS)


def test_a_field_edited_by_hand_stays_marked_when_its_value_is_kept() -> None:
    plan = plan_merge({"display_name": "Jane"}, {"company": "Acme"}, set(), {"company"})
    assert plan.by_hand == {"company"}
