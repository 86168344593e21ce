"""Normalising the ways people are reached and recognised.

Two records are the same identity exactly when their normalised values are equal, so these
functions decide what "the same email" or "the same phone" means everywhere in kith:

- emails: the local part lower-cased, the domain IDNA-encoded, validated by email-validator;
- phones: E.164 (``+393331234567``) via phonenumbers, in the person's or the user's region;
- LinkedIn: the profile slug (``jane-doe-1234``) from any URL form LinkedIn has used;
- names: a search key without case, accents or punctuation.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache, lru_cache
from urllib.parse import unquote, urlsplit

import email_validator
import phonenumbers
from babel import Locale, UnknownLocaleError

from kith.core.errors import InvalidValue
from kith.core.model import IdentityKind

_PHONE_REASONS = {
    phonenumbers.ValidationResult.INVALID_COUNTRY_CODE: "the country code is unknown",
    phonenumbers.ValidationResult.TOO_SHORT: "it is too short",
    phonenumbers.ValidationResult.TOO_LONG: "it is too long",
    phonenumbers.ValidationResult.INVALID_LENGTH: "it has the wrong number of digits",
}


# The common case, checked cheaply: an ASCII local part of letters, digits and . _ % + -
# (no dot first, last or twice) at a domain of letters, digits and hyphens with an alphabetic
# top-level label. Such an address is valid under every rule email-validator applies, which
# then only lower-cases it; anything else goes to email-validator. Reading 30,000 contacts
# spent half its time in email-validator before this.
_PLAIN_EMAIL = re.compile(
    r"(?![.])(?!.*[.]{2})[A-Za-z0-9._%+\-]{1,64}(?<![.])@(?=.{1,253}$)"
    r"(?:(?!-)[A-Za-z0-9-]{1,63}(?<!-)\.)+[A-Za-z]{2,63}"
)


def _special_use(address: str) -> bool:
    domain = address.rpartition("@")[2].lower()
    return any(domain == name or domain.endswith("." + name) for name in email_validator.SPECIAL_USE_DOMAIN_NAMES)


def normalise_email(value: str) -> str:
    """Return the canonical form of an email address or raise ``InvalidValue`` with the reason."""
    candidate = value.strip().removeprefix("mailto:").strip("<>").strip()
    if _PLAIN_EMAIL.fullmatch(candidate) and not _special_use(candidate):
        return candidate.lower()
    try:
        validated = email_validator.validate_email(candidate, check_deliverability=False)
    except email_validator.EmailNotValidError as exc:
        raise InvalidValue("email", value, str(exc).rstrip(".")) from exc
    return f"{validated.local_part.lower()}@{validated.ascii_domain.lower()}"


def normalise_phone(value: str, region: str | None = None) -> str:
    """Return a phone number in E.164, reading a number without ``+`` in ``region``.

    Raises ``InvalidValue`` when the number cannot be a real one, saying why.
    """
    text = value.strip()
    if not text:
        raise InvalidValue("phone", value, "it is empty")
    if not text.startswith("+") and not text.startswith("00") and not region:
        raise InvalidValue("phone", value, "it has no country code; write it as +CC... or give the person a country")
    try:
        number = phonenumbers.parse(text, (region or "").upper() or None)
    except phonenumbers.NumberParseException as exc:
        raise InvalidValue("phone", value, _parse_failure(exc)) from exc
    possible = phonenumbers.is_possible_number_with_reason(number)
    if possible not in (
        phonenumbers.ValidationResult.IS_POSSIBLE,
        phonenumbers.ValidationResult.IS_POSSIBLE_LOCAL_ONLY,
    ):
        raise InvalidValue("phone", value, _PHONE_REASONS.get(possible, "it is not a possible number"))
    if not phonenumbers.is_valid_number(number):
        where = phonenumbers.region_code_for_number(number) or "any region"
        raise InvalidValue("phone", value, f"it is not a valid number in {where}")
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def _parse_failure(exc: phonenumbers.NumberParseException) -> str:
    reasons = {
        phonenumbers.NumberParseException.INVALID_COUNTRY_CODE: "the country code is unknown",
        phonenumbers.NumberParseException.NOT_A_NUMBER: "it is not a phone number",
        phonenumbers.NumberParseException.TOO_SHORT_AFTER_IDD: "it is too short",
        phonenumbers.NumberParseException.TOO_SHORT_NSN: "it is too short",
        phonenumbers.NumberParseException.TOO_LONG: "it is too long",
    }
    return reasons.get(exc.error_type, "it is not a phone number")


_LINKEDIN_SLUG = re.compile(r"^[\w\-%.]{2,100}$", re.UNICODE)


def linkedin_slug(value: str) -> str:
    """Reduce any LinkedIn profile URL (or a bare slug) to the profile slug.

    Handles ``/in/slug``, country subdomains, tracking parameters, percent-encoding, and
    the old ``/pub/name/c/b/a`` form (which LinkedIn redirected to ``/in/name-abc``).
    """
    text = value.strip()
    if not text:
        raise InvalidValue("LinkedIn profile", value, "it is empty")
    if "linkedin." in text.lower() or text.startswith("/"):
        url = text if "//" in text else "https://" + text.lstrip("/")
        parts = [unquote(p) for p in urlsplit(url).path.split("/") if p]
        if len(parts) >= 2 and parts[0].lower() == "in":
            slug = parts[1]
        elif len(parts) >= 5 and parts[0].lower() == "pub":
            slug = f"{parts[1]}-{parts[4]}{parts[3]}{parts[2]}"
        else:
            raise InvalidValue("LinkedIn profile", value, "it is not a profile URL (expected linkedin.com/in/NAME)")
    else:
        slug = unquote(text)
    slug = slug.strip().lower()
    if not _LINKEDIN_SLUG.match(slug):
        raise InvalidValue("LinkedIn profile", value, "the profile name has characters LinkedIn does not use")
    return slug


def normalise_handle(value: str) -> str:
    """A handle on another service, ``service:name``, lower-cased and without a leading @."""
    service, sep, name = value.strip().partition(":")
    if not sep or not service or not name.strip().lstrip("@"):
        raise InvalidValue("handle", value, "write it as SERVICE:NAME, for example github:octocat")
    return f"{service.strip().lower()}:{name.strip().lstrip('@').lower()}"


def normalise_url(value: str) -> str:
    text = value.strip()
    parts = urlsplit(text if "//" in text else "https://" + text)
    if not parts.netloc or "." not in parts.netloc:
        raise InvalidValue("URL", value, "it has no web address")
    return parts._replace(netloc=parts.netloc.lower()).geturl()


def normalise_identity(kind: IdentityKind, value: str, region: str | None = None) -> str:
    """Normalise ``value`` as an identity of ``kind``; the one entry point the adapters use."""
    match kind:
        case IdentityKind.EMAIL:
            return normalise_email(value)
        case IdentityKind.PHONE:
            return normalise_phone(value, region)
        case IdentityKind.LINKEDIN:
            return linkedin_slug(value)
        case IdentityKind.HANDLE:
            return normalise_handle(value)
        case IdentityKind.URL:
            return normalise_url(value)


# Names, companies, cities and titles repeat across a network (each is keyed for matching,
# search, sorting and ranking): a bounded memo of this pure function saves most of the
# Unicode work of an import or a ranking, and memory stays flat.
@lru_cache(maxsize=131_072)
def name_key(name: str) -> str:
    """A key for finding a name: no case, accents, punctuation or repeated spaces."""
    if not name.isascii():
        decomposed = unicodedata.normalize("NFKD", name)
        name = "".join(c for c in decomposed if not unicodedata.combining(c))
    cleaned = _NOT_WORD.sub(" ", name.casefold())
    return " ".join(cleaned.split())


_NOT_WORD = re.compile(r"[^\w\s]")


@cache
def _country_names() -> dict[str, str]:
    """Country names in the languages kith speaks, mapped to ISO codes, from CLDR."""
    names: dict[str, str] = {}
    for language in ("en", "it", "es", "fil", "fr", "de", "pt", "ja"):
        for code, name in Locale(language).territories.items():
            if len(code) == 2 and code.isalpha():
                names.setdefault(name_key(name), code)
    for alias, code in {"usa": "US", "us": "US", "uk": "GB", "england": "GB", "america": "US"}.items():
        names.setdefault(alias, code)
    return names


def normalise_country(value: str) -> str:
    """An ISO 3166-1 alpha-2 code from a code or a country name in a common language."""
    text = value.strip()
    if not text:
        return ""
    if len(text) == 2 and text.isalpha() and text.upper() in Locale("en").territories:
        return text.upper()
    code = _country_names().get(name_key(text))
    if code is None:
        raise InvalidValue("country", value, "it is not a country name or an ISO code such as IT or PH")
    return code


@cache
def _language_names() -> dict[str, str]:
    names: dict[str, str] = {}
    for language in ("en", "it", "es", "fil"):
        for code, name in Locale(language).languages.items():
            names.setdefault(name_key(name), code)
    return names


def normalise_language(value: str) -> str:
    """A BCP 47 language tag (``it``, ``en-GB``, ``fil``) from a tag or a language name."""
    text = value.strip()
    if not text:
        raise InvalidValue("language", value, "it is empty")
    try:
        locale = Locale.parse(text.replace("-", "_"))
    except (UnknownLocaleError, ValueError):
        code = _language_names().get(name_key(text))
        if code is None:
            raise InvalidValue("language", value, "it is not a language name or a tag such as it, es or fil") from None
        return code
    return locale.language + (f"-{locale.territory}" if locale.territory else "")
