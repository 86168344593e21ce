"""A realistic, deterministic synthetic network: people and the history the user shares with them.

``generate_network`` invents ``people`` contacts with up to ``years`` of history before
``today``. Each person is drawn with a relationship kind in mind (``intended_kind``) and a
history typical of that kind, drawn from distributions (how many exchanges, over what span,
how long ago they stopped), never cut to a classifier's thresholds: a tie classifier is
later scored against ``intended_kind``, and real networks have cooling strong ties and
dormant ties that went quiet only eighteen months ago.

The kinds, as a real network has them:
- strong (about 4%): frequent, recent, two-way: threads both ways, calls, meetings, texts,
  up to the last weeks;
- weak (about 45%): known, but little real two-way contact ever: a LinkedIn connection, a
  one-off message, rarely a single reply;
- dormant (about 32%): months or years of real exchanges that ended two or more years ago,
  sometimes followed by a stray one-way message (a season's greeting nobody answered);
- one-way (about 15%): only inbound (recruiters, vendors) or only outbound (never answered,
  now and then an out-of-office auto-reply, which is not a reply);
- new (about 4%): added in the last months, with at most two interactions.

Determinism: every random draw comes from one ``random.Random(seed)``, in the order the
people are generated, so the same seed and the same ``today`` give the same network. Person
ids do not exist before the store writes them: each generated fact's ``person_id`` is the
person's ``position`` (0, 1, 2...), which the writer maps to the stored id.
"""

from __future__ import annotations

import bisect
import itertools
import math
import random
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from functools import cache
from typing import TypeVar
from zoneinfo import ZoneInfo

from kith.core.errors import InvalidValue
from kith.core.model import (
    Birthday,
    Channel,
    Direction,
    Favor,
    FavorKind,
    Identity,
    IdentityKind,
    Interaction,
    InteractionKind,
    Note,
    Person,
    RelationshipKind,
)
from kith.demo.phrases import (
    CONTEXTS,
    EXTRA_TAGS,
    FAVOURS,
    FUNCTIONS,
    INTERESTS,
    NOTES,
    REPLY_PREFIX,
    SENIORITY,
    SUBJECTS,
)
from kith.demo.pools import COUNTRY_SHARES, Country, Employer, ascii_words, countries, mobile_number

DAY = 86_400.0
YEAR = 365.25 * DAY
MIN_YEARS = 3  # dormant ties need two silent years after a real history
MAX_YEARS = 60
MAX_PEOPLE = 10_000_000

KIND_SHARES: dict[RelationshipKind, float] = {
    RelationshipKind.STRONG: 0.04,
    RelationshipKind.WEAK: 0.45,
    RelationshipKind.DORMANT: 0.32,
    RelationshipKind.ONE_WAY: 0.15,
    RelationshipKind.NEW: 0.04,
}

OUT, IN, BOTH = Direction.OUTBOUND, Direction.INBOUND, Direction.MUTUAL
E, MEET, CALL, MSG, LI, TXT, LTR = (
    Channel.EMAIL,
    Channel.MEETING,
    Channel.CALL,
    Channel.MESSAGE,
    Channel.LINKEDIN,
    Channel.TEXT,
    Channel.LETTER,
)

# Channels of a two-way episode, by kind: mostly mail, then meetings and calls.
_TWO_WAY_CHANNELS = {
    RelationshipKind.STRONG: ((E, 48), (MEET, 14), (CALL, 14), (TXT, 12), (MSG, 8), (LI, 2), (LTR, 2)),
    RelationshipKind.DORMANT: ((E, 58), (MEET, 14), (CALL, 12), (TXT, 5), (MSG, 6), (LI, 3), (LTR, 2)),
}
# How many messages a mail thread has.
_THREAD_LENGTHS = ((1, 35), (2, 33), (3, 18), (4, 9), (5, 3), (6, 2))


T = TypeVar("T")


def _cumulative(pairs: tuple[tuple[T, float], ...]) -> tuple[tuple[T, ...], tuple[float, ...]]:
    return tuple(p[0] for p in pairs), tuple(itertools.accumulate(p[1] for p in pairs))


