"""Delegationsbeslut: the register (search, filters, sorting, all in SQL), the board of
which units have handed in which months, and the delegationsordning editor."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from uppfoljning_desktop.domain.delegation import (
    DecisionFilter,
)
from uppfoljning_desktop.store import delegation_register as register
from uppfoljning_desktop.store import organisation as org_store
from uppfoljning_desktop.ui import messages
from uppfoljning_desktop.ui.areas import AreaPage
from uppfoljning_desktop.ui.areas.delegation_board import BoardTab
from uppfoljning_desktop.ui.areas.delegation_models import (
    DecisionTableModel,
    parse_optional_date,
)
from uppfoljning_desktop.ui.areas.delegation_rules import RulesTab
from uppfoljning_desktop.ui.i18n import tr
from uppfoljning_desktop.ui.session import Session
from uppfoljning_desktop.ui.tasks import call, run_task


class Page(AreaPage):
    area_key = "delegation"

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.tabs = QTabWidget(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        self._build_register_tab()
        self.board_tab = BoardTab(self)
        self.tabs.addTab(self.board_tab, tr("Inlämnade listor"))
        self.rules_tab = RulesTab(self)
        self.tabs.addTab(self.rules_tab, tr("Delegationsordning"))

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
        # Two rows, so that the search box keeps its width in a 1024-pixel window.
        self.search_edit.setMinimumWidth(220)
        filters = QVBoxLayout()
        first, second = QHBoxLayout(), QHBoxLayout()
        first.addWidget(self.search_edit, 2)
        for w in (self.unit_filter, self.point_filter):
            first.addWidget(w, 1)
        for w in (self.delegate_filter, self.from_edit, self.to_edit, self.reported_filter):
            second.addWidget(w)
        second.addStretch()
        filters.addLayout(first)
        filters.addLayout(second)

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
        self.pdf_button = QPushButton(tr("Förhandsgranska anmälan …"), tab)
        self.new_button.clicked.connect(self.new_decision)
        self.edit_button.clicked.connect(self.edit_decision)
        self.delete_button.clicked.connect(self.delete_decision)
        self.pdf_button.clicked.connect(self.preview_report)
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
        if f.date_from is not None and f.date_to is not None and f.date_from > f.date_to:
            # Still filtered (the list is empty), but the reason is said next to the dates.
            self.filter_error.setText(
                tr("Datumfiltret: från-datumet {start} ligger efter till-datumet {end}.").format(
                    start=f.date_from.isoformat(), end=f.date_to.isoformat()))
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

    def preview_report(self):
        """The report to a meeting in the shared document view (print, save as PDF)."""
        from uppfoljning_desktop.ui.document_view import preview

        dates = self._meeting_dates()
        index = messages.choose_item(self, tr("Anmälan av delegationsbeslut"), tr("Sammanträde:"),
                                     [d.isoformat() for d in dates])
        if index is None:
            return None
        meeting_date = dates[index]

        def render(db, path: str) -> None:
            from uppfoljning_desktop.reports.delegation import render_decisions_report

            render_decisions_report(db, meeting_date, path)

        return preview(self, self.session, tr("Anmälan av delegationsbeslut {date}").format(date=meeting_date.isoformat()),
                       f"delegationsbeslut-{meeting_date.isoformat()}", render)

    def print_report(self) -> None:
        """The report to a meeting: its date is asked as a choice of the coming dates."""
        dates = self._meeting_dates()
        index = messages.choose_item(self, tr("Anmälan av delegationsbeslut"), tr("Sammanträde:"),
                                     [d.isoformat() for d in dates])
        if index is None:
            return
        meeting_date = dates[index]
        path = messages.get_save_file_name(self, tr("Spara anmälan som PDF"),
                                           f"delegationsbeslut-{meeting_date.isoformat()}.pdf", tr("PDF (*.pdf)"))
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

    def reload(self) -> None:
        if self.db is None:
            return
        self._sync_meetings()
        self._fill_filter_combos()
        if self.decisions.db is not self.db:
            self.decisions.db = self.db
        self.apply_filter()
        self.board_tab.fill()
        self.rules_tab.fill()

    def _sync_meetings(self) -> None:
        """Record § and appeal dates from meetings adjusted or posted since last time."""
        from uppfoljning_desktop.store.delegation_meetings import sync_reporting

        call(self, lambda: sync_reporting(self.db))

    def prepare_screenshot(self) -> None:
        self.tabs.setCurrentIndex(0)
