"""Ties: what the history with a person says about the relationship, in a class, a strength and words.

The features of a tie are plain aggregates of the person's *personal* interactions (an
auto-reply or a bounce is not contact), chosen so that the store can compute them for a whole
network with one ``GROUP BY`` and a window function instead of a Python loop;
``features_of`` computes the same values from a list of interactions, and the two must agree.

The rules (``docs/engine.md`` says them for users):

- **new**: no real two-way history, and known for less than ``new_within_days`` (known from
  the first contact, or from ``known_since`` when a source says when the user met them), or
  known since no day at all;
- **weak**: no real two-way history, ever (``real_history_exchanges`` each way; a call or a
  meeting counts both ways), and known for longer than that;
- **dormant**: real two-way history, and nothing both ways for ``dormant_after_days``;
- **strong**: real two-way history that is not dormant. Little recent contact alone never
  makes a tie weak: it is *cooling* when it comes within ``cooling_margin_days`` of dormancy.

The strength (0-100) is a weighted sum of named parts in [0, 1], the way beets builds a match
distance: the breakdown is kept, so the number explains itself.
"""

from __future__ import annotations

import enum
import itertools
import math
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta

from kith.core.model import Channel, Direction, Interaction, InteractionKind
from kith.core.settings import DEFAULTS, TieSettings

MONTH_NAMES = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
_NUMBER_WORDS = ("no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")

# How each channel is named in an explanation: singular, plural.
_CHANNEL_NOUNS: dict[Channel, tuple[str, str]] = {
    Channel.EMAIL: ("email", "emails"),
    Channel.CALL: ("call", "calls"),
    Channel.MEETING: ("meeting", "meetings"),
    Channel.MESSAGE: ("message", "messages"),
    Channel.LINKEDIN: ("LinkedIn message", "LinkedIn messages"),
    Channel.TEXT: ("text", "texts"),
    Channel.LETTER: ("letter", "letters"),
}
# Calls and meetings are conversations: named without a direction, after the written channels.
_CONVERSATIONS = (Channel.MEETING, Channel.CALL)


class TieClass(enum.StrEnum):
    STRONG = "strong"
    WEAK = "weak"
    DORMANT = "dormant"
    NEW = "new"


@dataclass(frozen=True, slots=True)
class Part:
    """One named part of a score: a value in [0, 1], its weight, and what it means in words."""

    name: str
    value: float
    weight: float
    reason: str


def weighted_score(parts: Iterable[Part]) -> float:
    """The parts' weighted mean on a 0-100 scale (0 when every weight is zero)."""
    listed = list(parts)
    total_weight = sum(p.weight for p in listed)
    if total_weight <= 0:
        return 0.0
    return 100.0 * sum(p.value * p.weight for p in listed) / total_weight


@dataclass(frozen=True, slots=True, order=True)
class ChannelCount:
    """How many personal interactions went one way on one channel.

    SQL: ``SELECT channel, direction, COUNT(*) ... WHERE kind = 'personal' GROUP BY person_id, channel, direction``.
    """

    channel: Channel
    direction: Direction
    count: int


