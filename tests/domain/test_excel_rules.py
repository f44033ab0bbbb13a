"""What department heads type into template cells, and what it means."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from uppfoljning_desktop.domain import excel as rules
from uppfoljning_desktop.domain.numbers import format_number


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("1 234,5", Decimal("1234.5")),
        ("  42 ", Decimal(42)),
        (1234.5, Decimal("1234.5")),
        (7, Decimal(7)),
        ("1\u00a0300", Decimal(1300)),
        ("12.5", Decimal("12.5")),
        ("−3", Decimal(-3)),
        (0.1 + 0.2, Decimal("0.3")),  # a float to Excel's 15 significant digits
    ],
)
def test_read_number_accepts_what_people_type(raw, expected):
    assert rules.read_number(raw) == expected


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        ("85 procent", '"85 procent" är inget tal'),
        ("1.234", '"1.234" är tvetydigt'),
        ("#DIV/0!", '"#DIV/0!" är inget tal'),
        (True, '"True" är inget tal'),
        (dt.datetime(2016, 8, 1), "är inget tal"),
    ],
)
def test_read_number_refuses_with_the_value_in_the_message(raw, message):
    with pytest.raises(rules.CellValueError, match=message):
        rules.read_number(raw)


@pytest.mark.parametrize(
    ("raw", "formatted", "expected", "noted"),
    [
        (85, False, Decimal(85), False),
        ("85 %", False, Decimal(85), False),
        ("85,5%", False, Decimal("85.5"), False),
        ("0,85", False, Decimal(85), True),
        (0.85, False, Decimal(85), True),
        (0.85, True, Decimal(85), False),  # Excel's own percent cell
        (1.5, True, Decimal(150), False),
        (1, False, Decimal(1), False),  # 1 stays 1 %
        (0, False, Decimal(0), False),
        ("0,5 %", False, Decimal("0.5"), False),  # written with % sign: as it says
    ],
)
def test_read_percent(raw, formatted, expected, noted):
    value, note = rules.read_percent(raw, cell_is_percent_formatted=formatted)
    assert value == expected
    assert str(value) == str(expected)  # no exponent notation ("7E+1")
    assert bool(note) is noted


def test_percent_note_says_how_it_was_read():
    assert rules.read_percent("0,85")[1] == "0,85 tolkades som 85 %"


def test_read_integer():
    assert rules.read_integer("1 300") == 1300
    with pytest.raises(rules.CellValueError, match="inget heltal"):
        rules.read_integer("12,5")


def test_read_text_trims_and_limits():
    assert rules.read_text("  bra  jobbat ") == "bra  jobbat"
    assert rules.read_text(12.0) == "12"
    assert rules.read_text(dt.datetime(2016, 8, 31)) == "2016-08-31"
    with pytest.raises(rules.CellValueError, match="texten är 6 tecken lång; högst 5"):
        rules.read_text("abcdef", max_length=5)


def test_read_choice_ignores_case_and_spaces():
    choices = ("Ej startad", "Påbörjad", "Klar")
    assert rules.read_choice("  klar ", choices) == "Klar"
    assert rules.read_choice("ej  startad", choices) == "Ej startad"
    with pytest.raises(rules.CellValueError, match='"Färdig" är inget av valen Ej startad, Påbörjad, Klar'):
        rules.read_choice("Färdig", choices)


def test_read_date():
    assert rules.read_date(dt.datetime(2016, 8, 31, 0, 0)) == dt.date(2016, 8, 31)
    assert rules.read_date(" 2016-08-31 ") == dt.date(2016, 8, 31)
    with pytest.raises(rules.CellValueError, match="ÅÅÅÅ-MM-DD"):
        rules.read_date("31/8")


@pytest.mark.parametrize("text", ["=SUMMA(A1)", "+46 8", "-minus", "@där", "\tx"])
def test_formula_prefixes(text):
    assert rules.looks_like_formula(text)


def test_plain_text_is_no_formula():
    assert not rules.looks_like_formula("Bra jobbat = nöjd")


def test_outlier_against_earlier_periods():
    assert rules.outlier_note(Decimal(1300), [Decimal(410)]).startswith("1\u00a0300 avviker kraftigt")
    assert rules.outlier_note(Decimal(100), [Decimal(410)])
    assert rules.outlier_note(Decimal(450), [Decimal(410), Decimal(430)]) == ""
    assert rules.outlier_note(Decimal(5), []) == ""
    assert rules.outlier_note(Decimal(5), [Decimal(0)]) == ""


@given(st.decimals(min_value=-10**9, max_value=10**9, places=2, allow_nan=False, allow_infinity=False))
def test_swedish_numbers_round_trip(value):
    assert rules.read_number(format_number(value)) == value


@pytest.mark.parametrize(
    "raw",
    [1e30, 10**40, "10 000 000 000 000 000 000 000 000 000", int("1234567890" * 40), "1234567890123456",
     "0,1234567890123456", float("inf"), float("-inf"), float("nan"), 1e16],
)
def test_read_number_of_an_implausible_value_names_it_instead_of_crashing(raw):
    # A quantize beyond the decimal context's 28 digits raised InvalidOperation, inf
    # raised OverflowError, and a 400-digit number was stored and crashed the report.
    with pytest.raises(rules.CellValueError, match="fler än 15 siffror|för stort"):
        rules.read_number(raw)
    with pytest.raises(rules.CellValueError):
        rules.read_percent(raw)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [(123456789012345, Decimal(123456789012345)), ("0,123456789012345", Decimal("0.123456789012345")),
     (1e14, Decimal(10**14)), (1 / 3, Decimal("0.333333333333333")), ("1E3", None)],
)
def test_read_number_accepts_up_to_15_significant_digits(raw, expected):
    if expected is None:
        with pytest.raises(rules.CellValueError):  # exponent notation is no Swedish number
            rules.read_number(raw)
    else:
        assert rules.read_number(raw) == expected


@pytest.mark.parametrize(
    ("value", "measure", "over_100", "expected"),
    [
        ("85", "procent", False, ""),
        ("100", "procent", False, ""),
        ("0", "procent", False, ""),
        ("100.1", "procent", False, "100,1 % är mer än 100 %"),
        ("140", "procent", True, ""),
        ("-0.5", "procent", True, "-0,5 % är mindre än 0 %"),
        ("0", "antal", False, ""),
        ("-1", "antal", False, "-1 är negativt; ett antal kan inte vara mindre än 0"),
        ("-1200", "kronor", False, ""),
        ("-3", "index", False, ""),
        ("250", "antal", False, ""),
    ],
)
def test_implausible_outcome_per_measure(value, measure, over_100, expected):
    reason = rules.implausible_outcome(Decimal(value), measure, over_100_allowed=over_100)
    assert reason.startswith(expected) and bool(reason) == bool(expected), reason
