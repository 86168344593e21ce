"""Use cases of goals, campaigns and favours: why the user reaches out, to whom, at what pace,
and what is owed both ways (which the ranking weighs)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date

from kith.app.people import resolve
from kith.app.plan import load_network, progress_of, working_campaign
from kith.app.workspace import Workspace
from kith.core.errors import InvalidValue, KithError, NotFound
from kith.core.identity import normalise_language
from kith.core.model import Campaign, Channel, Favor, FavorKind, Goal, Person, Relevance
from kith.core.plan import DEFAULT_CAMPAIGN, Progress
from kith.core.ranking import Criteria
from kith.core.settings import Pace
from kith.core.ties import TieClass
from kith.store import outreach as store
from kith.store import people as people_store

# The contexts a gap usually has, as the user may type them; anything else is kept as written.
GAP_CONTEXTS = {
    "studies": "studies",
    "study": "studies",
    "abroad": "abroad",
    "new-career": "new career",
    "new career": "new career",
    "career": "new career",
    "family": "family",
    "busy": "busy",
}


@dataclass(frozen=True)
class GoalDetails:
    """What the user types about a goal."""

    title: str
    why_now: str = ""
    agenda: str = ""
    offer: str = ""
    gap_context: str = ""
    cities: Sequence[str] = ()
    countries: Sequence[str] = ()
    companies: Sequence[str] = ()
    industries: Sequence[str] = ()
    schools: Sequence[str] = ()
    tags: Sequence[str] = ()
    words: Sequence[str] = ()


def _clean(values: Sequence[str]) -> tuple[str, ...]:
    cleaned = []
    for value in values:
        text = " ".join(value.split())
        if text and text not in cleaned:
            cleaned.append(text)
    return tuple(cleaned)


def new_goal(ws: Workspace, details: GoalDetails) -> Goal:
    """Record a goal; its countries are checked (a city's country comes from the gazetteer)."""
    title = " ".join(details.title.split())
    if not title:
        raise InvalidValue("goal", details.title, 'give it a title, such as "Moving to Tokyo in March"')
    relevance = Relevance(
        cities=_clean(details.cities),
        countries=_clean(details.countries),
        companies=_clean(details.companies),
        industries=_clean(details.industries),
        schools=_clean(details.schools),
        tags=_clean(details.tags),
        words=_clean(details.words),
    )
    criteria = Criteria.of(relevance)  # raises on an unknown country
    relevance = replace(relevance, countries=criteria.countries)
    gap = " ".join(details.gap_context.split())
    goal = Goal(
        title=title,
        why_now=details.why_now.strip(),
        agenda=details.agenda.strip(),
        offer=details.offer.strip(),
        gap_context=GAP_CONTEXTS.get(gap.lower(), gap),
        relevance=relevance,
        created_at=ws.now(),
    )
    with ws.db.transaction() as conn:
        goal_id = store.insert_goal(conn, ws.owner_id, goal, ws.now())
    return replace(goal, id=goal_id)


def list_goals(ws: Workspace) -> list[Goal]:
    with ws.db.reading() as conn:
        return store.list_goals(conn, ws.owner_id)


def find_goal(ws: Workspace, ref: str) -> Goal:
    """A goal by its id (``2`` or ``#2``), its title, or a word only its title has."""
    text = ref.strip()
    found = list_goals(ws)
    if text.lstrip("#").isdigit():
        for goal in found:
            if goal.id == int(text.lstrip("#")):
                return goal
    exact = [g for g in found if g.title.casefold() == text.casefold()]
    if exact:
        return exact[0]
    partial = [g for g in found if text.casefold() in g.title.casefold()] if text else []
    if len(partial) == 1:
        return partial[0]
    if len(partial) > 1:
        listed = "; ".join(f"#{g.id} {g.title}" for g in partial)
        raise KithError(f"{ref!r} could be several goals ({listed}); give its number")
    hint = "see `kith goal list`" if found else 'there is none yet: `kith goal new "Moving to Tokyo in March"`'
    raise NotFound(f"no goal matches {ref!r}; {hint}")


@dataclass(frozen=True)
class CampaignDetails:
    """What the user types about a campaign."""

    name: str
    goal: str | None = None
    tie_classes: Sequence[str] = ()
    cap: int | None = None
    per_day: int = 10
    start_on: date | None = None
    weekends: bool = False
    holidays: Sequence[date] = ()
    channel: Channel | None = None
    language: str = ""


def new_campaign(ws: Workspace, details: CampaignDetails) -> Campaign:
    """Record a campaign: a goal plus an audience (tie classes, cap) and a pace."""
    name = " ".join(details.name.split())
    if not name:
        raise InvalidValue("campaign", details.name, 'give it a name, such as "Tokyo"')
    if name.lstrip("#").isdigit():
        raise InvalidValue("campaign", name, "a name cannot be only a number (numbers pick campaigns by id)")
    classes = []
    for value in details.tie_classes or DEFAULT_CAMPAIGN.tie_classes:
        try:
            tie_class = TieClass(value.strip().lower()).value
        except ValueError as exc:
            known = ", ".join(c.value for c in TieClass)
            raise InvalidValue("tie", value, f"use one of {known}") from exc
        if tie_class not in classes:
            classes.append(tie_class)
    if details.cap is not None and details.cap < 1:
        raise InvalidValue("cap", str(details.cap), "give at least 1, such as 250")
    if details.channel is not None and details.channel not in (
        Channel.EMAIL,
        Channel.CALL,
        Channel.LINKEDIN,
        Channel.TEXT,
        Channel.LETTER,
    ):
        raise InvalidValue("channel", details.channel.value, "use email, call, linkedin, text or letter")
    goal = find_goal(ws, details.goal) if details.goal is not None else None
    working_days = tuple(range(7)) if details.weekends else DEFAULT_CAMPAIGN.working_days
    Pace(per_day=details.per_day, working_days=working_days, holidays=tuple(details.holidays))  # checks the pace
    campaign = Campaign(
        name=name,
        goal_id=goal.id if goal else None,
        per_day=details.per_day,
        working_days=working_days,
        start_on=details.start_on,
        holidays=tuple(sorted(set(details.holidays))),
        cap=details.cap,
        tie_classes=tuple(classes),
        channel=details.channel,
        language=normalise_language(details.language) if details.language.strip() else "",
    )
    with ws.db.transaction() as conn:
        if any(c.name.casefold() == name.casefold() for c in store.list_campaigns(conn, ws.owner_id)):
            raise KithError(f"there is already a campaign called {name!r}; choose another name")
        campaign_id = store.insert_campaign(conn, ws.owner_id, campaign, ws.now())
    return replace(campaign, id=campaign_id)


def list_campaigns(ws: Workspace) -> list[Campaign]:
    with ws.db.reading() as conn:
        return store.list_campaigns(conn, ws.owner_id)


@dataclass(frozen=True)
class CampaignReport:
    """A campaign with its goal and its progress as of today."""

    campaign: Campaign
    goal: Goal | None
    progress: Progress
    working: bool  # the campaign `kith today` works when no --campaign is given


def campaign_report(ws: Workspace, name: str | None = None, day: date | None = None) -> CampaignReport:
    """Progress and the projected finish of a campaign (default: the one `kith today` works)."""
    day = day or ws.today()
    campaign, goal = working_campaign(ws, name)
    default, _ = working_campaign(ws)
    network = load_network(ws, day, campaign, goal)
    progress = progress_of(ws, network, campaign, day)
    return CampaignReport(campaign=campaign, goal=goal, progress=progress, working=default.id == campaign.id)


# Favours ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class FavorChange:
    """What ``kith favor`` recorded or settled, and the person's favours after it."""

    person: Person
    added: Favor | None
    settled: int
    favors: list[Favor] = field(default_factory=list)


def record_favor(
    ws: Workspace, who: str, kind: FavorKind | None, description: str = "", *, settled: bool = False
) -> FavorChange:
    """Record a favour with someone (settled already with ``settled``), or, with no kind,
    mark their open favours settled."""
    person_id = resolve(ws, who)
    day = ws.today()
    added = None
    count = 0
    with ws.db.transaction() as conn:
        if kind is not None:
            text = " ".join(description.split())
            if not text:
                raise InvalidValue("favour", description, 'say what it was, such as "introduced me to Acme"')
            favor = Favor(
                person_id=person_id, kind=kind, description=text, occurred_on=day, settled_on=day if settled else None
            )
            added = replace(favor, id=people_store.add_favor(conn, ws.owner_id, favor, ws.now()))
        elif settled:
            count = store.settle_favors(conn, ws.owner_id, person_id, day)
        else:
            raise InvalidValue("favour", "", "say which: --they-did, --i-owe, --i-offered, --they-offered or --settled")
        person = people_store.load_person(conn, ws.owner_id, person_id)
        favors = people_store.person_favors(conn, ws.owner_id, person_id)
    assert person is not None
    return FavorChange(person=person, added=added, settled=count, favors=favors)
