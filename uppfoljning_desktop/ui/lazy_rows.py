"""Row heights fitted to wrapped text only where the user looks.

``QTableView.resizeRowsToContents`` measures every row: five seconds for a crisis log of
5 000 entries. ``LazyRowHeights`` fits the rows in view (and a margin around them) after
each model reset and as the user scrolls, so a long log opens at once and still shows
every visible entry in full.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QTableView

MARGIN = 30  # rows fitted above and below the visible ones


class LazyRowHeights(QObject):
    def __init__(self, view: QTableView) -> None:
        super().__init__(view)
        self.view = view
        self._done: set[int] = set()
        model = view.model()
        model.modelReset.connect(self.reset)
        model.rowsInserted.connect(lambda *_a: self._schedule())
        view.verticalScrollBar().valueChanged.connect(lambda _v: self._schedule())
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.fit_visible)

    def reset(self) -> None:
        self._done.clear()
        self._schedule()

    def _schedule(self) -> None:
        self._timer.start()

    def visible_rows(self) -> range:
        view = self.view
        rows = view.model().rowCount()
        if rows == 0:
            return range(0)
        top = view.rowAt(0)
        bottom = view.rowAt(view.viewport().height() - 1)
        top = 0 if top < 0 else top
        bottom = rows - 1 if bottom < 0 else bottom
        return range(max(0, top - MARGIN), min(rows, bottom + MARGIN + 1))

    def fit_visible(self) -> None:
        for row in self.visible_rows():
            if row not in self._done:
                self.view.resizeRowToContents(row)
                self._done.add(row)

    def fit_last(self, count: int) -> None:
        """Fit the last ``count`` rows now (before scrolling to the bottom)."""
        rows = self.view.model().rowCount()
        for row in range(max(0, rows - count), rows):
            if row not in self._done:
                self.view.resizeRowToContents(row)
                self._done.add(row)
