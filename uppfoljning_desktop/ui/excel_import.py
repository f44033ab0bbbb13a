"""Drop returned workbooks, see every problem and every change, then import them all.

The list accepts files dragged from Outlook or Explorer. Each change to the list runs
a check in the background (``excel.importer.check_files``, nothing written); the tables
show the problems (file, sheet!cell, error/warning, message) and the changes (old →
new). "Läs in" is enabled only when no file has an error, and imports the whole batch
in one transaction in the background.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from uppfoljning_desktop.ui import messages
from uppfoljning_desktop.ui.core_texts import label as core_label
from uppfoljning_desktop.ui.i18n import count_phrase, tr
from uppfoljning_desktop.ui.session import Session
from uppfoljning_desktop.ui.tasks import run_task

XLSX_FILTER = QT_TRANSLATE_NOOP("", "Excel-arbetsbok (*.xlsx);;Alla filer (*)")


def fill_table(table: QTableWidget, rows: list[tuple[str, ...]], colours: list[QColor | None] | None = None) -> None:
    table.setRowCount(len(rows))
    for i, row in enumerate(rows):
        for j, text in enumerate(row):
            item = QTableWidgetItem(text)
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            if colours and colours[i] is not None:
                item.setForeground(QBrush(colours[i]))
            table.setItem(i, j, item)


def make_table(headers: list[str], parent: QWidget) -> QTableWidget:
    table = QTableWidget(0, len(headers), parent)
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().setVisible(False)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.horizontalHeader().setStretchLastSection(True)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    table.setWordWrap(False)
    return table


class DropList(QListWidget):
    """A file list that accepts dropped files."""

    dropped = Signal(list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAcceptDrops(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DropOnly)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)

    def dragEnterEvent(self, event) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dragMoveEvent(self, event) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        paths = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.dropped.emit(paths)


class ImportWidget(QWidget):
    """Check and import returned templates of any kind (the kind is in each file)."""

    imported = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None, *, expected_scope=None) -> None:
        super().__init__(parent)
        self.session = session
        self.expected_scope = expected_scope  # callable returning {"period": …} or None
        self.paths: list[Path] = []
        self.batch = None
        self.task = None
        self.files = DropList(self)
        self.files.setObjectName("excelImportFiles")
        self.files.setMaximumHeight(110)
        self.files.dropped.connect(self.add_files)
        self.hint = QLabel(tr("Dra hit de ifyllda mallarna från e-posten eller utforskaren, eller välj dem."), self)
        self.add_button = QPushButton(tr("Välj filer …"), self)
        self.remove_button = QPushButton(tr("Ta bort markerade"), self)
        self.import_button = QPushButton(tr("Läs in"), self)
        self.import_button.setObjectName("excelImportButton")
        self.import_button.setEnabled(False)
        self.add_button.clicked.connect(self.choose_files)
        self.remove_button.clicked.connect(self.remove_selected)
        self.import_button.clicked.connect(self.import_now)
        self.status = QLabel(self)
        self.status.setObjectName("excelImportStatus")
        self.status.setWordWrap(True)
        self.problems = make_table([tr("Fil"), tr("Plats"), tr("Typ"), tr("Problem")], self)
        self.changes = make_table([tr("Fil"), tr("Plats"), tr("Vad"), tr("Före"), tr("Efter")], self)
        for table, widths in ((self.problems, (230, 110, 70)), (self.changes, (230, 110, 380, 80))):
            for c, w in enumerate(widths):
                table.horizontalHeader().resizeSection(c, w)

        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch()
        buttons.addWidget(self.import_button)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        for label, table in ((tr("Fel och varningar"), self.problems), (tr("Ändringar (före → efter)"), self.changes)):
            box = QWidget(splitter)
            lay = QVBoxLayout(box)
            lay.setContentsMargins(0, 0, 0, 0)
            lay.addWidget(QLabel(f"<b>{label}</b>", box))
            lay.addWidget(table)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addWidget(self.files)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        layout.addWidget(splitter, 1)

    # ------------------------------------------------------------ the file list

    def choose_files(self) -> None:
        path = messages.get_open_file_name(self, tr("Välj ifyllda mallar"), str(Path.home()), tr(XLSX_FILTER))
        if path:
            self.add_files([path])

    def add_files(self, paths: list[str | Path]) -> None:
        known = {p.resolve() for p in self.paths}
        for p in paths:
            path = Path(p)
            if path.resolve() not in known:
                self.paths.append(path)
                known.add(path.resolve())
        self._refresh_list()
        self.check()

    def remove_selected(self) -> None:
        rows = sorted((self.files.row(i) for i in self.files.selectedItems()), reverse=True)
        for r in rows:
            del self.paths[r]
        self._refresh_list()
        self.check()

    def clear(self) -> None:
        self.paths = []
        self.batch = None
        self._refresh_list()
        self._show(None)

    def _refresh_list(self) -> None:
        self.files.clear()
        statuses = {}
        if self.batch is not None:
            statuses = {f.path: f.status.value for f in self.batch.files}
        for p in self.paths:
            status = statuses.get(p)
            self.files.addItem(f"{p.name}  –  {status}" if status else p.name)

    # ------------------------------------------------------------ work

    def _scope(self):
        return self.expected_scope() if self.expected_scope else None

    def check(self) -> None:
        self.import_button.setEnabled(False)
        if not self.paths or not self.session.is_open:
            self._show(None)
            return
        paths = list(self.paths)
        scope = self._scope()
        session = self.session

        def work():
            from uppfoljning_desktop.excel.importer import check_files

            db = session.worker_connection()
            try:
                return check_files(db, paths, expected_scope=scope)
            finally:
                db.close()

        self.status.setText(tr("Kontrollerar {files} …").format(files=count_phrase(len(paths), tr("fil"), tr("filer"))))
        self.task = run_task(self, work, on_success=self._checked, label=tr("Kontrollerar filerna …"))

    def _checked(self, batch) -> None:
        if [f.path for f in batch.files] != self.paths:
            return  # the list changed meanwhile; a newer check is on its way
        self.batch = batch
        self._refresh_list()
        self._show(batch)

    def _show(self, batch) -> None:
        if batch is None:
            fill_table(self.problems, [])
            fill_table(self.changes, [])
            self.status.setText("")
            self.import_button.setEnabled(False)
            return
        red, amber = QColor("#b00020"), QColor("#8a5a00")
        problems = [p for f in batch.files for p in f.problems]
        fill_table(
            self.problems,
            [(p.file, p.where, core_label(p.severity), p.message) for p in problems],
            [red if p.severity.value == "fel" else amber for p in problems],
        )
        fill_table(self.changes, [(f.path.name, f"{c.sheet}!{c.cell}", c.label, c.old, c.new)
                                  for f in batch.files for c in f.changes])
        errors = sum(len(f.errors) for f in batch.files)
        rejected = sum(1 for f in batch.files if f.errors)
        if batch.imported:
            text = tr("{files} lästes in.").format(files=count_phrase(len(batch.files), tr("fil"), tr("filer")))
        elif errors:
            text = tr("{r} av {n} filer har fel ({e} st). Inget läses in förrän felen är rättade eller "
                      "filerna borttagna ur listan.").format(r=rejected, n=len(batch.files), e=errors)
        else:
            n, c = len(batch.files), sum(len(f.changes) for f in batch.files)
            text = (tr("Filen är felfri: {changes}. Tryck Läs in för att spara.") if n == 1 else
                    tr("Alla {n} filer är felfria: {changes}. Tryck Läs in för att spara.")).format(
                n=n, changes=count_phrase(c, tr("ändring"), tr("ändringar")))
        self.status.setText(text)
        self.import_button.setEnabled(batch.ok and not batch.imported and bool(batch.files))

    def import_now(self) -> None:
        if self.batch is None or not self.batch.ok:
            return
        paths = list(self.paths)
        scope = self._scope()
        session = self.session

        def work():
            from uppfoljning_desktop.excel.importer import import_files

            db = session.worker_connection()
            try:
                return import_files(db, paths, expected_scope=scope)  # checked again: all or nothing
            finally:
                db.close()

        self.import_button.setEnabled(False)
        self.task = run_task(self, work, on_success=self._imported, label=tr("Läser in …"))

    def _imported(self, batch) -> None:
        self.batch = batch
        self._refresh_list()
        self._show(batch)
        if batch.imported:
            self.session.notify_changed("goals")
            self.imported.emit()
