"""Minutes mode: attendance, conflicts of interest and quorum per item, decisions,
dissents and notes, immediate adjustment, and finalising (which numbers the §§)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from uppfoljning_desktop.domain.meetings import Attendance, AttendanceStatus
from uppfoljning_desktop.store import meeting_items as items_store
from uppfoljning_desktop.store import minutes, motions
from uppfoljning_desktop.ui import editing, messages
from uppfoljning_desktop.ui.core_texts import label as core_label
from uppfoljning_desktop.ui.i18n import tr
from uppfoljning_desktop.ui.tasks import call

COLUMNS = (QT_TRANSLATE_NOOP("", "Namn"), QT_TRANSLATE_NOOP("", "Parti"), QT_TRANSLATE_NOOP("", "Roll"),
           QT_TRANSLATE_NOOP("", "Närvaro"), QT_TRANSLATE_NOOP("", "Tjänstgör för"))


class MinutesTab(QWidget):
    def __init__(self, page, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.page = page
        self.rows: list[Attendance] = []
        self.table = QTableWidget(0, len(COLUMNS), self)
        self.table.setHorizontalHeaderLabels([tr(c) for c in COLUMNS])
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.fill_button = QPushButton(tr("Fyll i från ledamotslistan"), self)
        self.save_attendance_button = QPushButton(tr("Spara närvaro"), self)
        self.fill_button.clicked.connect(self.fill_default)
        self.save_attendance_button.clicked.connect(lambda: self.save_attendance())
        left = QWidget(self)
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        lv.addWidget(QLabel(tr("Närvaro"), left))
        lv.addWidget(self.table, 1)
        # Under each other: side by side they made the tab too wide for 1024 pixels.
        lv.addWidget(self.fill_button)
        lv.addWidget(self.save_attendance_button)

        right = QWidget(self)
        form = QFormLayout(right)
        self.item_combo = QComboBox(right)
        self.item_combo.currentIndexChanged.connect(self._item_chosen)
        self.quorum_label = QLabel(right)
        self.quorum_label.setWordWrap(True)
        self.conflicts_edit = QLineEdit(right)
        self.conflicts_edit.setPlaceholderText(tr("namn, åtskilda med kommatecken"))
        self.decision_edit = QPlainTextEdit(right)
        self.dissent_edit = QPlainTextEdit(right)
        self.notes_edit = QPlainTextEdit(right)
        for w in (self.dissent_edit, self.notes_edit):
            w.setFixedHeight(60)
        self.immediate_check = QCheckBox(tr("Omedelbar justering"), right)
        self.save_decision_button = QPushButton(tr("Spara beslut"), right)
        self.save_decision_button.clicked.connect(lambda: self.save_decision())
        self.finalise_button = QPushButton(tr("Färdigställ protokollet (numrera §§)"), right)
        self.finalise_button.clicked.connect(self.finalise)
        self.reopen_button = QPushButton(tr("Öppna protokollet igen"), right)
        self.reopen_button.setToolTip(tr("Tar bort paragrafnumren så att protokollet kan ändras. "
                                         "Går bara före justeringen."))
        self.reopen_button.clicked.connect(self.reopen)
        self.correct_button = QPushButton(tr("Rätta paragraf…"), right)
        self.correct_button.setToolTip(tr("Rättelse av en paragraf i det justerade protokollet: en ny version "
                                          "med skäl; originalet finns kvar."))
        self.correct_button.clicked.connect(self.correct)
        self.status_label = QLabel(right)
        form.addRow(tr("Ärende"), self.item_combo)
        form.addRow(tr("Beslutsförhet"), self.quorum_label)
        form.addRow(tr("Jäv"), self.conflicts_edit)
        form.addRow(tr("Beslut"), self.decision_edit)
        form.addRow(tr("Reservation"), self.dissent_edit)
        form.addRow(tr("Protokollsanteckning"), self.notes_edit)
        form.addRow("", self.immediate_check)
        form.addRow("", self.save_decision_button)
        form.addRow("", self.finalise_button)
        record_row = QHBoxLayout()
        record_row.addWidget(self.reopen_button)
        record_row.addWidget(self.correct_button)
        form.addRow("", record_row)
        form.addRow("", self.status_label)
        splitter = QSplitter(self)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setSizes([520, 480])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        self.items = []
        self._locked = False
        self.attendance_form = editing.FormEditor(left, tr("närvaron"), self._save_attendance,
                                                  save_button=self.save_attendance_button)
        self.attendance_form.watch(self.table, label=tr("Närvaro"))
        self.decision_form = editing.FormEditor(right, self._decision_what, self._save_decision,
                                                save_button=self.save_decision_button)
        self.decision_form.watch(self.conflicts_edit, self.decision_edit, self.dissent_edit, self.notes_edit,
                                 self.immediate_check)
        self._combo_item_id: int | None = None

    def _decision_what(self) -> str:
        item = next((x for x in self.items if x.id == self.decision_form.key), None)
        return tr("beslutet i ärendet \"{t}\"").format(t=item.title) if item else tr("beslutet")

    @property
    def db(self):
        return self.page.session.db

    def reload(self) -> None:
        meeting = self.page.current_meeting
        if not self.attendance_form.keeps(meeting.id if meeting else None):
            self.rows = minutes.list_attendance(self.db, meeting.id) if meeting else []
            with self.attendance_form.loading(meeting.id if meeting else None):
                self._fill_table()
        self.items = items_store.list_items(self.db, meeting.id) if meeting else []
        index = max(0, self.item_combo.currentIndex())
        self.item_combo.blockSignals(True)
        self.item_combo.clear()
        for n, item in enumerate(self.items, start=1):
            no = f"§ {item.section_no} " if item.section_no else f"{n}. "
            self.item_combo.addItem(no + item.title)
        self.item_combo.blockSignals(False)
        if self.items:
            self.item_combo.setCurrentIndex(min(index, len(self.items) - 1))
        self._select_item()
        if meeting is not None:
            self.status_label.setText(tr("Protokollet är färdigställt.") if meeting.minutes_finalised else tr("Protokollet är inte färdigställt."))
        # Adjusted minutes are a public document: shown, not edited (the store refuses too).
        from uppfoljning_desktop.domain.meetings import MeetingState

        locked = meeting is not None and meeting.state.rank >= MeetingState.ADJUSTED.rank
        if locked:
            self.status_label.setText(tr("Protokollet är justerat. En paragraf ändras bara med Rätta paragraf… (en rättelse som syns i protokollet)."))
        for button in (self.fill_button, self.finalise_button):
            button.setEnabled(not locked)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers if locked
                                   else QTableWidget.EditTrigger.AllEditTriggers)
        for edit in (self.decision_edit, self.dissent_edit, self.notes_edit, self.conflicts_edit):
            edit.setReadOnly(locked)
        self.immediate_check.setEnabled(not locked)
        from uppfoljning_desktop.domain.meeting_lifecycle import can_reopen_minutes

        self.reopen_button.setEnabled(meeting is not None and can_reopen_minutes(meeting))
        self._locked = locked
        self.correct_button.setVisible(locked)
        current = self._current()
        self.correct_button.setEnabled(locked and current is not None and current.section_no is not None)

    def _fill_table(self) -> None:
        self.table.setRowCount(len(self.rows))
        for r, a in enumerate(self.rows):
            for c, text in enumerate((a.name, a.party, a.role)):
                self.table.setItem(r, c, QTableWidgetItem(text))
            combo = QComboBox(self.table)
            for s in AttendanceStatus:
                combo.addItem(core_label(s), s)
            combo.setCurrentIndex(list(AttendanceStatus).index(a.status))
            self.attendance_form.watch(combo, label=tr("Närvaro"))
            self.table.setCellWidget(r, 3, combo)
            self.table.setItem(r, 4, QTableWidgetItem(a.replaces_name))

    def _read_table(self) -> list[Attendance]:
        out = []
        for r, a in enumerate(self.rows):
            text = [self.table.item(r, c).text() if self.table.item(r, c) else "" for c in range(5)]
            status = AttendanceStatus(self.table.cellWidget(r, 3).currentData())
            replaces = text[4].strip()
            out.append(Attendance(a.meeting_id, text[0], status, party=text[1], role=text[2], member_id=a.member_id,
                                  replaces_member_id=a.replaces_member_id if replaces == a.replaces_name else None,
                                  replaces_name=replaces))
        return out

    def fill_default(self) -> None:
        meeting = self.page.current_meeting
        if meeting is None:
            return
        self.rows = minutes.default_attendance(self.db, meeting.id)
        self._fill_table()
        self.attendance_form.set_modified(True)  # filled in, not yet saved

    def save_attendance(self) -> bool:
        return self.attendance_form.save()

    def _save_attendance(self) -> bool:
        meeting = self.page.current_meeting
        if meeting is None:
            return False
        rows = self._read_table()
        minutes.save_attendance(self.db, meeting.id, rows)
        self.attendance_form.set_modified(False)
        self.page.session.notify_changed("meetings")
        self.reload()
        return True

    def _current(self):
        i = self.item_combo.currentIndex()
        return self.items[i] if 0 <= i < len(self.items) else None

    def _item_chosen(self, index: int) -> None:
        """Another item chosen: first the unsaved edits of the decision in the form."""
        key = self.decision_form.key
        new = self.items[index] if 0 <= index < len(self.items) else None
        if key is not None and (new is None or new.id != key) and not self.decision_form.confirm_leave(self):
            back = next((i for i, x in enumerate(self.items) if x.id == key), -1)
            self.item_combo.blockSignals(True)
            self.item_combo.setCurrentIndex(back)
            self.item_combo.blockSignals(False)
            return
        # Saving reloads the combo: choose the wanted item again, by id.
        row = next((i for i, x in enumerate(self.items) if new is not None and x.id == new.id), index)
        self.item_combo.blockSignals(True)
        self.item_combo.setCurrentIndex(row)
        self.item_combo.blockSignals(False)
        self._select_item()

    def _select_item(self) -> None:
        item = self._current()
        enabled = item is not None
        for w in (self.decision_edit, self.dissent_edit, self.notes_edit, self.immediate_check, self.conflicts_edit):
            w.setEnabled(enabled)
        if item is None:
            self.quorum_label.setText("")
            self.decision_form.reset()
            return
        q = motions.item_quorum(self.db, item.id)  # with the attendance changes up to this §
        self.quorum_label.setText(q.describe())
        self.quorum_label.setStyleSheet("" if q.ok else "color: #B00020; font-weight: bold;")
        self.correct_button.setEnabled(self._locked and item.section_no is not None)
        if self.decision_form.keeps(item.id):
            return  # unsaved edits of this decision stay (another form of the page saved)
        with self.decision_form.loading(item.id):
            self._fill_decision(item)

    def _fill_decision(self, item) -> None:
        from uppfoljning_desktop.store import corrections

        shown = corrections.corrected_item(item, corrections.list_corrections(self.db, item.id))  # after rättelser
        self.decision_edit.setPlainText(shown.decision)
        self.dissent_edit.setPlainText(shown.dissent)
        self.notes_edit.setPlainText(shown.notes)
        self.immediate_check.setChecked(item.immediate_adjustment)
        self.conflicts_edit.setText(", ".join(minutes.list_conflicts(self.db, item.id)))

    def save_decision(self) -> bool:
        return self.decision_form.save()

    def _save_decision(self) -> bool:
        # The item in the form (the combo may already show the next one being chosen).
        item = next((x for x in self.items if x.id == self.decision_form.key), None)
        if item is None:
            return False
        names = [n.strip() for n in self.conflicts_edit.text().split(",") if n.strip()]

        def work():
            with self.db.atomic():
                minutes.set_conflicts(self.db, item.id, names)
                return minutes.record_decision(
                    self.db, item.id, decision=self.decision_edit.toPlainText(), dissent=self.dissent_edit.toPlainText(),
                    notes=self.notes_edit.toPlainText(), immediate_adjustment=self.immediate_check.isChecked())

        work()
        self.decision_form.set_modified(False)
        self.page.session.notify_changed("meetings")
        self.reload()
        return True

    def finalise(self) -> None:
        meeting = self.page.current_meeting
        if meeting is None or not editing.confirm_leave(self, self):
            return
        empty = minutes.items_missing_decision(self.db, meeting.id)
        if empty and not messages.ask_yes_no(self, tr(
                "{items} saknar beslut; i protokollet står då bara \"–\".\n"
                "Färdigställ protokollet ändå?").format(items=", ".join(f"\"{i.title}\"" for i in empty))):
            return
        ok, done = call(self, lambda: minutes.finalise_minutes(self.db, meeting.id))
        if ok:
            numbers = [i.section_no for i in done if i.section_no]
            messages.show_info(self, tr("Protokollet är färdigställt med §§ {a}–{b}.").format(a=min(numbers), b=max(numbers)))
            self.page.session.notify_changed("meetings")
            self.page.meeting_changed()

    def reopen(self) -> None:
        """Reopen finalised minutes before adjustment (the life cycle decides: the store
        refuses adjusted minutes)."""
        meeting = self.page.current_meeting
        if meeting is None:
            return
        if not messages.ask_yes_no(self, tr("Öppna protokollet igen? Paragrafnumren tas bort och sätts på nytt "
                                            "när protokollet färdigställs.")):
            return
        ok, _ = call(self, lambda: minutes.reopen_minutes(self.db, meeting.id))
        if ok:
            self.page.session.notify_changed("meetings")
            self.page.meeting_changed()

    def correct(self) -> None:
        """"Rätta paragraf…": a rättelse of the selected § of adjusted minutes."""
        from uppfoljning_desktop.domain.organisation import OfficialRole
        from uppfoljning_desktop.store import corrections
        from uppfoljning_desktop.store import organisation as org_store
        from uppfoljning_desktop.ui.meetings_correction import CorrectionDialog

        item = self._current()
        if item is None or item.section_no is None:
            return
        current = corrections.current_text(item, corrections.list_corrections(self.db, item.id), "decision")
        secretary = next((o.name for o in org_store.list_officials(self.db) if o.role == OfficialRole.SECRETARY), "")
        dialog = CorrectionDialog(self, f"§ {item.section_no} {item.title}", current, secretary)
        if dialog.exec() != CorrectionDialog.DialogCode.Accepted:
            return
        text, reason, who = dialog.values()
        ok, done = call(self, lambda: corrections.correct_item(self.db, item.id, new_text=text, reason=reason,
                                                               corrected_by=who))
        if ok:
            messages.show_info(self, tr("§ {n} är rättad (version {v}). Protokollet visar rättelsen; originalet "
                                        "finns kvar.").format(n=item.section_no, v=done.version))
            self.page.session.notify_changed("meetings")
            self.reload()
