"""Comparing two prepared profiles, part by named part.

Each part (email, phone, given name, birthday, postcode...) yields a value in [-1, 1]: 1
when the two agree fully, a fraction for partial agreement (a typo, an initial, a nickname),
0 when either side does not know, -1 when they clearly differ. Its points are the value times
the part's weight from ``MatchSettings`` (the "agree" weight for agreement, the "differ"
weight for disagreement), so a missing field neither helps nor hurts. Parts carry a level,
not words: the words are written only for the pairs a caller gets back, because a
de-duplication compares a million pairs and keeps few.

Names are compared with rapidfuzz's Jaro-Winkler (made for short, typo-prone strings such as
names); the nickname table is hand-written because no maintained library covers Italian and
Spanish short forms next to English ones.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from typing import ClassVar, NamedTuple

import phonenumbers
from rapidfuzz.distance import OSA, JaroWinkler, Levenshtein
from rapidfuzz.fuzz import ratio, token_set_ratio, token_sort_ratio

from kith.core.matching.profile import Prepared
from kith.core.matching.settings import MatchSettings, learned_table
from kith.core.model import Birthday
from kith.core.nicknames import CANONICAL


def canonical_given(name: str) -> str:
    return CANONICAL.get(name, name)


class Level:
    """How two values of one part compare; ``score`` is the part's value in [-1, 1].

    A plain class of named constants rather than an ``Enum``: the comparison of millions of
    pairs reads ``score`` on every part, and enum members hash and look up slowly.
    """

    __slots__ = ("name", "score")

    EXACT: ClassVar[Level]
    NICKNAME: ClassVar[Level]
    NEAR: ClassVar[Level]  # a typo apart
    PARTIAL: ClassVar[Level]  # one holds the other's words (a double name, a missing word)
    ALIKE: ClassVar[Level]
    INITIAL: ClassVar[Level]  # "J." and "John"
    MISSING: ClassVar[Level]
    UNSURE: ClassVar[Level]  # they differ, but as a typo could: no points either way
    DIFFERENT: ClassVar[Level]

    def __init__(self, name: str, score: float) -> None:
        self.name = name
        self.score = score

    def __repr__(self) -> str:
        return f"Level.{self.name}"


Level.EXACT = Level("EXACT", 1.0)
Level.NICKNAME = Level("NICKNAME", 0.85)
Level.NEAR = Level("NEAR", 0.75)
Level.PARTIAL = Level("PARTIAL", 0.6)
Level.ALIKE = Level("ALIKE", 0.3)
Level.INITIAL = Level("INITIAL", 0.3)
Level.MISSING = Level("MISSING", 0.0)
Level.UNSURE = Level("UNSURE", 0.0)
Level.DIFFERENT = Level("DIFFERENT", -1.0)
_EXACT, _MISSING = Level.EXACT, Level.MISSING


class RawPart(NamedTuple):
    """One compared part, before it is put in words (a tuple: millions are made)."""

    name: str
    level: Level
    points: float
    detail: str = ""  # what the words need beyond the two profiles (an identifier, "swapped")


def name_level(x: str, y: str, settings: MatchSettings, *, given: bool) -> Level:
    """How two name keys (case-folded, no accents) compare."""
    if not x or not y:
        return Level.MISSING
    if x == y:
        return Level.EXACT
    if y < x:
        x, y = y, x  # one order for the memo below: the comparison is symmetric
    return _name_level(x, y, settings.name_near, settings.name_alike, given)


# A network repeats the same first and family names thousands of times: remember the
# comparisons (a pure function of its arguments; the memo is bounded).
@lru_cache(maxsize=262_144)
def _name_level(x: str, y: str, near: float, alike: float, given: bool) -> Level:
    if x.replace(" ", "") == y.replace(" ", ""):
        return Level.EXACT
    if given:
        xi, yi = x.split()[0], y.split()[0]
        if len(xi) == 1 or len(yi) == 1:
            return Level.INITIAL if xi[0] == yi[0] else Level.DIFFERENT
        if canonical_given(xi) == canonical_given(yi):
            return Level.NICKNAME
    similarity = JaroWinkler.normalized_similarity(x, y)
    # One letter wrong, missing, extra or two swapped ("bne" / "ben") is a typo whatever the length.
    if similarity >= near or (min(len(x), len(y)) >= 3 and OSA.distance(x, y) <= 1):
        return Level.NEAR
    xs, ys = set(x.split()), set(y.split())
    if len(xs) + len(ys) > 2 and xs & ys:
        return Level.PARTIAL
    if similarity >= alike:
        return Level.ALIKE
    return Level.DIFFERENT


def _points(level: Level, agree: float, differ: float) -> float:
    value = level.score
    return value * agree if value >= 0 else differ * value


def compare_names(a: Prepared, b: Prepared, settings: MatchSettings) -> tuple[RawPart, RawPart]:
    """Given and family names, straight or swapped, whichever agrees better."""
    # Written out flat (no helper per name): a de-duplication runs this a million times.
    near, alike = settings.name_near, settings.name_alike
    g_agree, g_differ = settings.given_name_agree, settings.given_name_differ
    f_agree, f_differ = settings.family_name_agree, settings.family_name_differ
    ag, af, bg, bf = a.given, a.family, b.given, b.family
    gl = _names(ag, bg, near, alike, True)
    fl = _names(af, bf, near, alike, False)
    gp = gl.score * g_agree if gl.score >= 0 else g_differ * gl.score
    fp = fl.score * f_agree if fl.score >= 0 else f_differ * fl.score
    detail = ""
    if (gl is not _EXACT or fl is not _EXACT) and ag and af and bg and bf and (ag[0] == bf[0] or af[0] == bg[0]):
        # The family name written first, as in a form or in Hungarian, Chinese or Japanese order.
        sgl = _names(ag, bf, near, alike, True)
        sfl = _names(af, bg, near, alike, False)
        sgp = sgl.score * g_agree if sgl.score >= 0 else g_differ * sgl.score
        sfp = sfl.score * f_agree if sfl.score >= 0 else f_differ * sfl.score
        if sgp + sfp > gp + fp + 1e-9:
            gl, fl, gp, fp, detail = sgl, sfl, sgp, sfp, "swapped"
    return RawPart("given_name", gl, gp, detail), RawPart("family_name", fl, fp, detail)


def _names(x: str, y: str, near: float, alike: float, given: bool) -> Level:
    """``name_level`` with the settings' two numbers already taken out."""
    if not x or not y:
        return _MISSING
    if x == y:
        return _EXACT
    if y < x:
        x, y = y, x
    return _name_level(x, y, near, alike, given)


