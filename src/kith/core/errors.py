"""The one exception tree of kith.

    KithError                  something went wrong that the user can act on
    ├── InvalidValue           a value given by the user or a file is not acceptable (field, reason)
    ├── InputError             a file cannot be read as what it claims to be (file, position)
    ├── NotFound               nobody (or nothing) matches what was asked for
    ├── Ambiguous              several people match; the candidates travel with the error
    └── DatabaseError          the database cannot be opened, is not kith's, or is too new

Every message says what went wrong, where, and what to do. Foreign exceptions (SQLAlchemy,
psycopg, json) are translated into these at the adapter edge with ``raise ... from exc``;
anything else that escapes is a bug.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass


class KithError(Exception):
    """An error with a message a user can act on."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class InvalidValue(KithError):
    """A value (an email, a phone number, a date, a country) is not acceptable."""

    def __init__(self, field: str, value: str, reason: str) -> None:
        super().__init__(f"invalid {field} {value!r}: {reason}")
        self.field = field
        self.value = value
        self.reason = reason

    def __reduce__(self) -> tuple[type[InvalidValue], tuple[str, str, str]]:
        # Errors travel from reader processes to the importer: rebuilt from their own fields.
        return type(self), (self.field, self.value, self.reason)


class InputError(KithError):
    """A file, or one record in it, cannot be read. ``position`` is a line, offset or record."""

    def __init__(self, file: str, position: str | int | None, reason: str) -> None:
        where = f"{file}:{position}" if position is not None else file
        super().__init__(f"{where}: {reason}")
        self.file = file
        self.position = position
        self.reason = reason

    def __reduce__(self) -> tuple[type[InputError], tuple[str, str | int | None, str]]:
        return type(self), (self.file, self.position, self.reason)


class NotFound(KithError):
    """Nothing matches what the user asked for."""


@dataclass(frozen=True)
class Candidate:
    """One of several people a query could mean, with what tells them apart."""

    person_id: int
    name: str
    detail: str


class Ambiguous(KithError):
    """Several people match; the caller decides how to ask."""

    def __init__(self, query: str, candidates: Sequence[Candidate]) -> None:
        listed = "; ".join(f"#{c.person_id} {c.name}" + (f" ({c.detail})" if c.detail else "") for c in candidates)
        super().__init__(
            f"{query!r} matches {len(candidates)} people: {listed}. Use an id (#N), an email or a fuller name."
        )
        self.query = query
        self.candidates = tuple(candidates)

    def __reduce__(self) -> tuple[type[Ambiguous], tuple[str, tuple[Candidate, ...]]]:
        return type(self), (self.query, self.candidates)


class DatabaseError(KithError):
    """The database cannot be opened or used as a kith database."""
