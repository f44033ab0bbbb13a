"""Column widths and row heights measured with Calibri's metrics (``excel.layout``)."""

from __future__ import annotations

import openpyxl
import pytest

from uppfoljning_desktop.excel import layout
from uppfoljning_desktop.excel.spec import get_kind
from uppfoljning_desktop.excel.writer import column_width, write_template


@pytest.mark.parametrize("text, bold, expected_px", [
    # ten digits of 11-point Arial (8.2 px each) are wider than Calibri's (7.4 px): the wider counts
    ("0000000000", False, 81.5),
    ("Beslutsdatum", True, 96.9),
    ("", False, 0.0),
])
def test_text_width_uses_calibri_metrics(text, bold, expected_px):
    assert layout.text_width_px(text, bold=bold) == pytest.approx(expected_px, abs=0.1)


@pytest.mark.parametrize("text, width, bold, lines", [
    ("Beslutsdatum", 13, True, 2),  # the header broke as "Beslutsdat|um" at width 13
    ("Beslutsdatum", 14.3, True, 1),
    ("Överklagande (tomt = enligt punkten)", 22, True, 2),
    ("Överklagande (tomt = enligt punkten)", 12, True, 4),
    ("ett\ntvå", 40, False, 2),
    (None, 10, False, 1),
])
def test_wrapped_lines(text, width, bold, lines):
    assert layout.wrapped_lines(text, width, bold=bold) == lines


@pytest.mark.parametrize("header", ["Beslutsdatum", "Överklagande (tomt = enligt punkten)", "Vidaredelegering",
                                    "Ej delegerbar (KL 6:38)", "Utfall kvinnor och män"])
def test_no_header_word_breaks_in_its_column(header):
    width = layout.width_for_words(header, bold=True)
    for word in header.split():
        assert layout.wrapped_lines(word, width, bold=True) == 1


def test_delegation_template_fits_its_headers(demo_db, tmp_path):
    kind = get_kind("delegationslista")
    path = write_template(demo_db, kind, {"unit": "Jobbcenter", "month": "2016-10"}, tmp_path / "l.xlsx").path
    ws = openpyxl.load_workbook(path)["Beslut"]
    sheet = kind.sheets[0]
    needed = 1
    for j, column in enumerate(sheet.columns, start=2):
        letter = openpyxl.utils.get_column_letter(j)
        assert ws.column_dimensions[letter].width == column_width(column) >= column.width
        assert ws[f"{letter}3"].font.name == "Calibri" and ws[f"{letter}3"].font.b
        needed = max(needed, layout.wrapped_lines(column.header, column_width(column), bold=True))
    assert ws.column_dimensions["C"].width > 13  # "Beslutsdatum" on one line
    assert ws.row_dimensions[3].height == layout.row_height(needed) >= 2 * layout.LINE_HEIGHT
    instructions = openpyxl.load_workbook(path)["Instruktioner"]
    texts = " ".join(str(c.value) for c in instructions["A"] if c.value)
    assert "sortera" not in texts  # not true in LibreOffice: a protected sheet cannot be sorted
    assert "Excel 2007-365 (.xlsx)" in texts and "Punkter och diarienummer" in texts
    assert "procent" not in texts  # the delegation list has no percentages
    assert all(c.font.name == "Calibri" for c in instructions["A"] if c.value)