def _pick(rng: random.Random, values: Sequence[T], cum_weights: Sequence[float]) -> T:
    """``rng.choices(values, cum_weights=...)[0]``, the same draw without building a list."""
    return values[bisect.bisect(cum_weights, rng.random() * cum_weights[-1], 0, len(values) - 1)]


@dataclass(frozen=True, slots=True)
class DemoPerson:
    """One generated person and everything the user shares with them.

    The facts' ``person_id`` is ``position``, to be replaced by the stored id.
    """

    position: int
    person: Person
    interactions: tuple[Interaction, ...]
    favours: tuple[Favor, ...]
    notes: tuple[Note, ...]


# An interaction before it becomes one: (time in POSIX seconds, channel, direction, summary, thread, kind).
_Event = tuple[float, Channel, Direction, str, str | None, InteractionKind]


@cache
def _zone(name: str) -> ZoneInfo:
    return ZoneInfo(name)


def generate_network(people: int, years: int, seed: int, today: date) -> Iterator[DemoPerson]:
    """Invent ``people`` contacts with up to ``years`` of history ending before ``today``.

    The same ``seed`` and ``today`` always give the same network. Raises ``InvalidValue``
    when ``people`` or ``years`` is out of range.
    """
    check_network_size(people, years)
    generator = _Generator(people=people, years=years, seed=seed, today=today)
    # Checked above, drawn lazily below: a bad argument fails at the call, not at the first person.
    return (generator.person(position) for position in range(people))


def check_network_size(people: int, years: int) -> None:
    """Raise ``InvalidValue`` unless ``generate_network`` can draw ``people`` with ``years``."""
    if not 0 <= people <= MAX_PEOPLE:
        raise InvalidValue("number of people", str(people), f"give a number from 0 to {MAX_PEOPLE:,}")
    if not MIN_YEARS <= years <= MAX_YEARS:
        raise InvalidValue(
            "years of history",
            str(years),
            f"give {MIN_YEARS} to {MAX_YEARS}: dormant ties need two silent years after a real history",
        )


