"""The schedule store: one transaction per action, edits that keep keys, conflicts."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from tests.schedule_seed import (
    CHAIR_2017,
    CHAIR_EDITS_2017,
    MEETING_EDITS_2017,
    MEETINGS_2017,
    OPPOSITION_2017,
    rule_2017,
)
from uppfoljning_desktop.domain.schedule import EventKind, ScheduleRule
from uppfoljning_desktop.domain.schedule_conflicts import ConflictKind
from uppfoljning_desktop.errors import NotFound, UserError, ValidationFailed
from uppfoljning_desktop.store import schedule as store

D = dt.date


def _apply_seed_edits(db) -> None:
    plan = store.get_plan(db, 2017)
    for m in plan.meetings:
        if m.date in MEETING_EDITS_2017:
            store.update_event(db, m.id, date=MEETING_EDITS_2017[m.date])
    plan = store.get_plan(db, 2017)
    for p in plan.preparations(0):
        if p.date in CHAIR_EDITS_2017:
            store.update_event(db, p.id, date=CHAIR_EDITS_2017[p.date])


def test_seed_2017_reproduced_from_rule_plus_edits(fresh_db):
    generated = store.generate_plan(fresh_db, rule_2017())
    keys_before = {e.key for e in generated.events}
    _apply_seed_edits(fresh_db)
    plan = store.get_plan(fresh_db, 2017)
    assert [m.date for m in plan.meetings] == MEETINGS_2017
    assert sorted(p.date for p in plan.preparations(0)) == CHAIR_2017
    assert sorted(p.date for p in plan.preparations(1)) == OPPOSITION_2017
    assert {e.key for e in plan.events} == keys_before  # edits never change identities
    assert all(m.start == dt.time(19) for m in plan.meetings)
    assert {p.place for p in plan.preparations()} == {"plan 9 i kommunhuset"}
    assert store.list_conflicts(fresh_db, 2017) == []
    # every edit is counted (SEQUENCE in calendar exports)
    jan = plan.event("m01")
    assert jan.revision == 1 and plan.event("m01-p1").revision == 2


def test_moving_a_meeting_onto_a_holiday_is_kept_and_listed(fresh_db):
    plan = store.generate_plan(fresh_db, rule_2017())
    may = next(m for m in plan.meetings if m.date.month == 5)
    store.update_event(fresh_db, may.id, date=D(2017, 5, 25))
    conflicts = store.list_conflicts(fresh_db, 2017)
    assert [c.kind for c in conflicts] == [ConflictKind.HOLIDAY]
    assert "Kristi himmelsfärdsdag" in conflicts[0].message


def test_notice_period_comes_from_the_committee(demo_db):
    # demo committee: 7 days. A meeting on Thursday 1 June 2017: notice on Ascension Day.
    plan = store.find_plan(demo_db, 2017) or store.generate_plan(demo_db, rule_2017())
    june = next(m for m in plan.meetings if m.date.month == 6)
    store.update_event(demo_db, june.id, date=D(2017, 6, 1))
    assert [c.kind for c in store.list_conflicts(demo_db, 2017)] == [ConflictKind.NOTICE_DATE]
    from uppfoljning_desktop.store import organisation

    committee = organisation.get_committee(demo_db)
    organisation.save_committee(demo_db, dataclasses.replace(committee, notice_period_days=8))
    assert store.list_conflicts(demo_db, 2017) == []


def test_generate_refuses_to_overwrite_and_replaces_when_asked(fresh_db):
    store.generate_plan(fresh_db, rule_2017())
    with pytest.raises(UserError, match="finns redan"):
        store.generate_plan(fresh_db, rule_2017())
    plan = store.generate_plan(fresh_db, dataclasses.replace(rule_2017(), preferred_week=1), replace=True)
    assert plan.meetings[0].date == D(2017, 1, 5)
    assert store.list_plan_years(fresh_db) == [2017]


def test_bad_rule_and_bad_edits_write_nothing(fresh_db):
    with pytest.raises(ValidationFailed, match="Veckodag"):
        store.generate_plan(fresh_db, ScheduleRule(2017, weekday=6))
    assert store.list_plan_years(fresh_db) == []
    plan = store.generate_plan(fresh_db, rule_2017())
    m = plan.meetings[0]
    with pytest.raises(ValidationFailed, match="ligger inte år 2017"):
        store.update_event(fresh_db, m.id, date=D(2018, 1, 18))
    with pytest.raises(ValidationFailed, match="sluttiden"):
        store.update_event(fresh_db, m.id, start=dt.time(20), end=dt.time(19))
    after = store.get_plan(fresh_db, 2017)
    assert after.events == plan.events
    with pytest.raises(NotFound, match="2018"):
        store.get_plan(fresh_db, 2018)


def test_add_and_remove_dates(fresh_db):
    plan = store.generate_plan(fresh_db, rule_2017())
    extra = store.add_meeting(fresh_db, 2017, D(2017, 7, 6))
    plan = store.get_plan(fresh_db, 2017)
    preps = [p for p in plan.events if p.meeting_key == extra.key]
    assert [p.date for p in preps] == [D(2017, 6, 19), D(2017, 7, 3)]
    assert len(plan.meetings) == 12
    store.delete_event(fresh_db, extra.id)  # takes its preparations along
    plan = store.get_plan(fresh_db, 2017)
    assert len(plan.meetings) == 11 and len(plan.events) == 33
    # a second chair's preparation before March gets its own key
    march = next(m for m in plan.meetings if m.date.month == 3)
    added = store.add_preparation(fresh_db, march.id, 0, D(2017, 3, 1))
    assert added.key == "m03-p1-2" and added.label == "Ordförandeberedning"
    store.delete_event(fresh_db, added.id)
    with pytest.raises(UserError, match="hör till ett sammanträde"):
        store.add_preparation(fresh_db, plan.preparations()[0].id, 0)


def test_find_event_on_a_day(fresh_db):
    plan = store.generate_plan(fresh_db, rule_2017())
    assert store.find_event_on(plan, D(2017, 2, 9)).kind is EventKind.MEETING
    assert store.find_event_on(plan, D(2017, 8, 28), "ordförandeberedning").key == "m09-p1"
    with pytest.raises(NotFound):
        store.find_event_on(plan, D(2017, 2, 10))


def test_demo_database_has_the_seed_schedule(demo_db):
    plan = store.get_plan(demo_db, 2017)
    assert [m.date for m in plan.meetings] == MEETINGS_2017
    assert sorted(p.date for p in plan.preparations(0)) == CHAIR_2017
    assert sorted(p.date for p in plan.preparations(1)) == OPPOSITION_2017
    assert store.list_conflicts(demo_db, 2017) == []
