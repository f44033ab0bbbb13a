"""The calendar export through two independent parsers (icalendar and vobject), as the
calendar programs that import it would read it: times, time zone, updates, cancellations."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from uppfoljning_desktop.cli import main
from uppfoljning_desktop.reports.schedule_ics import build_ics, event_uid
from uppfoljning_desktop.store import organisation
from uppfoljning_desktop.store import schedule as store

vobject = pytest.importorskip("vobject", reason="vobject (a test dependency in pyproject.toml) is not installed")

pytestmark = pytest.mark.realclient
STOCKHOLM = ZoneInfo("Europe/Stockholm")


def read_icalendar(data: bytes) -> dict[str, dict]:
    from icalendar import Calendar

    return {str(e["UID"]): {
        "start": e.decoded("DTSTART").astimezone(dt.UTC), "sequence": int(e.get("SEQUENCE", 0)),
        "status": str(e.get("STATUS", "")), "summary": str(e["SUMMARY"]),
    } for e in Calendar.from_ical(data).walk("VEVENT")}


def read_vobject(data: bytes) -> dict[str, dict]:
    cal = vobject.readOne(data.decode("utf-8"))
    return {e.uid.value: {
        "start": e.dtstart.value.astimezone(dt.UTC), "sequence": int(e.sequence.value),
        "status": e.status.value, "summary": e.summary.value,
    } for e in cal.vevent_list}


PARSERS = {"icalendar": read_icalendar, "vobject": read_vobject}


def calendar_import(calendar: dict[str, dict], data: bytes, parse) -> dict[str, dict]:
    """What a calendar program does on importing a file (RFC 5545): an event it has is
    replaced only by a higher SEQUENCE; a new UID is added."""
    for uid, event in parse(data).items():
        if uid not in calendar or event["sequence"] > calendar[uid]["sequence"]:
            calendar[uid] = event
    return calendar


def export(db) -> bytes:
    return build_ics(store.get_plan(db, 2017), database_id=organisation.database_id(db), committee="AVUX")


@pytest.mark.parametrize("parser", sorted(PARSERS))
def test_every_event_at_its_local_time_winter_and_summer(demo_db, parser):
    plan = store.get_plan(demo_db, 2017)
    events = PARSERS[parser](export(demo_db))
    assert len(events) == len(plan.events) == 33
    db_id = organisation.database_id(demo_db)
    summer = 0
    for e in plan.events:
        seen = events[event_uid(db_id, 2017, e.key)]
        local = dt.datetime.combine(e.date, e.start, tzinfo=STOCKHOLM)
        assert seen["start"] == local.astimezone(dt.UTC), (parser, e.key, e.date)
        summer += local.utcoffset() == dt.timedelta(hours=2)
    assert summer >= 12  # the meetings and preparations from April to October


def test_the_time_zone_is_two_yearly_rules_as_outlook_writes_it(demo_db):
    from icalendar import Calendar

    [tz] = Calendar.from_ical(export(demo_db)).walk("VTIMEZONE")
    assert str(tz["TZID"]) == "Europe/Stockholm"
    rules = {c.name: c for c in tz.subcomponents}
    assert set(rules) == {"STANDARD", "DAYLIGHT"}
    for name, month, hour in (("DAYLIGHT", 3, 2), ("STANDARD", 10, 3)):
        rule = rules[name]
        assert "RDATE" not in rule
        assert rule["RRULE"]["FREQ"] == ["YEARLY"] and rule["RRULE"]["BYDAY"] == ["-1SU"]
        assert rule["RRULE"]["BYMONTH"] == [month]
        start = rule.decoded("DTSTART")
        assert (start.month, start.hour, start.weekday()) == (month, hour, 6)  # a Sunday


@pytest.mark.parametrize("parser", sorted(PARSERS))
def test_a_removed_meeting_is_cancelled_in_calendars_that_had_it(demo_db_path, parser):
    from uppfoljning_desktop.store.connection import open_database

    db = open_database(demo_db_path, auto_backup=False)
    try:
        first = export(db)
        calendar = calendar_import({}, first, PARSERS[parser])
        may = store.get_plan(db, 2017).event("m05")
        assert may is not None
        uids = {event_uid(organisation.database_id(db), 2017, k): k for k in ("m05", "m05-p1", "m05-p2")}
    finally:
        db.close()
    assert main(["--db", str(demo_db_path), "plan", "remove", "--year", "2017", "--date", may.date.isoformat()]) == 0
    db = open_database(demo_db_path, auto_backup=False)
    try:
        second = export(db)
        # the next export, and every one after it, carries the cancellations
        assert export(db).count(b"STATUS:CANCELLED") == 3
    finally:
        db.close()
    calendar = calendar_import(calendar, second, PARSERS[parser])
    cancelled = {uid for uid, e in calendar.items() if e["status"] == "CANCELLED"}
    assert cancelled == set(uids)  # the same UIDs, now cancelled (a higher SEQUENCE won)
    assert all(calendar[uid]["summary"].startswith("Inställt: ") for uid in cancelled)
    assert len(calendar) == 33 and len(calendar) - len(cancelled) == 30


def test_each_per_kind_calendar_has_its_own_name_and_uid(demo_db_path, tmp_path):
    from icalendar import Calendar

    assert main(["--db", str(demo_db_path), "ics", "--year", "2017", "-o", str(tmp_path / "alla.ics")]) == 0
    assert main(["--db", str(demo_db_path), "ics", "--year", "2017", "--per-kind",
                 "-o", str(tmp_path / "plan.ics")]) == 0
    files = sorted(tmp_path.glob("*.ics"))
    assert len(files) == 4
    identities = []
    for f in files:
        cal = Calendar.from_ical(f.read_bytes())
        identities.append((str(cal["NAME"]), str(cal["X-WR-CALNAME"]), str(cal["UID"])))
        assert str(cal["NAME"]) == str(cal["X-WR-CALNAME"])
        assert read_vobject(f.read_bytes())  # the second parser reads each file too
    assert len({i[0] for i in identities}) == 4 and len({i[2] for i in identities}) == 4
    assert any(name.endswith("(oppositionsberedning)") for name, _, _ in identities)
