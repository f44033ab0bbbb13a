"""Targets (riktvärden) as the plans write them, parsed so the app can judge an outcome.

The operational plans (``seeds/000_…``, ``seeds/001_…``) write a year's target as a
number in Swedish format ("73", "2 310", "89,9%"), a comparison (">82,3%", "högst 12 %",
"minst 85 %"), a direction ("Öka", "Minska", "bibehålla") relative to the previous
outcome or the baseline, or nothing yet ("*", with a footnote that says why). Baselines
(ingående värden) look the same and may carry a footnote marker ("55 101*", "72 **").

The original wording is always kept (``Target.text``) and printed as written; the
structured form only serves to compute whether an outcome meets the target. Numbers are
parsed with ``domain.numbers.parse_number``, never with a second parser.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum

from uppfoljning_desktop.domain.numbers import (
    NotANumber,
    format_number,
    format_percent,
    parse_number,
)


class TargetKind(StrEnum):
    """How a target is stated."""

    VALUE = "värde"  # a plain number: reach it (at least, or at most when lower is better)
    ABOVE = "över"  # ">82,3%"
    AT_LEAST = "minst"  # "minst 85 %", "≥ 85"
    AT_MOST = "högst"  # "högst 12 %", "≤ 12"
    BELOW = "under"  # "<5"
    INCREASE = "öka"
    DECREASE = "minska"
    MAINTAIN = "bibehålla"
    NONE = "saknas"  # "*": no target yet (see the footnote), or empty


DIRECTIONS = {TargetKind.INCREASE, TargetKind.DECREASE, TargetKind.MAINTAIN}

_MARKER = re.compile(r"\s*(\*+)\s*$")
_PREFIXES: tuple[tuple[str, TargetKind], ...] = (
    (">=", TargetKind.AT_LEAST),
    ("<=", TargetKind.AT_MOST),
    ("≥", TargetKind.AT_LEAST),
    ("≤", TargetKind.AT_MOST),
    (">", TargetKind.ABOVE),
    ("<", TargetKind.BELOW),
    ("minst", TargetKind.AT_LEAST),
    ("lägst", TargetKind.AT_LEAST),
    ("högst", TargetKind.AT_MOST),
    ("max", TargetKind.AT_MOST),
    ("över", TargetKind.ABOVE),
    ("under", TargetKind.BELOW),
)
_WORDS = {
    "öka": TargetKind.INCREASE,
    "ökar": TargetKind.INCREASE,
    "ökning": TargetKind.INCREASE,
    "minska": TargetKind.DECREASE,
    "minskar": TargetKind.DECREASE,
    "minskning": TargetKind.DECREASE,
    "bibehålla": TargetKind.MAINTAIN,
    "bibehålls": TargetKind.MAINTAIN,
    "behålla": TargetKind.MAINTAIN,
    "oförändrat": TargetKind.MAINTAIN,
}


class TargetNotUnderstood(ValueError):
    """The text is no target form the app knows (message in Swedish)."""


@dataclass(frozen=True)
class Target:
    """One year's target: ``kind`` and ``value`` for computing, ``text`` for printing."""

    kind: TargetKind
    value: Decimal | None = None
    percent: bool = False
    text: str = ""
    marker: str = ""  # "*", "**": refers to a footnote

    @property
    def is_set(self) -> bool:
        return self.kind is not TargetKind.NONE

    @property
    def is_direction(self) -> bool:
        return self.kind in DIRECTIONS

    def display(self) -> str:
        """The wording as the plan wrote it (or a clean rendering when built in code)."""
        if self.text:
            return self.text
        return format_target(self)


@dataclass(frozen=True)
class Value:
    """A written value such as a baseline: "55 101*" → 55101, marker "*"."""

    value: Decimal | None
    percent: bool = False
    text: str = ""
    marker: str = ""


def _split_marker(text: str) -> tuple[str, str]:
    m = _MARKER.search(text)
    if m:
        return text[: m.start()].strip(), m.group(1)
    return text.strip(), ""


