"""Beslutsgång, live during the meeting (KL 5:67): motions per item, the chair's questions,
a roll-call vote entered by clicking names (or "alla ja utom markerade"), reservations and
notes by name or party group, attendance changes from a § on, and the meeting's end time.

Keyboard first: Ctrl+N new motion, Ctrl+P put the question, Ctrl+R record the vote,
J / N / A on a name in the roll call for Ja / Nej / Avstår, Ctrl+B build the decision.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, QTime
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from uppfoljning_desktop.domain.meetings import AttendanceStatus, MeetingState
from uppfoljning_desktop.domain.voting import (
    Answer,
    Motion,
    MotionKind,
    QuestionKind,
    StatementKind,
    committee_word,
    describe_change,
    describe_question,
    parse_counts,
)
from uppfoljning_desktop.store import meeting_items as items_store
from uppfoljning_desktop.store import motions
from uppfoljning_desktop.store import organisation as org_store
from uppfoljning_desktop.ui import messages
from uppfoljning_desktop.ui.core_texts import label as core_label
from uppfoljning_desktop.ui.i18n import tr
from uppfoljning_desktop.ui.tasks import call

ANSWER_COLOURS = {Answer.YES: "#1B5E20", Answer.NO: "#B00020", Answer.ABSTAIN: "#555555"}
NEXT_ANSWER = {Answer.YES: Answer.NO, Answer.NO: Answer.ABSTAIN, Answer.ABSTAIN: Answer.YES}


class RollCall(QListWidget):
    """The names on the item's roll; a click (or Space) moves Ja → Nej → Avstår, and the
    keys J, N and A set the answer of the selected names."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.answers: dict[str, Answer] = {}
        self.parties: dict[str, str] = {}
        self.itemClicked.connect(self._cycle)
        self.on_change = lambda: None

    def load(self, names: list[tuple[str, str]], answers: dict[str, Answer] | None = None) -> None:
        self.answers = {n: (answers or {}).get(n, Answer.YES) for n, _ in names}
        self.parties = dict(names)
        self.clear()
        for name, _ in names:
            w = QListWidgetItem(self)
            w.setData(Qt.ItemDataRole.UserRole, name)
        self._paint()

    def _paint(self) -> None:
        for i in range(self.count()):
            w = self.item(i)
            name = w.data(Qt.ItemDataRole.UserRole)
            answer = self.answers[name]
            party = f" ({self.parties[name]})" if self.parties.get(name) else ""
            w.setText(f"{core_label(answer):<7} {name}{party}")
            w.setForeground(QBrush(QColor(ANSWER_COLOURS[answer])))
        self.on_change()

    def _cycle(self, w: QListWidgetItem) -> None:
        name = w.data(Qt.ItemDataRole.UserRole)
        self.answers[name] = NEXT_ANSWER[self.answers[name]]
        self._paint()

    def set_selected(self, answer: Answer) -> None:
        for w in self.selectedItems():
            self.answers[w.data(Qt.ItemDataRole.UserRole)] = answer
        self._paint()

    def all_yes_except_selected(self, other: Answer = Answer.NO) -> None:
        """"Alla ja utom …": everyone Ja, the selected names ``other``."""
        chosen = {w.data(Qt.ItemDataRole.UserRole) for w in self.selectedItems()}
        self.answers = {n: (other if n in chosen else Answer.YES) for n in self.answers}
        self._paint()

    def keyPressEvent(self, event) -> None:
        key = {Qt.Key.Key_J: Answer.YES, Qt.Key.Key_N: Answer.NO, Qt.Key.Key_A: Answer.ABSTAIN}.get(event.key())
        if key is not None:
            self.set_selected(key)
            return
        if event.key() == Qt.Key.Key_Space and self.currentItem() is not None:
            self._cycle(self.currentItem())
            return
        super().keyPressEvent(event)

    def counts(self) -> tuple[int, int, int]:
        values = list(self.answers.values())
        return values.count(Answer.YES), values.count(Answer.NO), values.count(Answer.ABSTAIN)


