"""Identity resolution: when two records are one human, what the user is told, and when kith merges alone."""

from __future__ import annotations

from dataclasses import replace

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from kith.core.errors import InvalidValue
from kith.core.matching import (
    MATCH_DEFAULTS,
    MatchIndex,
    MatchProfile,
    MatchSettings,
    Recommendation,
    blocking_keys,
    candidate_pairs,
    find_duplicates,
    is_public_domain,
    is_role_email,
    match,
    match_against,
    profile_from_person,
    soundex,
)
from kith.core.matching.profile import Prepared
from kith.core.model import Birthday, Identity, IdentityKind, Person

STRONG, MEDIUM, LOW, NONE = (
    Recommendation.STRONG,
    Recommendation.MEDIUM,
    Recommendation.LOW,
    Recommendation.NONE,
)
BDAY = Birthday(3, 12, 1984)


def jane(id: int | str = 1, **changes: object) -> MatchProfile:
    base = MatchProfile(id=id, given_name="Jane", family_name="Doe")
    return replace(base, **changes)  # type: ignore[arg-type]


# --- strong identifiers -------------------------------------------------------------------


def test_the_same_email_is_the_same_human_and_says_so() -> None:
    result = match(
        jane(1, emails=("jane@acme.com",)), MatchProfile(id=2, display_name="J Doe", emails=("jane@acme.com",))
    )
    assert result.recommendation is STRONG
    assert "same email jane@acme.com" in result.reasons
    assert (result.a, result.b) == (1, 2)


def test_the_same_mobile_phone_is_the_same_human() -> None:
    result = match(jane(1, phones=("+393331234567",)), MatchProfile(id=2, phones=("+393331234567",)))
    assert result.recommendation is STRONG
    assert "same phone +393331234567" in result.reasons


def test_the_same_linkedin_profile_is_the_same_human() -> None:
    result = match(jane(1, linkedin=("jane-doe-1234",)), MatchProfile(id=2, linkedin=("jane-doe-1234",)))
    assert result.recommendation is STRONG
    assert "same LinkedIn profile jane-doe-1234" in result.reasons


def test_a_shared_landline_is_weak_evidence() -> None:
    # An Italian fixed line (Milan): often a household's or an office's.
    result = match(jane(1, phones=("+390212345678",)), MatchProfile(id=2, given_name="Jane", phones=("+390212345678",)))
    assert result.recommendation is not STRONG
    assert any("landline or a shared number" in r for r in result.reasons)


@pytest.mark.parametrize("address", ["info@acme.com", "office@acme.com", "hello@acme.com", "segreteria@studio.it"])
def test_a_desk_address_is_weak_evidence(address: str) -> None:
    assert is_role_email(address)
    result = match(
        MatchProfile(id=1, given_name="Jane", emails=(address,)),
        MatchProfile(id=2, given_name="Mark", emails=(address,)),
    )
    assert result.recommendation in (NONE, LOW)
    assert any(f"same email {address}, but a shared address" in r for r in result.reasons)


def test_a_shared_email_with_different_given_names_waits_for_the_user() -> None:
    a = MatchProfile(id=1, given_name="Jane", family_name="Rossi", emails=("rossi.family@example.org",))
    b = MatchProfile(id=2, given_name="Marco", family_name="Rossi", emails=("rossi.family@example.org",))
    result = match(a, b)
    assert result.recommendation is MEDIUM
    assert result.reasons[0].startswith("the email rossi.family@example.org is shared, but the given names differ")


def test_a_shared_email_with_different_birthdays_waits_for_the_user() -> None:
    a = jane(1, emails=("jd@example.org",), birthday=BDAY)
    b = jane(2, emails=("jd@example.org",), birthday=Birthday(7, 1, 1990))
    result = match(a, b)
    assert result.recommendation is MEDIUM
    assert "the birthdays differ" in result.reasons[0]
    assert "different birthdays (1984-03-12 / 1990-07-01)" in result.reasons


