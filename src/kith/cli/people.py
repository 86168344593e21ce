"""Commands about people: add, show, list, edit, log, note, tag, forget."""

from __future__ import annotations

import sys
from datetime import datetime
from typing import Annotated, Any

import typer
from rich.table import Table

from kith.app import people as use
from kith.app.people import IdentityChanges, PersonDetails, Profile
from kith.app.ties import network_tie_classes
from kith.cli.context import workspace
from kith.cli.output import console, fail, print_json, stream_json_array
from kith.core.errors import InvalidValue
from kith.core.model import Channel, Direction, Interaction, PeopleFilter, Person
from kith.core.ties import TieClass, day_in_words

Who = Annotated[str, typer.Argument(help="Who: a name, an email, a phone, a LinkedIn URL or an id such as #12.")]
Json = Annotated[bool, typer.Option("--json", help="Print JSON for scripts instead of a table.")]


def _where(person: Person) -> str:
    return ", ".join(p for p in (person.city, person.country) if p)


def _work(person: Person) -> str:
    return " at ".join(p for p in (person.title, person.company) if p)


def print_person_line(person: Person, verb: str) -> None:
    console.print(f"{verb} #{person.id} {person.display_name}" + (f" ({_work(person)})" if _work(person) else ""))


def add(
    name: Annotated[str, typer.Argument(help="The person's full name, as you would write it.")],
    email: Annotated[list[str] | None, typer.Option("--email", "-e", help="An email address (repeatable).")] = None,
    phone: Annotated[
        list[str] | None,
        typer.Option("--phone", "-p", help="A phone number; without +CC it is read in the person's country."),
    ] = None,
    linkedin: Annotated[str | None, typer.Option(help="LinkedIn profile URL.")] = None,
    company: Annotated[str | None, typer.Option(help="Where they work.")] = None,
    title: Annotated[str | None, typer.Option(help="Their role.")] = None,
    city: Annotated[str | None, typer.Option(help="The city they live in.")] = None,
    country: Annotated[str | None, typer.Option(help="A country name or ISO code (IT, PH, Japan...).")] = None,
    language: Annotated[
        list[str] | None, typer.Option("--language", "-l", help="A language they speak, preferred first.")
    ] = None,
    interest: Annotated[
        list[str] | None, typer.Option("--interest", help="Something they care about (repeatable).")
    ] = None,
    tag: Annotated[list[str] | None, typer.Option("--tag", "-t", help="A tag (repeatable).")] = None,
    how_we_met: Annotated[str | None, typer.Option(help="How you know them.")] = None,
    birthday: Annotated[str | None, typer.Option(help="YYYY-MM-DD, or --MM-DD without the year.")] = None,
    json: Json = False,
) -> None:
    """Add a person by hand.

    Example: kith add "Maria Santos" --email maria@example.com --city Manila --country PH --tag college
    """
    details = PersonDetails(
        name=name,
        company=company,
        title=title,
        city=city,
        country=country,
        languages=language,
        interests=interest,
        how_we_met=how_we_met,
        birthday=birthday,
        emails=email or (),
        phones=phone or (),
        linkedin=linkedin,
        tags=tag or (),
    )
    person = use.add_person(workspace(), details)
    if json:
        print_json(use.person_record(person))
    else:
        print_person_line(person, "Added")


def show(
    who: Who,
    recent: Annotated[int, typer.Option(help="How many recent interactions to print.", min=0)] = 20,
    json: Json = False,
) -> None:
    """Show a person: how to reach them, the history with them, favours and notes."""
    found = use.profile(workspace(), who, recent=recent)
    if json:
        print_json(_profile_json(found))
        return
    _print_profile(found)


def _profile_json(found: Profile) -> dict[str, Any]:
    return {
        **use.person_record(found.person),
        "history": {
            "interactions": found.history.total,
            "inbound": found.history.inbound,
            "outbound": found.history.outbound,
            "both_ways": found.history.mutual,
            "first": found.history.first,
            "last": found.history.last,
        },
        "recent": [
            {
                "when": i.occurred_at,
                "channel": i.channel,
                "direction": i.direction,
                "kind": i.kind,
                "summary": i.summary,
                "thread": i.thread_id,
                "returns_on": i.returns_on,
            }
            for i in found.recent
        ],
        "favors": [{"kind": f.kind, "description": f.description, "open": f.open} for f in found.favors],
        "notes": [{"when": n.created_at, "text": n.body} for n in found.notes],
        "edited_by_hand": sorted(found.hand_edited),
        "tie": {
            "class": found.tie.tie_class,
            "strength": found.tie.strength,
            "cooling": found.tie.cooling,
            "explanation": found.tie.explanation,
        },
    }


