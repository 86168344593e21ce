"""Commands: ``kith dupes`` (who may be one human), ``kith merge`` and ``kith unmerge``."""

from __future__ import annotations

import sys
from typing import Annotated, Any

import typer
from rich.table import Table

from kith.app.dupes import DuplicatePair, find_dupes, merge_sure_ones
from kith.app.merging import MergeDone, merge_people, preview_merge, unmerge
from kith.cli.context import workspace
from kith.cli.output import console, fail, print_json
from kith.core.matching import Recommendation

_LEVELS = {"strong": Recommendation.STRONG, "medium": Recommendation.MEDIUM, "low": Recommendation.LOW}


def _pair_json(pair: DuplicatePair) -> dict[str, Any]:
    return {
        "a": {"id": pair.a_id, "name": pair.a_name},
        "b": {"id": pair.b_id, "name": pair.b_name},
        "score": pair.score,
        "recommendation": pair.recommendation.value,
        "reasons": list(pair.reasons),
    }


def _merged_json(done: MergeDone) -> dict[str, Any]:
    return {
        "merge": done.merge_id,
        "kept": {"id": done.kept_id, "name": done.kept_name},
        "merged": {"id": done.merged_id, "name": done.merged_name},
        "moved": done.moved,
    }


def dupes(
    auto: Annotated[
        bool, typer.Option("--auto", help="Merge the strong pairs (above --threshold), saying what was merged.")
    ] = False,
    threshold: Annotated[
        float | None,
        typer.Option(help="With --auto: the least score merged (default: the strong score, 12; never lower)."),
    ] = None,
    at_least: Annotated[
        str, typer.Option("--at-least", help="Show pairs at least this sure: strong, medium or low (many weak leads).")
    ] = "medium",
    limit: Annotated[int, typer.Option(help="Show at most this many pairs (0: all).")] = 50,
    json: Annotated[bool, typer.Option("--json", help="Print the pairs (or the merges) as JSON.")] = False,
) -> None:
    """People who may be one human: pairs with a score and the reasons in words, best first.

    Only strong pairs are ever merged without asking (--auto); check the others and merge them
    with `kith merge A B`. A merge can always be undone with `kith unmerge`.

    Example: kith dupes --at-least low --limit 100
    """
    ws = workspace()
    if at_least not in _LEVELS:
        fail(f"--at-least must be strong, medium or low, not {at_least!r} (see --help)", 2)
    if auto:
        result = merge_sure_ones(ws, threshold=threshold)
        if json:
            print_json({"merged": [_merged_json(d) for d in result.merged], "waiting for review": result.waiting})
            return
        for done in result.merged:
            console.print(
                f"Merged {done.merged_name} (#{done.merged_id}) into {done.kept_name} (#{done.kept_id})", markup=False
            )
        console.print(
            f"{len(result.merged):,} merged; {result.waiting:,} pairs wait for you (`kith dupes`); "
            "`kith unmerge WHO` undoes a merge"
        )
        return
    pairs = find_dupes(ws, at_least=_LEVELS[at_least])
    shown = pairs if limit <= 0 else pairs[:limit]
    if json:
        print_json([_pair_json(p) for p in shown])
        return
    if not pairs:
        console.print("No likely duplicates.")
        return
    table = Table(show_header=True, header_style="bold", box=None)
    for column in ("score", "", "people", "why"):
        table.add_column(column, overflow="fold")
    for pair in shown:
        table.add_row(
            f"{pair.score:g}",
            pair.recommendation.value,
            f"{pair.a_name} (#{pair.a_id})\n{pair.b_name} (#{pair.b_id})",
            "; ".join(pair.reasons),
        )
    console.print(table)
    more = len(pairs) - len(shown)
    console.print(
        f"{len(pairs):,} pairs" + (f" ({more:,} more: --limit 0)" if more > 0 else "")
        + "; `kith merge A B` merges one, `kith dupes --auto` the strong ones"
    )  # fmt: skip