@dataclass(frozen=True, slots=True)
class TieFeatures:
    """The aggregates a tie is judged by. Dates are UTC calendar days of ``occurred_at``.

    Only personal interactions count. Each field says the SQL aggregate that computes it.
    """

    # GROUP BY person_id, channel, direction: COUNT(*); sorted, no zero counts.
    counts: tuple[ChannelCount, ...] = ()
    # MIN(occurred_at) and MAX(occurred_at).
    first_contact: date | None = None
    last_contact: date | None = None
    # MAX(occurred_at) FILTER (WHERE direction IN ('outbound', 'mutual')), and for 'inbound', 'mutual'.
    last_from_you: date | None = None
    last_from_them: date | None = None
    # direction of the latest row: ROW_NUMBER() OVER (PARTITION BY person_id ORDER BY occurred_at DESC,
    # direction DESC) = 1 (at the same moment 'outbound' wins, then 'mutual').
    last_direction: Direction | None = None
    # MAX(day - LAG(day) OVER (PARTITION BY person_id ORDER BY occurred_at)), in days; 0 with fewer than two.
    longest_silence_days: int = 0
    # COUNT(DISTINCT strftime('%Y-%m', occurred_at)) and COUNT(DISTINCT strftime('%Y', occurred_at)).
    active_months: int = 0
    active_years: int = 0
    # Not an aggregate: ``people.known_since``, the first day the user is known to have known
    # them (LinkedIn's "Connected On"). Someone known for years without history is weak, not new.
    known_since: date | None = None

    # Totals by direction and by channel, summed once from ``counts``: classifying a whole
    # network asks for them dozens of times per person.
    total: int = field(init=False, repr=False, compare=False)
    from_you: int = field(init=False, repr=False, compare=False)
    from_them: int = field(init=False, repr=False, compare=False)
    _by_channel: dict[Channel, int] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        # Plain locals, not a dict per direction: this runs for every person of the network.
        outbound = inbound = mutual = 0
        by_channel: dict[Channel, int] = {}
        for c in self.counts:
            if c.direction is Direction.OUTBOUND:
                outbound += c.count
            elif c.direction is Direction.INBOUND:
                inbound += c.count
            else:
                mutual += c.count
            by_channel[c.channel] = by_channel.get(c.channel, 0) + c.count
        # Frozen: the totals are set once here, as dataclasses document for derived fields.
        object.__setattr__(self, "total", outbound + inbound + mutual)
        # The user spoke in outbound interactions and in calls and meetings both took part in.
        object.__setattr__(self, "from_you", outbound + mutual)
        object.__setattr__(self, "from_them", inbound + mutual)
        object.__setattr__(self, "_by_channel", by_channel)

    def count(self, *, channel: Channel | None = None, direction: Direction | None = None) -> int:
        """Interactions on ``channel`` (any when None) in ``direction`` (any when None)."""
        if direction is None:
            return self.total if channel is None else self._by_channel.get(channel, 0)
        return sum(
            c.count for c in self.counts if c.direction is direction and (channel is None or c.channel is channel)
        )

    @property
    def channels(self) -> tuple[Channel, ...]:
        """The channels used, most used first."""
        return tuple(sorted(self._by_channel, key=lambda c: (-self._by_channel[c], c.value)))

    @property
    def two_way_exchanges(self) -> int:
        """How many exchanges went both ways: the smaller side."""
        return min(self.from_you, self.from_them)

    @property
    def reciprocity(self) -> float:
        """1.0 when both sides spoke as often, 0.0 when only one did."""
        larger = max(self.from_you, self.from_them)
        return self.two_way_exchanges / larger if larger else 0.0

    @property
    def meetings(self) -> int:
        return self.count(channel=Channel.MEETING)

    @property
    def calls(self) -> int:
        return self.count(channel=Channel.CALL)

    @property
    def last_two_way(self) -> date | None:
        """The last day by which both sides had spoken: the earlier of the two last days."""
        if self.last_from_you is None or self.last_from_them is None:
            return None
        return min(self.last_from_you, self.last_from_them)

    @property
    def active_span_days(self) -> int:
        if self.first_contact is None or self.last_contact is None:
            return 0
        return (self.last_contact - self.first_contact).days


def features_of(interactions: Iterable[Interaction]) -> TieFeatures:
    """The features of one person's tie, from their interactions (in any order)."""
    personal = sorted(
        (i for i in interactions if i.kind is InteractionKind.PERSONAL),
        key=lambda i: (i.occurred_at, i.direction.value),
    )
    if not personal:
        return TieFeatures()
    tally: dict[tuple[Channel, Direction], int] = {}
    for i in personal:
        tally[(i.channel, i.direction)] = tally.get((i.channel, i.direction), 0) + 1
    days = [i.occurred_at.date() for i in personal]
    you = [d for d, i in zip(days, personal, strict=True) if i.direction is not Direction.INBOUND]
    them = [d for d, i in zip(days, personal, strict=True) if i.direction is not Direction.OUTBOUND]
    return TieFeatures(
        counts=tuple(sorted(ChannelCount(c, d, n) for (c, d), n in tally.items())),
        first_contact=days[0],
        last_contact=days[-1],
        last_from_you=max(you, default=None),
        last_from_them=max(them, default=None),
        last_direction=personal[-1].direction,
        longest_silence_days=max(((b - a).days for a, b in itertools.pairwise(days)), default=0),
        active_months=len({(d.year, d.month) for d in days}),
        active_years=len({d.year for d in days}),
    )