class DebateTab(QWidget):
    def __init__(self, page, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.page = page
        self.items: list = []
        self.motions: list[Motion] = []
        self.questions: list = []
        self.roll: list = []
        self.statements: list = []
        self.changes: list = []

        self.item_combo = QComboBox(self)
        self.item_combo.currentIndexChanged.connect(self.show_item)
        self.quorum_label = QLabel(self)

        # motions and questions
        self.motion_list = QListWidget(self)
        self.motion_list.setWordWrap(True)
        self.mover_combo = QComboBox(self)
        self.kind_combo = QComboBox(self)
        for k in MotionKind:
            self.kind_combo.addItem(core_label(k), k)
        self.motion_text = QLineEdit(self)
        self.motion_text.setPlaceholderText(tr("t.ex. ordförandens förslag, eller yrkandets lydelse"))
        self.motion_text.returnPressed.connect(self.add_motion)
        self.add_motion_button = QPushButton(tr("Nytt yrkande (Ctrl+N)"), self)
        self.add_motion_button.clicked.connect(self.add_motion)
        self.withdraw_button = QPushButton(tr("Återta yrkandet"), self)
        self.withdraw_button.clicked.connect(self.withdraw_motion)
        self.question_kind = QComboBox(self)
        for k in (QuestionKind.MAIN, QuestionKind.ORDER, QuestionKind.SUB):
            self.question_kind.addItem(core_label(k), k)
        self.yes_combo = QComboBox(self)
        self.no_combo = QComboBox(self)
        self.finding_combo = QComboBox(self)
        self.finding_combo.addItem(tr("ja-förslaget"), "yes")
        self.finding_combo.addItem(tr("nej-förslaget"), "no")
        self.put_button = QPushButton(tr("Ställ proposition (Ctrl+P)"), self)
        self.put_button.clicked.connect(self.put_question)
        self.question_list = QListWidget(self)
        self.question_list.setWordWrap(True)
        self.question_list.currentRowChanged.connect(self._show_ballots)
        self.election_edit = QLineEdit(self)
        self.election_edit.setPlaceholderText(tr("val med slutna sedlar: Anna Berg 6, Bo Ek 5"))
        self.election_button = QPushButton(tr("Registrera valet"), self)
        self.election_button.clicked.connect(self.record_election)
        self.build_button = QPushButton(tr("Bygg beslutet från beslutsgången (Ctrl+B)"), self)
        self.build_button.clicked.connect(self.build_decision)
        self.decision_label = QLabel(self)
        self.decision_label.setWordWrap(True)

        left = QGroupBox(tr("Yrkanden och propositionsordning"), self)
        lf = QFormLayout(left)
        lf.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        lf.addRow(self.motion_list)
        lf.addRow(tr("Vem"), self.mover_combo)
        lf.addRow(tr("Yrkar"), self.kind_combo)
        lf.addRow(tr("Text"), self.motion_text)
        row = QHBoxLayout()
        row.addWidget(self.add_motion_button)
        row.addWidget(self.withdraw_button)
        lf.addRow(row)
        lf.addRow(tr("Fråga"), self.question_kind)
        lf.addRow(tr("Ja"), self.yes_combo)
        lf.addRow(tr("Nej"), self.no_combo)
        lf.addRow(tr("Ordföranden finner för"), self.finding_combo)
        lf.addRow(self.put_button)
        lf.addRow(self.question_list)
        erow = QHBoxLayout()
        erow.addWidget(self.election_edit, 1)
        erow.addWidget(self.election_button)
        lf.addRow(erow)
        lf.addRow(self.build_button)
        lf.addRow(self.decision_label)

        # the vote
        self.roll_call = RollCall(self)
        self.roll_call.on_change = self._show_count
        self.count_label = QLabel(self)
        self.count_label.setWordWrap(True)
        self.all_yes_button = QPushButton(tr("Alla ja utom markerade (nej)"), self)
        self.all_yes_button.clicked.connect(lambda: self.roll_call.all_yes_except_selected())
        self.vote_button = QPushButton(tr("Registrera omröstningen (Ctrl+R)"), self)
        self.vote_button.clicked.connect(self.record_vote)
        middle = QGroupBox(tr("Omröstning"), self)
        mv = QVBoxLayout(middle)
        hint = QLabel(tr("Klicka på ett namn: Ja → Nej → Avstår. Tangenterna J, N och A sätter de markerade."), middle)
        hint.setWordWrap(True)
        mv.addWidget(hint)
        mv.addWidget(self.roll_call, 1)
        mv.addWidget(self.count_label)
        mv.addWidget(self.all_yes_button)
        mv.addWidget(self.vote_button)

        # reservations, notes, attendance, times
        self.statement_kind = QComboBox(self)
        for k in StatementKind:
            self.statement_kind.addItem(core_label(k), k)
        self.statement_names = QLineEdit(self)
        self.statement_names.setPlaceholderText(tr("namn, åtskilda med kommatecken"))
        self.statement_group = QLineEdit(self)
        self.statement_group.setPlaceholderText(tr("t.ex. Moderaternas ledamöter"))
        self.statement_text = QLineEdit(self)
        self.statement_written = QCheckBox(tr("Skriftlig (bilaga)"), self)
        self.add_statement_button = QPushButton(tr("Lägg till"), self)
        self.add_statement_button.clicked.connect(self.add_statement)
        self.statement_list = QListWidget(self)
        self.statement_list.setWordWrap(True)
        self.change_name = QComboBox(self)
        self.change_name.setEditable(True)
        self.change_status = QComboBox(self)
        for s in (AttendanceStatus.ABSENT, AttendanceStatus.SERVING_SUBSTITUTE, AttendanceStatus.PRESENT):
            self.change_status.addItem(core_label(s), s)
        self.change_replaces = QLineEdit(self)
        self.change_only_here = QCheckBox(tr("Bara i detta ärende (t.ex. vid jäv)"), self)
        self.add_change_button = QPushButton(tr("Ändra närvaron från detta ärende"), self)
        self.add_change_button.clicked.connect(self.add_change)
        self.change_list = QListWidget(self)
        self.change_list.setWordWrap(True)
        self.change_list.setMaximumHeight(70)
        self.ended_edit = QTimeEdit(self)
        self.ended_edit.setDisplayFormat("HH:mm")
        self.adjust_time_edit = QTimeEdit(self)
        self.adjust_time_edit.setDisplayFormat("HH:mm")
        for edit in (self.ended_edit, self.adjust_time_edit):
            edit.setMinimumTime(QTime(0, 0))
            edit.setSpecialValueText("–")  # 00:00 means "not entered"
        self.save_times_button = QPushButton(tr("Spara tiderna"), self)
        self.save_times_button.clicked.connect(self.save_times)
        right = QGroupBox(tr("Reservationer, anteckningar och närvaro"), self)
        rf = QFormLayout(right)
        rf.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # labels above fields when narrow
        rf.addRow(tr("Typ"), self.statement_kind)
        rf.addRow(tr("Namn"), self.statement_names)
        rf.addRow(tr("Partigrupp"), self.statement_group)
        rf.addRow(tr("Text"), self.statement_text)
        rf.addRow(self.statement_written, self.add_statement_button)
        rf.addRow(self.statement_list)
        rf.addRow(tr("Person"), self.change_name)
        rf.addRow(tr("Ny närvaro"), self.change_status)
        rf.addRow(tr("Tjänstgör för"), self.change_replaces)
        rf.addRow(self.change_only_here)
        rf.addRow(self.add_change_button)
        rf.addRow(self.change_list)
        rf.addRow(tr("Sammanträdet avslutades"), self.ended_edit)
        rf.addRow(tr("Justeringen kl."), self.adjust_time_edit)
        rf.addRow(self.save_times_button)

        # motions and questions on the left; the vote above the reservations on the right
        # (three columns side by side needed 900 pixels: more than a 1024-pixel window has)
        column = QSplitter(Qt.Orientation.Vertical, self)
        column.addWidget(middle)
        column.addWidget(right)
        self.roll_call.setMinimumHeight(230)  # a committee of eleven, every name in view while voting
        column.setStretchFactor(0, 3)
        column.setStretchFactor(1, 2)
        splitter = QSplitter(self)
        splitter.addWidget(left)
        splitter.addWidget(column)
        splitter.setSizes([440, 420])
        for combo in (self.mover_combo, self.kind_combo, self.question_kind, self.yes_combo, self.no_combo,
                      self.finding_combo, self.statement_kind, self.change_name, self.change_status, self.item_combo):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(10)
        top = QHBoxLayout()
        top.addWidget(QLabel(tr("Ärende"), self))
        top.addWidget(self.item_combo, 1)
        top.addWidget(self.quorum_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        for lst, remove in ((self.question_list, self.delete_question), (self.statement_list, self.delete_statement),
                            (self.change_list, self.delete_change)):
            lst.setToolTip(tr("Delete tar bort den markerade raden"))
            QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), lst, activated=remove,
                      context=Qt.ShortcutContext.WidgetShortcut)
        for keys, slot in (("Ctrl+N", self._focus_new_motion), ("Ctrl+P", self.put_question),
                           ("Ctrl+R", self.record_vote), ("Ctrl+B", self.build_decision)):
            QShortcut(QKeySequence(keys), self, activated=slot, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.editable = True

    @property
    def db(self):
        return self.page.session.db

    # ------------------------------------------------------------ loading

    def reload(self) -> None:
        meeting = self.page.current_meeting
        self.items = items_store.list_items(self.db, meeting.id) if meeting else []
        index = max(0, self.item_combo.currentIndex())
        self.item_combo.blockSignals(True)
        self.item_combo.clear()
        for n, item in enumerate(self.items, start=1):
            self.item_combo.addItem((f"§ {item.section_no} " if item.section_no else f"{n}. ") + item.title)
        self.item_combo.blockSignals(False)
        if self.items:
            self.item_combo.setCurrentIndex(min(index, len(self.items) - 1))
        self.editable = meeting is not None and meeting.state.rank < MeetingState.ADJUSTED.rank
        if meeting is not None:
            ended, adjust_at = motions.get_times(self.db, meeting.id)
            for edit, value in ((self.ended_edit, ended), (self.adjust_time_edit, adjust_at)):
                edit.setTime(QTime(value.hour, value.minute) if value else QTime(0, 0))
        self.show_item()

    def current_item(self):
        i = self.item_combo.currentIndex()
        return self.items[i] if 0 <= i < len(self.items) else None

    def select_item(self, title: str) -> None:
        self.item_combo.setCurrentIndex(next(i for i, x in enumerate(self.items) if x.title == title))

    def show_item(self) -> None:
        item = self.current_item()
        for w in (self.add_motion_button, self.withdraw_button, self.put_button, self.vote_button, self.build_button,
                  self.add_statement_button, self.add_change_button, self.save_times_button, self.all_yes_button,
                  self.election_button):
            w.setEnabled(item is not None and self.editable)
        if item is None:
            return
        self.motions = motions.list_motions(self.db, item.id)
        self.questions = motions.list_questions(self.db, item.id)
        self.roll = motions.roll_call(self.db, item.id)
        q = motions.item_quorum(self.db, item.id)
        self.quorum_label.setText(q.describe())
        self.quorum_label.setStyleSheet("" if q.ok else "color: #B00020; font-weight: bold;")
        self.motion_list.clear()
        for m in self.motions:
            w = QListWidgetItem(m.describe() + (f"  [{tr('återtaget')}]" if m.withdrawn else ""))
            if m.withdrawn:
                w.setForeground(QBrush(QColor("#888888")))
            self.motion_list.addItem(w)
        self.mover_combo.clear()
        for a in self.roll:
            self.mover_combo.addItem(f"{a.name} ({a.party})" if a.party else a.name, a.name)
        active = [m for m in self.motions if not m.withdrawn]
        for combo, none in ((self.yes_combo, None), (self.no_combo, tr("– (bara ja-förslaget)"))):
            combo.clear()
            if none:
                combo.addItem(none, None)
            for m in active:
                combo.addItem(m.label(), m.id)
        if len(active) > 1:
            self.no_combo.setCurrentIndex(2)
        by_id = {m.id: m for m in self.motions if m.id is not None}
        meeting = self.page.current_meeting
        committee = committee_word(org_store.get_committee(self.db, meeting.committee_id).name)
        self.question_list.clear()
        for n, question in enumerate(self.questions, start=1):
            lines = describe_question(question, by_id, committee)
            result = motions.stored_vote_result(question)
            if result is not None:
                lines.append(tr("Omröstning: {y} ja, {n} nej, {a} avstår").format(y=result.yes, n=result.no, a=result.abstain))
            self.question_list.addItem(f"{n}. " + " ".join(lines))
        voted = [n for n, q in enumerate(self.questions) if q.vote and q.ballots]
        self.question_list.blockSignals(True)
        self.question_list.setCurrentRow(voted[-1] if voted else len(self.questions) - 1)
        self.question_list.blockSignals(False)
        self._show_ballots(self.question_list.currentRow())
        self.statement_list.clear()
        section = f"§ {item.section_no}" if item.section_no else ""
        self.statements = motions.list_statements(self.db, item.id)
        for s in self.statements:
            self.statement_list.addItem(s.describe(section))
        self.changes = [c for c in motions.list_changes(self.db, item.meeting_id) if c.from_item_id == item.id]
        self.change_list.clear()
        for c in self.changes:
            self.change_list.addItem(describe_change(c, section or f"ärende {self.item_combo.currentIndex() + 1}"))
        attendance = motions.list_attendance_at(self.db, item.id)
        self.change_name.clear()
        for a in attendance:
            self.change_name.addItem(a.name)
        self.decision_label.setText(tr("Beslut: {text}").format(text=item.decision or "–"))

    def _show_ballots(self, row: int) -> None:
        """The roll call of the chosen question: its recorded answers, else all Ja."""
        q = self.questions[row] if 0 <= row < len(self.questions) else None
        self.roll_call.load([(a.name, a.party) for a in self.roll],
                            {b.name: b.answer for b in q.ballots} if q is not None else None)

    def _show_count(self) -> None:
        yes, no, ab = self.roll_call.counts()
        text = tr("Ja {y} · Nej {n} · Avstår {a}").format(y=yes, n=no, a=ab)
        if yes == no and self.roll_call.answers:
            text += " — " + tr("lika: ordförandens röst avgör")
        self.count_label.setText(text)

    # ------------------------------------------------------------ actions

    def _done(self) -> None:
        self.page.session.notify_changed("meetings")
        item = self.current_item()
        self.reload()
        if item is not None:
            self.select_item(item.title)

    def _focus_new_motion(self) -> None:
        self.mover_combo.setFocus()

    def add_motion(self) -> None:
        item = self.current_item()
        if item is None or not self.editable:
            return
        mover = self.mover_combo.currentData() or ""
        kind = self.kind_combo.currentData()
        text = self.motion_text.text()
        ok, _ = call(self, lambda: motions.add_motion(self.db, item.id, mover, kind, text))
        if ok:
            self.motion_text.clear()
            self._done()

    def withdraw_motion(self) -> None:
        row = self.motion_list.currentRow()
        if not (0 <= row < len(self.motions)) or not self.editable:
            return
        m = self.motions[row]
        ok, _ = call(self, lambda: motions.withdraw_motion(self.db, m.id, not m.withdrawn))
        if ok:
            self._done()

    def put_question(self) -> None:
        item = self.current_item()
        if item is None or not self.editable or self.yes_combo.currentData() is None:
            return
        yes, no = self.yes_combo.currentData(), self.no_combo.currentData()
        finding = no if self.finding_combo.currentData() == "no" and no is not None else yes
        kind = self.question_kind.currentData()
        ok, _ = call(self, lambda: motions.put_question(self.db, item.id, yes, no, finding_motion_id=finding, kind=kind))
        if ok:
            self._done()

    def record_vote(self) -> None:
        row = self.question_list.currentRow()
        if not (0 <= row < len(self.questions)) or not self.editable:
            return
        q = self.questions[row]
        answers = dict(self.roll_call.answers)
        ok, _ = call(self, lambda: motions.record_vote(self.db, q.id, answers))
        if ok:
            self._done()

    def record_election(self) -> None:
        """A closed-ballot election: only the count per candidate; lots on a tie (KL 5:53-57)."""
        item = self.current_item()
        if item is None or not self.editable:
            return
        text = self.election_edit.text()
        ok, _ = call(self, lambda: motions.record_election(self.db, item.id, parse_counts(text)))
        if ok:
            self.election_edit.clear()
            self._done()

    def _delete(self, rows: list, row: int, what: str, remove) -> None:
        if not (0 <= row < len(rows)) or not self.editable:
            return
        if not messages.ask_yes_no(self, tr("Ta bort {what}?").format(what=what)):
            return
        ok, _ = call(self, lambda: remove(self.db, rows[row].id))
        if ok:
            self._done()

    def delete_question(self) -> None:
        self._delete(self.questions, self.question_list.currentRow(), tr("propositionen och dess omröstning"),
                     motions.delete_question)

    def delete_statement(self) -> None:
        self._delete(self.statements, self.statement_list.currentRow(), tr("reservationen eller anteckningen"),
                     motions.delete_statement)

    def delete_change(self) -> None:
        self._delete(self.changes, self.change_list.currentRow(), tr("närvaroändringen"), motions.delete_change)

    def build_decision(self) -> None:
        item = self.current_item()
        if item is None or not self.editable:
            return
        ok, _ = call(self, lambda: motions.build_item_decision(self.db, item.id))
        if ok:
            self._done()
            self.page.minutes_tab.reload()

    def add_statement(self) -> None:
        item = self.current_item()
        if item is None or not self.editable:
            return
        kind = self.statement_kind.currentData()
        names = [n.strip() for n in self.statement_names.text().split(",") if n.strip()]
        group, text, written = self.statement_group.text(), self.statement_text.text(), self.statement_written.isChecked()
        ok, _ = call(self, lambda: motions.add_statement(self.db, item.id, kind, names=names, group=group, text=text,
                                                         written=written))
        if ok:
            for w in (self.statement_names, self.statement_group, self.statement_text):
                w.clear()
            self.statement_written.setChecked(False)
            self._done()

    def add_change(self) -> None:
        item = self.current_item()
        if item is None or not self.editable:
            return
        name, status = self.change_name.currentText(), self.change_status.currentData()
        replaces, only_here = self.change_replaces.text(), self.change_only_here.isChecked()
        ok, _ = call(self, lambda: motions.add_change(self.db, item.id, name, status, replaces_name=replaces,
                                                      to_item_id=item.id if only_here else None))
        if ok:
            self.change_replaces.clear()
            self._done()

    def save_times(self) -> None:
        meeting = self.page.current_meeting
        if meeting is None or not self.editable:
            return

        def value(edit: QTimeEdit) -> dt.time | None:
            t = edit.time()
            return None if (t.hour(), t.minute()) == (0, 0) else dt.time(t.hour(), t.minute())

        ended, adjust_at = value(self.ended_edit), value(self.adjust_time_edit)
        ok, _ = call(self, lambda: motions.set_times(self.db, meeting.id, ended_at=ended, adjustment_time=adjust_at))
        if ok:
            self._done()
