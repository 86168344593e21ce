"""``kith status``: the network at a glance, then the first page of people."""

from __future__ import annotations

from typing import Annotated

import typer
from babel import Locale

from kith.app.overview import network_overview
from kith.cli.context import workspace
from kith.cli.output import console, print_json
from kith.cli.people import list_command

# Singular and plural, as a person would say them.
_IDENTITY_NOUNS = {
    "email": ("email", "emails"),
    "phone": ("phone", "phones"),
    "linkedin": ("LinkedIn profile", "LinkedIn profiles"),
    "handle": ("handle", "handles"),
    "url": ("web page", "web pages"),
}
_CHANNEL_NOUNS = {
    "email": ("email", "emails"),
    "call": ("call", "calls"),
    "meeting": ("meeting", "meetings"),
    "message": ("message", "messages"),
    "linkedin": ("LinkedIn message", "LinkedIn messages"),
    "text": ("text", "texts"),
    "letter": ("letter", "letters"),
}


def _country(code: str) -> str:
    return str(Locale("en").territories.get(code, code))


def status(
    people: Annotated[int, typer.Option(help="How many people to list after the summary (0: none).", min=0)] = 20,
    json: Annotated[bool, typer.Option("--json", help="Print the summary as JSON.")] = False,
) -> None:
    """Summarise the network: people, ways to reach them, history, where they are."""
    ws = workspace()
    totals = network_overview(ws)
    if json:
        print_json(totals)
        return
    console.print(f"[bold]Your network[/bold] ({ws.db.name})")
    if not totals.people:
        console.print("  Nobody yet. `kith add NAME` adds someone; `kith demo` fills a demo network to explore.")
        return
    reach = ", ".join(
        f"{n:,} {_IDENTITY_NOUNS.get(kind, (kind, kind + 's'))[n != 1]}"
        for kind, n in sorted(totals.identities_by_kind.items(), key=lambda item: -item[1])
    )
    console.print(f"  {totals.people:,} people ({reach or 'no ways to reach them yet'})")
    if totals.interactions:
        assert totals.first_interaction is not None
        assert totals.last_interaction is not None
        channels = ", ".join(
            f"{n:,} {_CHANNEL_NOUNS.get(c, (c, c))[n != 1]}"
            for c, n in sorted(totals.interactions_by_channel.items(), key=lambda x: -x[1])
        )
        console.print(
            f"  {totals.interactions:,} interactions, {totals.first_interaction:%b %Y} – {totals.last_interaction:%b %Y} ({channels})"
        )
    if totals.favors or totals.notes:
        console.print(f"  {totals.favors:,} favours, {totals.notes:,} notes")
    if totals.top_countries:
        console.print("  Most are in " + ", ".join(f"{_country(c)} ({n})" for c, n in totals.top_countries))
    if totals.top_companies:
        console.print("  Most work at " + ", ".join(f"{c} ({n})" for c, n in totals.top_companies))
    if people:
        console.print()
        list_command(per_page=people, sort="name")


def register(app: typer.Typer) -> None:
    app.command()(status)
