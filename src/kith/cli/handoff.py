"""Printing what a hand-off did (``kith draft --eml/--to-drafts/--mailto``, ``kith send``): the
message as it will go, where it went, and a polish that could not be used."""

from __future__ import annotations

from typing import Any

from rich.markup import escape

from kith.app.handoff import HandedOver
from kith.app.outgoing import Prepared, Worded
from kith.cli.output import console, warn
from kith.core.words.coach import CoachReport


def print_coach(report: CoachReport, blocking: bool, limit: str = "") -> None:
    """The coach's score and verdict, then each finding (a blocking one marked ✗)."""
    verdict = "[bold red]blocking: do not send it as it is[/]" if blocking else "nothing blocking"
    console.print(f"[bold]Coach:[/] {report.score}/100, {verdict}" + (f" · {limit} at most" if limit else ""))
    for finding in report.findings:
        mark = "[red]✗[/]" if finding.blocking else "•"
        console.print(f"  {mark} {finding.kind.value.replace('_', ' ')}: {escape(finding.message)}")


def print_polish_note(worded: Worded) -> None:
    """One line on stderr when the language model could not polish the draft."""
    if worded.polish_error:
        warn(worded.polish_error)


def print_message(prepared: Prepared) -> None:
    """The whole message, headers and text, as it will leave."""
    message = prepared.message
    console.print(f"[bold]From:[/] {escape(str(message['From']))}")
    console.print(f"[bold]To:[/] {escape(str(message['To']))}  [dim]({escape(prepared.recipient_reason)})[/]")
    console.print(f"[bold]Subject:[/] {escape(str(message['Subject']))}")
    console.print(f"[bold]Date:[/] {escape(str(message['Date']))}")
    if prepared.in_reply_to:
        console.print(f"[bold]In-Reply-To:[/] {escape(prepared.in_reply_to)}")
    console.print(f"[bold]Message-ID:[/] {escape(prepared.message_id)}")
    console.print()
    console.print(prepared.worded.body, markup=False, highlight=False, soft_wrap=True)
    console.print()


def print_handed_over(done: HandedOver) -> None:
    """Where the draft went, and what kith keeps of it."""
    prepared = done.prepared
    if prepared is None:
        return
    to = f"to {prepared.recipient.name} <{prepared.recipient.email}> ({prepared.recipient_reason})"
    if done.file is not None:
        console.print(f"Saved {escape(str(done.file.path))}: from {escape(str(prepared.message['From']))} {escape(to)}")
    if done.drafts is not None:
        uid = f" (UID {done.drafts.uid})" if done.drafts.uid is not None else ""
        console.print(
            f"Saved in {escape(done.drafts.folder)} on {escape(done.drafts.account)}{uid} {escape(to)}: "
            "finish it and send it from your mail program"
        )
    if done.file is not None or done.drafts is not None:
        console.print(
            f"Message-ID {escape(prepared.message_id)} is kept on the plan's step: the reply ends the follow-ups, "
            "and `kith import`/`kith sync` of your Sent folder marks the step done"
        )
    if done.link:
        console.print(done.link, markup=False, highlight=False, soft_wrap=True)
    for note in done.notes:
        console.print(f"[yellow]note:[/] {escape(note)}")


def handed_over_json(done: HandedOver) -> dict[str, Any]:
    prepared = done.prepared
    return {
        "message_id": prepared.message_id if prepared else None,
        "from": str(prepared.message["From"]) if prepared else None,
        "to": prepared.recipient.email if prepared else None,
        "in_reply_to": prepared.in_reply_to if prepared else None,
        "eml": str(done.file.path) if done.file else None,
        "drafts": (
            {"account": done.drafts.account, "folder": done.drafts.folder, "uid": done.drafts.uid}
            if done.drafts
            else None
        ),
        "mailto": done.link or None,
        "step_id": (done.file.step_id if done.file else done.drafts.step_id if done.drafts else None),
    }
