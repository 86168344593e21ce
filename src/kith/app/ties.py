"""Ties for the whole network, or for one person: the store's aggregates judged by the core's rules.

The features come from SQL aggregates (``kith.store.ties``), never from a loop over rows;
the class, strength and words come from ``kith.core.ties``. ``network_tie_classes`` is the
fast path (the class only, from the aggregates that decide it) for listing and filtering a
large network; ``network_ties`` and ``person_tie`` give the full tie with its parts and words.
Everyone gets a tie: a person with no personal history is judged on empty features (new).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from datetime import date

from kith.app.workspace import Workspace
from kith.core.errors import NotFound
from kith.core.settings import DEFAULTS, TieSettings
from kith.core.ties import Tie, TieClass, TieFeatures, classify, tie_class_of
from kith.store import people as people_store
from kith.store import ties as store

_NO_HISTORY = TieFeatures()


def network_ties(ws: Workspace, today: date | None = None, settings: TieSettings | None = None) -> dict[int, Tie]:
    """The full tie (class, strength, parts, explanation) with everyone in the network, by person id."""
    day = today or ws.today()
    rules = settings or DEFAULTS.ties
    with ws.db.reading() as conn:
        everyone = store.person_ids(conn, ws.owner_id)
        features = store.tie_features(conn, ws.owner_id)
    return {person_id: classify(features.get(person_id, _NO_HISTORY), day, rules) for person_id in everyone}


def network_tie_classes(
    ws: Workspace, today: date | None = None, settings: TieSettings | None = None
) -> dict[int, TieClass]:
    """The class of everyone's tie, by person id: the fast path, without strength or words."""
    day = today or ws.today()
    rules = settings or DEFAULTS.ties
    with ws.db.reading() as conn:
        features = store.class_features(conn, ws.owner_id)
    # Without history a tie depends on known_since alone, which a network shares by the day.
    without_history: dict[date | None, TieClass] = {}
    classes = {}
    for person_id, found in features.items():
        if found.total:
            classes[person_id] = tie_class_of(found, day, rules)
            continue
        tie_class = without_history.get(found.known_since)
        if tie_class is None:
            tie_class = without_history[found.known_since] = tie_class_of(found, day, rules)
        classes[person_id] = tie_class
    return classes


def person_tie(ws: Workspace, person_id: int, today: date | None = None, settings: TieSettings | None = None) -> Tie:
    """The full tie with one person; ``NotFound`` when the id is nobody in this network."""
    day = today or ws.today()
    with ws.db.reading() as conn:
        if not people_store.person_id_exists(conn, ws.owner_id, person_id):
            raise NotFound(f"there is nobody with id #{person_id}; see `kith list`")
        features = store.tie_features(conn, ws.owner_id, [person_id]).get(person_id, _NO_HISTORY)
    return classify(features, day, settings or DEFAULTS.ties)


def class_counts(classes: Iterable[TieClass]) -> dict[TieClass, int]:
    """How many ties of each class, in the order strong, weak, dormant, new (zeros included)."""
    counted = Counter(classes)
    return {tie_class: counted[tie_class] for tie_class in TieClass}
