"""The printed sammanträdesordning and the calendar export, read back."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from tests.schedule_seed import CHAIR_2017, MEETINGS_2017, OPPOSITION_2017
from uppfoljning_desktop.domain.dates import format_date_no_year
from uppfoljning_desktop.reports.base import extract_text
from uppfoljning_desktop.reports.schedule import render_schedule_for_year
from uppfoljning_desktop.reports.schedule_ics import build_ics, export_ics_for_year, select_events
from uppfoljning_desktop.store import organisation
from uppfoljning_desktop.store import schedule as store


def _positions(text: str, needles: list[str]) -> list[int]:
    found = []
    start = 0
    for n in needles:
        i = text.find(n, start)
        assert i >= 0, f"{n!r} saknas (efter position {start})"
        found.append(i)
        start = i + len(n)
    return found


def test_pdf_lists_meetings_then_both_series_in_order(demo_db):
    text = re.sub(r"\s+", " ", extract_text(render_schedule_for_year(demo_db, 2017)))
    assert "Sammanträdesordning 2017" in text
    assert "Arbetsmarknads- och vuxenutbildningsnämnden sammanträder följande dagar 2017, kl. 19:00" in text
    lines = [format_date_no_year(d) for d in MEETINGS_2017]
    assert lines[0] == "torsdag 19 januari"
    meeting_pos = _positions(text, lines)
    attachment = text.index("Bilaga: Ordförandeberedningar och oppositionsberedningar 2017")
    assert meeting_pos[-1] < attachment
    chair = text.index("Datum för ordförandeberedningar 2017:")
    opposition = text.index("Datum för oppositionsberedningar 2017:")
    chair_pos = _positions(text[chair:opposition], [format_date_no_year(d) for d in CHAIR_2017])
    opp_pos = _positions(text[opposition:], [format_date_no_year(d) for d in OPPOSITION_2017])
    assert chair_pos == sorted(chair_pos) and opp_pos == sorted(opp_pos)
    assert "Ordförandeberedningar är kl. 16:00–17:30, plan 9 i kommunhuset, om inget annat anges." in text
    assert "Oppositionsberedningar är kl. 16:00–17:00" in text


def test_pdf_shows_a_moved_time_and_the_previous_year(demo_db):
    plan = store.get_plan(demo_db, 2017)
    store.update_event(demo_db, plan.event("m02").id, start=dt.time(17), end=dt.time(20))
    store.update_event(demo_db, plan.event("m01-p1").id, date=dt.date(2016, 12, 19))
    text = re.sub(r"\s+", " ", extract_text(render_schedule_for_year(demo_db, 2017)))
    assert "torsdag 9 februari, kl. 17:00–20:00" in text
    assert "måndag 19 december 2016 (inför torsdag 19 januari)" in text


def _parse(data: bytes):
    from icalendar import Calendar

    return [c for c in Calendar.from_ical(data).walk("VEVENT")]


def test_ics_local_times_across_summer_time_and_stable_uids(demo_db):
    plan = store.get_plan(demo_db, 2017)
    db_id = organisation.database_id(demo_db)
    first = build_ics(plan, database_id=db_id, committee="AVUX")
    assert b"BEGIN:VTIMEZONE" in first and b"TZID:Europe/Stockholm" in first
    events = _parse(first)
    assert len(events) == 33
    by_start = {e.decoded("DTSTART").date(): e for e in events}
    # 9 March 2017 is winter time (UTC+1), 6 April summer time (UTC+2): both 19:00 local
    for day, offset in ((dt.date(2017, 3, 9), 1), (dt.date(2017, 4, 6), 2), (dt.date(2017, 10, 12), 2),
                        (dt.date(2017, 11, 9), 1)):
        start = by_start[day].decoded("DTSTART")
        assert (start.hour, start.minute) == (19, 0)
        assert start.utcoffset() == dt.timedelta(hours=offset)
        assert str(start.tzinfo) == "Europe/Stockholm"
    prep = by_start[dt.date(2017, 3, 20)]
    assert str(prep["SUMMARY"]) == "Ordförandeberedning inför sammanträdet torsdag 6 april"
    assert prep.decoded("DTEND").time() == dt.time(17, 30)
    assert str(prep["LOCATION"]) == "plan 9 i kommunhuset"
    uids = {str(e["UID"]): e for e in events}
    assert len(uids) == 33

    # edit: move a meeting; the second export keeps every UID and raises SEQUENCE
    may = plan.event("m05")
    store.update_event(demo_db, may.id, date=dt.date(2017, 5, 18))
    second = _parse(build_ics(store.get_plan(demo_db, 2017), database_id=db_id, committee="AVUX"))
    assert {str(e["UID"]) for e in second} == set(uids)
    moved = next(e for e in second if e.decoded("DTSTART").date() == dt.date(2017, 5, 18))
    assert int(moved["SEQUENCE"]) > int(uids[str(moved["UID"])]["SEQUENCE"])
    # another database gets other UIDs
    other = _parse(build_ics(plan, database_id="another-db"))
    assert not {str(e["UID"]) for e in other} & set(uids)


def test_ics_per_kind(demo_db, tmp_path):
    plan = store.get_plan(demo_db, 2017)
    assert len(select_events(plan, ["sammanträde"])) == 11
    assert len(select_events(plan, ["Oppositionsberedning", "Ordförandeberedning"])) == 22
    with pytest.raises(ValueError, match="Välj bland: Sammanträde, Ordförandeberedning"):
        select_events(plan, ["gruppmöte"])
    target = tmp_path / "opp.ics"
    assert export_ics_for_year(demo_db, 2017, target, kinds=["oppositionsberedning"]) == 11
    events = _parse(target.read_bytes())
    assert sorted(e.decoded("DTSTART").date() for e in events) == OPPOSITION_2017
