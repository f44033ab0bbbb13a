"""Deadlines around a meeting: notice, adjustment, posting, appeal, take-down.

Pure functions, no database: the GUI, the minutes' posting certificate and the
delegation register all compute the same dates here.

- Notice (kallelse): the committee's own rules of procedure (reglemente) set the notice
  period; Kommunallagen sets none for committees (KL 6:23, cf. 5:13 for the council).
- Adjustment (justering): no later than 14 days after the meeting (KL 5:69, 6:35).
- Posting (anslag): the adjustment is announced on the official noticeboard no later
  than the second day after the adjustment (KL 8:12).
- Appeal (laglighetsprövning): within three weeks from the day the posting went up
  (KL 13:5). A period ending on a Saturday, Sunday or public holiday ends on the next
  weekday (lag 1930:173 om beräkning av lagstadgad tid, 2 §); midsommarafton, julafton
  and nyårsafton count as public holidays here (lag 1989:253).
- Take-down: the posting stays up at least until the appeal period has ended
  (KL 8:12), so the earliest take-down day is the day after the last appeal day.
- Immediate adjustment (omedelbar justering) of a § is practice, not statute: that §
  is adjusted on the meeting day and gets its own posting and appeal clock.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from uppfoljning_desktop.domain.holidays_se import next_working_day

ADJUSTMENT_DAYS = 14  # KL 5:69, 6:35
POSTING_DAYS = 2  # KL 8:12
APPEAL_WEEKS = 3  # KL 13:5


def notice_date(meeting_date: dt.date, notice_period_days: int) -> dt.date:
    """The last day the notice may go out: ``notice_period_days`` before the meeting
    (the committee's reglemente; KL 6:23)."""
    if notice_period_days < 0:
        raise ValueError("Kallelsetiden kan inte vara negativ.")
    return meeting_date - dt.timedelta(days=notice_period_days)


def last_adjustment_day(meeting_date: dt.date) -> dt.date:
    """Minutes are adjusted no later than 14 days after the meeting (KL 5:69, 6:35); a
    last day on a weekend or holiday moves to the next weekday (lag 1930:173 1 §)."""
    return next_working_day(meeting_date + dt.timedelta(days=ADJUSTMENT_DAYS))


def latest_posting_day(adjusted_on: dt.date) -> dt.date:
    """The posting goes up no later than the second day after adjustment (KL 8:12),
    moved to the next weekday like every statutory last day (lag 1930:173 1 §)."""
    return next_working_day(adjusted_on + dt.timedelta(days=POSTING_DAYS))


def moved_deadlines(d: Deadlines) -> list[tuple[str, dt.date, dt.date]]:
    """The last days that lag (1930:173) moved off a weekend or holiday: (what, the
    nominal day, the day it moved to), for the minutes to say so."""
    out = []
    nominal = [("justering", d.meeting_date + dt.timedelta(days=ADJUSTMENT_DAYS), d.adjust_by)]
    if d.post_by is not None:
        nominal.append(("anslag", (d.adjusted_on or d.adjust_by) + dt.timedelta(days=POSTING_DAYS), d.post_by))
    if d.appeal_until is not None and d.posting_basis is not None:
        nominal.append(("överklagande", d.posting_basis + dt.timedelta(weeks=APPEAL_WEEKS), d.appeal_until))
    for what, day, moved in nominal:
        if day != moved:
            out.append((what, day, moved))
    return out


def last_appeal_day(posted_on: dt.date) -> dt.date:
    """Posting day + three weeks, moved to the next weekday if that day is a Saturday,
    Sunday, public holiday, midsommarafton, julafton or nyårsafton (KL 13:5; lag
    1930:173 2 §; lag 1989:253)."""
    return next_working_day(posted_on + dt.timedelta(weeks=APPEAL_WEEKS))


def earliest_take_down_day(posted_on: dt.date) -> dt.date:
    """The posting stays up until the appeal period has ended (KL 8:12): the day after
    the last appeal day."""
    return last_appeal_day(posted_on) + dt.timedelta(days=1)


@dataclass(frozen=True)
class Deadlines:
    """Every date the secretary must keep for one meeting (or one immediately adjusted §).

    ``posted_on`` is the actual posting day when known, else the latest allowed; the
    appeal and take-down days follow from it.
    """

    meeting_date: dt.date
    notice_by: dt.date | None
    adjust_by: dt.date
    adjusted_on: dt.date | None
    post_by: dt.date | None
    posted_on: dt.date | None
    appeal_until: dt.date | None
    take_down_from: dt.date | None

    @property
    def posting_basis(self) -> dt.date | None:
        return self.posted_on or self.post_by


def compute_deadlines(
    meeting_date: dt.date,
    *,
    notice_period_days: int | None = None,
    adjusted_on: dt.date | None = None,
    posted_on: dt.date | None = None,
) -> Deadlines:
    """All deadlines of a meeting. Without an adjustment date the latest allowed one is
    assumed for the posting; the appeal period is counted from the actual posting day
    when known, else from the latest allowed posting day."""
    adjust_by = last_adjustment_day(meeting_date)
    basis_adjusted = adjusted_on or adjust_by
    post_by = latest_posting_day(basis_adjusted)
    basis_posted = posted_on or post_by
    return Deadlines(
        meeting_date=meeting_date,
        notice_by=notice_date(meeting_date, notice_period_days) if notice_period_days is not None else None,
        adjust_by=adjust_by,
        adjusted_on=adjusted_on,
        post_by=post_by,
        posted_on=posted_on,
        appeal_until=last_appeal_day(basis_posted),
        take_down_from=earliest_take_down_day(basis_posted),
    )


def immediate_adjustment_deadlines(meeting_date: dt.date, posted_on: dt.date | None = None) -> Deadlines:
    """A § adjusted at the meeting itself gets its own clock (practice)."""
    return compute_deadlines(meeting_date, adjusted_on=meeting_date, posted_on=posted_on)


@dataclass(frozen=True)
class DeadlineWarning:
    """A deadline that is near or missed, as shown on the meeting."""

    what: str
    due: dt.date
    missed: bool

    def __str__(self) -> str:
        verb = "passerades" if self.missed else "infaller"
        return f"{self.what}: sista dag {self.due.isoformat()} {verb}"


def deadline_warnings(
    d: Deadlines,
    today: dt.date,
    *,
    notice_sent: bool,
    warn_days: int = 3,
) -> list[DeadlineWarning]:
    """Warnings for deadlines within ``warn_days`` of ``today`` or already missed."""
    out: list[DeadlineWarning] = []

    def check(what: str, due: dt.date | None, done: bool) -> None:
        if due is None or done:
            return
        if today > due:
            out.append(DeadlineWarning(what, due, True))
        elif (due - today).days <= warn_days:
            out.append(DeadlineWarning(what, due, False))

    check("Kallelsen ska skickas", d.notice_by, notice_sent or today > d.meeting_date)
    if today >= d.meeting_date:
        check("Protokollet ska justeras", d.adjust_by, d.adjusted_on is not None)
        if d.adjusted_on is not None:
            check("Justeringen ska anslås", d.post_by, d.posted_on is not None)
    return out
