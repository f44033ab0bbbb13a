"""Krisläge: the log keeper's screen during a crisis meeting.

Keyboard first: the large text field has the focus, Ctrl+Enter saves, Ctrl+1…4 picks
the entry type, Ctrl+R corrects the selected entry, Ctrl+P prints the decision log.
Each entry is written through its own ``synchronous=FULL`` connection and committed
before the field is cleared; if saving fails the text stays where it was.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from uppfoljning_desktop.domain.crisis import (
    SITUATION_FIELDS,
    CrisisEvent,
    EntryStatus,
    EntryType,
    LogEntry,
    SituationPicture,
)
from uppfoljning_desktop.errors import UserError
from uppfoljning_desktop.ui import editing, messages
from uppfoljning_desktop.ui.core_texts import label as core_label
from uppfoljning_desktop.ui.crisis_log_model import LogTableModel
from uppfoljning_desktop.ui.i18n import count_phrase, invalid_field, tr
from uppfoljning_desktop.ui.tasks import call, run_task

TYPES = list(EntryType)


class _LogConnection:
    """Holds the log's FULL connection apart from the widget, so it can be closed even
    while the widget is being destroyed."""

    def __init__(self) -> None:
        self.db = None

    def get(self, path):
        if self.db is None:
            from uppfoljning_desktop.store.crisis_log import open_log_connection

            self.db = open_log_connection(path)
        return self.db

    def close(self) -> None:
        if self.db is not None:
            self.db.close()
            self.db = None


class StartEventDialog(QDialog):
    """Name, start time, place, exercise or real."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Starta händelse"))
        self.name_edit = QLineEdit(self)
        self.start_edit = QLineEdit(dt.datetime.now().strftime("%Y-%m-%d %H:%M"), self)
        self.place_edit = QLineEdit(self)
        self.exercise_check = QCheckBox(tr("Övning (märks ÖVNING på skärmen och på varje utskrift)"), self)
        form = QFormLayout(self)
        form.addRow(tr("Namn"), self.name_edit)
        form.addRow(tr("Starttid"), self.start_edit)
        form.addRow(tr("Plats"), self.place_edit)
        form.addRow("", self.exercise_check)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def event_value(self) -> CrisisEvent:
        from uppfoljning_desktop.domain.crisis_log import parse_time_input

        try:
            started = parse_time_input(self.start_edit.text(), dt.date.today())
        except ValueError as exc:
            raise UserError(tr("Starttid: {e}").format(e=exc)) from None
        return CrisisEvent(name=self.name_edit.text(), started_at=started, place=self.place_edit.text(),
                           is_exercise=self.exercise_check.isChecked())


