"""Conflicts in an edited sammanträdesordning, listed and kept visible while editing.

- a meeting or preparation on a Saturday, Sunday, public holiday, midsommarafton,
  julafton or nyårsafton (lag (1989:253); ``domain.holidays_se``);
- two meetings on one day;
- a preparation that is not before its meeting;
- a notice date (the meeting date minus the committee's notice period, set in its
  reglemente; KL 6:23 and 6:17 require that members and substitutes are told time and
  place) that falls on a weekend or holiday, when nobody is at work to send it.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Protocol

from uppfoljning_desktop.domain.dates import format_date_long
from uppfoljning_desktop.domain.schedule import EventKind, unacceptable_reason


class ConflictKind(StrEnum):
    HOLIDAY = "helgdag"
    DOUBLE_BOOKED = "två sammanträden"
    PREP_AFTER_MEETING = "beredning efter sammanträdet"
    NOTICE_DATE = "kallelsedag"


class EventLike(Protocol):
    key: str
    kind: EventKind
    date: dt.date
    start: dt.time | None
    meeting_key: str | None
    label: str


@dataclass(frozen=True)
class Conflict:
    kind: ConflictKind
    date: dt.date
    event_keys: tuple[str, ...]
    message: str


def notice_date(meeting_date: dt.date, notice_period_days: int) -> dt.date:
    """The last day the notice (kallelse) can go out: ``notice_period_days`` before."""
    return meeting_date - dt.timedelta(days=notice_period_days)


def _starts(e: EventLike) -> tuple[dt.date, dt.time]:
    return e.date, e.start or dt.time(0, 0)


def find_conflicts(events: Sequence[EventLike], notice_period_days: int) -> list[Conflict]:
    """Every conflict in ``events``, in date order, each with a Swedish message."""
    out: list[Conflict] = []
    by_key = {e.key: e for e in events}
    meetings_by_day: dict[dt.date, list[EventLike]] = defaultdict(list)
    for e in events:
        reason = unacceptable_reason(e.date)
        if reason is not None:
            out.append(Conflict(ConflictKind.HOLIDAY, e.date, (e.key,),
                                f"{e.label} {format_date_long(e.date)}: dagen är {reason}."))
        if e.kind is EventKind.MEETING:
            meetings_by_day[e.date].append(e)
            notice = notice_date(e.date, notice_period_days)
            why = unacceptable_reason(notice)
            if why is not None and notice_period_days > 0:
                out.append(Conflict(
                    ConflictKind.NOTICE_DATE, e.date, (e.key,),
                    f"{e.label} {format_date_long(e.date)}: kallelsen ska gå ut senast "
                    f"{format_date_long(notice)} ({notice_period_days} dagar före), som är {why}. "
                    f"Skicka den tidigare.",
                ))
        elif e.meeting_key is not None:
            meeting = by_key.get(e.meeting_key)
            if meeting is not None and _starts(e) >= _starts(meeting):
                out.append(Conflict(
                    ConflictKind.PREP_AFTER_MEETING, e.date, (e.key, meeting.key),
                    f"{e.label} {format_date_long(e.date)} ligger inte före sitt sammanträde "
                    f"{format_date_long(meeting.date)}.",
                ))
    for day, same in meetings_by_day.items():
        if len(same) > 1:
            out.append(Conflict(ConflictKind.DOUBLE_BOOKED, day, tuple(e.key for e in same),
                                f"{len(same)} sammanträden {format_date_long(day)}."))
    out.sort(key=lambda c: (c.date, c.kind.value))
    return out
