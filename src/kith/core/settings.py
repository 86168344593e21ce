"""The thresholds and weights of the reconnection engine, with their documented defaults.

Every rule of the engine that has a number in it reads that number from one of these frozen
dataclasses, passed in as an argument: there is no global configuration, so a test or a user
can change one threshold without touching anything else. ``docs/engine.md`` explains each
default in the user's words. Each class checks its own values when built and raises
``InvalidValue`` naming the setting and what to do.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import date

from kith.core.errors import InvalidValue
from kith.core.model import Campaign, Channel

WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


class TimeSlot(enum.StrEnum):
    """The part of the day an outreach step is meant for (stored as ``OutreachStep.slot``)."""

    MORNING = "morning"
    MIDDAY = "midday"
    AFTERNOON = "afternoon"
    EVENING = "evening"


def _at_least(name: str, value: float, minimum: float, hint: str = "") -> None:
    if value < minimum:
        raise InvalidValue(name, str(value), f"it must be at least {minimum}{hint}")


def _weights(name: str, weights: tuple[float, ...]) -> None:
    if any(w < 0 for w in weights) or sum(weights) <= 0:
        raise InvalidValue(name, str(weights), "weights must be zero or more, and not all zero")


@dataclass(frozen=True, slots=True)
class TieSettings:
    """How a tie is classified and how its strength is weighed."""

    # A tie with real two-way history and nothing both ways for this long is dormant.
    dormant_after_days: int = 730
    # Real two-way history: at least this many exchanges in each direction (a call or a
    # meeting counts in both directions).
    real_history_exchanges: int = 3
    # With no real history yet, a first contact this recent makes the tie new, not weak.
    new_within_days: int = 90
    # A strong tie this close to going dormant is cooling.
    cooling_margin_days: int = 180
    # Strength: how much each named part weighs (they need not add up to 1).
    weight_depth: float = 0.25
    weight_reciprocity: float = 0.2
    weight_richness: float = 0.15
    weight_duration: float = 0.1
    weight_regularity: float = 0.1
    weight_recency: float = 0.2
    # Strength: how many two-way exchanges make full depth, how many years full duration,
    # and after how many days without two-way contact recency has halved.
    full_depth_exchanges: int = 30
    full_duration_years: float = 5.0
    recency_half_life_days: int = 365

    def __post_init__(self) -> None:
        _at_least("dormant_after_days", self.dormant_after_days, 30)
        _at_least("real_history_exchanges", self.real_history_exchanges, 1)
        _at_least("new_within_days", self.new_within_days, 0)
        _at_least("cooling_margin_days", self.cooling_margin_days, 0)
        if self.cooling_margin_days >= self.dormant_after_days:
            raise InvalidValue(
                "cooling_margin_days", str(self.cooling_margin_days), "it must be shorter than dormant_after_days"
            )
        _weights(
            "tie strength weights",
            (
                self.weight_depth,
                self.weight_reciprocity,
                self.weight_richness,
                self.weight_duration,
                self.weight_regularity,
                self.weight_recency,
            ),
        )
        _at_least("full_depth_exchanges", self.full_depth_exchanges, 1)
        _at_least("full_duration_years", self.full_duration_years, 0.5)
        _at_least("recency_half_life_days", self.recency_half_life_days, 1)


@dataclass(frozen=True, slots=True)
class StageSettings:
    """When an outreach has turned into a conversation, and when that conversation is warm."""

    # "A few messages both ways" after the outreach started: this many from each side.
    reconnected_messages_each_way: int = 2
    # Warm: the conversation went on at least this many days after it reconnected.
    warm_after_days: int = 14
    # Without any outreach, a real conversation this recent still counts as reconnected or warm.
    recent_window_days: int = 365

    def __post_init__(self) -> None:
        _at_least("reconnected_messages_each_way", self.reconnected_messages_each_way, 1)
        _at_least("warm_after_days", self.warm_after_days, 1)
        _at_least("recent_window_days", self.recent_window_days, 1)


@dataclass(frozen=True, slots=True)
class CadenceSettings:
    """Follow-ups after a first message, and keep-in-touch cadences."""

    # Days to wait before each follow-up; the last gap repeats if more follow-ups are allowed.
    follow_up_gaps: tuple[int, ...] = (7, 7, 14, 21)
    # At most this many follow-ups; the last one asks whether to stop following up.
    max_follow_ups: int = 4
    # With no return date in an auto-reply, the next step waits this long after it.
    auto_reply_wait_days: int = 7
    # Time slots follow-ups rotate through, so two in a row never share one.
    slots: tuple[TimeSlot, ...] = (TimeSlot.MORNING, TimeSlot.AFTERNOON, TimeSlot.MIDDAY)
    # Keep-in-touch: the default cadence by tie strength (0-100).
    quarterly_from_strength: int = 70
    twice_a_year_from_strength: int = 40
    # A keep-in-touch person is cooling this many days before a touch falls due.
    cooling_notice_days: int = 14
    # A new role or city found by an import is an occasion to get in touch for this many days.
    occasion_days: int = 60

    def __post_init__(self) -> None:
        if not self.follow_up_gaps:
            raise InvalidValue("follow_up_gaps", "()", "give at least one gap, such as 7")
        # Persistent is not daily: PRODUCT.md asks for at least a week between two steps.
        for gap in self.follow_up_gaps:
            _at_least("follow_up_gaps", gap, 7, " days: a follow-up waits at least a week")
        _at_least("max_follow_ups", self.max_follow_ups, 0)
        _at_least("auto_reply_wait_days", self.auto_reply_wait_days, 1)
        if len(set(self.slots)) < 2 or len(set(self.slots)) != len(self.slots):
            raise InvalidValue("slots", ", ".join(self.slots), "give at least two different time slots, each once")
        if self.twice_a_year_from_strength > self.quarterly_from_strength:
            raise InvalidValue(
                "twice_a_year_from_strength",
                str(self.twice_a_year_from_strength),
                "it must not be above quarterly_from_strength",
            )
        _at_least("cooling_notice_days", self.cooling_notice_days, 0)
        _at_least("occasion_days", self.occasion_days, 1)

    def gap_before(self, follow_up_number: int) -> int:
        """Days to wait before follow-up ``follow_up_number`` (1 for the first follow-up)."""
        index = min(follow_up_number, len(self.follow_up_gaps)) - 1
        return self.follow_up_gaps[max(index, 0)]


@dataclass(frozen=True, slots=True)
class Pace:
    """How many steps a day the user takes, and on which days."""

    per_day: int = 10
    working_days: tuple[int, ...] = (0, 1, 2, 3, 4)  # Monday is 0
    holidays: tuple[date, ...] = ()

    def __post_init__(self) -> None:
        _at_least("per_day", self.per_day, 1)
        if not self.working_days or any(d not in range(7) for d in self.working_days):
            raise InvalidValue(
                "working_days", str(self.working_days), "give weekday numbers from 0 (Monday) to 6 (Sunday)"
            )

    @classmethod
    def of(cls, campaign: Campaign) -> Pace:
        """The pace a campaign sets."""
        return cls(per_day=campaign.per_day, working_days=campaign.working_days, holidays=campaign.holidays)

    def is_working_day(self, day: date) -> bool:
        return day.weekday() in self.working_days and day not in self.holidays


@dataclass(frozen=True, slots=True)
class PlanSettings:
    """The rules of the daily plan that are not a campaign's pace."""

    # No person gets two outreach steps closer than this (PRODUCT.md: at least a week).
    min_days_between_steps: int = 7
    # A phone call is suggested for ties at least this strong when a number is known.
    call_from_strength: int = 60
    # Channels to fall back on, best first, after a call.
    channel_order: tuple[Channel, ...] = (Channel.EMAIL, Channel.LINKEDIN, Channel.TEXT, Channel.LETTER)

    def __post_init__(self) -> None:
        _at_least("min_days_between_steps", self.min_days_between_steps, 7, ": at least a week between two steps")
        _at_least("call_from_strength", self.call_from_strength, 0)
        known = (Channel.EMAIL, Channel.LINKEDIN, Channel.TEXT, Channel.LETTER)
        if not self.channel_order or any(c not in known for c in self.channel_order):
            raise InvalidValue("channel_order", ", ".join(self.channel_order), f"use only {', '.join(known)}")