_ARROWS = {Direction.OUTBOUND: "→", Direction.INBOUND: "←", Direction.MUTUAL: "↔"}


def _print_profile(found: Profile) -> None:
    person = found.person
    console.print(f"[bold]{person.display_name}[/bold]  #{person.id}")
    lines = [
        ("Work", _work(person)),
        ("Lives in", _where(person)),
        ("Languages", ", ".join(person.languages)),
        ("Interests", ", ".join(person.interests)),
        ("How we met", person.how_we_met),
        ("Birthday", person.birthday.iso() if person.birthday else ""),
        ("Tags", ", ".join(person.tags)),
        ("Keep in touch", f"every {person.keep_in_touch_days} days" if person.keep_in_touch_days else ""),
    ]
    for identity in person.identities:
        status = "" if identity.status == "ok" else f" ({identity.status})"
        lines.append((identity.kind.value.capitalize(), identity.value + status))
    if person.do_not_contact:
        lines.append(("Do not contact", "asked not to be contacted; `kith unstop` lifts it"))
    for label, value in lines:
        if value:
            console.print(f"  [dim]{label:<14}[/dim] {value}", soft_wrap=True)
    tie = found.tie
    cooling = ", cooling" if tie.cooling else ""
    console.print(f"\n[bold]Tie[/bold]: {tie.tie_class.value}{cooling}, strength {tie.strength}/100")
    console.print(f"  {tie.explanation}", markup=False, soft_wrap=True)
    history = found.history
    if history.total:
        assert history.first is not None
        assert history.last is not None
        console.print(
            f"\n[bold]History[/bold]: {history.total} interactions "
            f"({history.outbound} from you, {history.inbound} from them, {history.mutual} together), "
            f"{history.first:%b %Y} – {history.last:%b %Y}"
        )
    elif not found.recent:
        console.print("\nNo history yet: `kith log` records a call, a meeting or a message.")
    if found.recent and not history.total:
        console.print("\n[bold]History[/bold]: no personal contact yet")
    _print_timeline(found.recent)
    if found.favors:
        console.print("\n[bold]Favours[/bold]")
        for favor in found.favors:
            state = "open" if favor.open else f"settled {favor.settled_on}"
            console.print(f"  {favor.kind.value.replace('_', ' ')}: {favor.description} ({state})", markup=False)
    if found.notes:
        console.print("\n[bold]Notes[/bold]")
        for note in found.notes:
            console.print(f"  {note.created_at:%Y-%m-%d}  {note.body}", markup=False, soft_wrap=True)


def _print_timeline(recent: list[Interaction]) -> None:
    """Newest first; a message in the same conversation as the one above is indented under it."""
    previous: str | None = None
    for item in recent:
        kind = "" if item.kind == "personal" else f" [{item.kind.value.replace('_', '-')}]"
        if item.returns_on is not None:
            kind += f" (away until {day_in_words(item.returns_on)})"
        same = item.thread_id is not None and item.thread_id == previous
        console.print(
            f"  {item.occurred_at:%Y-%m-%d}  {'  ' if same else ''}{_ARROWS[item.direction]} "
            f"{item.channel.value:<8} {item.summary}{kind}",
            markup=False,
            soft_wrap=True,
        )
        previous = item.thread_id


SORT_HELP = "Order by name, company, country, city, added, updated or id."


