"""Delegation decisions and the meetings area: the standing item, the § and the appeal clock."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.helpers import adjust_meeting
from uppfoljning_desktop.domain.deadlines import last_appeal_day
from uppfoljning_desktop.domain.delegation import DecisionFilter
from uppfoljning_desktop.domain.meetings import ItemKind, MeetingState
from uppfoljning_desktop.errors import UserError
from uppfoljning_desktop.reports.base import extract_text
from uppfoljning_desktop.reports.delegation import prepare_meeting
from uppfoljning_desktop.store import delegation as dstore
from uppfoljning_desktop.store import delegation_register as register
from uppfoljning_desktop.store import meeting_items, meetings, minutes
from uppfoljning_desktop.store.delegation_meetings import sync_reporting

MEETING = dt.date(2016, 10, 20)


@pytest.fixture
def meeting(demo_db):
    existing = meetings.find_meeting_by_date(demo_db, MEETING)
    return existing or meetings.create_meeting(demo_db, MEETING, dt.time(19, 0), "Tumba")


def test_preparing_fills_the_item_from_the_lists_and_attaches_the_report(demo_db, meeting):
    prepared = prepare_meeting(demo_db, meeting.id)
    item = meeting_items.find_item(demo_db, meeting.id, kind=ItemKind.DELEGATION_REPORT)
    assert item.body.splitlines()[:1] == ["Följande listor över delegationsbeslut har lämnats in:"]
    assert item.body.splitlines()[1:5] == [
        "* Vuxenutbildning, september 2016", "* Jobbcenter, september 2016", "* Xenter, september 2016",
        "* Förvaltningskontoret, juni 2016"]
    assert ("Listor för september 2016 saknas från: Daglig verksamhet, Näringsliv, Förvaltningskontoret."
            in item.body)
    attachments = meeting_items.list_attachments(demo_db, item.id)
    assert [a.filename for a in attachments] == ["delegationsbeslut-2016-10-20.pdf"]
    text = " ".join(extract_text(meeting_items.attachment_data(demo_db, attachments[0].id)).split())
    assert "anmälan till Arbetsmarknads- och vuxenutbildningsnämnden 20 oktober 2016" in text
    assert f"Dnr {item.case_number}" in text and "Förhandsversion" not in text
    assert dstore.unreported_lists(demo_db) == []
    # Preparing again (a late list came in) replaces the attachment instead of adding one.
    prepare_meeting(demo_db, meeting.id)
    assert len(meeting_items.list_attachments(demo_db, item.id)) == 1
    assert len(prepared.lists) == 4  # three September lists and the late June one


def test_adjusted_and_posted_minutes_give_section_and_appeal_dates(demo_db, meeting):
    prepare_meeting(demo_db, meeting.id)
    minutes.save_attendance(demo_db, meeting.id, minutes.default_attendance(demo_db, meeting.id))
    minutes.finalise_minutes(demo_db, meeting.id)
    assert sync_reporting(demo_db) == []  # finalised but not adjusted: nothing recorded yet

    def taken_up():
        return [d for d in register.list_decisions(demo_db, limit=None)
                if d.list_id in {ul.id for ul in dstore.lists_for_meeting(demo_db, MEETING)}]

    # Adjusting the minutes in the meetings area records meeting and § at once
    # (store.schema.notify → store.delegation.on_meeting_state_changed): no separate sync.
    adjust_meeting(demo_db, meeting.id, dt.date(2016, 10, 25))
    section = meeting_items.find_item(demo_db, meeting.id, kind=ItemKind.DELEGATION_REPORT).section_no
    assert len(taken_up()) == 6
    assert {d.reported_text for d in taken_up()} == {f"2016-10-20 § {section}"}
    assert {d.appeal_start for d in taken_up()} == {None}

    meetings.set_state(demo_db, meeting.id, MeetingState.POSTED, today=dt.date(2016, 10, 27))
    assert {(d.appeal_start, d.appeal_last_day) for d in taken_up()} == {(dt.date(2016, 10, 27), dt.date(2016, 11, 17))}
    assert last_appeal_day(dt.date(2016, 10, 27)) == dt.date(2016, 11, 17)  # the meetings area's rule
    assert sync_reporting(demo_db) == []  # idempotent: nothing left to do
    # The decisions reported in September keep their own meeting and clock.
    august = register.list_decisions(demo_db, DecisionFilter(date_from=dt.date(2016, 8, 1), date_to=dt.date(2016, 8, 31)))
    assert {d.appeal_last_day for d in august} == {dt.date(2016, 10, 21)}
    with pytest.raises(UserError, match="Protokollet från 2016-10-20 är färdigställt"):
        prepare_meeting(demo_db, meeting.id)
