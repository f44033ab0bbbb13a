"""Column widths and row heights that fit their texts in Excel and in LibreOffice.

openpyxl sets no row heights and neither Excel nor LibreOffice fits them when a file is
opened, and a header that is wider than its column breaks in the middle of a word
("Beslutsdat|um"). So the writer measures its texts with real advance widths
(``font_widths``): Calibri's (taken from the metric-compatible Carlito that LibreOffice
uses in Calibri's place) or Arial's (Liberation Sans, what a LibreOffice without Carlito
falls back to), whichever is wider. A column is made wide enough for the longest word of
its header, and a row high enough for the lines its wrapped texts need.

Units: Excel's column width is in characters of the default font's widest digit
(Calibri 11 pt: 7 pixels at 96 dpi, plus 5 pixels of padding); row heights are points.
"""

from __future__ import annotations

import math

from uppfoljning_desktop.excel.font_widths import ARIAL_BOLD, ARIAL_REGULAR, BOLD, REGULAR

FONT_NAME = "Calibri"  # LibreOffice shows Carlito (same widths) where Calibri is missing
FONT_SIZE = 11
DIGIT_PX = 7  # Calibri 11 pt's widest digit at 96 dpi: Excel's unit of column width
PADDING_PX = 5  # Excel adds this to every column
CELL_MARGIN_PX = 8  # both sides of the text inside a cell, with room for LibreOffice's margins
LINE_HEIGHT = 15.0  # points per line of 11-point Calibri (Excel's default row height)
ROW_SLACK = 3.0  # points below the last line, so descenders are not cut in LibreOffice
_AVERAGE = sum(ARIAL_REGULAR.values()) / len(ARIAL_REGULAR)


def text_width_px(text: str, *, bold: bool = False, size: float = FONT_SIZE) -> float:
    """The width of one line of ``text`` in pixels at 96 dpi, in Calibri or in its
    fallback Arial, whichever is wider."""
    tables = (BOLD, ARIAL_BOLD) if bold else (REGULAR, ARIAL_REGULAR)
    units = max(sum(table.get(ch, _AVERAGE) for ch in text) for table in tables)
    return units / 1000 * size * 96 / 72


def column_px(width: float) -> float:
    """Pixels of a column ``width`` characters wide (Excel's rule for Calibri 11)."""
    return width * DIGIT_PX + PADDING_PX


def width_for(text: str, *, bold: bool = False, size: float = FONT_SIZE) -> float:
    """The smallest column width (in characters, one decimal) that shows ``text`` on one line."""
    px = text_width_px(text, bold=bold, size=size) + CELL_MARGIN_PX - PADDING_PX
    return math.ceil(px / DIGIT_PX * 10) / 10


def width_for_words(text: str, *, bold: bool = False, size: float = FONT_SIZE) -> float:
    """The smallest width at which no word of ``text`` has to break in the middle."""
    return max((width_for(w, bold=bold, size=size) for w in text.split()), default=0.0)


def wrapped_lines(text: object, width: float, *, bold: bool = False, size: float = FONT_SIZE) -> int:
    """How many lines ``text`` needs when wrapped at word boundaries in a column ``width``
    characters wide (a word wider than the column takes as many lines as it needs)."""
    if text is None or text == "":
        return 1
    room = column_px(width) - CELL_MARGIN_PX
    space = text_width_px(" ", bold=bold, size=size)
    total = 0
    for paragraph in str(text).split("\n"):
        lines, used = 1, 0.0
        for word in paragraph.split():
            w = text_width_px(word, bold=bold, size=size)
            if used and used + space + w <= room:
                used += space + w
                continue
            if used:
                lines += 1
            extra = max(0, math.ceil(w / room) - 1) if room > 0 else 0
            lines += extra
            used = w - extra * room
        total += lines
    return max(total, 1)


def row_height(lines: int, *, size: float = FONT_SIZE) -> float:
    """Points for ``lines`` lines of text in ``size`` points."""
    return round(lines * LINE_HEIGHT * size / FONT_SIZE + ROW_SLACK, 1)
