"""``kith ties``: how many strong, weak, dormant and new ties the network holds, or one tie explained."""

from __future__ import annotations

from datetime import date
from typing import Annotated, Any

import typer
from rich.table import Table

from kith.app import people as people_use
from kith.app.ties import class_counts, network_tie_classes, person_tie
from kith.cli.context import workspace
from kith.cli.output import console, print_json
from kith.core.errors import InvalidValue
from kith.core.ties import Tie, TieClass, day_in_words

# What each class means, in the words of docs/engine.md.
MEANINGS = {
    TieClass.STRONG: "real two-way history, still alive",
    TieClass.WEAK: "known, but never a real two-way history",
    TieClass.DORMANT: "real two-way history, then two years without contact both ways",
    TieClass.NEW: "no contact yet, or a first contact in the last three months",
}


def _day(text: str | None) -> date | None:
    if text is None:
        return None
    try:
        return date.fromisoformat(text.strip())
    except ValueError as exc:
        raise InvalidValue("date", text, "write it as 2027-01-12") from exc


def tie_json(tie: Tie) -> dict[str, Any]:
    return {
        "class": tie.tie_class,
        "strength": tie.strength,
        "cooling": tie.cooling,
        "dormant_from": tie.dormant_from,
        "explanation": tie.explanation,
        "parts": [
            {"name": p.name, "value": round(p.value, 3), "weight": p.weight, "reason": p.reason} for p in tie.parts
        ],
    }


def ties(
    who: Annotated[
        str | None,
        typer.Argument(help="Explain the tie with this person (a name, an email, a phone or an id such as #12)."),
    ] = None,
    on: Annotated[
        str | None, typer.Option("--date", help="Judge the ties as of this day (YYYY-MM-DD) instead of today.")
    ] = None,
    json: Annotated[bool, typer.Option("--json", help="Print JSON for scripts.")] = False,
) -> None:
    """Count your strong, weak, dormant and new ties, or explain the tie with one person.

    Example: kith ties "Maria Santos"
    """
    ws = workspace()
    day = _day(on) or ws.today()
    if who is not None:
        person = people_use.find_person(ws, who)
        assert person.id is not None
        tie = person_tie(ws, person.id, day)
        if json:
            print_json({"id": person.id, "name": person.display_name, "date": day, **tie_json(tie)})
            return
        _print_tie(person.display_name, person.id, tie, day)
        return
    counts = class_counts(network_tie_classes(ws, day).values())
    total = sum(counts.values())
    if json:
        print_json({"date": day, "people": total, "classes": counts})
        return
    if not total:
        console.print("Nobody yet: `kith add` or `kith demo`.")
        return
    console.print(f"[bold]Your ties[/bold] on {day_in_words(day)}: {total:,} people")
    table = Table(box=None, header_style="bold", pad_edge=False)
    for column, justify in (("tie", "left"), ("people", "right"), ("share", "right"), ("meaning", "left")):
        table.add_column(column, justify=justify)  # type: ignore[arg-type]
    for tie_class, n in counts.items():
        table.add_row(tie_class.value, f"{n:,}", f"{100 * n / total:.0f}%", MEANINGS[tie_class])
    console.print(table)
    console.print("[dim]`kith list --tie dormant` lists them; `kith ties WHO` explains one.[/dim]")


def _print_tie(name: str, person_id: int, tie: Tie, day: date) -> None:
    cooling = ", cooling" if tie.cooling else ""
    console.print(f"[bold]{name}[/bold]  #{person_id}: {tie.tie_class.value}{cooling}, strength {tie.strength}/100")
    console.print(f"  {tie.explanation}", markup=False, soft_wrap=True)
    if tie.dormant_from is not None:
        verb = "went" if tie.dormant_from <= day else "goes"
        console.print(f"  {verb} dormant on {day_in_words(tie.dormant_from)}", markup=False)
    table = Table(box=None, header_style="bold", pad_edge=False)
    for column, justify in (("part", "left"), ("value", "right"), ("weight", "right"), ("why", "left")):
        table.add_column(column, justify=justify)  # type: ignore[arg-type]
    for part in tie.parts:
        table.add_row(part.name, f"{part.value:.2f}", f"{part.weight:g}", part.reason)
    console.print(table)


def register(app: typer.Typer) -> None:
    app.command()(ties)
