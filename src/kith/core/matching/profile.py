"""What is known about a contact for telling whether two records are the same human.

``MatchProfile`` is the matcher's own input, built from a stored ``Person`` by
``profile_from_person`` or from an imported record by the importer. ``Prepared`` is the same
profile reduced once to comparison keys (names without case or accents, name parts split
from a display name, the company's email domains apart from public mail providers), so the
many pairwise comparisons of a de-duplication do no string cleaning of their own.
"""

from __future__ import annotations

import operator
import re
from dataclasses import dataclass, fields
from functools import lru_cache

from kith.core.identity import name_key
from kith.core.model import Birthday, IdentityKind, Person

ProfileId = int | str

# Mail providers anyone can sign up to: sharing one says nothing about two people.
PUBLIC_EMAIL_DOMAINS = frozenset(
    {
        "gmail.com",
        "googlemail.com",
        "hotmail.com",
        "hotmail.it",
        "hotmail.co.uk",
        "hotmail.es",
        "hotmail.fr",
        "outlook.com",
        "outlook.it",
        "outlook.es",
        "live.com",
        "live.it",
        "msn.com",
        "yahoo.com",
        "yahoo.it",
        "yahoo.es",
        "yahoo.co.uk",
        "yahoo.fr",
        "ymail.com",
        "icloud.com",
        "me.com",
        "mac.com",
        "aol.com",
        "gmx.com",
        "gmx.de",
        "gmx.net",
        "web.de",
        "t-online.de",
        "libero.it",
        "virgilio.it",
        "alice.it",
        "tin.it",
        "tiscali.it",
        "email.it",
        "fastwebnet.it",
        "proton.me",
        "protonmail.com",
        "pm.me",
        "yandex.ru",
        "yandex.com",
        "mail.ru",
        "qq.com",
        "163.com",
        "126.com",
        "zoho.com",
        "fastmail.com",
        "hey.com",
        "orange.fr",
        "free.fr",
        "wanadoo.fr",
        "laposte.net",
        "btinternet.com",
        "comcast.net",
        "verizon.net",
        "att.net",
        "sbcglobal.net",
        "terra.com.br",
        "uol.com.br",
        "bigpond.com",
        "rediffmail.com",
    }
)

# Addresses that belong to a desk or a household, not to one person.
ROLE_LOCAL_PARTS = frozenset(
    {
        "info",
        "office",
        "hello",
        "hi",
        "contact",
        "contacts",
        "admin",
        "sales",
        "support",
        "team",
        "mail",
        "email",
        "enquiries",
        "inquiries",
        "help",
        "reception",
        "booking",
        "bookings",
        "billing",
        "accounts",
        "hr",
        "jobs",
        "careers",
        "press",
        "marketing",
        "webmaster",
        "postmaster",
        "noreply",
        "no-reply",
        "family",
        "home",
        "segreteria",
        "amministrazione",
        "ufficio",
        "posta",
        "hola",
        "ventas",
        "contacto",
        "oficina",
        "kontakt",
    }
)

_TITLES = frozenset({"mr", "mrs", "ms", "miss", "dr", "prof", "sig", "sra", "sr", "dott", "ing", "avv", "jr", "sr."})


def is_public_domain(domain: str) -> bool:
    return domain in PUBLIC_EMAIL_DOMAINS


def is_role_email(email: str) -> bool:
    """``info@``, ``office@`` and the like: a desk's or a household's address."""
    local = email.partition("@")[0]
    return local in ROLE_LOCAL_PARTS or local.split("+")[0] in ROLE_LOCAL_PARTS


@dataclass(frozen=True, slots=True)
class MatchProfile:
    """Everything the matcher may use about one contact or person.

    Identifiers are already normalised (``core.identity``): emails as ``normalise_email``
    returns them, phones in E.164, LinkedIn profiles as slugs. Unknown fields stay empty.
    """

    id: ProfileId
    given_name: str = ""
    family_name: str = ""
    display_name: str = ""
    emails: tuple[str, ...] = ()
    phones: tuple[str, ...] = ()
    linkedin: tuple[str, ...] = ()
    company: str = ""
    city: str = ""
    region: str = ""  # state, province, county
    country: str = ""  # ISO 3166-1 alpha-2
    birthday: Birthday | None = None
    street: str = ""  # the street line of the postal address, number included
    postcode: str = ""

    @property
    def email_domains(self) -> tuple[str, ...]:
        """The domains of the profile's emails, each once, in order."""
        return tuple(dict.fromkeys(e.rpartition("@")[2] for e in self.emails if "@" in e))


