"""Rules for what department heads type into a returned Excel template.

People type numbers as text ("1 234,5"), percentages as "85 %", 85 or 0,85, leave stray
spaces, and now and then start a comment with "=" or "-". These rules decide what such a
value means, or why it cannot be read, in Swedish. No openpyxl here: the reader hands
over plain Python values (str, int, float, datetime, None).
"""

from __future__ import annotations

import datetime as dt
import math
from decimal import Decimal
from statistics import median

from uppfoljning_desktop.domain.numbers import MAX_DIGITS, NotANumber, format_number, parse_number

# A text starting with one of these is a formula (or a DDE payload) to Excel/LibreOffice.
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")

#: The most significant digits a number read from a cell may have: a double holds 15
#: exactly, and nothing a unit reports needs more (a 400-digit number crashed a report).
MAX_SIGNIFICANT_DIGITS = MAX_DIGITS

#: How far from earlier periods a value may move before the import warns (a factor).
OUTLIER_FACTOR = Decimal(3)


class CellValueError(ValueError):
    """The cell's content cannot be read as the column requires (message in Swedish)."""


def looks_like_formula(text: str) -> bool:
    """True when Excel would treat ``text`` as a formula if it were typed in."""
    return text.startswith(FORMULA_PREFIXES)


def _shown(value: object) -> str:
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value)


