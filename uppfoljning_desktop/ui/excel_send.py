"""The dialog that writes one template per unit (and e-mail drafts) for a period."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QWidget,
)

from uppfoljning_desktop.ui import messages
from uppfoljning_desktop.ui.i18n import tr
from uppfoljning_desktop.ui.session import Session
from uppfoljning_desktop.ui.tasks import run_task


class SendDialog(QDialog):
    """Templates for every unit of ``period`` (or only ``units``: reminders)."""

    def __init__(self, session: Session, kind_name: str, period: str, parent: QWidget | None = None,
                 *, units: set[str] | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.kind_name = kind_name
        self.period = period
        self.units = units
        self.result_files: list = []
        reminder = units is not None
        self.setWindowTitle(tr("Påminnelser") if reminder else tr("Skapa mallar"))
        default_dir = Path.home() / "Dokument" / "Uppföljning" / period
        self.folder = QLineEdit(str(default_dir), self)
        browse = QPushButton(tr("Bläddra …"), self)
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.folder)
        row.addWidget(browse)
        self.deadline = QDateEdit(self)
        self.deadline.setCalendarPopup(True)
        self.deadline.setDisplayFormat("yyyy-MM-dd")
        self.deadline.setDate(QDate.currentDate().addDays(14))
        self.eml = QCheckBox(tr("Skapa e-postutkast (.eml) till verksamheternas chefer"), self)
        self.eml.setChecked(True)
        form = QFormLayout(self)
        form.addRow(tr("Period:"), QLineEdit(period, self, readOnly=True))
        if reminder:
            form.addRow(tr("Verksamheter:"), QLineEdit(", ".join(sorted(units or ())), self, readOnly=True))
        form.addRow(tr("Sista dag:"), self.deadline)
        form.addRow(tr("Mapp:"), row)
        form.addRow("", self.eml)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("Skapa"))
        buttons.accepted.connect(self.start)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.task = None

    def _browse(self) -> None:
        path = messages.get_existing_directory(self, tr("Välj mapp för mallarna"), self.folder.text())
        if path:
            self.folder.setText(path)

    def start(self) -> None:
        folder = Path(self.folder.text().strip())
        qd = self.deadline.date()
        deadline = dt.date(qd.year(), qd.month(), qd.day())
        session, kind_name, period, units, eml = self.session, self.kind_name, self.period, self.units, self.eml.isChecked()

        def work(progress):
            from uppfoljning_desktop.excel.sending import write_templates
            from uppfoljning_desktop.excel.spec import get_kind

            db = session.worker_connection()
            try:
                return write_templates(db, get_kind(kind_name), {"period": period}, folder, deadline=deadline,
                                       eml=eml, reminder=units is not None, units=units, progress=progress)
            finally:
                db.close()

        def done(sent) -> None:
            self.result_files = sent
            self.session.notify_changed("excel")
            messages.show_info(self, tr("{n} mallar sparades i {folder}.").format(n=len(sent), folder=folder))
            self.accept()

        self.task = run_task(self, work, on_success=done, label=tr("Skriver mallarna …"), with_progress=True)
