"""Organisation: municipality, administration (letterhead), committee, members,
officials and units. Every field is saved the moment it is left."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from uppfoljning_desktop.domain.organisation import (
    Administration,
    Committee,
    Member,
    MemberRole,
    Municipality,
    Official,
    OfficialRole,
    Unit,
)
from uppfoljning_desktop.errors import UserError, ValidationFailed
from uppfoljning_desktop.store import organisation as org_store
from uppfoljning_desktop.ui import messages
from uppfoljning_desktop.ui.areas import AreaPage
from uppfoljning_desktop.ui.forms.administration_form_ui import Ui_AdministrationForm
from uppfoljning_desktop.ui.forms.committee_form_ui import Ui_CommitteeForm
from uppfoljning_desktop.ui.i18n import tr
from uppfoljning_desktop.ui.session import Session
from uppfoljning_desktop.ui.table_model import ChoiceDelegate, Column, RowTableModel


class RowEditor(QWidget):
    """A table with "Lägg till" and "Ta bort" for one kind of row."""

    def __init__(
        self,
        columns: list[Column],
        save: Callable[[Any], Any],
        delete: Callable[[Any], None],
        new_row: Callable[[], Any],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._delete = delete
        self._new_row = new_row
        self._save = save
        self.model = RowTableModel(columns, save, self, context="OrganisationPage")
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.view.verticalHeader().hide()
        for i, c in enumerate(columns):
            if c.choices:
                self.view.setItemDelegateForColumn(i, ChoiceDelegate(c.choices, self.view))
        self.model.on_created = self._record_created
        self.add_button = QPushButton(tr("Lägg till"), self)
        self.remove_button = QPushButton(tr("Ta bort"), self)
        self.add_button.clicked.connect(self.add_row)
        self.remove_button.clicked.connect(self.remove_selected)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)
        layout.addLayout(buttons)

    def _record_created(self, saved: Any) -> None:
        """Ångra for a new row, recorded when it was stored (when its name was typed)."""
        import dataclasses

        from uppfoljning_desktop.ui import undo

        state = {"row": saved}

        def take_away() -> None:
            self._delete(state["row"])
            i = next((n for n, r in enumerate(self.model.rows) if r is state["row"]), -1)
            if i >= 0:
                self.model.remove_row(i)

        def put_back() -> None:
            state["row"] = self._save(dataclasses.replace(state["row"], id=None))
            self.model.append_row(state["row"])

        undo.record(self, tr("ny rad {name}").format(name=getattr(saved, "name", "")), take_away, put_back)

    def add_row(self) -> None:
        """A placeholder row: stored once its first column (the name) is filled in."""
        i = self.model.append_row(self._new_row())
        index = self.model.index(i, 0)
        self.view.setCurrentIndex(index)
        self.view.edit(index)

    def remove_selected(self) -> None:
        index = self.view.currentIndex()
        if not index.isValid():
            return
        row = self.model.rows[index.row()]
        if self.model.is_placeholder(row):
            self.model.remove_row(index.row())  # never stored: nothing to ask
            return
        name = getattr(row, "name", "")
        if not messages.ask_yes_no(self, tr("Ta bort {name}?").format(name=name)):
            return
        try:
            self._delete(row)
        except Exception as exc:  # noqa: BLE001
            messages.show_error(self, exc)
            return
        self.model.remove_row(index.row())
        from uppfoljning_desktop.ui import undo

        undo.record_row_removal(self, self.model, index.row(), row, self._save, self._delete, name)


class Page(AreaPage):
    area_key = "organisation"

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.tabs = QTabWidget(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)

        self.admin_widget = QWidget()
        self.admin_form = Ui_AdministrationForm()
        self.admin_form.setupUi(self.admin_widget)
        self.tabs.addTab(self.admin_widget, tr("Kommun och förvaltning"))
        self._admin_fields: dict[str, QLineEdit] = {
            "name": self.admin_form.nameEdit,
            "postal_address": self.admin_form.postalEdit,
            "visiting_address": self.admin_form.visitingEdit,
            "switchboard": self.admin_form.switchboardEdit,
            "org_number": self.admin_form.orgNumberEdit,
            "bankgiro": self.admin_form.bankgiroEdit,
            "web": self.admin_form.webEdit,
            "email": self.admin_form.emailEdit,
        }
        self.admin_form.municipalityEdit.editingFinished.connect(self.save_municipality)
        for edit in self._admin_fields.values():
            edit.editingFinished.connect(self.save_administration)

        self.committee_widget = QWidget()
        self.committee_form = Ui_CommitteeForm()
        self.committee_form.setupUi(self.committee_widget)
        self.tabs.addTab(self.committee_widget, tr("Nämnd"))
        self._committee: Committee | None = None
        for edit in (
            self.committee_form.committeeNameEdit,
            self.committee_form.codeEdit,
            self.committee_form.patternEdit,
        ):
            edit.editingFinished.connect(self.save_committee)
        self.committee_form.noticeSpin.editingFinished.connect(self.save_committee)

        self.members = RowEditor(
            [
                Column("name", tr("Namn")),
                Column("party", tr("Parti")),
                Column("role", tr("Roll"), choices=[r.value for r in MemberRole]),
                Column("term_start", tr("Mandatperiod från"), kind="date"),
                Column("term_end", tr("Mandatperiod till"), kind="date"),
            ],
            save=lambda m: org_store.save_member(self.db, m),
            delete=lambda m: org_store.delete_member(self.db, m.id),
            new_row=lambda: Member(name="", role=MemberRole.MEMBER),
        )
        self.tabs.addTab(self.members, tr("Ledamöter"))
        self.officials = RowEditor(
            [
                Column("name", tr("Namn")),
                Column("title", tr("Titel")),
                Column("role", tr("Roll"), choices=[r.value for r in OfficialRole]),
                Column("phone", tr("Telefon")),
                Column("email", tr("E-post")),
            ],
            save=lambda o: org_store.save_official(self.db, o),
            delete=lambda o: org_store.delete_official(self.db, o.id),
            new_row=lambda: Official(name=""),
        )
        self.tabs.addTab(self.officials, tr("Tjänstepersoner"))
        self.units = RowEditor(
            [
                Column("name", tr("Verksamhet")),
                Column("head_name", tr("Chef")),
                Column("head_email", tr("Chefens e-post")),
            ],
            save=lambda u: org_store.save_unit(self.db, u),
            delete=lambda u: org_store.delete_unit(self.db, u.id),
            new_row=lambda: Unit(name=""),
        )
        self.tabs.addTab(self.units, tr("Verksamheter"))

    @property
    def db(self):
        return self.session.db

    def reload(self) -> None:
        if self.db is None:
            return
        org = org_store.get_organisation(self.db)
        self.admin_form.municipalityEdit.setText(org.municipality.name)
        for attr, edit in self._admin_fields.items():
            edit.setText(getattr(org.administration, attr))
        self.admin_form.errorLabel.clear()
        self._committee = org.committee
        c = org.committee or Committee()
        self.committee_form.committeeNameEdit.setText(c.name)
        self.committee_form.codeEdit.setText(c.code)
        self.committee_form.patternEdit.setText(c.case_number_pattern)
        self.committee_form.noticeSpin.setValue(c.notice_period_days)
        self.committee_form.errorLabel.clear()
        self.members.model.set_rows(org.members)
        self.officials.model.set_rows(org.officials)
        self.units.model.set_rows(org.units)
        self.members.setEnabled(org.committee is not None)

    # Forms show validation problems inline (the user is mid-typing), other failures as a box.
    def _save_form(self, label, fn: Callable[[], Any]) -> Any:
        if self.db is None:
            return None
        try:
            result = fn()
        except ValidationFailed as exc:
            label.setText("\n".join(str(e) for e in exc.errors))
            return None
        except UserError as exc:
            messages.show_error(self, exc)
            return None
        label.clear()
        self.session.notify_changed(self.area_key)
        return result

    def save_municipality(self) -> None:
        name = self.admin_form.municipalityEdit.text()
        self._save_form(
            self.admin_form.errorLabel,
            lambda: org_store.save_municipality(self.db, Municipality(name=name)),
        )

    def save_administration(self) -> None:
        values = {attr: edit.text() for attr, edit in self._admin_fields.items()}
        self._save_form(
            self.admin_form.errorLabel,
            lambda: org_store.save_administration(self.db, Administration(**values)),
        )

    def save_committee(self) -> None:
        f = self.committee_form
        c = Committee(
            id=self._committee.id if self._committee else None,
            name=f.committeeNameEdit.text(),
            code=f.codeEdit.text(),
            case_number_pattern=f.patternEdit.text(),
            notice_period_days=f.noticeSpin.value(),
        )
        saved = self._save_form(f.errorLabel, lambda: org_store.save_committee(self.db, c))
        if saved is not None:
            first = self._committee is None
            self._committee = saved
            f.codeEdit.setText(saved.code)
            if first:
                self.members.setEnabled(True)