def features_by_person(interactions: Iterable[Interaction]) -> dict[int, TieFeatures]:
    """The features of every person in ``interactions``, keyed by person id."""
    grouped: dict[int, list[Interaction]] = {}
    for i in interactions:
        grouped.setdefault(i.person_id, []).append(i)
    return {person_id: features_of(rows) for person_id, rows in grouped.items()}


@dataclass(frozen=True, slots=True)
class Tie:
    """A tie's class, its 0-100 strength with the parts it is made of, and the history in words."""

    tie_class: TieClass
    strength: int
    parts: tuple[Part, ...]
    explanation: str
    features: TieFeatures
    has_real_history: bool
    cooling: bool = False
    dormant_from: date | None = None  # the day it goes (or went) dormant; None without real history


def has_real_history(features: TieFeatures, settings: TieSettings = DEFAULTS.ties) -> bool:
    """Was there ever real two-way contact: enough exchanges each way, or calls and meetings?"""
    return features.two_way_exchanges >= settings.real_history_exchanges


def dormant_from(features: TieFeatures, settings: TieSettings = DEFAULTS.ties) -> date | None:
    """The day a tie with real history goes (or went) dormant; None without real history."""
    last_two_way = features.last_two_way
    if last_two_way is None or not has_real_history(features, settings):
        return None
    return last_two_way + timedelta(days=settings.dormant_after_days)


def known_from(features: TieFeatures) -> date | None:
    """The first day the user is known to have known them: the first contact or ``known_since``."""
    days = [d for d in (features.first_contact, features.known_since) if d is not None]
    return min(days, default=None)


def tie_class_of(features: TieFeatures, today: date, settings: TieSettings = DEFAULTS.ties) -> TieClass:
    """Only the class, without strength or words: the fast path for a whole network."""
    goes_dormant = dormant_from(features, settings)
    if goes_dormant is None:
        # Without real two-way history: new while known for less than ``new_within_days`` (or
        # not known since any day at all), weak after that, however little there was.
        since = known_from(features)
        if since is None or (today - since).days < settings.new_within_days:
            return TieClass.NEW
        return TieClass.WEAK
    return TieClass.DORMANT if today >= goes_dormant else TieClass.STRONG


def classify(features: TieFeatures, today: date, settings: TieSettings = DEFAULTS.ties) -> Tie:
    """The tie with a person as of ``today``: class, strength, its parts and an explanation."""
    tie_class = tie_class_of(features, today, settings)
    goes_dormant = dormant_from(features, settings)
    cooling = (
        tie_class is TieClass.STRONG
        and goes_dormant is not None
        and (goes_dormant - today).days <= settings.cooling_margin_days
    )
    parts = strength_parts(features, today, settings)
    return Tie(
        tie_class=tie_class,
        strength=round(weighted_score(parts)),
        parts=parts,
        explanation=explain(features, today, tie_class=tie_class, cooling=cooling, dormant_from=goes_dormant),
        features=features,
        has_real_history=goes_dormant is not None,
        cooling=cooling,
        dormant_from=goes_dormant,
    )


def strength_parts(features: TieFeatures, today: date, settings: TieSettings = DEFAULTS.ties) -> tuple[Part, ...]:
    """The named parts of a tie's strength, each in [0, 1] with its weight and reason."""
    exchanges = features.two_way_exchanges
    depth = min(1.0, math.log1p(exchanges) / math.log1p(settings.full_depth_exchanges))
    conversations = features.meetings + features.calls
    years = features.active_span_days / 365.25
    span_months = _months_between(features.first_contact, features.last_contact)
    regularity = min(1.0, features.active_months / span_months) if span_months else 0.0
    last_two_way = features.last_two_way
    if last_two_way is None:
        recency = 0.0
        recency_reason = "never in touch both ways"
    else:
        since = max(0, (today - last_two_way).days)
        recency = 0.5 ** (since / settings.recency_half_life_days)
        recency_reason = f"last in touch both ways {_ago(since)}"
    return (
        Part("depth", depth, settings.weight_depth, f"{_count(exchanges, 'exchange')} both ways"),
        Part(
            "reciprocity",
            features.reciprocity,
            settings.weight_reciprocity,
            f"{features.from_you} from you, {features.from_them} from them",
        ),
        Part(
            "richness",
            conversations / (conversations + 2),
            settings.weight_richness,
            f"{_count(conversations, 'call or meeting', 'calls and meetings')}",
        ),
        Part(
            "duration",
            min(1.0, years / settings.full_duration_years),
            settings.weight_duration,
            f"known over {years:.1f} years" if years >= 1 else "known for less than a year",
        ),
        Part(
            "regularity",
            regularity,
            settings.weight_regularity,
            f"in touch in {features.active_months} of {span_months} months" if span_months else "no contact yet",
        ),
        Part("recency", recency, settings.weight_recency, recency_reason),
    )


