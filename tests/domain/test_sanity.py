"""Sanity-check rules (domain/sanity.py): odd meeting days, mandates, justerare, follow-up times."""

from __future__ import annotations

import datetime as dt

import pytest

from uppfoljning_desktop.domain.meetings import Attendance, AttendanceStatus
from uppfoljning_desktop.domain.organisation import Member, MemberRole
from uppfoljning_desktop.domain.sanity import (
    adjuster_problems,
    follow_up_in_past,
    mandate_covers,
    meeting_day_warning,
    members_serving_on,
)

D = dt.date


@pytest.mark.parametrize("day, expected", [
    (D(2026, 12, 25), "2026-12-25 är juldagen (fredag)."),
    (D(2026, 12, 24), "2026-12-24 är julafton (torsdag)."),
    (D(2026, 6, 19), "2026-06-19 är midsommarafton (fredag)."),
    (D(2026, 11, 28), "2026-11-28 är en lördag."),
    (D(2026, 11, 29), "2026-11-29 är en söndag."),
    (D(2026, 11, 26), None),  # an ordinary Thursday
])
def test_sanity_meeting_day_warning(day, expected):
    assert meeting_day_warning(day) == expected


@pytest.mark.parametrize("start, end, day, covers", [
    (None, None, D(2018, 1, 1), True),
    (D(2015, 1, 1), D(2018, 12, 31), D(2018, 12, 31), True),
    (D(2015, 1, 1), D(2018, 12, 31), D(2019, 1, 1), False),
    (D(2019, 1, 1), None, D(2018, 12, 31), False),
    (D(2019, 1, 1), None, D(2026, 12, 10), True),
])
def test_sanity_mandate_covers(start, end, day, covers):
    member = Member(name="Anna", term_start=start, term_end=end)
    assert mandate_covers(member, day) is covers
    assert (members_serving_on([member], day) == [member]) is covers


MEMBERS = [
    Member(name="Erik Sandberg", role=MemberRole.MEMBER),
    Member(name="Gammal Ledamot", role=MemberRole.MEMBER, term_end=D(2018, 12, 31)),
    Member(name="Sara Ersättare", role=MemberRole.SUBSTITUTE),
]


def _att(name, status):
    return Attendance(meeting_id=1, name=name, status=status)


@pytest.mark.parametrize("adjusters, attendance, refused, warned", [
    (["Erik Sandberg"], [], 0, 0),
    (["erik  sandberg"], [], 0, 0),  # case and spacing do not matter
    (["Okänd Person"], [], 0, 1),
    (["Gammal Ledamot"], [], 0, 1),  # mandate ended in 2018
    (["Sara Ersättare"], [_att("Sara Ersättare", AttendanceStatus.NON_SERVING_SUBSTITUTE)], 1, 0),
    (["Sara Ersättare"], [_att("Sara Ersättare", AttendanceStatus.SERVING_SUBSTITUTE)], 0, 0),
    (["Erik Sandberg"], [_att("Erik Sandberg", AttendanceStatus.ABSENT)], 1, 0),
    (["Erik Sandberg"], [_att("Sara Ersättare", AttendanceStatus.PRESENT)], 0, 1),  # not on the list
])
def test_sanity_adjuster_problems(adjusters, attendance, refused, warned):
    refusals, warnings = adjuster_problems(adjusters, MEMBERS, attendance, D(2026, 12, 10))
    assert (len(refusals), len(warnings)) == (refused, warned)
    for text in refusals + warnings:
        assert adjusters[0] in text


def test_sanity_follow_up_in_past():
    now = dt.datetime(2026, 11, 28, 21, 54, 30)
    assert follow_up_in_past(dt.datetime(2026, 11, 28, 11, 0), now)
    assert not follow_up_in_past(dt.datetime(2026, 11, 28, 21, 54), now)  # this minute
    assert not follow_up_in_past(dt.datetime(2026, 11, 29, 11, 0), now)
    assert not follow_up_in_past(None, now)


@pytest.mark.parametrize("n, expected", [
    (0, "0 sidor"), (1, "1 sida"), (2, "2 sidor"), (1300, "1\u00a0300 sidor"),
])
def test_sanity_wording_plural_agrees(n, expected):
    from uppfoljning_desktop.domain.numbers import plural

    assert plural(n, "sida", "sidor") == expected
