"""The composer's "always" and "never" rules, as properties over any person, history, goal and channel.

- a draft always keeps to its channel's limit (300 characters on LinkedIn, 320 in a text,
  80 words on a card, the coach's word limits in an email);
- it never asks for anything before the relationship is warm again, unless they offered;
- the same inputs always give the same draft;
- it never holds an unfilled placeholder.
"""

from __future__ import annotations

import string
from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from kith.core.errors import InvalidValue
from kith.core.model import Favor, FavorKind, Goal, OutreachKind
from kith.core.stages import Stage, ask_allowed
from kith.core.ties import TieClass
from kith.core.words.coach import FindingKind, coach
from kith.core.words.compose import DRAFT_CHANNELS, PHRASEBOOKS, Draft, compose
from kith.core.words.context import DraftContext, GoalWords
from kith.core.words.fit import limit_for
from kith.core.words.phrasebook import How, Shared
from kith.core.words.recipient import Change

TODAY = date(2026, 11, 25)
# Text as people and programs type it: letters of many languages, punctuation, digits; no
# template syntax (braces, brackets, "XXX"), which would be the user's own placeholder.
_LETTERS = string.ascii_letters + "àèéìòùáíóúñüçÀÉÑ\u00e3\u0101 '-.&,"
plain = st.text(alphabet=_LETTERS, max_size=60).filter(
    lambda t: "xxx" not in t.lower() and "...." not in t and "None" not in t
)
# "None" is a name hypothesis can draw, and also what a forgotten field renders as: the check
# for the latter needs names that cannot be mistaken for it.
name = st.text(alphabet=string.ascii_letters + "àéíóúñÑ' -", min_size=1, max_size=40).filter(lambda n: "None" not in n)
# The user's words may be long, and may even say what must not go out too early.
users_words = st.one_of(
    plain,
    st.text(alphabet=string.ascii_lowercase + " ", max_size=400),
    st.sampled_from(
        [
            "I start at the Tokyo office in March",
            "can you refer me to your hiring manager?",
            "looking for a job, are you hiring?",
            "happy to share what I learned about the Italian market",
            "sono felice di presentarti chi lavora sul mercato giapponese",
            "busco trabajo, ¿me puedes recomendar?",
            "naghahanap ako ng trabaho, pwede mo ba akong i-refer?",
        ]
    ),
)
past_days = st.dates(min_value=date(2008, 1, 1), max_value=TODAY)


@st.composite
def contexts(draw: st.DrawFn) -> DraftContext:
    language = draw(st.sampled_from(tuple(PHRASEBOOKS)))
    step = draw(st.sampled_from(tuple(OutreachKind)))
    shared = draw(st.none() | st.builds(Shared, past_days, st.sampled_from(How), plain))
    goal = draw(st.none() | st.builds(Goal, title=plain, gap_context=st.sampled_from(["", "abroad", "busy", "family"])))
    words: tuple[GoalWords, ...] = ()
    if goal is not None:
        words = tuple(
            GoalWords(lang, draw(users_words), draw(users_words), draw(users_words), draw(users_words))
            for lang in draw(st.lists(st.sampled_from(tuple(PHRASEBOOKS)), max_size=3, unique=True))
        )
    favours = tuple(
        Favor(1, kind, draw(plain), occurred_on=draw(past_days), settled_on=draw(st.none() | past_days))
        for kind in draw(st.lists(st.sampled_from(FavorKind), max_size=3))
    )
    changes = tuple(
        Change(field, draw(plain), draw(plain), draw(past_days))
        for field in draw(st.lists(st.sampled_from(["title", "company", "city"]), max_size=3))
    )
    latest = draw(st.none() | st.builds(Shared, st.dates(TODAY - timedelta(days=90), TODAY), st.sampled_from(How)))
    return DraftContext(
        person_id=draw(st.integers(1, 10**6)),
        today=TODAY,
        given_name=draw(name),
        family_name=draw(st.one_of(st.just(""), name)),
        company=draw(plain),
        title=draw(plain),
        city=draw(plain),
        country=draw(st.sampled_from(["IT", "ES", "MX", "PH", "US", "JP", ""])),
        interests=tuple(draw(st.lists(st.one_of(plain, st.sampled_from(["cycling", "wine", "chess"])), max_size=3))),
        tie_class=draw(st.sampled_from(TieClass)),
        first_contact=draw(st.none() | past_days),
        last_contact=shared.on if shared else draw(st.none() | past_days),
        known_since=draw(st.none() | past_days),
        shared=shared,
        latest_from_them=latest,
        stage=draw(st.sampled_from(Stage)),
        favours=favours,
        changes=changes,
        goal=goal,
        goal_words=words,
        user_name=draw(st.one_of(st.just(""), name)),
        step=step,
        sequence=draw(st.integers(0, 6)),
        channel=draw(st.sampled_from(DRAFT_CHANNELS)),
        language=language,
        formal=draw(st.none() | st.booleans()),
        seed=draw(st.integers(0, 5)),
    )


def _compose(context: DraftContext) -> Draft | None:
    """The draft, or None for the two refusals: congratulations with no news, thanks with nothing to thank for."""
    if context.step in (OutreachKind.CONGRATULATIONS, OutreachKind.THANKS):
        try:
            return compose(context)
        except InvalidValue:
            return None
    return compose(context)


@settings(max_examples=100)
@given(contexts())
def test_a_draft_always_keeps_to_its_channels_limit(context: DraftContext) -> None:
    draft = _compose(context)
    if draft is None:
        return
    limit = limit_for(draft.channel, draft.step)
    if limit is not None:
        assert limit.fits(draft.body), (str(limit), limit.size(draft.body), draft.body)
    report = coach(draft.body, language=draft.language, step=draft.step, channel=draft.channel)
    assert not [
        f
        for f in report.findings
        if f.kind is FindingKind.LENGTH and f.end > f.start + 0 and "too short" not in f.message
    ]


@settings(max_examples=100)
@given(contexts())
def test_never_an_ask_before_warm_unless_they_offered(context: DraftContext) -> None:
    draft = _compose(context)
    if draft is None:
        return
    they_offered = any(f.kind is FavorKind.THEY_OFFERED and f.open for f in context.favours)
    if ask_allowed(context.stage, they_offered=they_offered):
        return
    assert not draft.ask_included
    report = coach(draft.body, language=draft.language, step=OutreachKind.FIRST, channel=draft.channel)
    assert FindingKind.EARLY_ASK not in {f.kind for f in report.findings}, draft.body


@settings(max_examples=60)
@given(contexts())
def test_the_same_inputs_always_give_the_same_draft(context: DraftContext) -> None:
    first = _compose(context)
    assert first == _compose(context)


@settings(max_examples=100)
@given(contexts())
def test_never_an_unfilled_placeholder(context: DraftContext) -> None:
    draft = _compose(context)
    if draft is None:
        return
    for text in (draft.body, draft.subject):
        assert "{" not in text
        assert "}" not in text
        assert "None" not in text
    report = coach(draft.body, language=draft.language, step=draft.step, channel=draft.channel)
    assert FindingKind.PLACEHOLDER not in {f.kind for f in report.findings}, draft.body
