"""The outcome grid: one row per indicator × sub-group × breakdown, quick to fill by keyboard.

Type a number and press Enter: it is saved at once (one transaction) and the cursor
moves down to the next row; Tab moves to the comment. Values are parsed as Swedish
numbers ("1 234,5", "85 %"); a bad value is refused with a message naming the indicator.
Also the activity table, whose status and comment are saved per period the same way.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QAbstractItemDelegate, QAbstractItemView, QTableView, QWidget

from uppfoljning_desktop.domain.goals import (
    Activity,
    ActivityStatus,
    Breakdown,
    Indicator,
    MeasureUnit,
    OutcomeValue,
)
from uppfoljning_desktop.domain.numbers import NotANumber, format_number, parse_number
from uppfoljning_desktop.errors import UserError
from uppfoljning_desktop.ui import messages
from uppfoljning_desktop.ui.core_texts import label as core_label
from uppfoljning_desktop.ui.i18n import tr


@dataclass
class GridRow:
    indicator: Indicator
    goal: str
    breakdown: Breakdown
    subgroup: str
    target: str
    previous: str
    value: Decimal | None
    comment: str

    @property
    def first(self) -> bool:
        return self.breakdown is Breakdown.TOTAL and self.subgroup == ""

    @property
    def split_label(self) -> str:
        parts = [self.subgroup, core_label(self.breakdown) if self.breakdown is not Breakdown.TOTAL else ""]
        return " – ".join(p for p in parts if p) or core_label(Breakdown.TOTAL)


def _text(value: Decimal | None, unit: str) -> str:
    if value is None:
        return ""
    text = format_number(value).replace("\u00a0", " ")
    return f"{text} %" if unit == "procent" else text


class _RowsModel(QAbstractTableModel):
    """A read-mostly table over a list of rows with translated column headers."""

    HEADERS: tuple[str, ...] = ()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[Any] = []
        self._parent = parent

    def set_rows(self, rows: list[Any]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return tr(self.HEADERS[section])
        return None


class OutcomeModel(_RowsModel):
    HEADERS = (QT_TRANSLATE_NOOP("", "Mål"), QT_TRANSLATE_NOOP("", "Indikator"), QT_TRANSLATE_NOOP("", "Uppdelning"),
               QT_TRANSLATE_NOOP("", "Utfall föregående år"), QT_TRANSLATE_NOOP("", "Riktvärde"),
               QT_TRANSLATE_NOOP("", "Utfall"), QT_TRANSLATE_NOOP("", "Kommentar"))
    VALUE, COMMENT = 5, 6

    def __init__(self, save: Callable[[list[OutcomeValue]], Any], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[GridRow] = []
        self._save = save

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        r = self.rows[index.row()]
        c = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            unit = str(r.indicator.measure_unit)
            values = (r.goal if r.first else "", r.indicator.name if r.first else "", r.split_label,
                      r.previous, r.target if r.first else "", _text(r.value, unit), r.comment)
            return values[c]
        if role == Qt.ItemDataRole.BackgroundRole and c in (self.VALUE, self.COMMENT):
            return QColor("#FFFDF0")
        if role == Qt.ItemDataRole.TextAlignmentRole and c in (3, 4, self.VALUE):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and c == 1:
            return r.indicator.name
        return None

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        f = super().flags(index)
        return f | Qt.ItemFlag.ItemIsEditable if index.column() in (self.VALUE, self.COMMENT) else f

    def setData(self, index: QModelIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        r = self.rows[index.row()]
        text = str(value).strip()
        new_value, comment = r.value, r.comment
        if index.column() == self.VALUE:
            try:
                new_value = parse_number(text) if text else None
            except NotANumber as exc:
                messages.show_error(self._parent, UserError(
                    tr("Utfallet för \"{name}\" ({split}) sparades inte: {error}.").format(
                        name=r.indicator.name, split=r.split_label, error=exc),
                    hint=tr("Skriv t.ex. 1 234,5 eller 85 %.")))
                return False
            if text.endswith("%") and r.indicator.measure_unit is not MeasureUnit.PERCENT:
                messages.show_error(self._parent, UserError(
                    tr("Utfallet för \"{name}\" ({split}) sparades inte: måttet anges i {unit}, inte i procent.").format(
                        name=r.indicator.name, split=r.split_label, unit=core_label(r.indicator.measure_unit)),
                    hint=tr("Skriv talet utan %.")))
                return False
            if new_value == r.value:
                return False
        else:
            if text == r.comment:
                return False
            comment = text
        try:
            self._save([OutcomeValue(r.indicator.id, new_value, r.breakdown, r.subgroup, comment)])  # type: ignore[arg-type]
        except UserError as exc:
            messages.show_error(self._parent, exc)
            return False
        r.value, r.comment = new_value, comment
        self.dataChanged.emit(index, index)
        return True


class EnterMovesDownView(QTableView):
    """Enter saves and moves to the next row (as in a spreadsheet); Tab to the next column."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditTriggers(QAbstractItemView.EditTrigger.AnyKeyPressed
                             | QAbstractItemView.EditTrigger.EditKeyPressed
                             | QAbstractItemView.EditTrigger.DoubleClicked)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setAlternatingRowColors(True)
        self.verticalHeader().hide()

    def closeEditor(self, editor: QWidget, hint: QAbstractItemDelegate.EndEditHint) -> None:
        super().closeEditor(editor, hint)
        if hint == QAbstractItemDelegate.EndEditHint.SubmitModelCache:
            current = self.currentIndex()
            below = self.model().index(current.row() + 1, current.column())
            if below.isValid():
                self.setCurrentIndex(below)


class ActivityModel(_RowsModel):
    HEADERS = (QT_TRANSLATE_NOOP("", "Mål"), QT_TRANSLATE_NOOP("", "Aktivitet"), QT_TRANSLATE_NOOP("", "Klart"),
               QT_TRANSLATE_NOOP("", "Ansvarig"), QT_TRANSLATE_NOOP("", "Status"), QT_TRANSLATE_NOOP("", "Kommentar"))
    STATUS, COMMENT = 4, 5

    def __init__(self, save: Callable[[Activity, ActivityStatus, str], Activity], parent: QWidget | None = None
                 ) -> None:
        super().__init__(parent)
        self.rows: list[tuple[str, Activity]] = []
        self._save = save

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        goal, a = self.rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            status = core_label(a.status) if role == Qt.ItemDataRole.DisplayRole else a.status.value
            return (goal, a.text, a.due, a.responsible, status, a.comment)[index.column()]
        if role == Qt.ItemDataRole.BackgroundRole and index.column() in (self.STATUS, self.COMMENT):
            return QColor("#FFFDF0")
        return None

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        f = super().flags(index)
        return f | Qt.ItemFlag.ItemIsEditable if index.column() in (self.STATUS, self.COMMENT) else f

    def setData(self, index: QModelIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        goal, a = self.rows[index.row()]
        status, comment = a.status, a.comment
        try:
            if index.column() == self.STATUS:
                status = ActivityStatus(str(value))
            else:
                comment = str(value).strip()
            if (status, comment) == (a.status, a.comment):
                return False
            saved = self._save(a, status, comment)
        except (UserError, ValueError) as exc:
            messages.show_error(self._parent, exc if isinstance(exc, UserError) else UserError(str(exc)))
            return False
        self.rows[index.row()] = (goal, saved)
        self.dataChanged.emit(self.index(index.row(), 0), self.index(index.row(), self.columnCount() - 1))
        return True
