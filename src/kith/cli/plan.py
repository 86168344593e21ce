"""Commands of the daily plan: kith today, the actions on it (done, skip, snooze, replied, stop,
pin, exclude), kith cooling, and kith plan --ics."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Annotated, Any

import typer

from kith.app import plan as use
from kith.app.plan import Outcome, Today, TodayLine
from kith.app.plan_publish import publish_plan
from kith.app.sync import CALDAV_PASSWORD_VARIABLE, account_password
from kith.cli.context import workspace
from kith.cli.goals import progress_json
from kith.cli.output import console, print_json
from kith.cli.sync import password_prompt
from kith.core.errors import InvalidValue
from kith.core.model import Channel, OutreachKind, OutreachStatus, OverrideAction
from kith.core.settings import WEEKDAY_NAMES
from kith.core.ties import day_in_words

Who = Annotated[str, typer.Argument(help="Who: a name, an email, a phone, a LinkedIn URL or an id such as 12.")]
Json = Annotated[bool, typer.Option("--json", help="Print JSON for scripts instead of text.")]
CampaignOption = Annotated[
    str | None, typer.Option("--campaign", help="A campaign's name or number (default: every campaign).")
]

_HEADINGS = {0: "Follow-ups", 1: "Keep in touch", 2: "New outreach"}
_GROUP_OF = {
    OutreachKind.FOLLOWUP: 0,
    OutreachKind.LAST: 0,
    OutreachKind.KEEP_IN_TOUCH: 1,
    OutreachKind.CONGRATULATIONS: 1,
    OutreachKind.THANKS: 1,
    OutreachKind.FIRST: 2,
}


def _day(text: str | None, what: str) -> date | None:
    if text is None:
        return None
    try:
        return date.fromisoformat(text.strip())
    except ValueError as exc:
        raise InvalidValue(what, text, "write the day as YYYY-MM-DD, such as 2027-01-04") from exc


def _step_words(kind: OutreachKind, sequence: int) -> str:
    return {
        OutreachKind.FIRST: "first message",
        OutreachKind.FOLLOWUP: f"follow-up {sequence}",
        OutreachKind.LAST: f"follow-up {sequence}, the last (ask whether to stop)",
        OutreachKind.KEEP_IN_TOUCH: "keep-in-touch note",
        OutreachKind.CONGRATULATIONS: "congratulations",
        OutreachKind.THANKS: "thank-you note",
    }[kind]


def line_json(item: TodayLine) -> dict[str, Any]:
    line = item.line
    return {
        "person": line.person_id,
        "name": line.name,
        "kind": line.kind,
        "follow_up": line.sequence,
        "stage": line.stage,
        "reasons": list(line.reasons),
        "channel": line.channel,
        "channel_reason": line.channel_reason,
        "slot": line.slot,
        "due": line.due_on,
        "carried_over": line.carried_over,
        "status": item.status,
        "command": item.command,
    }


def today_json(plan: Today) -> dict[str, Any]:
    return {
        "day": plan.day,
        "working_day": plan.working_day,
        "campaign": {"id": plan.campaign.id, "name": plan.campaign.name},
        "goal": {"id": plan.goal.id, "title": plan.goal.title} if plan.goal else None,
        "budget": plan.budget,
        "used": plan.used,
        "done": plan.done,
        "waiting": plan.waiting,
        "saved": plan.saved,
        "lines": [line_json(item) for item in plan.lines],
        "needs_address": list(plan.needs_address),
        "progress": progress_json(plan.progress),
    }


def _print_today(plan: Today) -> None:
    heading = f"{WEEKDAY_NAMES[plan.day.weekday()]} {day_in_words(plan.day)}: {plan.campaign.name}"
    if plan.goal is not None:
        heading += f" (goal: {plan.goal.title})"
    console.print(heading, markup=False)
    if not plan.working_day:
        console.print("Not a working day for this campaign: nothing planned.")
    group = None
    for number, item in enumerate(plan.lines, start=1):
        line = item.line
        if _GROUP_OF[line.kind] != group:
            group = _GROUP_OF[line.kind]
            console.print(f"\n{_HEADINGS[group]}")
        mark = {OutreachStatus.DONE: "[done] ", OutreachStatus.SKIPPED: "[skipped] "}.get(item.status, "")
        carried = ", carried over" if line.carried_over else ""
        console.print(
            f"{number:>3}. {mark}{line.name} (#{line.person_id}): {_step_words(line.kind, line.sequence)} "
            f"by {line.channel.value}, {line.slot.value}, stage {line.stage.value}{carried}",
            markup=False,
        )
        if item.status is OutreachStatus.PLANNED:
            for reason in line.reasons:
                console.print(f"       why: {reason}", markup=False)
            if line.channel_reason:
                console.print(f"       how: {line.channel_reason}", markup=False)
            console.print(f"       then: {item.command}", markup=False)
    if plan.working_day and not plan.lines:
        console.print("Nothing to do today: no follow-up due, no touch due, nobody new in the campaign's audience.")
    console.print()
    used = f"Budget: {plan.used} of {plan.budget} steps planned, {plan.done} done"
    if plan.waiting:
        used += f"; {plan.waiting} more due carry over to the next working day"
    console.print(used)
    for name in plan.needs_address:
        console.print(f"Needs another address: the last message to {name} bounced", markup=False)
    console.print(f"Campaign: {plan.progress.summary}", markup=False)


def today(
    day: Annotated[str | None, typer.Option("--date", help="Look at another day, YYYY-MM-DD.")] = None,
    campaign: Annotated[
        str | None, typer.Option(help="The campaign to work (default: the newest one, else revive dormant ties).")
    ] = None,
    json: Json = False,
) -> None:
    """Today's plan: follow-ups due first, then keep-in-touch touches, then new people, within the
    day's budget; each line says who, why, how, when and the stage. Today's plan is kept, so
    `kith done` and `kith skip` act on it.

    Example: kith today --date 2026-12-03
    """
    plan = use.today_plan(workspace(), _day(day, "date"), campaign)
    if json:
        print_json(today_json(plan))
    else:
        _print_today(plan)


def _print_outcome(outcome: Outcome, json: bool) -> None:
    if json:
        print_json({"person": outcome.person.id, "summary": outcome.summary, "next": outcome.next})
        return
    console.print(outcome.summary, markup=False)
    if outcome.next:
        console.print(f"Next: {outcome.next}", markup=False)


def done(
    who: Who,
    channel: Annotated[
        Channel | None, typer.Option(help="How it went out, if not as planned.", case_sensitive=False)
    ] = None,
    note: Annotated[str, typer.Option("--note", "-m", help="What you wrote or said, in a line.")] = "",
    json: Json = False,
) -> None:
    """Mark today's step with someone done: records the message and starts or advances the
    follow-ups (a call counts as a conversation: no follow-up).

    Example: kith done "Maria Santos" --channel email --note "asked about her move to Osaka"
    """
    _print_outcome(use.mark_done(workspace(), who, channel, note), json)


def skip(
    who: Who,
    until: Annotated[str | None, typer.Option(help="Back in the plan on this day, YYYY-MM-DD.")] = None,
    json: Json = False,
) -> None:
    """Take someone off the plan until a day, or until `kith unskip`.

    Example: kith skip "Maria Santos" --until 2027-01-10
    """
    _print_outcome(use.skip(workspace(), who, _day(until, "until")), json)


def unskip(who: Who, json: Json = False) -> None:
    """Put someone skipped or snoozed back in the plan.

    Example: kith unskip "Maria Santos"
    """
    _print_outcome(use.unskip(workspace(), who), json)


def snooze(
    who: Who,
    days: Annotated[int, typer.Option("--days", help="How many days.", min=1)],
    json: Json = False,
) -> None:
    """Take someone off the plan for some days.

    Example: kith snooze "Maria Santos" --days 14
    """
    _print_outcome(use.snooze(workspace(), who, days), json)


def replied(
    who: Who,
    channel: Annotated[
        Channel | None, typer.Option(help="How they answered (default: as you wrote).", case_sensitive=False)
    ] = None,
    note: Annotated[str, typer.Option("--note", "-m", help="What they said, in a line.")] = "",
    json: Json = False,
) -> None:
    """They answered: records it, which ends the follow-ups.

    Example: kith replied "Maria Santos" --note "happy to meet in January"
    """
    _print_outcome(use.replied(workspace(), who, channel, note), json)


def stop(
    who: Who,
    reason: Annotated[str, typer.Option(help="What they said, for your records.")] = "",
    json: Json = False,
) -> None:
    """They asked not to be contacted: never planned again, by any campaign, follow-up or
    touch, until `kith unstop`.

    Example: kith stop "Maria Santos" --reason "asked me to stop writing"
    """
    _print_outcome(use.stop(workspace(), who, reason), json)


def unstop(who: Who, json: Json = False) -> None:
    """Lift a do-not-contact: the plan may include them again.

    Example: kith unstop "Maria Santos"
    """
    _print_outcome(use.unstop(workspace(), who), json)


def pin(
    who: Who,
    campaign: CampaignOption = None,
    off: Annotated[bool, typer.Option("--off", help="Lift the pin.")] = False,
    json: Json = False,
) -> None:
    """Pin someone: first among the new names (in one campaign, or in all).

    Example: kith pin "Maria Santos" --campaign Tokyo
    """
    _print_outcome(use.set_override(workspace(), who, OverrideAction.PIN, campaign, lift=off), json)


def exclude(
    who: Who,
    campaign: CampaignOption = None,
    off: Annotated[bool, typer.Option("--off", help="Lift the exclusion.")] = False,
    json: Json = False,
) -> None:
    """Never plan someone in a campaign (or in any, without --campaign).

    Example: kith exclude "Maria Santos" --campaign Tokyo
    """
    _print_outcome(use.set_override(workspace(), who, OverrideAction.EXCLUDE, campaign, lift=off), json)


def cooling(json: Json = False) -> None:
    """People about to go cold: a keep-in-touch due soon or overdue, or a strong tie near dormancy.

    Example: kith cooling
    """
    found = use.cooling(workspace())
    if json:
        print_json(
            [
                {"person": c.person_id, "name": c.name, "due": c.due_on, "overdue": c.overdue, "reason": c.reason}
                for c in found
            ]
        )
        return
    if not found:
        console.print("Nobody is cooling.")
    for item in found:
        when = "overdue since" if item.overdue else "by"
        console.print(
            f"{item.name} (#{item.person_id}): {when} {day_in_words(item.due_on)}: {item.reason}", markup=False
        )


def plan_command(
    ics: Annotated[Path | None, typer.Option("--ics", help="The .ics file to write (replaced atomically).")] = None,
    caldav: Annotated[
        str | None,
        typer.Option("--caldav", metavar="URL", help="A CalDAV calendar to publish the plan to (kept in step)."),
    ] = None,
    user: Annotated[str | None, typer.Option("--user", "-u", help="Your user name on the calendar server.")] = None,
    ca_file: Annotated[
        Path | None, typer.Option("--ca-file", help="The certificate of a private CA that signed the server's.")
    ] = None,
    days: Annotated[int, typer.Option(help="How many days ahead, today included.", min=1)] = 30,
    campaign: Annotated[str | None, typer.Option(help="The campaign to work (default: as `kith today`).")] = None,
) -> None:
    """Write the coming plan as calendar events any calendar program imports, each with its
    reason and the `kith done` command to run, or publish it to a CalDAV calendar.

    Publishing again updates the calendar: one event per step, moved or removed when the
    plan changes; your own events there are left alone. The password comes from the OS
    keyring (service "kith", user name the calendar's URL), else KITH_CALDAV_PASSWORD, else a
    prompt, and is never stored.

    Example: kith plan --ics ~/plan.ics --days 30

    Example: kith plan --caldav https://dav.example.org/ana/kith/ --user ana
    """
    if ics is None and caldav is None:
        raise typer.BadParameter("give --ics FILE or --caldav URL (or both)")
    if caldav is not None and not user:
        raise typer.BadParameter("--caldav needs --user NAME")
    if ics is not None:
        events, plans = use.write_plan_ics(workspace(), ics, days, campaign)
        console.print(f"Wrote {events} event{'s' if events != 1 else ''} over {len(plans)} days to {ics}", markup=False)
    if caldav is not None and user:
        published = publish_plan(
            workspace(),
            caldav,
            user,
            account_password(caldav, CALDAV_PASSWORD_VARIABLE, password_prompt()),
            days=days,
            campaign_name=campaign,
            ca_file=ca_file,
        )
        console.print(
            f"Published {published.events} event{'s' if published.events != 1 else ''} over {published.days} days "
            f"to {published.url}: {published.added} added, {published.updated} updated, "
            f"{published.removed} removed, {published.unchanged} unchanged",
            markup=False,
        )


def register(app: typer.Typer) -> None:
    app.command()(today)
    app.command()(done)
    app.command()(skip)
    app.command()(unskip)
    app.command()(snooze)
    app.command()(replied)
    app.command()(stop)
    app.command()(unstop)
    app.command()(pin)
    app.command()(exclude)
    app.command()(cooling)
    app.command("plan")(plan_command)
