"""The streaming row reader (excel/rows.py) gives what openpyxl's public reader gives,
including the last row, although it stops before the data validations that follow."""

from __future__ import annotations

from openpyxl import Workbook, load_workbook
from openpyxl.worksheet.datavalidation import DataValidation

from uppfoljning_desktop.excel.rows import _public_rows, iter_sheet_rows


def _non_empty(rows):
    return {idx: (list(values), pct) for idx, values, pct in rows if any(v is not None for v in values)}


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
    public = _non_empty(_public_rows(load_workbook(path, read_only=True, data_only=True)["Utfall"]))
    assert streamed == public
    assert streamed[75] == ([None, None, None, None, "sist"], frozenset())
    assert streamed[5][1] == frozenset({2}) and streamed[4][1] == frozenset()
    assert streamed[5][0][2] == 0.05 and streamed[4][0][2] == "4 %"
    ro.close()