def _one_typo(x: str, y: str) -> bool:
    """One character replaced, or two neighbours swapped."""
    if len(x) != len(y):
        return False
    diffs = [i for i, (p, q) in enumerate(zip(x, y, strict=True)) if p != q]
    if len(diffs) == 1:
        return True
    return len(diffs) == 2 and diffs[1] == diffs[0] + 1 and x[diffs[0]] == y[diffs[1]] and x[diffs[1]] == y[diffs[0]]


def birthday_level(a: Birthday | None, b: Birthday | None) -> Level:
    if a is None or b is None:
        return Level.MISSING
    if (a.month, a.day) == (b.month, b.day):
        if a.year is None or b.year is None:
            return Level.PARTIAL  # the day and month alone: one in 365
        if a.year == b.year:
            return Level.EXACT
        return Level.UNSURE if _one_typo(str(a.year), str(b.year)) else Level.DIFFERENT
    if a.year is not None and b.year is not None and a.year != b.year:
        return Level.DIFFERENT
    if (a.month, a.day) == (b.day, b.month):
        return Level.UNSURE  # day and month read the other way round
    if _one_typo(f"{a.month:02d}{a.day:02d}", f"{b.month:02d}{b.day:02d}"):
        return Level.UNSURE
    return Level.DIFFERENT


def _street_level(x: str, y: str) -> Level:
    if not x or not y:
        return Level.MISSING
    if x == y:
        return Level.EXACT
    numbers_x = {w for w in x.split() if w[:1].isdigit()}
    numbers_y = {w for w in y.split() if w[:1].isdigit()}
    # Words run together or split ("mckillop circuit" / "mckillopcircuit") are common typos.
    similarity = max(token_sort_ratio(x, y), ratio(x.replace(" ", ""), y.replace(" ", ""))) / 100
    if numbers_x and numbers_y and not numbers_x & numbers_y:
        # Another house in the same street: a neighbour, unless a digit was mistyped.
        return Level.ALIKE if similarity >= 0.8 else Level.DIFFERENT
    if similarity >= 0.9:
        return Level.NEAR
    if similarity >= 0.7 or token_set_ratio(x, y) >= 90:
        return Level.PARTIAL
    return Level.DIFFERENT


def _postcode_level(x: str, y: str) -> Level:
    if not x or not y:
        return Level.MISSING
    if x == y:
        return Level.EXACT
    if len(x) > 3 and (Levenshtein.distance(x, y) <= 1 or _one_typo(x, y)):
        return Level.UNSURE
    return Level.DIFFERENT


def _place_level(x: str, y: str, settings: MatchSettings) -> Level:
    if not x or not y:
        return Level.MISSING
    if x == y:
        return Level.EXACT
    return Level.NEAR if JaroWinkler.normalized_similarity(x, y) >= settings.name_near else Level.DIFFERENT


def _company_level(x: str, y: str) -> Level:
    if x == y:
        return Level.EXACT
    return _companies_level(x, y) if x < y else _companies_level(y, x)


@lru_cache(maxsize=65_536)  # companies repeat across a network as names do
def _companies_level(x: str, y: str) -> Level:
    return Level.EXACT if token_set_ratio(x, y) >= 90 else Level.DIFFERENT


def is_landline(phone: str) -> bool:
    """A fixed line is often a household's or an office's, not one person's."""
    try:
        number = phonenumbers.parse(phone, None)
    except phonenumbers.NumberParseException:
        return False
    return phonenumbers.number_type(number) == phonenumbers.PhoneNumberType.FIXED_LINE


SharedCount = Callable[[str], int]


