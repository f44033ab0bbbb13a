"""Writing templates: layout, protection, validations, hidden metadata, formula safety."""

from __future__ import annotations

import openpyxl
import pytest

from tests.excel.conftest import PERIOD


def test_template_lists_exactly_the_units_rows(make_template):
    wb = openpyxl.load_workbook(make_template("Jobbcenter"))
    assert wb.sheetnames == ["Instruktioner", "Utfall", "Aktiviteter", "_listor", "_metadata"]
    ws = wb["Utfall"]
    rows = list(ws.iter_rows(min_row=3, values_only=True))
    assert rows[0] == ("Nyckel", "Mått", "Enhet", "Målvärde", "Tidigare utfall", "Utfall kvinnor och män",
                       "Utfall kvinnor", "Utfall män", "Kommentar")
    assert [r[0] for r in rows[1:]] == ["jc-arbete", "jc-deltagare", "jc-nöjd"]
    assert rows[1][1:5] == ("Andel i arbete eller studier efter 6 månader", "%", 75, 68)
    assert ws.column_dimensions["A"].hidden
    assert ws["A1"].value == "#utfall"
    assert ws["B1"].value == f"Utfall {PERIOD} för Jobbcenter"
    vux = openpyxl.load_workbook(make_template("Vuxenutbildning"))["Utfall"]
    assert [r[0] for r in vux.iter_rows(min_row=4, values_only=True)] == ["vux-sfi", "vux-avbrott"]


def test_instructions_are_swedish_and_name_the_deadline(make_template):
    import datetime as dt

    wb = openpyxl.load_workbook(make_template(deadline=dt.date(2016, 9, 9)))
    text = "\n".join(str(c.value) for c in wb["Instruktioner"]["A"] if c.value)
    assert "Skicka tillbaka filen senast fredag 9 september 2016." in text
    assert "Skriv bara i de gula cellerna" in text
    assert "decimalkomma" in text


def test_only_input_cells_are_unlocked_and_sheets_protected(make_template):
    wb = openpyxl.load_workbook(make_template())
    ws = wb["Utfall"]
    assert ws.protection.sheet
    assert wb["Instruktioner"].protection.sheet
    unlocked = {c.coordinate for row in ws.iter_rows() for c in row if not c.protection.locked}
    # jc-arbete has a gender split (F, G, H); the other two only a total (F); all have a comment
    assert unlocked == {"F4", "G4", "H4", "I4", "F5", "I5", "F6", "I6"}
    assert ws["G5"].fill.start_color.rgb.endswith("E6E6E6")  # closed: grey
    act = wb["Aktiviteter"]
    assert {c.coordinate for row in act.iter_rows() for c in row if not c.protection.locked} == {
        "C4", "D4", "C5", "D5"}


def test_hidden_sheets_are_very_hidden(make_template):
    wb = openpyxl.load_workbook(make_template())
    assert wb["_metadata"].sheet_state == "veryHidden"
    assert wb["_listor"].sheet_state == "veryHidden"
    meta = {r[0]: r[1:] for r in wb["_metadata"].iter_rows(values_only=True)}
    assert meta["kind"][0] == "testutfall"
    assert meta["format"][0] == "uppfoljning-mall"
    assert len(meta["signature"][0]) == 64


def test_metadata_carries_database_scope_and_row_keys(make_template, demo_db):
    from uppfoljning_desktop.store.organisation import database_id

    wb = openpyxl.load_workbook(make_template())
    rows = list(wb["_metadata"].iter_rows(values_only=True))
    assert ("database", database_id(demo_db), None) in rows
    assert ("scope", "period", PERIOD) in rows
    assert ("scope", "unit", "Jobbcenter") in rows
    assert [r[2] for r in rows if r[0] == "rows" and r[1] == "utfall"] == ["jc-arbete\njc-deltagare\njc-nöjd"]


def test_row_keys_are_chunked_to_fit_cells():
    from uppfoljning_desktop.excel import metadata as meta

    keys = [f"ind:{i:036d}" for i in range(2000)]
    m = meta.Metadata("k", 1, "db", {"period": "P"}, "2016-09-01T00:00:00", {"s": "S"}, {"s": keys})
    rows = m.rows()
    chunks = [r[2] for r in rows if r[0] == "rows"]
    assert len(chunks) == 3 and all(len(c) <= 30000 for c in chunks)
    parsed, signed, _ = meta.parse(rows + [("signature", "x", "")])
    assert parsed.row_keys == {"s": keys}
    assert signed == rows


