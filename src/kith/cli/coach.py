"""Command: coach — score a draft you wrote and list what to fix before you send it."""

from __future__ import annotations

import enum
from typing import Annotated, Any

import typer
from rich.markup import escape

from kith.app.coach import CoachedDraft, coach_draft
from kith.cli.output import console, print_json
from kith.core.model import Channel
from kith.core.words.coach import Finding, Step


class StepChoice(enum.StrEnum):
    """The steps as typed on the command line."""

    FIRST = "first"
    FOLLOWUP = "followup"
    LAST = "last"
    KEEP_IN_TOUCH = "keep-in-touch"
    THANKS = "thanks"
    CONGRATULATIONS = "congratulations"


class ChannelChoice(enum.StrEnum):
    """The channels a draft can be meant for."""

    EMAIL = "email"
    LINKEDIN = "linkedin"
    TEXT = "text"
    LETTER = "letter"
    CALL = "call"


def coach(
    draft: Annotated[str, typer.Argument(help="The draft: a UTF-8 text file, or - to read standard input.")],
    lang: Annotated[
        str | None,
        typer.Option("--lang", help="The draft's language (en, it, es, tl); detected when left out."),
    ] = None,
    step: Annotated[
        StepChoice, typer.Option(case_sensitive=False, help="Which message of the sequence it is.")
    ] = StepChoice.FIRST,
    channel: Annotated[
        ChannelChoice, typer.Option(case_sensitive=False, help="How it will go out.")
    ] = ChannelChoice.EMAIL,
    to: Annotated[str | None, typer.Option("--to", help="The recipient's name, to check the draft uses it.")] = None,
    json: Annotated[bool, typer.Option("--json", help="Print JSON for scripts instead of text.")] = False,
) -> None:
    """Score a draft and list concrete fixes: the gap, why now, an offer, a question about them.

    Flags accusatory follow-ups, pretended familiarity, generic blasts, unfilled placeholders and
    asking for a job or a favour too early. Exits with 1 when something blocking is found, so it
    can guard a script. Example: kith coach draft.txt --step followup --channel linkedin
    """
    coached = coach_draft(
        draft, language=lang, step=Step(step.value.replace("-", "_")), channel=Channel(channel.value), recipient_name=to
    )
    if json:
        print_json(_report_json(coached))
    else:
        _print_report(coached)
    if coached.report.blocking:
        raise typer.Exit(1)


def _where(text: str, finding: Finding) -> tuple[int, int]:
    """1-based line and column of a finding's start."""
    before = text[: finding.start]
    return before.count("\n") + 1, finding.start - (before.rfind("\n") + 1) + 1


def _report_json(coached: CoachedDraft) -> dict[str, Any]:
    report = coached.report
    return {
        "draft": coached.source,
        "score": report.score,
        "blocking": report.blocking,
        "language": report.language,
        "language_detected": report.language_detected,
        "step": report.step,
        "channel": report.channel,
        "findings": [
            {
                "kind": f.kind,
                "blocking": f.blocking,
                "start": f.start,
                "end": f.end,
                "line": _where(coached.text, f)[0],
                "column": _where(coached.text, f)[1],
                "text": coached.text[f.start : f.end],
                "message": f.message,
                "fix": f.fix,
            }
            for f in report.findings
        ],
    }


def _print_report(coached: CoachedDraft) -> None:
    report = coached.report
    colour = "red" if report.blocking else ("green" if report.score >= 80 else "yellow")
    detected = " (detected)" if report.language_detected else ""
    console.print(
        f"[bold {colour}]{report.score}/100[/] · {report.language}{detected} · "
        f"{report.step.value.replace('_', '-')} · {report.channel.value}"
    )
    if not report.findings:
        console.print("Nothing to fix: it acknowledges the gap, says why now, offers something and asks about them.")
        return
    for finding in report.findings:
        mark = "[bold red]✗ blocking[/]" if finding.blocking else "[yellow]•[/]"
        line, column = _where(coached.text, finding)
        where = f" [dim]line {line}, column {column}[/]" if finding.end > finding.start else ""
        console.print(f"{mark} [bold]{finding.kind.value.replace('_', ' ')}[/]{where}")
        console.print(f"    {escape(finding.message)}")
        console.print(f"    [green]fix:[/] {escape(finding.fix)}")
    if report.blocking:
        console.print("[bold red]Do not send this draft as it is.[/]")


def register(app: typer.Typer) -> None:
    """Add this module's commands to ``app``."""
    app.command()(coach)
