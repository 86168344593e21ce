"""Use case of ``kith draft``: gather what the composer needs about one person, compose, coach.

The tie, the stage and the follow-up state come from the plan's prospects
(``app.plan.load_network``), so the draft and ``kith today`` never disagree about where a
person stands. The defaults are what the user would expect: the step the plan has for them
today (else the step their sequence expects next), the channel the plan suggests, the working
campaign's goal, the language of their settings or messages. The composer (``core.words``)
decides the words; the coach then reads the draft back, as it reads the user's own.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from kith.app.goals import find_goal
from kith.app.people import resolve
from kith.app.plan import expected_step, load_network, working_campaign
from kith.app.workspace import Workspace
from kith.core.cadence import SequenceStatus
from kith.core.errors import InvalidValue, KithError
from kith.core.model import Campaign, Channel, Goal, OutreachKind, OutreachStep
from kith.core.plan import Override, Prospect, is_pinned, suggest_channel
from kith.core.settings import DEFAULTS, EngineSettings
from kith.core.words.coach import BLOCKING, CoachReport, FindingKind, coach
from kith.core.words.compose import DRAFT_CHANNELS, Draft, compose
from kith.core.words.context import GoalWords, draft_context
from kith.core.words.language import detect_language, supported_language
from kith.core.words.phrasebook import NewsKind
from kith.core.words.recipient import Change, LanguageChoice, choose_language, news_of
from kith.store import drafts as store
from kith.store import outreach as outreach_store
from kith.store import people as people_store

# Enough history for what the two last shared and the language of their messages.
HISTORY_READ = 300
# Below this, the goal's language is taken to be English (short titles are hard to judge).
GOAL_LANGUAGE_CONFIDENCE = 0.5
# A stored step on a channel the composer does not write for is drafted on its nearest one.
_DRAFTED_AS = {Channel.MESSAGE: Channel.TEXT, Channel.MEETING: Channel.CALL}


@dataclass(frozen=True)
class Drafted:
    """A draft, what the coach said of it, and why kith chose its step, channel and language."""

    person_id: int
    name: str
    draft: Draft
    report: CoachReport
    step_reason: str
    channel_reason: str
    language_reason: str
    goal: Goal | None
    notes: tuple[str, ...] = field(default_factory=tuple)

    @property
    def blocking(self) -> bool:
        """Should it not go out as it is? An ask the stage allows is not an early ask."""
        allowed = {FindingKind.EARLY_ASK} if self.draft.ask_included else set()
        return any(f.kind in BLOCKING and f.kind not in allowed for f in self.report.findings)


def draft_for(
    ws: Workspace,
    who: str,
    *,
    goal: str | None = None,
    channel: Channel | None = None,
    language: str | None = None,
    step: OutreachKind | None = None,
    seed: int = 0,
    settings: EngineSettings = DEFAULTS,
) -> Drafted:
    """The draft for ``who``, with the plan's defaults for whatever is not given.

    Refuses (``KithError``) a person who asked not to be contacted, and (``InvalidValue``)
    congratulations or thanks with nothing to congratulate or thank them for.
    """
    day = ws.today()
    person_id = resolve(ws, who)
    campaign, campaign_goal = working_campaign(ws)
    chosen_goal = find_goal(ws, goal) if goal is not None else campaign_goal
    network = load_network(ws, day, campaign, chosen_goal, person_ids=[person_id], settings=settings)
    prospect = network.prospects[person_id]
    person = prospect.person
    if person.do_not_contact:
        raise KithError(
            f"{person.display_name} asked not to be contacted: kith writes no draft to them "
            f"(only `kith unstop {person_id}` lifts it, when they say so)"
        )
    with ws.db.reading() as conn:
        history = people_store.recent_interactions(conn, ws.owner_id, person_id, HISTORY_READ)
        changes = store.changes_of(conn, ws.owner_id, person_id)
        me = store.user_name(conn, ws.owner_id)
        planned = outreach_store.open_step(conn, ws.owner_id, person_id, day)
        worded = store.goal_words(conn, ws.owner_id, chosen_goal.id) if chosen_goal and chosen_goal.id else []
    step_kind, sequence, step_reason = _step(step, prospect, planned, changes, settings)
    chosen_channel, channel_reason = _channel(channel, prospect, planned, network.overrides, campaign, settings)
    choice = choose_language(
        languages=person.languages,
        messages=[i.summary for i in history if i.summary],
        country=person.country,
        forced=language,
    )
    context = draft_context(
        person,
        today=day,
        tie=prospect.tie,
        history=history,
        favours=network.favors.get(person_id, ()),
        changes=changes,
        stage=prospect.stage,
        stage_reason=prospect.stage.value,
        goal=chosen_goal,
        goal_words=_goal_words(chosen_goal, worded),
        user_name=me,
        step=step_kind,
        sequence=sequence,
        channel=chosen_channel,
        language=choice.language,
        seed=seed,
    )
    draft = compose(context)
    report = coach(
        draft.body, language=draft.language, step=draft.step, channel=draft.channel, recipient_name=person.display_name
    )
    return Drafted(
        person_id=person_id,
        name=person.display_name,
        draft=draft,
        report=report,
        step_reason=step_reason,
        channel_reason=channel_reason,
        language_reason=choice.reason,
        goal=chosen_goal,
        notes=_notes(draft, choice, chosen_goal, me),
    )


def _step(
    asked: OutreachKind | None,
    prospect: Prospect,
    planned: OutreachStep | None,
    changes: list[Change],
    settings: EngineSettings,
) -> tuple[OutreachKind, int, str]:
    """The step to draft, its number, and why."""
    follow = prospect.follow_up
    waiting = follow.status is SequenceStatus.WAITING and follow.next is not None
    if asked is not None:
        if asked is OutreachKind.FOLLOWUP:
            number = follow.next.number if waiting and follow.next else follow.follow_ups_done + 1
            return asked, number, "asked for"
        if asked is OutreachKind.LAST:
            return asked, max(settings.cadence.max_follow_ups, 1), "asked for"
        return asked, 0, "asked for"
    if planned is not None:
        return planned.kind, planned.sequence, "the plan's step for them"
    kind, number = expected_step(prospect)
    if kind is OutreachKind.KEEP_IN_TOUCH:
        since = prospect.tie.features.last_contact
        person = prospect.person
        news, _ = news_of(title=person.title, company=person.company, city=person.city, changes=changes, since=since)
        if news.kind in (NewsKind.NEW_ROLE, NewsKind.NEW_COMPANY, NewsKind.NEW_CITY):
            return OutreachKind.CONGRATULATIONS, 0, "they have news since you last talked"
        return kind, 0, "their keep-in-touch touch"
    if kind is OutreachKind.FIRST:
        return kind, 0, "no outreach yet: a first message"
    return (
        kind,
        number,
        f"follow-up {number} is next" + (" (the last, asking whether to stop)" if kind is OutreachKind.LAST else ""),
    )


def _channel(
    asked: Channel | None,
    prospect: Prospect,
    planned: OutreachStep | None,
    overrides: tuple[Override, ...],
    campaign: Campaign,
    settings: EngineSettings,
) -> tuple[Channel, str]:
    if asked is not None:
        if asked not in DRAFT_CHANNELS:
            raise InvalidValue("channel", asked.value, f"use one of {', '.join(c.value for c in DRAFT_CHANNELS)}")
        return asked, "asked for"
    if planned is not None and planned.channel is not None:
        return _DRAFTED_AS.get(planned.channel, planned.channel), "the channel in today's plan"
    suggested = suggest_channel(
        prospect.person,
        prospect.tie,
        settings.plan,
        important=is_pinned(prospect.person_id, overrides, campaign.id),
        preferred=campaign.channel,
        keep=prospect.follow_up.channel,
    )
    if suggested is None:
        return Channel.EMAIL, "email: kith knows no way to reach them yet, so a draft to send once you find one"
    chosen, why = suggested
    return _DRAFTED_AS.get(chosen, chosen), why


def _goal_words(goal: Goal | None, worded: list[GoalWords]) -> tuple[GoalWords, ...]:
    """The goal's own words (in the language they are written in) and the user's wordings, which win."""
    if goal is None:
        return ()
    found = {w.language: w for w in worded}
    own = " ".join(t for t in (goal.why_now, goal.agenda, goal.offer) if t)
    if own:
        guess = detect_language(own)
        language = guess.language if guess.confidence >= GOAL_LANGUAGE_CONFIDENCE else "en"
        if language not in found:
            # The goal's gap context is a known key (studies, abroad...) or the user's own words.
            found[language] = GoalWords(language, goal.why_now, goal.agenda, goal.offer)
    return tuple(found.values())


def _notes(draft: Draft, choice: LanguageChoice, goal: Goal | None, me: str) -> tuple[str, ...]:
    notes = [n for n in draft.notes if not n.startswith("no name to sign with")]
    if not me and draft.channel is not Channel.CALL:
        notes.append("no name to sign with: kith signs with your name once you set it (`kith me --name`)")
    if goal is not None and any("has no words in" in n for n in notes):
        notes.append(
            f'word it in this language with `kith goal words "{goal.title}" --lang {choice.language} '
            '--why-now "..." --offer "..."`'
        )
    return tuple(notes)


def set_goal_words(
    ws: Workspace,
    goal_ref: str,
    language: str,
    *,
    why_now: str | None = None,
    agenda: str | None = None,
    offer: str | None = None,
    gap_context: str | None = None,
) -> tuple[Goal, GoalWords]:
    """Record how the user says a goal in ``language``; parts not given keep their earlier words."""
    lang = supported_language(language)
    if lang is None:
        raise InvalidValue("language", language, "kith drafts in en, it, es and tl")
    goal = find_goal(ws, goal_ref)
    assert goal.id is not None
    with ws.db.transaction() as conn:
        known = {w.language: w for w in store.goal_words(conn, ws.owner_id, goal.id)}
        words = known.get(lang, GoalWords(lang))
        given = {"why_now": why_now, "agenda": agenda, "offer": offer, "gap_context": gap_context}
        words = replace(words, **{k: " ".join(v.split()) for k, v in given.items() if v is not None})
        if not any((words.why_now, words.agenda, words.offer, words.gap_context)):
            raise InvalidValue("words", "", "give at least one of --why-now, --agenda, --offer or --gap-context")
        store.set_goal_words(conn, ws.owner_id, goal.id, words)
    return goal, words


def goal_wordings(ws: Workspace, goal_ref: str) -> tuple[Goal, list[GoalWords]]:
    """A goal and the wordings the user gave it, by language."""
    goal = find_goal(ws, goal_ref)
    assert goal.id is not None
    with ws.db.reading() as conn:
        return goal, store.goal_words(conn, ws.owner_id, goal.id)