def _two(_key: str) -> int:
    """Two profiles compared alone: a shared identifier is held by exactly the two."""
    return 2


def compare_identifiers(a: Prepared, b: Prepared, settings: MatchSettings, shared: SharedCount = _two) -> list[RawPart]:
    """Emails, phones and LinkedIn profiles: the strong parts, and their weak look-alikes.

    ``shared(key)`` tells how many profiles hold an identifier (``@email``, ``#phone``):
    one held by more than ``settings.shared_identifier_limit`` is a desk's or a family's.
    """
    parts: list[RawPart] = []
    if not (a.emails or a.role_emails or a.phones or a.linkedin) or not (
        b.emails or b.role_emails or b.phones or b.linkedin
    ):
        return parts  # one side has no identifier at all (most of a LinkedIn export): nothing to compare
    limit = settings.shared_identifier_limit
    for email in sorted(a.emails & b.emails):
        if shared("@" + email) > limit:
            parts.append(RawPart("email", Level.PARTIAL, settings.same_shared_email, email))
        else:
            parts.append(RawPart("email", Level.EXACT, settings.same_email, email))
    for email in sorted(a.role_emails & b.role_emails):
        parts.append(RawPart("email", Level.PARTIAL, settings.same_shared_email, email))
    for phone in sorted(a.phones & b.phones):
        if shared("#" + phone) > limit or is_landline(phone):
            parts.append(RawPart("phone", Level.PARTIAL, settings.same_landline, phone))
        else:
            parts.append(RawPart("phone", Level.EXACT, settings.same_phone, phone))
    if a.linkedin and b.linkedin:
        common = sorted(a.linkedin & b.linkedin)
        if common:
            parts.append(RawPart("linkedin", Level.EXACT, settings.same_linkedin, common[0]))
        else:
            parts.append(RawPart("linkedin", Level.DIFFERENT, -settings.different_linkedin))
    if not parts and ((a.emails and b.emails) or (a.phones and b.phones)):
        # Each has an email or a phone of their own and they share none: twins, siblings.
        parts.append(RawPart("own_contacts", Level.DIFFERENT, 0.0))
    common_domains = a.domains & b.domains
    if common_domains and not any(p.name == "email" for p in parts):
        domain = sorted(common_domains)[0]
        if _own_address_at(a, domain) and _own_address_at(b, domain):
            # Two different personal addresses at one company: two colleagues, more likely.
            parts.append(RawPart("email_domain", Level.UNSURE, 0.0, domain))
        else:
            parts.append(RawPart("email_domain", Level.EXACT, settings.email_domain_agree, domain))
    return parts


def _own_address_at(p: Prepared, domain: str) -> bool:
    return any(e.endswith("@" + domain) for e in p.emails)


Learned = tuple[tuple[str, str, float], ...]
_last_table: tuple[Learned, dict[tuple[str, str], float]] = ((), {})  # weights last looked up, their table


def _table_of(learned: Learned) -> dict[tuple[str, str], float]:
    """``learned_table(learned)``, without hashing the weights again for each of a million
    pairs compared with the same settings (they are one tuple object then)."""
    global _last_table
    last = _last_table  # one read: another thread may replace it meanwhile
    if last[0] is learned:
        return last[1]
    table = learned_table(learned)
    _last_table = (learned, table)
    return table


def compare(a: Prepared, b: Prepared, settings: MatchSettings, shared: SharedCount = _two) -> list[RawPart]:
    """Every part on which the two profiles say something, agreeing or not."""
    parts = compare_identifiers(a, b, settings, shared)
    table = _table_of(settings.learned) if settings.learned else None

    def add(name: str, level: Level, agree: float, differ: float) -> None:
        points = _points(level, agree, differ) if table is None else table.get((name, level.name), 0.0)
        parts.append(RawPart(name, level, points))

    given, family = compare_names(a, b, settings)
    for part in (given, family):
        if part.level is not _MISSING:
            if table is not None:  # a new tuple outright: ``_replace`` costs three times as much
                part = RawPart(part.name, part.level, table.get((part.name, part.level.name), 0.0), part.detail)
            parts.append(part)
    # Each part only when both sides know it: most contacts lack most fields.
    if a.birthday is not None and b.birthday is not None:
        add("birthday", birthday_level(a.birthday, b.birthday), settings.birthday_agree, settings.birthday_differ)
    if a.postcode and b.postcode:
        add("postcode", _postcode_level(a.postcode, b.postcode), settings.postcode_agree, settings.postcode_differ)
    if a.street and b.street:
        add("street", _street_level(a.street, b.street), settings.street_agree, settings.street_differ)
    if a.city and b.city:
        add("city", _place_level(a.city, b.city, settings), settings.city_agree, settings.city_differ)
    if a.region and b.region:
        add("region", _place_level(a.region, b.region, settings), settings.region_agree, settings.region_differ)
    if a.country and b.country:
        level = Level.EXACT if a.country == b.country else Level.DIFFERENT
        add("country", level, settings.country_agree, settings.country_differ)
    if a.company and b.company:
        add("company", _company_level(a.company, b.company), settings.company_agree, settings.company_differ)
    return parts
