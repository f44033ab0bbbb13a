"""The meeting documents (kallelse, protokoll …) in the shared document view, which
previews, prints and saves them. PDFs are built in a worker thread through ``run_task``."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from uppfoljning_desktop.ui.document_view import DocumentView
from uppfoljning_desktop.ui.i18n import tr
from uppfoljning_desktop.ui.tasks import run_task

KIND_LABELS = [
    ("kallelse", QT_TRANSLATE_NOOP("", "Kallelse med föredragningslista")),
    ("ordforandeforslag", QT_TRANSLATE_NOOP("", "Ordförandeförslag")),
    ("tjansteskrivelse", QT_TRANSLATE_NOOP("", "Tjänsteskrivelse (ärende)")),
    ("protokoll", QT_TRANSLATE_NOOP("", "Protokoll")),
    ("protokollsutdrag", QT_TRANSLATE_NOOP("", "Protokollsutdrag (ärende)")),
    ("handlingar", QT_TRANSLATE_NOOP("", "Möteshandlingar (allt i en PDF)")),
]
PER_ITEM = {"tjansteskrivelse", "protokollsutdrag"}


def build_pdf(db_path: Path, meeting_id: int, kind: str, item_no: int | None, public: bool) -> bytes:
    """Runs in a worker thread with its own connection."""
    from uppfoljning_desktop.reports.meetings_bundle import render_pack_document
    from uppfoljning_desktop.reports.meetings_common import load_pack
    from uppfoljning_desktop.store.connection import connect

    db = connect(db_path)
    try:
        return render_pack_document(load_pack(db, meeting_id), kind, item_no=item_no, public=public)
    finally:
        db.close()


class PreviewTab(QWidget):
    """The meeting documents in the shared document view (ui/document_view.py)."""

    loaded = Signal()

    def __init__(self, page, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.page = page
        self.kind_combo = QComboBox(self)
        for key, label in KIND_LABELS:
            self.kind_combo.addItem(tr(label), key)
        self.item_spin = QSpinBox(self)
        self.item_spin.setMinimum(1)
        self.item_spin.setPrefix(tr("Ärende "))
        self.public_check = QCheckBox(tr("Offentlig version"), self)
        self.show_button = QPushButton(tr("Visa"), self)
        self.viewer = DocumentView(self)
        # the viewer's parts under the names the meetings page has always used
        self.document = self.viewer.document
        self.view = self.viewer.view
        self.print_button = self.viewer.print_button
        self.open_button = self.viewer.open_button
        self.status = self.viewer.status
        self.viewer.loaded.connect(self.loaded)
        self.task = None
        row = QHBoxLayout()
        for w in (self.kind_combo, self.item_spin, self.public_check, self.show_button):
            row.addWidget(w)
        row.addStretch()
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.viewer, 1)
        self.kind_combo.currentIndexChanged.connect(self._update_enabled)
        self.show_button.clicked.connect(self.show_document)
        self._update_enabled()

    @property
    def current_path(self) -> Path | None:
        return self.viewer.path

    def _update_enabled(self) -> None:
        self.item_spin.setEnabled(self.kind_combo.currentData() in PER_ITEM)

    def set_item_count(self, n: int) -> None:
        self.item_spin.setMaximum(max(1, n))

    def select(self, kind: str, item_no: int | None = None, public: bool = False) -> None:
        self.kind_combo.setCurrentIndex(next(i for i, (k, _) in enumerate(KIND_LABELS) if k == kind))
        if item_no is not None:
            self.item_spin.setValue(item_no)
        self.public_check.setChecked(public)

    def show_document(self) -> None:
        meeting = self.page.current_meeting
        if meeting is None or self.page.session.path is None:
            return
        kind = self.kind_combo.currentData()
        item_no = self.item_spin.value() if kind in PER_ITEM else None
        public = self.public_check.isChecked()
        path = self.page.session.path
        self.status.setText(tr("Skapar PDF …"))
        self.task = run_task(self, lambda: build_pdf(path, meeting.id, kind, item_no, public),
                             on_success=lambda data: self._show(data, kind, public), label=tr("Skapar PDF …"))

    def _show(self, data: bytes, kind: str, public: bool) -> None:
        meeting = self.page.current_meeting
        stem = f"{kind}-{meeting.date.isoformat() if meeting else 'dokument'}{'-offentlig' if public else ''}"
        self.viewer.load_bytes(data, stem)

    def open_external(self) -> None:
        self.viewer.open_external()

    def print_document(self) -> bool:
        return self.viewer.print_with_dialog()
