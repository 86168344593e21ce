"""Normalising identities: what "the same email, phone or profile" means everywhere in kith."""

from __future__ import annotations

import contextlib
import re
import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kith.core.errors import InvalidValue, KithError
from kith.core.identity import (
    linkedin_slug,
    name_key,
    normalise_country,
    normalise_email,
    normalise_handle,
    normalise_language,
    normalise_phone,
    normalise_url,
)


@pytest.mark.parametrize(
    ("raw", "canonical"),
    [
        ("Jane.Doe@Example.COM", "jane.doe@example.com"),
        ("  <jane@example.com> ", "jane@example.com"),
        ("mailto:jane@example.com", "jane@example.com"),
        ("josé@Bücher.example", "josé@xn--bcher-kva.example"),
    ],
)
def test_emails_are_lower_cased_with_the_domain_idna_encoded(raw: str, canonical: str) -> None:
    assert normalise_email(raw) == canonical


@pytest.mark.parametrize(
    ("raw", "reason"),
    [("nope", "@-sign"), ("a@b", "period"), ("a@@example.com", None), ("", None)],
)
def test_invalid_emails_are_rejected_with_the_reason(raw: str, reason: str | None) -> None:
    with pytest.raises(InvalidValue, match=reason) as caught:
        normalise_email(raw)
    assert caught.value.field == "email"


@pytest.mark.parametrize(
    ("raw", "region", "e164"),
    [
        ("333 123 4567", "IT", "+393331234567"),
        ("+39 333 123 4567", None, "+393331234567"),
        ("0039 333 123 4567", "ES", "+393331234567"),
        ("(415) 555-2671", "us", "+14155552671"),
        ("0917 123 4567", "PH", "+639171234567"),
        ("090-1234-5678", "JP", "+819012345678"),
    ],
)
def test_phones_become_e164_in_the_given_region(raw: str, region: str | None, e164: str) -> None:
    assert normalise_phone(raw, region) == e164


@pytest.mark.parametrize(
    ("raw", "region", "reason"),
    [
        ("333 123 4567", None, "no country code"),
        ("12", "IT", "too short"),
        ("+99 123456", None, "country code"),
        ("call me", "IT", "not a phone number"),
        ("+1 555 0100 000", None, None),
    ],
)
def test_impossible_phones_are_rejected_with_the_reason(raw: str, region: str | None, reason: str | None) -> None:
    with pytest.raises(InvalidValue, match=reason):
        normalise_phone(raw, region)


@pytest.mark.parametrize(
    ("raw", "slug"),
    [
        ("https://www.linkedin.com/in/jane-doe-1234/", "jane-doe-1234"),
        ("http://it.linkedin.com/in/Mario-Rossi?trk=profile", "mario-rossi"),
        ("linkedin.com/in/j%C3%B6rg-m", "jörg-m"),
        ("https://www.linkedin.com/pub/john-doe/12/345/678", "john-doe-67834512"),
        ("jane-doe-1234", "jane-doe-1234"),
    ],
)
def test_linkedin_urls_reduce_to_the_profile_slug(raw: str, slug: str) -> None:
    assert linkedin_slug(raw) == slug


def test_a_linkedin_company_page_is_not_a_profile() -> None:
    with pytest.raises(InvalidValue, match="not a profile URL"):
        linkedin_slug("https://www.linkedin.com/company/acme")


def test_handles_and_urls() -> None:
    assert normalise_handle("GitHub:@Octocat") == "github:octocat"
    assert normalise_url("Example.com/about") == "https://example.com/about"
    with pytest.raises(InvalidValue):
        normalise_handle("octocat")
    with pytest.raises(InvalidValue):
        normalise_url("not a url")


def test_name_keys_ignore_case_accents_and_punctuation() -> None:
    assert name_key("  José  María O'Neil-Ávila ") == "jose maria o neil avila"
    assert name_key("JOSÉ MARÍA") == name_key("jose maria")


@pytest.mark.parametrize(
    ("raw", "code"),
    [
        ("IT", "IT"),
        ("it", "IT"),
        ("Italy", "IT"),
        ("Italia", "IT"),
        ("España", "ES"),
        ("Philippines", "PH"),
        ("Pilipinas", "PH"),
        ("Japan", "JP"),
        ("USA", "US"),
    ],
)
def test_countries_become_iso_codes(raw: str, code: str) -> None:
    assert normalise_country(raw) == code


def test_unknown_countries_are_rejected() -> None:
    with pytest.raises(InvalidValue, match="not a country"):
        normalise_country("Atlantis")


@pytest.mark.parametrize(
    ("raw", "tag"),
    [
        ("it", "it"),
        ("Italian", "it"),
        ("italiano", "it"),
        ("Tagalog", "tl"),
        ("fil", "fil"),
        ("en-gb", "en-GB"),
        ("Spanish", "es"),
    ],
)
def test_languages_become_bcp47_tags(raw: str, tag: str) -> None:
    assert normalise_language(raw) == tag


@given(st.text(max_size=60))
def test_normalising_any_text_raises_only_kith_errors(text: str) -> None:
    for normalise in (normalise_email, normalise_phone, linkedin_slug, normalise_country):
        with contextlib.suppress(KithError):
            normalise(text)


@given(st.emails())
def test_a_normalised_email_normalises_to_itself(email: str) -> None:
    try:
        once = normalise_email(email)
    except InvalidValue:
        return
    assert normalise_email(once) == once


def _name_key_by_the_book(name: str) -> str:
    decomposed = unicodedata.normalize("NFKD", name)
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(re.sub(r"[^\w\s]", " ", stripped.casefold()).split())


@given(st.text())
def test_the_fast_name_key_is_the_key_by_the_book(name: str) -> None:
    assert name_key(name) == _name_key_by_the_book(name)
    assert name_key(name) == name_key(name)  # and the cache gives it back unchanged


@given(
    st.from_regex(r"[A-Za-z0-9._%+\-]{1,20}@[A-Za-z0-9\-]{1,12}\.[A-Za-z]{2,6}", fullmatch=True)
    | st.emails()
    | st.text(max_size=30)
)
def test_the_fast_path_for_plain_emails_agrees_with_email_validator(address: str) -> None:
    import email_validator

    try:
        validated = email_validator.validate_email(address, check_deliverability=False)
    except email_validator.EmailNotValidError:
        expected = None
    else:
        expected = f"{validated.local_part.lower()}@{validated.ascii_domain.lower()}"
    try:
        found: str | None = normalise_email(address)
    except InvalidValue:
        found = None
    assert found == expected
