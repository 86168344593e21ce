"""What a person keeps when another person is merged into them (pure).

The kept person's values win; an empty one is filled from the merged person. A few fields
follow their meaning instead: a request not to be contacted always survives a merge (the
earliest one: nobody who asked to stop is ever contacted again), ``known_since`` is the
earlier of the two, languages and interests are the union, preferred first. A field either
side edited by hand stays marked as edited by hand when its value is the one kept.
"""

from __future__ import annotations

from collections.abc import Mapping, Set
from dataclasses import dataclass
from typing import Any

from kith.core.updates import IMPORTED_FIELDS, is_empty

# Every field of a person that a merge decides, in the order ``kith merge`` shows them.
MERGED_FIELDS = (
    *IMPORTED_FIELDS,
    "interests",
    "how_we_met",
    "keep_in_touch_days",
    "do_not_contact_since",
    "do_not_contact_reason",
)
_EARLIEST = frozenset({"known_since", "do_not_contact_since"})
_UNION = frozenset({"languages", "interests"})


@dataclass(frozen=True, slots=True)
class MergePlan:
    """The kept person's new values (only those that change) and the fields then edited by hand."""

    values: dict[str, Any]
    by_hand: frozenset[str]


def plan_merge(
    kept: Mapping[str, Any],
    merged: Mapping[str, Any],
    kept_by_hand: Set[str] = frozenset(),
    merged_by_hand: Set[str] = frozenset(),
) -> MergePlan:
    """How the kept person's values change when ``merged`` joins them."""
    values: dict[str, Any] = {}
    by_hand = set(kept_by_hand)
    for name in MERGED_FIELDS:
        mine: Any = kept.get(name)
        theirs: Any = merged.get(name)
        if is_empty(theirs):
            continue
        if name in _UNION:
            had = list(mine or ())
            union = had + [x for x in list(theirs) if x not in had]
            if union != had:
                values[name] = union
            continue
        if name in _EARLIEST:
            if mine is None or is_empty(mine) or theirs < mine:
                values[name] = theirs
                if name == "do_not_contact_since":
                    values["do_not_contact_reason"] = merged.get("do_not_contact_reason")
                if name in merged_by_hand:
                    by_hand.add(name)
            continue
        if name == "do_not_contact_reason":
            continue  # goes with its date, above
        if is_empty(mine):
            values[name] = theirs
            if name in merged_by_hand:
                by_hand.add(name)
    return MergePlan(values, frozenset(by_hand))
