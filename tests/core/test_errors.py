"""Errors cross process boundaries (a reader process sends them to the importer) unchanged."""

from __future__ import annotations

import pickle

import pytest

from kith.core.errors import Ambiguous, Candidate, DatabaseError, InputError, InvalidValue, KithError, NotFound


@pytest.mark.parametrize(
    "error",
    [
        KithError("something went wrong"),
        InvalidValue("email", "a@", "it has no domain"),
        InputError("contacts.vcf", 12, "the card has no END:VCARD"),
        InputError("Connections.csv", None, "the file is empty"),
        NotFound("nobody is called Zed"),
        Ambiguous("Ann", [Candidate(1, "Ann Lee", "Acme"), Candidate(2, "Ann Ito", "")]),
        DatabaseError("the database is locked"),
    ],
    ids=lambda e: type(e).__name__,
)
def test_an_error_is_the_same_after_pickling(error: KithError) -> None:
    copy = pickle.loads(pickle.dumps(error))
    assert type(copy) is type(error)
    assert str(copy) == str(error)
    assert vars(copy) == vars(error)