def _validations(ws):
    return {str(dv.sqref): dv for dv in ws.data_validations.dataValidation}


def test_validations_numbers_percent_status_and_comment_length(make_template):
    wb = openpyxl.load_workbook(make_template())
    by_range = _validations(wb["Utfall"])
    percent = by_range["F4 G4 H4"]
    assert (percent.type, percent.formula1, percent.formula2) == ("decimal", "0", "100")
    assert percent.errorStyle == "warning"  # over 100 % is allowed after a warning
    number = by_range["F5 F6"]
    assert number.type == "decimal" and number.errorStyle in (None, "stop")
    comment = by_range["I4 I5 I6"]
    assert (comment.type, comment.operator, comment.formula1) == ("textLength", "lessThanOrEqual", "500")
    status = _validations(wb["Aktiviteter"])["C4 C5"]
    assert status.type == "list"
    assert status.formula1 == "=Val_aktiviteter_status"
    name = wb.defined_names["Val_aktiviteter_status"]
    assert name.attr_text.replace("'", "") == "_listor!$A$1:$A$5"
    assert [c.value for c in wb["_listor"]["A"]] == ["Ej startad", "Påbörjad", "Väntar", "Klar", "Stoppad"]


def test_earlier_answers_are_prefilled(make_template, demo_db):
    demo_db.execute("INSERT INTO sample_outcome VALUES (?, 'Jobbcenter', 'jc-nöjd', '73', NULL, NULL, 'Stabilt')", [PERIOD])
    ws = openpyxl.load_workbook(make_template())["Utfall"]
    assert ws["F6"].value == 73
    assert ws["I6"].value == "Stabilt"
    assert openpyxl.load_workbook(make_template())["Aktiviteter"]["C4"].value == "Klar"


@pytest.mark.parametrize("text", ["=HYPERLINK(\"http://x.example\")", "+46 8 465 004 00", "-  inget", "@SUM(1)"])
def test_user_text_is_never_a_formula(make_template, demo_db, text):
    demo_db.execute("INSERT INTO sample_outcome VALUES (?, 'Jobbcenter', 'jc-nöjd', NULL, NULL, NULL, ?)", [PERIOD, text])
    cell = openpyxl.load_workbook(make_template())["Utfall"]["I6"]
    assert cell.value == text
    assert cell.data_type == "s"
    assert cell.quotePrefix


def test_file_name_is_safe_and_dispatch_recorded(make_template, demo_db):
    from uppfoljning_desktop.excel.writer import safe_file_name
    from uppfoljning_desktop.store.excel import list_dispatches

    path = make_template()
    assert path.name == f"Utfall {PERIOD} – Jobbcenter.xlsx"
    assert safe_file_name('Delår 2: "A/B"?') == "Delår 2- -A-B-"
    sent = list_dispatches(demo_db, "testutfall", {"period": PERIOD})
    assert [(d.unit, d.file_name) for d in sent] == [("Jobbcenter", path.name)]


def test_unknown_scope_is_refused_in_swedish(kind, demo_db, tmp_path):
    from uppfoljning_desktop.errors import UserError
    from uppfoljning_desktop.excel.writer import write_template

    with pytest.raises(UserError, match='Perioden "Delår 3 2016" finns inte'):
        write_template(demo_db, kind, {"period": "Delår 3 2016", "unit": "Jobbcenter"}, tmp_path)


def test_input_sheets_print_landscape_with_headers_and_fitted_rows(make_template):
    ws = openpyxl.load_workbook(make_template())["Utfall"]
    assert ws.page_setup.orientation == "landscape"
    assert ws.sheet_properties.pageSetUpPr.fitToPage and ws.page_setup.fitToWidth == 1
    assert ws.print_title_rows == "$3:$3"
    # "Utfall kvinnor och män" needs two lines of its 14-wide column (measured in Calibri
    # bold): two lines of 15 points and 3 points below the last line
    assert ws.row_dimensions[3].height == 33
    assert ws.freeze_panes == "C4"
