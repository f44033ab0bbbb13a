"""Swedish public holidays and the days the law treats like them.

Lag (1930:173) om beräkning av lagstadgad tid: when a period ends on a Saturday,
Sunday or public holiday, it ends on the next weekday instead; lag (1989:253) adds
midsommarafton, julafton and nyårsafton. The ``holidays`` package has the 13 public
holidays and, in its ``de_facto`` category, those three eves.
"""

from __future__ import annotations

import datetime as dt
from functools import lru_cache


@lru_cache(maxsize=64)
def _holidays_for_year(year: int) -> dict[dt.date, str]:
    import holidays  # slow to import; only when a rule needs it

    cal = holidays.Sweden(years=year, language="sv", categories=("public", "de_facto"))
    return dict(cal.items())


def holiday_name(d: dt.date) -> str | None:
    """The Swedish name of the holiday or eve on ``d``, or None."""
    return _holidays_for_year(d.year).get(d)


def holidays_in_year(year: int) -> dict[dt.date, str]:
    """All public holidays plus midsommarafton, julafton and nyårsafton of ``year``."""
    return dict(sorted(_holidays_for_year(year).items()))


def is_non_working_day(d: dt.date) -> bool:
    """Saturday, Sunday, public holiday, midsommarafton, julafton or nyårsafton."""
    return d.weekday() >= 5 or holiday_name(d) is not None


def next_working_day(d: dt.date) -> dt.date:
    """``d`` itself if it is a working day, else the first working day after it."""
    while is_non_working_day(d):
        d += dt.timedelta(days=1)
    return d