def explain(
    features: TieFeatures,
    today: date,
    *,
    tie_class: TieClass | None = None,
    cooling: bool = False,
    dormant_from: date | None = None,
) -> str:
    """The history in words: "14 emails both ways 2016–2019, two meetings, nothing since March 2020"."""
    if features.total == 0 or features.first_contact is None or features.last_contact is None:
        if features.known_since is not None:
            return f"known since {MONTH_NAMES[features.known_since.month - 1]} {features.known_since.year}, no personal contact recorded"
        return "no personal contact yet"
    pieces = _channel_phrases(features)
    pieces[0] += " " + _period(features.first_contact, features.last_contact)
    last = features.last_contact
    if (today - last).days >= 60:
        pieces.append(f"nothing since {MONTH_NAMES[last.month - 1]} {last.year}")
    else:
        pieces.append(f"last in touch {_ago(max(0, (today - last).days))}")
    if features.from_them == 0:
        pieces.append("never an answer")
    elif (
        features.last_from_you
        and features.last_from_them
        and features.last_from_you > features.last_from_them
        and (today - features.last_from_you).days >= 30  # a message of last week is simply waiting
    ):
        pieces.append(f"no answer since {day_in_words(features.last_from_you)}")
    if tie_class is TieClass.STRONG and cooling and dormant_from is not None:
        pieces.append(f"cooling: goes dormant on {day_in_words(dormant_from)}")
    return ", ".join(pieces)


def _channel_phrases(features: TieFeatures) -> list[str]:
    present = features.channels
    written = [c for c in present if c not in _CONVERSATIONS]
    phrases = []
    for channel in written:
        one, many = _CHANNEL_NOUNS[channel]
        mine = features.count(channel=channel, direction=Direction.OUTBOUND)
        theirs = features.count(channel=channel, direction=Direction.INBOUND)
        both = features.count(channel=channel, direction=Direction.MUTUAL)
        total = mine + theirs + both
        way = "both ways" if both or (mine and theirs) else ("from you" if mine else "from them")
        phrases.append(f"{_count(total, one, many)} {way}")
    for channel in (c for c in _CONVERSATIONS if c in present):
        one, many = _CHANNEL_NOUNS[channel]
        phrases.append(_count(features.count(channel=channel), one, many))
    return phrases


def _period(first: date, last: date) -> str:
    return f"in {first.year}" if first.year == last.year else f"{first.year}–{last.year}"


def _months_between(first: date | None, last: date | None) -> int:
    """Calendar months from the first to the last contact, both counted."""
    if first is None or last is None:
        return 0
    return (last.year - first.year) * 12 + last.month - first.month + 1


def _count(n: int, one: str, many: str | None = None) -> str:
    """``two meetings``, ``14 emails``: small numbers in words, the way a person says them."""
    noun = one if n == 1 else (many or one + "s")
    number = _NUMBER_WORDS[n] if n < len(_NUMBER_WORDS) else str(n)
    return f"{number} {noun}"


def _ago(days: int) -> str:
    if days == 0:
        return "today"
    if days < 60:
        return f"{days} day{'s' if days != 1 else ''} ago"
    if days < 730:
        return f"{days // 30} months ago"
    return f"{days // 365} years ago"


def day_in_words(day: date) -> str:
    """``9 January 2027``: the way the plan and the explanations write a date."""
    return f"{day.day} {MONTH_NAMES[day.month - 1]} {day.year}"
