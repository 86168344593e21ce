"""Finding people who may be one human (``kith dupes``), and merging the sure ones (``--auto``).

The whole network is compared through ``kith.core.matching`` (blocking first, so 100,000
people take seconds, not hours). Pairs come back best first with a score, a recommendation
and the reasons in words. Only strong pairs are ever merged without asking, and a pair whose
merge was undone is never proposed again.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from kith.app.merging import MergeDone, merge_ids
from kith.app.workspace import Workspace
from kith.core.errors import InvalidValue
from kith.core.matching import MATCH_DEFAULTS, MatchIndex, MatchSettings, Recommendation, estimate_settings
from kith.store import contacts as records
from kith.store import merges as journal


@dataclass(frozen=True)
class DuplicatePair:
    """Two people who may be one human, with how sure kith is and why."""

    a_id: int
    a_name: str
    b_id: int
    b_name: str
    score: float
    recommendation: Recommendation
    reasons: tuple[str, ...]


# From this many people on, kith learns the weights from the network itself (EM): fewer
# give too few pairs to learn from, and the hand-set weights decide.
LEARN_FROM = 500


def find_dupes(
    ws: Workspace,
    *,
    at_least: Recommendation = Recommendation.LOW,
    settings: MatchSettings = MATCH_DEFAULTS,
    learn: bool = True,
) -> list[DuplicatePair]:
    """Every pair of people that is at least an ``at_least`` match, best first.

    With ``learn`` and a network of ``LEARN_FROM`` people or more, the weights are estimated
    from the network (``kith.core.matching.estimate``); the rules no weight overrules stay.
    """
    with ws.db.reading() as conn:
        profiles = list(records.match_profiles(conn, ws.owner_id))
        undone = journal.undone_pairs(conn, ws.owner_id)
    names = {p.id: p.display_name for p in profiles}
    index = MatchIndex(profiles, settings)
    if learn and len(profiles) >= LEARN_FROM and not settings.learned:
        learned = estimate_settings(index, settings).settings
        if learned.learned:
            index = index.with_settings(learned)
    pairs = []
    for result in index.duplicates(at_least):
        a, b = sorted((int(result.a), int(result.b)))
        if frozenset((a, b)) in undone:
            continue
        pairs.append(DuplicatePair(a, names[a], b, names[b], result.score, result.recommendation, result.reasons))
    return pairs


@dataclass(frozen=True)
class AutoMerged:
    merged: list[MergeDone]
    waiting: int  # medium pairs left for the user


def merge_sure_ones(
    ws: Workspace,
    *,
    threshold: float | None = None,
    settings: MatchSettings = MATCH_DEFAULTS,
    progress: Callable[[int, int], None] | None = None,
) -> AutoMerged:
    """Merge every strong pair scoring at least ``threshold`` (default: every strong pair).

    The older person (the smaller id) is kept. When a person was already merged away by an
    earlier pair, the pair joins the person they went into. All in one transaction.
    """
    if threshold is not None and threshold < settings.strong_score:
        raise InvalidValue(
            "threshold", f"{threshold:g}", f"automatic merges need at least the strong score, {settings.strong_score:g}"
        )
    pairs = find_dupes(ws, settings=settings, at_least=Recommendation.MEDIUM)
    sure = [
        p for p in pairs if p.recommendation is Recommendation.STRONG and (threshold is None or p.score >= threshold)
    ]
    into: dict[int, int] = {}

    def final(person_id: int) -> int:
        while person_id in into:
            person_id = into[person_id]
        return person_id

    done: list[MergeDone] = []
    with ws.db.transaction() as conn:
        for count, pair in enumerate(sure, 1):
            a, b = final(pair.a_id), final(pair.b_id)
            if a != b:
                kept, merged = min(a, b), max(a, b)
                reasons = (f"score {pair.score:g}", *pair.reasons)
                done.append(merge_ids(conn, ws, kept, merged, how="auto", reasons=reasons))
                into[merged] = kept
            if progress is not None:
                progress(count, len(sure))
    return AutoMerged(done, sum(1 for p in pairs if p.recommendation is not Recommendation.STRONG))
