"""The streaming row reader (excel/rows.py) gives what openpyxl's public reader gives,
including the last row, although it stops before the data validations that follow."""

from __future__ import annotations

from openpyxl import Workbook, load_workbook
from openpyxl.worksheet.datavalidation import DataValidation

from uppfoljning_desktop.excel.rows import ColumnFilter, _public_rows, iter_sheet_rows


def _non_empty(rows):
    return {idx: (list(values), pct) for idx, values, pct, _bad in rows if any(v is not None for v in values)}


def test_streaming_rows_equal_the_public_reader(tmp_path):
    wb = Workbook()
    ws = wb.active
    ws.title = "Utfall"
    ws.append(["#utfall", "Rubrik"])
    ws.append([])
    ws.append(["Nyckel", "Indikator", "Utfall"])
    for n in range(4, 60):
        ws.append([f"ind:{n}", f"Indikator {n}", n / 100 if n % 2 else f"{n} %"])
        if n % 2:
            ws.cell(n, 3).number_format = "0.0%"
    ws.cell(75, 5, "sist")  # a lone cell after blank rows, beyond the other columns
    dv = DataValidation(type="decimal", operator="between", formula1="0", formula2="100")
    dv.add("C4:C59")
    ws.add_data_validation(dv)
    ws.protection.sheet = True
    path = tmp_path / "rader.xlsx"
    wb.save(path)

    ro = load_workbook(path, read_only=True, data_only=True)
    streamed = _non_empty(iter_sheet_rows(ro["Utfall"]))
    other = load_workbook(path, read_only=True, data_only=True)
    public = _non_empty(_public_rows(other["Utfall"]))
    other.close()
    assert streamed == public
    assert streamed[75] == ([None, None, None, None, "sist"], frozenset())
    assert streamed[5][1] == frozenset({2}) and streamed[4][1] == frozenset()
    assert streamed[5][0][2] == 0.05 and streamed[4][0][2] == "4 %"
    ro.close()


def test_column_filter_reads_only_the_wanted_columns_after_it_is_set(tmp_path):
    wb = Workbook()
    ws = wb.active
    ws.append(["Nyckel", "Text", "Utfall", "Kommentar"])
    for n in range(2, 8):
        ws.append([f"k{n}", f"referens {n}", n, f"kommentar {n}"])
        ws.cell(n, 3).number_format = "0%"
    path = tmp_path / "filter.xlsx"
    wb.save(path)
    ro = load_workbook(path, read_only=True, data_only=True)
    wanted = ColumnFilter()
    seen = {}
    for idx, values, pct, _bad in iter_sheet_rows(ro.worksheets[0], wanted):
        seen[idx] = (values, pct)
        if idx == 1:
            wanted.letters = frozenset({"A", "C"})
    assert seen[1][0] == ["Nyckel", "Text", "Utfall", "Kommentar"]  # before the filter: everything
    assert seen[4] == (["k4", None, 4], frozenset({2}))  # after: key and input only, percent kept
    ro.close()


def test_column_filter_reads_rows_without_cell_references_whole():
    from xml.etree.ElementTree import fromstring

    from uppfoljning_desktop.excel.rows import _drop_unwanted

    ns = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    named = fromstring(f'<row xmlns="{ns}" r="5"><c r="A5"/><c r="B5"/><c r="AB5"/><c r="C5"/></row>')
    _drop_unwanted(named, frozenset({"A", "C"}))
    assert [c.get("r") for c in named] == ["A5", "C5"]
    unnamed = fromstring(f'<row xmlns="{ns}" r="5"><c r="A5"/><c/><c/></row>')
    _drop_unwanted(unnamed, frozenset({"A"}))
    assert len(list(unnamed)) == 3  # positions are implicit: nothing may be dropped


def test_merged_ranges_are_read_after_the_rows(tmp_path):
    from uppfoljning_desktop.excel.rows import SheetExtras

    wb = Workbook()
    ws = wb.active
    for n in range(1, 6):
        ws.append([f"k{n}", n, n * 2, n * 3])
    ws.merge_cells("B2:D2")
    ws.merge_cells("A5:B5")
    dv = DataValidation(type="decimal", operator="between", formula1="0", formula2="100")
    dv.add("B1:D5")
    ws.add_data_validation(dv)
    ws.protection.sheet = True
    path = tmp_path / "sammanfogat.xlsx"
    wb.save(path)
    ro = load_workbook(path, read_only=True, data_only=True)
    extras = SheetExtras()
    rows = list(iter_sheet_rows(ro.worksheets[0], extras=extras))
    assert [r[0] for r in rows] == [1, 2, 3, 4, 5]
    assert sorted(extras.merged) == ["A5:B5", "B2:D2"]
    ro.close()


def test_an_unreadable_cell_is_named_never_read_as_blank(tmp_path):
    import zipfile

    from uppfoljning_desktop.excel.rows import FORMULA_WITHOUT_VALUE, NOT_FINITE

    wb = Workbook()
    ws = wb.active
    ws.append(["k1", 10, 20])
    path = tmp_path / "celler.xlsx"
    wb.save(path)
    hostile = tmp_path / "fientlig.xlsx"
    with zipfile.ZipFile(path) as zin, zipfile.ZipFile(hostile, "w") as zout:
        for info in zin.infolist():
            body = zin.read(info.filename)
            if info.filename == "xl/worksheets/sheet1.xml":
                body = body.replace(b'<c r="B1" t="n"><v>10</v></c>', b'<c r="B1"><f>C1/2</f></c>')
                body = body.replace(b'<c r="C1" t="n"><v>20</v></c>', b'<c r="C1"><v>1E999</v></c>')
            zout.writestr(info, body)
    ro = load_workbook(hostile, read_only=True, data_only=True)
    [(number, values, _pct, bad)] = list(iter_sheet_rows(ro.worksheets[0]))
    assert number == 1 and values == ["k1", None, None]
    assert bad == {1: FORMULA_WITHOUT_VALUE, 2: NOT_FINITE.format("1E999")}
    ro.close()