def parse_value(text: str | None) -> Value:
    """Parse a written value with an optional footnote marker; "*" alone is no value."""
    raw = (text or "").strip()
    body, marker = _split_marker(raw)
    if not body:
        return Value(None, text=raw, marker=marker)
    try:
        number = parse_number(body)
    except NotANumber as exc:
        raise TargetNotUnderstood(str(exc)) from None
    return Value(number, percent=body.endswith("%"), text=raw, marker=marker)


def parse_target(text: str | None) -> Target:
    """Parse a target as written in a plan; raises ``TargetNotUnderstood`` (Swedish).

    >>> parse_target(">82,3%").kind, parse_target(">82,3%").value
    (<TargetKind.ABOVE: 'över'>, Decimal('82.3'))
    """
    raw = (text or "").strip()
    body, marker = _split_marker(raw)
    if not body or body in {"-", "–"}:
        return Target(TargetKind.NONE, text=raw, marker=marker)
    lowered = body.casefold()
    word = lowered.rstrip(".")
    if word in _WORDS:
        return Target(_WORDS[word], text=raw, marker=marker)
    kind = TargetKind.VALUE
    rest = body
    for prefix, k in _PREFIXES:
        if lowered.startswith(prefix):
            kind = k
            rest = body[len(prefix):].strip()
            break
    try:
        number = parse_number(rest)
    except NotANumber:
        raise TargetNotUnderstood(
            f"\"{raw}\" är inget riktvärde som går att tolka. Skriv ett tal (\"2 310\", "
            "\"89,9 %\"), en jämförelse (\">82,3 %\", \"högst 12 %\", \"minst 85 %\"), "
            "en riktning (\"Öka\", \"Minska\", \"bibehålla\") eller \"*\" när riktvärde saknas."
        ) from None
    return Target(kind, number, percent=rest.endswith("%"), text=raw, marker=marker)


def format_target(target: Target) -> str:
    """A clean Swedish rendering of a structured target ("högst 12 %", ">82,3 %")."""
    if target.kind is TargetKind.NONE:
        return target.marker or "–"
    if target.is_direction:
        return {TargetKind.INCREASE: "Öka", TargetKind.DECREASE: "Minska",
                TargetKind.MAINTAIN: "Bibehålla"}[target.kind] + target.marker
    assert target.value is not None
    number = format_percent(target.value) if target.percent else format_number(target.value)
    prefix = {TargetKind.VALUE: "", TargetKind.ABOVE: ">", TargetKind.BELOW: "<",
              TargetKind.AT_LEAST: "minst ", TargetKind.AT_MOST: "högst "}[target.kind]
    return f"{prefix}{number}{target.marker}"


def is_met(
    target: Target,
    outcome: Decimal | None,
    *,
    reference: Decimal | None = None,
    lower_is_better: bool = False,
) -> bool | None:
    """Whether ``outcome`` meets ``target``; None when it cannot be judged.

    A plain number is reached when the outcome is at least the value (at most, when lower
    is better, e.g. staff turnover or a ranking). Directions compare with ``reference``,
    the previous outcome or the baseline: "Öka" needs a higher outcome, "Minska" a lower
    one, "bibehålla" at least as good. Unknown outcome, no target or a direction
    without a reference give None (counted as "saknar underlag", never as missed).
    """
    if outcome is None or not target.is_set:
        return None
    kind, value = target.kind, target.value
    if target.is_direction:
        if reference is None:
            return None
        if kind is TargetKind.INCREASE:
            return outcome > reference
        if kind is TargetKind.DECREASE:
            return outcome < reference
        return outcome <= reference if lower_is_better else outcome >= reference
    assert value is not None
    if kind is TargetKind.ABOVE:
        return outcome > value
    if kind is TargetKind.BELOW:
        return outcome < value
    if kind is TargetKind.AT_LEAST:
        return outcome >= value
    if kind is TargetKind.AT_MOST:
        return outcome <= value
    return outcome <= value if lower_is_better else outcome >= value
