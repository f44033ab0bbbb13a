"""An editable table over a list of dataclass rows, saving every edit at once.

Sorting and filtering belong in SQL or in the model, never in a
``QSortFilterProxyModel`` over big tables (see TECH_NOTES.md). Each edit builds a new
row, hands it to ``save`` (a store call) and shows its Swedish message if refused.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import Enum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QWidget

from uppfoljning_desktop.errors import UserError
from uppfoljning_desktop.ui import messages
from uppfoljning_desktop.ui.i18n import tr


@dataclass(frozen=True)
class Column:
    attr: str
    header: str  # already translated (tr) by the page that builds the columns
    choices: Sequence[str] = ()  # shown translated as a drop-down; stored untranslated
    kind: str = "text"  # "text", "date", "choice"


def _to_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, Enum):
        return str(value.value)
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


class RowTableModel(QAbstractTableModel):
    def __init__(
        self,
        columns: Sequence[Column],
        save: Callable[[Any], Any],
        parent: QWidget | None = None,
        context: str = "Table",
    ) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self.rows: list[Any] = []
        self._save = save
        self._parent = parent
        self._context = context
        # A new row (id None) is a placeholder until this column is filled in: nothing is
        # stored for a row the user added but has not named yet.
        self.required = self.columns[0].attr if self.columns else ""
        self.on_created: Callable[[Any], None] | None = None  # a placeholder row was stored

    def is_placeholder(self, row: Any) -> bool:
        return getattr(row, "id", 0) is None and not _to_text(getattr(row, self.required, "x")).strip()

    def set_rows(self, rows: list[Any]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.columns[section].header
        return None

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            column = self.columns[index.column()]
            row = self.rows[index.row()]
            text = _to_text(getattr(row, column.attr))
            if role == Qt.ItemDataRole.DisplayRole and column.attr == self.required and self.is_placeholder(row):
                return tr("(ny rad: skriv {column}; sparas då)").format(column=column.header.lower())
            if role == Qt.ItemDataRole.DisplayRole and column.choices and text in column.choices:
                return tr(text)  # a stored value (role, category) in the interface language
            return text
        return None

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        return super().flags(index) | Qt.ItemFlag.ItemIsEditable

    def setData(self, index: QModelIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        row = self.rows[index.row()]
        column = self.columns[index.column()]
        if _to_text(getattr(row, column.attr)) == str(value):
            return False
        try:
            new_value = self._convert(row, column, str(value))
            new_row = dataclasses.replace(row, **{column.attr: new_value})
            created = getattr(row, "id", 0) is None and not self.is_placeholder(new_row)
            saved = new_row if self.is_placeholder(new_row) else self._save(new_row)
        except (UserError, ValueError) as exc:
            messages.show_error(self._parent, exc if isinstance(exc, UserError) else UserError(str(exc)))
            return False
        self.rows[index.row()] = saved
        self.dataChanged.emit(self.index(index.row(), 0), self.index(index.row(), self.columnCount() - 1))
        if created and self.on_created is not None:
            self.on_created(saved)
        return True

    @staticmethod
    def _convert(row: Any, column: Column, text: str) -> Any:
        current = getattr(row, column.attr)
        field_type = {f.name: f.type for f in dataclasses.fields(row)}[column.attr]
        if column.kind == "date":
            from uppfoljning_desktop.domain.dates import parse_iso_date

            return parse_iso_date(text) if text.strip() else None
        if isinstance(current, Enum):
            return type(current)(text)
        if "int" in str(field_type) and "str" not in str(field_type):
            return int(text)
        return text

    def append_row(self, row: Any) -> int:
        self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows))
        self.rows.append(row)
        self.endInsertRows()
        return len(self.rows) - 1

    def insert_row(self, i: int, row: Any) -> int:
        i = max(0, min(i, len(self.rows)))
        self.beginInsertRows(QModelIndex(), i, i)
        self.rows.insert(i, row)
        self.endInsertRows()
        return i

    def remove_row(self, i: int) -> None:
        self.beginRemoveRows(QModelIndex(), i, i)
        del self.rows[i]
        self.endRemoveRows()


class ChoiceDelegate(QStyledItemDelegate):
    """A drop-down editor for columns with fixed choices (roles): shows each choice in
    the interface language and writes back the untranslated value."""

    def __init__(self, choices: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.choices = list(choices)

    def createEditor(self, parent: QWidget, option, index: QModelIndex) -> QWidget:
        combo = QComboBox(parent)
        for choice in self.choices:
            combo.addItem(tr(choice), choice)
        return combo

    def setEditorData(self, editor: QWidget, index: QModelIndex) -> None:
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(editor.findData(str(index.data(Qt.ItemDataRole.EditRole))))

    def setModelData(self, editor: QWidget, model, index: QModelIndex) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
