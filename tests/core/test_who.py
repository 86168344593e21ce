"""Resolving WHO: never guess between two people."""

from __future__ import annotations

import pytest

from kith.core.errors import Ambiguous, InvalidValue, NotFound
from kith.core.model import IdentityKind
from kith.core.who import NameCandidate, choose_by_name, parse_who

PEOPLE = [
    NameCandidate(1, "Mario Rossi", "Acme, Milano"),
    NameCandidate(2, "Mario Bianchi", "Roma"),
    NameCandidate(3, "Jane Doe"),
    NameCandidate(4, "José María Álvarez"),
    NameCandidate(5, "Jane Doe", "Globex"),
]


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        ("Jane@Example.com", IdentityKind.EMAIL, "jane@example.com"),
        ("+39 333 123 4567", IdentityKind.PHONE, "+393331234567"),
        ("https://www.linkedin.com/in/jane-doe/", IdentityKind.LINKEDIN, "jane-doe"),
    ],
)
def test_identities_are_recognised_and_normalised(text: str, kind: IdentityKind, value: str) -> None:
    query = parse_who(text, "US")
    assert (query.identity_kind, query.identity_value) == (kind, value)


def test_ids_and_names() -> None:
    assert parse_who("#12").person_id == 12
    assert parse_who("12").person_id == 12
    assert parse_who("Mario").name == "Mario"
    with pytest.raises(InvalidValue):
        parse_who("   ")


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("mario rossi", 1),
        ("Rossi", 1),
        ("Mario Rosi", 1),
        ("jose maria alvarez", 4),
        ("Álvarez", 4),
        ("bianchi mario", 2),
    ],
)
def test_a_name_that_fits_one_person_finds_them(query: str, expected: int) -> None:
    assert choose_by_name(query, PEOPLE) == expected


def test_a_name_that_fits_several_lists_the_candidates_instead_of_guessing() -> None:
    with pytest.raises(Ambiguous) as caught:
        choose_by_name("Mario", PEOPLE)
    assert {c.person_id for c in caught.value.candidates} == {1, 2}
    assert "Acme, Milano" in str(caught.value)


def test_namesakes_are_ambiguous() -> None:
    with pytest.raises(Ambiguous) as caught:
        choose_by_name("Jane Doe", PEOPLE)
    assert {c.person_id for c in caught.value.candidates} == {3, 5}


def test_nobody_close_is_not_found() -> None:
    with pytest.raises(NotFound, match="nobody called"):
        choose_by_name("Zygmunt", PEOPLE)
