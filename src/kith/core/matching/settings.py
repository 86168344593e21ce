"""The weights and thresholds of identity matching, with their documented defaults.

Points are roughly bits of evidence (log2 of how much likelier the observation is for two
records of one human than for two different humans): agreeing on a rare thing such as an
email or a full birthday is worth many, agreeing on a city few. ``docs/matching.md``
explains each default. Passed in as an argument, never read from a global.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, fields
from functools import lru_cache

from kith.core.errors import InvalidValue


@dataclass(frozen=True, slots=True)
class MatchSettings:
    """How much each kind of evidence counts, and where the recommendations start."""

    # Strong identifiers: points for sharing one (a strong identifier alone already makes a
    # strong recommendation unless something conflicts).
    same_email: float = 20.0
    same_phone: float = 20.0
    same_linkedin: float = 20.0
    # Weak identifiers: a desk's or a household's address, a landline, or an identifier that
    # more than ``shared_identifier_limit`` profiles hold.
    same_shared_email: float = 4.0
    same_landline: float = 5.0
    shared_identifier_limit: int = 2
    # Both have a LinkedIn profile and they differ: one human has one profile.
    different_linkedin: float = 12.0
    # Names: points when they agree fully, points taken when they clearly differ (a family
    # name changes with marriage, and different given names already stop a merge below).
    given_name_agree: float = 6.0
    given_name_differ: float = 3.0
    family_name_agree: float = 7.0
    family_name_differ: float = 3.0
    # Jaro-Winkler similarity (0-1) from which two names are a typo apart, or only alike.
    name_near: float = 0.9
    name_alike: float = 0.8
    birthday_agree: float = 10.0
    birthday_differ: float = 5.0
    postcode_agree: float = 5.0
    postcode_differ: float = 2.0
    street_agree: float = 6.0
    street_differ: float = 2.0
    city_agree: float = 3.0
    city_differ: float = 1.0
    region_agree: float = 0.5
    region_differ: float = 0.5
    country_agree: float = 0.5
    country_differ: float = 2.0
    company_agree: float = 3.0
    company_differ: float = 0.5
    email_domain_agree: float = 3.0
    # Recommendations by score. Only strong is ever applied without asking.
    strong_score: float = 12.0
    medium_score: float = 8.0
    low_score: float = 5.0
    # Names alone never merge: a strong score also needs at least this many points from
    # something other than the names (a birthday, a postcode, a company and its domain...).
    backing_needed: float = 5.0
    # Different birthdays stop an automatic merge unless the rest of the evidence alone
    # scores at least this much (a typo in one export, with name and address the same).
    birthday_overruled_by: float = 28.0
    # Different given names (twins, siblings, a couple at one address) stop an automatic
    # merge unless the rest scores at least this much: by default, never.
    given_name_overruled_by: float = math.inf
    # Different family names (a marriage, or two people) stop an automatic merge unless the
    # rest scores at least this much: a full birthday and an address, say.
    family_name_overruled_by: float = 20.0
    # When an incoming record matches two known people this close in score, neither is
    # strong: the user decides.
    runner_up_gap: float = 6.0
    # Blocking: a block larger than ``max_block`` profiles is paired only within a sliding
    # window of ``window`` profiles sorted by name, so one common surname cannot make the
    # comparisons quadratic.
    max_block: int = 30
    window: int = 6
    # Weights learned from the network (``estimate.estimate_settings``): (part, level, bits)
    # for the parts they cover, instead of the agree/differ weights above. Empty: hand-set.
    learned: tuple[tuple[str, str, float], ...] = ()

    def __post_init__(self) -> None:
        for f in fields(self):
            value = getattr(self, f.name)
            if f.name != "learned" and value < 0:
                raise InvalidValue(f.name, str(value), "it must be zero or more")
        if not self.low_score <= self.medium_score <= self.strong_score:
            raise InvalidValue(
                "strong_score",
                str(self.strong_score),
                "the thresholds must rise: low_score <= medium_score <= strong_score",
            )
        if self.strong_score <= 0:
            raise InvalidValue("strong_score", str(self.strong_score), "it must be above zero")
        if not 0 < self.name_alike <= self.name_near <= 1:
            raise InvalidValue("name_near", str(self.name_near), "use 0 < name_alike <= name_near <= 1")
        if self.max_block < 2 or self.window < 2:
            raise InvalidValue("max_block", str(self.max_block), "max_block and window must be at least 2")


MATCH_DEFAULTS = MatchSettings()


@lru_cache(maxsize=8)
def learned_table(learned: tuple[tuple[str, str, float], ...]) -> dict[tuple[str, str], float]:
    """The learned weights as a look-up table (built once per estimate)."""
    return {(part, level): bits for part, level, bits in learned}
