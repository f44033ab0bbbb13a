from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from uppfoljning_desktop.domain.numbers import (
    NBSP,
    NotANumber,
    format_number,
    format_percent,
    parse_number,
)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("1 300", Decimal("1300")),
        ("1\u00a0234,5", Decimal("1234.5")),
        ("  12,5 ", Decimal("12.5")),
        ("85 %", Decimal("85")),
        ("85%", Decimal("85")),
        ("0,85", Decimal("0.85")),
        ("-261,7", Decimal("-261.7")),
        ("\u2212261,7", Decimal("-261.7")),
        ("+3", Decimal("3")),
        ("12.5", Decimal("12.5")),  # a decimal point typed by habit
        (",5", Decimal("0.5")),
        (42, Decimal("42")),
        (0.85, Decimal("0.85")),
    ],
)
def test_parse_number_accepts_what_people_type(text, expected):
    assert parse_number(text) == expected


@pytest.mark.parametrize(
    "text, fragment",
    [
        ("85 procent", "är inget tal"),
        ("", "är inget tal"),
        ("1.234", "tvetydigt"),
        ("1.234.567", "tvetydigt"),
        ("12,5,3", "är inget tal"),
        ("abc", "är inget tal"),
    ],
)
def test_parse_number_refuses_with_a_swedish_reason(text, fragment):
    with pytest.raises(NotANumber, match=fragment):
        parse_number(text)


@pytest.mark.parametrize(
    "value, decimals, expected",
    [
        (1300, None, f"1{NBSP}300"),
        (Decimal("12.5"), None, "12,5"),
        (Decimal("-261.7"), None, "-261,7"),
        (1234567.891, 2, f"1{NBSP}234{NBSP}567,89"),
        (Decimal("12.50"), None, "12,5"),
        (0, None, "0"),
    ],
)
def test_format_number(value, decimals, expected):
    assert format_number(value, decimals) == expected


def test_format_percent():
    assert format_percent(Decimal("12.5")) == f"12,5{NBSP}%"


@given(st.decimals(min_value=-10**9, max_value=10**9, places=3, allow_nan=False, allow_infinity=False))
def test_any_number_formatted_in_swedish_parses_back_to_itself(value):
    assert parse_number(format_number(value)) == value
    assert parse_number(format_percent(value)) == value


@given(st.integers(min_value=-10**12, max_value=10**12))
def test_integers_round_trip_with_plain_spaces(value):
    assert parse_number(format_number(value).replace(NBSP, " ")) == value


@pytest.mark.parametrize("value, text", [
    (Decimal("9" * 400), "1,00\u00a0·\u00a010^400"),
    (Decimal("123456789012345678"), "1,23\u00a0·\u00a010^17"),
    (Decimal("999999999999999"), "999\u00a0999\u00a0999\u00a0999\u00a0999"),
    (Decimal("Infinity"), "–"),
])
def test_an_impossible_figure_stored_earlier_prints_short_never_crashes_a_report(value, text):
    """The import refuses more than 15 significant digits; a database written before it
    did may hold a 400-digit outcome, which once made 'pdf uppfoljning' crash."""
    assert format_number(value) == text