@dataclass(frozen=True, slots=True)
class RankSettings:
    """The weights of the ranking's named parts, and what counts as senior."""

    weight_glad: float = 0.35
    weight_value: float = 0.15
    weight_relevance: float = 0.25
    weight_owed: float = 0.1
    weight_novelty: float = 0.15
    # How many connections (people in the network who know them) make full "how connected".
    full_connections: int = 50
    # Title words and how senior they make someone (0-1); the highest match wins.
    seniority_words: tuple[tuple[str, float], ...] = field(
        default_factory=lambda: (
            ("founder", 1.0),
            ("co-founder", 1.0),
            ("ceo", 1.0),
            ("chief", 1.0),
            ("president", 1.0),
            ("partner", 0.9),
            ("cto", 1.0),
            ("cfo", 1.0),
            ("coo", 1.0),
            ("owner", 0.9),
            ("vp", 0.85),
            ("vice president", 0.85),
            ("director", 0.8),
            ("direttore", 0.8),
            ("director general", 0.95),
            ("fundador", 1.0),
            ("socio", 0.9),
            ("head", 0.75),
            ("principal", 0.7),
            ("gerente", 0.65),
            ("responsabile", 0.6),
            ("manager", 0.6),
            ("lead", 0.55),
            ("professor", 0.7),
            ("senior", 0.45),
        )
    )

    def __post_init__(self) -> None:
        _weights(
            "ranking weights",
            (self.weight_glad, self.weight_value, self.weight_relevance, self.weight_owed, self.weight_novelty),
        )
        _at_least("full_connections", self.full_connections, 1)
        for word, level in self.seniority_words:
            if not 0 <= level <= 1:
                raise InvalidValue("seniority_words", word, "each level must be between 0 and 1")


@dataclass(frozen=True, slots=True)
class EngineSettings:
    """All the engine's settings together, each with its defaults."""

    ties: TieSettings = field(default_factory=TieSettings)
    stages: StageSettings = field(default_factory=StageSettings)
    cadence: CadenceSettings = field(default_factory=CadenceSettings)
    plan: PlanSettings = field(default_factory=PlanSettings)
    ranking: RankSettings = field(default_factory=RankSettings)


# The defaults as one immutable value: what a function uses when no settings are passed in.
DEFAULTS = EngineSettings()
