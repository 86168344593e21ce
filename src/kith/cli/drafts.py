"""Commands: draft (a personal draft for one person, with why each part is there) and goal words
(how a goal is said in each of the languages kith writes in)."""

from __future__ import annotations

import enum
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.markup import escape

from kith.app import drafts as use
from kith.app.drafts import Drafted
from kith.app.handoff import HandOff, draft_and_hand_off
from kith.app.outgoing import Request, Worded
from kith.cli.coach import ChannelChoice, StepChoice
from kith.cli.context import workspace
from kith.cli.goals import goal_app
from kith.cli.handoff import handed_over_json, print_coach, print_handed_over, print_polish_note
from kith.cli.output import console, print_json
from kith.cli.sync import password_prompt
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
    polish: Annotated[
        bool,
        typer.Option(
            "--polish", help="Have your language model rewrite it (`kith setup polish`); the coach reads the rewrite."
        ),
    ] = False,
    eml: Annotated[
        Path | None,
        typer.Option("--eml", metavar="FILE", help="Save it as a message file your mail program opens (.eml)."),
    ] = None,
    to_drafts: Annotated[
        bool, typer.Option("--to-drafts", help="Save it in the Drafts folder of your mail account (IMAP).")
    ] = False,
    account: Annotated[
        str | None,
        typer.Option(
            "--account",
            metavar="ACCOUNT",
            help="For --to-drafts: a remembered `kith sync` account or imaps://you@host (default: the one remembered).",
        ),
    ] = None,
    ca_file: Annotated[
        str | None, typer.Option("--ca-file", help="For --to-drafts: a certificate authority to trust (self-hosted).")
    ] = None,
    mailto: Annotated[
        bool, typer.Option("--mailto", help="Print a mailto: link that opens your mail program on it.")
    ] = False,
    json: Annotated[bool, typer.Option("--json", help="Print JSON for scripts instead of text.")] = False,
) -> None:
    """Write a personal draft for one person, in their language, and show why each part is there.

    A first message names the gap honestly, says why now, offers something and asks about them;
    follow-ups are short and never a reproach, and the last asks whether to stop. The coach reads
    the draft back; the exit code is 1 if it finds something blocking. Nothing is sent: --eml
    and --to-drafts hand it to your mail program, from you to their best address, with a
    Message-ID kept on the plan's step, so that their reply ends the follow-ups.

    Example: kith draft "Maria Santos" --channel linkedin --lang it

    Example: kith draft "Maria Santos" --polish --to-drafts
    """
    if channel not in (None, ChannelChoice.EMAIL) and (eml or to_drafts or mailto):
        raise typer.BadParameter("--eml, --to-drafts and --mailto hand over an email: leave out --channel")
    request = Request(
        goal=goal,
        channel=Channel(channel.value) if channel is not None else None,
        language=lang.value if lang is not None else None,
        step=OutreachKind(step.value.replace("-", "_")) if step is not None else None,
        seed=seed,
        polish=polish,
    )
    where = HandOff(eml=eml, to_drafts=to_drafts, account=account, ca_file=ca_file, mailto=mailto)
    done = draft_and_hand_off(workspace(), who, request, where, ask_password=password_prompt())
    worded = done.worded
    if json:
        print_json(drafted_json(worded.drafted, worded) | {"handoff": handed_over_json(done)})
    elif mailto and not (eml or to_drafts):
        console.print(done.link or "", markup=False, highlight=False, soft_wrap=True)
    else:
        _print(worded.drafted, worded)
        print_handed_over(done)
    if worded.blocking:
        raise typer.Exit(1)


def drafted_json(drafted: Drafted, worded: Worded | None = None) -> dict[str, Any]:
    """The draft for scripts and the web app; with ``worded``, its body and coaching are the
    words that would go out (the user's own or a polished rewrite)."""
    d, report = drafted.draft, drafted.report
    body, subject, blocking = d.body, d.subject, drafted.blocking
    if worded is not None:
        body, subject, report, blocking = worded.body, worded.subject, worded.report, worded.blocking
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
        "subject": subject,
        "body": body,
        "origin": worded.origin if worded is not None else "template",
        "polish_error": worded.polish_error if worded is not None else "",
        "talking_points": list(d.talking_points),
        "limit": d.limit,
        "parts": [{"name": p.name.value, "text": p.text, "reason": p.reason} for p in d.parts],
        "notes": list(drafted.notes),
        "coach": {
            "score": report.score,
            "blocking": blocking,
            "findings": [
                {"kind": f.kind.value, "blocking": f.blocking, "text": body[f.start : f.end], "message": f.message}
                for f in report.findings
            ],
        },
    }


def _print(drafted: Drafted, worded: Worded | None = None) -> None:
    d = drafted.draft
    subject, body, report, blocking = d.subject, d.body, drafted.report, drafted.blocking
    if worded is not None:
        subject, body, report, blocking = worded.subject, worded.body, worded.report, worded.blocking
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
    if subject:
        console.print(f"[bold]Subject:[/] {escape(subject)}")
        console.print()
    if d.channel is Channel.CALL:
        console.print("[bold]Talking points[/] (not a script):")
    console.print(body, markup=False, highlight=False, soft_wrap=True)
    console.print()
    if worded is None or worded.origin == "template":
        console.print("[bold]Why each part is there[/]")
        width = max((len(p.name.value) for p in d.parts), default=0)
        for part in d.parts:
            console.print(f"  {part.name.value.ljust(width)}  {escape(part.reason)}", soft_wrap=True)
    elif worded.origin == "polished":
        console.print("[bold]Polished[/] by your language model from kith's draft; the coach read the rewrite.")
    if worded is not None:
        print_polish_note(worded)
    console.print()
    print_coach(report, blocking, d.limit)
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
