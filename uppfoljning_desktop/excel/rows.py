"""Reading a returned sheet row by row: values, and which cells are percent-formatted.

openpyxl's read-only ``iter_rows()`` builds a cell object per cell (about a fifth of
the import's time) only to let us ask one thing besides the value: whether Excel
formatted the cell as a percentage (then 105 % is stored as 1.05). This reads the
worksheet with openpyxl's own streaming parser and looks the number format up by the
cell's style id. It stops at the end of the cell data: what follows in the sheet's XML
(protection, and the data validations that list every input cell) is not needed on
import, and parsing it into openpyxl objects took about a sixth of the reading time.
Once the caller knows which columns it reads (``ColumnFilter``, set after the header
row), the other cells of a row (the reference texts) are not parsed at all. If a
future openpyxl changes those internals, it falls back to the public ``iter_rows()``.
"""

from __future__ import annotations

import datetime as dt
import math
import re
import warnings
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from openpyxl.styles.numbers import BUILTIN_FORMATS, BUILTIN_FORMATS_MAX_SIZE

_QUOTED = re.compile(r'"[^"]*"|\\.')

# row number, values (index 0 = column A), percent columns, unreadable cells (column index → reason)
Row = tuple[int, list[Any], frozenset[int], dict[int, str]]


@dataclass
class ColumnFilter:
    """Which columns the caller still needs, by letter ("A", "G" …); ``None`` = all.

    The caller may set ``letters`` while it iterates (after reading the header row);
    later rows then need to carry values only in those columns (the others may be
    None). Rows whose cells do not all name their column are read whole."""

    letters: frozenset[str] | None = None


def is_percent_format(fmt: str) -> bool:
    """True for a real percent format ("0%", "0.0 %"), not for a literal ('0" %"')."""
    return "%" in _QUOTED.sub("", fmt or "")


def _percent_styles(wb) -> frozenset[int]:
    cached = getattr(wb, "_uppfoljning_percent_styles", None)
    if cached is not None:
        return cached
    ids = set()
    for style_id, style in enumerate(wb._cell_styles):
        fmt_id = style.numFmtId
        if fmt_id < BUILTIN_FORMATS_MAX_SIZE:
            fmt = BUILTIN_FORMATS.get(fmt_id, "General")
        elif fmt_id - BUILTIN_FORMATS_MAX_SIZE < len(wb._number_formats):
            fmt = wb._number_formats[fmt_id - BUILTIN_FORMATS_MAX_SIZE]
        else:
            fmt = "General"  # a format the file does not define (Excel shows General)
        if is_percent_format(fmt):
            ids.add(style_id)
    result = frozenset(ids)
    wb._uppfoljning_percent_styles = result
    return result


class UnreadableSheet(ValueError):
    """The sheet's XML names a row or cell that cannot be placed (message in Swedish)."""


@dataclass
class SheetExtras:
    """What the sheet says besides its rows, filled when the rows are all read:
    ``merged`` holds the merged ranges ("G4:I4") from ``<mergeCells>``."""

    merged: list[str] = field(default_factory=list)


# Why a cell cannot be read, by what openpyxl (or Excel) put there. A cell that is
# listed here is never read as blank: a blank would clear a stored value.
FORMULA = "cellen innehåller en formel; skriv in själva värdet i stället"
FORMULA_WITHOUT_VALUE = "cellen innehåller en formel utan beräknat värde; skriv in själva värdet i stället"
NOT_A_NUMBER = "cellen är markerad som tal men innehåller \"{}\"; skriv in talet på nytt"
NOT_FINITE = "talet {} är för stort (eller inget ändligt tal); skriv in rätt värde"
BAD_SHARED_STRING = "cellen pekar på text nummer {} som inte finns i filen; skriv in värdet på nytt"
BAD_BOOLEAN = "cellen är markerad som sant/falskt men innehåller \"{}\"; skriv in rätt värde"
BAD_DATE = "cellen är markerad som datum men innehåller \"{}\"; skriv in rätt värde"
DATE_OUT_OF_RANGE = "cellen är formaterad som datum men talet {} är inget giltigt datum; skriv in rätt värde"
ERROR_VALUE = "cellen visar felvärdet {}; skriv in själva värdet"
TOO_LONG = "talet i cellen är {} tecken långt, inget rimligt värde; skriv in rätt värde"
MAX_NUMBER_CHARS = 100  # beyond 15 significant digits anyway (domain.excel checks those)
_SHOWN = 40  # characters of a bad raw value quoted in a message


def _quoted(raw: str | None) -> str:
    text = (raw or "").strip()
    return text if len(text) <= _SHOWN else text[:_SHOWN] + " …"


