"""Deadlines against hand-computed cases (KL 5:69, 8:12, 13:5; lag 1930:173, 1989:253)."""

from __future__ import annotations

import datetime as dt

import pytest

from uppfoljning_desktop.domain import deadlines as dl

D = dt.date


@pytest.mark.parametrize(
    ("posted", "expected", "why"),
    [
        (D(2016, 10, 4), D(2016, 10, 25), "plain Tuesday + 3 weeks"),
        (D(2016, 10, 1), D(2016, 10, 24), "Saturday + 3 weeks = Saturday → Monday"),
        (D(2017, 3, 26), D(2017, 4, 18), "ends Sunday 16 April (påskdagen) → Monday annandag påsk → Tuesday"),
        (D(2017, 3, 24), D(2017, 4, 18), "ends långfredagen 14 April → påskafton Sat, Sun, annandag → Tuesday 18"),
        (D(2016, 6, 3), D(2016, 6, 27), "ends midsommarafton Friday 24 June → Sat midsommardagen, Sun → Monday 27"),
        (D(2016, 12, 3), D(2016, 12, 27), "ends julafton Saturday → juldagen, annandag jul Monday → Tuesday 27"),
        (D(2015, 12, 3), D(2015, 12, 28), "ends julafton Thursday 24 Dec 2015 → juldagen, annandag, weekend → Monday 28"),
        (D(2016, 12, 10), D(2017, 1, 2), "ends nyårsafton Saturday → nyårsdagen Sunday → Monday 2 Jan across the year"),
        (D(2017, 12, 10), D(2018, 1, 2), "ends Sunday 31 Dec → nyårsdagen Monday → Tuesday 2 January"),
        (D(2016, 12, 16), D(2017, 1, 9), "ends trettondedag jul Friday 6 January → Monday 9"),
        (D(2017, 5, 4), D(2017, 5, 26), "ends Kristi himmelsfärdsdag Thursday 25 May → Friday 26"),
    ],
)
def test_last_appeal_day(posted, expected, why):
    assert dl.last_appeal_day(posted) == expected, why
    assert dl.earliest_take_down_day(posted) == expected + dt.timedelta(days=1)


def test_the_seed_meeting():
    d = dl.compute_deadlines(D(2016, 9, 22), notice_period_days=7, adjusted_on=D(2016, 9, 29))
    assert d.notice_by == D(2016, 9, 15)
    assert d.adjust_by == D(2016, 10, 6)
    # 29 Sep + 2 days = Saturday 1 October → Monday 3 October (lag 1930:173)
    assert d.post_by == D(2016, 10, 3)
    # posting latest Monday 3 October → + 3 weeks = Monday 24 October
    assert d.appeal_until == D(2016, 10, 24)
    assert d.take_down_from == D(2016, 10, 25)


def test_adjustment_and_posting_across_year_end():
    assert dl.last_adjustment_day(D(2016, 12, 20)) == D(2017, 1, 3)
    # 30 Dec + 2 = nyårsdagen (Sunday) → Monday 2 January (lag 1930:173)
    assert dl.latest_posting_day(D(2016, 12, 30)) == D(2017, 1, 2)
    d = dl.compute_deadlines(D(2016, 12, 20), posted_on=D(2016, 12, 22))
    # 22 Dec + 21 days = 12 January 2017, a Thursday
    assert d.appeal_until == D(2017, 1, 12)


def test_immediate_adjustment_has_its_own_clock():
    d = dl.immediate_adjustment_deadlines(D(2016, 9, 22))
    assert d.adjusted_on == D(2016, 9, 22)
    assert d.post_by == D(2016, 9, 26)  # Saturday 24 September → Monday 26 (lag 1930:173)
    assert d.appeal_until == D(2016, 10, 17)  # posted by Monday 26 Sep + 3 weeks
    assert dl.moved_deadlines(d) == [("anslag", D(2016, 9, 24), D(2016, 9, 26))]


@pytest.mark.parametrize(
    ("meeting", "adjust_by", "why"),
    [
        (D(2016, 9, 22), D(2016, 10, 6), "Thursday + 14 = Thursday"),
        (D(2016, 12, 17), D(2017, 1, 2), "Saturday 17 Dec + 14 = nyårsafton Saturday → Monday 2 January"),
        (D(2017, 4, 1), D(2017, 4, 18), "+14 = Saturday 15 April (påskafton) → after annandag påsk"),
        (D(2016, 6, 10), D(2016, 6, 27), "+14 = midsommarafton Friday 24 June → Monday 27"),
    ],
)
def test_adjustment_day_moves_off_weekends_and_holidays(meeting, adjust_by, why):
    assert dl.last_adjustment_day(meeting) == adjust_by, why
    moves = dl.moved_deadlines(dl.compute_deadlines(meeting, adjusted_on=adjust_by))
    assert (("justering", meeting + dt.timedelta(days=14), adjust_by) in moves) == (adjust_by != meeting + dt.timedelta(days=14))


def test_notice_date_and_negative_period():
    assert dl.notice_date(D(2016, 9, 22), 7) == D(2016, 9, 15)
    with pytest.raises(ValueError):
        dl.notice_date(D(2016, 9, 22), -1)


def test_warnings():
    d = dl.compute_deadlines(D(2016, 9, 22), notice_period_days=7)
    w = dl.deadline_warnings(d, D(2016, 9, 13), notice_sent=False)
    assert [x.what for x in w] == ["Kallelsen ska skickas"] and not w[0].missed
    w = dl.deadline_warnings(d, D(2016, 9, 16), notice_sent=False)
    assert w[0].missed and "passerades" in str(w[0])
    assert dl.deadline_warnings(d, D(2016, 9, 16), notice_sent=True) == []
    w = dl.deadline_warnings(d, D(2016, 10, 7), notice_sent=True)
    assert [x.what for x in w] == ["Protokollet ska justeras"] and w[0].missed
