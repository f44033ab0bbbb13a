"""Read-only table model over a crisis event's log: corrected entries are struck
through, corrections say which entry they correct. Nothing here can edit the log."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from uppfoljning_desktop.domain.crisis import EntryType, LogEntry
from uppfoljning_desktop.domain.crisis_log import corrected_by
from uppfoljning_desktop.ui.core_texts import label as core_label
from uppfoljning_desktop.ui.i18n import tr

HEADERS = (QT_TRANSLATE_NOOP("", "Nr"), QT_TRANSLATE_NOOP("", "Tid"), QT_TRANSLATE_NOOP("", "Typ"),
           QT_TRANSLATE_NOOP("", "Text"), QT_TRANSLATE_NOOP("", "Från / till"),
           QT_TRANSLATE_NOOP("", "Beslutat av / ansvarig"), "Uppföljning",
           QT_TRANSLATE_NOOP("", "Status"))
FOLLOW_UP = 6
TYPE_COLOURS = {
    EntryType.DECISION: "#FFF4D6",
    EntryType.ACTION: "#E8F4EA",
    EntryType.SITUATION: "#E8EEF8",
}


class LogTableModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.entries: list[LogEntry] = []
        self._by_id: dict[int, LogEntry] = {}
        self._fixes: dict[int, list[LogEntry]] = {}

    def set_entries(self, entries: list[LogEntry]) -> None:
        self.beginResetModel()
        self.entries = list(entries)
        self._by_id = {e.id: e for e in entries if e.id is not None}
        self._fixes = corrected_by(entries)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.entries)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            if section == FOLLOW_UP:  # "follow-up", not the program's name (same word, own context)
                return QCoreApplication.translate("Crisis", "Uppföljning")
            return tr(HEADERS[section])
        return None

    def is_corrected(self, e: LogEntry) -> bool:
        return bool(self._fixes.get(e.id or 0))

    def _text(self, e: LogEntry, column: int) -> str:
        if column == 0:
            return str(e.number)
        if column == 1:
            return e.created_at.strftime("%H:%M:%S") if e.created_at else ""
        if column == 2:
            return core_label(e.entry_type)
        if column == 3:
            notes = []
            if e.corrects_id is not None and e.corrects_id in self._by_id:
                notes.append(tr("Rättelse av nr {n}").format(n=self._by_id[e.corrects_id].number))
            later = self._fixes.get(e.id or 0, [])
            if later:
                notes.append(tr("rättad genom nr {n}").format(n=", ".join(str(x.number) for x in later)))
            return e.text + (f"  [{'; '.join(notes)}]" if notes else "")
        if column == 4:
            return " → ".join(x for x in (e.from_whom, e.to_whom) if x)
        if column == 5:
            return " / ".join(x for x in (e.decided_by, e.responsible) if x)
        if column == 6:
            return _short(e.follow_up_at, e.created_at)
        return core_label(e.status)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        e = self.entries[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(e, index.column())
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 3:
            return e.text
        if role == Qt.ItemDataRole.FontRole and self.is_corrected(e):
            font = QFont()
            font.setStrikeOut(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and self.is_corrected(e):
            return QBrush(QColor("#777777"))
        if role == Qt.ItemDataRole.BackgroundRole and e.entry_type in TYPE_COLOURS:
            return QBrush(QColor(TYPE_COLOURS[e.entry_type]))
        return None

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


def _short(value: dt.datetime | None, ref: dt.datetime | None) -> str:
    if value is None:
        return ""
    if ref is not None and value.date() == ref.date():
        return value.strftime("%H:%M")
    return value.strftime("%Y-%m-%d %H:%M")
