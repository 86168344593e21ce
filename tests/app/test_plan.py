"""The daily plan against real databases: today's plan, the actions on it, cooling, the calendar."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from icalendar import Calendar

from kith.app import plan as use
from kith.app.demo import fill_demo
from kith.app.goals import CampaignDetails, new_campaign
from kith.app.people import IdentityChanges, PersonDetails, add_person, edit_person, list_people
from kith.app.workspace import Workspace, fixed_clock, open_workspace
from kith.core.errors import KithError
from kith.core.model import Channel, OutreachKind, OutreachStatus, OverrideAction, PeopleFilter
from kith.core.plan import DEFAULT_CAMPAIGN
from kith.core.ties import TieClass
from kith.store import schema
from tests.conftest import NOW

TODAY = NOW.date()  # Wednesday 25 November 2026


@pytest.fixture
def network(workspace: Workspace) -> Workspace:
    fill_demo(workspace, people=120, seed=7)
    return workspace


def _ids(plan: use.Today, status: OutreachStatus | None = None) -> list[int]:
    return [t.line.person_id for t in plan.lines if status is None or t.status is status]


def _first_emailable(plan: use.Today) -> int:
    """Someone in today's plan reached by a message, not a call (a call done needs no follow-up)."""
    return next(t.line.person_id for t in plan.lines if t.line.channel is not Channel.CALL)


def test_a_new_user_sees_a_plan_at_once_reviving_dormant_ties(network: Workspace) -> None:
    plan = use.today_plan(network)
    assert plan.campaign == DEFAULT_CAMPAIGN
    assert len(plan.lines) == plan.budget == 10
    assert all(t.line.kind is OutreachKind.FIRST and t.status is OutreachStatus.PLANNED for t in plan.lines)
    ties = use.load_network(network, TODAY).prospects
    assert all(ties[i].tie.tie_class is TieClass.DORMANT for i in _ids(plan))
    assert [t.line.reasons[0].split(" ")[0] for t in plan.lines] == [f"#{n}" for n in range(1, 11)]
    assert plan.saved
    assert "10 a day: done on" in plan.progress.summary


def test_the_same_data_and_day_give_the_same_plan(network: Workspace) -> None:
    day = date(2026, 12, 8)
    first = use.today_plan(network, day, save=False)
    second = use.today_plan(network, day, save=False)
    assert first == second
    assert first.lines


def test_todays_plan_is_kept_and_a_step_done_does_not_pull_in_a_new_name(network: Workspace) -> None:
    before = use.today_plan(network)
    person_id = _first_emailable(before)
    use.mark_done(network, str(person_id), Channel.EMAIL)
    after = use.today_plan(network)
    assert _ids(after) == _ids(before)
    assert _ids(after, OutreachStatus.DONE) == [person_id]
    assert after.done == 1


def test_done_starts_follow_ups_a_week_later_on_another_weekday_and_slot(network: Workspace) -> None:
    plan = use.today_plan(network)
    person_id = _first_emailable(plan)
    first_slot = next(t.line.slot for t in plan.lines if t.line.person_id == person_id)
    outcome = use.mark_done(network, str(person_id), Channel.EMAIL)
    assert "follow-up 1 due Thursday 3 December 2026" in outcome.next
    # Seven days later is a Wednesday again: the follow-up moves to the Thursday.
    assert person_id not in _ids(use.today_plan(network, date(2026, 12, 2), save=False))
    later = use.today_plan(network, date(2026, 12, 3), save=False)
    line = next(t.line for t in later.lines if t.line.person_id == person_id)
    assert line.kind is OutreachKind.FOLLOWUP
    assert line.sequence == 1
    assert line.slot != first_slot
    assert line.channel is Channel.EMAIL
    assert later.lines[0].line.kind is OutreachKind.FOLLOWUP  # follow-ups come first