def test_a_shared_email_with_a_new_family_name_is_still_one_human() -> None:
    # A married name: the given name and the personal address stay.
    a = jane(1, emails=("jane.doe@example.org",))
    b = jane(2, family_name="Smith", emails=("jane.doe@example.org",))
    result = match(a, b)
    assert result.recommendation is STRONG
    assert "different family names (Doe / Smith)" in result.reasons


def test_two_linkedin_profiles_never_merge_alone() -> None:
    a = jane(1, linkedin=("jane-doe-1",), birthday=BDAY, company="Acme", city="Milano", postcode="20121")
    b = jane(2, linkedin=("jane-doe-2",), birthday=BDAY, company="Acme", city="Milano", postcode="20121")
    result = match(a, b)
    assert result.score >= MATCH_DEFAULTS.strong_score
    assert result.recommendation is MEDIUM
    assert "different LinkedIn profiles" in result.reasons


def test_an_email_held_by_many_profiles_is_a_desk_s() -> None:
    shared = "team.rome@acme.com"
    people = [MatchProfile(id=i, given_name="Ann", emails=(shared,)) for i in range(3)]
    results = find_duplicates(people)
    assert len(results) == 3  # still worth a look
    assert all(r.recommendation is not STRONG for r in results)
    assert all(any("shared address" in reason for reason in r.reasons) for r in results)


# --- names ------------------------------------------------------------------------------


def test_accents_and_case_do_not_make_names_differ() -> None:
    result = match(
        MatchProfile(id=1, given_name="José", family_name="Núñez"),
        MatchProfile(id=2, given_name="JOSE", family_name="nunez"),
    )
    assert "same name (José Núñez)" in result.reasons
    assert result.score == MATCH_DEFAULTS.given_name_agree + MATCH_DEFAULTS.family_name_agree


def test_a_typo_makes_names_nearly_identical() -> None:
    result = match(jane(1, given_name="Jon", family_name="Smith"), jane(2, given_name="John", family_name="Smith"))
    assert "names nearly identical (Jon Smith / John Smith)" in result.reasons


def test_given_and_family_names_swapped_still_agree() -> None:
    result = match(
        MatchProfile(id=1, given_name="Hiroshi", family_name="Takahashi"),
        MatchProfile(id=2, given_name="Takahashi", family_name="Hiroshi"),
    )
    assert "same name (Hiroshi Takahashi) (given and family names swapped)" in result.reasons
    assert result.score == MATCH_DEFAULTS.given_name_agree + MATCH_DEFAULTS.family_name_agree


def test_a_nickname_is_a_short_form() -> None:
    result = match(
        MatchProfile(id=1, given_name="Bob", family_name="Miller"),
        MatchProfile(id=2, given_name="Robert", family_name="Miller"),
    )
    assert "same name with a short form (Bob Miller / Robert Miller)" in result.reasons
    plain = match(
        MatchProfile(id=1, given_name="Robert", family_name="Miller"),
        MatchProfile(id=2, given_name="Robert", family_name="Miller"),
    )
    assert 0 < result.score < plain.score


def test_an_initial_is_partial_evidence() -> None:
    initial = match(
        MatchProfile(id=1, display_name="J. Smith"), MatchProfile(id=2, given_name="John", family_name="Smith")
    )
    full = match(
        MatchProfile(id=1, display_name="John Smith"), MatchProfile(id=2, given_name="John", family_name="Smith")
    )
    other = match(
        MatchProfile(id=1, display_name="K. Smith"), MatchProfile(id=2, given_name="John", family_name="Smith")
    )
    assert other.score < initial.score < full.score
    assert "initial fits the given name (J. / John)" in initial.reasons
    assert "different given names (K. / John)" in other.reasons


def test_a_display_name_is_split_into_given_and_family() -> None:
    result = match(MatchProfile(id=1, display_name="Smith, John"), MatchProfile(id=2, display_name="Dr. John Smith"))
    assert "same name (John Smith)" in result.reasons
    assert result.score == MATCH_DEFAULTS.given_name_agree + MATCH_DEFAULTS.family_name_agree


