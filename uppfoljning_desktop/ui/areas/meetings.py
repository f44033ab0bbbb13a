"""Sammanträden: the meeting list, the meeting editor with its deadline panel, the items
(drag to reorder), minutes mode and the document preview."""

from __future__ import annotations

import dataclasses
import datetime as dt

from PySide6.QtCore import QDate, Qt, QTime
from PySide6.QtWidgets import (
    QDateEdit,
    QFormLayout,
    QFrame,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from uppfoljning_desktop.domain.meetings import GroupMeeting, Meeting, MeetingState
from uppfoljning_desktop.store import meetings as meeting_store
from uppfoljning_desktop.ui import editing, messages
from uppfoljning_desktop.ui.areas import AreaPage
from uppfoljning_desktop.ui.core_texts import label as core_label
from uppfoljning_desktop.ui.i18n import count_phrase, invalid_field, tr
from uppfoljning_desktop.ui.meetings_debate import DebateTab
from uppfoljning_desktop.ui.meetings_items import ItemsTab
from uppfoljning_desktop.ui.meetings_minutes import MinutesTab
from uppfoljning_desktop.ui.meetings_preview import PreviewTab
from uppfoljning_desktop.ui.session import Session
from uppfoljning_desktop.ui.tasks import call


def _qdate(d: dt.date) -> QDate:
    return QDate(d.year, d.month, d.day)


def _pydate(q: QDate) -> dt.date:
    return dt.date(q.year(), q.month(), q.day())


def current_adjusters(m: Meeting | None) -> list[str]:
    return list(m.adjusters) if m is not None else []


def _parse_date(text: str, label: str) -> dt.date | None:

    if not text.strip():
        return None
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        raise invalid_field(tr("Sammanträdet"), label,
                            tr("\"{text}\" är inget datum på formen ÅÅÅÅ-MM-DD").format(text=text)) from None


class MeetingEditor(QWidget):
    """Time, place, group meetings, practical notes, adjustment, state and deadlines."""

    def __init__(self, page: Page) -> None:
        super().__init__(page)
        self.page = page
        form = QFormLayout(self)
        # Changing the date moves the meeting (items follow, deadlines are recomputed);
        # only before it is held.
        self.date_edit = QDateEdit(self)
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        self.time_edit = QTimeEdit(self)
        self.time_edit.setDisplayFormat("HH:mm")
        self.place_edit = QLineEdit(self)
        self.group_time_edit = QLineEdit(self)
        self.group_time_edit.setPlaceholderText("18:30")
        self.groups_edit = QPlainTextEdit(self)
        self.groups_edit.setPlaceholderText(tr("Majoriteten: lokal 2:3"))
        self.groups_edit.setFixedHeight(55)
        self.notes_edit = QPlainTextEdit(self)
        self.notes_edit.setFixedHeight(55)
        self.adjusters_edit = QLineEdit(self)
        self.adjust_place_edit = QLineEdit(self)
        self.adjust_date_edit = QLineEdit(self)
        self.adjust_date_edit.setPlaceholderText(tr("ÅÅÅÅ-MM-DD"))
        self.posted_edit = QLineEdit(self)
        self.posted_edit.setPlaceholderText(tr("ÅÅÅÅ-MM-DD"))
        self.save_button = QPushButton(tr("Spara sammanträdet"), self)
        self.save_button.clicked.connect(lambda: self.save())
        self.state_label = QLabel(self)
        self.state_label.setObjectName("meetingState")
        # One button per legal next step of the life cycle (domain.meeting_lifecycle):
        # an adjusted meeting offers no way back, only forward.
        self.step_buttons: dict[MeetingState, QPushButton] = {}
        self.deadlines_label = QLabel(self)
        self.deadlines_label.setObjectName("deadlinePanel")
        self.deadlines_label.setTextFormat(Qt.TextFormat.RichText)
        self.deadlines_label.setWordWrap(True)
        # the state, then its next steps one under the other: a row of long button texts
        # would make the form wider than a 1024-pixel window
        state_row = QVBoxLayout()
        state_row.addWidget(self.state_label)
        self.steps_row = QVBoxLayout()
        self.steps_row.setAlignment(Qt.AlignmentFlag.AlignLeft)
        state_row.addLayout(self.steps_row)
        form.addRow(tr("Datum"), self.date_edit)
        form.addRow(tr("Tid"), self.time_edit)
        form.addRow(tr("Plats"), self.place_edit)
        form.addRow(tr("Gruppmöten kl."), self.group_time_edit)
        form.addRow(tr("Grupprum"), self.groups_edit)
        form.addRow(tr("Praktiskt"), self.notes_edit)
        form.addRow(tr("Justerare"), self.adjusters_edit)
        form.addRow(tr("Justeringens plats"), self.adjust_place_edit)
        # labelled as the errors name them ("Justeringsdatum: … ligger före sammanträdet")
        form.addRow(tr("Justeringsdatum"), self.adjust_date_edit)
        form.addRow(tr("Anslagsdatum"), self.posted_edit)
        form.addRow("", self.save_button)
        form.addRow(tr("Status"), state_row)
        form.addRow(tr("Tidsfrister"), self.deadlines_label)
        self.form = editing.FormEditor(self, tr("sammanträdet"), self._save, save_button=self.save_button)
        self.form.watch(self.date_edit, self.time_edit, self.place_edit, self.group_time_edit, self.groups_edit, self.notes_edit,
                        self.adjusters_edit, self.adjust_place_edit, self.adjust_date_edit, self.posted_edit)

    def load(self, m: Meeting | None) -> None:
        self.setEnabled(m is not None)
        if m is None:
            self.form.reset()
            return
        self.state_label.setText(core_label(m.state))
        self.show_steps(m)
        self.show_deadlines(m)
        if self.form.keeps(m.id):
            return  # unsaved edits of this meeting stay (another form of the page saved)
        with self.form.loading(m.id):
            self._fill(m)

    def _fill(self, m: Meeting) -> None:
        self.date_edit.setDate(_qdate(m.date))
        self.date_edit.setEnabled(m.state.rank < MeetingState.HELD.rank and not m.minutes_finalised)
        t = m.start_time or dt.time(18, 0)
        self.time_edit.setTime(QTime(t.hour, t.minute))
        self.place_edit.setText(m.place)
        gt = m.group_meetings_time
        self.group_time_edit.setText(f"{gt.hour:02d}:{gt.minute:02d}" if gt else "")
        self.groups_edit.setPlainText("\n".join(f"{g.group}: {g.room}" for g in m.group_meetings))
        self.notes_edit.setPlainText(m.practical_notes)
        self.adjusters_edit.setText(", ".join(m.adjusters))
        self.adjust_place_edit.setText(m.adjustment_place)
        self.adjust_date_edit.setText(m.adjustment_date.isoformat() if m.adjustment_date else "")
        self.posted_edit.setText(m.posted_on.isoformat() if m.posted_on else "")

    def show_deadlines(self, m: Meeting) -> None:
        from uppfoljning_desktop.domain.deadlines import deadline_warnings

        d = meeting_store.meeting_deadlines(self.page.session.db, m)

        def row(label: str, value: dt.date | None) -> str:
            return f"<tr><td>{label}</td><td><b>{value.isoformat() if value else '–'}</b></td></tr>"

        html = "<table>" + "".join([
            row(tr("Kallelsen senast"), d.notice_by),
            row(tr("Justering senast (KL 5:69)"), d.adjust_by),
            row(tr("Anslag senast (KL 8:12)"), d.post_by),
            row(tr("Sista dag att överklaga (KL 13:5)"), d.appeal_until),
            row(tr("Anslaget tas ned tidigast"), d.take_down_from),
        ]) + "</table>"
        warnings = deadline_warnings(d, dt.date.today(), notice_sent=m.notice_sent_on is not None)
        if m.state.rank < MeetingState.POSTED.rank and warnings:
            html += "".join(f"<p style='color:#B00020'>⚠ {w}</p>" for w in warnings)
        self.deadlines_label.setText(html)

    def save(self) -> bool:
        return self.form.save()

    def _save(self) -> bool:
        current = self.page.current_meeting
        if current is None:
            return False
        # Edit a copy: a refused save must leave both the form and the loaded meeting as
        # they are, so the secretary corrects the one wrong field instead of retyping all.
        m = dataclasses.replace(current)

        def work():

            groups = []
            for line in self.groups_edit.toPlainText().splitlines():
                if line.strip():
                    group, _, room = line.partition(":")
                    groups.append(GroupMeeting(group.strip(), room.strip()))
            gt_text = self.group_time_edit.text().strip()
            try:
                gt = dt.time.fromisoformat(gt_text) if gt_text else None
            except ValueError:
                raise invalid_field(tr("Sammanträdet"), tr("Gruppmöten kl."),
                                    tr("\"{text}\" är ingen tid (TT:MM)").format(text=gt_text)) from None
            t = self.time_edit.time()
            m.start_time = dt.time(t.hour(), t.minute())
            m.place = self.place_edit.text()
            m.group_meetings_time = gt
            m.group_meetings = groups
            m.practical_notes = self.notes_edit.toPlainText()
            m.adjusters = [a.strip() for a in self.adjusters_edit.text().split(",") if a.strip()]
            m.adjustment_place = self.adjust_place_edit.text()
            m.adjustment_date = _parse_date(self.adjust_date_edit.text(), tr("Justeringsdatum"))
            m.posted_on = _parse_date(self.posted_edit.text(), tr("Anslagsdatum"))
            return m

        work()
        if not self._adjusters_ok(m):
            return False
        new_date = _pydate(self.date_edit.date())
        db = self.page.session.db
        if new_date != current.date:
            from uppfoljning_desktop.domain.sanity import meeting_day_warning

            question = tr("Flytta sammanträdet från {old} till {new}? Ärendena följer med och "
                          "tidsfristerna räknas om.").format(old=current.date.isoformat(), new=new_date.isoformat())
            odd = meeting_day_warning(new_date)
            if not messages.ask_yes_no(self, f"{odd}\n{question}" if odd else question):
                return False
            m.date = new_date
        with db.atomic():  # one user action: the move and the other fields together
            if new_date != current.date:
                meeting_store.move_meeting(db, m.id, new_date, m.start_time)
            meeting_store.save_meeting(db, m)
        self.page.session.notify_changed("meetings")
        self.page.meeting_changed()
        return True

    def _adjusters_ok(self, m: Meeting) -> bool:
        """Justerare not serving are refused, unknown ones asked about (domain.sanity)."""
        if m.adjusters == current_adjusters(self.page.current_meeting):
            return True
        from uppfoljning_desktop.domain.sanity import adjuster_problems
        from uppfoljning_desktop.store import minutes
        from uppfoljning_desktop.store import organisation as org_store

        db = self.page.session.db
        refusals, warnings = adjuster_problems(
            m.adjusters, org_store.list_members(db, m.committee_id), minutes.list_attendance(db, m.id), m.date)
        if refusals:
            raise invalid_field(tr("Sammanträdet"), tr("Justerare"), " ".join(refusals))
        return not warnings or messages.ask_yes_no(
            self, "\n".join(warnings) + "\n\n" + tr("Spara justerarna ändå?"))

    def show_steps(self, m: Meeting) -> None:
        """Buttons for the legal next steps only; none at all once taken down."""
        from uppfoljning_desktop.domain.meeting_lifecycle import next_steps

        for button in self.step_buttons.values():
            self.steps_row.removeWidget(button)
            button.deleteLater()
        self.step_buttons = {}
        for step in next_steps(m.state):
            button = QPushButton(core_label(step.label), self)
            button.setObjectName(f"step_{step.target.name.lower()}")
            button.clicked.connect(lambda _=False, target=step.target: self.take_step(target))
            self.steps_row.addWidget(button)
            self.step_buttons[step.target] = button
        locked = m.state.rank >= MeetingState.ADJUSTED.rank
        for w in (self.time_edit, self.place_edit, self.adjusters_edit, self.adjust_place_edit, self.adjust_date_edit):
            w.setEnabled(not locked)  # fixed by the adjustment (the store refuses too)
        self.posted_edit.setEnabled(m.state.rank < MeetingState.POSTED.rank)

    def take_step(self, target: MeetingState) -> None:
        """One step of the life cycle; the step's date is the one typed on the form
        (adjustment, posting) or today. Adjusting asks first: it cannot be undone."""
        m = self.page.current_meeting
        if m is None:
            return
        if target is MeetingState.ADJUSTED and not messages.ask_yes_no(
                self, tr("Justera protokollet från {date}? Efter justeringen kan det bara ändras genom "
                         "rättelse av en paragraf.").format(date=m.date.isoformat())):
            return

        def work():
            on = None
            if target is MeetingState.ADJUSTED:
                on = _parse_date(self.adjust_date_edit.text(), tr("Justeringsdatum"))
            elif target is MeetingState.POSTED:
                on = _parse_date(self.posted_edit.text(), tr("Anslagsdatum"))
            return meeting_store.set_state(self.page.session.db, m.id, target, on=on)

        ok, _ = call(self, work)
        if ok:
            self.page.session.notify_changed("meetings")
        self.page.meeting_changed()


class Page(AreaPage):
    area_key = "meetings"

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.meetings: list[Meeting] = []
        self.current_meeting: Meeting | None = None
        self.meeting_list = QListWidget(self)
        self.meeting_list.setObjectName("meetingList")
        self.meeting_list.currentRowChanged.connect(self._meeting_clicked)
        self.new_date = QDateEdit(self)
        self.new_date.setCalendarPopup(True)
        self.new_date.setDisplayFormat("yyyy-MM-dd")
        self.new_date.setDate(QDate.currentDate())
        self.new_button = QPushButton(tr("Nytt sammanträde"), self)
        self.new_button.clicked.connect(self.create_meeting)
        self.delete_button = QPushButton(tr("Ta bort sammanträdet …"), self)
        self.delete_button.clicked.connect(self.delete_meeting)
        left = QWidget(self)
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        lv.addWidget(QLabel(tr("Sammanträden"), left))
        lv.addWidget(self.meeting_list, 1)
        lv.addWidget(self.new_date)
        lv.addWidget(self.new_button)
        lv.addWidget(self.delete_button)
        self.tabs = QTabWidget(self)
        self.editor = MeetingEditor(self)
        self.items_tab = ItemsTab(self)
        self.minutes_tab = MinutesTab(self)
        self.preview_tab = PreviewTab(self)
        self.debate_tab = DebateTab(self)  # KL 5:67: motions, questions, votes, reservations
        self.tabs.addTab(self.editor, tr("Sammanträde"))
        self.tabs.addTab(self.items_tab, tr("Ärenden"))
        self.tabs.addTab(self.minutes_tab, tr("Protokoll"))
        # in a scroll area of its own: the live meeting's three panels are taller than a
        # 700-pixel window, and scrolling them must not scroll the meeting list away
        self.debate_page = debate_scroll = QScrollArea(self)  # the tab (select it with this)
        debate_scroll.setWidgetResizable(True)
        debate_scroll.setFrameShape(QFrame.Shape.NoFrame)
        debate_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        debate_scroll.setWidget(self.debate_tab)
        self.tabs.addTab(debate_scroll, tr("Beslutsgång"))
        self.tabs.addTab(self.preview_tab, tr("Dokument"))
        splitter = QSplitter(self)
        splitter.addWidget(left)
        splitter.addWidget(self.tabs)
        splitter.setSizes([220, 900])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

    def reload(self, select_id: int | None = None) -> None:
        if not self.session.is_open:
            return
        previous = select_id or (self.current_meeting.id if self.current_meeting else None)
        self.meetings = meeting_store.list_meetings(self.session.db)
        self.meeting_list.blockSignals(True)
        self.meeting_list.clear()
        for m in self.meetings:
            w = QListWidgetItem(f"{m.date.isoformat()}  ·  {core_label(m.state)}")
            w.setData(Qt.ItemDataRole.UserRole, m.id)
            self.meeting_list.addItem(w)
        self.meeting_list.blockSignals(False)
        row = next((i for i, m in enumerate(self.meetings) if m.id == previous), len(self.meetings) - 1)
        self.meeting_list.setCurrentRow(row)
        self._select_meeting(row)

    def _meeting_clicked(self, row: int) -> None:
        """Another meeting chosen in the list: first the unsaved edits of this one."""
        current = self.current_meeting
        new = self.meetings[row] if 0 <= row < len(self.meetings) else None
        if current is not None and (new is None or new.id != current.id) and not editing.confirm_leave(self):
            back = next((i for i, m in enumerate(self.meetings) if m.id == current.id), -1)
            self.meeting_list.blockSignals(True)
            self.meeting_list.setCurrentRow(back)
            self.meeting_list.blockSignals(False)
            return
        # Saving reloads the list: choose the wanted meeting again, by id.
        row = next((i for i, m in enumerate(self.meetings) if new is not None and m.id == new.id), row)
        self.meeting_list.blockSignals(True)
        self.meeting_list.setCurrentRow(row)
        self.meeting_list.blockSignals(False)
        self._select_meeting(row)

    def _select_meeting(self, row: int) -> None:
        self.current_meeting = self.meetings[row] if 0 <= row < len(self.meetings) else None
        m = self.current_meeting
        self.delete_button.setEnabled(m is not None and not m.minutes_finalised)
        self.editor.load(self.current_meeting)
        self.items_tab.reload()
        self.minutes_tab.reload()
        self.debate_tab.reload()
        self.preview_tab.set_item_count(len(self.items_tab.items))

    def meeting_changed(self) -> None:
        """After a save: read the meeting again (state, §§, deadlines)."""
        self.reload(self.current_meeting.id if self.current_meeting else None)

    def items_changed(self) -> None:
        self.minutes_tab.reload()
        self.debate_tab.reload()
        self.preview_tab.set_item_count(len(self.items_tab.items))

    def create_meeting(self) -> None:
        if not editing.confirm_leave(self):
            return
        date = _pydate(self.new_date.date())
        from uppfoljning_desktop.domain.sanity import meeting_day_warning

        odd = meeting_day_warning(date)
        if odd and not messages.ask_yes_no(self, odd + "\n" + tr("Skapa sammanträdet den dagen ändå?")):
            return
        ok, m = call(self, lambda: meeting_store.create_meeting(self.session.db, date))
        if ok:
            self.session.notify_changed("meetings")
            self.reload(m.id)

    def delete_meeting(self) -> None:
        """Only a meeting without finalised (or adjusted) minutes: those are public documents."""
        m = self.current_meeting
        if m is None:
            return
        from uppfoljning_desktop.store import meeting_items as items_store

        n = len(items_store.list_items(self.session.db, m.id))
        question = tr("Ta bort sammanträdet {date} med {items}? Det går inte att ångra.").format(
            date=m.date.isoformat(), items=count_phrase(n, tr("ärende"), tr("ärenden")))
        if not messages.ask_yes_no(self, question):
            return
        ok, _ = call(self, lambda: meeting_store.delete_meeting(self.session.db, m.id))
        if ok:
            for form in editing.editors_below(self):
                form.discard()  # the meeting and its forms are gone
            self.current_meeting = None
            self.session.notify_changed("meetings")
            self.reload()
            self.window().statusBar().showMessage(tr("Sammanträdet {date} togs bort.").format(date=m.date.isoformat()), 5000)

    def select_meeting_by_date(self, date: dt.date) -> None:
        row = next(i for i, m in enumerate(self.meetings) if m.date == date)
        self.meeting_list.setCurrentRow(row)

    def prepare_screenshot(self) -> None:
        if any(m.date == dt.date(2016, 9, 22) for m in self.meetings):
            self.select_meeting_by_date(dt.date(2016, 9, 22))
        self.tabs.setCurrentWidget(self.items_tab)
        if self.items_tab.items:
            self.items_tab.list.setCurrentRow(3)
