"""Reading the append-only log: the decision log in time order with corrections."""

from __future__ import annotations

import datetime as dt

import pytest

from uppfoljning_desktop.domain.crisis import EntryStatus, EntryType, LogEntry
from uppfoljning_desktop.domain.crisis_log import (
    chains,
    corrected_by,
    decision_log,
    open_follow_ups,
    parse_time_input,
)

T0 = dt.datetime(2016, 10, 5, 9, 0)


def e(n, text, kind=EntryType.INFORMATION, corrects=None, minutes=None, **kw) -> LogEntry:
    return LogEntry(id=100 + n, event_id=1, number=n, text=text, entry_type=kind,
                    corrects_id=None if corrects is None else 100 + corrects,
                    created_at=T0 + dt.timedelta(minutes=n if minutes is None else minutes), **kw)


def test_decision_log_in_time_order_with_corrections():
    entries = [
        e(1, "Larm om brand", EntryType.INFORMATION),
        e(2, "Stäng Xenter", EntryType.DECISION),
        e(3, "Kalla in HR", EntryType.DECISION),
        e(4, "Stäng Xenter i två dagar", EntryType.DECISION, corrects=2),
        e(5, "Evakuering klar", EntryType.INFORMATION),
        e(6, "Stäng Xenter resten av veckan", EntryType.DECISION, corrects=4),
        e(7, "Pressmeddelande kl. 14", EntryType.INFORMATION),
        e(8, "Pressmeddelande kl. 14 är ett beslut", EntryType.DECISION, corrects=7),
    ]
    log = decision_log(list(reversed(entries)))  # input order does not matter
    assert [c.original.number for c in log] == [2, 3, 7]
    assert [x.number for x in log[0].corrections] == [4, 6]
    assert log[0].current.text == "Stäng Xenter resten av veckan"
    assert log[1].corrections == []
    assert corrected_by(entries)[102] == [entries[3]]


def test_chains_keep_every_entry_once():
    entries = [e(1, "a"), e(2, "b", corrects=1), e(3, "c")]
    got = chains(entries)
    assert [len(c.entries) for c in got] == [2, 1]


def test_open_follow_ups_use_the_current_status():
    entries = [
        e(1, "Ring försäkringsbolaget", EntryType.ACTION, follow_up_at=T0 + dt.timedelta(hours=2),
          status=EntryStatus.OPEN),
        e(2, "Försäkringsbolaget uppringt", EntryType.ACTION, corrects=1,
          follow_up_at=T0 + dt.timedelta(hours=2), status=EntryStatus.DONE),
        e(3, "Informera nämndens ordförande", EntryType.DECISION, follow_up_at=T0 + dt.timedelta(hours=1),
          status=EntryStatus.ONGOING),
    ]
    assert [x.number for x in open_follow_ups(entries, T0)] == [3]


@pytest.mark.parametrize("text,expected", [
    ("14:30", dt.datetime(2016, 10, 5, 14, 30)),
    ("930", dt.datetime(2016, 10, 5, 9, 30)),
    ("09.30", dt.datetime(2016, 10, 5, 9, 30)),
    ("2016-10-06 08:00", dt.datetime(2016, 10, 6, 8, 0)),
    ("  ", None),
])
def test_parse_time_input(text, expected):
    assert parse_time_input(text, dt.date(2016, 10, 5)) == expected


@pytest.mark.parametrize("text", ["25:00", "i morgon", "14:3", "2016-13-01 10:00"])
def test_parse_time_input_refuses(text):
    with pytest.raises(ValueError, match="är ingen tid"):
        parse_time_input(text, dt.date(2016, 10, 5))


def test_log_order_is_the_order_of_entry_when_the_clock_goes_back():
    # The night summer time ends the wall clock goes from 03:00 back to 02:00: entries
    # written after that carry earlier (local) timestamps than the ones before them.
    back = dt.datetime(2016, 10, 30, 2, 0)
    entries = [
        LogEntry(id=101, event_id=1, number=1, text="Utrym plan 2", entry_type=EntryType.DECISION,
                 status=EntryStatus.OPEN, follow_up_at=back, created_at=back.replace(hour=2, minute=40)),
        LogEntry(id=102, event_id=1, number=2, text="Utrym plan 2 och 3", entry_type=EntryType.DECISION,
                 status=EntryStatus.OPEN, follow_up_at=back, corrects_id=101, created_at=back.replace(minute=55)),
        LogEntry(id=103, event_id=1, number=3, text="Kalla in vaktbolaget", entry_type=EntryType.DECISION,
                 created_at=back.replace(minute=5)),  # after the change: 02:05 (CET)
        LogEntry(id=104, event_id=1, number=4, text="Utrymning klar", entry_type=EntryType.DECISION,
                 status=EntryStatus.DONE, follow_up_at=back, corrects_id=102, created_at=back.replace(minute=10)),
    ]
    log = decision_log(entries)
    assert [c.original.number for c in log] == [1, 3]
    assert [x.number for x in log[0].corrections] == [2, 4]
    assert log[0].current.text == "Utrymning klar"
    assert open_follow_ups(entries, back) == []  # the latest correction says it is done