class CrisisModeWidget(QWidget):
    def __init__(self, session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._log = _LogConnection()
        # the page is destroyed without "closed" when a backup is restored: let go of the file
        holder = self._log
        self.destroyed.connect(lambda *_: holder.close())
        self.events: list[CrisisEvent] = []
        self.corrects: LogEntry | None = None
        session.closed.connect(self.close_log_connection)

        # --- event bar
        self.event_combo = QComboBox(self)
        self.event_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.event_combo.setMinimumContentsLength(20)
        self.event_combo.currentIndexChanged.connect(self.load_event)
        self.start_button = QPushButton(tr("Starta händelse …"), self)
        self.start_button.clicked.connect(self.start_event_dialog)
        self.end_button = QPushButton(tr("Avsluta händelsen"), self)
        self.end_button.clicked.connect(self.end_event)
        self.exercise_label = QLabel(tr("ÖVNING"), self)
        self.exercise_label.setObjectName("exerciseBanner")
        self.exercise_label.setStyleSheet(
            "QLabel#exerciseBanner { background: #B00020; color: white; font-size: 20px; font-weight: bold;"
            " padding: 4px 16px; }")
        self.exercise_label.hide()
        bar = QHBoxLayout()
        bar.addWidget(QLabel(tr("Händelse:"), self))
        bar.addWidget(self.event_combo, 1)
        bar.addWidget(self.exercise_label)
        bar.addWidget(self.start_button)
        bar.addWidget(self.end_button)

        # --- entry form
        big = QFont()
        big.setPointSize(15)
        self.text_edit = QPlainTextEdit(self)
        self.text_edit.setObjectName("logText")
        self.text_edit.setFont(big)
        self.text_edit.setPlaceholderText(tr("Skriv vad som hänt eller beslutats. Ctrl+Enter sparar."))
        self.text_edit.setMinimumHeight(70)
        self.text_edit.setMaximumHeight(120)
        self.type_combo = QComboBox(self)
        self.type_combo.addItems([f"{core_label(t)} (Ctrl+{i})" for i, t in enumerate(TYPES, 1)])
        self.from_edit = QLineEdit(self)
        self.to_edit = QLineEdit(self)
        self.decided_edit = QLineEdit(self)
        self.responsible_edit = QLineEdit(self)
        self.follow_up_edit = QLineEdit(self)
        self.follow_up_edit.setPlaceholderText(tr("t.ex. 14:30"))
        self.status_combo = QComboBox(self)
        self.status_combo.addItems([core_label(s) or tr("(ingen)") for s in EntryStatus])
        for w in (self.type_combo, self.from_edit, self.to_edit, self.decided_edit, self.responsible_edit,
                  self.follow_up_edit, self.status_combo):
            w.setFont(big)
        self.correction_label = QLabel(self)
        self.correction_label.setObjectName("correctionLabel")
        self.correction_label.setStyleSheet("color: #8a4b00; font-weight: bold;")
        self.save_button = QPushButton(tr("Spara post (Ctrl+Enter)"), self)
        self.save_button.setFont(big)
        self.save_button.clicked.connect(self.save_entry)
        self.correct_button = QPushButton(tr("Rätta vald post (Ctrl+R)"), self)
        self.correct_button.clicked.connect(self.correct_selected)
        grid = QGridLayout()
        # Three columns, no field narrower than a name (four columns collapsed the fields
        # to a few characters in a 1024-pixel window); the type, with its Ctrl+digit
        # hint, spans two columns.
        cells = ((0, 0, 3, tr("Typ"), self.type_combo), (0, 2, 1, tr("Status"), self.status_combo),
                 (1, 0, 1, tr("Från"), self.from_edit), (1, 1, 1, tr("Till"), self.to_edit),
                 (1, 2, 1, tr("Uppföljning kl."), self.follow_up_edit),
                 (2, 0, 1, tr("Beslutat av"), self.decided_edit), (2, 1, 1, tr("Ansvarig"), self.responsible_edit))
        for w in (self.from_edit, self.to_edit, self.decided_edit, self.responsible_edit):
            w.setMinimumWidth(110)
        self.follow_up_edit.setMinimumWidth(110)  # "14:30" or "2026-10-14 14:30"
        for combo, chars in ((self.type_combo, 15), (self.status_combo, 7)):  # "information (Ctrl+1)", "pågår"
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(chars)
        for row, col, span, label, widget in cells:
            grid.addWidget(QLabel(label, self), row, col * 2)
            grid.addWidget(widget, row, col * 2 + 1, 1, span)
        for col in (1, 3, 5):
            grid.setColumnStretch(col, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.correction_label, 1)
        buttons.addWidget(self.correct_button)
        buttons.addWidget(self.save_button)
        entry_box = QGroupBox(tr("Ny loggpost"), self)
        entry_layout = QVBoxLayout(entry_box)
        entry_layout.addWidget(self.text_edit)
        entry_layout.addLayout(grid)
        entry_layout.addLayout(buttons)
        # An entry being typed is an unsaved form: closing the window or opening another
        # database asks first (ui/editing.py); Spara keeps its own enabled state here.
        self.entry_form = editing.FormEditor(entry_box, tr("loggposten"), lambda: self.save_entry() is not None)
        self.entry_form.watch(self.text_edit, self.from_edit, self.to_edit, self.decided_edit,
                              self.responsible_edit, self.follow_up_edit)

        # --- log
        self.model = LogTableModel(self)
        self.view = QTableView(self)
        self.view.setObjectName("logView")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setWordWrap(True)
        self.view.verticalHeader().hide()
        from uppfoljning_desktop.ui.lazy_rows import LazyRowHeights

        self.row_heights = LazyRowHeights(self.view)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        for column, width in ((0, 36), (1, 72), (2, 86), (4, 190), (5, 190), (6, 90), (7, 90)):
            self.view.setColumnWidth(column, width)

        # --- situation picture
        self.situation_edits: dict[str, QPlainTextEdit] = {}
        situation_box = QWidget(self)
        s_layout = QGridLayout(situation_box)
        for i, (attr, label, hint) in enumerate(SITUATION_FIELDS):
            edit = QPlainTextEdit(situation_box)
            edit.setPlaceholderText(tr(hint))
            edit.setTabChangesFocus(True)
            self.situation_edits[attr] = edit
            s_layout.addWidget(QLabel(f"<b>{tr(label)}</b>", situation_box), (i // 2) * 2, i % 2)
            s_layout.addWidget(edit, (i // 2) * 2 + 1, i % 2)
        self.situation_label = QLabel(situation_box)
        self.situation_save = QPushButton(tr("Spara ny version av lägesbilden"), situation_box)
        self.situation_save.clicked.connect(self.save_situation)
        s_layout.addWidget(self.situation_label, 4, 0)
        s_layout.addWidget(self.situation_save, 4, 1)

        # --- printing
        print_row = QHBoxLayout()
        self.print_buttons: dict[str, QPushButton] = {}
        for kind, label in (("beslutslogg", tr("Skriv ut beslutslogg (Ctrl+P)")),
                            ("handelselogg", tr("Händelselogg")), ("lagesbild", tr("Lägesbild")),
                            ("utvardering", tr("Utvärdering"))):
            b = QPushButton(label, self)
            if kind == "beslutslogg":
                b.clicked.connect(lambda: self.print_decision_log_now())
            else:
                b.clicked.connect(lambda _=False, k=kind: self.preview_event(k))
            self.print_buttons[kind] = b
            print_row.addWidget(b)
        self.print_confirmation = QLabel(self)
        self.print_confirmation.setObjectName("printConfirmation")
        self.print_confirmation.setStyleSheet("color: #1B5E20; font-weight: bold;")
        self.print_confirmation.hide()
        print_row.addWidget(self.print_confirmation, 1)
        print_row.addStretch()

        log_page = QWidget(self)
        log_layout = QVBoxLayout(log_page)
        log_layout.addWidget(self.view, 1)
        log_layout.addLayout(print_row)
        self.lower_tabs = QTabWidget(self)
        self.lower_tabs.addTab(log_page, tr("Logg"))
        self.lower_tabs.addTab(situation_box, tr("Lägesbild"))
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(entry_box)
        splitter.addWidget(self.lower_tabs)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(splitter, 1)
        QShortcut(QKeySequence("Ctrl+L"), self, lambda: self.lower_tabs.setCurrentIndex(1 - self.lower_tabs.currentIndex()))

        for seq in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(seq), self, self.save_entry)
        QShortcut(QKeySequence("Ctrl+R"), self, self.correct_selected)
        # Crisis mode: one key prints the decision log on the default printer at once;
        # Ctrl+Shift+P gives the print dialog.
        QShortcut(QKeySequence("Ctrl+P"), self, lambda: self.print_decision_log_now())
        QShortcut(QKeySequence("Ctrl+Shift+P"), self, lambda: self.print_decision_log_now(dialog=True))
        QShortcut(QKeySequence("Escape"), self, self.cancel_correction)
        for i in range(len(TYPES)):
            QShortcut(QKeySequence(f"Ctrl+{i + 1}"), self, lambda i=i: self.type_combo.setCurrentIndex(i))
        self._set_enabled(False)

    # ------------------------------------------------------------ state

    @property
    def db(self):
        return self.session.db

    @property
    def event(self) -> CrisisEvent | None:
        i = self.event_combo.currentIndex()
        return self.events[i] if 0 <= i < len(self.events) else None

    def log_db(self):
        """The log's own connection, with synchronous=FULL (opened on first use)."""
        return self._log.get(self.session.path)

    def close_log_connection(self) -> None:
        self._log.close()

    def _set_enabled(self, on: bool) -> None:
        for w in (self.text_edit, self.save_button, self.correct_button, self.situation_save,
                  self.end_button, *self.print_buttons.values()):
            w.setEnabled(on)

    def reload(self) -> None:
        from uppfoljning_desktop.store import crisis_log

        current = self.event.id if self.event else None
        self.events = crisis_log.list_events(self.db)
        self.event_combo.blockSignals(True)
        self.event_combo.clear()
        for e in self.events:
            mark = tr(" – ÖVNING") if e.is_exercise else ""
            ended = tr(" (avslutad)") if e.ended_at else ""
            self.event_combo.addItem(f"{e.started_at:%Y-%m-%d %H:%M}  {e.name}{mark}{ended}")
        index = next((i for i, e in enumerate(self.events) if e.id == current), 0 if self.events else -1)
        self.event_combo.setCurrentIndex(index)
        self.event_combo.blockSignals(False)
        self.load_event()

    def load_event(self) -> None:
        from uppfoljning_desktop.store import crisis_log

        event = self.event
        self._set_enabled(event is not None)
        self.exercise_label.setVisible(bool(event and event.is_exercise))
        if event is None:
            self.model.set_entries([])
            return
        self.end_button.setEnabled(event.ended_at is None)
        self.show_entries(crisis_log.list_log_entries(self.db, event.id))
        current = crisis_log.get_current_situation(self.db, event.id)
        for attr, edit in self.situation_edits.items():
            edit.setPlainText(getattr(current, attr) if current else "")
        self.situation_label.setText(
            tr("Version {v}, sparad {t:%H:%M}").format(v=current.version, t=current.created_at)
            if current else tr("Ingen lägesbild sparad ännu."))
        self.clear_form()

    # ------------------------------------------------------------ actions

    def start_event_dialog(self) -> None:
        dialog = StartEventDialog(self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.start_event(dialog)

    def start_event(self, dialog: StartEventDialog) -> CrisisEvent | None:
        from uppfoljning_desktop.store import crisis_log

        ok, event = call(self, lambda: crisis_log.start_event(self.db, dialog.event_value()))
        if not ok:
            return None
        self.session.notify_changed("crisis")
        self.reload()
        self.event_combo.setCurrentIndex(next(i for i, e in enumerate(self.events) if e.id == event.id))
        self.text_edit.setFocus()
        return event

    def end_event(self) -> None:
        from uppfoljning_desktop.store import crisis_log

        event = self.event
        if event is None or not messages.ask_yes_no(self, tr("Avsluta händelsen {name}?").format(name=event.name)):
            return
        if call(self, lambda: crisis_log.end_event(self.db, event.id))[0]:
            self.reload()

    def _entry_from_form(self) -> LogEntry:
        from uppfoljning_desktop.domain.crisis_log import parse_time_input

        event = self.event
        assert event is not None
        try:
            follow_up = parse_time_input(self.follow_up_edit.text(), now().date())
        except ValueError as exc:
            # named by its label ("Uppföljning" alone reads as the program's name)
            raise invalid_field(tr("Posten"), tr("Uppföljning kl."), str(exc)) from None
        return LogEntry(
            event_id=event.id, entry_type=TYPES[self.type_combo.currentIndex()],
            text=self.text_edit.toPlainText().strip(), from_whom=self.from_edit.text(), to_whom=self.to_edit.text(),
            decided_by=self.decided_edit.text(), responsible=self.responsible_edit.text(), follow_up_at=follow_up,
            status=list(EntryStatus)[self.status_combo.currentIndex()],
            corrects_id=self.corrects.id if self.corrects else None,
        )

    def save_entry(self) -> LogEntry | None:
        """Append the entry (durable on return); only then clear the form."""
        from uppfoljning_desktop.store import crisis_log

        if self.event is None:
            return None
        ok, new = call(self, self._entry_from_form)
        new = self._confirm_follow_up(new) if ok else None
        if new is None:
            return None  # the text stays in the field
        ok, entry = call(self, lambda: crisis_log.append_log_entry(self.log_db(), new))
        if not ok:
            return None  # the text stays in the field
        self.clear_form()
        self.show_entries(crisis_log.list_log_entries(self.db, entry.event_id))
        self.session.notify_changed("crisis")
        self.window().statusBar().showMessage(
            tr("Post nr {n} sparad {t:%H:%M:%S}.").format(n=entry.number, t=entry.created_at), 5000)
        return entry

    def _confirm_follow_up(self, entry: LogEntry) -> LogEntry | None:
        """A follow-up time already past is asked about: a bare time typed in the evening
        most likely means tomorrow. None: not saved (the form stays as typed)."""
        from uppfoljning_desktop.domain.sanity import follow_up_in_past

        at, current = entry.follow_up_at, now()
        if at is None or not follow_up_in_past(at, current):
            return entry
        typed = self.follow_up_edit.text().strip()
        if "-" not in typed:  # a bare time: offer the same time tomorrow
            tomorrow = at + dt.timedelta(days=1)
            if messages.ask_yes_no(self, tr("Klockan {t} har redan passerat i dag (nu {now}).\n"
                                            "Ja: uppföljning i morgon {d} kl. {t}. Nej: i dag, som du skrev.")
                                   .format(t=f"{at:%H:%M}", now=f"{current:%H:%M}", d=tomorrow.date().isoformat())):
                return dataclasses.replace(entry, follow_up_at=tomorrow)
            return entry
        if messages.ask_yes_no(self, tr("Uppföljningstiden {t} har redan passerat. Spara posten ändå?")
                               .format(t=f"{at:%Y-%m-%d %H:%M}")):
            return entry
        return None

    def show_entries(self, entries: list[LogEntry]) -> None:
        self.model.set_entries(entries)
        self.row_heights.fit_last(60)  # the newest entries, where the view opens
        self.view.scrollToBottom()
        QTimer.singleShot(0, self.view.scrollToBottom)  # again once the rows have their heights

    def clear_form(self) -> None:
        with self.entry_form.loading():
            self._clear_fields()

    def _clear_fields(self) -> None:
        self.text_edit.clear()
        for w in (self.from_edit, self.to_edit, self.decided_edit, self.responsible_edit, self.follow_up_edit):
            w.clear()
        self.type_combo.setCurrentIndex(0)
        self.status_combo.setCurrentIndex(0)
        self.corrects = None
        self.correction_label.clear()
        self.text_edit.setFocus()

    def cancel_correction(self) -> None:
        """Esc: leave a correction (the form holds a copy of the corrected entry). A new
        entry being typed is never wiped by one key press in the middle of a crisis."""
        if self.corrects is not None:
            self.clear_form()

    def correct_selected(self) -> None:
        index = self.view.currentIndex()
        if not index.isValid():
            messages.show_info(self, tr("Välj först den post i loggen som ska rättas."))
            return
        e = self.model.entries[index.row()]
        self.corrects = e
        self.text_edit.setPlainText(e.text)
        self.type_combo.setCurrentIndex(TYPES.index(e.entry_type))
        self.status_combo.setCurrentIndex(list(EntryStatus).index(e.status))
        self.from_edit.setText(e.from_whom)
        self.to_edit.setText(e.to_whom)
        self.decided_edit.setText(e.decided_by)
        self.responsible_edit.setText(e.responsible)
        self.follow_up_edit.setText(e.follow_up_at.strftime("%Y-%m-%d %H:%M") if e.follow_up_at else "")
        self.correction_label.setText(tr("Rättelse av post nr {n}: båda posterna finns kvar i loggen. "
                                         "Esc avbryter.").format(n=e.number))
        self.text_edit.setFocus()

    def save_situation(self) -> None:
        from uppfoljning_desktop.store import crisis_log

        event = self.event
        if event is None:
            return
        picture = SituationPicture(event_id=event.id, **{a: e.toPlainText() for a, e in self.situation_edits.items()})
        ok, saved = call(self, lambda: crisis_log.add_situation_picture(self.log_db(), picture))
        if ok:
            self.situation_label.setText(tr("Version {v}, sparad {t:%H:%M}").format(v=saved.version, t=saved.created_at))
            self.session.notify_changed("crisis")

    def _render_event(self, kind: str, event_id: int):
        def render(db, path: str) -> None:
            from uppfoljning_desktop.reports.crisis_event import render_event_kind

            render_event_kind(db, kind, event_id, path)

        return render

    def preview_event(self, kind: str):
        """Händelselogg, lägesbild, utvärdering in the shared document view."""
        from uppfoljning_desktop.ui.document_view import preview

        event = self.event
        if event is None:
            return None
        titles = {"beslutslogg": tr("Beslutslogg"), "handelselogg": tr("Händelselogg"),
                  "lagesbild": tr("Lägesbild"), "utvardering": tr("Utvärdering")}
        self.last_print = preview(self, self.session, f"{titles[kind]} – {event.name}", f"{kind}-{event.id}",
                                  self._render_event(kind, event.id))
        return self.last_print

    def print_decision_log_now(self, dialog: bool = False):
        """Ctrl+P: the decision log straight to the default printer (no dialog), with a
        confirmation on screen; ``dialog``: through the print dialog (Ctrl+Shift+P)."""
        from uppfoljning_desktop.ui.document_view import DocumentView, build_document

        event = self.event
        if event is None:
            return None
        self.print_confirmation.setText(tr("Skriver ut beslutsloggen …"))
        self.print_confirmation.show()

        def built(path) -> None:
            import shutil

            viewer = DocumentView(self)
            viewer.hide()
            viewer.load_file(path)
            ok = viewer.print_with_dialog() if dialog else viewer.print_now()
            pages = viewer.document.pageCount()
            viewer.document.close()
            viewer.deleteLater()
            shutil.rmtree(path.parent, ignore_errors=True)
            if ok:
                text = tr("Beslutsloggen ({pages}) skickades till skrivaren {printer} kl. {t}.").format(
                    pages=count_phrase(pages, tr("sida"), tr("sidor")), printer=viewer.last_printer_name,
                    t=f"{now():%H:%M}")
            else:
                text = tr("Beslutsloggen skrevs inte ut.")
            self.print_confirmation.setText(text)
            self.window().statusBar().showMessage(text, 10000)
            self.printed_log = ok

        self.last_print = build_document(self, self.session, f"beslutslogg-{event.id}",
                                         self._render_event("beslutslogg", event.id), on_built=built,
                                         label=tr("Skriver ut beslutsloggen …"))
        return self.last_print

    def print_event(self, kind: str) -> None:
        event = self.event
        if event is None:
            return
        names = {"beslutslogg": "beslutslogg", "handelselogg": "handelselogg", "lagesbild": "lagesbild",
                 "utvardering": "utvardering"}
        path = messages.get_save_file_name(
            self, tr("Spara PDF"), f"{names[kind]}-{event.id}.pdf", tr("PDF (*.pdf)"))
        if not path:
            return
        session = self.session

        def work():
            from uppfoljning_desktop.reports.crisis_event import render_event_kind

            db = session.worker_connection()
            try:
                render_event_kind(db, kind, event.id, path)
            finally:
                db.close()
            return path

        self.last_print = run_task(self, work, label=tr("Skriver ut …"), on_success=self._printed)

    def _printed(self, path: str) -> None:
        self.window().statusBar().showMessage(tr("PDF sparad: {path}").format(path=path), 8000)
        self.printed_path = path


def now() -> dt.datetime:
    """The current time (tests set it)."""
    return dt.datetime.now()
