"""The crisis plan editor: versions, the plan's own fields and the crisis room, the
checklists, role cards, the crisis group, contacts and incident checklists, and the
printed plan. Only the newest version can be edited; older ones are shown read-only."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from uppfoljning_desktop.domain.crisis import (
    ChecklistSection,
    ChecklistStep,
    ContactCategory,
    CrisisPlan,
    ExternalContact,
    GroupFunction,
    IncidentChecklist,
    PlanContent,
    RoleCard,
)
from uppfoljning_desktop.errors import UserError
from uppfoljning_desktop.ui import editing, messages
from uppfoljning_desktop.ui.core_texts import label as core_label
from uppfoljning_desktop.ui.i18n import tr
from uppfoljning_desktop.ui.table_model import ChoiceDelegate, Column, RowTableModel
from uppfoljning_desktop.ui.tasks import call, run_task


class PartEditor(QWidget):
    """A table of one kind of plan row, with "Lägg till" and "Ta bort"; every edit is saved."""

    def __init__(self, columns: list[Column], save: Callable[[Any], Any], delete: Callable[[Any], None],
                 new_row: Callable[[], Any], label: Callable[[Any], str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._save, self._delete, self._new_row, self._label = save, delete, new_row, label
        self.model = RowTableModel(columns, save, self, context="CrisisPlan")
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setWordWrap(True)
        self.view.verticalHeader().hide()
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for i, c in enumerate(columns):
            if c.choices:
                self.view.setItemDelegateForColumn(i, ChoiceDelegate(c.choices, self.view))
        self.add_button = QPushButton(tr("Lägg till"), self)
        self.remove_button = QPushButton(tr("Ta bort"), self)
        self.add_button.clicked.connect(self.add_row)
        self.remove_button.clicked.connect(self.remove_selected)
        self.buttons = QHBoxLayout()
        self.buttons.addWidget(self.add_button)
        self.buttons.addWidget(self.remove_button)
        self.buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view, 1)
        layout.addLayout(self.buttons)

    def set_rows(self, rows: list[Any], editable: bool) -> None:
        self.model.set_rows(rows)
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed if editable else QAbstractItemView.EditTrigger.NoEditTriggers)
        self.add_button.setEnabled(editable)
        self.remove_button.setEnabled(editable)
        self.view.resizeColumnsToContents()
        for i in range(self.model.columnCount()):
            self.view.setColumnWidth(i, min(self.view.columnWidth(i), 320))

    def selected(self) -> Any | None:
        index = self.view.currentIndex()
        return self.model.rows[index.row()] if index.isValid() else None

    def add_row(self) -> None:
        ok, saved = call(self, lambda: self._save(self._new_row()))
        if not ok:
            return
        i = self.model.append_row(saved)
        self._record_added(saved)
        self.view.setCurrentIndex(self.model.index(i, 0))
        self.view.edit(self.model.index(i, 1 if self.model.columnCount() > 1 else 0))

    def _record_added(self, saved: Any) -> None:
        """Ångra for a row added (and stored) here: removed again, and back on Gör om."""
        from uppfoljning_desktop.ui import undo

        state = {"row": saved}

        def take_away() -> None:
            self._delete(state["row"])
            i = next((n for n, r in enumerate(self.model.rows) if getattr(r, "id", None) == state["row"].id), -1)
            if i >= 0:
                self.model.remove_row(i)

        def put_back() -> None:
            state["row"] = self._save(dataclasses.replace(state["row"], id=None))
            self.model.append_row(state["row"])

        undo.record(self, tr("ny rad"), take_away, put_back)

    def remove_selected(self) -> None:
        index = self.view.currentIndex()
        if not index.isValid():
            return
        row = self.model.rows[index.row()]
        if not messages.ask_yes_no(self, tr("Ta bort {what}?").format(what=self._label(row))):
            return
        if call(self, lambda: self._delete(row))[0]:
            self.model.remove_row(index.row())
            from uppfoljning_desktop.ui import undo

            undo.record_row_removal(self, self.model, index.row(), row, self._save, self._delete, self._label(row))


class TextDetail(QWidget):
    """A part table with one long text of the selected row edited below it."""

    def __init__(self, editor: PartEditor, attr: str, label: str, save: Callable[[Any], Any],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor, self.attr, self._save = editor, attr, save
        self.text = QPlainTextEdit(self)
        self.save_button = QPushButton(tr("Spara"), self)
        self.save_button.clicked.connect(lambda: self.save_text())
        self.extra = QVBoxLayout()
        bottom = QWidget(self)
        b = QVBoxLayout(bottom)
        b.setContentsMargins(0, 0, 0, 0)
        b.addWidget(QLabel(label, bottom))
        row = QHBoxLayout()
        row.addWidget(self.text, 3)
        row.addLayout(self.extra, 2)
        b.addLayout(row)
        b.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignRight)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(editor)
        splitter.addWidget(bottom)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        editor.view.selectionModel().currentRowChanged.connect(self._row_changed)
        editor.model.modelReset.connect(self._select_first)
        self.form = editing.FormEditor(bottom, label.rstrip(":").lower(), self._save_text,
                                       save_button=self.save_button)
        self.form.watch(self.text, label=label.rstrip(":"))

    def _row_changed(self, current, previous) -> None:
        """Another row chosen: first the unsaved text of the one shown."""
        rows = self.editor.model.rows
        new = rows[current.row()] if current.isValid() and current.row() < len(rows) else None
        if self.form.key is not None and getattr(new, "id", None) != self.form.key \
                and not self.form.confirm_leave(self):
            selection = self.editor.view.selectionModel()
            selection.blockSignals(True)
            self.editor.view.setCurrentIndex(previous)
            selection.blockSignals(False)
            return
        self.show_selected()

    def _select_first(self) -> None:
        if self.editor.model.rows:
            self.editor.view.setCurrentIndex(self.editor.model.index(0, 0))
        self.show_selected()

    def show_selected(self) -> None:
        row = self.editor.selected()
        key = getattr(row, "id", None)
        if self.form.keeps(key):
            return
        with self.form.loading(key):
            self.text.setPlainText(getattr(row, self.attr) if row is not None else "")
        self.text.setReadOnly(row is None or not self.editor.add_button.isEnabled())

    def updated_row(self, row: Any) -> Any:
        return dataclasses.replace(row, **{self.attr: self.text.toPlainText()})

    def save_text(self) -> bool:
        return self.form.save()

    def _save_text(self) -> bool:
        rows = self.editor.model.rows
        index = next((i for i, r in enumerate(rows) if getattr(r, "id", None) == self.form.key), -1)
        if index < 0:
            return False
        rows[index] = self._save(self.updated_row(rows[index]))
        return True


class PlanEditor(QWidget):
    def __init__(self, session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.content: PlanContent | None = None
        self.editable = False

        self.version_combo = QComboBox(self)
        self.version_combo.currentIndexChanged.connect(self.load_selected_version)
        self.create_button = QPushButton(tr("Ny krisplan från mall"), self)
        self.create_button.clicked.connect(self.create_plan)
        self.new_version_button = QPushButton(tr("Ny version …"), self)
        self.new_version_button.clicked.connect(self.new_version)
        self.readonly_label = QLabel(tr("Tidigare version: visas bara, kan inte ändras."), self)
        self.readonly_label.setStyleSheet("color: #8a4b00; font-weight: bold;")
        self.print_combo = QComboBox(self)
        self.print_kinds = [("krisplan", True, tr("Hela krisplanen")), ("krisplan", False, tr("Krisplanen utan privata nummer")),
                            ("rollkort", False, tr("Rollkort, ett per sida")), ("kontaktlista", True, tr("Kontaktlista")),
                            ("kontaktlista", False, tr("Kontaktlista utan privata nummer")),
                            ("krisparm", True, tr("Offlinekopia för krispärmen"))]
        self.print_combo.addItems([k[2] for k in self.print_kinds])
        self.print_button = QPushButton(tr("Förhandsgranska och skriv ut …"), self)
        self.print_button.clicked.connect(self.preview_selected)
        top = QHBoxLayout()
        top.addWidget(QLabel(tr("Version:"), self))
        top.addWidget(self.version_combo, 1)
        top.addWidget(self.readonly_label)
        top.addWidget(self.create_button)
        top.addWidget(self.new_version_button)
        # printing on a row of its own: one row was too wide for a 1024-pixel window
        print_row = QHBoxLayout()
        print_row.addWidget(QLabel(tr("Dokument:"), self))
        print_row.addWidget(self.print_combo)
        print_row.addWidget(self.print_button)
        print_row.addStretch()

        self.tabs = QTabWidget(self)
        self._build_plan_tab()
        self.steps = PartEditor(
            [Column("section", tr("Checklista"), choices=[s.value for s in ChecklistSection]),
             Column("text", tr("Steg")), Column("responsible", tr("Ansvarig"))],
            save=lambda s: self._store().save_step(self.db, s),
            delete=lambda s: self._store().delete_step(self.db, s.id),
            new_row=lambda: ChecklistStep(section=ChecklistSection.ALARM, text=tr("Nytt steg"), plan_id=self.plan_id),
            label=lambda s: tr("steget \"{t}\"").format(t=s.text[:40]))
        self.tabs.addTab(self.steps, tr("Checklistor"))
        cards = PartEditor(
            [Column("function", tr("Funktion")), Column("purpose", tr("Syfte"))],
            save=lambda c: self._store().save_role_card(self.db, c),
            delete=lambda c: self._store().delete_role_card(self.db, c.id),
            new_row=lambda: RoleCard(function=tr("Ny funktion"), plan_id=self.plan_id),
            label=lambda c: tr("rollkortet {f}").format(f=c.function))
        self.cards = TextDetail(cards, "tasks", tr("Uppgifter (en per rad)"),
                                save=lambda c: self._store().save_role_card(self.db, c))
        self.tabs.addTab(self.cards, tr("Rollkort"))
        person_cols = []
        for prefix, who in (("primary", tr("Ordinarie")), ("deputy", tr("Ersättare"))):
            person_cols += [Column(f"{prefix}_name", tr("{who}: namn").format(who=who)),
                            Column(f"{prefix}_title", tr("{who}: titel").format(who=who)),
                            Column(f"{prefix}_work_phone", tr("{who}: tel arbete").format(who=who)),
                            Column(f"{prefix}_private_phone", tr("{who}: tel privat").format(who=who)),
                            Column(f"{prefix}_work_email", tr("{who}: e-post arbete").format(who=who)),
                            Column(f"{prefix}_private_email", tr("{who}: e-post privat").format(who=who))]
        self.functions = PartEditor(
            [Column("function", tr("Funktion")), *person_cols, Column("verified_on", tr("Kontrollerad"), kind="date")],
            save=lambda f: self._store().save_function(self.db, f),
            delete=lambda f: self._store().delete_function(self.db, f.id),
            new_row=lambda: GroupFunction(function=tr("Ny funktion"), plan_id=self.plan_id),
            label=lambda f: tr("funktionen {f}").format(f=f.function))
        self.tabs.addTab(self.functions, tr("Krisledningsgrupp"))
        self.contacts = PartEditor(
            [Column("category", tr("Kategori"), choices=[c.value for c in ContactCategory]),
             Column("role", tr("Funktion")), Column("name", tr("Namn")), Column("phone", tr("Telefon")),
             Column("email", tr("E-post")), Column("note", tr("Anmärkning")),
             Column("verified_on", tr("Kontrollerad"), kind="date")],
            save=lambda c: self._store().save_contact(self.db, c),
            delete=lambda c: self._store().delete_contact(self.db, c.id),
            new_row=lambda: ExternalContact(category=ContactCategory.MUNICIPALITY, role=tr("Ny kontakt"),
                                            plan_id=self.plan_id),
            label=lambda c: tr("kontakten {c}").format(c=c.label))
        self.tabs.addTab(self.contacts, tr("Kontakter"))
        incidents = PartEditor(
            [Column("title", tr("Händelsetyp"))],
            save=lambda i: self._store().save_incident(self.db, i),
            delete=lambda i: self._store().delete_incident(self.db, i.id),
            new_row=lambda: IncidentChecklist(title=tr("Ny händelsetyp"), plan_id=self.plan_id),
            label=lambda i: tr("checklistan {t}").format(t=i.title))
        self.incidents = TextDetail(incidents, "guidance", tr("Vad gör jag (rader som börjar med - blir punkter)"),
                                    save=lambda i: self._store().save_incident(self.db, i))
        self.incident_contacts = QListWidget(self.incidents)
        self.incidents.extra.addWidget(QLabel(tr("Kontakter för händelsen"), self.incidents))
        self.incidents.extra.addWidget(self.incident_contacts)
        self.incidents.updated_row = self._incident_with_contacts  # type: ignore[method-assign]
        incidents.view.selectionModel().currentRowChanged.connect(lambda *_: self._show_incident_contacts())
        self.tabs.addTab(self.incidents, tr("Incidenter"))

        self.verify_buttons: dict[str, QPushButton] = {}
        for kind, part in (("function", self.functions), ("contact", self.contacts)):
            button = QPushButton(tr("Markera kontrollerad i dag"), part)
            button.clicked.connect(lambda _=False, k=kind, p=part: self.mark_verified(k, p))
            part.buttons.insertWidget(2, button)
            self.verify_buttons[kind] = button

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(print_row)
        layout.addWidget(self.tabs, 1)

    def _build_plan_tab(self) -> None:
        w = QWidget(self)
        form = QFormLayout(w)
        self.title_edit = QLineEdit(w)
        self.adopted_edit = QLineEdit(w)
        self.adopted_edit.setPlaceholderText(tr("ÅÅÅÅ-MM-DD"))
        self.reference_edit = QLineEdit(w)
        self.reference_edit.setPlaceholderText(tr("t.ex. AVUX/2016:60"))
        self.months_spin = QSpinBox(w)
        self.months_spin.setRange(1, 60)
        self.months_spin.setSuffix(tr(" månader"))
        self.room_edit = QLineEdit(w)
        self.equipment_edit = QPlainTextEdit(w)
        self.room_notes_edit = QPlainTextEdit(w)
        self.save_plan_button = QPushButton(tr("Spara"), w)
        self.save_plan_button.clicked.connect(lambda: self.save_plan())
        form.addRow(tr("Planens namn"), self.title_edit)
        form.addRow(tr("Fastställd"), self.adopted_edit)
        form.addRow(tr("Beslut (dnr)"), self.reference_edit)
        form.addRow(tr("Kontrollera kontakter var"), self.months_spin)
        form.addRow(tr("Krisledningsrummet"), self.room_edit)
        form.addRow(tr("Utrustning (en per rad)"), self.equipment_edit)
        form.addRow(tr("Möblering, telefonlinjer, nätverk"), self.room_notes_edit)
        form.addRow("", self.save_plan_button)
        self.plan_form = editing.FormEditor(w, tr("krisplanen"), self._save_plan_form,
                                            save_button=self.save_plan_button)
        self.plan_form.watch(self.title_edit, self.adopted_edit, self.reference_edit, self.months_spin,
                             self.room_edit, self.equipment_edit, self.room_notes_edit)
        self.tabs.addTab(w, tr("Plan och krisledningsrum"))

    # ------------------------------------------------------------ loading

    @property
    def db(self):
        return self.session.db

    @property
    def plan_id(self) -> int | None:
        return self.content.plan.id if self.content else None

    @staticmethod
    def _store():
        from uppfoljning_desktop.store import crisis

        return crisis

    def reload(self) -> None:
        versions = self._store().list_plan_versions(self.db)
        self.versions = versions
        keep = self.plan_id
        self.version_combo.blockSignals(True)
        self.version_combo.clear()
        for p in versions:
            adopted = tr("fastställd {d}").format(d=p.adopted_on.isoformat()) if p.adopted_on else tr("ej fastställd")
            ref = f" ({p.decision_reference})" if p.decision_reference else ""
            self.version_combo.addItem(tr("Version {v}, {a}{r}").format(v=p.version, a=adopted, r=ref))
        index = next((i for i, p in enumerate(versions) if p.id == keep), 0 if versions else -1)
        self.version_combo.setCurrentIndex(index)
        self.version_combo.blockSignals(False)
        self.create_button.setVisible(not versions)
        self.new_version_button.setEnabled(bool(versions))
        self.print_button.setEnabled(bool(versions))
        self.tabs.setEnabled(bool(versions))
        self.load_selected_version()

    def load_selected_version(self) -> None:
        i = self.version_combo.currentIndex()
        if i < 0:
            self.content = None
            self.readonly_label.hide()
            return
        plan = self.versions[i]
        self.editable = i == 0
        self.readonly_label.setVisible(not self.editable)
        self.content = self._store().load_plan_content(self.db, plan.id)
        p = self.content.plan
        if not self.plan_form.keeps(p.id):
            with self.plan_form.loading(p.id):
                self.title_edit.setText(p.title)
                self.adopted_edit.setText(p.adopted_on.isoformat() if p.adopted_on else "")
                self.reference_edit.setText(p.decision_reference)
                self.months_spin.setValue(p.verify_months)
                self.room_edit.setText(p.room_place)
                self.equipment_edit.setPlainText(p.room_equipment)
                self.room_notes_edit.setPlainText(p.room_notes)
        for w in (self.title_edit, self.adopted_edit, self.reference_edit, self.room_edit):
            w.setReadOnly(not self.editable)
        for w in (self.equipment_edit, self.room_notes_edit):
            w.setReadOnly(not self.editable)
        self.months_spin.setEnabled(self.editable)
        self.steps.set_rows(self.content.steps, self.editable)
        self.cards.editor.set_rows(self.content.role_cards, self.editable)
        self.functions.set_rows(self.content.functions, self.editable)
        self.contacts.set_rows(self.content.contacts, self.editable)
        self.incidents.editor.set_rows(self.content.incidents, self.editable)
        for button in self.verify_buttons.values():
            button.setEnabled(self.editable)
        self._show_incident_contacts()
        self.incidents.show_selected()

    def _show_incident_contacts(self) -> None:
        self.incident_contacts.clear()
        incident = self.incidents.editor.selected()
        if self.content is None:
            return
        for c in self.content.contacts:
            item = QListWidgetItem(f"{core_label(c.category)}: {c.label}", self.incident_contacts)
            item.setData(Qt.ItemDataRole.UserRole, c.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable if self.editable
                          else item.flags() & ~Qt.ItemFlag.ItemIsUserCheckable)
            checked = incident is not None and c.id in incident.contact_ids
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def _incident_with_contacts(self, row: IncidentChecklist) -> IncidentChecklist:
        ids = [self.incident_contacts.item(i).data(Qt.ItemDataRole.UserRole)
               for i in range(self.incident_contacts.count())
               if self.incident_contacts.item(i).checkState() == Qt.CheckState.Checked]
        return dataclasses.replace(row, guidance=self.incidents.text.toPlainText(), contact_ids=ids)

    # ------------------------------------------------------------ actions

    def mark_verified(self, kind: str, part: PartEditor) -> None:
        """The selected person's or contact's details were checked today."""
        import datetime as dt

        index = part.view.currentIndex()
        row = part.selected()
        if row is None:
            messages.show_info(self, tr("Välj först en rad."))
            return
        today = dt.date.today()
        if call(self, lambda: self._store().mark_verified(self.db, kind, row.id, today))[0]:
            part.model.rows[index.row()] = dataclasses.replace(row, verified_on=today)
            part.model.dataChanged.emit(part.model.index(index.row(), 0),
                                        part.model.index(index.row(), part.model.columnCount() - 1))
            self.session.notify_changed("crisis")

    def create_plan(self) -> None:
        if call(self, lambda: self._store().create_plan_from_template(self.db))[0]:
            self.session.notify_changed("crisis")
            self.reload()

    def new_version(self) -> None:
        if not messages.ask_yes_no(self, tr("Skapa en ny version av krisplanen? Den nuvarande versionen "
                                            "sparas oförändrad och kan inte längre ändras.")):
            return
        self.content = None
        if call(self, lambda: self._store().create_new_version(self.db))[0]:
            self.session.notify_changed("crisis")
            self.reload()

    def save_plan(self) -> CrisisPlan | None:
        """Save the plan form; the saved plan, or None when refused (the error says so)."""
        if self.content is None or not self.plan_form.save():
            return None
        return self.content.plan if self.content is not None else None

    def _save_plan_form(self) -> bool:
        from uppfoljning_desktop.domain.dates import parse_iso_date

        if self.content is None:
            return False

        def build() -> CrisisPlan:
            try:
                adopted = parse_iso_date(self.adopted_edit.text()) if self.adopted_edit.text().strip() else None
            except ValueError as exc:
                raise UserError(tr("Fastställd: {e}").format(e=exc)) from None
            return dataclasses.replace(
                self.content.plan, title=self.title_edit.text(), adopted_on=adopted,
                decision_reference=self.reference_edit.text(), verify_months=self.months_spin.value(),
                room_place=self.room_edit.text(), room_equipment=self.equipment_edit.toPlainText(),
                room_notes=self.room_notes_edit.toPlainText())

        self._store().save_plan(self.db, build())
        self.plan_form.set_modified(False)
        self.session.notify_changed("crisis")
        self.reload()
        return True

    def preview_selected(self):
        """The chosen plan document in the shared document view (print, save as PDF)."""
        from uppfoljning_desktop.ui.document_view import preview

        if self.content is None:
            return None
        kind, private, label = self.print_kinds[self.print_combo.currentIndex()]
        suffix = "" if private or kind == "rollkort" else "-utan-privata"
        plan_id = self.plan_id

        def render(db, path: str) -> None:
            from uppfoljning_desktop.reports.crisis import render_plan_kind

            render_plan_kind(db, kind, path, include_private=private, plan_id=plan_id)

        return preview(self, self.session, label, f"{kind}{suffix}", render)

    def print_selected(self) -> None:
        if self.content is None:
            return
        kind, private, label = self.print_kinds[self.print_combo.currentIndex()]
        suffix = "" if private or kind == "rollkort" else "-utan-privata"
        path = messages.get_save_file_name(self, tr("Spara PDF"), f"{kind}{suffix}.pdf", tr("PDF (*.pdf)"))
        if not path:
            return
        session, plan_id = self.session, self.plan_id

        def work():
            from uppfoljning_desktop.reports.crisis import render_plan_kind

            db = session.worker_connection()
            try:
                render_plan_kind(db, kind, path, include_private=private, plan_id=plan_id)
            finally:
                db.close()
            return path

        self.last_print = run_task(self, work, label=tr("Skriver ut …"), on_success=self._printed)

    def _printed(self, path: str) -> None:
        self.printed_path = path
        self.window().statusBar().showMessage(tr("PDF sparad: {path}").format(path=path), 8000)