def test_names_alone_never_merge() -> None:
    result = match(
        MatchProfile(id=1, given_name="John", family_name="Smith", city="London"),
        MatchProfile(id=2, given_name="John", family_name="Smith", city="London"),
    )
    assert result.score >= MATCH_DEFAULTS.strong_score
    assert result.recommendation is MEDIUM
    assert result.reasons[0] == "the names agree, but too little else does: not merged without asking"


def test_names_backed_by_birthday_merge() -> None:
    result = match(jane(1, birthday=BDAY), jane(2, given_name="Jàne", birthday=BDAY))
    assert result.recommendation is STRONG
    assert "same birthday 1984-03-12" in result.reasons


def test_different_given_names_never_merge_by_default() -> None:
    # Twins: one family name, one birthday, one address.
    twin = {"family_name": "Doe", "birthday": BDAY, "street": "Via Roma 1", "postcode": "20121", "city": "Milano"}
    a = MatchProfile(id=1, given_name="Anna", **twin)  # type: ignore[arg-type]
    b = MatchProfile(id=2, given_name="Lucia", **twin)  # type: ignore[arg-type]
    result = match(a, b)
    assert result.score >= MATCH_DEFAULTS.strong_score
    assert result.recommendation is MEDIUM
    assert "different given names: not merged without asking" in result.reasons
    lenient = MatchSettings(given_name_overruled_by=20)
    assert match(a, b, lenient).recommendation is STRONG


def test_different_family_names_need_much_else_to_merge() -> None:
    a = MatchProfile(id=1, given_name="Joshua", family_name="Yates", birthday=BDAY)
    b = MatchProfile(id=2, given_name="Joshua", family_name="Davila", birthday=BDAY)
    result = match(a, b)
    assert result.score >= MATCH_DEFAULTS.strong_score
    assert result.recommendation is MEDIUM
    assert "different family names: not merged without asking" in result.reasons
    # A new family name at the same address, with the same birthday: one human.
    moved_in = match(
        replace(a, street="Via Roma 1", postcode="20121"), replace(b, street="Via Roma 1", postcode="20121")
    )
    assert moved_in.recommendation is STRONG


# --- the backing evidence -----------------------------------------------------------------


def test_a_public_email_domain_is_no_evidence() -> None:
    assert is_public_domain("gmail.com")
    a = jane(1, emails=("jane.d@gmail.com",))
    b = jane(2, emails=("doe.jane@gmail.com",))
    assert all(p.name != "email_domain" for p in match(a, b).parts)


def test_a_company_domain_is_evidence() -> None:
    a = jane(1, emails=("jane@acme.com",), company="Acme")
    b = jane(2, emails=("info@acme.com",), company="ACME")
    result = match(a, b)
    assert "emails at the same domain acme.com" in result.reasons
    assert "same company Acme" in result.reasons or "same company (Acme / ACME)" in result.reasons


def test_two_personal_addresses_at_one_company_are_colleagues() -> None:
    a = MatchProfile(id=1, given_name="Jessica", family_name="Jackson", emails=("jessica@weber.com",), company="Weber")
    b = MatchProfile(id=2, given_name="Jessica", family_name="Jackson", emails=("jjackson@weber.com",), company="Weber")
    result = match(a, b)
    assert "different emails at the same domain weber.com: colleagues, perhaps" in result.reasons
    assert result.recommendation is not STRONG


def test_different_birthdays_stop_a_merge() -> None:
    rest = {"company": "Acme", "city": "Milano", "emails": ()}
    a = jane(1, birthday=BDAY, postcode="20121", **rest)  # type: ignore[arg-type]
    b = jane(2, birthday=Birthday(9, 30, 1961), postcode="20121", **rest)  # type: ignore[arg-type]
    same = match(a, replace(b, birthday=BDAY))
    result = match(a, b)
    assert same.recommendation is STRONG
    assert result.recommendation is not STRONG
    assert "different birthdays (1984-03-12 / 1961-09-30)" in result.reasons


def test_a_birthday_typo_neither_helps_nor_vetoes() -> None:
    a = jane(1, birthday=BDAY, postcode="20121", street="Via Roma 1")
    b = jane(2, birthday=Birthday(3, 13, 1984), postcode="20121", street="Via Roma 1")
    result = match(a, b)
    assert "birthdays one typo apart (1984-03-12 / 1984-03-13)" in result.reasons
    assert result.recommendation is STRONG


