"""What the composer is given: one plain value per draft, and how it is built from the records.

``DraftContext`` holds everything ``compose`` may use. ``draft_context`` builds it from what
the app reads (the person, their tie, a slice of their history, favours, changes, the stage,
the goal) with the pure derivations of ``recipient``; a test builds it the same way from
the demo network, so the drafts the tests judge are the drafts users get.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from kith.core.errors import InvalidValue
from kith.core.model import Channel, Direction, Favor, Goal, Interaction, InteractionKind, OutreachKind, Person
from kith.core.stages import Stage
from kith.core.ties import Tie, TieClass
from kith.core.words.phrasebook import How, Shared
from kith.core.words.recipient import Change, last_shared


@dataclass(frozen=True, slots=True)
class GoalWords:
    """The goal's words in one language: the goal's own text, or the user's wording for it."""

    language: str
    why_now: str = ""
    agenda: str = ""
    offer: str = ""
    gap_context: str = ""  # the user's own words for the gap, when not one of the known contexts


@dataclass(frozen=True, slots=True)
class DraftContext:
    """Everything the composer may use; plain values, gathered by the app (or a test)."""

    person_id: int
    today: date
    given_name: str
    family_name: str = ""
    display_name: str = ""
    company: str = ""
    title: str = ""
    city: str = ""
    country: str = ""
    interests: tuple[str, ...] = ()
    tie_class: TieClass = TieClass.WEAK
    tie_explanation: str = ""
    first_contact: date | None = None
    last_contact: date | None = None
    known_since: date | None = None
    shared: Shared | None = None  # the last moment both took part in (``recipient.last_shared``)
    latest_from_them: Shared | None = None  # the last thing they did: a reply, a call, a meeting
    stage: Stage = Stage.COLD
    stage_reason: str = ""
    favours: tuple[Favor, ...] = ()
    changes: tuple[Change, ...] = ()  # what changed on them between imports
    goal: Goal | None = None
    goal_words: tuple[GoalWords, ...] = ()
    user_name: str = ""
    step: OutreachKind = OutreachKind.FIRST
    sequence: int = 0  # the follow-up's number (1, 2...); 0 otherwise
    channel: Channel = Channel.EMAIL
    language: str = "en"
    formal: bool | None = None  # None: chosen by tie and seniority (``recipient.address_for``)
    seed: int = 0


def draft_context(
    person: Person,
    *,
    today: date,
    tie: Tie,
    history: Sequence[Interaction] = (),
    favours: Sequence[Favor] = (),
    changes: Sequence[Change] = (),
    stage: Stage = Stage.COLD,
    stage_reason: str = "",
    goal: Goal | None = None,
    goal_words: Sequence[GoalWords] = (),
    user_name: str = "",
    step: OutreachKind = OutreachKind.FIRST,
    sequence: int = 0,
    channel: Channel = Channel.EMAIL,
    language: str = "en",
    formal: bool | None = None,
    seed: int = 0,
) -> DraftContext:
    """The context for a draft to ``person``; ``history`` is their interactions (the recent ones
    are enough: what the two last shared, and the last thing they did)."""
    if person.id is None:
        raise InvalidValue("person", person.display_name, "it has no id yet; save it before drafting")
    features = tie.features
    return DraftContext(
        person_id=person.id,
        today=today,
        given_name=person.given_name or person.display_name.split(" ")[0],
        family_name=person.family_name,
        display_name=person.display_name,
        company=person.company,
        title=person.title,
        city=person.city,
        country=person.country,
        interests=person.interests,
        tie_class=tie.tie_class,
        tie_explanation=tie.explanation,
        first_contact=features.first_contact,
        last_contact=features.last_two_way or features.last_contact,
        known_since=person.known_since,
        shared=last_shared(history),
        latest_from_them=latest_from(history),
        stage=stage,
        stage_reason=stage_reason,
        favours=tuple(favours),
        changes=tuple(changes),
        goal=goal,
        goal_words=tuple(goal_words),
        user_name=user_name.strip(),
        step=step,
        sequence=sequence,
        channel=channel,
        language=language,
        formal=formal,
        seed=seed,
    )


def latest_from(history: Sequence[Interaction]) -> Shared | None:
    """The last personal thing they did: a reply (``WROTE``), or a call or meeting both were in."""
    theirs = [
        i
        for i in history
        if i.kind is InteractionKind.PERSONAL and i.direction in (Direction.INBOUND, Direction.MUTUAL)
    ]
    if not theirs:
        return None
    last = max(theirs, key=lambda i: i.occurred_at)
    if last.direction is Direction.MUTUAL:
        return Shared(last.occurred_at.date(), How.CALLED if last.channel is Channel.CALL else How.MET)
    return Shared(last.occurred_at.date(), How.CALLED if last.channel is Channel.CALL else How.WROTE)
