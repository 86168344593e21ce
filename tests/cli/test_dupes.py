"""kith import, dupes, merge and unmerge as a user types them."""

from __future__ import annotations

import json
from pathlib import Path

from tests.conftest import Kith

DATA = Path(__file__).parents[1] / "data" / "contacts"


def test_import_dupes_merge_and_unmerge(kith: Kith) -> None:
    first = kith("import", str(DATA / "linkedin_Connections_notes_preamble_bom.csv"), "--json")
    assert first.exit_code == 0, first.stderr
    assert json.loads(first.stdout)["counts"]["added"] == 4
    cards = kith("import", str(DATA / "apple_contacts_3.0_grouped_labels_photo.vcf"))
    assert "1 merged" in cards.stdout
    assert "1 waiting for review" in cards.stdout
    pairs = kith("dupes", "--json")
    assert pairs.exit_code == 0, pairs.stderr
    [pair] = json.loads(pairs.stdout)
    assert pair["recommendation"] == "medium"
    assert pair["reasons"][0].startswith("the names agree, but too little else does")
    shown = kith("dupes")
    assert "Giuseppe Verdi" in shown.stdout
    assert "1 pairs" in shown.stdout
    a, b = pair["a"]["id"], pair["b"]["id"]
    unconfirmed = kith("merge", f"#{a}", f"#{b}")
    assert unconfirmed.exit_code == 1
    assert "add --yes" in unconfirmed.stderr
    merged = kith("merge", f"#{a}", f"#{b}", "--yes")
    assert merged.exit_code == 0, merged.stderr
    assert "Teatro alla Scala" in merged.stdout  # the preview: what is kept
    assert kith("dupes").stdout.startswith("No likely duplicates.")
    undone = kith("unmerge", f"#{a}", "--json")
    assert undone.exit_code == 0, undone.stderr
    assert json.loads(undone.stdout)["restored"] == {"id": b, "name": "Giuseppe Verdi", "same_id": True}
    assert kith("dupes").stdout.startswith("No likely duplicates.")  # an undone merge is never proposed again


def test_dupes_auto_merges_only_strong_pairs_and_says_so(kith: Kith) -> None:
    kith("add", "John Smith", "--company", "Acme", "--birthday", "1980-01-02")
    kith("add", "Jon Smith", "--company", "Acme Inc", "--birthday", "1980-01-02")
    kith("add", "Jane Smith", "--company", "Acme", "--birthday", "1981-05-06")  # his colleague, not him
    assert kith("dupes", "--auto", "--threshold", "3").exit_code == 1  # never below the strong score
    auto = kith("dupes", "--auto")
    assert auto.exit_code == 0, auto.stderr
    assert auto.stdout.splitlines()[0] == "Merged Jon Smith (#2) into John Smith (#1)"
    assert "1 merged;" in auto.stdout
    assert "Jane" not in auto.stdout


def test_import_errors_are_one_line(kith: Kith, tmp_path: Path) -> None:
    empty = kith("import", str(DATA / "empty.csv"))
    assert (empty.exit_code, empty.stderr.count("\n")) == (1, 1)
    assert "the file is empty" in empty.stderr
    missing = kith("unmerge", "Nobody Atall")
    assert missing.exit_code == 1