def test_a_birthday_without_year_is_partial() -> None:
    full = match(jane(1, birthday=BDAY), jane(2, birthday=BDAY))
    partial = match(jane(1, birthday=BDAY), jane(2, birthday=Birthday(3, 12)))
    assert partial.score < full.score
    assert "same birthday, day and month (1984-03-12 / --03-12)" in partial.reasons


def test_address_parts_are_compared() -> None:
    a = jane(1, street="12 Wallaby Place", postcode="2119", city="Cleveland")
    b = jane(2, street="12 wallabyplace", postcode="2119", city="Clevelnad")
    result = match(a, b)
    names = {p.name: p for p in result.parts}
    assert names["street"].points > 0
    assert names["postcode"].points == MATCH_DEFAULTS.postcode_agree
    assert "cities nearly identical (Cleveland / Clevelnad)" in result.reasons
    neighbour = match(a, replace(b, street="14 Wallaby Place"))
    assert "same street, another house number (12 Wallaby Place / 14 Wallaby Place)" in neighbour.reasons


def test_parts_carry_their_breakdown() -> None:
    result = match(jane(1, birthday=BDAY, company="Acme"), jane(2, birthday=BDAY, company="Globex"))
    assert result.score == pytest.approx(sum(p.points for p in result.parts))
    by_name = {p.name: p for p in result.parts}
    assert by_name["company"].value == -1.0
    assert by_name["company"].reason == "different companies (Acme / Globex)"
    assert by_name["birthday"].value == 1.0


def test_a_postcode_typo_neither_helps_nor_hurts() -> None:
    result = match(jane(1, postcode="2193"), jane(2, postcode="2139"))
    assert "postcodes one character apart (2193 / 2139)" in result.reasons
    assert {p.name: p.points for p in result.parts}["postcode"] == 0


def test_different_countries_count_against() -> None:
    same = match(jane(1, country="IT"), jane(2, country="IT"))
    other = match(jane(1, country="IT"), jane(2, country="ES"))
    assert same.score - other.score == MATCH_DEFAULTS.country_agree + MATCH_DEFAULTS.country_differ
    assert "different countries (IT / ES)" in other.reasons


def test_a_company_written_differently_is_the_same_company() -> None:
    result = match(jane(1, company="Acme"), jane(2, company="ACME S.p.A."))
    assert {p.name: p.value for p in result.parts}["company"] == 1.0


def test_recommendations_are_ordered() -> None:
    assert [r.rank for r in (NONE, LOW, MEDIUM, STRONG)] == [0, 1, 2, 3]


# --- settings -----------------------------------------------------------------------------


def test_settings_are_checked() -> None:
    with pytest.raises(InvalidValue, match="same_email"):
        MatchSettings(same_email=-1)
    with pytest.raises(InvalidValue, match="thresholds must rise"):
        MatchSettings(low_score=20, medium_score=10)
    with pytest.raises(InvalidValue, match="name_near"):
        MatchSettings(name_near=0.5, name_alike=0.9)


def test_weights_come_from_the_settings_passed_in() -> None:
    a, b = jane(1, city="Milano"), jane(2, city="Milano")
    heavy = MatchSettings(city_agree=30.0)
    assert match(a, b, heavy).score == match(a, b).score - MATCH_DEFAULTS.city_agree + 30.0


# --- profiles from people --------------------------------------------------------------------


