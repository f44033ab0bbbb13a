"""Target parsing over every target form in the seeds, and round-trip properties."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from uppfoljning_desktop.domain.numbers import format_number, format_percent, parse_number
from uppfoljning_desktop.domain.targets import (
    TargetKind,
    TargetNotUnderstood,
    format_target,
    is_met,
    parse_target,
    parse_value,
)

D = Decimal


@pytest.mark.parametrize(
    ("text", "kind", "value", "percent", "marker"),
    [
        # seeds/000: plain numbers, Swedish thousands and decimal comma, percent with/without space
        ("4", TargetKind.VALUE, D(4), False, ""),
        ("73", TargetKind.VALUE, D(73), False, ""),
        ("2 310", TargetKind.VALUE, D(2310), False, ""),
        ("55 500", TargetKind.VALUE, D(55500), False, ""),
        ("4,3", TargetKind.VALUE, D("4.3"), False, ""),
        ("2,75", TargetKind.VALUE, D("2.75"), False, ""),
        ("30,0", TargetKind.VALUE, D("30.0"), False, ""),
        ("27%", TargetKind.VALUE, D(27), True, ""),
        ("10%", TargetKind.VALUE, D(10), True, ""),
        ("75 %", TargetKind.VALUE, D(75), True, ""),
        ("89,9%", TargetKind.VALUE, D("89.9"), True, ""),
        ("323 000**", TargetKind.VALUE, D(323000), False, "**"),
        ("52%**", TargetKind.VALUE, D(52), True, "**"),
        # comparisons
        (">89,9%", TargetKind.ABOVE, D("89.9"), True, ""),
        (">82,3%", TargetKind.ABOVE, D("82.3"), True, ""),
        (">80 %", TargetKind.ABOVE, D(80), True, ""),
        ("högst 12 %", TargetKind.AT_MOST, D(12), True, ""),
        ("minst 85 %", TargetKind.AT_LEAST, D(85), True, ""),
        ("Minst 85%", TargetKind.AT_LEAST, D(85), True, ""),
        ("<5", TargetKind.BELOW, D(5), False, ""),
        ("≥ 4,5", TargetKind.AT_LEAST, D("4.5"), False, ""),
        # directions
        ("Öka", TargetKind.INCREASE, None, False, ""),
        ("öka", TargetKind.INCREASE, None, False, ""),
        ("Minska", TargetKind.DECREASE, None, False, ""),
        ("bibehålla", TargetKind.MAINTAIN, None, False, ""),
        # no target yet
        ("*", TargetKind.NONE, None, False, "*"),
        ("**", TargetKind.NONE, None, False, "**"),
        ("", TargetKind.NONE, None, False, ""),
        (None, TargetKind.NONE, None, False, ""),
    ],
)
def test_every_target_form_in_the_seeds(text, kind, value, percent, marker):
    t = parse_target(text)
    assert (t.kind, t.value, t.percent, t.marker) == (kind, value, percent, marker)
    assert t.display() == (text or "").strip() or t.kind is TargetKind.NONE


@pytest.mark.parametrize(
    ("text", "value", "marker"),
    [("16,4%", D("16.4"), ""), ("55 101*", D(55101), "*"), ("72 **", D(72), "**"), ("*", None, "*"),
     ("265 039*", D(265039), "*"), ("49,6%*", D("49.6"), "*"), ("2,63", D("2.63"), ""), ("", None, "")],
)
def test_baselines_with_footnote_markers(text, value, marker):
    v = parse_value(text)
    assert (v.value, v.marker) == (value, marker)


@pytest.mark.parametrize("text", ["ungefär som förra året", "1.234", "12 %%", "> öka"])
def test_unknown_wording_is_refused_in_swedish(text):
    with pytest.raises(TargetNotUnderstood, match="riktvärde|tvetydigt|inget tal"):
        parse_target(text)


@pytest.mark.parametrize(
    ("target", "outcome", "reference", "lower", "met"),
    [
        ("2 310", "2 301", None, False, False),
        ("2 310", "2 310", None, False, True),
        (">82,3%", "82,3", None, False, False),
        (">82,3%", "82,4", None, False, True),
        ("högst 12 %", "12", None, False, True),
        ("högst 12 %", "12,1", None, False, False),
        ("minst 85 %", "84,9", None, False, False),
        ("10%", "12,6", None, True, False),  # staff turnover: lower is better
        ("120", "182", None, True, False),  # a ranking: lower is better (seed 001)
        ("Öka", "78", "77,7", False, True),
        ("Öka", "77,7", "77,7", False, False),
        ("Minska", "14,1", "14,8", False, True),
        ("bibehålla", "4,3", "4,3", False, True),
        ("Öka", "78", None, False, None),  # nothing to compare with
        ("*", "78", None, False, None),  # no target yet
        ("75 %", None, None, False, None),  # no outcome
    ],
)
def test_is_met(target, outcome, reference, lower, met):
    out = parse_number(outcome) if outcome is not None else None
    ref = parse_number(reference) if reference is not None else None
    assert is_met(parse_target(target), out, reference=ref, lower_is_better=lower) is met


decimals = st.decimals(min_value=-10**9, max_value=10**9, allow_nan=False, allow_infinity=False, places=3)


@given(decimals)
def test_any_number_formatted_in_swedish_parses_back(value):
    assert parse_number(format_number(value)) == value
    assert parse_number(format_percent(value)) == value


@given(decimals, st.sampled_from(["", ">", "<", "minst ", "högst "]), st.booleans())
def test_any_target_written_in_swedish_parses_back(value, prefix, percent):
    number = format_percent(value) if percent else format_number(value)
    t = parse_target(prefix + number)
    assert t.value == value and t.percent is percent
    assert parse_target(format_target(t)) == parse_target(format_target(t))
    assert parse_target(format_target(t)).value == value