def test_a_reply_ends_the_follow_ups(network: Workspace) -> None:
    person_id = _first_emailable(use.today_plan(network))
    use.mark_done(network, str(person_id), Channel.EMAIL)
    outcome = use.replied(network, str(person_id))
    assert "end here" in outcome.summary
    for offset in range(1, 60):
        day = TODAY + timedelta(days=offset)
        plan = use.today_plan(network, day, save=False)
        assert all(
            t.line.person_id != person_id or t.line.kind not in (OutreachKind.FOLLOWUP, OutreachKind.LAST)
            for t in plan.lines
        ), day


def test_a_do_not_contact_person_is_never_planned_on_any_day(network: Workspace) -> None:
    plan = use.today_plan(network)
    in_plan = _ids(plan)[1]
    waiting = _first_emailable(plan)
    use.mark_done(network, str(waiting), Channel.EMAIL)  # a follow-up sequence under way
    kept = add_person(network, PersonDetails(name="Kept Intouch", emails=["kept@example.com"]))
    assert kept.id is not None
    edit_person(network, str(kept.id), PersonDetails(keep_in_touch_days=30), IdentityChanges())  # a touch due
    stopped = [in_plan, waiting, kept.id]
    for person_id in stopped:
        use.stop(network, str(person_id))
    # What was done before the stop stays on today's record; nothing is planned.
    assert not set(stopped) & set(_ids(use.today_plan(network), OutreachStatus.PLANNED))
    for offset in range(1, 120, 3):
        day = TODAY + timedelta(days=offset)
        assert not set(stopped) & set(_ids(use.today_plan(network, day, save=False))), day
    for day_plan in use.coming_plan(network, days=90):
        assert not set(stopped) & {line.person_id for line in day_plan.lines}, day_plan.day
    assert not set(stopped) & {c.person_id for c in use.cooling(network)}
    with pytest.raises(KithError, match="asked not to be contacted"):
        use.mark_done(network, str(in_plan))


def test_unstop_lets_the_plan_include_them_again(network: Workspace) -> None:
    top = _ids(use.today_plan(network, date(2026, 12, 1), save=False))[0]
    use.stop(network, str(top))
    assert top not in _ids(use.today_plan(network, date(2026, 12, 1), save=False))
    outcome = use.unstop(network, str(top))
    assert "may be contacted again" in outcome.summary
    assert top in _ids(use.today_plan(network, date(2026, 12, 1), save=False))


def test_snooze_keeps_a_follow_up_away_until_the_day_it_ends(network: Workspace) -> None:
    person_id = _first_emailable(use.today_plan(network))
    use.mark_done(network, str(person_id), Channel.EMAIL)
    use.snooze(network, str(person_id), days=14)  # until Wednesday 9 December
    for day in (date(2026, 12, 3), date(2026, 12, 4), date(2026, 12, 8)):
        assert person_id not in _ids(use.today_plan(network, day, save=False)), day
    # Back on the 9th, which is the weekday of the step before: the Thursday then.
    back = use.today_plan(network, date(2026, 12, 10), save=False)
    assert person_id in _ids(back)


def test_skip_marks_todays_step_and_unskip_lifts_it(network: Workspace) -> None:
    plan = use.today_plan(network)
    person_id = _ids(plan)[0]
    use.skip(network, str(person_id))
    again = use.today_plan(network)
    assert _ids(again, OutreachStatus.SKIPPED) == [person_id]
    assert person_id not in _ids(use.today_plan(network, date(2026, 12, 1), save=False))
    use.unskip(network, str(person_id))
    assert person_id in _ids(use.today_plan(network, date(2026, 12, 1), save=False))


def test_a_skip_until_a_day_ends_on_that_day(network: Workspace) -> None:
    person_id = _ids(use.today_plan(network, date(2026, 11, 26), save=False))[0]
    use.skip(network, str(person_id), until=date(2026, 11, 30))
    assert person_id not in _ids(use.today_plan(network, date(2026, 11, 27), save=False))
    assert person_id in _ids(use.today_plan(network, date(2026, 11, 30), save=False))


def test_the_days_budget_is_respected_by_the_campaigns_pace(network: Workspace) -> None:
    new_campaign(network, CampaignDetails(name="Slow", tie_classes=("dormant", "weak"), per_day=3))
    plan = use.today_plan(network)
    assert plan.campaign.name == "Slow"
    assert len(plan.lines) == 3
    for day_plan in use.coming_plan(network, days=40):
        assert len(day_plan.lines) <= 3
        assert day_plan.working_day or not day_plan.lines


