"""The delegation page: register list with search and filters, the decision dialog's
messages, the board, and the rules editor."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from tests.helpers import type_text
from uppfoljning_desktop.store import delegation as dstore
from uppfoljning_desktop.store import delegation_register as register


def _page(open_window, path):
    window = open_window(path)
    return window.show_area("delegation")


def test_register_lists_searches_and_filters(open_window, demo_db_path, qtbot):
    page = _page(open_window, demo_db_path)
    model = page.decisions
    assert model.total == 33 and model.rowCount() == 33
    assert model.index(0, 1).data() == "2016-09-21"  # newest first
    type_text(page.search_edit, "försörjningsstöd")
    qtbot.waitUntil(lambda: model.total == 1, timeout=2000)
    assert model.index(0, 3).data() == "Anvisning till jobbspår för unga som får försörjningsstöd"
    page.search_edit.clear()
    qtbot.waitUntil(lambda: model.total == 33, timeout=2000)
    page.unit_filter.setCurrentIndex(page.unit_filter.findText("Xenter"))
    assert model.total == 4 and page.count_label.text() == "4 beslut"
    page.unit_filter.setCurrentIndex(0)
    type_text(page.from_edit, "2016-13-01")
    assert "ÅÅÅÅ-MM-DD" in page.filter_error.text()
    type_text(page.from_edit, "2016-08-30")
    assert model.total == 7 and page.filter_error.text() == ""
    type_text(page.to_edit, "2016-08-01")  # before the from-date: empty, and said why
    assert model.total == 0 and "ligger efter till-datumet" in page.filter_error.text()
    page.to_edit.clear()
    page.from_edit.clear()
    page.apply_filter()
    page.decision_view.sortByColumn(2, Qt.SortOrder.AscendingOrder)  # punkt
    assert model.index(0, 2).data() == "1.3"


def test_dialog_shows_each_check_and_saves(open_window, demo_db_path, messages):
    from uppfoljning_desktop.ui.areas.delegation_dialogs import DecisionDialog

    page = _page(open_window, demo_db_path)
    dialog = DecisionDialog(page.db, None, page, today=dt.date(2016, 9, 14))
    dialog.unit_combo.setCurrentIndex(dialog.unit_combo.findText("Jobbcenter"))
    type_text(dialog.date_edit, "2016-09-02")
    points = [dialog.point_combo.itemData(i) for i in range(dialog.point_combo.count())]
    assert "3.2" in points and "4.1" not in points  # only the unit's allowed points
    dialog.point_combo.setCurrentIndex(points.index("3.2"))
    assert dialog.function_combo.itemText(0) == "Verksamhetschef"
    type_text(dialog.subject_edit, "Lönebidrag på återvinningscentralen")
    type_text(dialog.name_edit, "Petra Lind")
    dialog.function_combo.setCurrentText("Rektor")
    dialog.save()
    assert "Delegatens funktion: Rektor får inte besluta enligt punkt 3.2" in dialog.error_label.text()
    dialog.function_combo.setCurrentText("Verksamhetschef")
    type_text(dialog.date_edit, "2016-09-20")
    dialog.save()
    assert "2016-09-20 ligger i framtiden" in dialog.error_label.text()
    type_text(dialog.date_edit, "2016-09-02")
    dialog.save()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert dialog.saved.decision.register_number == "2016:34"
    assert register.count_decisions(page.db) == 34


def test_board_and_rules_editor(open_window, demo_db_path, messages):
    page = _page(open_window, demo_db_path)
    board = page.board_tab.board
    headers = [board.horizontalHeaderItem(c).text() for c in range(board.columnCount())]
    assert headers[-2:] == ["augusti 2016", "september 2016"]
    rows = {board.verticalHeaderItem(r).text(): r for r in range(board.rowCount())}
    assert board.item(rows["Xenter"], len(headers) - 2).text() == "3 beslut · anmäld 2016-09-22"
    assert board.item(rows["Xenter"], len(headers) - 1).text() == "1 beslut"
    assert board.item(rows["Näringsliv"], len(headers) - 2).text() == "saknas"
    assert "anmäld 2016-08-25" in board.item(rows["Jobbcenter"], headers.index("juli 2016")).text()
    assert page.board_tab.own_posting.count() > 0

    page.tabs.setCurrentIndex(2)
    assert page.rules_tab.version_combo.currentText().startswith("2016-02-25")
    model = page.rules_tab.rules
    row = [r.point for r in model.rows].index("3.2")
    col = [c.attr for c in model.columns].index("conditions")
    assert model.setData(model.index(row, col), "Högst 6 månader per beslut")
    units_col = [c.attr for c in model.columns].index("unit_ids")
    assert model.setData(model.index(row, units_col), "Jobbcenter, Xenter")
    assert model.index(row, units_col).data() == "Jobbcenter, Xenter"
    assert not model.setData(model.index(row, units_col), "Jobbcentret")
    assert "Verksamheten \"Jobbcentret\" finns inte" in messages.errors[-1]
    nd_col = [c.attr for c in model.columns].index("not_delegable")
    assert model.setData(model.index(row, nd_col), "Ja")
    saved = next(r for r in dstore.list_rules(page.db, page.rules_tab.version_combo.currentData()) if r.point == "3.2")
    assert (saved.conditions, saved.not_delegable, len(saved.unit_ids)) == ("Högst 6 månader per beslut", True, 2)
    point_col = 0
    assert not model.setData(model.index(row, point_col), "3.3")
    assert "3.3 finns redan i den här delegationsordningen" in messages.errors[-1]
    page.rules_tab.create_version(dt.date(2016, 10, 27), "AVUX/2016:80, § 70")
    assert page.rules_tab.version_combo.currentText().startswith("2016-10-27")
    assert len(model.rows) == 19
    page.rules_tab.create_version(dt.date(2016, 10, 27), "")
    assert "finns redan en delegationsordning beslutad 2016-10-27" in messages.errors[-1]


def test_import_a_returned_list_from_the_board(open_window, demo_db_path, messages, qtbot, tmp_path):
    import openpyxl

    from uppfoljning_desktop.excel.spec import get_kind
    from uppfoljning_desktop.excel.writer import write_template

    page = _page(open_window, demo_db_path)
    template = write_template(page.db, get_kind("delegationslista"), {"unit": "Näringsliv", "month": "2016-08"},
                              tmp_path / "mall.xlsx").path
    wb = openpyxl.load_workbook(template)
    ws = wb["Beslut"]
    ws["C4"], ws["D4"], ws["E4"], ws["H4"], ws["I4"] = (
        dt.date(2016, 8, 19), "3.5", "Praktikavtal med en ö-restaurang", "Ulf Dahl", "Verksamhetschef")
    returned = tmp_path / "ifylld.xlsx"
    wb.save(returned)
    messages.open_file = str(returned)
    page.board_tab.import_list()
    qtbot.waitUntil(lambda: bool(messages.infos or messages.errors), timeout=10000)
    assert messages.errors == [] and messages.infos[0].startswith("Filen lästes in.")
    rows = {page.board_tab.board.verticalHeaderItem(r).text(): r for r in range(page.board_tab.board.rowCount())}
    assert page.board_tab.board.item(rows["Näringsliv"], page.board_tab.board.columnCount() - 2).text() == "1 beslut"
    type_text(page.search_edit, "ö-restaurang")
    qtbot.waitUntil(lambda: page.decisions.total == 1, timeout=2000)


def test_model_reads_pages_as_the_view_scrolls(open_window, demo_db_path, monkeypatch):
    from uppfoljning_desktop.ui.areas import delegation_models

    monkeypatch.setattr(delegation_models, "PAGE_SIZE", 10)
    page = _page(open_window, demo_db_path)
    model = page.decisions
    model.refresh()
    assert (model.rowCount(), model.total, model.canFetchMore()) == (10, 33, True)
    while model.canFetchMore():
        model.fetchMore()
    assert model.rowCount() == 33
    numbers = [model.index(r, 0).data() for r in range(33)]
    assert len(set(numbers)) == 33  # no row twice across pages


def test_fill_the_next_meetings_item_from_the_board(open_window, demo_db_path, messages, qtbot):
    from uppfoljning_desktop.domain.meetings import ItemKind
    from uppfoljning_desktop.store import meeting_items, meetings

    page = _page(open_window, demo_db_path)
    messages.choice = 0  # the first open meeting: 2016-10-20
    page.board_tab.prepare_meeting()
    qtbot.waitUntil(lambda: bool(messages.infos or messages.errors), timeout=10000)
    assert messages.errors == []
    assert messages.infos[0] == "Ärendet \"Anmälan av delegationsbeslut\" tar upp 4 listor; anmälan är bifogad."
    meeting = meetings.get_meeting_by_date(page.db, dt.date(2016, 10, 20))
    item = meeting_items.find_item(page.db, meeting.id, kind=ItemKind.DELEGATION_REPORT)
    assert "* Xenter, september 2016" in item.body.splitlines()
    assert [a.filename for a in meeting_items.list_attachments(page.db, item.id)] == ["delegationsbeslut-2016-10-20.pdf"]
    rows = {page.board_tab.board.verticalHeaderItem(r).text(): r for r in range(page.board_tab.board.rowCount())}
    last = page.board_tab.board.columnCount() - 1
    assert page.board_tab.board.item(rows["Xenter"], last).text() == "1 beslut · tas upp 2016-10-20"


def test_dialog_offers_each_function_of_the_point_separately(open_window, demo_db_path, messages):
    """The point's functions as the register's check reads them ("," "/" and "eller"),
    so every offered function passes the check."""
    from uppfoljning_desktop.domain.delegation import DelegationRule
    from uppfoljning_desktop.ui.areas.delegation_dialogs import DecisionDialog

    page = _page(open_window, demo_db_path)
    ruleset = dstore.ruleset_in_force_on(page.db, dt.date(2016, 9, 2))
    dstore.save_rule(page.db, DelegationRule(
        ruleset_id=ruleset.id, point="4.9", case_type="Studiebesök utomlands",
        delegate_function="Rektor eller biträdande rektor", substitute_function="Verksamhetschef/förvaltningschef",
    ))
    dialog = DecisionDialog(page.db, None, page, today=dt.date(2016, 9, 14))
    dialog.unit_combo.setCurrentIndex(dialog.unit_combo.findText("Vuxenutbildning"))
    type_text(dialog.date_edit, "2016-09-02")
    points = [dialog.point_combo.itemData(i) for i in range(dialog.point_combo.count())]
    dialog.point_combo.setCurrentIndex(points.index("4.9"))
    offered = [dialog.function_combo.itemText(i) for i in range(dialog.function_combo.count())]
    assert offered == ["Rektor", "Biträdande rektor", "Verksamhetschef", "Förvaltningschef"]
    type_text(dialog.subject_edit, "Studiebesök i Helsingfors")
    type_text(dialog.name_edit, "Eva Lindgren")
    dialog.function_combo.setCurrentIndex(1)
    dialog.save()
    assert dialog.result() == dialog.DialogCode.Accepted, dialog.error_label.text()
