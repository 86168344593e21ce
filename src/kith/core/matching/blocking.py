"""Blocking: which pairs are worth comparing at all.

Comparing every profile with every other is quadratic (5 billion pairs for 100,000 people).
Two records of one human almost always share something cheap to index: an identifier, the
sound of a name with the other name's initial, a postcode with an initial, a full birthday.
Each profile gets a handful of such blocking keys; only profiles sharing a key are compared.
A key shared by more than ``max_block`` profiles (a common surname in a big network) pairs
its members only within a sliding window over their sorted names (sorted neighbourhood), so
no block grows quadratically.

Soundex is written here (a dozen lines) rather than taken from a phonetic library: it is
only a blocking key, its rules are fixed since 1918, and a dependency for it would be heavier
than the code.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Iterator
from functools import lru_cache

from kith.core.matching.profile import Prepared

_SOUNDEX_CODES = {
    **dict.fromkeys("bfpv", "1"),
    **dict.fromkeys("cgjkqsxz", "2"),
    **dict.fromkeys("dt", "3"),
    "l": "4",
    **dict.fromkeys("mn", "5"),
    "r": "6",
}


@lru_cache(maxsize=65_536)  # names repeat: a pure function, memoised
def soundex(name: str) -> str:
    """American Soundex of a name key (``robert`` -> ``r163``); non-Latin names keep 4 letters."""
    letters = [c for c in name if c.isalpha()]
    if not letters:
        return ""
    if not all("a" <= c <= "z" for c in letters):
        return "".join(letters[:4])
    code = [letters[0]]
    last = _SOUNDEX_CODES.get(letters[0], "")
    for c in letters[1:]:
        digit = _SOUNDEX_CODES.get(c, "")
        if digit and digit != last:
            code.append(digit)
            if len(code) == 4:
                break
        if c not in "hw":  # h and w do not separate two equal codes; vowels do
            last = digit
    return "".join(code).ljust(4, "0")


def blocking_keys(p: Prepared) -> set[str]:
    """The keys under which a profile is indexed; two profiles sharing one are compared."""
    if p.keys is None:
        p.keys = _keys(p)
    return p.keys


def _keys(p: Prepared) -> set[str]:
    keys = {"@" + e for e in p.emails | p.role_emails}
    keys.update("#" + phone for phone in p.phones)
    keys.update("in:" + slug for slug in p.linkedin)
    given, family = p.given, p.family.replace(" ", "")
    if given and family:
        # Both orders, so that a swapped given and family name still meet.
        keys.add(f"n:{soundex(family)}{given[0]}")
        keys.add(f"n:{soundex(given.split()[0])}{family[0]}")
    elif given or family:
        keys.add(f"n:{soundex(given or family)}")
    initials = {name[0] for name in (given, family) if name}
    if p.postcode:
        keys.update(f"p:{p.postcode}{i}" for i in initials)
    if p.birthday is not None:
        if p.birthday.year is not None:
            keys.add("b:" + p.birthday.iso())
        else:
            keys.update(f"b:{p.birthday.iso()}{i}" for i in initials)
    return keys


def _sort_key(p: Prepared) -> str:
    return f"{p.family}\t{p.given}"


class Blocks:
    """Profiles indexed by blocking key, positions 0, 1, 2... in the order they were added."""

    def __init__(self, max_block: int, window: int) -> None:
        self.max_block = max_block
        self.window = window
        self.profiles: list[Prepared] = []
        self.members: dict[str, list[int]] = {}
        self._sorted: dict[str, tuple[list[str], list[int]]] = {}  # large blocks, sorted by name

    def add(self, p: Prepared) -> None:
        self.profiles.append(p)
        # In sorted order: the blocks' order (so the pairs' order, of which weight learning
        # reads the first ``max_pairs``) must not depend on the process's string hashing.
        for key in sorted(blocking_keys(p)):
            self.members.setdefault(key, []).append(p.position)
            self._sorted.pop(key, None)

    def count(self, key: str) -> int:
        """How many profiles hold a key (``@email``, ``#phone``...)."""
        return len(self.members.get(key, ()))

    def pairs(self) -> Iterator[tuple[int, int]]:
        """Every candidate pair of positions once, the smaller position first."""
        seen: set[int] = set()
        n = len(self.profiles)
        for key, members in self.members.items():
            if len(members) < 2:
                continue
            for i, j in self._block_pairs(key, members):
                low, high = (i, j) if i < j else (j, i)
                code = low * n + high
                if code not in seen:
                    seen.add(code)
                    yield low, high

    def pairs_by(self, prefix: str) -> Iterator[tuple[int, int]]:
        """The candidate pairs that share a key starting with ``prefix`` (``n:``, ``b:``, ``p:``), once."""
        seen: set[tuple[int, int]] = set()
        for key, members in self.members.items():
            if len(members) < 2 or not key.startswith(prefix):
                continue
            for i, j in self._block_pairs(key, members):
                pair = (i, j) if i < j else (j, i)
                if pair not in seen:
                    seen.add(pair)
                    yield pair

    def _block_pairs(self, key: str, members: list[int]) -> Iterable[tuple[int, int]]:
        if len(members) <= self.max_block:
            for x, i in enumerate(members):
                for j in members[x + 1 :]:
                    yield i, j
            return
        _, ordered = self._sorted_block(key, members)
        for x, i in enumerate(ordered):
            for j in ordered[x + 1 : x + self.window]:
                yield i, j

    def _sorted_block(self, key: str, members: list[int]) -> tuple[list[str], list[int]]:
        cached = self._sorted.get(key)
        if cached is None:
            ordered = sorted(members, key=lambda i: _sort_key(self.profiles[i]))
            cached = ([_sort_key(self.profiles[i]) for i in ordered], ordered)
            self._sorted[key] = cached
        return cached

    def neighbours(self, p: Prepared) -> set[int]:
        """Positions of the indexed profiles that share a key with ``p`` (not itself indexed)."""
        found: set[int] = set()
        for key in blocking_keys(p):
            members = self.members.get(key)
            if not members:
                continue
            if len(members) <= self.max_block:
                found.update(members)
                continue
            names, ordered = self._sorted_block(key, members)
            at = bisect.bisect_left(names, _sort_key(p))
            half = self.window // 2
            found.update(ordered[max(0, at - half) : at + half])
        found.discard(p.position)
        return found