def test_steps_not_done_carry_over_to_the_next_working_day(database: str, network: Workspace) -> None:
    wednesday = use.today_plan(network)
    thursday_ws = open_workspace(database, clock=fixed_clock(NOW + timedelta(days=1)))
    try:
        thursday = use.today_plan(thursday_ws)
        assert _ids(thursday) == _ids(wednesday)
        assert all(t.status is OutreachStatus.PLANNED for t in thursday.lines)
        # Wednesday's rows were cancelled when Thursday planned them again: none is kept twice.
        assert not use.today_plan(network, save=False).saved
    finally:
        thursday_ws.close()


def test_pin_puts_someone_first_and_exclude_keeps_them_out(network: Workspace) -> None:
    day = date(2026, 12, 1)
    network_now = use.load_network(network, day)
    ranked = sorted(
        (p for p in network_now.prospects.values() if p.ranked is not None), key=lambda p: p.ranked.position
    )
    low = ranked[-1].person_id
    assert low not in _ids(use.today_plan(network, day, save=False))
    use.set_override(network, str(low), OverrideAction.PIN)
    plan = use.today_plan(network, day, save=False)
    assert plan.lines[0].line.person_id == low
    assert plan.lines[0].line.reasons[0].startswith("pinned")
    top = _ids(plan)[1]
    use.set_override(network, str(top), OverrideAction.EXCLUDE)
    assert top not in _ids(use.today_plan(network, day, save=False))
    use.set_override(network, str(top), OverrideAction.EXCLUDE, lift=True)
    assert top in _ids(use.today_plan(network, day, save=False))


def test_cooling_lists_a_keep_in_touch_falling_due(network: Workspace) -> None:
    prospects = use.load_network(network, TODAY).prospects
    person_id, last = next(
        (i, p.tie.features.last_contact)
        for i, p in sorted(prospects.items())
        if p.tie.features.last_contact is not None
        and p.touch is None
        and (TODAY - p.tie.features.last_contact).days > 20
    )
    assert last is not None
    every = (TODAY - last).days + 5  # due in five days
    edit_person(network, str(person_id), PersonDetails(keep_in_touch_days=every), IdentityChanges())
    found = {c.person_id: c for c in use.cooling(network)}
    assert found[person_id].due_on == TODAY + timedelta(days=5)
    assert not found[person_id].overdue


def test_the_calendar_parses_back_with_one_event_per_step(network: Workspace, tmp_path: Path) -> None:
    (tmp_path / "calendar").mkdir()
    target = tmp_path / "calendar" / "plan.ics"
    events, plans = use.write_plan_ics(network, target, days=14)
    assert events == sum(len(p.lines) for p in plans) > 0
    calendar = Calendar.from_ical(target.read_bytes())
    parsed = list(calendar.walk("VEVENT"))
    assert len(parsed) == events
    first = plans[0].lines[0]
    event = next(
        e for e in parsed if str(e["uid"]).startswith(f"kith-{network.owner_id}-{TODAY.isoformat()}-{first.person_id}-")
    )
    assert f"kith done {first.person_id}" in str(event["description"])
    assert first.reasons[0] in str(event["description"])
    assert event.decoded("dtstart").date() == TODAY
    assert len({str(e["uid"]) for e in parsed}) == events
    assert [p.name for p in target.parent.iterdir()] == ["plan.ics"]  # no temporary file left


def test_a_calendar_in_a_missing_folder_is_one_clear_error(network: Workspace, tmp_path: Path) -> None:
    with pytest.raises(KithError, match="folder does not exist"):
        use.write_plan_ics(network, tmp_path / "nowhere" / "plan.ics")


