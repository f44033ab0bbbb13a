"""Publication check (publiceringskontroll): personal data a public version must not carry.

Minutes and meeting documents become public when adjusted (TF 2:10, 2:15) and the
municipality publishes them on its web noticeboard (KL 8:9–10). Personal data needs a
legal basis to be published (dataskyddsförordningen art. 6; lag 2018:218): personnummer,
private phone numbers, e-mail and home addresses of private persons do not belong there.

This module finds candidates in the text of a document, page by page:

- personnummer and samordningsnummer with a valid date and Luhn check digit
  (``YYMMDD-NNNN``, ``YYYYMMDDNNNN``, ``+`` for 100 years or older);
- phone numbers (Swedish, ``070-174 06 20``, ``08-465 004 10``, ``+46 70 …``);
- e-mail addresses;
- street addresses ("Storgatan 12", "Vårbyvägen 3 B").

Numbers and addresses the organisation itself publishes (the letterhead, the officials'
work numbers, the crisis group's work numbers) are *allowed*; values the crisis module
marks private are *mandatory*: they are always masked, a secretary cannot accept them.
Everything else found is a ``Finding`` the secretary masks or accepts.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import StrEnum


class FindingKind(StrEnum):
    """What was found; the value is the Swedish label printed in lists."""

    PERSONAL_NUMBER = "personnummer"
    PHONE = "telefonnummer"
    EMAIL = "e-postadress"
    ADDRESS = "gatuadress"
    PRIVATE = "privat uppgift i krisplanen"


class Decision(StrEnum):
    MASK = "maskera"
    ACCEPT = "godta"


MASK_TEXT = "[maskerad]"

_PNR = re.compile(r"(?<![\d-])(\d{2})?(\d{2})(\d{2})(\d{2})([-+]?)(\d{4})(?![\d-])")
# A Swedish phone number: area code 0 + 1–3 digits (or +46 without the 0), then 5–8
# digits in groups; not part of a longer digit run or of an ISO date.
_SP = r"[ \u00a0\u202f]"  # a space inside one line (a line break ends a number)
_PHONE = re.compile(
    r"(?<![\w+-])(?:\+46(?:" + _SP + r"|-)?\(?0?\)?" + _SP + r"?[1-9]\d{0,2}|0[1-9]\d{0,2})(?:" + _SP + r"|-)\d{2,4}"
    r"(?:" + _SP + r"?\d{2,3}){1,3}(?![\w-])"
    r"|(?<![\w+-])0[1-9]\d{7,9}(?![\w-])"
)
_EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[a-zA-Z]{2,}")
_STREET_SUFFIX = ("gatan", "vägen", "gränd", "gränden", "stigen", "backen", "torget", "allén", "gata", "väg",
                  "leden", "slingan", "plan", "platsen", "stråket", "terrassen")
_ADDRESS = re.compile(
    r"(?<!\w)([A-ZÅÄÖ][a-zåäöé]*(?:" + "|".join(_STREET_SUFFIX) + r"))" + _SP + r"(\d{1,4}(?:" + _SP + r"?[A-H])?)(?![\d\w])"
)


def luhn_ok(digits: str) -> bool:
    """The Luhn check digit of a 10-digit personnummer (Skatteverket SKV 704)."""
    total = 0
    for i, ch in enumerate(digits):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    return total % 10 == 0


def is_personal_number(text: str) -> bool:
    """Whether ``text`` is a personnummer or samordningsnummer (day + 60) with a valid
    date and check digit. Organisation numbers (month 20–99) are not."""
    m = _PNR.fullmatch(text.strip())
    return m is not None and _valid_pnr(m)


def _valid_pnr(m: re.Match[str]) -> bool:
    century, yy, mm, dd, _sep, tail = m.groups()
    day = int(dd) - 60 if int(dd) > 60 else int(dd)  # samordningsnummer: day + 60
    if century and century not in ("18", "19", "20"):
        return False
    years = [int(century + yy)] if century else [1900 + int(yy), 2000 + int(yy)]
    if not any(_date_ok(y, int(mm), day) for y in years):
        return False
    return luhn_ok(yy + mm + dd + tail)


def _date_ok(year: int, month: int, day: int) -> bool:
    try:
        dt.date(year, month, day)
    except ValueError:
        return False
    return True


def normalize(kind: FindingKind, value: str) -> str:
    """The form two mentions of the same value share: digits for numbers, lower case
    for e-mail, single spaces for addresses."""
    if kind in (FindingKind.PHONE, FindingKind.PERSONAL_NUMBER):
        digits = re.sub(r"\D", "", value)
        if digits.startswith("46") and value.strip().startswith("+"):
            digits = "0" + digits[2:]
        if kind == FindingKind.PERSONAL_NUMBER and len(digits) == 12:
            digits = digits[2:]
        return digits
    if kind == FindingKind.EMAIL:
        return value.strip().lower()
    return " ".join(value.split()).lower()


def value_pattern(value: str) -> re.Pattern[str]:
    """A pattern that finds ``value`` again in any of its usual spellings: a phone number
    with or without spaces and dashes, an address with any spacing, case-insensitive."""
    text = value.strip()
    if "@" not in text and sum(c.isdigit() for c in text) >= 6 and not re.search(r"[A-Za-zÅÄÖåäö]", text):
        digits = re.sub(r"\D", "", text)
        return re.compile(r"(?<!\d)" + r"[\s\-–]?".join(digits) + r"(?!\d)")
    parts = [re.escape(p) for p in text.split()]
    return re.compile(r"(?<![\w.])" + r"\s+".join(parts) + r"(?![\w])", re.IGNORECASE)


@dataclass(frozen=True)
class Rules:
    """What the organisation publishes itself (``allowed``) and what the crisis module
    marks private (``private``), both as ``normalize``d values."""

    allowed: frozenset[str] = frozenset()
    private: frozenset[str] = frozenset()
    allowed_domains: frozenset[str] = frozenset()  # e-mail domains of the organisation

    @classmethod
    def build(cls, allowed: Iterable[str], private: Iterable[str], allowed_domains: Iterable[str] = ()) -> Rules:
        def forms(values: Iterable[str]) -> frozenset[str]:
            out: set[str] = set()
            for v in values:
                v = (v or "").strip()
                if not v:
                    continue
                for kind in FindingKind:
                    out.add(normalize(kind, v))
            return frozenset(x for x in out if x)

        return cls(forms(allowed), forms(private), frozenset(d.lower() for d in allowed_domains if d))


@dataclass(frozen=True)
class Hit:
    """One value found on a page."""

    kind: FindingKind
    value: str
    mandatory: bool = False  # marked private by the crisis module: always masked
    context: str = ""  # the line it stands on, to tell the secretary whose it is


def _line_around(text: str, start: int, end: int, width: int = 70) -> str:
    """The value's line and the two before it (a table row comes out one cell a line),
    shortened from the left."""
    line_start = start
    for _ in range(3):
        line_start = text.rfind("\n", 0, max(0, line_start - 1)) + 1 if line_start > 0 else 0
    line_end = text.find("\n", end)
    line = " ".join(text[line_start:line_end if line_end >= 0 else len(text)].split())
    return line if len(line) <= width else "…" + line[-(width - 1):]


def scan_text(text: str, rules: Rules) -> list[Hit]:
    """The personal data candidates in ``text`` that ``rules`` do not allow, in order of
    appearance, each value once."""
    found: list[tuple[int, Hit]] = []
    taken: list[tuple[int, int]] = []

    def add(start: int, end: int, kind: FindingKind, value: str) -> None:
        if any(s < end and start < e for s, e in taken):
            return
        taken.append((start, end))
        key = normalize(kind, value)
        context = _line_around(text, start, end)
        if key in rules.private:
            found.append((start, Hit(FindingKind.PRIVATE, value, mandatory=True, context=context)))
        elif key not in rules.allowed:
            found.append((start, Hit(kind, value, context=context)))

    for m in _PNR.finditer(text):
        if _valid_pnr(m):
            add(m.start(), m.end(), FindingKind.PERSONAL_NUMBER, m.group())
    for m in _EMAIL.finditer(text):
        value = m.group().rstrip(".")
        domain = value.rsplit("@", 1)[1].lower()
        if domain in rules.allowed_domains and normalize(FindingKind.EMAIL, value) not in rules.private:
            taken.append((m.start(), m.end()))
            continue
        add(m.start(), m.start() + len(value), FindingKind.EMAIL, value)
    for m in _PHONE.finditer(text):
        value = m.group().strip()
        if len(re.sub(r"\D", "", value)) < 7:
            continue
        add(m.start(), m.end(), FindingKind.PHONE, value)
    for m in _ADDRESS.finditer(text):
        add(m.start(), m.end(), FindingKind.ADDRESS, f"{m.group(1)} {m.group(2)}")
    seen: set[tuple[FindingKind, str]] = set()
    out: list[Hit] = []
    for _, hit in sorted(found, key=lambda x: x[0]):
        key = (hit.kind, normalize(hit.kind if hit.kind != FindingKind.PRIVATE else FindingKind.PHONE, hit.value))
        if key not in seen:
            seen.add(key)
            out.append(hit)
    return out


@dataclass(frozen=True)
class Finding:
    """A value found in a public document: where (part, page) and what."""

    document: str  # "Sammanträde 2016-09-22": decisions hold for every public document of it
    part: str  # "Kallelse", "Bilaga: Krisledningsplan"
    page: int  # page in the part
    output_page: int  # page in the written file
    kind: FindingKind
    value: str
    mandatory: bool = False
    context: str = ""  # the line it was found on

    @property
    def key(self) -> str:
        return finding_key(self.document, self.kind, self.value)

    @property
    def where(self) -> str:
        where = f"{self.part}, sida {self.page}"
        if self.output_page != self.page:
            where += f" (sida {self.output_page} i filen)"
        return where

    def describe(self) -> str:
        return f"[{self.key}] {self.where}: {self.kind.value} {self.value}"


def describe_findings(findings: Iterable[Finding], limit: int = 3) -> list[str]:
    """One line per value (its id, what, and the first ``limit`` places it was found)."""
    groups: dict[str, list[Finding]] = {}
    for f in findings:
        groups.setdefault(f.key, []).append(f)
    lines = []
    for key, group in groups.items():
        first = group[0]
        places = "; ".join(f.where for f in group[:limit])
        if len(group) > limit:
            places += f" och {len(group) - limit} ställen till"
        context = f" («{first.context}»)" if first.context and first.context != first.value else ""
        lines.append(f"[{key}] {first.kind.value} {first.value}{context}: {places}")
    return lines


def finding_key(document: str, kind: FindingKind, value: str) -> str:
    """A short stable id ("F3A9C2") for a value in a document, to name it on the command line."""
    norm = normalize(kind if kind != FindingKind.PRIVATE else FindingKind.PHONE, value)
    digest = hashlib.sha1(f"{document}|{kind.value}|{norm}".encode()).hexdigest()
    return "F" + digest[:6].upper()


@dataclass
class Review:
    """The findings of one public output and the secretary's decisions about them."""

    findings: list[Finding] = field(default_factory=list)
    decisions: dict[str, Decision] = field(default_factory=dict)  # by finding key

    @property
    def unresolved(self) -> list[Finding]:
        return [f for f in self.findings if not f.mandatory and f.key not in self.decisions]

    def masks(self) -> list[str]:
        return [f.value for f in self.findings if f.mandatory or self.decisions.get(f.key) == Decision.MASK]
