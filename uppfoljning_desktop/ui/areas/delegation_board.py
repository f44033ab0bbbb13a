"""The delegation page's tab "Inlämnade listor": which units handed in which months,
Excel templates out and returned lists in, the meeting item, and the decisions that need
their own posting."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from uppfoljning_desktop.domain.delegation import (
    month_of,
    months_between,
)
from uppfoljning_desktop.errors import UserError
from uppfoljning_desktop.store import delegation as dstore
from uppfoljning_desktop.store import delegation_register as register
from uppfoljning_desktop.store import organisation as org_store
from uppfoljning_desktop.ui import messages
from uppfoljning_desktop.ui.core_texts import month_label
from uppfoljning_desktop.ui.i18n import tr
from uppfoljning_desktop.ui.tasks import call, run_task

AREA_KEY = "delegation"
BOARD_MONTHS = 6
REPORTED = QBrush(QColor("#DDEFD9"))
WAITING = QBrush(QColor("#FFF4CE"))
MISSING = QBrush(QColor("#F3D6D6"))


OWN_POSTING_SHOWN = 200  # a list of thousands helps nobody; the count says how many more


class BoardTab(QWidget):
    """Units × months, the Excel buttons, the meeting item, and the decisions that need
    their own posting."""

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
        legend = QLabel(tr("Grönt: anmäld till nämnden (protokollet justerat) · Gult: inlämnad, väntar på anmälan · "
                           "Rött: saknas"), tab)
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

    def fill(self) -> None:
        units = org_store.list_units(self.db)
        latest = dstore.latest_list_month(self.db) or month_of(dt.date.today())
        y, m = (int(x) for x in latest.split("-"))
        index = y * 12 + m - 1 - (BOARD_MONTHS - 1)
        first_shown = f"{index // 12:04d}-{index % 12 + 1:02d}"
        lists = dstore.list_unit_lists(self.db, month_from=first_shown)  # not twenty years of them
        earliest = min((ul.month for ul in lists), default=latest)
        months = months_between(max(earliest, first_shown), latest)
        self.board.clear()
        self.board.setRowCount(len(units))
        self.board.setColumnCount(len(months))
        self.board.setHorizontalHeaderLabels([month_label(mo) for mo in months])
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
                    reported = all(ul.is_reported for ul in found)
                    text = tr("{n} beslut").format(n=count) if count else tr("inga beslut")
                    meeting = found[-1].reported_meeting
                    if reported and meeting:
                        text += " · " + tr("anmäld {date}").format(date=meeting.isoformat())
                    elif meeting:
                        text += " · " + tr("tas upp {date}").format(date=meeting.isoformat())
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
        today = dt.date.today()
        shown = register.list_needing_own_posting(self.db, today, days, limit=OWN_POSTING_SHOWN)
        for d in shown:
            self.own_posting.addItem(
                tr("{nr}  {date}  {unit}: {subject} (punkt {point}, {delegate})").format(
                    nr=d.register_number, date=d.decision_date.isoformat(), unit=d.unit_name, subject=d.subject,
                    point=d.point, delegate=d.delegate_name)
            )
        if len(shown) == OWN_POSTING_SHOWN:
            more = register.count_needing_own_posting(self.db, today, days) - len(shown)
            if more > 0:
                self.own_posting.addItem(tr("… och {n} beslut till (de äldsta visas först)").format(n=more))

    def write_template(self) -> None:
        """A unit's monthly template, with the points it may use as a drop-down."""
        units = org_store.list_units(self.db)
        unit_index = messages.choose_item(self, tr("Excel-mall"), tr("Verksamhet:"), [u.name for u in units])
        if unit_index is None:
            return
        today = dt.date.today()
        index = today.year * 12 + today.month - 1
        months = [f"{(index - i) // 12:04d}-{(index - i) % 12 + 1:02d}" for i in range(12)]
        month_index = messages.choose_item(self, tr("Excel-mall"), tr("Månad:"), [month_label(m) for m in months])
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
                self.session.notify_changed(AREA_KEY)
                self.page.reload()
            else:
                messages.show_error(self, UserError(tr("Filen lästes inte in; inget sparades."), hint=problems))

        self.last_task = run_task(self, work, on_success=done, label=tr("Läser in listan …"))

    def save_days(self) -> None:
        ok, _ = call(self, lambda: dstore.set_own_posting_days(self.db, self.days_spin.value()))
        if ok:
            self.fill()

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
            self.session.notify_changed(AREA_KEY)
            self.session.notify_changed("meetings")
            self.page.reload()

        self.last_task = run_task(self, work, on_success=done, label=tr("Fyller i anmälan av delegationsbeslut …"))

    # ------------------------------------------------------------ rules

