"""Swedish numbers: "1 300", "12,5", "85 %", and parsing what people type.

Written numbers use a space (in print a no-break space) as thousands separator and a
decimal comma. Parsing accepts what users really type ("1 234,5", "85 %", "0,85",
"−3") and refuses what is ambiguous ("1.234" could be 1,234 or 1234).
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

NBSP = "\u00a0"
_SPACES = re.compile(r"[\s\u00a0\u202f\u2009]+")
_AMBIGUOUS_DOT = re.compile(r"^-?\d{1,3}(\.\d{3})+$")
_PLAIN = re.compile(r"^-?(\d+)(,\d+)?$|^-?,\d+$")


class NotANumber(ValueError):
    """The text is not a number in Swedish notation (message in Swedish)."""


def parse_number(text: str | int | float | Decimal) -> Decimal:
    """Parse a Swedish-formatted number; a trailing "%" is ignored (see ``is_percent_text``).

    >>> parse_number("1 234,5")
    Decimal('1234.5')
    """
    if isinstance(text, bool):
        raise NotANumber(f"\"{text}\" är inget tal")
    if isinstance(text, (int, Decimal)):
        return Decimal(text)
    if isinstance(text, float):
        return Decimal(repr(text))
    original = text
    s = _SPACES.sub("", str(text)).replace("\u2212", "-").replace("\u2013", "-")
    if s.endswith("%"):
        s = s[:-1]
    if s.startswith("+"):
        s = s[1:]
    if not s:
        raise NotANumber(f"\"{original}\" är inget tal")
    if _AMBIGUOUS_DOT.match(s):
        raise NotANumber(
            f"\"{original}\" är tvetydigt: skriv tusental med mellanslag och decimaler med komma"
        )
    if "." in s and "," not in s and s.count(".") == 1:
        s = s.replace(".", ",")  # "12.5": a decimal point typed by habit
    if not _PLAIN.match(s):
        raise NotANumber(f"\"{original}\" är inget tal")
    try:
        return Decimal(s.replace(",", "."))
    except InvalidOperation:
        raise NotANumber(f"\"{original}\" är inget tal") from None


def is_percent_text(text: str) -> bool:
    return str(text).strip().endswith("%")


MAX_DIGITS = 15  # significant digits of a figure the import accepts (a double holds 15)


def format_number(value: Decimal | int | float, decimals: int | None = None) -> str:
    """``1300`` → ``1 300``; ``12.5`` → ``12,5``; ``decimals`` fixes the decimals shown."""
    d = Decimal(str(value)) if isinstance(value, float) else Decimal(value)
    if not d.is_finite():
        return "–"
    if d.adjusted() >= MAX_DIGITS:  # an impossible figure stored before the import bounded it
        mantissa, _, exponent = format(d, f".{2}E").partition("E")
        return f"{mantissa.replace('.', ',')}{NBSP}·{NBSP}10^{int(exponent)}"
    if decimals is not None:
        d = d.quantize(Decimal(1).scaleb(-decimals))
    sign = "-" if d < 0 else ""
    d = abs(d)
    text = format(d, "f")
    whole, _, frac = text.partition(".")
    if decimals is None and frac:
        frac = frac.rstrip("0")
    groups: list[str] = []
    while len(whole) > 3:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    groups.insert(0, whole)
    out = NBSP.join(groups)
    if frac:
        out += "," + frac
    return sign + out


def format_percent(value: Decimal | int | float, decimals: int | None = None) -> str:
    """``12.5`` → ``12,5 %`` (the value is already in percent)."""
    return f"{format_number(value, decimals)}{NBSP}%"


def plural(n: int, one: str, many: str) -> str:
    """``plural(1, "sida", "sidor")`` → ``1 sida``; ``2`` → ``2 sidor``; ``1300`` →
    ``1 300 sidor``. Swedish uses the singular only for exactly one (``0 sidor``)."""
    return f"{format_number(n)} {one if n == 1 else many}"