def iter_sheet_rows(ws, columns: ColumnFilter | None = None, extras: SheetExtras | None = None) -> Iterator[Row]:
    """Every row present in the sheet's XML, with its real row number (with ``columns``,
    only the wanted columns' values; see ``ColumnFilter``).

    Each row also carries the cells that cannot be read (column index → Swedish
    reason): a formula, a number cell holding text or a number beyond a float, a
    shared-string index out of range, an error value. Their value is None; the caller
    must treat them as errors, never as blanks. Raises ``UnreadableSheet`` for a row or
    cell reference that cannot be placed. With ``extras``, the merged ranges are read too
    (they follow the rows in the XML)."""
    try:
        from openpyxl.worksheet._reader import ROW_TAG, WorkSheetParser
        from openpyxl.xml.constants import SHEET_MAIN_NS
        from openpyxl.xml.functions import iterparse  # openpyxl's own (defusedxml when installed)

        wb = ws.parent
        percent = _percent_styles(wb)
        source = ws._get_source()
        parser = WorkSheetParser(source, ws._shared_strings, data_only=wb.data_only, epoch=wb.epoch,
                                 date_formats=wb._date_formats, timedelta_formats=wb._timedelta_formats)
        parser.parse_cell  # noqa: B018 (the internal this relies on)
    except (ImportError, AttributeError, TypeError):
        yield from _public_rows(ws)
        return
    sheet_data_end = f"{{{SHEET_MAIN_NS}}}sheetData"
    merge_cell = f"{{{SHEET_MAIN_NS}}}mergeCell"
    merge_cells = f"{{{SHEET_MAIN_NS}}}mergeCells"
    # Elements that only ever stand after <mergeCells> (ECMA-376 CT_Worksheet order), or
    # inside such elements: at the end of one of them there are no merged ranges to come.
    # (pageMargins, extLst and the like may also stand inside a custom sheet view, before
    # the merged ranges, so they do not count.)
    after_merged = {f"{{{SHEET_MAIN_NS}}}{t}" for t in (
        "phoneticPr", "conditionalFormatting", "cfRule", "dataValidations", "dataValidation", "formula1",
        "formula2", "hyperlinks", "hyperlink", "cellWatches", "ignoredErrors", "ignoredError", "smartTags",
        "drawing", "legacyDrawing", "legacyDrawingHF", "drawingHF", "picture", "oleObjects", "controls",
        "webPublishItems", "tableParts", "tablePart", "worksheet")}
    cell_tag = f"{{{SHEET_MAIN_NS}}}c"
    value_tag = f"{{{SHEET_MAIN_NS}}}v"
    formula_tag = f"{{{SHEET_MAIN_NS}}}f"
    rows_done = False
    with source:
        for _event, element in iterparse(source):
            tag = element.tag
            if rows_done:
                if tag == merge_cell:
                    extras.merged.append(element.get("ref") or "")  # type: ignore[union-attr]
                elif tag == merge_cells or tag in after_merged:
                    return
                element.clear()
                continue
            if tag == sheet_data_end:
                if extras is None:
                    return  # the rows are all read; skip the rest of the sheet
                rows_done = True
                continue
            if tag != ROW_TAG:
                continue
            if columns is not None and columns.letters is not None:
                _drop_unwanted(element, columns.letters)
            idx, cells, bad = _parse_row(parser, element, cell_tag, value_tag, formula_tag)
            element.clear()
            if not cells and not bad:
                yield idx, [], frozenset(), {}
                continue
            width = max([c["column"] for c in cells] + [col + 1 for col in bad])
            values: list[Any] = [None] * width
            pct = []
            for c in cells:
                col = c["column"] - 1
                values[col] = c["value"]
                if c["style_id"] in percent:
                    pct.append(col)
            yield idx, values, frozenset(pct), bad


def _parse_row(parser, row, cell_tag: str, value_tag: str, formula_tag: str):
    """openpyxl's ``parse_row``, cell by cell, so that one bad cell names itself instead of
    failing the whole file: (row number, parsed cells, {column index: reason})."""
    number = row.get("r")
    if number is not None:
        try:
            parser.row_counter = int(number)
        except ValueError:
            raise UnreadableSheet(f"raden \"{_quoted(number)}\" (efter rad {parser.row_counter}) har inget "
                                  "giltigt radnummer") from None
    else:
        parser.row_counter += 1
    if not 0 < parser.row_counter <= 1_048_576:
        raise UnreadableSheet(f"radnumret {parser.row_counter} ligger utanför arbetsbladet")
    parser.col_counter = 0
    from openpyxl.utils.cell import coordinate_to_tuple

    cells = []
    bad: dict[int, str] = {}
    for element in row:
        if element.tag != cell_tag:
            continue
        ref = element.get("r")
        if ref:
            try:
                row_of_cell, column = coordinate_to_tuple(ref)
            except (ValueError, TypeError, KeyError):
                raise UnreadableSheet(f"cellen \"{_quoted(ref)}\" på rad {parser.row_counter} har ingen giltig "
                                      "cellreferens") from None
            if row_of_cell != parser.row_counter or not 0 < column <= 16_384:
                raise UnreadableSheet(f"cellen \"{_quoted(ref)}\" står på rad {parser.row_counter}")
        else:
            column = parser.col_counter + 1
        raw = element.findtext(value_tag, None)
        if element.find(formula_tag) is not None:
            bad[column - 1] = FORMULA if raw else FORMULA_WITHOUT_VALUE
            parser.col_counter = column
            continue
        reason = _bad_value(parser, element, raw)
        if reason:
            bad[column - 1] = reason
            parser.col_counter = column
            continue
        try:
            cell = _quiet_parse(parser, element)
        except (ValueError, TypeError, IndexError, KeyError, OverflowError) as exc:
            bad[column - 1] = f"cellen går inte att läsa ({type(exc).__name__}); skriv in värdet på nytt"
            parser.col_counter = column
            continue
        if cell["data_type"] == "e":
            shown = _quoted(raw)
            bad[column - 1] = ERROR_VALUE.format(shown) if shown.startswith("#") else DATE_OUT_OF_RANGE.format(shown)
            continue
        cells.append(cell)
    return parser.row_counter, cells, bad


