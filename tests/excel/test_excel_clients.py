"""What returned files from other programs and people meet: a LibreOffice .ods, a
deleted row named by its indicator, and an unchanged file imported twice."""

from __future__ import annotations

import datetime as dt
import zipfile
from collections import Counter

import openpyxl
import pytest

from tests.excel.conftest import messages_of
from uppfoljning_desktop.excel.importer import check_files, import_files
from uppfoljning_desktop.excel.sending import write_templates
from uppfoljning_desktop.excel.spec import get_kind

PERIOD = "Delår 1 2025"


def test_an_ods_is_refused_with_how_to_save_as_xlsx_in_libreoffice(demo_db, tmp_path):
    ods = tmp_path / "Måluppföljning – Jobbcenter.ods"
    with zipfile.ZipFile(ods, "w") as zf:
        zf.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        zf.writestr("content.xml", "<office:document-content/>")
    batch = check_files(demo_db, [ods])
    [message] = messages_of(batch)
    assert "LibreOffice eget format (OpenDocument, .ods)" in message
    assert "Arkiv → Spara som" in message and "Excel 2007-365 (.xlsx)" in message


@pytest.fixture
def jobbcenter(demo_db, tmp_path):
    [sent] = write_templates(demo_db, get_kind("maluppfoljning"), {"period": PERIOD}, tmp_path / "ut",
                             units={"Jobbcenter"}, deadline=dt.date(2025, 5, 9))
    return sent.path


def test_a_missing_row_is_named_by_its_indicator_not_its_goal(demo_db, jobbcenter, tmp_path):
    wb = openpyxl.load_workbook(jobbcenter)
    ws = wb["Utfall"]
    rows = list(ws.iter_rows(min_row=4, values_only=True))
    goals = Counter(r[1] for r in rows)
    shared = next(g for g, n in goals.items() if n > 1)  # two indicators under one goal
    index = next(i for i, r in enumerate(rows) if r[1] == shared)
    indicator = rows[index][2]
    ws.delete_rows(4 + index)
    returned = tmp_path / "utan-rad.xlsx"
    wb.save(returned)
    [message] = [m for m in messages_of(check_files(demo_db, [returned])) if "saknas i filen" in m]
    assert f"raden för \"{indicator}\" saknas i filen" in message
    assert shared not in message


def test_an_unchanged_reimport_changes_nothing_not_even_timestamps(demo_db, jobbcenter, tmp_path):
    wb = openpyxl.load_workbook(jobbcenter)
    ws, act = wb["Utfall"], wb["Aktiviteter"]
    ws["G4"], ws["J4"], act["F4"], act["G4"] = 71, "Fler i jobbspår.", "Påbörjad", "Start i april."
    returned = tmp_path / "retur.xlsx"
    wb.save(returned)
    assert import_files(demo_db, [returned]).imported
    # age every stored timestamp, so that a rewrite within the same second shows
    demo_db.execute("UPDATE outcome SET updated_at = '2000-01-01T00:00:00'")
    demo_db.execute("UPDATE activity_status SET updated_at = '2000-01-01T00:00:00'")
    demo_db.conn.commit()
    before = demo_db.conn.total_changes
    again = import_files(demo_db, [returned])
    assert again.imported
    assert again.files[0].changes == []
    stamps = {r["updated_at"] for r in demo_db.query("SELECT updated_at FROM outcome UNION "
                                                     "SELECT updated_at FROM activity_status")}
    assert stamps == {"2000-01-01T00:00:00"}
    # only the import log and the return board learn that the file came in again
    assert demo_db.conn.total_changes - before <= 3
