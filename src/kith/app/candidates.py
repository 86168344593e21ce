"""Candidates: addresses found only in mail, with one-way contact so far.

A candidate keeps its messages; promoting it creates a person with the address and every
message as an interaction (nothing is lost), and dismissing it keeps it out of the list
(and out of automatic promotion) until it is promoted by hand.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from kith.app.mail_history import create_person_from_address
from kith.app.workspace import Workspace
from kith.core.errors import InvalidValue, NotFound
from kith.core.identity import normalise_email
from kith.store import mail as store
from kith.store.mail import CandidateRow


@dataclass(frozen=True)
class Promoted:
    address: str
    person_id: int
    name: str
    interactions: int


def list_candidates(ws: Workspace, *, dismissed: bool = False) -> list[CandidateRow]:
    """The candidates, most messages first (the dismissed ones with ``dismissed``)."""
    with ws.db.reading() as conn:
        return store.list_candidates(conn, ws.owner_id, dismissed=dismissed)


def _addresses(values: Sequence[str]) -> list[str]:
    found = []
    for value in values:
        try:
            found.append(normalise_email(value))
        except InvalidValue as exc:
            raise InvalidValue(
                "address", value, "give a candidate's email address, as `kith candidates` lists it"
            ) from exc
    return found


def promote(ws: Workspace, addresses: Sequence[str] = (), *, every: bool = False) -> list[Promoted]:
    """Make candidates people (the ``addresses``, or every listed one), all or nothing."""
    with ws.db.transaction() as conn:
        known = store.all_candidates(conn, ws.owner_id)
        if every:
            chosen = [c for c in known.values() if not c.dismissed]
        else:
            chosen = []
            for address in _addresses(addresses):
                if address not in known:
                    raise NotFound(f"{address} is not a candidate; `kith candidates` lists them")
                chosen.append(known[address])
        done = []
        for candidate in chosen:
            person_id = create_person_from_address(
                ws, conn, candidate.address, candidate.display_name, candidate.first_at, None
            )
            moved = store.promote_candidate(conn, ws.owner_id, candidate.id, person_id)
            done.append(Promoted(candidate.address, person_id, candidate.display_name or candidate.address, moved))
    return done


def dismiss(ws: Workspace, addresses: Sequence[str], *, undo: bool = False) -> int:
    """Keep these candidates out of the list (``undo``: bring them back); how many changed."""
    wanted = _addresses(addresses)
    with ws.db.transaction() as conn:
        known = store.all_candidates(conn, ws.owner_id)
        missing = [a for a in wanted if a not in known]
        if missing:
            raise NotFound(f"{missing[0]} is not a candidate; `kith candidates` lists them")
        return store.set_dismissed(conn, ws.owner_id, wanted, not undo)
