"""Identity resolution: which contacts and people are the same human (pure: no I/O).

Strong identifiers first (a normalised email, an E.164 phone, a LinkedIn profile), then
names backed by company, place, email domain, birthday and address; blocking keeps it fast
on large networks. ``docs/matching.md`` explains the rules and the weights.

- ``profile``: ``MatchProfile``, the matcher's input, and ``profile_from_person``;
- ``compare``: the named parts of a comparison and their points;
- ``blocking``: which pairs are compared at all;
- ``decide``: the score, the recommendation and the reasons in words;
- ``estimate``: weights learned from the network itself (Fellegi-Sunter, EM), for ``kith dupes``.
"""

from kith.core.matching.blocking import blocking_keys, soundex
from kith.core.matching.decide import (
    MatchIndex,
    MatchPart,
    MatchResult,
    Recommendation,
    candidate_pairs,
    find_duplicates,
    match,
    match_against,
)
from kith.core.matching.estimate import Estimate, estimate_settings
from kith.core.matching.profile import (
    PUBLIC_EMAIL_DOMAINS,
    MatchProfile,
    Prepared,
    ProfileId,
    is_public_domain,
    is_role_email,
    profile_from_person,
)
from kith.core.matching.settings import MATCH_DEFAULTS, MatchSettings

__all__ = [
    "MATCH_DEFAULTS",
    "PUBLIC_EMAIL_DOMAINS",
    "Estimate",
    "MatchIndex",
    "MatchPart",
    "MatchProfile",
    "MatchResult",
    "MatchSettings",
    "Prepared",
    "ProfileId",
    "Recommendation",
    "blocking_keys",
    "candidate_pairs",
    "estimate_settings",
    "find_duplicates",
    "is_public_domain",
    "is_role_email",
    "match",
    "match_against",
    "profile_from_person",
    "soundex",
]
