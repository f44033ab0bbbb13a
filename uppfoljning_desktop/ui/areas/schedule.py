"""Sammanträdesplan: next year's meetings and preparations at a glance, edited in place.

Left, the painted year (meetings, preparations, holidays, conflicts); right, the list of
dates, where a date, time or place is changed by typing; below, the conflicts, always
visible. Actions: generate from a rule, add a meeting on the selected day, remove,
print the PDF, export the calendar, and create the year in the meetings module.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from uppfoljning_desktop.domain.schedule import WEEKDAYS, EventKind, GeneratedPlan, ScheduleRule
from uppfoljning_desktop.errors import UserError
from uppfoljning_desktop.ui import messages, tasks
from uppfoljning_desktop.ui.areas import AreaPage
from uppfoljning_desktop.ui.areas.schedule_year_view import CONFLICT, MEETING, PREPARATION, YearView
from uppfoljning_desktop.ui.core_texts import label as core_label
from uppfoljning_desktop.ui.i18n import tr
from uppfoljning_desktop.ui.session import Session

COLUMNS = (QT_TRANSLATE_NOOP("", "Datum"), QT_TRANSLATE_NOOP("", "Dag"), QT_TRANSLATE_NOOP("", "Typ"),
           QT_TRANSLATE_NOOP("", "Tid"), QT_TRANSLATE_NOOP("", "Plats"), QT_TRANSLATE_NOOP("", "Anmärkning"))
COL_DATE, COL_DAY, COL_KIND, COL_TIME, COL_PLACE, COL_NOTE = range(6)
EDITABLE = {COL_DATE, COL_TIME, COL_PLACE}


class Page(AreaPage):
    area_key = "schedule"

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.plan: GeneratedPlan | None = None
        self._filling = False

        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        self.year.setValue(dt.date.today().year + 1)
        self.year.setPrefix(tr("År "))
        self.year.valueChanged.connect(self.reload)
        self.generate_button = QPushButton(tr("Generera …"))
        self.add_button = QPushButton(tr("Lägg till sammanträde på vald dag"))
        self.remove_button = QPushButton(tr("Ta bort"))
        self.pdf_button = QPushButton(tr("Förhandsgranska och skriv ut …"))
        self.ics_button = QPushButton(tr("Till kalendern (.ics) …"))
        self.create_button = QPushButton(tr("Skapa årets sammanträden …"))
        self.generate_button.clicked.connect(self.generate)
        self.add_button.clicked.connect(self.add_meeting)
        self.remove_button.clicked.connect(self.remove_selected)
        self.pdf_button.clicked.connect(self.preview_pdf)
        self.ics_button.clicked.connect(self.save_ics)
        self.create_button.clicked.connect(self.create_year)
        # Two rows: one row of seven buttons made a 1024-pixel window scroll sideways.
        bar = QVBoxLayout()
        for group in ((self.year, self.generate_button, self.add_button, self.remove_button),
                      (self.pdf_button, self.ics_button, self.create_button)):
            row = QHBoxLayout()
            for w in group:
                row.addWidget(w)
            row.addStretch()
            bar.addLayout(row)

        self.status = QLabel()
        self.view = YearView()
        self.view.day_clicked.connect(self._select_day)
        legend = QLabel(tr(
            "<span style='color:{meeting}'>■</span> sammanträde &nbsp; "
            "<span style='color:{preparation}'>●</span> beredning &nbsp; "
            "<span style='color:{holiday}'>röd</span> helgdag &nbsp; "
            "<span style='color:{conflict}'>□</span> konflikt"
        ).format(meeting=MEETING.name(), preparation=PREPARATION.name(), holiday="#b00020", conflict=CONFLICT.name()))
        left = QWidget()
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        lv.addWidget(self.view, 1)
        lv.addWidget(legend)

        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels([tr(c) for c in COLUMNS])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_NOTE, QHeaderView.ResizeMode.Stretch)
        self.table.itemChanged.connect(self._item_changed)
        self.table.currentCellChanged.connect(lambda r, *_: self._row_selected(r))

        self.conflicts_label = QLabel()
        self.conflicts = QListWidget()
        self.conflicts.setMaximumHeight(110)
        self.conflicts.currentRowChanged.connect(self._conflict_selected)
        self._conflict_dates: list[dt.date] = []

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(self.table)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([540, 700])
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.status)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.conflicts_label)
        layout.addWidget(self.conflicts)

    @property
    def db(self):
        return self.session.db

    # ------------------------------------------------------------ reading

    def reload(self) -> None:
        if self.db is None:
            return
        from uppfoljning_desktop.domain.holidays_se import holidays_in_year
        from uppfoljning_desktop.store import schedule as store

        # The page opens on the year ahead (the year a secretary plans), not on the
        # latest year that happens to have a plan.
        year = self.year.value()
        self.plan = store.find_plan(self.db, year)
        conflicts = store.list_conflicts(self.db, year) if self.plan else []
        events = self.plan.events if self.plan else []
        self.view.set_data(
            year,
            [e.date for e in events if e.kind is EventKind.MEETING],
            [e.date for e in events if e.kind is EventKind.PREPARATION],
            holidays_in_year(year),
            [c.date for c in conflicts],
        )
        self._fill_table(conflicts)
        self._fill_conflicts(conflicts)
        has_plan = self.plan is not None
        for b in (self.add_button, self.remove_button, self.pdf_button, self.ics_button, self.create_button):
            b.setEnabled(has_plan)
        if self.plan is None:
            self.status.setText(tr("Ingen sammanträdesordning för {year} ännu. Klicka på Generera.").format(year=year))
        else:
            created = sum(1 for m in self.plan.meetings if m.meeting_id is not None)
            text = tr("{m} sammanträden och {p} beredningar.").format(
                m=len(self.plan.meetings), p=len(self.plan.preparations()))
            if created:
                text += " " + tr("{n} av sammanträdena är skapade under Sammanträden.").format(n=created)
            self.status.setText(text)

    def _fill_table(self, conflicts) -> None:
        from uppfoljning_desktop.domain.dates import format_time

        conflict_keys = {k for c in conflicts for k in c.event_keys}
        self._filling = True
        self.table.setRowCount(0)
        for e in self.plan.events if self.plan else []:
            r = self.table.rowCount()
            self.table.insertRow(r)
            time = f"{format_time(e.start)}-{format_time(e.end)}" if e.start and e.end else ""
            values = (e.date.isoformat(), core_label(WEEKDAYS[e.date.weekday()]),
                      core_label(e.label) if e.meeting_key is None else f"   {core_label(e.label)}", time, e.place, e.note)
            for c, v in enumerate(values):
                item = QTableWidgetItem(v)
                item.setData(Qt.ItemDataRole.UserRole, e.id)
                if c not in EDITABLE:
                    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                if e.kind is EventKind.MEETING:
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                if e.key in conflict_keys:
                    item.setBackground(QBrush(QColor("#fde7cf")))
                self.table.setItem(r, c, item)
        self._filling = False

    def _fill_conflicts(self, conflicts) -> None:
        self.conflicts.clear()
        self._conflict_dates = [c.date for c in conflicts]
        for c in conflicts:
            self.conflicts.addItem("⚠ " + c.message)
        self.conflicts_label.setText(
            tr("Konflikter ({n})").format(n=len(conflicts)) if conflicts else tr("Inga konflikter.")
        )

    # ------------------------------------------------------------ selection

    def _select_day(self, d: dt.date) -> None:
        for r in range(self.table.rowCount()):
            if self.table.item(r, COL_DATE).text() == d.isoformat():
                self.table.selectRow(r)
                self.table.scrollToItem(self.table.item(r, COL_DATE))
                return

    def _row_selected(self, row: int) -> None:
        if 0 <= row < self.table.rowCount():
            self.view.select(dt.date.fromisoformat(self.table.item(row, COL_DATE).text()))

    def _conflict_selected(self, row: int) -> None:
        if 0 <= row < len(self._conflict_dates):
            self.view.select(self._conflict_dates[row])
            self._select_day(self._conflict_dates[row])

    def _selected_event_id(self) -> int | None:
        row = self.table.currentRow()
        return self.table.item(row, COL_DATE).data(Qt.ItemDataRole.UserRole) if row >= 0 else None

    # ------------------------------------------------------------ editing

    def _item_changed(self, item: QTableWidgetItem) -> None:
        if self._filling:
            return
        from uppfoljning_desktop.domain.dates import parse_iso_date
        from uppfoljning_desktop.domain.schedule import parse_time_span
        from uppfoljning_desktop.store import schedule as store

        event_id = item.data(Qt.ItemDataRole.UserRole)
        text = item.text().strip()

        def save():
            try:
                if item.column() == COL_DATE:
                    return store.update_event(self.db, event_id, date=parse_iso_date(text))
                if item.column() == COL_TIME:
                    start, end = parse_time_span(text, tr("Tid"))
                    return store.update_event(self.db, event_id, start=start, end=end)
                return store.update_event(self.db, event_id, place=text)
            except ValueError as exc:
                raise UserError(str(exc)) from None

        ok, saved = tasks.call(self, save)
        if ok:
            self.session.notify_changed(self.area_key)
        self.reload()
        if ok and saved is not None:
            self._select_day(saved.date)

    def generate(self) -> None:
        from uppfoljning_desktop.store import schedule as store
        from uppfoljning_desktop.ui.areas.schedule_dialog import RuleDialog

        dialog = RuleDialog(self._suggested_rule(), self)
        if not dialog.exec() or dialog.rule is None:
            return
        rule = dialog.rule
        replace = False
        if rule.year in store.list_plan_years(self.db):
            if not messages.ask_yes_no(self, tr("Det finns redan en sammanträdesordning för {y}. Ersätta den?")
                                       .format(y=rule.year)):
                return
            replace = True
        self.generate_from(rule, replace=replace)

    def generate_from(self, rule: ScheduleRule, *, replace: bool = False) -> None:
        from uppfoljning_desktop.store import schedule as store

        ok, plan = tasks.call(self, lambda: store.generate_plan(self.db, rule, replace=replace))
        if not ok:
            return
        self.session.notify_changed(self.area_key)
        self.year.setValue(rule.year)
        self.reload()
        if plan.notes:
            messages.show_info(self, tr("Några datum flyttades:") + "\n" + "\n".join(plan.notes))

    def _suggested_rule(self) -> ScheduleRule:
        import dataclasses

        from uppfoljning_desktop.store import schedule as store

        years = store.list_plan_years(self.db)
        if self.plan is not None:
            return dataclasses.replace(self.plan.rule, year=self.plan.year)
        if years:
            return dataclasses.replace(store.get_plan(self.db, years[-1]).rule, year=self.year.value())
        return ScheduleRule(year=self.year.value())

    def add_meeting(self) -> None:
        from uppfoljning_desktop.store import schedule as store

        d = self.view.selected
        if d is None:
            messages.show_info(self, tr("Klicka först på en dag i årsvyn."))
            return
        ok, _ = tasks.call(self, lambda: store.add_meeting(self.db, self.year.value(), d))
        if ok:
            self.session.notify_changed(self.area_key)
            self.reload()
            self._select_day(d)

    def remove_selected(self) -> None:
        from uppfoljning_desktop.store import schedule as store

        event_id = self._selected_event_id()
        if event_id is None or self.plan is None:
            messages.show_info(self, tr("Välj först ett datum i listan."))
            return
        event = next(e for e in self.plan.events if e.id == event_id)
        preps = [e for e in self.plan.events if e.meeting_key == event.key]
        question = tr("Ta bort {what} {date}?").format(what=core_label(event.label).lower(), date=event.date.isoformat())
        if preps:
            question += " " + tr("Dess {n} beredningar tas också bort.").format(n=len(preps))
        question += " " + tr("Nästa kalenderfil (.ics) avbokar det i de kalendrar som redan har det.")
        if not messages.ask_yes_no(self, question):
            return
        ok, _ = tasks.call(self, lambda: store.delete_event(self.db, event_id))
        if ok:
            self.session.notify_changed(self.area_key)
            self.reload()

    # ------------------------------------------------------------ output

    def preview_pdf(self):
        """The sammanträdesordning in the shared document view (print, save as PDF)."""
        from uppfoljning_desktop.ui.document_view import preview

        year = self.year.value()

        def render(db, path: str) -> None:
            from uppfoljning_desktop.reports.schedule import render_schedule_for_year

            render_schedule_for_year(db, year, path)

        return preview(self, self.session, tr("Sammanträdesordning {year}").format(year=year),
                       f"sammantradesordning-{year}", render)

    def save_pdf(self) -> None:
        year = self.year.value()
        path = messages.get_save_file_name(self, tr("Spara sammanträdesordningen"),
                                           f"sammantradesordning-{year}.pdf", tr("PDF (*.pdf)"))
        if not path:
            return

        def work():
            from uppfoljning_desktop.reports.schedule import render_schedule_for_year

            db = self.session.worker_connection()
            try:
                render_schedule_for_year(db, year, path)
            finally:
                db.close()
            return path

        tasks.run_task(self, work, label=tr("Skriver sammanträdesordningen …"),
                       on_success=lambda p: messages.show_info(self, tr("Sparad: {p}").format(p=p)))

    def save_ics(self) -> None:
        year = self.year.value()
        path = messages.get_save_file_name(self, tr("Exportera till kalendern"), f"sammantraden-{year}.ics",
                                           tr("iCalendar (*.ics)"))
        if not path:
            return

        def work():
            from uppfoljning_desktop.reports.schedule_ics import export_ics_for_year

            db = self.session.worker_connection()
            try:
                return export_ics_for_year(db, year, path)
            finally:
                db.close()

        tasks.run_task(self, work, label=tr("Exporterar kalendern …"), on_success=lambda n: messages.show_info(
            self, tr("{n} händelser sparades i {p}. Öppna filen i Outlook; en ny export uppdaterar "
                     "samma händelser.").format(n=n, p=path)))

    def create_year(self) -> None:
        from uppfoljning_desktop.store import meetings

        year = self.year.value()
        first = self.plan.meetings[0].date if self.plan is not None and self.plan.meetings else None
        # Only meetings that can still take an item: not held, minutes not finalised
        # (an adjusted meeting was offered, then refused, and nothing was created).
        candidates = [m for m in meetings.list_meetings(self.db)
                      if m.date.year in (year - 1, year) and (first is None or m.date < first)
                      and m.state.rank < m.state.HELD.rank and not m.minutes_finalised]
        labels = [tr("Inget ärende nu")] + [m.date.isoformat() for m in candidates]
        choice = messages.choose_item(
            self, tr("Skapa årets sammanträden"),
            tr("Sammanträdena för {y} skapas. På vilket sammanträde ska ärendet "
               "\"Sammanträdesordning {y}\" tas upp?").format(y=year), labels)
        if choice is None:
            return
        item_date = candidates[choice - 1].date if choice > 0 else None

        def work():
            from uppfoljning_desktop.store.schedule_year import create_year

            db = self.session.worker_connection()
            try:
                return create_year(db, year, item_date)
            finally:
                db.close()

        def done(result) -> None:
            self.session.notify_changed(self.area_key)
            self.session.notify_changed("meetings")
            self.reload()
            text = tr("{c} sammanträden skapades, {l} fanns redan.").format(c=len(result.created), l=len(result.linked))
            if result.item is not None:
                text += " " + tr("Ärendet \"{t}\" ({dnr}) finns på sammanträdet {d}.").format(
                    t=result.item.title, dnr=result.item.case_number, d=item_date)
            messages.show_info(self, text)

        tasks.run_task(self, work, label=tr("Skapar sammanträdena …"), on_success=done)

    def prepare_screenshot(self) -> None:
        from uppfoljning_desktop.store import schedule as store

        years = store.list_plan_years(self.db)
        if self.plan is None and years:
            self.year.setValue(years[-1])  # the demo's plan year rather than an empty one
        if self.plan is not None and self.plan.meetings:
            self._select_day(self.plan.meetings[4].date)
            self.view.select(self.plan.meetings[4].date)
