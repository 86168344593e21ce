"""Commands: draft (a personal draft for one person, with why each part is there) and goal words
(how a goal is said in each of the languages kith writes in)."""

from __future__ import annotations

import enum
from typing import Annotated, Any

import typer
from rich.markup import escape

from kith.app import drafts as use
from kith.app.drafts import Drafted
from kith.cli.coach import ChannelChoice, StepChoice
from kith.cli.context import workspace
from kith.cli.goals import goal_app
from kith.cli.output import console, print_json
from kith.core.model import Channel, OutreachKind
from kith.core.words.context import GoalWords


class LanguageOption(enum.StrEnum):
    EN = "en"
    IT = "it"
    ES = "es"
    TL = "tl"


_STEP_WORDS = {
    OutreachKind.FIRST: "first message",
    OutreachKind.FOLLOWUP: "follow-up",
    OutreachKind.LAST: "last follow-up",
    OutreachKind.KEEP_IN_TOUCH: "keep-in-touch note",
    OutreachKind.CONGRATULATIONS: "congratulations",
    OutreachKind.THANKS: "thank-you note",
}
_LANGUAGE_NAMES = {"en": "English", "it": "Italian", "es": "Spanish", "tl": "Tagalog"}


def draft(
    who: Annotated[str, typer.Argument(help="Who: a name, an email, a phone, a LinkedIn URL or an id such as 12.")],
    goal: Annotated[
        str | None, typer.Option("--goal", help="The goal to write for (default: the working campaign's goal).")
    ] = None,
    channel: Annotated[
        ChannelChoice | None,
        typer.Option(case_sensitive=False, help="How it goes out (default: the channel the plan suggests)."),
    ] = None,
    lang: Annotated[
        LanguageOption | None,
        typer.Option(
            "--lang", case_sensitive=False, help="Write in this language (default: theirs, from settings or messages)."
        ),
    ] = None,
    step: Annotated[
        StepChoice | None,
        typer.Option(case_sensitive=False, help="Which message (default: the step the plan has for them)."),
    ] = None,
    seed: Annotated[
        int, typer.Option("--seed", help="Another wording: 1, 2, 3... (the same number, the same words).")
    ] = 0,
    json: Annotated[bool, typer.Option("--json", help="Print JSON for scripts instead of text.")] = False,
) -> None:
    """Write a personal draft for one person, in their language, and show why each part is there.

    A first message names the gap honestly, says why now, offers something and asks about them;
    follow-ups are short and never a reproach, and the last asks whether to stop. The coach reads
    the draft back; the exit code is 1 if it finds something blocking. Nothing is sent.
    Example: kith draft "Maria Santos" --channel linkedin --lang it
    """
    drafted = use.draft_for(
        workspace(),
        who,
        goal=goal,
        channel=Channel(channel.value) if channel is not None else None,
        language=lang.value if lang is not None else None,
        step=OutreachKind(step.value.replace("-", "_")) if step is not None else None,
        seed=seed,
    )
    if json:
        print_json(drafted_json(drafted))
    else:
        _print(drafted)
    if drafted.blocking:
        raise typer.Exit(1)


def drafted_json(drafted: Drafted) -> dict[str, Any]:
    d, report = drafted.draft, drafted.report
    return {
        "person": {"id": drafted.person_id, "name": drafted.name},
        "language": d.language,
        "language_reason": drafted.language_reason,
        "step": d.step.value,
        "sequence": d.sequence,
        "step_reason": drafted.step_reason,
        "channel": d.channel.value,
        "channel_reason": drafted.channel_reason,
        "formal": d.formal,
        "address": d.address,
        "goal": {"id": drafted.goal.id, "title": drafted.goal.title} if drafted.goal else None,
        "subject": d.subject,
        "body": d.body,
        "talking_points": list(d.talking_points),
        "limit": d.limit,
        "parts": [{"name": p.name.value, "text": p.text, "reason": p.reason} for p in d.parts],
        "notes": list(drafted.notes),
        "coach": {
            "score": report.score,
            "blocking": drafted.blocking,
            "findings": [
                {"kind": f.kind.value, "blocking": f.blocking, "text": d.body[f.start : f.end], "message": f.message}
                for f in report.findings
            ],
        },
    }