def _shown(value: Any) -> str:
    if value is None or value == "" or value == []:
        return "—"
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    return " ".join(str(value).split())


def merge(
    keep: Annotated[str, typer.Argument(metavar="KEEP", help="The person who stays (WHO: name, email, #id...).")],
    other: Annotated[str, typer.Argument(metavar="OTHER", help="The person merged into KEEP.")],
    yes: Annotated[bool, typer.Option("--yes", "-y", help="Do not ask for confirmation.")] = False,
    json: Annotated[bool, typer.Option("--json", help="Print what was merged as JSON.")] = False,
) -> None:
    """Merge OTHER into KEEP: one person with both histories. Shows what will be kept and asks first.

    KEEP's values win; empty ones are filled from OTHER. Every identity, interaction, note,
    tag, favour and plan of OTHER moves to KEEP. `kith unmerge KEEP` undoes it completely.

    Example: kith merge "Ana Reyes" ana@globe.example
    """
    ws = workspace()
    preview = preview_merge(ws, keep, other)
    if not json:
        table = Table(show_header=True, header_style="bold", box=None)
        for column in ("field", f"#{preview.kept_id} (kept)", f"#{preview.merged_id}", "after"):
            table.add_column(column, overflow="fold")
        for name, mine, theirs, after in preview.fields:
            table.add_row(name.replace("_", " "), _shown(mine), _shown(theirs), _shown(after))
        console.print(
            f"Merge {preview.merged_name} (#{preview.merged_id}) into {preview.kept_name} (#{preview.kept_id}):",
            markup=False,
        )
        console.print(table)
        if preview.moved:
            moves = ", ".join(f"{n:,} {what.replace('_', ' ')}" for what, n in preview.moved.items())
            console.print(f"Moves to #{preview.kept_id}: {moves}", markup=False)
    if not yes:
        if not sys.stdin.isatty():
            fail(f"merging #{preview.merged_id} into #{preview.kept_id} needs confirmation; add --yes", 1)
        typer.confirm("Merge them?", abort=True)
    done = merge_people(ws, keep, other, how="by_hand")
    if json:
        print_json(_merged_json(done))
        return
    console.print(
        f"Merged {done.merged_name} (#{done.merged_id}) into {done.kept_name} (#{done.kept_id}); "
        f"`kith unmerge #{done.kept_id}` undoes it",
        markup=False,
    )


def unmerge_command(
    who: Annotated[
        str,
        typer.Argument(
            metavar="WHO",
            help="The person something was merged into, or the merged person's old #id or name.",
        ),
    ],
    merge_id: Annotated[int | None, typer.Option("--merge", help="Undo this merge (its number) instead.")] = None,
    json: Annotated[bool, typer.Option("--json", help="Print what was undone as JSON.")] = False,
) -> None:
    """Undo a merge completely: the merged person comes back with their identities, fields and history.

    Undoes the most recent merge into WHO (or of WHO, by the old #id or the name); run it again
    for the one before. A pair once unmerged is never merged or proposed again automatically.

    Example: kith unmerge "Ana Reyes"
    """
    ws = workspace()
    done = unmerge(ws, who, merge_id=merge_id)
    if json:
        print_json(
            {
                "merge": done.merge_id,
                "kept": {"id": done.kept_id, "name": done.kept_name},
                "restored": {"id": done.restored_id, "name": done.restored_name, "same_id": done.same_id},
                "remaining": done.remaining,
            }
        )
        return
    again = "" if done.same_id else " (under a new id: the old one was taken)"
    console.print(
        f"{done.restored_name} (#{done.restored_id}) is a person of their own again{again}; "
        f"{done.kept_name} (#{done.kept_id}) has {done.remaining} merge(s) left",
        markup=False,
    )


def register(app: typer.Typer) -> None:
    """Add this module's commands to ``app``."""
    app.command()(dupes)
    app.command()(merge)
    app.command("unmerge")(unmerge_command)
