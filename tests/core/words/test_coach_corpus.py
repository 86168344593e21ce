"""The coach against the hand-labelled corpus in tests/data/coach (see docs/coach.md).

Every flag must reach 0.9 precision and 0.9 recall in every language on the corpus, which
includes the held-out sets once they were measured (their first, untuned numbers are reported
in docs/coach.md and kept in each folder's AFTER.txt).
"""

from __future__ import annotations

import pytest
from bench.coach_quality import LANGUAGES, Tally, corpus, tally

from kith.core.words.coach import FindingKind, Step
from kith.core.words.language import detect_language

DRAFTS = corpus()
COUNTS = tally(DRAFTS)


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_corpus_has_at_least_40_drafts_per_language_good_and_bad(language: str) -> None:
    drafts = [d for d in DRAFTS if d.language == language]
    assert len(drafts) >= 40
    assert sum(not d.expected for d in drafts) >= 10  # drafts with nothing to fix
    assert sum(bool(d.expected) for d in drafts) >= 20
    assert {d.step for d in drafts} >= {"first", "followup", "last", "keep_in_touch", "thanks"}
    assert {d.channel for d in drafts} >= {"email", "linkedin", "text", "letter", "call"}


def test_drafts_are_unique_and_well_formed() -> None:
    ids = [d.id for d in DRAFTS]
    assert len(ids) == len(set(ids))
    texts = [d.text for d in DRAFTS]
    assert len(texts) == len(set(texts))
    for draft in DRAFTS:
        assert draft.language in LANGUAGES
        Step(draft.step)


@pytest.mark.parametrize("kind", list(FindingKind))
@pytest.mark.parametrize("language", LANGUAGES)
def test_each_flag_reaches_090_precision_and_recall(language: str, kind: FindingKind) -> None:
    counts: Tally = COUNTS.get((language, kind), Tally())
    if counts.precision is not None:
        assert counts.precision >= 0.9, counts.wrong
    if counts.recall is not None:
        assert counts.recall >= 0.9, counts.wrong


@pytest.mark.parametrize("kind", [k for k in FindingKind if k is not FindingKind.LENGTH])
def test_every_flag_is_exercised_in_every_language(kind: FindingKind) -> None:
    for language in LANGUAGES:
        counts = COUNTS[(language, kind)]
        assert counts.true_positive + counts.false_negative >= 2, f"{kind} has too few cases in {language}"


def test_the_language_of_nearly_every_draft_is_detected() -> None:
    right = sum(detect_language(d.text).language == d.language for d in DRAFTS)
    assert right / len(DRAFTS) >= 0.97


def test_taglish_drafts_are_detected_as_tagalog() -> None:
    taglish = [d for d in DRAFTS if d.language == "tl"]
    right = sum(detect_language(d.text).language == "tl" for d in taglish)
    assert right / len(taglish) >= 0.95
