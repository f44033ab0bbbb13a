"""Swedish public holidays and the days the law treats like them.

Lag (1930:173) om beräkning av lagstadgad tid: when a period ends on a Saturday,
Sunday or public holiday, it ends on the next weekday instead; lag (1989:253) om allmänna
helgdagar names the holidays, and 1930:173 adds midsommarafton, julafton and nyårsafton.

Computed here from the law's own rules (Easter by the Gregorian computus; midsommar and
alla helgons dag as the Saturday in a fixed week; nationaldagen a holiday from 2005, when
annandag pingst stopped being one). The ``holidays`` package gives the same days
(tests/domain/test_dates_holidays.py compares every year 1953–2100), but importing it
took 0,7 s of the window's start, for sixteen dates a year.
"""

from __future__ import annotations

import datetime as dt
from functools import lru_cache


def easter_sunday(year: int) -> dt.date:
    """Påskdagen: the Gregorian computus (Meeus/Jones/Butcher)."""
    a = year % 19
    b, c = divmod(year, 100)
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    el = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * el) // 451
    month, day = divmod(h + el - 7 * m + 114, 31)
    return dt.date(year, month, day + 1)


def _saturday_from(d: dt.date) -> dt.date:
    """The first Saturday on or after ``d``."""
    return d + dt.timedelta(days=(5 - d.weekday()) % 7)


@lru_cache(maxsize=256)
def _holidays_for_year(year: int) -> dict[dt.date, str]:
    easter = easter_sunday(year)
    midsummer = _saturday_from(dt.date(year, 6, 20))
    named = [
        (dt.date(year, 1, 1), "Nyårsdagen"),
        (dt.date(year, 1, 6), "Trettondedag jul"),
        (easter - dt.timedelta(days=2), "Långfredagen"),
        (easter, "Påskdagen"),
        (easter + dt.timedelta(days=1), "Annandag påsk"),
        (dt.date(year, 5, 1), "Första maj"),
        (easter + dt.timedelta(days=39), "Kristi himmelsfärdsdag"),
        (easter + dt.timedelta(days=49), "Pingstdagen"),
        (midsummer - dt.timedelta(days=1), "Midsommarafton"),
        (midsummer, "Midsommardagen"),
        (_saturday_from(dt.date(year, 10, 31)), "Alla helgons dag"),
        (dt.date(year, 12, 24), "Julafton"),
        (dt.date(year, 12, 25), "Juldagen"),
        (dt.date(year, 12, 26), "Annandag jul"),
        (dt.date(year, 12, 31), "Nyårsafton"),
    ]
    if year >= 2005:
        named.append((dt.date(year, 6, 6), "Nationaldagen"))
    else:
        named.append((easter + dt.timedelta(days=50), "Annandag pingst"))
    if year <= 1989:  # until the law of 1989: the Sunday 22–28 March, moved off Palm Sunday and Easter
        annunciation = dt.date(year, 3, 22) + dt.timedelta(days=(6 - dt.date(year, 3, 22).weekday()) % 7)
        if annunciation in (easter, easter - dt.timedelta(days=7)):
            annunciation = easter - dt.timedelta(days=14)
        named.append((annunciation, "Marie bebådelsedag"))
    days: dict[dt.date, list[str]] = {}
    for day, name in named:
        days.setdefault(day, []).append(name)
    # two holidays on one day (Första maj and Kristi himmelsfärdsdag in 2008) share it
    return {day: "; ".join(sorted(names)) for day, names in days.items()}


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
