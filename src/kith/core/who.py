"""Finding the person a user means: by id, by email, phone or LinkedIn URL, or by name.

The store finds candidates; this module decides, and never guesses: a name that fits
several people raises ``Ambiguous`` with the candidates, so the interface can ask.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz

from kith.core.errors import Ambiguous, Candidate, InvalidValue, NotFound
from kith.core.identity import linkedin_slug, name_key, normalise_email, normalise_phone
from kith.core.model import IdentityKind

# A name this close to the query (0-100) counts as the one meant when nobody else is close.
SURE = 90
# Names at least this close are offered as candidates when the query is not sure.
CLOSE = 70
# How many candidates an ambiguous answer lists.
MAX_CANDIDATES = 10


@dataclass(frozen=True, slots=True)
class WhoQuery:
    """What a WHO argument asks for: an id, an identity, or a name."""

    text: str
    person_id: int | None = None
    identity_kind: IdentityKind | None = None
    identity_value: str | None = None
    name: str | None = None


@dataclass(frozen=True, slots=True)
class NameCandidate:
    person_id: int
    display_name: str
    detail: str = ""  # company, city: what tells two namesakes apart


_ID = re.compile(r"^#?(\d{1,9})$")
_PHONE_CHARS = re.compile(r"^[+\d][\d\s().\-/]{5,}$")


def parse_who(text: str, region: str | None = None) -> WhoQuery:
    """Read a WHO argument: ``#42`` or ``42``, an email, a phone, a LinkedIn URL, or a name."""
    query = text.strip()
    if not query:
        raise InvalidValue("person", text, "it is empty; give a name, an email, a phone or an id such as #12")
    if match := _ID.match(query):
        return WhoQuery(text=query, person_id=int(match.group(1)))
    if "@" in query and " " not in query:
        return WhoQuery(text=query, identity_kind=IdentityKind.EMAIL, identity_value=normalise_email(query))
    if "linkedin." in query.lower():
        return WhoQuery(text=query, identity_kind=IdentityKind.LINKEDIN, identity_value=linkedin_slug(query))
    if _PHONE_CHARS.match(query) and sum(c.isdigit() for c in query) >= 6:
        return WhoQuery(text=query, identity_kind=IdentityKind.PHONE, identity_value=normalise_phone(query, region))
    return WhoQuery(text=query, name=query)


def choose_by_name(query: str, candidates: Sequence[NameCandidate]) -> int:
    """The one person whose name fits ``query``; ``Ambiguous`` or ``NotFound`` otherwise."""
    key = name_key(query)
    exact = [c for c in candidates if name_key(c.display_name) == key]
    if len(exact) == 1:
        return exact[0].person_id
    if len(exact) > 1:
        raise Ambiguous(query, [_candidate(c) for c in exact[:MAX_CANDIDATES]])
    scored = sorted(
        ((_closeness(key, name_key(c.display_name)), c) for c in candidates),
        key=lambda pair: (-pair[0], pair[1].person_id),
    )
    close = [(score, c) for score, c in scored if score >= CLOSE]
    if not close:
        raise NotFound(f"nobody called {query!r}; try `kith list --search` or an email, a phone or an id (#N)")
    best_score, best = close[0]
    runner_up = close[1][0] if len(close) > 1 else 0.0
    if best_score >= SURE and runner_up < best_score - 5:
        return best.person_id
    raise Ambiguous(query, [_candidate(c) for _, c in close[:MAX_CANDIDATES]])


def _closeness(query_key: str, name: str) -> float:
    # token_set_ratio lets "rossi mario" and "mario" find "Mario Rossi"; ratio catches typos.
    return max(fuzz.token_set_ratio(query_key, name), fuzz.ratio(query_key, name))


def _candidate(c: NameCandidate) -> Candidate:
    return Candidate(person_id=c.person_id, name=c.display_name, detail=c.detail)