def list_command(
    tag: Annotated[str | None, typer.Option(help="Only people with this tag.")] = None,
    company: Annotated[str | None, typer.Option(help="Only people whose company contains this.")] = None,
    city: Annotated[str | None, typer.Option(help="Only people in this city.")] = None,
    country: Annotated[str | None, typer.Option(help="Only people in this country (name or ISO code).")] = None,
    search: Annotated[
        str | None, typer.Option("--search", "-s", help="Words in the name, company, title or city.")
    ] = None,
    tie: Annotated[
        TieClass | None,
        typer.Option(help="Only people whose tie is strong, weak, dormant or new.", case_sensitive=False),
    ] = None,
    sort: Annotated[str, typer.Option(help=SORT_HELP)] = "name",
    desc: Annotated[bool, typer.Option("--desc", help="Reverse the order.")] = False,
    page: Annotated[
        int | None, typer.Option(help="Which page to print (default: the first; with --json: all).", min=1)
    ] = None,
    per_page: Annotated[int, typer.Option(help="People per page.", min=1)] = 50,
    json: Json = False,
) -> None:
    """List people, filtered and sorted; --json streams everyone (or one --page) for scripts.

    Example: kith list --country IT --sort company --page 2
    """
    ws = workspace()
    where = PeopleFilter(tag=tag, company=company, city=city, country=country, search=search)
    if json:
        limit, offset = (per_page, (page - 1) * per_page) if page else (None, 0)
        stream_json_array(use.list_records(ws, where, sort=sort, descending=desc, limit=limit, offset=offset, tie=tie))
        return
    number = page or 1
    classes = network_tie_classes(ws) if tie is not None else None  # once, for the count and the page
    total = use.count_people(ws, where, tie, classes)
    table = Table(box=None, header_style="bold", pad_edge=False)
    for column in ("id", "name", "work", "where", "tags"):
        table.add_column(column, overflow="fold")
    for person in use.list_people(
        ws, where, sort=sort, descending=desc, limit=per_page, offset=(number - 1) * per_page, tie=tie, classes=classes
    ):
        table.add_row(f"#{person.id}", person.display_name, _work(person), _where(person), ", ".join(person.tags))
    if total == 0:
        console.print(
            "Nobody matches."
            if any((tag, company, city, country, search, tie))
            else "Nobody yet: `kith add` or `kith demo`."
        )
        return
    console.print(table)
    pages = (total + per_page - 1) // per_page
    shown_to = min(number * per_page, total)
    footer = (
        f"{(number - 1) * per_page + 1}–{shown_to} of {total}"
        if shown_to
        else f"page {number} is past the end ({total} people)"
    )
    if number < pages:
        footer += f"; next: --page {number + 1}"
    console.print(f"[dim]{footer}[/dim]")


def edit(
    who: Who,
    name: Annotated[str | None, typer.Option(help="A new full name.")] = None,
    company: Annotated[str | None, typer.Option(help="Where they work now.")] = None,
    title: Annotated[str | None, typer.Option(help="Their role now.")] = None,
    city: Annotated[str | None, typer.Option(help="Where they live now.")] = None,
    country: Annotated[str | None, typer.Option(help="A country name or ISO code.")] = None,
    language: Annotated[
        list[str] | None, typer.Option("--language", "-l", help="Languages, preferred first (replaces the list).")
    ] = None,
    interest: Annotated[list[str] | None, typer.Option("--interest", help="Interests (replaces the list).")] = None,
    how_we_met: Annotated[str | None, typer.Option(help="How you know them.")] = None,
    birthday: Annotated[str | None, typer.Option(help="YYYY-MM-DD or --MM-DD; an empty string clears it.")] = None,
    keep_in_touch: Annotated[int | None, typer.Option(help="Keep in touch every N days.", min=1)] = None,
    add_email: Annotated[list[str] | None, typer.Option(help="Add an email address.")] = None,
    remove_email: Annotated[list[str] | None, typer.Option(help="Remove an email address.")] = None,
    add_phone: Annotated[list[str] | None, typer.Option(help="Add a phone number.")] = None,
    remove_phone: Annotated[list[str] | None, typer.Option(help="Remove a phone number.")] = None,
    linkedin: Annotated[str | None, typer.Option(help="Set the LinkedIn profile URL.")] = None,
    json: Json = False,
) -> None:
    """Change what kith knows about a person. Fields edited here are never overwritten by an import.

    Example: kith edit "Maria Santos" --company Globe --title "Head of Data" --add-email maria@globe.example
    """
    details = PersonDetails(
        name=name,
        company=company,
        title=title,
        city=city,
        country=country,
        languages=language,
        interests=interest,
        how_we_met=how_we_met,
        birthday=birthday,
        keep_in_touch_days=keep_in_touch,
    )
    changes = IdentityChanges(
        add_emails=add_email or (),
        remove_emails=remove_email or (),
        add_phones=add_phone or (),
        remove_phones=remove_phone or (),
        linkedin=linkedin,
    )
    person = use.edit_person(workspace(), who, details, changes)
    if json:
        print_json(use.person_record(person))
    else:
        print_person_line(person, "Updated")


