"""Building a record's emails, phones, profiles and handles, normalised where they can be.

A value that does not normalise is kept raw with a warning on the record, so one bad email
never costs the others; a phone without a country code is not a warning, because the import
may still read it in the user's own region.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from kith.core.errors import InputError, InvalidValue
from kith.core.identity import normalise_country, normalise_identity
from kith.core.model import IdentityKind
from kith.sources.contacts.records import ContactPoint, ContactRecord, PostalAddress, Provenance

# Social networks whose profile addresses become handles ("twitter:jane"); LinkedIn profiles
# are an identity kind of their own.
_SERVICES = {
    "twitter.com": "twitter",
    "x.com": "twitter",
    "github.com": "github",
    "facebook.com": "facebook",
    "instagram.com": "instagram",
    "mastodon.social": "mastodon",
    "t.me": "telegram",
}
_PROFILE = re.compile(r"^(?:https?://)?(?:www\.)?([^/]+)/@?([^/?#]+)/?(?:[?#].*)?$", re.IGNORECASE)


class PointCollector:
    """Collects a record's contact points and the warnings about the ones that do not normalise."""

    def __init__(self, region: str | None = None) -> None:
        self.region = region
        self.points: list[ContactPoint] = []
        self.warnings: list[str] = []
        self._seen: set[tuple[IdentityKind, str]] = set()

    def add(self, kind: IdentityKind, raw: str, label: str = "", *, preferred: bool = False) -> None:
        value = raw.strip()
        if not value:
            return
        if kind is IdentityKind.URL:
            kind, value = classify_url(value)
        key = (kind, value.casefold())
        if key in self._seen:  # the same address under two labels (Google writes both)
            return
        self._seen.add(key)
        normalised: str | None = None
        try:
            normalised = normalise_identity(kind, value, self.region)
        except InvalidValue as exc:
            missing_region = kind is IdentityKind.PHONE and not self.region and not value.startswith(("+", "00"))
            if not missing_region:
                self.warnings.append(f"{exc.field} {raw.strip()!r} was kept as written: {exc.reason}")
        self.points.append(ContactPoint(kind, value, label.strip(), normalised, preferred))


def classify_url(url: str) -> tuple[IdentityKind, str]:
    """A web address as a LinkedIn profile, a handle on a known network, or a plain URL."""
    lowered = url.casefold()
    if "linkedin.com/in/" in lowered or "linkedin.com/pub/" in lowered:
        return IdentityKind.LINKEDIN, url
    match = _PROFILE.match(url)
    if match:
        service = _SERVICES.get(match[1].casefold())
        if service:
            return IdentityKind.HANDLE, f"{service}:{match[2]}"
    return IdentityKind.URL, url


def postal_address(
    label: str = "", street: str = "", city: str = "", region: str = "", postal_code: str = "", country: str = ""
) -> PostalAddress | None:
    """An address from its parts, with the country's ISO code when the country is recognised;
    ``None`` when every part is empty."""
    parts = [p.strip() for p in (street, city, region, postal_code, country)]
    if not any(parts):
        return None
    try:
        code = normalise_country(parts[4]) if parts[4] else ""
    except InvalidValue:
        code = ""
    return PostalAddress(label.strip(), parts[0], parts[1], parts[2], parts[3], parts[4], code)


def finish_contact(
    provenance: Provenance,
    points: PointCollector,
    *,
    display_name: str = "",
    given_name: str = "",
    middle_name: str = "",
    family_name: str = "",
    addresses: Iterable[PostalAddress | None] = (),
    warnings: Iterable[str] = (),
    **fields: Any,
) -> ContactRecord:
    """The finished record; an ``InputError`` at the record's position when it names nobody
    (no name, email, phone, profile or handle)."""
    given, middle, family = given_name.strip(), middle_name.strip(), family_name.strip()
    display = " ".join(display_name.split()) or " ".join(part for part in (given, middle, family) if part)
    display = display or str(fields.get("company", "")).strip()  # a business card names a company
    if not display and not points.points:
        raise InputError(provenance.where, provenance.line, "the record has no name, email, phone or profile")
    return ContactRecord(
        provenance=provenance,
        display_name=display,
        given_name=given,
        middle_name=middle,
        family_name=family,
        contact_points=tuple(points.points),
        addresses=tuple(a for a in addresses if a is not None),
        warnings=(*warnings, *points.warnings),
        **fields,
    )
