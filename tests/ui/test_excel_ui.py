"""The Excel tab of the goals page: check dropped files, show problems and changes,
import all or nothing, and the return board."""

from __future__ import annotations

import datetime as dt

import openpyxl
import pytest

PERIOD = "Delår 1 2025"


@pytest.fixture
def returned_files(demo_db_path, tmp_path):
    from uppfoljning_desktop.excel.sending import write_templates
    from uppfoljning_desktop.excel.spec import get_kind
    from uppfoljning_desktop.store.connection import open_database

    db = open_database(demo_db_path, auto_backup=False)
    try:
        sent = write_templates(db, get_kind("maluppfoljning"), {"period": PERIOD}, tmp_path / "ut",
                               deadline=dt.date(2025, 5, 9))
    finally:
        db.close()
    files = {}
    for s in sent:
        wb = openpyxl.load_workbook(s.path)
        wb["Utfall"]["G4"] = "72,5"
        target = tmp_path / "retur" / s.path.name
        target.parent.mkdir(exist_ok=True)
        wb.save(target)
        files[s.content.scope["unit"]] = target
    return files


def _panel(open_window, path):
    window = open_window(path)
    page = window.show_area("goals")
    page.select("Verksamhetsplan 2024–2026", PERIOD, "Excel")
    return window, page.excel


def _wait_task(qtbot, widget):
    qtbot.waitUntil(lambda: widget.task is not None and widget.batch is not None
                    and [f.path for f in widget.batch.files] == widget.paths, timeout=15000)


def test_drop_check_and_import(qtbot, open_window, demo_db_path, returned_files, messages, tmp_path):
    window, panel = _panel(open_window, demo_db_path)
    assert panel.period() == PERIOD
    importer = panel.importer
    bad = returned_files["Xenter"]
    wb = openpyxl.load_workbook(bad)
    wb["Utfall"]["G4"] = "85 procent"
    wb.save(bad)
    importer.add_files([returned_files["Jobbcenter"], bad])
    _wait_task(qtbot, importer)
    assert not importer.import_button.isEnabled()
    problems = [importer.problems.item(r, 3).text() for r in range(importer.problems.rowCount())]
    assert '"85 procent" är inget tal' in problems
    assert importer.problems.item(problems.index('"85 procent" är inget tal'), 1).text() == "Utfall!G4"
    assert "1 av 2 filer har fel" in importer.status.text()

    importer.files.item(1).setSelected(True)
    importer.remove_selected()
    qtbot.waitUntil(lambda: importer.batch is not None and len(importer.batch.files) == 1, timeout=15000)
    qtbot.waitUntil(importer.import_button.isEnabled, timeout=15000)
    changes = [(importer.changes.item(r, 1).text(), importer.changes.item(r, 4).text())
               for r in range(importer.changes.rowCount())]
    assert ("Utfall!G4", "72,5") in changes
    importer.import_button.click()
    qtbot.waitUntil(lambda: importer.batch.imported, timeout=15000)
    assert "1 fil lästes in" in importer.status.text()  # the noun agrees (was "1 filer")
    board = {panel.board.table.item(r, 0).text(): panel.board.table.item(r, 1).text()
             for r in range(panel.board.table.rowCount())}
    assert board["Jobbcenter"] == "Inkommen"
    assert panel.log.table.rowCount() == 5  # the demo's four imports of Delår 2 2024, and this one
    assert panel.log.table.item(0, 1).text() == returned_files["Jobbcenter"].name  # newest first
    assert messages.errors == []


def test_another_period_is_rejected_in_the_panel(qtbot, open_window, demo_db_path, returned_files):
    window, panel = _panel(open_window, demo_db_path)
    window.pages["goals"].select(period_label="Delår 2 2025")
    assert panel.period() == "Delår 2 2025"
    panel.importer.add_files([returned_files["Jobbcenter"]])
    _wait_task(qtbot, panel.importer)
    texts = [panel.importer.problems.item(r, 3).text() for r in range(panel.importer.problems.rowCount())]
    assert texts == [f'filen gäller period "{PERIOD}", inte "Delår 2 2025".']


def test_send_dialog_writes_templates_and_drafts(qtbot, open_window, demo_db_path, messages, tmp_path):
    from uppfoljning_desktop.ui.excel_send import SendDialog

    window, panel = _panel(open_window, demo_db_path)
    dialog = SendDialog(panel.session, "maluppfoljning", PERIOD, panel)
    qtbot.addWidget(dialog)
    dialog.folder.setText(str(tmp_path / "mallar"))
    dialog.start()
    qtbot.waitUntil(lambda: bool(dialog.result_files), timeout=20000)
    names = sorted(p.name for p in (tmp_path / "mallar").iterdir())
    assert f"Måluppföljning {PERIOD} – Jobbcenter.xlsx" in names
    assert f"Måluppföljning {PERIOD} – Jobbcenter.eml" in names
    assert messages.infos and "5 mallar sparades" in messages.infos[-1]
    panel.reload_lists()
    statuses = {panel.board.table.item(r, 1).text() for r in range(panel.board.table.rowCount())}
    assert statuses <= {"Saknas", "Försenad"}


def test_files_dropped_on_the_list_are_checked(qtbot, open_window, demo_db_path, returned_files):
    from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
    from PySide6.QtGui import QDropEvent

    window, panel = _panel(open_window, demo_db_path)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(returned_files["Jobbcenter"]))])
    event = QDropEvent(QPointF(5, 5), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    panel.importer.files.dropEvent(event)
    _wait_task(qtbot, panel.importer)
    assert panel.importer.paths == [returned_files["Jobbcenter"]]
    assert panel.importer.import_button.isEnabled()
