"""Table models of the delegation page.

``DecisionTableModel`` shows the register with filtering, sorting and paging done in SQL
(``store.delegation_register``): with 100 000 decisions only the rows on screen are read.
``RuleTableModel`` edits the points of one version of the delegationsordning.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import fields
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from uppfoljning_desktop.domain.delegation import DecisionFilter, DelegationDecision
from uppfoljning_desktop.store import delegation_register as register
from uppfoljning_desktop.ui.i18n import tr
from uppfoljning_desktop.ui.table_model import Column, RowTableModel

PAGE_SIZE = 200
WARNING_BRUSH = QBrush(QColor("#FFF4CE"))


# (header, sort key in store.delegation_register.SORTS, value)
DECISION_COLUMNS: list[tuple[str, str, Any]] = [
    (QT_TRANSLATE_NOOP("", "Nr"), "number", lambda d: d.register_number),
    (QT_TRANSLATE_NOOP("", "Datum"), "date", lambda d: d.decision_date.isoformat()),
    (QT_TRANSLATE_NOOP("", "Punkt"), "point", lambda d: d.point),
    (QT_TRANSLATE_NOOP("", "Ärende"), "subject", lambda d: d.subject),
    (QT_TRANSLATE_NOOP("", "Dnr"), "case_number", lambda d: d.case_number),
    (QT_TRANSLATE_NOOP("", "Beslut"), "", lambda d: d.decision),
    (QT_TRANSLATE_NOOP("", "Delegat"), "delegate", lambda d: f"{d.delegate_name} ({d.delegate_function})"),
    (QT_TRANSLATE_NOOP("", "Verksamhet"), "unit", lambda d: d.unit_name),
    (QT_TRANSLATE_NOOP("", "Anmält"), "reported", lambda d: d.reported_text),
    (QT_TRANSLATE_NOOP("", "Sista överklagandedag"), "", lambda d: d.appeal_last_day.isoformat() if d.appeal_last_day else ""),
]


class DecisionTableModel(QAbstractTableModel):
    """The register, read page by page from SQL as the view scrolls."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.db = None
        self.filter = DecisionFilter()
        self.sort_key = "date"
        self.descending = True
        self.rows: list[DelegationDecision] = []
        self.total = 0

    # ------------------------------------------------------------ loading

    def set_database(self, db) -> None:
        self.db = db
        self.refresh()

    def set_filter(self, f: DecisionFilter) -> None:
        self.filter = f
        self.refresh()

    def refresh(self) -> None:
        self.beginResetModel()
        if self.db is None:
            self.rows, self.total = [], 0
        else:
            self.total = register.count_decisions(self.db, self.filter)
            self.rows = self._page(0)
        self.endResetModel()

    def _page(self, offset: int) -> list[DelegationDecision]:
        return register.list_decisions(
            self.db, self.filter, sort=self.sort_key, descending=self.descending, limit=PAGE_SIZE, offset=offset
        )

    def canFetchMore(self, parent: QModelIndex = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and len(self.rows) < self.total

    def fetchMore(self, parent: QModelIndex = QModelIndex()) -> None:  # noqa: B008
        more = self._page(len(self.rows))
        if not more:
            self.total = len(self.rows)
            return
        self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(more) - 1)
        self.rows.extend(more)
        self.endInsertRows()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = DECISION_COLUMNS[column][1]
        if not key:
            return
        self.sort_key = key
        self.descending = order == Qt.SortOrder.DescendingOrder
        self.refresh()

    # ------------------------------------------------------------ Qt model

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(DECISION_COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return tr(DECISION_COLUMNS[section][0])
        return None

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        d = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return DECISION_COLUMNS[index.column()][2](d)
        if role == Qt.ItemDataRole.ToolTipRole:
            return d.warning or d.decision or None
        if role == Qt.ItemDataRole.BackgroundRole and d.warning:
            return WARNING_BRUSH
        return None

    def decision_at(self, row: int) -> DelegationDecision | None:
        return self.rows[row] if 0 <= row < len(self.rows) else None


YES, NO = QT_TRANSLATE_NOOP("", "Ja"), QT_TRANSLATE_NOOP("", "Nej")


class RuleTableModel(RowTableModel):
    """The points of one version: yes/no columns and the units by name."""

    def __init__(self, columns: list[Column], save, parent=None) -> None:
        super().__init__(columns, save, parent, context="DelegationPage")
        self.unit_names: dict[int, str] = {}

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if index.isValid() and role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            value = getattr(self.rows[index.row()], self.columns[index.column()].attr)
            if isinstance(value, bool):
                return tr(YES) if value else tr(NO)
            if self.columns[index.column()].attr == "unit_ids":
                return ", ".join(self.unit_names.get(i, "?") for i in value) if value else tr("alla")
        if index.isValid() and role == Qt.ItemDataRole.BackgroundRole and self.rows[index.row()].not_delegable:
            return WARNING_BRUSH
        return super().data(index, role)

    def _convert(self, row: Any, column: Column, text: str) -> Any:  # type: ignore[override]
        kinds = {f.name: f.type for f in fields(row)}
        if "bool" in str(kinds[column.attr]):
            return text.strip().casefold() in (tr(YES).casefold(), "ja", "yes", "1", "x")
        if column.attr == "unit_ids":
            return self._unit_ids(text)
        return RowTableModel._convert(row, column, text)

    def _unit_ids(self, text: str) -> tuple[int, ...]:
        by_name = {name.casefold(): uid for uid, name in self.unit_names.items()}
        ids = []
        for part in (p.strip() for p in text.split(",")):
            if not part or part.casefold() == tr("alla").casefold():
                continue
            if part.casefold() not in by_name:
                raise ValueError(
                    tr("Verksamheten \"{name}\" finns inte. Kända verksamheter: {known}.").format(
                        name=part, known=", ".join(self.unit_names.values()))
                )
            ids.append(by_name[part.casefold()])
        return tuple(ids)


def parse_optional_date(text: str) -> dt.date | None:
    from uppfoljning_desktop.domain.dates import parse_iso_date

    return parse_iso_date(text) if text.strip() else None
