"""Deciding whether two profiles are one human, and saying why.

The score of a pair is the sum of its parts' points (``compare``). The recommendation
follows the beets importer: none, low, medium or strong, and only strong is ever applied
without asking the user, because a false merge mixes two people's histories while a missed
one costs a click in ``kith dupes``. The rules, in order:

1. A shared strong identifier (a personal email, a mobile phone, a LinkedIn profile held by
   no more than ``shared_identifier_limit`` profiles) makes the pair strong, unless something
   clearly conflicts: different given names (a family's shared address), different
   birthdays, or two different LinkedIn profiles. Then it is medium, and the reasons say so.
2. Otherwise the score decides: ``strong_score``, ``medium_score``, ``low_score``.
   A strong score also needs ``backing_needed`` points from something other than the
   names: two John Smiths are not one human on their names alone.
3. A strong score is lowered to medium by two different LinkedIn profiles, by different
   given names unless the rest of the evidence reaches ``given_name_overruled_by`` (by
   default never: twins share a family name, a birthday and an address), by different
   family names unless the rest reaches ``family_name_overruled_by``, or by different
   birthdays unless the rest reaches ``birthday_overruled_by`` (the same name and address
   with a mistyped birthday).
4. Matching one incoming record against known people (``MatchIndex``): when two known
   people score within ``runner_up_gap`` of each other, the best is not strong.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass

from kith.core.errors import InvalidValue
from kith.core.matching.blocking import Blocks
from kith.core.matching.compare import Level, RawPart, SharedCount, compare
from kith.core.matching.profile import MatchProfile, Prepared, ProfileId, same_but_id
from kith.core.matching.settings import MATCH_DEFAULTS, MatchSettings


class Recommendation(enum.StrEnum):
    NONE = "none"
    LOW = "low"
    MEDIUM = "medium"
    STRONG = "strong"

    @property
    def rank(self) -> int:
        return _RANKS[self]


_RANKS = {Recommendation.NONE: 0, Recommendation.LOW: 1, Recommendation.MEDIUM: 2, Recommendation.STRONG: 3}


@dataclass(frozen=True, slots=True)
class MatchPart:
    """One named part of a match: its value in [-1, 1], the points it gave, and why."""

    name: str
    value: float
    points: float
    reason: str


@dataclass(frozen=True, slots=True)
class MatchResult:
    """Whether profiles ``a`` and ``b`` are one human: a score, a recommendation, reasons."""

    a: ProfileId
    b: ProfileId
    score: float
    recommendation: Recommendation
    parts: tuple[MatchPart, ...]
    reasons: tuple[str, ...]  # the notes that decided, then the parts, weightiest first


_STRONG_IDENTIFIERS = ("email", "phone", "linkedin")
_NOT_BACKING = frozenset({"given_name", "family_name", "company", "city", "region", "country"})


def _decide(parts: Sequence[RawPart], settings: MatchSettings) -> tuple[float, Recommendation, list[str]]:
    score = sum(p.points for p in parts)
    by_name = {p.name: p for p in parts if p.name not in _STRONG_IDENTIFIERS}
    strong_ids = [p for p in parts if p.level is Level.EXACT and p.name in _STRONG_IDENTIFIERS]
    different_linkedin = any(p.name == "linkedin" and p.level is Level.DIFFERENT for p in parts)
    given = by_name.get("given_name")
    family = by_name.get("family_name")
    birthday = by_name.get("birthday")
    different_given = given is not None and given.level is Level.DIFFERENT
    different_family = family is not None and family.level is Level.DIFFERENT
    different_birthday = birthday is not None and birthday.level is Level.DIFFERENT
    notes: list[str] = []
    if strong_ids:
        conflicts = []
        if different_given:
            conflicts.append("the given names differ")
        if different_birthday:
            conflicts.append("the birthdays differ")
        if different_linkedin:
            conflicts.append("they have different LinkedIn profiles")
        if not conflicts:
            return score, Recommendation.STRONG, notes
        notes.append(
            f"{_describe(strong_ids[0])} is shared, but {' and '.join(conflicts)}: "
            "perhaps a family's or an office's; not merged without asking"
        )
        return score, Recommendation.MEDIUM, notes
    # Only personal evidence backs a name: colleagues share a company, neighbours a city (and
    # learned weights can make either worth many bits where few people share one).
    backing = sum(p.points for p in parts if p.points > 0 and p.name not in _NOT_BACKING)
    if score >= settings.strong_score and backing >= settings.backing_needed:
        recommendation = Recommendation.STRONG
    elif score >= settings.medium_score:
        recommendation = Recommendation.MEDIUM
        if score >= settings.strong_score:
            notes.append("the names agree, but too little else does: not merged without asking")
    elif score >= settings.low_score:
        recommendation = Recommendation.LOW
    else:
        recommendation = Recommendation.NONE
    if settings.learned and backing <= 0 and recommendation is Recommendation.MEDIUM:
        # Learned weights know how often names agree, not how common each name is: in a large
        # network a name shared with nothing else is a weak lead, not a pair to review first.
        recommendation = Recommendation.LOW
    own_contacts = any(p.name == "own_contacts" for p in parts)
    if recommendation is Recommendation.STRONG:
        if different_linkedin:
            notes.append("different LinkedIn profiles: not merged without asking")
        elif different_given and own_contacts:
            notes.append(
                "different given names, and each has an email or phone of their own: not merged without asking"
            )
        elif settings.learned:
            pass  # the learned weights already weigh a different name or birthday
        elif different_given and given is not None and score - given.points < settings.given_name_overruled_by:
            notes.append("different given names: not merged without asking")
        elif different_family and family is not None and score - family.points < settings.family_name_overruled_by:
            notes.append("different family names: not merged without asking")
        elif different_birthday and birthday is not None and score - birthday.points < settings.birthday_overruled_by:
            notes.append("different birthdays: not merged without asking")
        if notes:
            recommendation = Recommendation.MEDIUM
    return score, recommendation, notes


def _has_strong_identifier(parts: Sequence[RawPart]) -> bool:
    return any(p.level is Level.EXACT and p.name in _STRONG_IDENTIFIERS for p in parts)


def _describe(part: RawPart) -> str:
    noun = {"email": "the email", "phone": "the phone", "linkedin": "the LinkedIn profile"}[part.name]
    return f"{noun} {part.detail}"


def _given(p: Prepared) -> str:
    return p.given_shown


def _family(p: Prepared) -> str:
    return p.family_shown


def _name_words(given: RawPart | None, family: RawPart | None, a: Prepared, b: Prepared) -> list[tuple[RawPart, str]]:
    """The names in words: one reason when both agree, else one per name part."""
    swapped = any(p is not None and p.detail == "swapped" for p in (given, family))
    b_given, b_family = (_family(b), _given(b)) if swapped else (_given(b), _family(b))
    close = (Level.EXACT, Level.NEAR, Level.NICKNAME)
    order = " (given and family names swapped)" if swapped else ""
    if given and family and given.level in close and family.level in close:
        both = RawPart("name", Level.EXACT, given.points + family.points)
        a_name, b_name = f"{_given(a)} {_family(a)}", f"{b_given} {b_family}"
        if given.level is Level.EXACT and family.level is Level.EXACT:
            return [(both, f"same name ({a_name}){order}")]
        if given.level is Level.NICKNAME and family.level is Level.EXACT:
            return [(both, f"same name with a short form ({a_name} / {b_name}){order}")]
        return [(both, f"names nearly identical ({a_name} / {b_name}){order}")]
    words: list[tuple[RawPart, str]] = []
    for part, noun, x, y in ((given, "given", _given(a), b_given), (family, "family", _family(a), b_family)):
        if part is None:
            continue
        text = {
            Level.EXACT: f"same {noun} name {x}",
            Level.NEAR: f"{noun} names a typo apart ({x} / {y})",
            Level.NICKNAME: f"{noun} names are a name and its short form ({x} / {y})",
            Level.PARTIAL: f"{noun} names share a word ({x} / {y})",
            Level.ALIKE: f"{noun} names alike ({x} / {y})",
            Level.INITIAL: f"initial fits the {noun} name ({x} / {y})",
            Level.DIFFERENT: f"different {noun} names ({x} / {y})",
        }.get(part.level)
        if text:
            words.append((part, text + order))
    return words


def _part_words(part: RawPart, a: Prepared, b: Prepared) -> str:
    pa, pb = a.profile, b.profile
    level = part.level
    match part.name:
        case "email":
            if level is Level.EXACT:
                return f"same email {part.detail}"
            return f"same email {part.detail}, but a shared address (a desk's or a household's): weak evidence"
        case "phone":
            if level is Level.EXACT:
                return f"same phone {part.detail}"
            return f"same phone {part.detail}, but a landline or a shared number: weak evidence"
        case "linkedin":
            if level is Level.EXACT:
                return f"same LinkedIn profile {part.detail}"
            return "different LinkedIn profiles"
        case "own_contacts":
            return "each has an email or phone of their own, and they share none"
        case "email_domain":
            if level is Level.EXACT:
                return f"emails at the same domain {part.detail}"
            return f"different emails at the same domain {part.detail}: colleagues, perhaps"
        case "birthday":
            x = pa.birthday.iso() if pa.birthday else ""
            y = pb.birthday.iso() if pb.birthday else ""
            return {
                Level.EXACT: f"same birthday {x}",
                Level.PARTIAL: f"same birthday, day and month ({x} / {y})",
                Level.UNSURE: f"birthdays one typo apart ({x} / {y})",
            }.get(level, f"different birthdays ({x} / {y})")
    written = {
        "postcode": (pa.postcode, pb.postcode, "postcode", "postcodes"),
        "street": (pa.street, pb.street, "street address", "street addresses"),
        "city": (pa.city, pb.city, "city", "cities"),
        "region": (pa.region, pb.region, "region", "regions"),
        "country": (pa.country, pb.country, "country", "countries"),
        "company": (pa.company, pb.company, "company", "companies"),
    }
    x, y, noun, nouns = written[part.name]
    return {
        Level.EXACT: f"same {noun} {x}" if x.strip().casefold() == y.strip().casefold() else f"same {noun} ({x} / {y})",
        Level.NEAR: f"{nouns} nearly identical ({x} / {y})",
        Level.PARTIAL: f"{nouns} alike ({x} / {y})",
        Level.ALIKE: f"same street, another house number ({x} / {y})",
        Level.UNSURE: f"{nouns} one character apart ({x} / {y})",
    }.get(level, f"different {nouns} ({x} / {y})")


def _result(a: Prepared, b: Prepared, parts: Sequence[RawPart], settings: MatchSettings) -> MatchResult:
    score, recommendation, notes = _decide(parts, settings)
    return _explained(a, b, parts, score, recommendation, notes)


def _explained(
    a: Prepared,
    b: Prepared,
    parts: Sequence[RawPart],
    score: float,
    recommendation: Recommendation,
    notes: Sequence[str],
) -> MatchResult:
    named = {p.name: p for p in parts}
    name_words = _name_words(named.get("given_name"), named.get("family_name"), a, b)
    combined = next((text for p, text in name_words if p.name == "name"), None)
    one_by_one = {p.name: text for p, text in name_words if p.name != "name"}
    match_parts: list[MatchPart] = []
    for p in parts:
        if p.name in ("given_name", "family_name"):
            text = combined or one_by_one.get(p.name, "")
        else:
            text = _part_words(p, a, b)
        match_parts.append(MatchPart(p.name, p.level.score, round(p.points, 2), text))
    weighed = [(p.points, text) for p, text in name_words]
    weighed.extend((p.points, _part_words(p, a, b)) for p in parts if p.name not in ("given_name", "family_name"))
    weighed.sort(key=lambda pt: -abs(pt[0]))
    reasons = (*notes, *(text for _, text in weighed))
    return MatchResult(a.profile.id, b.profile.id, round(score, 2), recommendation, tuple(match_parts), tuple(reasons))


def match(a: MatchProfile, b: MatchProfile, settings: MatchSettings = MATCH_DEFAULTS) -> MatchResult:
    """Compare two profiles: their score, the recommendation, and the reasons in words."""
    pa, pb = Prepared(a, 0), Prepared(b, 1)
    return _result(pa, pb, compare(pa, pb, settings), settings)


class MatchIndex:
    """Known profiles, indexed once for blocking; queried with each incoming record.

    The importer builds it from the people already stored, asks ``match`` for each record,
    and ``add``s the profile of every person it creates, so later records of the same file
    find them too.
    """

    def __init__(
        self,
        profiles: Iterable[MatchProfile] = (),
        settings: MatchSettings = MATCH_DEFAULTS,
        *,
        prepared_before: Mapping[ProfileId, Prepared] | None = None,
    ) -> None:
        """Index ``profiles``. ``prepared_before`` (from ``prepared_by``) hands over what an
        earlier index prepared: a profile there that says the same as the one indexed now
        (its id apart) is taken over, not prepared again. The index is the same either way;
        the earlier index must not be used afterwards."""
        self.settings = settings
        self._blocks = Blocks(settings.max_block, settings.window)
        self._ids: set[ProfileId] = set()
        self._last: Prepared | None = None  # the record ``match`` prepared last, for ``add`` to reuse
        before = prepared_before or {}
        for profile in profiles:
            earlier = before.get(profile.id)
            if earlier is not None and same_but_id(earlier.profile, profile):
                # A Prepared is a function of its profile alone (its keys too): only the
                # id it answers with and its place change.
                earlier.profile = profile
                self._last = earlier
            self.add(profile)

    def __len__(self) -> int:
        return len(self._blocks.profiles)

    def add(self, profile: MatchProfile) -> None:
        if profile.id in self._ids:
            raise InvalidValue("profile id", str(profile.id), "two profiles have this id; give each its own")
        self._ids.add(profile.id)
        last = self._last
        if last is not None and last.profile is profile:  # just matched: prepared already
            last.position = len(self._blocks.profiles)
            self._blocks.add(last)
        else:
            self._blocks.add(Prepared(profile, len(self._blocks.profiles)))
        self._last = None

    def _shared(self, extra: Prepared | None = None) -> SharedCount:
        count = self._blocks.count
        if extra is None:
            return count
        # The incoming record holds its identifiers too.
        return lambda key: count(key) + 1

    def match(self, record: MatchProfile) -> list[MatchResult]:
        """Known profiles that may be the same human as ``record``, best first, none dropped above low.

        The record is not added. Only the best can be strong, and only when no other known
        profile comes within ``runner_up_gap`` of it.
        """
        incoming, scored = self._scored(record)
        return [_explained(incoming, known, parts, score, rec, notes) for score, rec, notes, known, parts in scored]

    def best(self, record: MatchProfile) -> tuple[MatchResult | None, int]:
        """The best of ``match`` (put in words) and how many known profiles match at all.

        What an importer needs for each of thousands of records: the words of the others
        are never read, and writing them costs more than the comparisons. Known profiles
        with another LinkedIn profile than the record's are not compared: they can never
        be merged without asking (``kith dupes`` still shows such pairs), and skipping
        them is most of the work of importing a LinkedIn export, where everyone has one.
        """
        incoming, scored = self._scored(record, skip_other_profiles=True)
        if not scored:
            return None, 0
        score, rec, notes, known, parts = scored[0]
        return _explained(incoming, known, parts, score, rec, notes), len(scored)

    def _scored(
        self, record: MatchProfile, *, skip_other_profiles: bool = False
    ) -> tuple[Prepared, list[tuple[float, Recommendation, list[str], Prepared, list[RawPart]]]]:
        settings = self.settings
        incoming = Prepared(record, -1)
        self._last = incoming
        shared = self._shared(incoming)
        scored: list[tuple[float, Recommendation, list[str], Prepared, list[RawPart]]] = []
        low = settings.low_score
        mine = incoming.linkedin if skip_other_profiles else frozenset()
        for position in self._blocks.neighbours(incoming):
            known = self._blocks.profiles[position]
            if mine and known.linkedin and mine.isdisjoint(known.linkedin):
                continue
            parts = compare(incoming, known, settings, shared)
            # Most neighbours are plainly someone else: skip the decision's bookkeeping.
            if sum(p.points for p in parts) < low and not _has_strong_identifier(parts):
                continue
            score, recommendation, notes = _decide(parts, settings)
            if recommendation is not Recommendation.NONE:
                scored.append((score, recommendation, notes, known, parts))
        scored.sort(key=lambda s: (-s[0], str(s[3].profile.id)))
        if len(scored) >= 2 and scored[0][1] is Recommendation.STRONG:
            runner_up = scored[1]
            if runner_up[0] >= scored[0][0] - settings.runner_up_gap or runner_up[1] is Recommendation.STRONG:
                score, _, notes, known, parts = scored[0]
                note = f"another known person ({runner_up[3].profile.id}) matches almost as well: not merged without asking"
                scored[0] = (score, Recommendation.MEDIUM, [*notes, note], known, parts)
        return incoming, scored

    def shared_count(self) -> SharedCount:
        """How many indexed profiles hold an identifier key (``@email``, ``#phone``)."""
        return self._shared()

    def pairs_by(self, prefix: str) -> Iterator[tuple[Prepared, Prepared]]:
        """The candidate pairs that share a blocking key of one kind (``n:`` names, ``b:`` birthdays...)."""
        profiles = self._blocks.profiles
        for i, j in self._blocks.pairs_by(prefix):
            yield profiles[i], profiles[j]

    def prepared(self) -> list[Prepared]:
        """The indexed profiles, prepared, in the order they were added."""
        return list(self._blocks.profiles)

    def prepared_by(self, person_of: Callable[[ProfileId], ProfileId | None]) -> dict[ProfileId, Prepared]:
        """The indexed profiles, prepared, under the ids ``person_of`` gives them (``None``:
        left out), for a later index of the same people (``MatchIndex(prepared_before=...)``)."""
        found: dict[ProfileId, Prepared] = {}
        for p in self._blocks.profiles:
            key = person_of(p.profile.id)
            if key is not None:
                found[key] = p
        return found

    def candidates(self, record: MatchProfile) -> list[ProfileId]:
        """The ids of the known profiles blocking puts forward for ``record`` (compared by ``match``)."""
        profiles = self._blocks.profiles
        return [profiles[i].profile.id for i in sorted(self._blocks.neighbours(Prepared(record, -1)))]

    def pairs(self) -> Iterator[tuple[Prepared, Prepared]]:
        """Every candidate pair among the indexed profiles, once."""
        profiles = self._blocks.profiles
        for i, j in self._blocks.pairs():
            yield profiles[i], profiles[j]

    def with_settings(self, settings: MatchSettings) -> MatchIndex:
        """The same index (its blocks are not rebuilt) deciding with other weights."""
        if (settings.max_block, settings.window) != (self.settings.max_block, self.settings.window):
            raise InvalidValue("settings", "max_block/window", "blocking settings cannot change on a built index")
        other = MatchIndex((), settings)
        other._blocks, other._ids = self._blocks, self._ids
        return other

    def duplicates(self, at_least: Recommendation = Recommendation.LOW) -> list[MatchResult]:
        """Every candidate pair that is at least an ``at_least`` match, best first.

        Only the pairs returned are put in words (a large network has hundreds of thousands
        of weak pairs nobody reads).
        """
        settings = self.settings
        shared = self._shared()
        kept: list[tuple[float, Prepared, Prepared, list[RawPart], Recommendation, list[str]]] = []
        low = settings.low_score
        wanted = at_least.rank
        for a, b in self.pairs():
            parts = compare(a, b, settings, shared)
            # Most candidate pairs are plainly two people: skip the decision's bookkeeping.
            if sum(p.points for p in parts) < low and not _has_strong_identifier(parts):
                continue
            score, recommendation, notes = _decide(parts, settings)
            if recommendation is not Recommendation.NONE and recommendation.rank >= wanted:
                kept.append((score, a, b, parts, recommendation, notes))
        kept.sort(key=lambda k: (-k[0], str(k[1].profile.id), str(k[2].profile.id)))
        return [_explained(a, b, parts, score, rec, notes) for score, a, b, parts, rec, notes in kept]


def match_against(record: MatchProfile, index: MatchIndex) -> list[MatchResult]:
    """The known profiles that ``record`` may be, best first (see ``MatchIndex.match``)."""
    return index.match(record)


def candidate_pairs(
    profiles: Iterable[MatchProfile], settings: MatchSettings = MATCH_DEFAULTS
) -> Iterator[tuple[ProfileId, ProfileId]]:
    """The pairs of profile ids that blocking puts forward for comparison, each once."""
    for a, b in MatchIndex(profiles, settings).pairs():
        yield a.profile.id, b.profile.id


def find_duplicates(profiles: Iterable[MatchProfile], settings: MatchSettings = MATCH_DEFAULTS) -> list[MatchResult]:
    """Pairs among ``profiles`` that may be one human, best first; apply only the strong ones."""
    return MatchIndex(profiles, settings).duplicates()