def test_profile_from_person() -> None:
    person = Person(
        display_name="Jane Doe",
        given_name="Jane",
        family_name="Doe",
        company="Acme",
        city="Milano",
        country="IT",
        postal_address="Via Roma 1\n20121 Milano MI\nItaly",
        birthday=BDAY,
        identities=(
            Identity(IdentityKind.EMAIL, "jane@acme.com"),
            Identity(IdentityKind.PHONE, "+393331234567"),
            Identity(IdentityKind.LINKEDIN, "jane-doe"),
            Identity(IdentityKind.URL, "https://jane.example"),
        ),
        id=42,
    )
    profile = profile_from_person(person)
    assert profile == MatchProfile(
        id=42,
        given_name="Jane",
        family_name="Doe",
        display_name="Jane Doe",
        emails=("jane@acme.com",),
        phones=("+393331234567",),
        linkedin=("jane-doe",),
        company="Acme",
        city="Milano",
        country="IT",
        birthday=BDAY,
        street="Via Roma 1",
        postcode="20121",
    )
    assert profile.email_domains == ("acme.com",)


# --- blocking and the index ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "code"),
    [("robert", "r163"), ("rupert", "r163"), ("ashcraft", "a261"), ("tymczak", "t522"), ("pfister", "p236"), ("", "")],
)
def test_soundex(name: str, code: str) -> None:
    assert soundex(name) == code


def test_blocking_keys_name_both_orders() -> None:
    keys = blocking_keys(Prepared(MatchProfile(id=1, given_name="John", family_name="Smith", postcode="2119")))
    swapped = blocking_keys(Prepared(MatchProfile(id=2, given_name="Smith", family_name="John")))
    assert {"n:s530j", "n:j500s", "p:2119j", "p:2119s"} <= keys
    assert keys & swapped


def test_a_full_birthday_or_a_postcode_brings_records_together() -> None:
    people = [
        MatchProfile(id="a", given_name="Anna", family_name="Bianchi", birthday=BDAY),
        MatchProfile(id="b", given_name="Marta", family_name="Verdi", birthday=BDAY),
        MatchProfile(id="c", given_name="Anna", family_name="Neri", postcode="20121"),
        MatchProfile(id="d", given_name="Alba", family_name="Gialli", postcode="20121"),
        MatchProfile(id="e", given_name="Rita", family_name="Rossi", birthday=Birthday(3, 12)),
        MatchProfile(id="f", given_name="Luca", family_name="Russo", birthday=Birthday(3, 12)),
    ]
    # A full birthday is a key alone; a postcode or a birthday without year needs an initial.
    assert sorted(candidate_pairs(people)) == [("a", "b"), ("c", "d"), ("e", "f")]


def test_candidate_pairs_are_only_those_sharing_a_key() -> None:
    people = [
        MatchProfile(id="a", given_name="John", family_name="Smith"),
        MatchProfile(id="b", given_name="Jon", family_name="Smyth"),
        MatchProfile(id="c", given_name="Maria", family_name="Rossi"),
        MatchProfile(id="d", given_name="Luca", family_name="Bianchi", emails=("m.rossi@example.org",)),
        MatchProfile(id="e", given_name="Anna", family_name="Verdi", emails=("m.rossi@example.org",)),
    ]
    assert sorted(candidate_pairs(people)) == [("a", "b"), ("d", "e")]


def test_a_large_block_is_paired_within_a_window() -> None:
    small = MatchSettings(max_block=4, window=3)
    people = [MatchProfile(id=i, given_name="John", family_name=f"Smith{chr(97 + i)}") for i in range(10)]
    pairs = set(candidate_pairs(people, small))
    assert (0, 1) in pairs
    assert (0, 2) in pairs
    assert (0, 9) not in pairs
    assert len(pairs) < 45


def test_find_duplicates_returns_the_best_first() -> None:
    people = [
        jane(1, emails=("jane@acme.com",)),
        jane(2, emails=("jane@acme.com",)),
        jane(3, given_name="Janet", city="Rome"),
        MatchProfile(id=4, given_name="Paolo", family_name="Conte"),
    ]
    results = find_duplicates(people)
    assert (results[0].a, results[0].b) == (1, 2)
    assert [r.score for r in results] == sorted((r.score for r in results), reverse=True)
    assert all(4 not in (r.a, r.b) for r in results)


def test_two_profiles_with_one_id_are_refused() -> None:
    with pytest.raises(InvalidValue, match="two profiles have this id"):
        MatchIndex([jane(1), jane(1)])