class _Generator:
    """The state of one network being drawn: the random stream, the window, what is taken."""

    def __init__(self, *, people: int, years: int, seed: int, today: date) -> None:
        self.rng = random.Random(seed)
        self.seed = seed
        self.end = datetime(today.year, today.month, today.day, tzinfo=UTC).timestamp()
        self.start = self.end - years * YEAR
        self.countries = countries()
        self.country_codes, self.country_weights = _cumulative(tuple(COUNTRY_SHARES.items()))
        self.kinds, self.kind_weights = _cumulative(tuple(KIND_SHARES.items()))
        self.contexts, self.context_weights = _cumulative(tuple((c, c[2]) for c in CONTEXTS))
        self.seniority, self.seniority_weights = _cumulative(SENIORITY)
        self.thread_lengths, self.thread_length_weights = _cumulative(_THREAD_LENGTHS)
        self.two_way = {kind: _cumulative(pairs) for kind, pairs in _TWO_WAY_CHANNELS.items()}
        # Colleagues share employers: a few big ones, a long tail, more of them in a bigger network.
        self.employer_weights: dict[str, tuple[float, ...]] = {}
        for code, share in COUNTRY_SHARES.items():
            size = min(len(self.countries[code].employers), max(12, round(people * share / 6)))
            self.employer_weights[code] = tuple(itertools.accumulate(1 / (i + 1) ** 1.07 for i in range(size)))
        # The user's own past employers, where the ex-colleagues come from.
        self.my_employers: tuple[tuple[Employer, str], ...] = tuple(
            (self.rng.choice(self.countries[code].employers[:20]), code) for code in ("US", "IT", "ES", "PH")
        )
        self.emails: set[str] = set()
        self.phones: set[str] = set()
        self.slugs: set[str] = set()
        self.interaction_count = itertools.count()
        self.thread_count = itertools.count()
        self.offsets: dict[tuple[str, int, int], int] = {}

    # ---- people -------------------------------------------------------------------------

    def person(self, position: int) -> DemoPerson:
        rng = self.rng
        kind: RelationshipKind = _pick(rng, self.kinds, self.kind_weights)
        code: str = _pick(rng, self.country_codes, self.country_weights)
        country = self.countries[code]
        given, family, display, mail_given, mail_family = self._name(country)
        languages: tuple[str, ...] = (country.languages[0],)
        if rng.random() < country.second_language_share:
            languages += (country.languages[1],)
        city = country.cities.pick(rng)
        zone = country.city_zones[city]
        context = _pick(rng, self.contexts, self.context_weights)
        my_employer, my_employer_country = rng.choice(self.my_employers)
        employer = self._employer(country, context[0], my_employer, my_employer_country)
        tags: tuple[str, ...] = (context[1],) if rng.random() < 0.85 else ()
        if rng.random() < 0.1:
            tags += (rng.choice(EXTRA_TAGS),)
        title = ""
        if employer is not None or rng.random() < 0.3:
            title = _pick(rng, self.seniority, self.seniority_weights).format(function=rng.choice(FUNCTIONS))
        interests = tuple(rng.sample(INTERESTS, _pick(rng, (0, 1, 2, 3, 4), (15, 40, 70, 90, 100))))

        known_since, events = self._history(kind, languages[0], city, employer.name if employer else "")
        history_end = max((e[0] for e in events), default=known_since)
        fill = {
            "employer": my_employer.name,
            "city": city,
            "year": datetime.fromtimestamp(known_since, UTC).year,
            "company": employer.name if employer else "their company",
        }
        how_we_met = rng.choice(context[3]).format(**fill)
        identities = self._identities(kind, country, mail_given, mail_family, employer)
        birthday = None
        if rng.random() < (0.6 if kind is RelationshipKind.STRONG else 0.2):
            birthday = Birthday(
                month=rng.randint(1, 12),
                day=rng.randint(1, 28),
                year=rng.randint(1955, 2002) if rng.random() < 0.6 else None,
            )
        added = datetime.fromtimestamp(known_since, UTC)
        person = Person(
            display_name=display,
            given_name=given,
            family_name=family,
            company=employer.name if employer else "",
            title=title,
            city=city,
            country=code,
            languages=languages,
            interests=interests,
            how_we_met=how_we_met,
            birthday=birthday,
            # When the user met them, as an address book or LinkedIn's "Connected On" says.
            known_since=added.date(),
            intended_kind=kind,
            identities=identities,
            tags=tags,
            created_at=added,
            updated_at=added,
        )
        interactions = self._interactions(position, events, zone)
        favours = self._favours(position, kind, known_since, history_end, fill)
        notes = self._notes(position, kind, known_since, history_end, city, interests)
        return DemoPerson(position, person, interactions, favours, notes)

    def _name(self, country: Country) -> tuple[str, str, str, str, str]:
        """Given, family, display name, and the ASCII words for a mail address."""
        rng = self.rng
        given = (country.given_female if rng.random() < 0.5 else country.given_male).pick(rng)
        family = country.family.pick(rng)
        if country.code in ("ES", "MX") and rng.random() < 0.5:
            family = f"{family} {country.family.pick(rng)}"  # both surnames, as Spanish speakers write them
        if country.code == "JP":
            roman_given, roman_family = country.romanised[given], country.romanised[family]
            if rng.random() < 0.5:
                return given, family, f"{family} {given}", roman_given, roman_family
            return roman_given, roman_family, f"{roman_given} {roman_family}", roman_given, roman_family
        return given, family, f"{given} {family}", given, family

    def _employer(self, country: Country, context: str, mine: Employer, mine_country: str) -> Employer | None:
        rng = self.rng
        if context == "colleague" and rng.random() < (0.45 if mine_country == country.code else 0.15):
            return mine  # still at the company where they worked with the user
        if rng.random() < 0.08:
            return None  # between jobs, or the address book never said
        weights = self.employer_weights[country.code]
        return country.employers[bisect.bisect(weights, rng.random() * weights[-1])]

    def _identities(
        self, kind: RelationshipKind, country: Country, given: str, family: str, employer: Employer | None
    ) -> tuple[Identity, ...]:
        rng = self.rng
        first = "".join(ascii_words(given)) or "contact"
        last = "".join(ascii_words(family)) or "person"
        found: list[Identity] = []
        draw = rng.random()
        if draw < 0.9:
            work = employer is not None and rng.random() < 0.55
            domain = employer.domain if work and employer else country.mail_domains.pick(rng)
            found.append(Identity(IdentityKind.EMAIL, self._email(first, last, domain), "work" if work else "home"))
            if employer is not None and rng.random() < 0.2:
                other_domain = country.mail_domains.pick(rng) if work else employer.domain
                found.append(
                    Identity(IdentityKind.EMAIL, self._email(first, last, other_domain), "home" if work else "work")
                )
        phone_share = {
            RelationshipKind.STRONG: 0.85,
            RelationshipKind.DORMANT: 0.45,
            RelationshipKind.NEW: 0.3,
            RelationshipKind.WEAK: 0.2,
            RelationshipKind.ONE_WAY: 0.1,
        }[kind]
        if rng.random() < phone_share:
            phone = mobile_number(country, rng)
            if phone is not None and phone not in self.phones:
                self.phones.add(phone)
                found.append(Identity(IdentityKind.PHONE, phone, "mobile"))
        if rng.random() < 0.65:
            slug = f"{first}-{last}"
            if slug in self.slugs or rng.random() < 0.7:
                slug = f"{slug}-{rng.getrandbits(32):08x}"[: len(slug) + rng.choice((4, 6, 9))]
            while slug in self.slugs:
                slug = f"{first}-{last}-{rng.getrandbits(40):010x}"
            self.slugs.add(slug)
            found.append(Identity(IdentityKind.LINKEDIN, slug))
        return tuple(found)

    def _email(self, first: str, last: str, domain: str) -> str:
        rng = self.rng
        pattern = rng.random()
        if pattern < 0.45:
            local = f"{first}.{last}"
        elif pattern < 0.6:
            local = f"{first[0]}{last}"
        elif pattern < 0.72:
            local = f"{first}{last}"
        elif pattern < 0.8:
            local = f"{first}_{last}"
        elif pattern < 0.88:
            local = f"{last}.{first}"
        else:
            local = f"{first}.{last}{rng.randint(1, 99)}"
        address = f"{local}@{domain}"
        while address in self.emails:
            address = f"{local}{rng.randint(2, 9999)}@{domain}"
        self.emails.add(address)
        return address

    # ---- histories ----------------------------------------------------------------------

    def _history(self, kind: RelationshipKind, language: str, city: str, company: str) -> tuple[float, list[_Event]]:
        """When the user met the person, and the events of their shared history."""
        words = SUBJECTS.get(language, SUBJECTS["en"])
        # Business mail is often in English even between speakers of other languages.
        if language != "en" and self.rng.random() < 0.4:
            words = SUBJECTS["en"]
        prefix = REPLY_PREFIX.get(language, "Re: ") if words is not SUBJECTS["en"] else "Re: "
        context = _Words(words, prefix, city, company)
        if kind is RelationshipKind.STRONG:
            return self._strong(context)
        if kind is RelationshipKind.DORMANT:
            return self._dormant(context)
        if kind is RelationshipKind.WEAK:
            return self._weak(context)
        if kind is RelationshipKind.ONE_WAY:
            return self._one_way(context)
        return self._new(context)

    def _strong(self, words: _Words) -> tuple[float, list[_Event]]:
        rng = self.rng
        available = (self.end - self.start) / YEAR - 0.1
        span = min(available, max(0.3, rng.lognormvariate(math.log(5), 0.6))) * YEAR
        # The last contact: days or weeks ago; a few strong ties are cooling for months already.
        recent = rng.uniform(90, 270) if rng.random() < 0.05 else rng.expovariate(1 / 12)
        last = self.end - (0.2 + recent) * DAY
        first = max(self.start + DAY, last - span)
        episodes = max(8, min(250, round(rng.lognormvariate(math.log(30), 0.6))))
        events: list[_Event] = []
        channels, weights = self.two_way[RelationshipKind.STRONG]
        for i in range(episodes):
            # The newest episode sits at ``last``; the others lean towards the recent years.
            when = last if i == 0 else first + (last - first) * rng.random() ** 0.45
            self._episode(events, _pick(rng, channels, weights), when, words)
        return first, events

    def _dormant(self, words: _Words) -> tuple[float, list[_Event]]:
        rng = self.rng
        # Silent for two years or more; a few went quiet only eighteen months or so ago.
        silence = rng.uniform(1.2, 2.0) if rng.random() < 0.06 else 2.0 + rng.expovariate(1 / 2.5)
        silence = min(silence, (self.end - self.start) / YEAR - 0.3)
        ended = self.end - silence * YEAR - rng.random() * 30 * DAY
        room = (ended - self.start) / YEAR - 0.05
        span = min(room, max(0.25, rng.lognormvariate(math.log(2.5), 0.7))) * YEAR
        began = ended - span
        episodes = max(4, min(120, round(rng.lognormvariate(math.log(8.5), 0.7))))
        events: list[_Event] = []
        channels, weights = self.two_way[RelationshipKind.DORMANT]
        for i in range(episodes):
            when = ended if i == 0 else began if i == 1 else began + span * rng.random()
            channel = _pick(rng, channels, weights)
            # The first and last episodes are mail threads both ways: the history is real.
            if i < 2 and channel not in (MEET, CALL):
                channel = E
            self._episode(events, channel, when, words, replies=i < 2)
        if rng.random() < 0.3:  # a stray one-way message long after: a greeting nobody answered
            for _ in range(1 if rng.random() < 0.8 else 2):
                when = ended + 0.25 * YEAR + rng.random() * (self.end - ended - 0.26 * YEAR)
                direction = OUT if rng.random() < 0.7 else IN
                channel = _pick(rng, (E, LI, TXT), (5, 8, 10))
                phrase = words.pick(rng, "stray_out" if direction is OUT else "stray_in")
                events.append((self._daytime(when), channel, direction, phrase, None, InteractionKind.PERSONAL))
        return began, events

    def _weak(self, words: _Words) -> tuple[float, list[_Event]]:
        rng = self.rng
        met = self.start + rng.random() * (self.end - self.start - 0.5 * YEAR)
        events: list[_Event] = []
        if rng.random() < 0.55:
            direction = OUT if rng.random() < 0.5 else IN
            events.append(
                (
                    self._daytime(met + rng.random() * 20 * DAY),
                    LI,
                    direction,
                    words.pick(rng, "linkedin_connect"),
                    None,
                    InteractionKind.PERSONAL,
                )
            )
        if rng.random() < 0.12:  # met once in person
            events.append((self._daytime(met), MEET, BOTH, words.pick(rng, "meeting"), None, InteractionKind.PERSONAL))
        one_offs = _pick(rng, (0, 1, 2, 3), (35, 75, 95, 100))
        for _ in range(one_offs):
            when = met + rng.random() ** 2 * (self.end - met)
            channel = _pick(rng, (E, LI, MSG), (70, 90, 100))
            direction = OUT if rng.random() < 0.5 else IN
            if channel is E:
                length = 2 if rng.random() < 0.2 else 1  # now and then a single reply
                self._thread(events, when, direction, length, words.pick(rng, "thread"), words)
            else:
                events.append(
                    (
                        self._daytime(when),
                        channel,
                        direction,
                        words.pick(rng, "cold_out" if direction is OUT else "cold_in"),
                        None,
                        InteractionKind.PERSONAL,
                    )
                )
        return met, events

    def _one_way(self, words: _Words) -> tuple[float, list[_Event]]:
        rng = self.rng
        direction = IN if rng.random() < 0.55 else OUT
        began = self.start + rng.random() * (self.end - self.start - 20 * DAY)
        span = min(self.end - began - DAY, rng.lognormvariate(math.log(1.5), 0.8) * YEAR)
        count = max(1, min(20, 1 + round(rng.expovariate(1 / 2.6))))
        events: list[_Event] = []
        purpose = "cold_in" if direction is IN else "cold_out"
        for i in range(count):
            when = began if i == 0 else began + span * rng.random()
            channel = _pick(rng, (E, LI, TXT, LTR), (65, 93, 97, 100))
            if channel is E:
                subject = words.pick(rng, purpose)
                length = _pick(rng, (1, 2, 3), (60, 90, 100))  # follow-ups in the same thread
                thread_events = self._thread(events, when, direction, length, subject, words, one_way=True)
                if direction is OUT and rng.random() < 0.1:  # an out-of-office is not a reply
                    ooo_time = thread_events[0] + rng.uniform(30, 600)
                    events.append(
                        (ooo_time, E, IN, f"Out of office: {subject}", thread_events[1], InteractionKind.AUTO_REPLY)
                    )
            else:
                summary = words.pick(rng, "linkedin" if channel is LI else "letter" if channel is LTR else purpose)
                events.append((self._daytime(when), channel, direction, summary, None, InteractionKind.PERSONAL))
        return began, events

    def _new(self, words: _Words) -> tuple[float, list[_Event]]:
        rng = self.rng
        added = self.end - rng.uniform(7, 180) * DAY
        events: list[_Event] = []
        count = _pick(rng, (0, 1, 2), (30, 70, 100))
        for i in range(count):
            when = added + rng.random() * (self.end - added - DAY)
            draw = rng.random()
            if i == 0 and draw < 0.4:
                events.append(
                    (
                        self._daytime(added),
                        LI,
                        OUT if rng.random() < 0.5 else IN,
                        words.pick(rng, "linkedin_connect"),
                        None,
                        InteractionKind.PERSONAL,
                    )
                )
            elif draw < 0.65:
                events.append(
                    (self._daytime(when), MEET, BOTH, words.pick(rng, "meeting"), None, InteractionKind.PERSONAL)
                )
            else:
                self._thread(events, when, OUT if rng.random() < 0.5 else IN, 1, words.pick(rng, "thread"), words)
        return added, events

    def _episode(
        self, events: list[_Event], channel: Channel, when: float, words: _Words, replies: bool = False
    ) -> None:
        """One exchange of a two-way relationship on ``channel`` around ``when``."""
        rng = self.rng
        first = OUT if rng.random() < 0.5 else IN
        if channel is E:
            length = _pick(rng, self.thread_lengths, self.thread_length_weights)
            self._thread(events, when, first, max(2, length) if replies else length, words.pick(rng, "thread"), words)
        elif channel in (MEET, CALL):
            events.append(
                (
                    self._daytime(when),
                    channel,
                    BOTH,
                    words.pick(rng, "meeting" if channel is MEET else "call"),
                    None,
                    InteractionKind.PERSONAL,
                )
            )
        elif channel in (TXT, MSG, LI):
            direction = first
            at = self._daytime(when)
            purpose = "linkedin" if channel is LI else "chat"
            for _ in range(rng.choice((1, 2, 2, 3)) if channel is not LI else rng.choice((1, 2))):
                events.append((at, channel, direction, words.pick(rng, purpose), None, InteractionKind.PERSONAL))
                at += rng.uniform(60, 4 * 3600)
                direction = IN if direction is OUT else OUT
        else:
            events.append((self._daytime(when), LTR, first, words.pick(rng, "letter"), None, InteractionKind.PERSONAL))

    def _thread(
        self,
        events: list[_Event],
        when: float,
        first: Direction,
        length: int,
        subject: str,
        words: _Words,
        one_way: bool = False,
    ) -> tuple[float, str]:
        """A mail thread of ``length`` messages; replies alternate unless ``one_way`` (follow-ups)."""
        rng = self.rng
        thread = f"demo:{self.seed}:thread:{next(self.thread_count):09d}"
        at = self._daytime(when)
        start = at
        direction = first
        for i in range(length):
            summary = subject if i == 0 else f"{words.prefix}{subject}"
            events.append((at, E, direction, summary, thread, InteractionKind.PERSONAL))
            at += rng.expovariate(1 / (1.2 * DAY if not one_way else 9 * DAY)) + 300
            if not one_way:
                direction = IN if direction is OUT else OUT
        return start, thread

    def _daytime(self, when: float) -> float:
        """``when`` moved to working hours (07:00–20:00 UTC, roughly daytime in most zones)."""
        day = when - when % DAY
        return day + self.rng.uniform(7 * 3600, 20 * 3600)

    def _interactions(self, position: int, events: list[_Event], zone: str) -> tuple[Interaction, ...]:
        events.sort(key=lambda e: e[0])
        seed = self.seed
        low, high = self.start, self.end - 60
        found: list[Interaction] = []
        for at, channel, direction, summary, thread, kind in events:
            moment = datetime.fromtimestamp(int(low if at < low else high if at > high else at), UTC)
            offset = None
            if direction is IN and channel is E:  # a message's Date header carries the sender's offset
                offset = self._offset(zone, moment)
            found.append(
                Interaction(
                    person_id=position,
                    occurred_at=moment,
                    channel=channel,
                    direction=direction,
                    summary=summary,
                    kind=kind,
                    utc_offset_minutes=offset,
                    external_id=f"demo:{seed}:{next(self.interaction_count):09d}",
                    thread_id=thread,
                )
            )
        return tuple(found)

    def _offset(self, zone: str, moment: datetime) -> int:
        key = (zone, moment.year, moment.month)
        offset = self.offsets.get(key)
        if offset is None:
            delta = _zone(zone).utcoffset(datetime(moment.year, moment.month, 15, 12))
            offset = int(delta.total_seconds() // 60) if delta is not None else 0
            self.offsets[key] = offset
        return offset

    def _favours(
        self, position: int, kind: RelationshipKind, began: float, ended: float, fill: dict[str, object]
    ) -> tuple[Favor, ...]:
        rng = self.rng
        share = {
            RelationshipKind.STRONG: 0.3,
            RelationshipKind.DORMANT: 0.18,
            RelationshipKind.NEW: 0.05,
            RelationshipKind.WEAK: 0.03,
            RelationshipKind.ONE_WAY: 0.02,
        }[kind]
        if rng.random() >= share:
            return ()
        found: list[Favor] = []
        for _ in range(1 if rng.random() < 0.8 else 2):
            favour_kind = FavorKind(_pick(rng, tuple(FAVOURS), (35, 65, 80, 90, 100)))
            description = rng.choice(FAVOURS[favour_kind.value]).format(**fill)
            happened = datetime.fromtimestamp(began + rng.random() * max(0.0, ended - began), UTC).date()
            settled = None
            if favour_kind in (FavorKind.THEY_DID, FavorKind.I_DID) and rng.random() < 0.4:
                settled = min(happened + timedelta(days=rng.randint(7, 400)), self._today())
            found.append(Favor(position, favour_kind, description, occurred_on=happened, settled_on=settled))
        return tuple(found)

    def _notes(
        self, position: int, kind: RelationshipKind, began: float, ended: float, city: str, interests: tuple[str, ...]
    ) -> tuple[Note, ...]:
        rng = self.rng
        share = {
            RelationshipKind.STRONG: 0.4,
            RelationshipKind.DORMANT: 0.2,
            RelationshipKind.NEW: 0.15,
            RelationshipKind.WEAK: 0.05,
            RelationshipKind.ONE_WAY: 0.03,
        }[kind]
        if rng.random() >= share:
            return ()
        found: list[Note] = []
        for _ in range(1 if rng.random() < 0.75 else 2):
            body = rng.choice(NOTES).format(city=city, interest=interests[0] if interests else "leadership")
            written = began + rng.random() * max(0.0, min(ended + 30 * DAY, self.end - 60) - began)
            found.append(Note(position, body, datetime.fromtimestamp(written, UTC)))
        return tuple(found)

    def _today(self) -> date:
        return datetime.fromtimestamp(self.end, UTC).date()


class _Words:
    """The phrases for one person's history, in the language their mail is written in."""

    __slots__ = ("city", "company", "phrases", "prefix")

    def __init__(self, phrases: dict[str, tuple[str, ...]], prefix: str, city: str, company: str) -> None:
        self.phrases = phrases
        self.prefix = prefix
        self.city = city
        self.company = company or "your company"

    def pick(self, rng: random.Random, purpose: str) -> str:
        if purpose == "linkedin_connect":
            return self.phrases["linkedin"][0]
        phrase = rng.choice(self.phrases[purpose])
        if "{" not in phrase:
            return phrase
        return phrase.format(city=self.city, company=self.company, quarter=rng.randint(1, 4))
