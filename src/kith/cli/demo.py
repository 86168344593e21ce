"""Command: demo, which fills an empty database with a realistic synthetic network."""

from __future__ import annotations

from dataclasses import asdict
from typing import Annotated

import typer
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from kith.app import demo as use
from kith.app.demo import DemoSummary
from kith.cli.context import workspace
from kith.cli.output import console, errors, print_json


def demo(
    people: Annotated[int, typer.Option("--people", "-n", min=1, help="How many people to invent.")] = (
        use.DEFAULT_PEOPLE
    ),
    years: Annotated[
        int, typer.Option("--years", "-y", min=3, max=60, help="The longest history, in years before today.")
    ] = use.DEFAULT_YEARS,
    seed: Annotated[
        int, typer.Option("--seed", "-s", help="The same seed draws the same network (on the same day).")
    ] = (use.DEFAULT_SEED),
    add: Annotated[
        bool, typer.Option("--add", help="Add a demo network even though the database already has people.")
    ] = False,
    if_empty: Annotated[
        bool, typer.Option("--if-empty", help="Do nothing (and succeed) when the database already has people.")
    ] = False,
    json: Annotated[bool, typer.Option("--json", help="Print what was written as JSON.")] = False,
) -> None:
    """Fill an empty database with a realistic demo network to try kith on.

    The network is synthetic and deterministic: people from the United States, Italy,
    Spain, the Philippines, Japan and elsewhere, with years of mail, calls and meetings
    shaped like a real network (a few dozen strong ties, many weak ones, a few hundred
    dormant ones, some one-way contacts, a few new ones). The same --seed on the same day
    draws the same network (its history is dated back from today; KITH_NOW pins the day).
    Everything is written in one transaction: all of it, or nothing.

    Example: kith --db /tmp/demo.db demo --people 1000 --seed 7
    """
    ws = workspace()
    if if_empty:
        existing = use.count_people_in(ws)
        if existing:
            if json:
                print_json({"added": False, "existing_people": existing})
            else:
                console.print(f"The database already has {existing:,} people; the demo network was not added.")
            return
    with Progress(
        TextColumn("Writing the demo network"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("people"),
        TimeElapsedColumn(),
        console=errors,
        transient=True,
        disable=not errors.is_terminal,
    ) as bar:
        task = bar.add_task("people", total=people)
        summary = use.fill_demo(
            ws,
            people=people,
            years=years,
            seed=seed,
            add=add,
            progress=lambda written, total: bar.update(task, completed=written, total=total),
        )
    if json:
        print_json({"added": True, **asdict(summary)})
    else:
        console.print(_in_words(summary))


def _in_words(summary: DemoSummary) -> str:
    kinds = ", ".join(f"{count:,} {kind.replace('_', '-')}" for kind, count in summary.kinds.items())
    return (
        f"Added a demo network of {summary.people:,} people (seed {summary.seed}, up to {summary.years} years "
        f"of history): {summary.interactions:,} interactions, {summary.identities:,} emails, phones and "
        f"LinkedIn profiles, {summary.favours:,} favours and {summary.notes:,} notes, in "
        f"{summary.seconds:.1f} s. The generator meant the ties to be: {kinds}. "
        "Try `kith list` next."
    )


def register(app: typer.Typer) -> None:
    """Add this module's commands to ``app``."""
    app.command()(demo)