def test_the_index_matches_an_incoming_record() -> None:
    index = MatchIndex(
        [jane(1, emails=("jane@acme.com",)), MatchProfile(id=2, given_name="Paolo", family_name="Conte")]
    )
    incoming = MatchProfile(id="new", display_name="Jane Doe", emails=("jane@acme.com",))
    assert index.candidates(incoming) == [1]
    results = match_against(incoming, index)
    assert [r.b for r in results] == [1]
    assert results[0].a == "new"
    assert results[0].recommendation is STRONG
    index.add(MatchProfile(id=3, given_name="Mario", family_name="Rossi", phones=("+393331234567",)))
    assert index.match(MatchProfile(id="x", phones=("+393331234567",)))[0].b == 3
    assert len(index) == 3


def test_two_known_people_matching_alike_leave_the_choice_to_the_user() -> None:
    index = MatchIndex([jane(1, emails=("jane@acme.com",)), jane(2, phones=("+393331234567",))])
    results = index.match(jane("new", emails=("jane@acme.com",), phones=("+393331234567",)))
    assert [r.score for r in results] == [33.0, 33.0]
    assert results[0].recommendation is MEDIUM
    assert any(reason.endswith("matches almost as well: not merged without asking") for reason in results[0].reasons)


def test_a_clear_best_known_person_stays_strong() -> None:
    index = MatchIndex([jane(1, emails=("jane@acme.com",)), jane(2, given_name="Janet", city="Roma")])
    results = index.match(jane("new", emails=("jane@acme.com",)))
    assert [r.b for r in results] == [1, 2]  # Janet Doe is a runner-up far behind
    assert results[0].recommendation is STRONG


# --- properties ---------------------------------------------------------------------------------

_GIVEN = ["Jane", "John", "Jon", "José", "Bob", "Robert", "J.", "Anna", "Ánna", "Mary Ann", ""]
_FAMILY = ["Doe", "Smith", "Smyth", "Núñez", "Nunez", "van der Berg", "Rossi", ""]
_EMAILS = ["jane@acme.com", "j.doe@gmail.com", "info@acme.com", "u7@example.org", "bob@globex.it"]
LANDLINE = "+390212345678"  # Milan, a fixed line
_PHONES = ["+393331234567", LANDLINE, "+14155550123"]
_CITIES = ["Milano", "Milan", "Roma", "London", ""]

known_birthdays = st.builds(
    Birthday,
    month=st.integers(1, 12),
    day=st.integers(1, 28),
    year=st.none() | st.integers(1940, 2005),
)
birthdays = st.none() | known_birthdays


@st.composite
def profiles(draw: st.DrawFn, id: int | str = 1) -> MatchProfile:
    return MatchProfile(
        id=id,
        given_name=draw(st.sampled_from(_GIVEN)),
        family_name=draw(st.sampled_from(_FAMILY)),
        display_name=draw(st.sampled_from(["", "Jane Doe", "Smith, John"])),
        emails=tuple(draw(st.lists(st.sampled_from(_EMAILS), max_size=2, unique=True))),
        phones=tuple(draw(st.lists(st.sampled_from(_PHONES), max_size=2, unique=True))),
        linkedin=tuple(draw(st.lists(st.sampled_from(["jane-doe", "john-smith"]), max_size=1))),
        company=draw(st.sampled_from(["", "Acme", "ACME S.p.A.", "Globex"])),
        city=draw(st.sampled_from(_CITIES)),
        country=draw(st.sampled_from(["", "IT", "GB"])),
        birthday=draw(birthdays),
        street=draw(st.sampled_from(["", "Via Roma 1", "via roma 3", "12 Wallaby Place"])),
        postcode=draw(st.sampled_from(["", "20121", "20122", "2119"])),
    )


# The machine is shared: drawing a profile can be slow, which says nothing about the matcher.
relaxed = settings(suppress_health_check=[HealthCheck.too_slow])


@relaxed
@given(profiles(1), profiles(2))
def test_matching_is_symmetric(a: MatchProfile, b: MatchProfile) -> None:
    forth, back = match(a, b), match(b, a)
    assert forth.score == back.score
    assert forth.recommendation is back.recommendation


