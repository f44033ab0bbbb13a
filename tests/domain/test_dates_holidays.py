from __future__ import annotations

import datetime as dt

import pytest

from uppfoljning_desktop.domain.dates import (
    format_date_long,
    format_date_no_year,
    format_date_time_long,
    format_day_month,
    parse_iso_date,
)
from uppfoljning_desktop.domain.holidays_se import (
    holiday_name,
    is_non_working_day,
    next_working_day,
)


def test_swedish_date_wording_as_in_the_seed():
    assert format_date_time_long(dt.date(2016, 9, 22), dt.time(19, 0)) == "torsdag 22 september 2016, kl. 19:00"
    assert format_date_long(dt.date(2017, 1, 19)) == "torsdag 19 januari 2017"
    assert format_date_no_year(dt.date(2017, 1, 19)) == "torsdag 19 januari"


# Every month and weekday once; the expected texts are what babel's CLDR data (sv_SE,
# "EEEE d MMMM y") gave before domain.dates spelt the names out itself.
@pytest.mark.parametrize(
    "day, text",
    [
        (dt.date(2024, 1, 1), "måndag 1 januari 2024"),
        (dt.date(2024, 1, 3), "onsdag 3 januari 2024"),
        (dt.date(2024, 2, 4), "söndag 4 februari 2024"),
        (dt.date(2024, 3, 5), "tisdag 5 mars 2024"),
        (dt.date(2024, 3, 29), "fredag 29 mars 2024"),
        (dt.date(2024, 4, 6), "lördag 6 april 2024"),
        (dt.date(2024, 5, 7), "tisdag 7 maj 2024"),
        (dt.date(2024, 6, 8), "lördag 8 juni 2024"),
        (dt.date(2024, 7, 9), "tisdag 9 juli 2024"),
        (dt.date(2024, 8, 10), "lördag 10 augusti 2024"),
        (dt.date(2024, 9, 11), "onsdag 11 september 2024"),
        (dt.date(2016, 9, 22), "torsdag 22 september 2016"),
        (dt.date(2024, 10, 12), "lördag 12 oktober 2024"),
        (dt.date(2024, 11, 13), "onsdag 13 november 2024"),
        (dt.date(2024, 12, 29), "söndag 29 december 2024"),
    ],
)
def test_every_month_and_weekday_is_spelt_in_swedish(day, text):
    assert format_date_long(day) == text
    assert format_day_month(day) == text.split(" ", 1)[1]
    assert format_date_no_year(day) == text.rsplit(" ", 1)[0]


def test_parse_iso_date_message_is_swedish():
    with pytest.raises(ValueError, match="ÅÅÅÅ-MM-DD"):
        parse_iso_date("22/9 2016")


@pytest.mark.parametrize(
    "day, name",
    [
        (dt.date(2017, 5, 25), "Kristi himmelsfärdsdag"),  # a Thursday
        (dt.date(2017, 6, 23), "Midsommarafton"),
        (dt.date(2016, 12, 24), "Julafton"),
        (dt.date(2016, 12, 31), "Nyårsafton"),
        (dt.date(2024, 3, 29), "Långfredagen"),
        (dt.date(2016, 9, 22), None),
    ],
)
def test_holiday_names(day, name):
    assert holiday_name(day) == name


@pytest.mark.parametrize(
    "day, expected",
    [
        (dt.date(2016, 10, 13), dt.date(2016, 10, 13)),  # ordinary Thursday
        (dt.date(2016, 10, 15), dt.date(2016, 10, 17)),  # Saturday → Monday
        (dt.date(2017, 4, 14), dt.date(2017, 4, 18)),  # Good Friday → after Easter Monday
        (dt.date(2016, 12, 24), dt.date(2016, 12, 27)),  # Christmas Eve (Sat) → Tuesday
        (dt.date(2017, 6, 23), dt.date(2017, 6, 26)),  # midsommarafton → Monday
        (dt.date(2021, 12, 31), dt.date(2022, 1, 3)),  # nyårsafton, across the year end
    ],
)
def test_next_working_day(day, expected):
    assert next_working_day(day) == expected
    assert not is_non_working_day(expected)


@pytest.mark.parametrize("year", range(1953, 2101))
def test_the_computed_holidays_are_those_of_the_holidays_package(year):
    """The law's rules computed here (domain.holidays_se) against an independent
    implementation, the holidays package, for every year from 1953 (midsommar and alla
    helgons dag on their Saturdays) to 2100."""
    import holidays

    from uppfoljning_desktop.domain.holidays_se import holidays_in_year

    theirs = holidays.Sweden(years=year, language="sv", categories=("public", "de_facto"))
    assert holidays_in_year(year) == dict(sorted(theirs.items()))


@pytest.mark.parametrize("year, easter", [(2016, dt.date(2016, 3, 27)), (2019, dt.date(2019, 4, 21)),
                                          (2038, dt.date(2038, 4, 25)), (2285, dt.date(2285, 3, 22))])
def test_easter_at_its_earliest_and_latest(year, easter):
    from uppfoljning_desktop.domain.holidays_se import easter_sunday

    assert easter_sunday(year) == easter
