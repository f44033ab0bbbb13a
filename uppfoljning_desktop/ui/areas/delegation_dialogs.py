"""Dialogs of the delegation page: registering or changing one decision, and a new
version of the delegationsordning."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from uppfoljning_desktop.domain.delegation import AppealRoute, DelegationDecision
from uppfoljning_desktop.errors import UserError, ValidationFailed
from uppfoljning_desktop.store import delegation as dstore
from uppfoljning_desktop.store import delegation_register as register
from uppfoljning_desktop.store import organisation as org_store
from uppfoljning_desktop.ui import editing
from uppfoljning_desktop.ui.core_texts import label as core_label
from uppfoljning_desktop.ui.i18n import invalid_field, tr


class DecisionDialog(QDialog):
    """Register a decision (or change one not yet reported); the checks' messages are
    shown in the dialog, warnings after saving."""

    def __init__(self, db, decision: DelegationDecision | None = None, parent: QWidget | None = None,
                 today: dt.date | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.today = today or dt.date.today()
        self.original = decision
        self.saved = None
        self.setWindowTitle(tr("Ändra delegationsbeslut") if decision else tr("Nytt delegationsbeslut"))
        self.date_edit = QLineEdit(self)
        self.date_edit.setPlaceholderText(tr("ÅÅÅÅ-MM-DD"))
        self.unit_combo = QComboBox(self)
        for unit in org_store.list_units(db):
            self.unit_combo.addItem(unit.name, unit.id)
        self.point_combo = QComboBox(self)
        self.point_combo.setEditable(True)
        self.subject_edit = QLineEdit(self)
        self.case_edit = QLineEdit(self)
        self.decision_edit = QPlainTextEdit(self)
        self.decision_edit.setFixedHeight(60)
        self.name_edit = QLineEdit(self)
        self.function_combo = QComboBox(self)
        self.function_combo.setEditable(True)
        self.sub_edit = QLineEdit(self)
        self.appeal_combo = QComboBox(self)
        self.appeal_combo.addItem(tr("enligt punkten"), None)
        for route in AppealRoute:
            self.appeal_combo.addItem(core_label(route), route)
        self.error_label = QLabel(self)
        self.error_label.setObjectName("errorLabel")
        self.error_label.setStyleSheet("color: #B00020")
        self.error_label.setWordWrap(True)
        form = QFormLayout()
        for label, widget in (
            (tr("Beslutsdatum"), self.date_edit), (tr("Verksamhet"), self.unit_combo),
            (tr("Punkt"), self.point_combo), (tr("Ärende"), self.subject_edit), (tr("Dnr"), self.case_edit),
            (tr("Beslut"), self.decision_edit), (tr("Delegat (namn)"), self.name_edit),
            (tr("Delegatens funktion"), self.function_combo), (tr("Vidaredelegerat från"), self.sub_edit),
            (tr("Överklagande"), self.appeal_combo),
        ):
            form.addRow(label, widget)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        self.resize(560, 480)
        self.date_edit.editingFinished.connect(self.fill_points)
        self.unit_combo.currentIndexChanged.connect(self.fill_points)
        self.point_combo.currentIndexChanged.connect(self.fill_functions)
        # Cancel (or Esc, or closing) with typed changes asks first (ui/editing.py).
        self.form = editing.FormEditor(self, tr("delegationsbeslutet"),
                                       lambda: (self.save(), self.saved is not None)[1])
        self.form.watch(self.date_edit, self.subject_edit, self.case_edit, self.decision_edit, self.name_edit,
                        self.sub_edit)
        with self.form.loading(decision.id if decision else None):
            self._load(decision)

    def reject(self) -> None:
        if self.form.is_modified and not self.form.confirm_leave(self):
            return
        if self.result() == QDialog.DialogCode.Accepted:
            return  # "Spara" in the question saved and closed it
        super().reject()

    def _load(self, d: DelegationDecision | None) -> None:
        self.date_edit.setText((d.decision_date if d else self.today).isoformat())
        if d:
            self.unit_combo.setCurrentIndex(max(0, self.unit_combo.findData(d.unit_id)))
        self.fill_points()
        if d:
            self.point_combo.setCurrentText(d.point)
            self.subject_edit.setText(d.subject)
            self.case_edit.setText(d.case_number)
            self.decision_edit.setPlainText(d.decision)
            self.name_edit.setText(d.delegate_name)
            self.function_combo.setCurrentText(d.delegate_function)
            self.sub_edit.setText(d.sub_delegated_from)
            self.appeal_combo.setCurrentIndex(max(0, self.appeal_combo.findData(d.appeal_route)))

    def _date(self) -> dt.date | None:
        try:
            return dt.date.fromisoformat(self.date_edit.text().strip())
        except ValueError:
            return None

    def fill_points(self) -> None:
        """The points the unit may use on the decision date (as the unit's template)."""
        current = self.point_combo.currentText()
        self.point_combo.blockSignals(True)
        self.point_combo.clear()
        date = self._date() or self.today
        for rule in dstore.rules_in_force(self.db, date, self.unit_combo.currentData()):
            self.point_combo.addItem(f"{rule.point} {rule.case_type}", rule.point)
        self.point_combo.blockSignals(False)
        if current:
            self.point_combo.setCurrentText(current)
        self.fill_functions()

    def fill_functions(self) -> None:
        date = self._date() or self.today
        point = self._point()
        current = self.function_combo.currentText()
        self.function_combo.clear()
        for rule in dstore.rules_in_force(self.db, date):
            if rule.point == point:
                # split as the register's check splits them (",", "/", "eller"), so each passes;
                # the written form is kept ("IT-chef")
                names = re.split(r",|/|\beller\b", f"{rule.delegate_function},{rule.substitute_function}")
                seen: set[str] = set()
                for name in (n.strip() for n in names):
                    if name and name.casefold() not in seen:
                        seen.add(name.casefold())
                        self.function_combo.addItem(name[0].upper() + name[1:])
        # A function typed or chosen for the previous point stays only if the new point
        # has it too; otherwise the new point's first function (the old one kept the
        # wrong function after a change of point).
        offered = [self.function_combo.itemText(i).casefold() for i in range(self.function_combo.count())]
        keep = current and (current.casefold() in offered or not offered)
        self.function_combo.setCurrentText(current if keep else self.function_combo.itemText(0))

    def _point(self) -> str:
        text = self.point_combo.currentText().strip()
        data = self.point_combo.currentData()
        if data and text == self.point_combo.itemText(self.point_combo.currentIndex()):
            return str(data)
        return text.split(" ")[0] if text else ""

    def decision(self) -> DelegationDecision:
        date = self._date()
        if date is None:
            raise invalid_field(tr("Delegationsbeslutet"), tr("Beslutsdatum"),
                                tr("\"{text}\" är inget datum på formen ÅÅÅÅ-MM-DD").format(text=self.date_edit.text()))
        base = self.original or DelegationDecision(
            decision_date=date, point="", subject="", delegate_name="", delegate_function="", unit_id=0)
        return dataclasses.replace(
            base, decision_date=date, unit_id=self.unit_combo.currentData(), point=self._point(),
            subject=self.subject_edit.text(), case_number=self.case_edit.text(),
            decision=self.decision_edit.toPlainText(), delegate_name=self.name_edit.text(),
            delegate_function=self.function_combo.currentText(), sub_delegated_from=self.sub_edit.text(),
            appeal_route=self.appeal_combo.currentData(),
            list_id=base.list_id if self.original and base.unit_id == self.unit_combo.currentData() else None,
        )

    def save(self) -> None:
        try:
            self.saved = register.save_decision(self.db, self.decision(), today=self.today)
        except ValidationFailed as exc:
            self.error_label.setText("\n".join(str(e) for e in exc.errors))
            return
        except UserError as exc:
            self.error_label.setText(str(exc))
            return
        self.accept()


class NewVersionDialog(QDialog):
    """A new version of the delegationsordning: the committee's decision date and its
    reference; the points of the latest version are copied into it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Ny version av delegationsordningen"))
        self.date_edit = QLineEdit(dt.date.today().isoformat(), self)
        self.reference_edit = QLineEdit(self)
        self.reference_edit.setPlaceholderText(tr("t.ex. AVUX/2016:8, § 15"))
        self.error_label = QLabel(self)
        self.error_label.setStyleSheet("color: #B00020")
        form = QFormLayout()
        form.addRow(tr("Nämndens beslutsdatum"), self.date_edit)
        form.addRow(tr("Dnr och paragraf"), self.reference_edit)
        note = QLabel(tr("Punkterna i den senaste versionen kopieras; ändra sedan det nämnden beslutat."), self)
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)

    def decided_on(self) -> dt.date:
        return dt.date.fromisoformat(self.date_edit.text().strip())

    def reference(self) -> str:
        return self.reference_edit.text().strip()

    def _accept(self) -> None:
        try:
            self.decided_on()
        except ValueError:
            self.error_label.setText(tr("Beslutsdatum: \"{text}\" är inget datum på formen ÅÅÅÅ-MM-DD").format(
                text=self.date_edit.text()))
            return
        self.accept()