@relaxed
@given(profiles(1))
def test_a_profile_matches_itself_strongly(a: MatchProfile) -> None:
    # Names alone never merge: a profile needs an identifier of its own, or a name and a full birthday.
    prepared = Prepared(a)
    own = [e for e in a.emails if not is_role_email(e)] + [p for p in a.phones if p != LANDLINE] + list(a.linkedin)
    dated = bool(prepared.given and prepared.family and a.birthday is not None and a.birthday.year is not None)
    assume(own or dated)
    assert match(a, replace(a, id=2)).recommendation is STRONG


@relaxed
@given(profiles(1), profiles(2), known_birthdays, known_birthdays)
def test_a_conflicting_birthday_never_raises_the_score(
    a: MatchProfile, b: MatchProfile, x: Birthday, y: Birthday
) -> None:
    # Drawn known, so that only the rare equal pair is filtered out (a health check fails otherwise).
    assume((x.month, x.day) != (y.month, y.day))
    before = match(replace(a, birthday=None), replace(b, birthday=None))
    after = match(replace(a, birthday=x), replace(b, birthday=y))
    assert after.score <= before.score
    assert after.recommendation.rank <= before.recommendation.rank


@settings(max_examples=60, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(profiles(0), min_size=2, max_size=30), st.data())
def test_blocking_always_pairs_profiles_sharing_an_email(people: list[MatchProfile], data: st.DataObject) -> None:
    people = [replace(p, id=i) for i, p in enumerate(people)]
    i, j = data.draw(st.sampled_from([(i, j) for i in range(len(people)) for j in range(i + 1, len(people))]))
    people[i] = replace(people[i], emails=(*people[i].emails, "shared@example.org"))
    people[j] = replace(people[j], emails=("shared@example.org",))
    assert (i, j) in set(candidate_pairs(people))


@relaxed
@given(
    st.lists(
        st.builds(
            MatchProfile,
            id=st.just(0),
            given_name=st.text(max_size=12),
            family_name=st.text(max_size=12),
            display_name=st.text(max_size=20),
            emails=st.lists(st.text(max_size=10), max_size=2).map(tuple),
            phones=st.lists(st.text(max_size=10), max_size=2).map(tuple),
            company=st.text(max_size=10),
            city=st.text(max_size=10),
            street=st.text(max_size=15),
            postcode=st.text(max_size=6),
        ),
        max_size=6,
    )
)
def test_any_text_is_compared_without_failing(people: list[MatchProfile]) -> None:
    # Whatever a file held (CJK, emoji, punctuation only, an email without @), matching answers.
    people = [replace(p, id=i) for i, p in enumerate(people)]
    for a in people:
        for b in people:
            result = match(a, b)
            assert result.score == pytest.approx(sum(p.points for p in result.parts), abs=0.05)
            assert all(reason.strip() for reason in result.reasons)
    assert all(r.recommendation is not NONE for r in find_duplicates(people))


def test_an_index_taking_over_an_earlier_one_s_profiles_is_the_index_built_afresh() -> None:
    # The earlier index knew Jane and John under the import's own ids; since then John
    # gained a phone (a record merged into him): he is prepared again, Jane is taken over.
    earlier = MatchIndex([jane("r1", emails=("jane@example.com",)), jane("r2", given_name="John")])
    handed = earlier.prepared_by(lambda profile_id: {"r1": 1, "r2": 2}.get(str(profile_id)))
    now = [jane(1, emails=("jane@example.com",)), jane(2, given_name="John", phones=("+393331234567",))]
    taken, fresh = MatchIndex(now, prepared_before=handed), MatchIndex(now)
    assert taken.prepared()[0] is handed[1]
    assert taken.prepared()[0].profile.id == 1
    assert taken.prepared()[1] is not handed[2]
    record = jane("x", given_name="Johnny", phones=("+393331234567",))
    assert taken.match(record) == fresh.match(record)
    assert taken.match(record)[0].b == 2
    assert taken.duplicates() == fresh.duplicates()
    assert taken.candidates(record) == fresh.candidates(record)