def _parse_when(text: str | None) -> datetime | None:
    if text is None:
        return None
    import dateparser  # slow to import: only when a date is given

    now = workspace().now()
    parsed = dateparser.parse(
        text,
        languages=["en", "it", "es", "tl"],
        settings={
            "RELATIVE_BASE": now.astimezone().replace(tzinfo=None),
            "PREFER_DATES_FROM": "past",
            "RETURN_AS_TIMEZONE_AWARE": False,
        },
    )
    if parsed is None:
        raise InvalidValue("date", text, "write it as 2024-03-12, 2024-03-12 15:30, yesterday or '3 days ago'")
    return parsed


def log(
    who: Who,
    channel: Annotated[Channel, typer.Option(help="How it happened.", case_sensitive=False)] = Channel.CALL,
    when: Annotated[
        str | None, typer.Option(help="When: 2024-03-12, '2024-03-12 15:30', yesterday, '3 days ago' (default: now).")
    ] = None,
    summary: Annotated[str, typer.Option("--summary", "-m", help="What it was about, in a line.")] = "",
    direction: Annotated[
        Direction | None,
        typer.Option(
            help="outbound (you reached out), inbound (they did) or mutual; default: mutual for calls and meetings, else outbound.",
            case_sensitive=False,
        ),
    ] = None,
    json: Json = False,
) -> None:
    """Record a call, a meeting, a message or a letter with someone.

    Example: kith log "Maria Santos" --channel meeting --when yesterday --summary "Coffee at Greenbelt"
    """
    person, interaction = use.log_interaction(
        workspace(), who, channel=channel, when=_parse_when(when), summary=summary, direction=direction
    )
    if json:
        print_json(
            {
                "person": person.id,
                "id": interaction.id,
                "when": interaction.occurred_at,
                "channel": interaction.channel,
                "direction": interaction.direction,
                "summary": interaction.summary,
            }
        )
    else:
        console.print(
            f"Logged a {channel.value} with {person.display_name} on {interaction.occurred_at.astimezone():%Y-%m-%d %H:%M}"
        )


def note(
    who: Who,
    text: Annotated[str, typer.Argument(help="The note; - reads it from standard input.")],
) -> None:
    """Write a note about a person (a shared memory, what they care about, what you promised)."""
    body = sys.stdin.read() if text == "-" else text
    person, _ = use.add_note(workspace(), who, body)
    console.print(f"Noted for {person.display_name}")


def tag(
    who: Who,
    tags: Annotated[list[str], typer.Argument(help="One or more tags.")],
    remove: Annotated[bool, typer.Option("--remove", "-r", help="Remove these tags instead of adding them.")] = False,
) -> None:
    """Tag a person (or remove tags with --remove); `kith list --tag T` finds them again."""
    ws = workspace()
    person = use.tag_person(ws, who, remove=tags) if remove else use.tag_person(ws, who, add=tags)
    console.print(f"{person.display_name}: {', '.join(person.tags) or 'no tags'}")


def forget(
    who: Who,
    yes: Annotated[bool, typer.Option("--yes", "-y", help="Do not ask for confirmation.")] = False,
) -> None:
    """Remove every trace of a person: identities, history, favours, notes, tags and plans."""
    ws = workspace()
    person = use.find_person(ws, who)
    if not yes:
        if not sys.stdin.isatty():
            fail(f"forgetting {person.display_name} (#{person.id}) cannot be undone; add --yes to confirm", 1)
        typer.confirm(
            f"Forget {person.display_name} (#{person.id}) and everything about them? This cannot be undone", abort=True
        )
    assert person.id is not None
    use.forget_person(ws, person.id)
    console.print(f"Forgot {person.display_name}")


def register(app: typer.Typer) -> None:
    app.command()(add)
    app.command()(show)
    app.command("list")(list_command)
    app.command()(edit)
    app.command()(log)
    app.command()(note)
    app.command()(tag)
    app.command()(forget)