def _print(drafted: Drafted) -> None:
    d = drafted.draft
    number = f" {d.sequence}" if d.step is OutreachKind.FOLLOWUP else ""
    console.print(
        f"[bold]Draft for {escape(drafted.name)}[/] (#{drafted.person_id}) · {_LANGUAGE_NAMES[d.language]} · "
        f"{_STEP_WORDS[d.step]}{number} · {d.channel.value}"
    )
    for label, value in (
        ("language", drafted.language_reason),
        ("step", drafted.step_reason),
        ("channel", drafted.channel_reason),
        ("address", d.address),
    ):
        console.print(f"  [dim]{label}:[/] {escape(value)}")
    console.print()
    if d.subject:
        console.print(f"[bold]Subject:[/] {escape(d.subject)}")
        console.print()
    if d.channel is Channel.CALL:
        console.print("[bold]Talking points[/] (not a script):")
    console.print(d.body, markup=False, highlight=False, soft_wrap=True)
    console.print()
    console.print("[bold]Why each part is there[/]")
    width = max((len(p.name.value) for p in d.parts), default=0)
    for part in d.parts:
        console.print(f"  {part.name.value.ljust(width)}  {escape(part.reason)}", soft_wrap=True)
    report = drafted.report
    verdict = "[bold red]blocking: do not send it as it is[/]" if drafted.blocking else "nothing blocking"
    console.print()
    console.print(f"[bold]Coach:[/] {report.score}/100, {verdict}" + (f" · {d.limit} at most" if d.limit else ""))
    for finding in report.findings:
        mark = "[red]✗[/]" if finding.blocking else "•"
        console.print(f"  {mark} {finding.kind.value.replace('_', ' ')}: {escape(finding.message)}")
    for note in drafted.notes:
        console.print(f"[yellow]note:[/] {escape(note)}")


def goal_words(
    goal: Annotated[str, typer.Argument(help="The goal: its number or (part of) its title.")],
    lang: Annotated[LanguageOption, typer.Option("--lang", case_sensitive=False, help="The language of these words.")],
    why_now: Annotated[str | None, typer.Option("--why-now", help="Why you are writing now, in that language.")] = None,
    agenda: Annotated[str | None, typer.Option("--agenda", help="What you are working towards, said openly.")] = None,
    offer: Annotated[str | None, typer.Option("--offer", help="What you offer in return.")] = None,
    gap_context: Annotated[
        str | None, typer.Option("--gap-context", help="Your own words for why you went quiet, in that language.")
    ] = None,
    json: Annotated[bool, typer.Option("--json", help="Print JSON for scripts instead of text.")] = False,
) -> None:
    """Say a goal in another language, for the drafts kith writes in it.

    Drafts put the goal's words in as you wrote them, so a goal written in English needs its
    Italian or Spanish words for drafts in those languages (Tagalog drafts keep English words:
    Taglish reads naturally). Parts you leave out keep the words given before.
    Example: kith goal words Tokyo --lang it --why-now "a marzo inizio nell'ufficio di Tokyo"
    """
    found, words = use.set_goal_words(
        workspace(), goal, lang.value, why_now=why_now, agenda=agenda, offer=offer, gap_context=gap_context
    )
    if json:
        print_json({"goal": found.id, **_words_json(words)})
        return
    console.print(f"Goal #{found.id} {escape(found.title)} in {_LANGUAGE_NAMES[words.language]}:")
    for label, value in _words_lines(words):
        console.print(f"  {label}: {escape(value)}")


def _words_json(words: GoalWords) -> dict[str, str]:
    return {
        "language": words.language,
        "why_now": words.why_now,
        "agenda": words.agenda,
        "offer": words.offer,
        "gap_context": words.gap_context,
    }


def _words_lines(words: GoalWords) -> list[tuple[str, str]]:
    labelled = (
        ("why now", words.why_now),
        ("agenda", words.agenda),
        ("offer", words.offer),
        ("the gap", words.gap_context),
    )
    return [(label, value) for label, value in labelled if value]


def register(app: typer.Typer) -> None:
    """Add this module's commands to ``app`` (and ``goal words`` to the goal group)."""
    app.command()(draft)
    goal_app.command("words")(goal_words)
