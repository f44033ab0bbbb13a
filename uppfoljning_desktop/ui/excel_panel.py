"""The Excel round trip for the goals page: send, import, return board, import log.

Self-contained (takes the Session): the goals page hosts it as its "Excel" tab.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from uppfoljning_desktop.ui import messages
from uppfoljning_desktop.ui.excel_board import BoardWidget, ImportLogWidget
from uppfoljning_desktop.ui.excel_import import ImportWidget
from uppfoljning_desktop.ui.i18n import tr
from uppfoljning_desktop.ui.session import Session

GOALS_KIND = "maluppfoljning"


class ExcelPanel(QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None, *, show_period: bool = True) -> None:
        """``show_period=False`` when the host page has its own period selector and
        calls ``reload(period)`` when it changes."""
        super().__init__(parent)
        self.session = session
        self.period_combo = QComboBox(self)
        self.period_combo.setObjectName("excelPeriod")
        self.period_combo.currentIndexChanged.connect(lambda _: self.load_board())
        self.send_button = QPushButton(tr("Skapa mallar …"), self)
        self.send_button.clicked.connect(self.send_dialog)
        self.remind_button = QPushButton(tr("Påminnelser …"), self)
        self.remind_button.clicked.connect(self.reminder_dialog)
        self.dialog = None
        top = QHBoxLayout()
        if show_period:
            top.addWidget(QLabel(tr("Period:"), self))
            top.addWidget(self.period_combo)
        else:
            self.period_combo.hide()
        top.addStretch()
        top.addWidget(self.send_button)
        top.addWidget(self.remind_button)
        self.tabs = QTabWidget(self)
        self.importer = ImportWidget(session, self, expected_scope=lambda: {"period": self.period()})
        self.board = BoardWidget(session, self)
        self.log = ImportLogWidget(session, self)
        self.tabs.addTab(self.importer, tr("Läs in ifyllda mallar"))
        self.tabs.addTab(self.board, tr("Inlämning"))
        self.tabs.addTab(self.log, tr("Inläsningslogg"))
        self.importer.imported.connect(self.reload_lists)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.tabs)

    def period(self) -> str:
        return self.period_combo.currentText()

    def reload(self, period: str | None = None) -> None:
        from uppfoljning_desktop.store import goals as goals_store

        if self.session.db is None:
            return
        keep = period or self.period()
        self.period_combo.blockSignals(True)
        self.period_combo.clear()
        for p in goals_store.list_periods(self.session.db):
            self.period_combo.addItem(p.label)
        if keep:
            self.period_combo.setCurrentIndex(max(0, self.period_combo.findText(keep)))
        self.period_combo.blockSignals(False)
        self.reload_lists()

    def reload_lists(self) -> None:
        self.load_board()
        self.log.load()

    def load_board(self) -> None:
        if self.period():
            self.board.load(GOALS_KIND, {"period": self.period()})

    def send_dialog(self) -> None:
        from uppfoljning_desktop.ui.excel_send import SendDialog

        self.dialog = SendDialog(self.session, GOALS_KIND, self.period(), self)
        self.dialog.accepted.connect(self.reload_lists)
        self.dialog.open()

    def reminder_dialog(self) -> None:
        from uppfoljning_desktop.ui.excel_send import SendDialog

        missing = self.board.missing_units()
        if not missing:
            messages.show_info(self, tr("Alla verksamheter som fått en mall har lämnat in för {p}.").format(p=self.period()))
            return
        self.dialog = SendDialog(self.session, GOALS_KIND, self.period(), self, units=missing)
        self.dialog.open()