def test_a_done_with_nothing_planned_starts_a_sequence(network: Workspace) -> None:
    person = add_person(network, PersonDetails(name="Ada Byron", emails=["ada@example.com"]))
    outcome = use.mark_done(network, "Ada Byron")
    assert outcome.summary == "Done: first message to Ada Byron by email"
    assert "follow-up 1 due Thursday 3 December 2026" in outcome.next
    prospect = use.load_network(network, date(2026, 12, 3), person_ids=[person.id or 0]).prospects[person.id or 0]
    assert prospect.follow_up.next is not None
    assert prospect.follow_up.next.due_on == date(2026, 12, 3)
    assert prospect.last_step_on == TODAY
    assert prospect.tie.features.total == 1  # the message was recorded as an interaction


def test_a_step_done_before_asking_for_today_keeps_the_days_plan(network: Workspace) -> None:
    preview = use.today_plan(network, save=False)
    person_id = _first_emailable(preview)
    use.mark_done(network, str(person_id), Channel.EMAIL)
    plan = use.today_plan(network)
    assert _ids(plan) == _ids(preview)
    assert _ids(plan, OutreachStatus.DONE) == [person_id]


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_property_whoever_is_stopped_is_never_planned_on_any_later_day(network: Workspace, data: st.DataObject) -> None:
    # Stops accumulate over the examples: each adds someone the plan wanted, then any day is checked.
    day = TODAY + timedelta(days=data.draw(st.integers(min_value=0, max_value=400), label="days ahead"))
    wanted = _ids(use.today_plan(network, day, save=False))
    if wanted:
        use.stop(network, str(data.draw(st.sampled_from(wanted), label="stopped")))
    stopped = {p.id for p in list_people(network, PeopleFilter()) if p.do_not_contact}
    assert stopped or not wanted
    later = day + timedelta(days=data.draw(st.integers(min_value=0, max_value=60), label="then"))
    assert not stopped & set(_ids(use.today_plan(network, later, save=False)))
    assert not stopped & {line.person_id for plan in use.coming_plan(network, days=10) for line in plan.lines}


def _record_change(ws: Workspace, person_id: int, field: str, old: str, new: str, days_ago: int = 1) -> None:
    with ws.db.transaction() as conn:
        conn.execute(
            schema.person_changes.insert().values(
                owner_id=ws.owner_id,
                person_id=person_id,
                field=field,
                old_value=old,
                new_value=new,
                changed_at=NOW - timedelta(days=days_ago),
            )
        )


def test_a_new_role_found_by_an_import_is_an_occasion_to_congratulate(network: Workspace) -> None:
    prospects = use.load_network(network, TODAY).prospects
    dormant = next(
        p for p in sorted(prospects.values(), key=lambda p: p.person_id) if p.tie.tie_class is TieClass.DORMANT
    )
    # Silent connections, no cadence: congratulating them all would be a mass mailing.
    weak = [p for p in prospects.values() if p.tie.tie_class is TieClass.WEAK and p.touch is None]
    _record_change(network, dormant.person_id, "company", dormant.person.company, "Globe Telecom")
    _record_change(network, dormant.person_id, "title", dormant.person.title, "Head of Data")
    for p in weak[:3]:
        _record_change(network, p.person_id, "title", p.person.title, "Director")
    plan = use.today_plan(network, save=False)
    congratulations = [t.line for t in plan.lines if t.line.kind is OutreachKind.CONGRATULATIONS]
    assert [line.person_id for line in congratulations] == [dormant.person_id]
    assert congratulations[0].reasons[0] == "new role: Head of Data at Globe Telecom"
    # Before the new names: an occasion is a touch, and touches come first.
    assert plan.lines[0].line.person_id == dormant.person_id
    use.mark_done(network, str(dormant.person_id), Channel.EMAIL)
    later = use.today_plan(network, TODAY + timedelta(days=8), save=False)
    assert dormant.person_id not in [
        t.line.person_id for t in later.lines if t.line.kind is OutreachKind.CONGRATULATIONS
    ]


def test_colleagues_in_the_network_make_someone_better_connected(network: Workspace) -> None:
    ranked = {p.person_id: p.ranked for p in use.load_network(network, TODAY).prospects.values() if p.ranked}
    reasons = [part.reason for r in ranked.values() for part in r.parts if part.name == "value"]
    assert any("people you know" in reason for reason in reasons)
