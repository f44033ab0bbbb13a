"""Swedish date wording for documents: "torsdag 22 september 2016, kl. 19:00".

Headers use ISO dates (``2016-09-14``); running text spells dates out with lower-case
weekday and month names. Babel provides the names, so there is no Qt dependency.
"""

from __future__ import annotations

import datetime as dt

from babel.dates import format_date

LOCALE = "sv_SE"


def format_date_long(d: dt.date) -> str:
    """``torsdag 22 september 2016``"""
    return format_date(d, "EEEE d MMMM y", locale=LOCALE)


def format_date_no_year(d: dt.date) -> str:
    """``torsdag 19 januari`` (as in a year's meeting schedule)."""
    return format_date(d, "EEEE d MMMM", locale=LOCALE)


def format_day_month(d: dt.date) -> str:
    """``22 september 2016``"""
    return format_date(d, "d MMMM y", locale=LOCALE)


def format_time(t: dt.time) -> str:
    """``19:00``"""
    return f"{t.hour:02d}:{t.minute:02d}"


def format_date_time_long(d: dt.date, t: dt.time | None) -> str:
    """``torsdag 22 september 2016, kl. 19:00`` (the time part only when known)."""
    text = format_date_long(d)
    return f"{text}, kl. {format_time(t)}" if t is not None else text


def format_iso(d: dt.date) -> str:
    """``2016-09-14`` (document headers)."""
    return d.isoformat()


def parse_iso_date(text: str) -> dt.date:
    """Parse ``ÅÅÅÅ-MM-DD``; raises ``ValueError`` with a Swedish message."""
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        raise ValueError(f"\"{text}\" är inget datum på formen ÅÅÅÅ-MM-DD") from None
