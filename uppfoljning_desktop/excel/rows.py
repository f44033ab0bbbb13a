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

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from openpyxl.styles.numbers import BUILTIN_FORMATS, BUILTIN_FORMATS_MAX_SIZE

_QUOTED = re.compile(r'"[^"]*"|\\.')

Row = tuple[int, list[Any], frozenset[int]]  # row number, values (index 0 = column A), percent columns


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
        else:
            fmt = wb._number_formats[fmt_id - BUILTIN_FORMATS_MAX_SIZE]
        if is_percent_format(fmt):
            ids.add(style_id)
    result = frozenset(ids)
    wb._uppfoljning_percent_styles = result
    return result


def iter_sheet_rows(ws, columns: ColumnFilter | None = None) -> Iterator[Row]:
    """Every row present in the sheet's XML, with its real row number (with ``columns``,
    only the wanted columns' values; see ``ColumnFilter``)."""
    try:
        from openpyxl.worksheet._reader import ROW_TAG, WorkSheetParser
        from openpyxl.xml.constants import SHEET_MAIN_NS
        from openpyxl.xml.functions import iterparse  # openpyxl's own (defusedxml when installed)

        wb = ws.parent
        percent = _percent_styles(wb)
        source = ws._get_source()
        parser = WorkSheetParser(source, ws._shared_strings, data_only=wb.data_only, epoch=wb.epoch,
                                 date_formats=wb._date_formats, timedelta_formats=wb._timedelta_formats)
        parse_row = parser.parse_row
    except (ImportError, AttributeError, TypeError):
        yield from _public_rows(ws)
        return
    sheet_data_end = f"{{{SHEET_MAIN_NS}}}sheetData"
    with source:
        for _event, element in iterparse(source):
            tag = element.tag
            if tag == sheet_data_end:
                return  # the rows are all read; skip the rest of the sheet
            if tag != ROW_TAG:
                continue
            if columns is not None and columns.letters is not None:
                _drop_unwanted(element, columns.letters)
            idx, cells = parse_row(element)
            element.clear()
            if not cells:
                yield idx, [], frozenset()
                continue
            values: list[Any] = [None] * cells[-1]["column"]
            pct = []
            for c in cells:
                col = c["column"] - 1
                values[col] = c["value"]
                if c["style_id"] in percent:
                    pct.append(col)
            yield idx, values, frozenset(pct)


def _drop_unwanted(row, letters: frozenset[str]) -> None:
    """Remove the cells of other columns from a row element before openpyxl parses it
    (only when every cell names its column, so that positions stay right)."""
    cells = list(row)
    refs = [c.get("r") for c in cells]
    if not all(refs):
        return
    for cell, ref in zip(cells, refs, strict=True):
        if ref.rstrip("0123456789") not in letters:
            row.remove(cell)


def _public_rows(ws) -> Iterator[Row]:
    ws.reset_dimensions()
    for idx, cells in enumerate(ws.iter_rows(), start=1):
        values = [c.value for c in cells]
        pct = frozenset(i for i, c in enumerate(cells) if is_percent_format(getattr(c, "number_format", "")))
        yield idx, values, pct
