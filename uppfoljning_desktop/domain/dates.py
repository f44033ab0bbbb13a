"""Swedish date wording for documents: "torsdag 22 september 2016, kl. 19:00".

Headers use ISO dates (``2016-09-14``); running text spells dates out with lower-case
weekday and month names. The names are spelt out here (Språkrådet: lower case), so
there is no Qt dependency and no locale database: babel's 35 MB of CLDR data for these
nineteen words was the largest part of the installed program (docs/PACKAGING.md).
"""

from __future__ import annotations

import datetime as dt

WEEKDAYS = ("måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag")
MONTHS = ("januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti",
          "september", "oktober", "november", "december")


def format_date_long(d: dt.date) -> str:
    """``torsdag 22 september 2016``"""
    return f"{format_date_no_year(d)} {d.year}"


def format_date_no_year(d: dt.date) -> str:
    """``torsdag 19 januari`` (as in a year's meeting schedule)."""
    return f"{WEEKDAYS[d.weekday()]} {d.day} {MONTHS[d.month - 1]}"


def format_day_month(d: dt.date) -> str:
    """``22 september 2016``"""
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}"


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
