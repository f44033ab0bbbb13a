"""'Creates the year': meetings in the meetings module and the decision item."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.schedule_seed import MEETINGS_2017
from uppfoljning_desktop.domain.dates import format_date_no_year
from uppfoljning_desktop.errors import NotFound, UserError
from uppfoljning_desktop.store import meeting_items, meetings
from uppfoljning_desktop.store import schedule as store
from uppfoljning_desktop.store.schedule_year import create_year

D = dt.date


def _autumn_meeting(db):
    m = meetings.find_meeting_by_date(db, D(2016, 9, 22))
    return m or meetings.create_meeting(db, D(2016, 9, 22), dt.time(19), "Tumba")


def test_create_year_makes_meetings_links_preparations_and_writes_the_item(demo_db):
    autumn = _autumn_meeting(demo_db)
    existing_item = meeting_items.find_item(demo_db, autumn.id, title="Sammanträdesordning 2017")
    result = create_year(demo_db, 2017, D(2016, 9, 22))
    created = meetings.list_meetings(demo_db, year=2017)
    assert [m.date for m in created] == MEETINGS_2017
    assert {m.start_time for m in created} == {dt.time(19)}
    plan = store.get_plan(demo_db, 2017)
    by_date = {m.date: m.id for m in created}
    for e in plan.events:  # meetings and their preparations reference the created meeting
        meeting_event = e if e.meeting_key is None else plan.event(e.meeting_key)
        assert e.meeting_id == by_date[meeting_event.date]
    item = result.item
    assert item is not None and item.meeting_id == autumn.id
    if existing_item is None:
        assert not result.item_existed
        assert item.proposal == "Arbetsmarknads- och vuxenutbildningsnämnden godkänner sammanträdesordningen för 2017."
        lines = [f"* {format_date_no_year(d)}" for d in MEETINGS_2017]
        assert "\n".join(lines) in item.summary
        assert item.case_number.startswith("AVUX/2016:")
        attachments = meeting_items.list_attachments(demo_db, item.id)
        assert [a.filename for a in attachments] == ["sammantradesordning-2017.pdf"]

    # a second run creates nothing and does not duplicate the item
    again = create_year(demo_db, 2017, D(2016, 9, 22))
    assert again.created == [] and again.item_existed
    assert len(meetings.list_meetings(demo_db, year=2017)) == 11


def test_moving_a_created_meeting_moves_it_in_the_meetings_module(demo_db):
    create_year(demo_db, 2017, None)
    plan = store.get_plan(demo_db, 2017)
    store.update_event(demo_db, plan.event("m05").id, date=D(2017, 5, 18))
    assert meetings.find_meeting_by_date(demo_db, D(2017, 5, 18)) is not None
    assert meetings.find_meeting_by_date(demo_db, D(2017, 5, 11)) is None
    with pytest.raises(UserError, match="redan skapat"):
        store.delete_event(demo_db, plan.event("m05").id)
    with pytest.raises(UserError, match="redan skapade"):
        store.generate_plan(demo_db, plan.rule, replace=True)


def test_create_year_is_all_or_nothing(demo_db):
    with pytest.raises(NotFound, match="inget sammanträde"):
        create_year(demo_db, 2017, D(2016, 12, 24))
    assert meetings.list_meetings(demo_db, year=2017) == []
    assert all(e.meeting_id is None for e in store.get_plan(demo_db, 2017).events)


def test_an_existing_meeting_on_a_planned_day_is_linked_not_duplicated(demo_db):
    before = meetings.create_meeting(demo_db, D(2017, 2, 9), dt.time(18), "Tumba")
    result = create_year(demo_db, 2017, None)
    assert [m.id for m in result.linked] == [before.id]
    assert len(result.created) == 10
