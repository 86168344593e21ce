"""Commands about goals, campaigns and favours: kith goal, kith campaign, kith favor."""

from __future__ import annotations

from datetime import date
from typing import Annotated, Any

import typer

from kith.app import goals as use
from kith.app.goals import CampaignDetails, CampaignReport, GoalDetails
from kith.cli.context import workspace
from kith.cli.output import console, print_json
from kith.core.errors import InvalidValue
from kith.core.model import Campaign, Channel, FavorKind, Goal
from kith.core.plan import Progress
from kith.core.settings import WEEKDAY_NAMES
from kith.core.ties import day_in_words

Json = Annotated[bool, typer.Option("--json", help="Print JSON for scripts instead of text.")]

goal_app = typer.Typer(
    name="goal",
    help="Goals: why you are reaching out now, what you bring, and who is relevant to it.",
    no_args_is_help=True,
)
campaign_app = typer.Typer(
    name="campaign",
    help="Campaigns: a goal plus an audience and a pace (people a day, working days, a cap).",
    no_args_is_help=True,
)


def _day(text: str | None, what: str) -> date | None:
    if text is None:
        return None
    try:
        return date.fromisoformat(text.strip())
    except ValueError as exc:
        raise InvalidValue(what, text, "write the day as YYYY-MM-DD, such as 2027-01-04") from exc


def goal_json(goal: Goal) -> dict[str, Any]:
    relevance = goal.relevance
    return {
        "id": goal.id,
        "title": goal.title,
        "why_now": goal.why_now,
        "agenda": goal.agenda,
        "offer": goal.offer,
        "gap_context": goal.gap_context,
        "relevance": {
            "cities": list(relevance.cities),
            "countries": list(relevance.countries),
            "companies": list(relevance.companies),
            "industries": list(relevance.industries),
            "schools": list(relevance.schools),
            "tags": list(relevance.tags),
            "words": list(relevance.words),
        },
        "created": goal.created_at,
    }


def _relevance_words(goal: Goal) -> list[str]:
    r = goal.relevance
    labelled = (
        ("cities", r.cities),
        ("countries", r.countries),
        ("companies", r.companies),
        ("industries", r.industries),
        ("schools", r.schools),
        ("tags", r.tags),
        ("words", r.words),
    )
    return [f"{label}: {', '.join(values)}" for label, values in labelled if values]


def goal_new(
    title: Annotated[str, typer.Argument(help='What you are reaching out for, such as "Moving to Tokyo in March".')],
    why_now: Annotated[str, typer.Option(help="The event that prompts it, said openly.")] = "",
    agenda: Annotated[str, typer.Option(help="What you hope to learn or find.")] = "",
    offer: Annotated[str, typer.Option(help="What you offer in return: help, an introduction, expertise.")] = "",
    gap_context: Annotated[
        str, typer.Option(help="Why you lost touch: studies, abroad, new-career, family, busy, or your own words.")
    ] = "",
    city: Annotated[list[str] | None, typer.Option(help="A city (implies its country). Repeatable.")] = None,
    country: Annotated[list[str] | None, typer.Option(help="A country name or ISO code. Repeatable.")] = None,
    company: Annotated[list[str] | None, typer.Option(help="A company. Repeatable.")] = None,
    industry: Annotated[
        list[str] | None, typer.Option(help="An industry, matched in titles, tags and notes. Repeatable.")
    ] = None,
    school: Annotated[
        list[str] | None, typer.Option(help="A school, matched in how you met, tags and notes. Repeatable.")
    ] = None,
    tag: Annotated[list[str] | None, typer.Option(help="One of your tags. Repeatable.")] = None,
    word: Annotated[list[str] | None, typer.Option(help="A free word matched in titles and notes. Repeatable.")] = None,
    json: Json = False,
) -> None:
    """Set a goal; --city, --country, --company, --industry, --school, --tag and --word (each
    repeatable) say who is relevant to it. A city implies its country.

    Example: kith goal new "Moving to Tokyo in March" --why-now "I start at Rakuten in March" --offer "intros in Milan" --gap-context abroad --city Tokyo --industry fintech
    """
    details = GoalDetails(
        title=title,
        why_now=why_now,
        agenda=agenda,
        offer=offer,
        gap_context=gap_context,
        cities=city or (),
        countries=country or (),
        companies=company or (),
        industries=industry or (),
        schools=school or (),
        tags=tag or (),
        words=word or (),
    )
    goal = use.new_goal(workspace(), details)
    if json:
        print_json(goal_json(goal))
        return
    console.print(f"Goal #{goal.id}: {goal.title}")
    for line in _relevance_words(goal):
        console.print(f"  relevant: {line}")
    console.print(f'Next: kith campaign new "{goal.title}" --goal {goal.id}')


