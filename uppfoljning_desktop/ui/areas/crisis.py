"""Krisledning: the crisis plan editor, its gaps (Brister) and the crisis meeting mode
(Krisläge), as three tabs of one page."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from uppfoljning_desktop.ui.areas import AreaPage
from uppfoljning_desktop.ui.core_texts import label as core_label
from uppfoljning_desktop.ui.crisis_mode import CrisisModeWidget
from uppfoljning_desktop.ui.crisis_plan import PlanEditor
from uppfoljning_desktop.ui.i18n import count_phrase, tr
from uppfoljning_desktop.ui.session import Session


class GapsView(QWidget):
    """Brister: what is missing or stale in the current plan."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.summary = QLabel(self)
        self.summary.setObjectName("gapsSummary")
        self.table = QTableWidget(0, 3, self)
        self.table.setHorizontalHeaderLabels([tr("Var"), tr("Brist"), tr("Vad behöver göras")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)

    def show_gaps(self, db) -> None:
        from uppfoljning_desktop.domain.crisis_gaps import find_gaps
        from uppfoljning_desktop.store import crisis

        if crisis.get_current_plan(db) is None:
            self.summary.setText(tr("Det finns ingen krisplan ännu. Skapa en under fliken Krisplan."))
            self.table.setRowCount(0)
            return
        gaps = find_gaps(crisis.load_plan_content(db), dt.date.today())
        self.summary.setText(tr("Inga brister hittades i den senaste versionen av krisplanen.") if not gaps
                             else tr("{gaps} i den senaste versionen av krisplanen:").format(
                                 gaps=count_phrase(len(gaps), tr("brist"), tr("brister"))))
        self.table.setRowCount(len(gaps))
        for r, g in enumerate(gaps):
            for c, text in enumerate((g.where, core_label(g.kind), g.message)):
                self.table.setItem(r, c, QTableWidgetItem(text))
        self.table.resizeRowsToContents()


class Page(AreaPage):
    area_key = "crisis"

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.tabs = QTabWidget(self)
        self.plan_editor = PlanEditor(session, self)
        self.gaps = GapsView(self)
        self.mode = CrisisModeWidget(session, self)
        self.tabs.addTab(self.plan_editor, tr("Krisplan"))
        self.tabs.addTab(self.gaps, tr("Brister"))
        self.tabs.addTab(self.mode, tr("Krisläge"))
        self.tabs.currentChanged.connect(self._tab_changed)
        session.changed.connect(self._own_change)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)

    def reload(self) -> None:
        if self.session.db is None:
            return
        self.plan_editor.reload()
        self.gaps.show_gaps(self.session.db)
        self.mode.reload()

    def _own_change(self, area: str) -> None:
        if area == self.area_key and self.session.db is not None:
            self.gaps.show_gaps(self.session.db)

    def _tab_changed(self, index: int) -> None:
        if self.tabs.widget(index) is self.gaps and self.session.db is not None:
            self.gaps.show_gaps(self.session.db)

    def prepare_screenshot(self) -> None:
        self.tabs.setCurrentWidget(self.mode)
