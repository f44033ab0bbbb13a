"""Removed dates are remembered (for calendar cancellations) and come back above them."""

from __future__ import annotations

import dataclasses
import datetime as dt

from tests.schedule_seed import rule_2017
from uppfoljning_desktop.domain.schedule import EventKind
from uppfoljning_desktop.store import schedule as store


def test_removing_a_meeting_remembers_it_and_its_preparations(fresh_db):
    plan = store.generate_plan(fresh_db, rule_2017())
    may = next(m for m in plan.meetings if m.date.month == 5)
    store.update_event(fresh_db, may.id, place="Rådhuset")  # revision 1
    store.delete_event(fresh_db, may.id)
    cancelled = {e.key: e for e in store.get_plan(fresh_db, 2017).cancelled}
    assert set(cancelled) == {may.key, f"{may.key}-p1", f"{may.key}-p2"}
    assert all(e.cancelled for e in cancelled.values())
    assert (cancelled[may.key].revision, cancelled[may.key].place) == (2, "Rådhuset")
    assert cancelled[f"{may.key}-p1"].kind is EventKind.PREPARATION
    assert cancelled[f"{may.key}-p1"].label == "Ordförandeberedning"
    assert may.key not in {e.key for e in store.get_plan(fresh_db, 2017).events}


def test_a_date_added_again_comes_back_above_its_cancellation(fresh_db):
    store.generate_plan(fresh_db, rule_2017())
    added = store.add_meeting(fresh_db, 2017, dt.date(2017, 8, 24))
    store.delete_event(fresh_db, added.id)
    again = store.add_meeting(fresh_db, 2017, dt.date(2017, 8, 24))
    assert again.key == added.key and again.revision == 2  # removed at 1, back at 2
    plan = store.get_plan(fresh_db, 2017)
    assert added.key not in {e.key for e in plan.cancelled}
    assert {p.key for p in plan.preparations() if p.meeting_key == added.key} == {f"{added.key}-p1", f"{added.key}-p2"}


def test_a_regenerated_plan_cancels_what_it_dropped_and_raises_what_it_kept(fresh_db):
    first = store.generate_plan(fresh_db, rule_2017())
    again = store.generate_plan(fresh_db, dataclasses.replace(rule_2017(), meetings_per_month={
        **rule_2017().meetings_per_month, 12: 0}), replace=True)
    old = {e.key: e for e in first.events}
    assert all(e.revision > old[e.key].revision for e in again.events)
    dropped = {k for k in old if k not in {e.key for e in again.events}}
    assert dropped and dropped == {e.key for e in again.cancelled}


def test_the_memory_outlives_a_removed_plan(fresh_db):
    first = store.generate_plan(fresh_db, rule_2017())
    store.delete_plan(fresh_db, 2017)
    assert {e.key for e in store.list_cancelled(fresh_db, 2017)} == {e.key for e in first.events}
    regenerated = store.generate_plan(fresh_db, rule_2017())
    assert all(e.revision == 2 for e in regenerated.events)  # cancelled at 1, back at 2
    assert regenerated.cancelled == []
