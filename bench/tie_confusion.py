"""How the computed tie classes compare with the relationship kinds the demo generator intended.

Builds (once) demo networks with `kith demo --people N --seed 7` and "now" pinned, classifies
every tie as of that day with the engine's default settings (`kith.app.ties`), and prints the
confusion matrix as Markdown: rows are the generator's intended kinds, columns the computed
classes. The generator draws noisy histories from each kind and never applies the
classifier's thresholds, so disagreement here is real, not a tautology.

Per-class precision and recall use the one mapping that makes sense: intended strong, weak,
dormant and new should be computed as the same class. One-way ties (only inbound, or only
outbound with nobody answering) have no class of their own: they are expected as weak (or
new when the first contact was recent); they count as right in weak or new, and the
precision of weak and new counts them as right too.

    .venv/bin/python bench/tie_confusion.py                      # 1,000 and 10,000 people
    .venv/bin/python bench/tie_confusion.py --sizes 1000 --workdir /tmp/kith-bench-ties
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from collections import Counter
from datetime import datetime
from pathlib import Path

import sqlalchemy as sa

from kith.app.ties import network_tie_classes
from kith.app.workspace import fixed_clock, open_workspace
from kith.core.model import RelationshipKind
from kith.core.ties import TieClass
from kith.store.schema import people

KITH = str(Path(sys.executable).with_name("kith"))
NOW = "2026-11-25T10:00:00+00:00"  # the demo is drawn and classified on the same day
SEED = 7

# What each intended kind should be computed as.
EXPECTED: dict[RelationshipKind, frozenset[TieClass]] = {
    RelationshipKind.STRONG: frozenset({TieClass.STRONG}),
    RelationshipKind.WEAK: frozenset({TieClass.WEAK}),
    RelationshipKind.DORMANT: frozenset({TieClass.DORMANT}),
    RelationshipKind.ONE_WAY: frozenset({TieClass.WEAK, TieClass.NEW}),
    RelationshipKind.NEW: frozenset({TieClass.NEW}),
}


def build(path: Path, size: int) -> None:
    if path.exists():
        return
    subprocess.run(
        [KITH, "--db", str(path), "demo", "--people", str(size), "--seed", str(SEED)],
        check=True,
        stdout=subprocess.DEVNULL,
        env={**os.environ, "KITH_NOW": NOW},
    )


def confusion(path: Path) -> Counter[tuple[RelationshipKind, TieClass]]:
    ws = open_workspace(str(path), clock=fixed_clock(datetime.fromisoformat(NOW)))
    try:
        classes = network_tie_classes(ws)
        with ws.db.reading() as conn:
            intended = conn.execute(
                sa.select(people.c.id, people.c.intended_kind).where(people.c.owner_id == ws.owner_id)
            ).all()
    finally:
        ws.close()
    return Counter((RelationshipKind(kind), classes[person_id]) for person_id, kind in intended)


def report(size: int, matrix: Counter[tuple[RelationshipKind, TieClass]]) -> str:
    lines = [f"### {size:,} people (`kith demo --people {size} --seed {SEED}`, classified on {NOW[:10]})", ""]
    header = "| intended \\ computed | " + " | ".join(c.value for c in TieClass) + " | total | recall |"
    lines += [header, "|" + "---|" * (len(TieClass) + 3)]
    for kind in RelationshipKind:
        row = [matrix[(kind, c)] for c in TieClass]
        total = sum(row)
        right = sum(matrix[(kind, c)] for c in EXPECTED[kind])
        recall = f"{100 * right / total:.1f}%" if total else "–"
        cells = " | ".join(f"**{n}**" if c in EXPECTED[kind] else str(n) for c, n in zip(TieClass, row, strict=True))
        lines.append(f"| {kind.value} | {cells} | {total} | {recall} |")
    precision = []
    for tie_class in TieClass:
        computed = sum(matrix[(k, tie_class)] for k in RelationshipKind)
        right = sum(matrix[(k, tie_class)] for k in RelationshipKind if tie_class in EXPECTED[k])
        precision.append(f"{100 * right / computed:.1f}%" if computed else "–")
    lines.append(f"| **precision** | {' | '.join(precision)} | | |")
    everyone = sum(matrix.values())
    agree = sum(n for (kind, tie_class), n in matrix.items() if tie_class in EXPECTED[kind])
    lines += ["", f"Agreement: {agree:,} of {everyone:,} ({100 * agree / everyone:.1f}%)."]
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10_000])
    parser.add_argument("--workdir", type=Path, default=Path(os.environ.get("TMPDIR", "/tmp")) / "kith-bench-ties")
    args = parser.parse_args()
    args.workdir.mkdir(parents=True, exist_ok=True)
    for size in args.sizes:
        path = args.workdir / f"confusion-{size}.db"
        build(path, size)
        print(report(size, confusion(path)) + "\n", flush=True)


if __name__ == "__main__":
    main()
