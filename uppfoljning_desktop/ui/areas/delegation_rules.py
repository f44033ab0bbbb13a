"""The delegation page's tab "Delegationsordning": versions by the committee's decision
date and their points."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from uppfoljning_desktop.domain.delegation import (
    AppealRoute,
    DelegationRule,
)
from uppfoljning_desktop.errors import UserError
from uppfoljning_desktop.store import delegation as dstore
from uppfoljning_desktop.store import organisation as org_store
from uppfoljning_desktop.ui import messages
from uppfoljning_desktop.ui.areas.delegation_models import RuleTableModel
from uppfoljning_desktop.ui.i18n import tr
from uppfoljning_desktop.ui.table_model import ChoiceDelegate, Column
from uppfoljning_desktop.ui.tasks import call

AREA_KEY = "delegation"


class RulesTab(QWidget):
    """The versions of the delegationsordning and the editor of their points."""

    @property
    def db(self):
        return self.page.db

    @property
    def session(self):
        return self.page.session

    def __init__(self, page) -> None:
        super().__init__(page)
        self.page = page
        tab = self
        self.version_combo = QComboBox(tab)
        self.version_combo.currentIndexChanged.connect(self._fill_rules)
        self.new_version_button = QPushButton(tr("Ny version …"), tab)
        self.new_version_button.clicked.connect(self.new_version_dialog)
        self.add_rule_button = QPushButton(tr("Lägg till punkt"), tab)
        self.remove_rule_button = QPushButton(tr("Ta bort punkt"), tab)
        self.add_rule_button.clicked.connect(self.add_rule)
        self.remove_rule_button.clicked.connect(self.remove_rule)
        yes_no = [tr("Ja"), tr("Nej")]
        columns = [
            Column("point", tr("Punkt")), Column("case_type", tr("Ärendetyp")),
            Column("delegate_function", tr("Delegat")), Column("substitute_function", tr("Ersättare")),
            Column("legal_reference", tr("Lagrum")), Column("conditions", tr("Villkor")),
            Column("sub_delegation", tr("Vidaredelegering"), choices=yes_no),
            Column("must_report", tr("Anmäls"), choices=yes_no),
            Column("not_delegable", tr("Ej delegerbar (KL 6:38)"), choices=yes_no),
            Column("appeal_route", tr("Överklagande"), choices=[r.value for r in AppealRoute]),
            Column("unit_ids", tr("Verksamheter")),
        ]
        self.rules = RuleTableModel(columns, lambda rule: dstore.save_rule(self.db, rule), self)
        self.rule_view = QTableView(tab)
        self.rule_view.setObjectName("ruleView")
        self.rule_view.setModel(self.rules)
        self.rule_view.verticalHeader().hide()
        self.rule_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        for i, c in enumerate(columns):
            if c.choices:
                self.rule_view.setItemDelegateForColumn(i, ChoiceDelegate(c.choices, self.rule_view))
        for col, width in enumerate((50, 260, 150, 130, 120, 160, 100, 70, 110, 130, 160)):
            self.rule_view.setColumnWidth(col, width)
        top = QHBoxLayout()
        top.addWidget(QLabel(tr("Delegationsordning beslutad:"), tab))
        top.addWidget(self.version_combo)
        top.addWidget(self.new_version_button)
        top.addStretch()
        top.addWidget(self.add_rule_button)
        top.addWidget(self.remove_rule_button)
        layout = QVBoxLayout(tab)
        layout.addLayout(top)
        layout.addWidget(self.rule_view)

    def fill(self) -> None:
        current = self.version_combo.currentData()
        versions = dstore.list_rulesets(self.db)
        self.version_combo.blockSignals(True)
        self.version_combo.clear()
        for v in versions:
            self.version_combo.addItem(f"{v.decided_on.isoformat()}  {v.reference}".strip(), v.id)
        index = self.version_combo.findData(current) if current is not None else len(versions) - 1
        self.version_combo.setCurrentIndex(index if index >= 0 else len(versions) - 1)
        self.version_combo.blockSignals(False)
        self._fill_rules()

    def _fill_rules(self) -> None:
        self.rules.unit_names = {u.id: u.name for u in org_store.list_units(self.db)}
        ruleset_id = self.version_combo.currentData()
        self.rules.set_rows(dstore.list_rules(self.db, ruleset_id) if ruleset_id is not None else [])

    def new_version_dialog(self) -> None:
        from uppfoljning_desktop.ui.areas.delegation_dialogs import NewVersionDialog

        dialog = NewVersionDialog(self)
        if dialog.exec():
            self.create_version(dialog.decided_on(), dialog.reference())

    def create_version(self, decided_on: dt.date, reference: str) -> None:
        ok, created = call(self, lambda: dstore.create_ruleset_version(self.db, decided_on, reference))
        if ok:
            self.fill()
            self.version_combo.setCurrentIndex(self.version_combo.findData(created.id))

    def add_rule(self) -> None:
        ruleset_id = self.version_combo.currentData()
        if ruleset_id is None:
            messages.show_error(self, UserError(tr("Lägg först till en version av delegationsordningen."),
                                                hint=tr("Klicka på \"Ny version …\" och ange nämndens beslutsdatum.")))
            return
        taken = {r.point for r in self.rules.rows}
        n = 1
        while f"99.{n}" in taken:
            n += 1
        ok, saved = call(self, lambda: dstore.save_rule(self.db, DelegationRule(
            ruleset_id=ruleset_id, point=f"99.{n}", case_type=tr("Ny ärendetyp"),
            delegate_function=tr("Förvaltningschef"))))
        if ok:
            row = self.rules.append_row(saved)
            self.rule_view.setCurrentIndex(self.rules.index(row, 0))
            self.rule_view.edit(self.rules.index(row, 0))

    def remove_rule(self) -> None:
        index = self.rule_view.currentIndex()
        if not index.isValid():
            return
        rule = self.rules.rows[index.row()]
        if not messages.ask_yes_no(self, tr("Ta bort punkt {point} ({case})?").format(point=rule.point,
                                                                                     case=rule.case_type)):
            return
        ok, _ = call(self, lambda: dstore.delete_rule(self.db, rule.id))
        if ok:
            self.rules.remove_row(index.row())

    # ------------------------------------------------------------ page

