"""Layouts that fit a 1024×700 window (a laptop with scaling): no page scrolls sideways,
every visible button and field lies inside the window, no button text is cut; the window
remembers its size, splitters and last page; the schedule opens on the year ahead; two
fixed bugs (Skapa årets sammanträden offering held meetings, the decision dialog keeping
the old function after a change of point)."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QAbstractButton, QLineEdit, QScrollArea, QTabWidget

from uppfoljning_desktop.ui.areas import AREAS


def _inside_scroll_area(widget, window) -> bool:
    p = widget.parentWidget()
    while p is not None and p is not window:
        if isinstance(p, QScrollArea) and p is not window._holders.get(getattr(p, "_area_key", ""), None):
            return p not in window._holders.values()
        p = p.parentWidget()
    return False


def _problems(window, key, page, qtbot) -> list[str]:
    qtbot.wait(10)
    out = []
    holder = window._holders[key]
    if holder.horizontalScrollBar().maximum() > 0:
        out.append(f"{key} scrolls sideways by {holder.horizontalScrollBar().maximum()} px")
    central = window.centralWidget().geometry()
    for w in page.findChildren(QAbstractButton) + page.findChildren(QLineEdit):
        if not w.isVisible() or _inside_scroll_area(w, window) or w.objectName() == "qt_spinbox_lineedit":
            continue
        r = QRect(w.mapTo(window, QPoint(0, 0)), w.size())
        label = w.text() if isinstance(w, QAbstractButton) else w.placeholderText()
        if r.right() > central.right() + 1 or r.bottom() > central.bottom() + 1:
            out.append(f"{key}: '{label}' is outside the window ({r.x()},{r.y()} {r.width()}×{r.height()})")
        if isinstance(w, QAbstractButton) and w.text() and \
                w.fontMetrics().horizontalAdvance(w.text().replace("&", "")) + 8 > w.width():
            out.append(f"{key}: button text '{w.text()}' is cut ({w.width()} px)")
        if isinstance(w, QLineEdit) and w.width() < 60:
            out.append(f"{key}: field '{label}' has collapsed to {w.width()} px")
    return out


@pytest.mark.parametrize("size", [(1024, 700), (1366, 800)])
def test_layout_1024_every_page_and_tab_fits(open_window, demo_db_path, qtbot, size):
    window = open_window(demo_db_path)
    window.resize(*size)
    problems = []
    for area in AREAS:
        page = window.show_area(area.key)
        problems += _problems(window, area.key, page, qtbot)
        for tabs in page.findChildren(QTabWidget):
            if not tabs.isVisible():
                continue
            for i in range(tabs.count()):
                tabs.setCurrentIndex(i)
                where = f"{area.key}/{tabs.tabText(i)}"
                problems += [p.replace(area.key, where, 1) for p in _problems(window, area.key, page, qtbot)]
            tabs.setCurrentIndex(0)
    assert problems == [], "\n".join(problems)


def test_layout_1024_window_remembers_size_splitters_and_page(open_window, demo_db_path, qtbot):
    from PySide6.QtWidgets import QSplitter

    window = open_window(demo_db_path)
    window.resize(780, 560)  # within the offscreen screen (800×600), which restoreGeometry keeps to
    page = window.show_area("meetings")
    splitter = page.findChildren(QSplitter)[0]
    splitter.setSizes([300, 700])
    sizes = splitter.sizes()
    window.show_area("goals")
    assert window.close()
    again = open_window(demo_db_path)
    assert (again.width(), again.height()) == (780, 560)
    assert again.current_page() is again.pages["goals"]
    meetings = again.show_area("meetings")
    assert meetings.findChildren(QSplitter)[0].sizes() == sizes


def test_layout_1024_schedule_opens_on_the_year_ahead(open_window, demo_db_path):
    window = open_window(demo_db_path)
    page = window.show_area("schedule")
    assert page.year.value() == dt.date.today().year + 1


def test_sanity_create_year_offers_only_meetings_that_can_take_the_item(open_window, demo_db_path, messages, qtbot):
    """The agenda item "Sammanträdesordning" goes on a meeting not yet held: an adjusted
    one was offered, refused, and nothing was created."""
    import dataclasses

    from uppfoljning_desktop.store import meetings
    from uppfoljning_desktop.store import schedule as store

    window = open_window(demo_db_path)
    page = window.show_area("schedule")
    db = window.session.db
    rule = dataclasses.replace(store.get_plan(db, 2017).rule, year=2018)
    page.generate_from(rule)
    open_meeting = meetings.create_meeting(db, dt.date(2017, 12, 14))
    offered: list[list[str]] = []
    from uppfoljning_desktop.ui import messages as m

    def choose(parent, title, label, items):
        offered.append(items)
        return items.index("2017-12-14")

    m.choose_item = choose
    page.create_year()
    qtbot.waitUntil(lambda: any("sammanträden skapades" in i for i in messages.infos), timeout=10000)
    labels = offered[0]
    held = [x for x in meetings.list_meetings(db) if x.date.year == 2017 and x.minutes_finalised]
    assert all(x.date.isoformat() not in labels for x in held)
    assert "2017-12-14" in labels and messages.errors == []
    from uppfoljning_desktop.store import meeting_items

    assert meeting_items.find_item(db, open_meeting.id, title="Sammanträdesordning 2018") is not None


def test_sanity_decision_dialog_point_change_updates_the_function(open_window, demo_db_path):
    from uppfoljning_desktop.ui.areas.delegation_dialogs import DecisionDialog

    window = open_window(demo_db_path)
    page = window.show_area("delegation")
    dialog = DecisionDialog(page.db, None, page, today=dt.date(2016, 9, 14))
    dialog.unit_combo.setCurrentIndex(dialog.unit_combo.findText("Jobbcenter"))
    points = [dialog.point_combo.itemData(i) for i in range(dialog.point_combo.count())]
    functions = {}
    for p in points:
        dialog.point_combo.setCurrentIndex(points.index(p))
        functions[p] = [dialog.function_combo.itemText(i) for i in range(dialog.function_combo.count())]
    a, b = next((x, y) for x in points for y in points if functions[x] and functions[y]
                and functions[x][0] not in functions[y])
    dialog.point_combo.setCurrentIndex(points.index(a))
    assert dialog.function_combo.currentText() == functions[a][0]
    dialog.point_combo.setCurrentIndex(points.index(b))
    assert dialog.function_combo.currentText() == functions[b][0]
    dialog.close()