def is_blank(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def tidy(number: Decimal) -> Decimal:
    """Drop trailing zeros without switching to exponent notation (70, not 7E+1)."""
    if number == number.to_integral_value():
        # exact at any size (quantize fails beyond the context's 28 digits)
        return Decimal(int(number))
    return number.normalize()


def read_number(value: object) -> Decimal:
    """A number from a cell: a real number, or text in Swedish notation.

    "1.234" is refused as ambiguous (1,234 or 1 234?), see ``domain.numbers``.
    """
    if isinstance(value, (bool, dt.date)):
        raise CellValueError(f"\"{_shown(value)}\" är inget tal")
    try:
        if isinstance(value, float):
            # Excel keeps 15 significant digits; the float's last binary digits
            # (0.1 + 0.2 = 0.30000000000000004) are noise, not something typed.
            number = Decimal(repr(value)) if not math.isfinite(value) else Decimal(format(value, ".15g"))
        else:
            number = parse_number(value if isinstance(value, (int, Decimal)) else str(value))
    except NotANumber as exc:
        raise CellValueError(str(exc)) from None
    check_digits(number)
    return tidy(number)


def check_digits(number: Decimal) -> None:
    """Refuse what is no plausible reported value: not finite, or more than
    ``MAX_SIGNIFICANT_DIGITS`` significant digits (or whole digits)."""
    if not number.is_finite():
        raise CellValueError("talet är för stort (eller inget ändligt tal); skriv in rätt värde")
    digits = len(number.normalize().as_tuple().digits)
    whole = number.adjusted() + 1  # digits before the decimal point
    if digits > MAX_SIGNIFICANT_DIGITS or whole > MAX_SIGNIFICANT_DIGITS:
        shown = str(number) if len(str(number)) <= 24 else str(number)[:20] + " …"
        raise CellValueError(
            f"talet {shown} har fler än {MAX_SIGNIFICANT_DIGITS} siffror; så stora eller exakta värden "
            "kan inte vara rätt. Kontrollera värdet"
        )


def implausible_outcome(value: Decimal, measure: str, *, over_100_allowed: bool = False) -> str:
    """Why an outcome cannot be right for its measure (``MeasureUnit`` value), or "".

    A percentage lies between 0 and 100 unless the indicator allows more
    (``over_100_allowed``); a count (antal) is never negative.
    """
    if measure == "procent":
        if value < 0:
            return f"{format_number(value)} % är mindre än 0 %; en andel kan inte vara negativ. Kontrollera värdet"
        if value > 100 and not over_100_allowed:
            return (f"{format_number(value)} % är mer än 100 %, och indikatorn har varken målvärde eller tidigare "
                    "utfall över 100 %. Kontrollera värdet (kan indikatorn gå över 100 %: ange ett målvärde över "
                    "100 % under Måluppföljning)")
    if measure == "antal" and value < 0:
        return f"{format_number(value)} är negativt; ett antal kan inte vara mindre än 0. Kontrollera värdet"
    return ""


def read_percent(value: object, *, cell_is_percent_formatted: bool = False) -> tuple[Decimal, str]:
    """A percentage in percent units (85 means 85 %), and a note when it was reinterpreted.

    Accepted: 85, "85", "85 %", "85,5%", and a fraction 0,85 (Excel stores 85 % typed
    into a percent-formatted cell as 0.85; people also type 0,85). A number strictly
    between 0 and 1 without a "%" sign is read as a fraction; 1 stays 1 %.
    """
    percent_sign = isinstance(value, str) and value.strip().endswith("%")
    number = read_number(value)
    if cell_is_percent_formatted and not percent_sign:
        return tidy(number * 100), ""
    if not percent_sign and 0 < abs(number) < 1:
        scaled = tidy(number * 100)
        return scaled, f"{format_number(number)} tolkades som {format_number(scaled)} %"
    return number, ""


def read_integer(value: object) -> int:
    number = read_number(value)
    if number != number.to_integral_value():
        raise CellValueError(f"\"{_shown(value)}\" är inget heltal")
    return int(number)


def read_text(value: object, max_length: int | None = None) -> str:
    """Text with stray spaces removed; numbers typed into a text cell become text."""
    if isinstance(value, dt.datetime):
        text = value.date().isoformat() if value.time() == dt.time() else value.isoformat(" ")
    elif isinstance(value, dt.date):
        text = value.isoformat()
    else:
        text = _shown(value)
    text = " ".join(text.replace("\r\n", "\n").split(" ")).strip()
    if max_length is not None and len(text) > max_length:
        raise CellValueError(f"texten är {len(text)} tecken lång; högst {max_length} tecken får plats")
    return text


def read_choice(value: object, choices: tuple[str, ...]) -> str:
    """One of ``choices``, matched without regard to case and surrounding spaces."""
    text = " ".join(str(value).split())
    for choice in choices:
        if choice.casefold() == text.casefold():
            return choice
    raise CellValueError(f"\"{text}\" är inget av valen {', '.join(choices)}")


def read_code(value: object) -> str:
    """A code (a delegation point "3.10", a case number) that must arrive as text.

    A spreadsheet program may turn what was typed into a number or a date before the
    file is saved ("3.10" becomes 3.1 in an English-locale cell that is not formatted as
    text, "3,10" in a Swedish one): the original can no longer be known, so any value
    that is not text is refused rather than guessed back into a code.
    """
    if isinstance(value, str):
        return " ".join(value.split())
    if isinstance(value, (int, float, Decimal)) and not isinstance(value, bool):
        shown = format_number(tidy(Decimal(repr(value)) if isinstance(value, float) else Decimal(value)))
        raise CellValueError(
            f"cellen innehåller talet {shown}, men här ska stå en kod som text (t.ex. punkt 3.10); "
            "kalkylprogrammet har gjort om det som skrevs till ett tal. Formatera cellen som text "
            "och skriv koden igen"
        )
    raise CellValueError(
        f"cellen innehåller \"{read_text(value)}\" som inte är text (t.ex. ett datum), men här ska stå "
        "en kod; formatera cellen som text och skriv koden igen"
    )


def read_date(value: object) -> dt.date:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    text = str(value).strip()
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise CellValueError(f"\"{text}\" är inget datum på formen ÅÅÅÅ-MM-DD") from None


def outlier_note(value: Decimal, earlier: list[Decimal]) -> str:
    """A warning when ``value`` is far from earlier periods' values, else "".

    With at least one earlier value: more than ``OUTLIER_FACTOR`` times the median of
    the earlier values, or less than a third of it (and not both near zero).
    """
    history = [e for e in earlier if e is not None]
    if not history:
        return ""
    mid = Decimal(median(history))
    if mid == 0:
        return ""
    ratio = value / mid
    if ratio > OUTLIER_FACTOR or ratio < 1 / OUTLIER_FACTOR:
        return (
            f"{format_number(value)} avviker kraftigt från tidigare utfall "
            f"(median {format_number(tidy(mid))}); kontrollera värdet"
        )
    return ""
