"""The vocabulary the composer and its steps share: the parts of a draft, a part before fitting,
what the composer derived from the context, and how a phrasing is chosen.

A phrasing is chosen per person with a stable hash (BLAKE2 of the person id, the step, the
part and the seed; never Python's randomised ``hash``): the same inputs always give the same
draft, and two people of a campaign seldom get the same text.
"""

from __future__ import annotations

import enum
import hashlib
from dataclasses import dataclass, field
from typing import Protocol

from kith.core.model import OutreachKind
from kith.core.words.context import DraftContext, GoalWords
from kith.core.words.elapsed import Elapsed
from kith.core.words.phrasebook import History, Name, News, Variants
from kith.core.words.recipient import Address


class PartName(enum.StrEnum):
    """The parts a draft is made of, in the words the user sees next to each sentence."""

    GREETING = "greeting"
    GAP = "gap"
    CONTEXT = "context"
    WHY_NOW = "why now"
    AGENDA = "agenda"
    OFFER = "offer"
    ASK = "ask"
    QUESTION = "question"
    INTEREST = "interest"
    FOLLOW_UP = "follow-up"
    NEWS = "their news"
    STOP = "stop?"
    TOUCH = "keeping in touch"
    CONGRATULATIONS = "congratulations"
    THANKS = "thanks"
    RETURN = "returning it"
    CUE = "talking point"
    SIGN_OFF = "sign-off"


# The parts that may be left out when a channel has no room, and the order they go in; then
# the parts that switch to their short phrasing, in this order.
OPTIONAL_PARTS = frozenset({PartName.CONTEXT, PartName.AGENDA, PartName.INTEREST, PartName.NEWS, PartName.ASK})


CUT_ORDER = (
    PartName.INTEREST,
    PartName.NEWS,
    PartName.CONTEXT,
    PartName.AGENDA,
    PartName.SIGN_OFF,  # only LinkedIn's may go: the message shows who sent it
    PartName.ASK,
    PartName.GAP,
    PartName.WHY_NOW,
    PartName.OFFER,
    PartName.QUESTION,
    PartName.FOLLOW_UP,
    PartName.STOP,
    PartName.TOUCH,
    PartName.CONGRATULATIONS,
    PartName.THANKS,
    PartName.RETURN,
)


@dataclass(frozen=True, slots=True)
class Slot:
    """A part before fitting: its phrasings from the longest, "" last when it may be left out."""

    name: PartName
    options: tuple[str, ...]
    reason: str
    group: int


@dataclass
class Facts:
    """What the composer derived from the context, shared by every step's parts."""

    name: Name
    address: Address
    history: History
    elapsed: Elapsed | None
    news: News
    news_reason: str
    interest: str
    interest_raw: str
    words: GoalWords | None
    words_note: str
    ask_allowed: bool
    they_offered: bool
    notes: list[str] = field(default_factory=list)


class SlotMaker(Protocol):
    """The ``slot`` helper's shape, for the builders' signatures."""

    def __call__(
        self,
        name: PartName,
        full: Variants,
        brief: Variants,
        reason: str,
        group: int,
        rotate: int = 0,
        bare: Variants = (),
    ) -> Slot | None: ...


def stable_number(*keys: object) -> int:
    """A number that depends only on ``keys``, the same in every run (BLAKE2, not ``hash``)."""
    text = "\x1f".join(str(k) for k in keys)
    return int.from_bytes(hashlib.blake2b(text.encode(), digest_size=8).digest(), "big")


def family(step: OutreachKind) -> str:
    # Follow-ups share one hash, moved on by their number: consecutive ones never coincide.
    return "followup" if step in (OutreachKind.FOLLOWUP, OutreachKind.LAST) else step.value


def choose(variants: Variants, context: DraftContext, part: PartName, *, rotate: int = 0) -> str:
    if not variants:
        return ""
    return variants[
        (stable_number(context.person_id, family(context.step), part.value, context.seed) + rotate) % len(variants)
    ]
