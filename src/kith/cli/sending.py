"""Command: send — one message to one person through your SMTP server, after you saw it."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.markup import escape

from kith.app.coach import read_draft
from kith.app.outgoing import Prepared, Request
from kith.app.sending import send_draft
from kith.cli.coach import StepChoice
from kith.cli.context import workspace
from kith.cli.drafts import LanguageOption
from kith.cli.handoff import print_coach, print_message, print_polish_note
from kith.cli.output import console
from kith.cli.sync import password_prompt
from kith.core.model import OutreachKind


def send(
    who: Annotated[str, typer.Argument(help="Who: a name, an email, a phone, a LinkedIn URL or an id such as 12.")],
    body: Annotated[
        str | None,
        typer.Option(
            "--body",
            metavar="FILE",
            help="Send your own words (a UTF-8 text file, or - for standard input; a first line "
            "'Subject: ...' is the subject) instead of kith's draft. The coach reads them first.",
        ),
    ] = None,
    subject: Annotated[str | None, typer.Option("--subject", help="The subject (default: the draft's).")] = None,
    goal: Annotated[
        str | None, typer.Option("--goal", help="The goal to write for (default: the working campaign's goal).")
    ] = None,
    lang: Annotated[
        LanguageOption | None,
        typer.Option("--lang", case_sensitive=False, help="Write in this language (default: theirs)."),
    ] = None,
    step: Annotated[
        StepChoice | None,
        typer.Option(case_sensitive=False, help="Which message (default: the step the plan has for them)."),
    ] = None,
    seed: Annotated[int, typer.Option("--seed", help="Another wording of kith's draft: 1, 2, 3...")] = 0,
    polish: Annotated[
        bool, typer.Option("--polish", help="Have your language model rewrite it first; the coach reads the rewrite.")
    ] = False,
    yes: Annotated[
        bool, typer.Option("--yes", "-y", help="Send without asking (for scripts); the message is still shown.")
    ] = False,
    ca_file: Annotated[
        Path | None, typer.Option("--ca-file", help="A certificate authority to trust for this send (self-hosted).")
    ] = None,
) -> None:
    """Send one message to one person through your SMTP server, only after you saw it.

    kith composes the draft for the step the plan has for them (or takes your words with
    --body), coaches it, shows the whole message (from, to, subject, text) and asks before
    sending. It refuses a message the coach blocks (an accusation, an early ask, a
    placeholder) and anyone who asked not to be contacted. Once the server has accepted it,
    the step is done with the message's Message-ID, so that their reply ends the follow-ups.
    Set the server first with `kith setup smtp`.

    Example: kith send "Maria Santos"

    Example: kith send "Maria Santos" --body note.txt --polish
    """
    if body == "-" and not yes:
        raise typer.BadParameter("with --body - the message comes on standard input, so nothing can confirm: add --yes")
    own = read_draft(body) if body is not None else None
    request = Request(
        goal=goal,
        language=lang.value if lang is not None else None,
        step=OutreachKind(step.value.replace("-", "_")) if step is not None else None,
        seed=seed,
        polish=polish,
        body=own,
        subject=subject,
    )

    def confirm(prepared: Prepared) -> bool:
        print_message(prepared)
        print_polish_note(prepared.worded)
        print_coach(prepared.worded.report, prepared.worded.blocking)
        console.print()
        if yes:
            return True
        return bool(typer.confirm(f"Send it to {prepared.recipient.email} now?", default=False, err=True))

    outcome = send_draft(workspace(), who, request, confirm=confirm, ask_password=password_prompt(), ca_file=ca_file)
    worded = outcome.worded
    if worded.blocking:
        if worded.subject:
            console.print(f"[bold]Subject:[/] {escape(worded.subject)}\n")
        console.print(worded.body, markup=False, highlight=False, soft_wrap=True)
        console.print()
        print_polish_note(worded)
        print_coach(worded.report, True)
        console.print("[bold red]Not sent:[/] fix what the coach marks ✗, then send again.")
        raise typer.Exit(1)
    if not outcome.sent:
        console.print("Nothing was sent.")
        raise typer.Exit(1)
    assert outcome.prepared is not None
    console.print(
        f"Sent to {escape(outcome.prepared.recipient.email)} · Message-ID {escape(outcome.prepared.message_id)}"
    )
    console.print(escape(outcome.recorded))
    if outcome.next:
        console.print(f"  next: {escape(outcome.next)}")


def register(app: typer.Typer) -> None:
    """Add this module's commands to ``app``."""
    app.command()(send)