_ALL_BUT_ID = operator.attrgetter(*(f.name for f in fields(MatchProfile) if f.name != "id"))


def same_but_id(a: MatchProfile, b: MatchProfile) -> bool:
    """Whether two profiles say the same about a person, whatever their ids."""
    return bool(_ALL_BUT_ID(a) == _ALL_BUT_ID(b))


def profile_from_person(person: Person) -> MatchProfile:
    """The matcher's view of a stored person; its id is the person's id (0 when not stored)."""
    street, postcode = street_and_postcode(person.postal_address)
    return MatchProfile(
        id=person.id if person.id is not None else 0,
        given_name=person.given_name,
        family_name=person.family_name,
        display_name=person.display_name,
        emails=tuple(i.value for i in person.identities_of(IdentityKind.EMAIL)),
        phones=tuple(i.value for i in person.identities_of(IdentityKind.PHONE)),
        linkedin=tuple(i.value for i in person.identities_of(IdentityKind.LINKEDIN)),
        company=person.company,
        city=person.city,
        country=person.country,
        birthday=person.birthday,
        street=street,
        postcode=postcode,
    )


_POSTCODE = re.compile(r"\b(\d{4,6}|[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2})\b")


def street_and_postcode(address: str) -> tuple[str, str]:
    """The first line of a postal address kept on lines, and a postcode found in it.

    A stored address is free text (``"Via Roma 1\\n20121 Milano"``); the first line is the
    street in every convention kith reads, and a postcode is a 4-6 digit number or a UK code
    on a later line.
    """
    lines = [line.strip() for line in address.splitlines() if line.strip()]
    if not lines:
        return "", ""
    for line in lines[1:]:
        found = _POSTCODE.search(line)
        if found:
            return lines[0], found.group(1)
    return lines[0], ""


def _split_display(display: str) -> tuple[str, str]:
    """Given and family name as written in a display name: ``Smith, John`` or ``Dr. John Smith``."""
    if "," in display:
        family, _, given = display.partition(",")
        return given.strip(), family.strip()
    words = [w for w in display.split() if name_key(w) not in _TITLES]
    if not words:
        return "", ""
    if len(words) == 1:
        return words[0], ""
    return " ".join(words[:-1]), words[-1]


_NOTHING: frozenset[str] = frozenset()


@lru_cache(maxsize=65_536)  # given names repeat across a network
def _given_key(given: str) -> str:
    return " ".join(w for w in name_key(given).split() if w not in _TITLES)


class Prepared:
    """A profile reduced once to the keys its comparisons use."""

    __slots__ = (
        "birthday",
        "city",
        "company",
        "country",
        "domains",
        "emails",
        "family",
        "family_shown",
        "given",
        "given_shown",
        "keys",
        "linkedin",
        "phones",
        "position",
        "postcode",
        "profile",
        "region",
        "role_emails",
        "street",
    )

    def __init__(self, profile: MatchProfile, position: int = 0) -> None:
        self.profile = profile
        self.position = position  # where the profile sits in the index that prepared it
        self.keys: set[str] | None = None  # its blocking keys, once computed (``blocking``)
        given, family = profile.given_name.strip(), profile.family_name.strip()
        if not given and not family and profile.display_name:
            given, family = _split_display(profile.display_name)
        self.given_shown, self.family_shown = given, family  # as written, for the reasons
        self.given = _given_key(given)
        self.family = name_key(family)
        if profile.emails:
            emails = frozenset(e.lower() for e in profile.emails)
            self.role_emails = frozenset(e for e in emails if is_role_email(e))
            self.emails = emails - self.role_emails
            self.domains = frozenset(d for d in profile.email_domains if not is_public_domain(d.lower()))
        else:  # most contacts of a LinkedIn export: skip the work
            self.role_emails = self.emails = self.domains = _NOTHING
        self.phones = frozenset(profile.phones) if profile.phones else _NOTHING
        self.linkedin = frozenset(s.lower() for s in profile.linkedin) if profile.linkedin else _NOTHING
        self.company = name_key(profile.company)
        self.city = name_key(profile.city)
        self.region = name_key(profile.region)
        self.country = profile.country.upper()
        self.birthday = profile.birthday
        self.street = name_key(profile.street)
        self.postcode = "".join(profile.postcode.split()).upper() if profile.postcode else ""