def goal_list(json: Json = False) -> None:
    """List your goals.

    Example: kith goal list
    """
    found = use.list_goals(workspace())
    if json:
        print_json([goal_json(g) for g in found])
        return
    if not found:
        console.print('No goals yet: kith goal new "Moving to Tokyo in March"')
    for goal in found:
        console.print(f"#{goal.id} {goal.title}")


def goal_show(
    goal: Annotated[str, typer.Argument(help="The goal: its number or (part of) its title.")],
    json: Json = False,
) -> None:
    """Show a goal: why now, the agenda, the offer, the gap, and who is relevant.

    Example: kith goal show Tokyo
    """
    found = use.find_goal(workspace(), goal)
    if json:
        print_json(goal_json(found))
        return
    console.print(f"Goal #{found.id}: {found.title}")
    for label, value in (
        ("why now", found.why_now),
        ("agenda", found.agenda),
        ("offer", found.offer),
        ("the gap", found.gap_context),
    ):
        if value:
            console.print(f"  {label}: {value}")
    for line in _relevance_words(found) or ["nobody in particular (no criteria)"]:
        console.print(f"  relevant: {line}")


def _days_words(campaign: Campaign) -> str:
    if campaign.working_days == tuple(range(7)):
        return "every day"
    if campaign.working_days == (0, 1, 2, 3, 4):
        return "working days"
    return ", ".join(WEEKDAY_NAMES[d] for d in campaign.working_days)


def campaign_json(campaign: Campaign) -> dict[str, Any]:
    return {
        "id": campaign.id,
        "name": campaign.name,
        "goal": campaign.goal_id,
        "ties": list(campaign.tie_classes),
        "cap": campaign.cap,
        "per_day": campaign.per_day,
        "working_days": list(campaign.working_days),
        "start": campaign.start_on,
        "holidays": list(campaign.holidays),
        "channel": campaign.channel,
        "language": campaign.language,
        "active": campaign.active,
    }


def progress_json(progress: Progress) -> dict[str, Any]:
    """A campaign's progress for scripts: the same keys in `campaign show` and `today`."""
    return {
        "audience": progress.audience,
        "contacted": progress.contacted,
        "remaining": progress.remaining,
        "per_day": progress.per_day,
        "working_days_left": progress.working_days_left,
        "finish": progress.finish_on,
        "summary": progress.summary,
    }


def report_json(report: CampaignReport) -> dict[str, Any]:
    return {
        **campaign_json(report.campaign),
        "goal_title": report.goal.title if report.goal else None,
        "working": report.working,
        "progress": progress_json(report.progress),
    }


def campaign_new(
    name: Annotated[str, typer.Argument(help="A short name, such as Tokyo.")],
    goal: Annotated[str | None, typer.Option(help="The goal it works for: its number or title.")] = None,
    tie: Annotated[
        list[str] | None,
        typer.Option(help="Tie classes in the audience: dormant (default), weak, strong, new; repeatable."),
    ] = None,
    cap: Annotated[int | None, typer.Option(help="Only the best N people, such as 250.")] = None,
    per_day: Annotated[int, typer.Option(help="People a day.")] = 10,
    start: Annotated[str | None, typer.Option(help="The first day, YYYY-MM-DD (default: today).")] = None,
    weekends: Annotated[bool, typer.Option("--weekends", help="Work on Saturdays and Sundays too.")] = False,
    holiday: Annotated[list[str] | None, typer.Option(help="A day off, YYYY-MM-DD; repeatable.")] = None,
    channel: Annotated[
        Channel | None, typer.Option(help="The channel to use when there is a choice.", case_sensitive=False)
    ] = None,
    language: Annotated[str, typer.Option(help="The language to write in, such as it or Tagalog.")] = "",
    json: Json = False,
) -> None:
    """Start a campaign: who (tie classes, the best N), for which goal, and at what pace.
    `kith today` works the newest campaign.

    Example: kith campaign new Tokyo --goal 1 --tie dormant --tie weak --cap 250 --per-day 10 --holiday 2026-12-25
    """
    details = CampaignDetails(
        name=name,
        goal=goal,
        tie_classes=tie or (),
        cap=cap,
        per_day=per_day,
        start_on=_day(start, "start"),
        weekends=weekends,
        holidays=[d for d in (_day(h, "holiday") for h in holiday or ()) if d is not None],
        channel=channel,
        language=language,
    )
    ws = workspace()
    campaign = use.new_campaign(ws, details)
    report = use.campaign_report(ws, str(campaign.id))
    if json:
        print_json(report_json(report))
        return
    console.print(f"Campaign #{campaign.id} {campaign.name}: {report.progress.summary}")


