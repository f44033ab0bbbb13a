"""Long tables fit their rows' heights only where the user looks (ui.lazy_rows): a crisis
log of thousands of entries opens at once and every entry in view is shown in full."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtWidgets import QTableView

from uppfoljning_desktop.ui.lazy_rows import LazyRowHeights

LONG = " ".join(["Beslut om utrymning av skolan och samling på idrottsplatsen"] * 4)


class _Model(QAbstractTableModel):
    def __init__(self, rows: int) -> None:
        super().__init__()
        self.rows = rows

    def rowCount(self, parent=QModelIndex()):  # noqa: B008
        return 0 if parent.isValid() else self.rows

    def columnCount(self, parent=QModelIndex()):  # noqa: B008
        return 0 if parent.isValid() else 2

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{index.row() + 1}" if index.column() == 0 else LONG
        return None

    def reset(self, rows: int) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()


def _view(qtbot, rows: int):
    model = _Model(0)
    view = QTableView()
    view.setModel(model)
    view.setWordWrap(True)
    view.setColumnWidth(1, 220)
    view.resize(320, 300)
    qtbot.addWidget(view)
    view.show()
    lazy = LazyRowHeights(view)
    model.reset(rows)
    return view, lazy


def test_rows_in_view_are_fitted_and_far_rows_wait(qtbot):
    view, lazy = _view(qtbot, 3000)
    lazy.fit_last(20)
    view.scrollToBottom()
    qtbot.wait(20)
    default = view.verticalHeader().defaultSectionSize()
    bottom = view.rowAt(view.viewport().height() - 1)
    assert view.rowHeight(2999) > default and view.rowHeight(bottom if bottom >= 0 else 2999) > default
    assert view.rowHeight(10) == default  # far above: not measured yet
    view.scrollToTop()
    qtbot.waitUntil(lambda: view.rowHeight(0) > default, timeout=1000)


def test_a_reset_measures_again(qtbot):
    view, lazy = _view(qtbot, 50)
    qtbot.waitUntil(lambda: view.rowHeight(0) > view.verticalHeader().defaultSectionSize(), timeout=1000)
    view.model().reset(40)
    assert lazy._done == set()  # the old heights belong to rows that are gone
    qtbot.waitUntil(lambda: bool(lazy._done), timeout=1000)
    assert 0 in lazy._done and max(lazy._done) < 40