def _bad_value(parser, element, raw: str | None) -> str:
    """Why openpyxl would fail on (or misread) the cell's value, or ""."""
    try:
        style = element.get("s")
        if style:
            int(style)
    except ValueError:
        return f"cellen har en ogiltig formatering \"{_quoted(style)}\"; be om en ny fil"
    if raw is None or raw == "":
        return ""
    kind = element.get("t", "n")
    text = raw.strip()
    if kind == "n":
        if len(text) > MAX_NUMBER_CHARS:
            return TOO_LONG.format(len(text))
        if not _NUMBER.match(text):
            return NOT_A_NUMBER.format(_quoted(raw))
        if ("." in text or "e" in text.lower()) and not math.isfinite(float(text)):
            return NOT_FINITE.format(_quoted(raw))
    elif kind == "s":
        if not text.isdigit() or int(text) >= len(parser.shared_strings):
            return BAD_SHARED_STRING.format(_quoted(raw))
    elif kind == "b":
        if text not in ("0", "1"):
            return BAD_BOOLEAN.format(_quoted(raw))
    elif kind == "d":
        try:
            dt.datetime.fromisoformat(text)
        except ValueError:
            return BAD_DATE.format(_quoted(raw))
    return ""


_REFERENCE = re.compile(r"^([A-Z]{1,3})[0-9]+$")
_NUMBER = re.compile(r"^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$")


def _quiet_parse(parser, element) -> dict:
    """``parser.parse_cell``; a date-formatted number outside the date range becomes the
    error value #VALUE! with a warning, which here is the error value only."""
    style = element.get("s")
    if style and int(style) in parser.date_formats:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            return parser.parse_cell(element)
    return parser.parse_cell(element)


def _drop_unwanted(row, letters: frozenset[str]) -> None:
    """Remove the cells of other columns from a row element before openpyxl parses it
    (only when every cell names its column, so that positions stay right)."""
    cells = list(row)
    refs = [c.get("r") for c in cells]
    if not all(refs):
        return
    for cell, ref in zip(cells, refs, strict=True):
        m = _REFERENCE.match(ref)
        if m and m.group(1) not in letters:  # a reference that is no cell stays, to be named
            row.remove(cell)


def _public_rows(ws) -> Iterator[Row]:
    ws.reset_dimensions()
    for idx, cells in enumerate(ws.iter_rows(), start=1):
        values = [c.value for c in cells]
        pct = frozenset(i for i, c in enumerate(cells) if is_percent_format(getattr(c, "number_format", "")))
        yield idx, values, pct, {}


@dataclass
class RestCount:
    """The rows after a given row, counted from the raw XML without parsing cells."""

    keyless: int = 0  # rows with content but no cell in column A (each a key error)
    keyed: int = 0  # rows with a cell in column A: not checked


_ROW_END = re.compile(rb"</(?:\w+:)?row>")
_ROW_NUMBER = re.compile(rb'<(?:\w+:)?row\b[^>]*?\br="(\d+)"')
_KEY_CELL = re.compile(rb'\br="A\d')
_CHUNK = 1 << 20


def count_rows_after(ws, after: int) -> RestCount:
    """Count the rows numbered above ``after`` cheaply, for the summary of a file that
    has too many errors to be read further: the sheet's XML is split at each row's end
    in chunks of 1 MB (bounded memory), and each row is only searched for a cell in
    column A and for a value; rows are taken to be in order, as the format requires."""
    count = RestCount()
    passed = False

    def scan(block: bytes) -> None:
        nonlocal passed
        for piece in _ROW_END.split(block):
            if not passed:
                found = _ROW_NUMBER.search(piece)
                if found is None or int(found.group(1)) <= after:
                    continue
                passed = True
            if b'r="A' in piece and _KEY_CELL.search(piece):
                count.keyed += 1
            elif b"<v" in piece or b"<is" in piece or b":v>" in piece:
                count.keyless += 1

    with ws._get_source() as source:
        tail = b""
        while chunk := source.read(_CHUNK):
            block = tail + chunk
            cut = block.rfind(b"row>")  # after the last complete row ("</row>", "</x:row>")
            cut = cut + 4 if cut >= 0 else 0
            scan(block[:cut])
            tail = block[cut:]
        scan(tail)
    return count
