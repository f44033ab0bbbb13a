"""The return board (which units have sent back their template) and the import log."""

from __future__ import annotations

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from uppfoljning_desktop.ui.core_texts import label as core_label
from uppfoljning_desktop.ui.excel_import import fill_table, make_table
from uppfoljning_desktop.ui.i18n import tr
from uppfoljning_desktop.ui.session import Session

STATUS_COLOURS = {"Inkommen": "#1b5e20", "Försenad": "#b00020", "Saknas": "#8a5a00", "Ej skickad": "#555555"}


def _when(value) -> str:
    return value.strftime("%Y-%m-%d %H:%M") if value else ""


class BoardWidget(QWidget):
    """Per unit: status, sent, deadline, returned, file, values and the import's warnings."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.rows: list = []
        self.summary = QLabel(self)
        self.summary.setObjectName("excelBoardSummary")
        self.table = make_table([tr("Verksamhet"), tr("Status"), tr("Skickad"), tr("Sista dag"),
                                 tr("Inkommen"), tr("Fil"), tr("Värden"), tr("Varningar")], self)
        for c, w in enumerate((170, 90, 120, 90, 120, 300, 60)):
            self.table.horizontalHeader().resizeSection(c, w)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table)

    def load(self, kind_name: str, selection: dict[str, str]) -> None:
        from uppfoljning_desktop.errors import UserError
        from uppfoljning_desktop.excel.board import return_board
        from uppfoljning_desktop.excel.spec import get_kind

        db = self.session.db
        if db is None:
            return
        try:
            self.rows = return_board(db, get_kind(kind_name), selection)
        except UserError as exc:
            self.rows = []
            self.summary.setText(exc.message)
            fill_table(self.table, [])
            return
        fill_table(
            self.table,
            [(r.unit, core_label(r.status), _when(r.sent_at), r.deadline.isoformat() if r.deadline else "",
              _when(r.returned_at), r.file_name, str(r.values) if r.returned_at else "",
              "; ".join(r.warnings)) for r in self.rows],
            [QColor(STATUS_COLOURS.get(r.status.value, "#000000")) for r in self.rows],
        )
        returned = sum(1 for r in self.rows if r.returned_at)
        self.summary.setText(tr("{r} av {n} verksamheter har lämnat in för {what}.").format(
            r=returned, n=len(self.rows), what=", ".join(selection.values())))

    def missing_units(self) -> set[str]:
        from uppfoljning_desktop.excel.board import missing_units

        return missing_units(self.rows)


class ImportLogWidget(QWidget):
    """Every imported file: when, file name, SHA-256, counts."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.table = make_table([tr("Inläst"), tr("Fil"), tr("Verksamhet"), tr("Gäller"), tr("Antal"),
                                 tr("SHA-256")], self)
        for c, w in enumerate((130, 300, 150, 160, 200)):
            self.table.horizontalHeader().resizeSection(c, w)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)

    def load(self) -> None:
        from uppfoljning_desktop.store.excel import list_import_log

        if self.session.db is None:
            return
        entries = list_import_log(self.session.db)
        fill_table(self.table, [
            (_when(e.imported_at), e.file_name, e.unit, ", ".join(v for k, v in e.scope.items() if k != "unit"),
             ", ".join(f"{k} {v}" for k, v in e.counts.items()), e.sha256)
            for e in entries
        ])
