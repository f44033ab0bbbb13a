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

from uppfoljning_desktop.ui import messages
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


def build_pdf(db_path: Path, meeting_id: int, kind: str, item_no: int | None, public: bool,
              original: bool = False):
    """Runs in a worker thread with its own connection: ``(pdf bytes, review)``; a public
    version is checked for personal data (``review`` is None for internal versions).
    ``original``: adjusted minutes as adjusted, without later rättelser."""
    from uppfoljning_desktop.reports.base import archival
    from uppfoljning_desktop.reports.meetings_bundle import publication_document, render_pack_output
    from uppfoljning_desktop.reports.meetings_common import load_pack
    from uppfoljning_desktop.store.connection import connect

    db = connect(db_path)
    try:
        pack = load_pack(db, meeting_id, original=original)
        with archival(public):  # a public version is tagged PDF/UA + PDF/A, as from the command line
            data, parts = render_pack_output(pack, kind, item_no=item_no, public=public)
        if not public:
            return data, None
        from uppfoljning_desktop.reports.publication import review_output

        return data, review_output(db, publication_document(pack), data, parts)
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
        self.original_check = QCheckBox(tr("Justerat original"), self)
        self.original_check.setToolTip(tr("Protokollet som det justerades, utan senare rättelser"))
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
        row.addWidget(self.kind_combo)
        row.addWidget(self.item_spin)
        checks = QVBoxLayout()  # one above the other: side by side they widen the page past 1024 pixels
        checks.addWidget(self.public_check)
        checks.addWidget(self.original_check)
        row.addLayout(checks)
        row.addWidget(self.show_button)
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
        self.original_check.setEnabled(self.kind_combo.currentData() in ("protokoll", "protokollsutdrag"))

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
        original = self.original_check.isEnabled() and self.original_check.isChecked()
        path = self.page.session.path
        self.status.setText(tr("Skapar PDF …"))
        self.task = run_task(self, lambda: build_pdf(path, meeting.id, kind, item_no, public, original),
                             on_success=lambda result: self._checked(*result, kind, public), label=tr("Skapar PDF …"))

    def _checked(self, data: bytes, review, kind: str, public: bool) -> None:
        """A public version with unreviewed findings is shown only after the secretary has
        masked or accepted each (then it is laid out again with the masks)."""
        if review is None or not review.unresolved:
            self._show(data, kind, public)
            return
        from uppfoljning_desktop.ui.tasks import call

        decisions = messages.review_findings(self, review.unresolved)
        if decisions is None:
            self.status.setText(tr("Den offentliga versionen visas inte förrän personuppgifterna är granskade."))
            return
        by_key = {f.key: f for f in review.unresolved}

        def record() -> None:
            from uppfoljning_desktop.domain.publication import Decision
            from uppfoljning_desktop.store import publication as store

            for decision in (Decision.MASK, Decision.ACCEPT):
                chosen = [by_key[k] for k, d in decisions.items() if d == decision and k in by_key]
                if chosen:
                    store.record_decisions(self.page.session.db, chosen, decision, note="granskad i programmet")

        ok, _ = call(self, record)
        if ok:
            self.show_document()

    def _show(self, data: bytes, kind: str, public: bool) -> None:
        meeting = self.page.current_meeting
        stem = f"{kind}-{meeting.date.isoformat() if meeting else 'dokument'}{'-offentlig' if public else ''}"
        self.viewer.load_bytes(data, stem)

    def open_external(self) -> None:
        self.viewer.open_external()

    def print_document(self) -> bool:
        return self.viewer.print_with_dialog()
