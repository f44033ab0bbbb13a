"""Delegationsbeslut: the register (search, filters, sorting, all in SQL), the board of
which units have handed in which months, and the delegationsordning editor."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSpinBox,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from uppfoljning_desktop.domain.delegation import (
    AppealRoute,
    DecisionFilter,
    DelegationRule,
    format_month,
    month_of,
    months_between,
)
from uppfoljning_desktop.errors import UserError
from uppfoljning_desktop.store import delegation as dstore
from uppfoljning_desktop.store import delegation_register as register
from uppfoljning_desktop.store import organisation as org_store
from uppfoljning_desktop.ui import messages
from uppfoljning_desktop.ui.areas import AreaPage
from uppfoljning_desktop.ui.areas.delegation_models import (
    DecisionTableModel,
    RuleTableModel,
    parse_optional_date,
)
from uppfoljning_desktop.ui.session import Session
from uppfoljning_desktop.ui.table_model import ChoiceDelegate, Column
from uppfoljning_desktop.ui.tasks import call, run_task

BOARD_MONTHS = 6
REPORTED = QBrush(QColor("#DDEFD9"))
WAITING = QBrush(QColor("#FFF4CE"))
MISSING = QBrush(QColor("#F3D6D6"))


def tr(text: str) -> str:
    return QCoreApplication.translate("DelegationPage", text)


class Page(AreaPage):
    area_key = "delegation"

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.tabs = QTabWidget(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        self._build_register_tab()
        self._build_board_tab()
        self._build_rules_tab()

    @property
    def db(self):
        return self.session.db

    # ------------------------------------------------------------ register

    def _build_register_tab(self) -> None:
        tab = QWidget()
        self.search_edit = QLineEdit(tab)
        self.search_edit.setPlaceholderText(tr("Sök i ärende och beslut …"))
        self.search_edit.setClearButtonEnabled(True)
        self.unit_filter = QComboBox(tab)
        self.point_filter = QComboBox(tab)
        self.delegate_filter = QComboBox(tab)
        self.from_edit = QLineEdit(tab)
        self.to_edit = QLineEdit(tab)
        for edit, text in ((self.from_edit, tr("från ÅÅÅÅ-MM-DD")), (self.to_edit, tr("till ÅÅÅÅ-MM-DD"))):
            edit.setPlaceholderText(text)
            edit.setMaximumWidth(130)
            edit.editingFinished.connect(self.apply_filter)
        self.reported_filter = QComboBox(tab)
        for text, value in ((tr("Anmälda och ej anmälda"), None), (tr("Ej anmälda"), False), (tr("Anmälda"), True)):
            self.reported_filter.addItem(text, value)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(250)
        self._search_timer.timeout.connect(self.apply_filter)
        self.search_edit.textChanged.connect(lambda _t: self._search_timer.start())
        for combo in (self.unit_filter, self.point_filter, self.delegate_filter, self.reported_filter):
            combo.currentIndexChanged.connect(self.apply_filter)
        filters = QHBoxLayout()
        filters.addWidget(self.search_edit, 2)
        for w in (self.unit_filter, self.point_filter, self.delegate_filter, self.from_edit, self.to_edit,
                  self.reported_filter):
            filters.addWidget(w)

        self.decisions = DecisionTableModel(self)
        self.decision_view = QTableView(tab)
        self.decision_view.setObjectName("decisionView")
        self.decision_view.setModel(self.decisions)
        self.decision_view.setSortingEnabled(True)
        self.decision_view.horizontalHeader().setSortIndicator(1, Qt.SortOrder.DescendingOrder)
        self.decision_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.decision_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.decision_view.verticalHeader().hide()
        header = self.decision_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for col, width in enumerate((62, 84, 48, 260, 104, 170, 190, 130, 110, 90)):
            self.decision_view.setColumnWidth(col, width)
        self.decision_view.doubleClicked.connect(lambda _i: self.edit_decision())
        self.count_label = QLabel(tab)
        self.filter_error = QLabel(tab)
        self.filter_error.setStyleSheet("color: #B00020")

        self.new_button = QPushButton(tr("Nytt beslut …"), tab)
        self.edit_button = QPushButton(tr("Ändra …"), tab)
        self.delete_button = QPushButton(tr("Ta bort"), tab)
        self.pdf_button = QPushButton(tr("Skriv ut anmälan (PDF) …"), tab)
        self.new_button.clicked.connect(self.new_decision)
        self.edit_button.clicked.connect(self.edit_decision)
        self.delete_button.clicked.connect(self.delete_decision)
        self.pdf_button.clicked.connect(self.print_report)
        buttons = QHBoxLayout()
        for b in (self.new_button, self.edit_button, self.delete_button):
            buttons.addWidget(b)
        buttons.addWidget(self.count_label, 1)
        buttons.addWidget(self.filter_error)
        buttons.addWidget(self.pdf_button)

        layout = QVBoxLayout(tab)
        layout.addLayout(filters)
        layout.addWidget(self.decision_view, 1)
        layout.addLayout(buttons)
        self.tabs.addTab(tab, tr("Register"))

    def _fill_filter_combos(self) -> None:
        for combo, first, items in (
            (self.unit_filter, tr("Alla verksamheter"), [(u.name, u.id) for u in org_store.list_units(self.db)]),
            (self.point_filter, tr("Alla punkter"), [(p, p) for p in register.list_points_used(self.db)]),
            (self.delegate_filter, tr("Alla delegater"), [(n, n) for n in register.list_delegates(self.db)]),
        ):
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(first, None)
            for text, data in items:
                combo.addItem(text, data)
            combo.setCurrentIndex(max(0, combo.findData(current)) if current is not None else 0)
            combo.blockSignals(False)

    def current_filter(self) -> DecisionFilter:
        """The filter from the widgets; raises ``ValueError`` (Swedish) for a bad date."""
        return DecisionFilter(
            unit_id=self.unit_filter.currentData(),
            point=self.point_filter.currentData(),
            delegate=self.delegate_filter.currentData(),
            date_from=parse_optional_date(self.from_edit.text()),
            date_to=parse_optional_date(self.to_edit.text()),
            text=self.search_edit.text().strip() or None,
            reported=self.reported_filter.currentData(),
        )

    def apply_filter(self) -> None:
        if self.db is None:
            return
        try:
            f = self.current_filter()
        except ValueError as exc:
            self.filter_error.setText(tr("Datumfiltret: {error}").format(error=exc))
            return
        self.filter_error.clear()
        self.decisions.set_filter(f)
        self._update_count()

    def _update_count(self) -> None:
        self.count_label.setText(tr("{n} beslut").format(n=f"{self.decisions.total:,}".replace(",", "\u00a0")))

    def selected_decision(self):
        return self.decisions.decision_at(self.decision_view.currentIndex().row())

    def new_decision(self) -> None:
        self._open_decision_dialog(None)

    def edit_decision(self) -> None:
        d = self.selected_decision()
        if d is not None:
            self._open_decision_dialog(d)

    def _open_decision_dialog(self, decision) -> None:
        from uppfoljning_desktop.ui.areas.delegation_dialogs import DecisionDialog

        dialog = DecisionDialog(self.db, decision, self)
        if dialog.exec() and dialog.saved is not None:
            self._after_save(dialog.saved)

    def _after_save(self, saved) -> None:
        if saved.warnings:
            messages.show_info(self, "\n".join(saved.warnings))
        self.session.notify_changed(self.area_key)
        self.reload()

    def delete_decision(self) -> None:
        d = self.selected_decision()
        if d is None:
            return
        if not messages.ask_yes_no(self, tr("Ta bort beslut {nr} ({subject})?").format(nr=d.register_number,
                                                                                      subject=d.subject)):
            return
        ok, _ = call(self, lambda: register.delete_decision(self.db, d.id))
        if ok:
            self.session.notify_changed(self.area_key)
            self.reload()

    def print_report(self) -> None:
        """The report to a meeting: its date is asked as a choice of the coming dates."""
        dates = self._meeting_dates()
        index = messages.choose_item(self, tr("Anmälan av delegationsbeslut"), tr("Sammanträde:"),
                                     [d.isoformat() for d in dates])
        if index is None:
            return
        meeting_date = dates[index]
        path = messages.get_save_file_name(self, tr("Spara anmälan som PDF"),
                                           f"delegationsbeslut-{meeting_date.isoformat()}.pdf", "PDF (*.pdf)")
        if not path:
            return

        def work():
            from uppfoljning_desktop.reports.delegation import render_decisions_report

            db = self.session.worker_connection()
            try:
                render_decisions_report(db, meeting_date, path)
            finally:
                db.close()
            return path

        self.last_task = run_task(self, work, label=tr("Skriver ut delegationsbesluten …"),
                                  on_success=lambda p: messages.show_info(self, tr("PDF sparad: {path}").format(path=p)))

    def _meeting_dates(self) -> list[dt.date]:
        """Meetings from the meetings area that are not finalised, else today's date."""
        from uppfoljning_desktop.store import meetings

        dates = [m.date for m in meetings.list_meetings(self.db) if not m.minutes_finalised]
        return dates or [dt.date.today()]

    # ------------------------------------------------------------ board

    def _build_board_tab(self) -> None:
        tab = QWidget()
        self.board = QTableWidget(tab)
        self.board.setObjectName("board")
        self.board.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.board.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.prepare_button = QPushButton(tr("Fyll i anmälan till sammanträde …"), tab)
        self.prepare_button.clicked.connect(self.prepare_meeting)
        self.template_button = QPushButton(tr("Skapa Excel-mall …"), tab)
        self.template_button.clicked.connect(self.write_template)
        self.import_button = QPushButton(tr("Läs in ifylld lista …"), tab)
        self.import_button.clicked.connect(self.import_list)
        self.days_spin = QSpinBox(tab)
        self.days_spin.setRange(1, 365)
        self.days_spin.setSuffix(tr(" dagar"))
        self.days_spin.editingFinished.connect(self.save_days)
        self.own_posting = QListWidget(tab)
        self.own_posting.setObjectName("ownPosting")
        legend = QLabel(tr("Grönt: anmäld till nämnden · Gult: inlämnad, väntar på anmälan · Rött: saknas"), tab)
        legend.setStyleSheet("color: #555555")
        days_row = QHBoxLayout()
        days_row.addWidget(QLabel(tr("Överklagbara beslut som inte anmälts inom"), tab))
        days_row.addWidget(self.days_spin)
        days_row.addWidget(QLabel(tr("ska anslås särskilt:"), tab))
        days_row.addStretch()
        days_row.addWidget(self.prepare_button)
        top = QHBoxLayout()
        top.addWidget(QLabel(tr("Inlämnade listor per verksamhet och månad"), tab))
        top.addStretch()
        top.addWidget(self.template_button)
        top.addWidget(self.import_button)
        layout = QVBoxLayout(tab)
        layout.addLayout(top)
        layout.addWidget(self.board, 2)
        layout.addWidget(legend)
        layout.addLayout(days_row)
        layout.addWidget(self.own_posting, 1)
        self.tabs.addTab(tab, tr("Inlämnade listor"))

    def _fill_board(self) -> None:
        lists = dstore.list_unit_lists(self.db)
        units = org_store.list_units(self.db)
        latest = max((ul.month for ul in lists), default=month_of(dt.date.today()))
        y, m = (int(x) for x in latest.split("-"))
        index = y * 12 + m - 1 - (BOARD_MONTHS - 1)
        earliest = min((ul.month for ul in lists), default=latest)
        months = months_between(max(earliest, f"{index // 12:04d}-{index % 12 + 1:02d}"), latest)
        self.board.clear()
        self.board.setRowCount(len(units))
        self.board.setColumnCount(len(months))
        self.board.setHorizontalHeaderLabels([format_month(mo) for mo in months])
        self.board.setVerticalHeaderLabels([u.name for u in units])
        cells: dict[tuple[int, str], list] = {}
        for ul in lists:
            cells.setdefault((ul.unit_id, ul.month), []).append(ul)
        for r, unit in enumerate(units):
            for c, month in enumerate(months):
                found = cells.get((unit.id, month), [])
                if not found:
                    item = QTableWidgetItem(tr("saknas"))
                    item.setBackground(MISSING)
                else:
                    count = sum(ul.decision_count for ul in found)
                    reported = all(ul.reported_meeting for ul in found)
                    text = tr("{n} beslut").format(n=count) if count else tr("inga beslut")
                    if reported:
                        text += " · " + tr("anmäld {date}").format(date=found[-1].reported_meeting.isoformat())
                    item = QTableWidgetItem(text)
                    item.setBackground(REPORTED if reported else WAITING)
                    item.setToolTip(tr("Inlämnad {date}").format(date=found[-1].received_on.isoformat()))
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.board.setItem(r, c, item)
        days = dstore.get_own_posting_days(self.db)
        self.days_spin.blockSignals(True)
        self.days_spin.setValue(days)
        self.days_spin.blockSignals(False)
        self.own_posting.clear()
        for d in register.list_needing_own_posting(self.db, dt.date.today(), days):
            self.own_posting.addItem(
                f"{d.register_number}  {d.decision_date.isoformat()}  {d.unit_name}: {d.subject} "
                f"(punkt {d.point}, {d.delegate_name})"
            )

    def write_template(self) -> None:
        """A unit's monthly template, with the points it may use as a drop-down."""
        units = org_store.list_units(self.db)
        unit_index = messages.choose_item(self, tr("Excel-mall"), tr("Verksamhet:"), [u.name for u in units])
        if unit_index is None:
            return
        today = dt.date.today()
        index = today.year * 12 + today.month - 1
        months = [f"{(index - i) // 12:04d}-{(index - i) % 12 + 1:02d}" for i in range(12)]
        month_index = messages.choose_item(self, tr("Excel-mall"), tr("Månad:"), [format_month(m) for m in months])
        if month_index is None:
            return
        unit, month = units[unit_index].name, months[month_index]
        path = messages.get_save_file_name(self, tr("Spara mallen"), f"Delegationsbeslut {month} – {unit}.xlsx",
                                           tr("Excel-arbetsbok (*.xlsx)"))
        if not path:
            return

        def work():
            from uppfoljning_desktop.excel.spec import get_kind
            from uppfoljning_desktop.excel.writer import write_template

            db = self.session.worker_connection()
            try:
                return write_template(db, get_kind("delegationslista"), {"unit": unit, "month": month}, path).path
            finally:
                db.close()

        self.last_task = run_task(self, work, label=tr("Skapar mallen …"),
                                  on_success=lambda p: messages.show_info(self, tr("Mallen sparades: {path}").format(path=p)))

    def import_list(self) -> None:
        """Read a returned list (or a rules sheet) with the common Excel import: all or nothing."""
        path = messages.get_open_file_name(self, tr("Läs in ifylld lista"), "", tr("Excel-arbetsbok (*.xlsx)"))
        if not path:
            return

        def work():
            from uppfoljning_desktop.excel.importer import import_files

            db = self.session.worker_connection()
            try:
                return import_files(db, [path])
            finally:
                db.close()

        def done(result) -> None:
            problems = "\n".join(str(p) for p in result.problems)
            if result.imported:
                text = tr("Filen lästes in.")
                messages.show_info(self, f"{text}\n{problems}".strip())
                self.session.notify_changed(self.area_key)
                self.reload()
            else:
                messages.show_error(self, UserError(tr("Filen lästes inte in; inget sparades."), hint=problems))

        self.last_task = run_task(self, work, on_success=done, label=tr("Läser in listan …"))

    def save_days(self) -> None:
        ok, _ = call(self, lambda: dstore.set_own_posting_days(self.db, self.days_spin.value()))
        if ok:
            self._fill_board()

    def prepare_meeting(self) -> None:
        from uppfoljning_desktop.store import meetings

        open_meetings = [m for m in meetings.list_meetings(self.db) if not m.minutes_finalised]
        if not open_meetings:
            messages.show_error(self, UserError(
                tr("Det finns inget kommande sammanträde att fylla i."),
                hint=tr("Lägg upp sammanträdet under Sammanträden först.")))
            return
        index = messages.choose_item(self, tr("Anmälan av delegationsbeslut"), tr("Sammanträde:"),
                                     [m.date.isoformat() for m in open_meetings])
        if index is None:
            return
        meeting_id = open_meetings[index].id

        def work():
            from uppfoljning_desktop.reports.delegation import prepare_meeting

            db = self.session.worker_connection()
            try:
                return prepare_meeting(db, meeting_id)
            finally:
                db.close()

        def done(prepared) -> None:
            messages.show_info(self, tr("Ärendet \"{title}\" tar upp {n} listor; anmälan är bifogad.").format(
                title=prepared.item.title, n=len(prepared.lists)))
            self.session.notify_changed(self.area_key)
            self.session.notify_changed("meetings")
            self.reload()

        self.last_task = run_task(self, work, on_success=done, label=tr("Fyller i anmälan av delegationsbeslut …"))

    # ------------------------------------------------------------ rules

    def _build_rules_tab(self) -> None:
        tab = QWidget()
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
            Column("point", "Punkt"), Column("case_type", "Ärendetyp"), Column("delegate_function", "Delegat"),
            Column("substitute_function", "Ersättare"), Column("legal_reference", "Lagrum"),
            Column("conditions", "Villkor"), Column("sub_delegation", "Vidaredelegering", choices=yes_no),
            Column("must_report", "Anmäls", choices=yes_no), Column("not_delegable", "Ej delegerbar (KL 6:38)",
                                                                     choices=yes_no),
            Column("appeal_route", "Överklagande", choices=[r.value for r in AppealRoute]),
            Column("unit_ids", "Verksamheter"),
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
        self.tabs.addTab(tab, tr("Delegationsordning"))

    def _fill_versions(self) -> None:
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
            self._fill_versions()
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

    def reload(self) -> None:
        if self.db is None:
            return
        self._sync_meetings()
        self._fill_filter_combos()
        if self.decisions.db is not self.db:
            self.decisions.db = self.db
        self.apply_filter()
        self._fill_board()
        self._fill_versions()

    def _sync_meetings(self) -> None:
        """Record § and appeal dates from meetings adjusted or posted since last time."""
        from uppfoljning_desktop.store.delegation_meetings import sync_reporting

        call(self, lambda: sync_reporting(self.db))

    def prepare_screenshot(self) -> None:
        self.tabs.setCurrentIndex(0)
