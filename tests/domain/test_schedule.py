"""The schedule generator and its conflict checks (domain.schedule*)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.schedule_seed import (
    CHAIR_2017,
    MEETING_EDITS_2017,
    MEETINGS_2017,
    OPPOSITION_2017,
    rule_2017,
)
from uppfoljning_desktop.domain.holidays_se import holiday_name
from uppfoljning_desktop.domain.schedule import (
    EventKind,
    PrepKind,
    ScheduleEvent,
    ScheduleRule,
    default_months,
    generate_plan,
    nearest_acceptable_day,
    parse_months,
    parse_prep_kind,
    parse_time_span,
    parse_weekday,
    preparation_date,
    validate_rule,
)
from uppfoljning_desktop.domain.schedule_conflicts import ConflictKind, find_conflicts

D = dt.date
PREPS = [
    PrepKind("Ordförandeberedning", 0, dt.time(16), dt.time(17, 30), "plan 9", 17),
    PrepKind("Oppositionsberedning", 0, dt.time(16), dt.time(17), "plan 9", 3),
]


@pytest.mark.parametrize("weekday", range(5))
@pytest.mark.parametrize("week", [1, 2, 3, 4, 5])
def test_generator_never_proposes_a_holiday_or_weekend(weekday, week):
    for year in range(2016, 2036):
        plan = generate_plan(ScheduleRule(year, weekday=weekday, preferred_week=week, prep_kinds=PREPS))
        for e in plan.events:
            assert holiday_name(e.date) is None, (year, e)
            assert e.date.weekday() < 5, (year, e)
        meetings = plan.meetings
        assert len(meetings) == 11
        assert len({m.date for m in meetings}) == 11
        assert all(m.date.year == year and m.date.month != 7 for m in meetings)
        for p in plan.preparations():
            assert p.date < plan.event(p.meeting_key).date


def test_ascension_day_on_the_meeting_thursday_is_moved_with_a_note():
    # 2017: Kristi himmelsfärdsdag is Thursday 25 May, the 4th Thursday of May.
    plan = generate_plan(ScheduleRule(2017, weekday=3, preferred_week=4))
    may = [m for m in plan.meetings if m.date.month == 5]
    assert [m.date for m in may] == [D(2017, 5, 24)]
    assert "Kristi himmelsfärdsdag" in may[0].note
    assert "onsdag 24 maj 2017" in may[0].note
    # and the other months are not touched
    assert all(not m.note for m in plan.meetings if m.date.month != 5)


def test_national_day_and_christmas_eve_move_to_the_nearest_day():
    # 2026-12-24 is a Thursday (julafton): the nearest working day is Wednesday 23rd.
    plan = generate_plan(ScheduleRule(2026, weekday=3, preferred_week=4))
    assert plan.meetings[-1].date == D(2026, 12, 23)
    assert "julafton" in plan.meetings[-1].note
    # 2017-06-06 is a Tuesday (nationaldagen): Monday 5th is as near as Wednesday 7th; earlier wins
    plan = generate_plan(ScheduleRule(2017, weekday=1, preferred_week=1))
    june = [m for m in plan.meetings if m.date.month == 6]
    assert june[0].date == D(2017, 6, 5) and "nationaldagen" in june[0].note


def test_preparation_on_easter_monday_moves_before_its_meeting():
    # Thursday 20 April 2017 minus 3 days is Annandag påsk (Monday 17 April).
    plan = generate_plan(ScheduleRule(2017, weekday=3, preferred_week=3, prep_kinds=PREPS[1:]))
    april_prep = next(p for p in plan.preparations() if plan.event(p.meeting_key).date == D(2017, 4, 20))
    assert april_prep.date == D(2017, 4, 18)
    assert "annandag påsk" in april_prep.note


def test_seed_2017_is_the_rule_plus_five_moved_meetings():
    plan = generate_plan(rule_2017())
    generated = [m.date for m in plan.meetings]
    edited = sorted(MEETING_EDITS_2017.get(d, d) for d in generated)
    assert edited == MEETINGS_2017
    # preparations by the series' rule from the edited meetings: the seed, except 9 January
    chair = sorted(preparation_date(d, rule_2017().prep_kinds[0]) for d in MEETINGS_2017)
    opposition = sorted(preparation_date(d, rule_2017().prep_kinds[1]) for d in MEETINGS_2017)
    assert opposition == OPPOSITION_2017
    assert [d for d in chair if d not in CHAIR_2017] == [D(2017, 1, 2)]


def test_months_per_month_and_default_july_off():
    assert default_months()[7] == 0 and sum(default_months().values()) == 11
    months = parse_months("7:0,12:2,1:0")
    plan = generate_plan(ScheduleRule(2017, meetings_per_month=months))
    dec = [m.date for m in plan.meetings if m.date.month == 12]
    assert dec == [D(2017, 12, 14), D(2017, 12, 28)]
    assert not [m for m in plan.meetings if m.date.month == 1]
    assert len({m.key for m in plan.meetings}) == len(plan.meetings)


def test_last_week_of_the_month():
    plan = generate_plan(ScheduleRule(2017, weekday=3, preferred_week=5))
    assert plan.meetings[7].date == D(2017, 9, 28)
    assert plan.meetings[0].date == D(2017, 1, 26)


def test_nearest_acceptable_day_prefers_the_earlier_day_on_a_tie():
    assert nearest_acceptable_day(D(2017, 5, 25)) == D(2017, 5, 24)
    assert nearest_acceptable_day(D(2017, 5, 25), taken=[D(2017, 5, 24)]) == D(2017, 5, 26)
    assert nearest_acceptable_day(D(2017, 5, 24)) == D(2017, 5, 24)


def test_rule_validation_names_the_field():
    bad = ScheduleRule(1999, weekday=6, start=dt.time(19), end=dt.time(18), preferred_week=7,
                       meetings_per_month={13: 1, 3: 9},
                       prep_kinds=[PrepKind("", 5, dt.time(17), dt.time(16), "", 99)])
    text = "\n".join(str(e) for e in validate_rule(bad))
    for part in ("År", "Veckodag", "Tid", "Vecka i månaden", "13 är ingen månad", "mars",
                 "Beredning 1: namn", "dagar före"):
        assert part in text
    with pytest.raises(ValueError):
        generate_plan(bad)
    assert validate_rule(rule_2017()) == []


def test_parsers():
    assert parse_weekday("Torsdag") == 3 and parse_weekday("mån") == 0
    assert parse_time_span("16:00–17.30") == (dt.time(16), dt.time(17, 30))
    k = parse_prep_kind("Ordförandeberedning;måndag;16:00-17:30;plan 9 i kommunhuset;17")
    assert (k.name, k.weekday, k.days_before, k.place) == ("Ordförandeberedning", 0, 17, "plan 9 i kommunhuset")
    for bad, needle in (("x;måndag;16-17;p;3", "16"), ("x;fyrdag;16:00-17:00;p;3", "veckodag"),
                        ("bara namn", "fem delar")):
        with pytest.raises(ValueError, match=needle):
            parse_prep_kind(bad)
    with pytest.raises(ValueError, match="MÅNAD:ANTAL"):
        parse_months("juli:0")


def _ev(key, kind, d, start=dt.time(19), meeting=None, label="Sammanträde"):
    return ScheduleEvent(key=key, kind=kind, date=d, start=start, end=None, label=label, meeting_key=meeting)


def test_conflicts_are_found_and_worded_in_swedish():
    events = [
        _ev("a", EventKind.MEETING, D(2017, 5, 25)),  # Kristi himmelsfärdsdag
        _ev("b", EventKind.MEETING, D(2017, 6, 15)),
        _ev("c", EventKind.MEETING, D(2017, 6, 15)),  # two on one day
        _ev("p", EventKind.PREPARATION, D(2017, 6, 16), dt.time(16), "b", "Ordförandeberedning"),
        _ev("q", EventKind.MEETING, D(2017, 6, 1)),  # notice 25 May = holiday
        _ev("r", EventKind.MEETING, D(2017, 9, 14)),  # notice 7 Sep: fine
    ]
    conflicts = find_conflicts(events, 7)
    kinds = {(c.kind, c.event_keys) for c in conflicts}
    assert (ConflictKind.HOLIDAY, ("a",)) in kinds
    assert (ConflictKind.DOUBLE_BOOKED, ("b", "c")) in kinds
    assert (ConflictKind.PREP_AFTER_MEETING, ("p", "b")) in kinds
    assert (ConflictKind.NOTICE_DATE, ("q",)) in kinds
    assert not [c for c in conflicts if "r" in c.event_keys]
    notice = next(c for c in conflicts if c.kind is ConflictKind.NOTICE_DATE)
    assert "torsdag 25 maj 2017" in notice.message and "Kristi himmelsfärdsdag" in notice.message
    assert [c.date for c in conflicts] == sorted(c.date for c in conflicts)
    # a weekend notice date with a 5-day period: Thursday 14 Sept – 5 = Saturday
    assert find_conflicts([events[-1]], 5)[0].kind is ConflictKind.NOTICE_DATE


def test_seed_2017_has_no_conflicts():
    events = [_ev(f"m{i}", EventKind.MEETING, d) for i, d in enumerate(MEETINGS_2017)]
    assert find_conflicts(events, 7) == []
