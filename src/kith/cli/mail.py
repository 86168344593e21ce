"""Commands about mail: ``kith me`` (the user's own addresses and name) and ``kith candidates``."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from kith.app import candidates as candidates_use
from kith.app import me as me_use
from kith.app.demo_mail import write_demo_mailbox
from kith.cli.context import workspace
from kith.cli.output import console, print_json
from kith.core.errors import InvalidValue
from kith.core.ties import day_in_words

Json = Annotated[bool, typer.Option("--json", help="Print JSON for scripts instead of text.")]

me_app = typer.Typer(
    name="me",
    help="Your own addresses (they tell outbound mail from inbound) and your name (it signs drafts).",
    invoke_without_command=True,
)
candidates_app = typer.Typer(
    name="candidates",
    help="Addresses found only in mail, one-way so far: promote them to people or dismiss them.",
    invoke_without_command=True,
)


@me_app.callback()
def me(
    ctx: typer.Context,
    name: Annotated[
        str | None, typer.Option("--name", help='Your full name, to sign drafts with ("" forgets it).')
    ] = None,
    field: Annotated[
        list[str] | None,
        typer.Option(
            "--field",
            metavar="FIELD",
            help='A field you work in ("data science"; repeat for more; --field "" forgets them): '
            "the ranking favours people in your fields.",
        ),
    ] = None,
    json: Json = False,
) -> None:
    """List your addresses, your name, your fields and the addresses kith proposes from your sent mail.

    Mail from one of your addresses is outbound (you wrote to them); mail to you is inbound.
    A mail import proposes the addresses your sent mail came from.

    Example: kith me --name "Ana Reyes" --field "data science" --field fintech
    """
    if ctx.invoked_subcommand is not None:
        return
    ws = workspace()
    changed = name is not None or field is not None
    if name is not None:
        stored = me_use.set_my_name(ws, name)
        if not json:
            console.print(f"Your name is {stored}: drafts are signed with it" if stored else "Your name was forgotten")
    if field is not None:
        fields = me_use.set_my_fields(ws, field)
        if not json:
            console.print(
                f"Your fields: {', '.join(fields)}; the ranking favours people in them"
                if fields
                else "Your fields were forgotten",
                markup=False,
            )
    found = me_use.about_me(ws)
    if json:
        print_json(
            {"addresses": found.addresses, "name": found.name, "fields": found.fields, "proposed": dict(found.proposed)}
        )
        return
    if changed:
        return
    if found.name:
        console.print(f"Name: {found.name}", markup=False)
    if found.fields:
        console.print(f"Fields: {', '.join(found.fields)}", markup=False)
    if not found.addresses:
        console.print("kith knows none of your addresses yet: `kith me add you@example.org`")
    for address in found.addresses:
        console.print(address, markup=False)
    for address, count in found.proposed:
        console.print(f"proposed: {address} (sent {count:,} messages; `kith me add {address}`)", markup=False)


@me_app.command("add")
def me_add(address: Annotated[str, typer.Argument(help="One of your email addresses.")]) -> None:
    """Add one of your addresses: mail from it counts as written by you.

    Example: kith me add ana.reyes@example.org
    """
    stored, new = me_use.add_my_address(workspace(), address)
    console.print(f"Added {stored}" if new else f"{stored} was already one of your addresses", markup=False)


@me_app.command("remove")
def me_remove(address: Annotated[str, typer.Argument(help="The address to remove.")]) -> None:
    """Remove an address that is not yours.

    Example: kith me remove old@example.org
    """
    console.print(f"Removed {me_use.remove_my_address(workspace(), address)}", markup=False)


@candidates_app.callback()
def candidates(
    ctx: typer.Context,
    dismissed: Annotated[bool, typer.Option("--dismissed", help="List the dismissed candidates instead.")] = False,
    json: Json = False,
) -> None:
    """List the addresses found only in mail, with their message counts and dates.

    An address becomes a person by itself once mail went both ways; until then it is a
    candidate, and keeps its messages so that promoting it loses nothing.

    Example: kith candidates --json
    """
    if ctx.invoked_subcommand is not None:
        return
    found = candidates_use.list_candidates(workspace(), dismissed=dismissed)
    if json:
        print_json(
            [
                {
                    "address": c.address,
                    "name": c.display_name,
                    "inbound": c.inbound,
                    "outbound": c.outbound,
                    "first": c.first_at,
                    "last": c.last_at,
                }
                for c in found
            ]
        )
        return
    if not found:
        console.print("No candidates" + (" dismissed" if dismissed else ""))
        return
    for c in found:
        shown = f"{c.display_name} <{c.address}>" if c.display_name else c.address
        when = day_in_words(c.first_at.date()) if c.first_at else "?"
        last = day_in_words(c.last_at.date()) if c.last_at else "?"
        span = when if when == last else f"{when} – {last}"
        console.print(f"{shown}: {c.inbound:,} from them, {c.outbound:,} from you, {span}", markup=False)


@candidates_app.command("promote")
def promote(
    addresses: Annotated[list[str] | None, typer.Argument(help="Candidates' addresses.", show_default=False)] = None,
    every: Annotated[bool, typer.Option("--all", help="Promote every candidate listed.")] = False,
) -> None:
    """Make candidates people, with all their messages as history.

    Example: kith candidates promote ana@example.org
    """
    if not addresses and not every:
        raise InvalidValue("address", "", "name at least one candidate, or pass --all")
    done = candidates_use.promote(workspace(), addresses or [], every=every)
    for p in done:
        console.print(f"{p.name} is now #{p.person_id}, with {p.interactions:,} messages", markup=False)
    if not done:
        console.print("No candidates to promote")


@candidates_app.command("dismiss")
def dismiss(
    addresses: Annotated[list[str], typer.Argument(help="Candidates' addresses.", show_default=False)],
    undo: Annotated[bool, typer.Option("--undo", help="Bring dismissed candidates back.")] = False,
) -> None:
    """Keep candidates out of the list (they stay out of automatic promotion too).

    Example: kith candidates dismiss newsletter@example.com
    """
    changed = candidates_use.dismiss(workspace(), addresses, undo=undo)
    console.print(f"{'Brought back' if undo else 'Dismissed'} {changed:,} candidate{'s' if changed != 1 else ''}")


def demo_mbox(
    path: Annotated[Path, typer.Argument(help="The mbox file to write (replaced if it exists).")],
    messages: Annotated[int, typer.Option("--messages", "-n", min=1, help="How many messages.")] = 10_000,
    seed: Annotated[int, typer.Option("--seed", "-s", help="The same seed writes the same mailbox.")] = 5,
) -> None:
    """Write a demo mbox whose correspondents are the people in the database, to try `kith import` on.

    Personal mail both ways with answers, HTML and attachments, lists, newsletters,
    automated mail, out-of-office replies, bounces and a few broken messages; about 10 kB
    a message.

    Example: kith demo --people 1000 && kith demo-mbox /tmp/demo.mbox -n 20000 && kith import /tmp/demo.mbox
    """
    kinds = write_demo_mailbox(workspace(), path, messages=messages, seed=seed)
    shown = ", ".join(f"{count:,} {kind.replace('_', ' ')}" for kind, count in kinds.most_common())
    console.print(f"Wrote {messages:,} messages to {path}: {shown}", markup=False)


def register(app: typer.Typer) -> None:
    """Add this module's commands to ``app``."""
    app.add_typer(me_app)
    app.add_typer(candidates_app)
    app.command("demo-mbox")(demo_mbox)