def campaign_list(json: Json = False) -> None:
    """List your campaigns; the one marked * is the one `kith today` works.

    Example: kith campaign list
    """
    ws = workspace()
    found = use.list_campaigns(ws)
    working = next((c.id for c in reversed(found) if c.active), None)
    if json:
        print_json([{**campaign_json(c), "working": c.id == working} for c in found])
        return
    if not found:
        console.print("No campaigns yet; `kith today` works the default: revive your best dormant ties, 10 a day")
    for campaign in found:
        mark = "*" if campaign.id == working else " "
        audience = "/".join(campaign.tie_classes) + " ties" + (f", best {campaign.cap}" if campaign.cap else "")
        console.print(f"{mark} #{campaign.id} {campaign.name}: {audience}, {campaign.per_day} a day", markup=False)


def campaign_show(
    name: Annotated[
        str | None, typer.Argument(help="The campaign: its name or number (default: the one `kith today` works).")
    ] = None,
    json: Json = False,
) -> None:
    """Show a campaign's progress and when it will finish at its pace.

    Example: kith campaign show Tokyo
    """
    report = use.campaign_report(workspace(), name)
    if json:
        print_json(report_json(report))
        return
    campaign = report.campaign
    title = f"#{campaign.id} {campaign.name}" if campaign.id is not None else f"{campaign.name} (the default)"
    console.print(f"Campaign {title}")
    if report.goal is not None:
        console.print(f"  goal: #{report.goal.id} {report.goal.title}")
    audience = "/".join(campaign.tie_classes) + " ties" + (f", the best {campaign.cap}" if campaign.cap else "")
    console.print(f"  audience: {audience}")
    pace = f"{campaign.per_day} a day, {_days_words(campaign)}"
    if campaign.start_on:
        pace += f", from {day_in_words(campaign.start_on)}"
    if campaign.holidays:
        pace += f", not on {', '.join(day_in_words(d) for d in campaign.holidays)}"
    console.print(f"  pace: {pace}")
    if campaign.channel or campaign.language:
        console.print(f"  writes: {' in '.join(p for p in (campaign.channel or '', campaign.language) if p)}")
    console.print(f"  progress: {report.progress.summary}")


def favor(
    who: Annotated[str, typer.Argument(help="Who: a name, an email, a phone or an id such as 12.")],
    they_did: Annotated[str | None, typer.Option(help="Something they did for you.")] = None,
    i_did: Annotated[str | None, typer.Option(help="Something you did for them.")] = None,
    i_owe: Annotated[str | None, typer.Option(help="Something you promised and have not done yet.")] = None,
    i_offered: Annotated[str | None, typer.Option(help="Help you offered that they have not taken up.")] = None,
    they_offered: Annotated[str | None, typer.Option(help="Help they offered that you have not taken up.")] = None,
    settled: Annotated[
        bool, typer.Option("--settled", help="It is settled already; alone: settle all their open favours.")
    ] = False,
    json: Json = False,
) -> None:
    """Record a favour between you and someone; favours weigh in whom the plan puts first.

    Example: kith favor "Maria Santos" --they-did "introduced me to her team at Globe"
    """
    given = [
        (kind, text)
        for kind, text in (
            (FavorKind.THEY_DID, they_did),
            (FavorKind.I_DID, i_did),
            (FavorKind.I_OWE, i_owe),
            (FavorKind.I_OFFERED, i_offered),
            (FavorKind.THEY_OFFERED, they_offered),
        )
        if text is not None
    ]
    if len(given) > 1:
        raise InvalidValue("favour", "", "record one favour at a time")
    kind, text = given[0] if given else (None, "")
    change = use.record_favor(workspace(), who, kind, text or "", settled=settled)
    if json:
        print_json(
            {
                "person": change.person.id,
                "added": change.added,
                "settled": change.settled,
                "favors": change.favors,
            }
        )
        return
    name = change.person.display_name
    if change.added is not None:
        state = "settled" if change.added.settled_on else "open"
        console.print(
            f"Recorded for {name}: {change.added.kind.value.replace('_', ' ')} {change.added.description} ({state})"
        )
    else:
        console.print(f"Settled {change.settled} open favour{'s' if change.settled != 1 else ''} with {name}")


def register(app: typer.Typer) -> None:
    goal_app.command("new")(goal_new)
    goal_app.command("list")(goal_list)
    goal_app.command("show")(goal_show)
    campaign_app.command("new")(campaign_new)
    campaign_app.command("list")(campaign_list)
    campaign_app.command("show")(campaign_show)
    app.add_typer(goal_app)
    app.add_typer(campaign_app)
    app.command()(favor)
