"""Case numbers (diarienummer, dnr): one pattern per committee, a serial per year.

There is no national format (``AVUX/2016:59``, ``KS 2023/74``, ``Dnr KS/2020:248-003``),
so the pattern is a committee setting with three fields: ``{kod}`` (the committee's
code), ``{år}`` (four-digit year) and ``{löpnr}`` (the serial, running per year and
committee, starting at 1; without ``{år}`` in the pattern it runs on across years, or
the numbers would repeat). Everything else in the pattern is literal text.

A registered document records its case number (OSL 5:1-2); every area that creates
items allocates numbers through ``store.meetings.allocate_case_number``, which uses
these pure functions.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from uppfoljning_desktop.domain.organisation import DEFAULT_CASE_NUMBER_PATTERN

FIELDS = {"{kod}": r"(?P<kod>[A-ZÅÄÖ0-9-]+?)", "{år}": r"(?P<ar>\d{4})", "{löpnr}": r"(?P<lopnr>\d{1,6})"}
_FIELD_RE = re.compile(r"\{[^{}]*\}")


class CaseNumberError(ValueError):
    """A case number or pattern that cannot be used; the message is Swedish."""


@dataclass(frozen=True, order=True)
class CaseNumber:
    """A parsed case number: ``AVUX/2016:59`` is code AVUX, year 2016, serial 59."""

    code: str
    year: int
    serial: int
    pattern: str = DEFAULT_CASE_NUMBER_PATTERN

    def __str__(self) -> str:
        return format_case_number(self.pattern, self.code, self.year, self.serial)


def validate_pattern(pattern: str) -> None:
    """Raise ``CaseNumberError`` unless the pattern has ``{löpnr}`` once and only known fields."""
    fields = _FIELD_RE.findall(pattern)
    unknown = [f for f in fields if f not in FIELDS]
    if unknown:
        raise CaseNumberError(
            f"Diarienummermönstret \"{pattern}\" innehåller okända fält: {', '.join(unknown)}. "
            "Tillåtna fält är {kod}, {år} och {löpnr}."
        )
    for f in FIELDS:
        if fields.count(f) > 1:
            raise CaseNumberError(f"Diarienummermönstret \"{pattern}\" innehåller {f} mer än en gång.")
    if "{löpnr}" not in fields:
        raise CaseNumberError(f"Diarienummermönstret \"{pattern}\" måste innehålla {{löpnr}}.")


def format_case_number(pattern: str, code: str, year: int, serial: int) -> str:
    """``format_case_number("{kod}/{år}:{löpnr}", "AVUX", 2016, 59)`` → ``AVUX/2016:59``."""
    validate_pattern(pattern)
    if serial < 1:
        raise CaseNumberError(f"Löpnumret måste vara minst 1 (var {serial}).")
    if not 1000 <= year <= 9999:
        raise CaseNumberError(f"Året i ett diarienummer ska ha fyra siffror (var {year}).")
    return pattern.replace("{kod}", code.strip().upper()).replace("{år}", str(year)).replace(
        "{löpnr}", str(serial)
    )


def _regex(pattern: str) -> re.Pattern[str]:
    validate_pattern(pattern)
    parts = []
    pos = 0
    for m in _FIELD_RE.finditer(pattern):
        parts.append(re.escape(pattern[pos : m.start()]))
        parts.append(FIELDS[m.group(0)])
        pos = m.end()
    parts.append(re.escape(pattern[pos:]))
    return re.compile("".join(parts), re.IGNORECASE)


def parse_case_number(
    text: str,
    pattern: str = DEFAULT_CASE_NUMBER_PATTERN,
    *,
    code: str | None = None,
    year: int | None = None,
) -> CaseNumber:
    """Parse ``text`` against ``pattern``; ``code``/``year`` fill fields the pattern lacks
    and, when the pattern has them, must match. Raises ``CaseNumberError`` (Swedish)."""
    cleaned = " ".join((text or "").split())
    if not cleaned:
        raise CaseNumberError("Diarienumret är tomt.")
    m = _regex(pattern).fullmatch(cleaned)
    example = format_case_number(pattern, code or "KOD", year or 2016, 59)
    if m is None:
        raise CaseNumberError(f"\"{cleaned}\" följer inte nämndens mönster för diarienummer (t.ex. {example}).")
    groups = m.groupdict()
    found_code = (groups.get("kod") or code or "").upper()
    if code is not None and groups.get("kod") and found_code != code.upper():
        raise CaseNumberError(
            f"\"{cleaned}\" har förkortningen {found_code}, men nämndens förkortning är {code.upper()}."
        )
    found_year = int(groups["ar"]) if groups.get("ar") else year
    if found_year is None:
        raise CaseNumberError(f"\"{cleaned}\" saknar år och inget år är angivet.")
    if not 1000 <= found_year <= 9999:
        raise CaseNumberError(f"\"{cleaned}\" har ett ogiltigt år.")
    serial = int(groups["lopnr"])
    if serial < 1:
        raise CaseNumberError(f"\"{cleaned}\" har löpnummer 0; löpnumret börjar på 1.")
    return CaseNumber(found_code, found_year, serial, pattern)


def is_valid_case_number(text: str, pattern: str = DEFAULT_CASE_NUMBER_PATTERN, *, code: str | None = None) -> bool:
    try:
        parse_case_number(text, pattern, code=code, year=None if "{år}" in pattern else 2000)
    except CaseNumberError:
        return False
    return True


def next_serial(used: Iterable[int]) -> int:
    """The next free serial of a year: one more than the highest used (never reuses gaps:
    a number once handed out stays with its case)."""
    return max(used, default=0) + 1
