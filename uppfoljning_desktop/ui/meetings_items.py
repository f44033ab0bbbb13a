"""The item list of a meeting (drag to reorder) and the item editor: title, case number,
kind, memo texts, signers, confidentiality, attachments, moving and postponing."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from uppfoljning_desktop.domain.meetings import AgendaItem, ItemKind, ItemStatus
from uppfoljning_desktop.store import meeting_items as items_store
from uppfoljning_desktop.store import meetings as meeting_store
from uppfoljning_desktop.ui import editing, messages, undo
from uppfoljning_desktop.ui.core_texts import label as core_label
from uppfoljning_desktop.ui.i18n import count_phrase, tr
from uppfoljning_desktop.ui.tasks import call


class ItemsTab(QWidget):
    def __init__(self, page, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.page = page
        self.items: list[AgendaItem] = []
        self.list = QListWidget(self)
        self.list.setObjectName("itemList")
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.list.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.list.model().rowsMoved.connect(self._rows_moved)
        self.list.currentRowChanged.connect(self._row_clicked)
        self.add_button = QPushButton(tr("Nytt ärende"), self)
        self.up_button = QPushButton(tr("Upp"), self)
        self.down_button = QPushButton(tr("Ned"), self)
        self.delete_button = QPushButton(tr("Ta bort"), self)
        self.move_button = QPushButton(tr("Flytta …"), self)
        self.postpone_button = QPushButton(tr("Bordlägg …"), self)
        self.add_button.clicked.connect(self.add_item)
        self.up_button.clicked.connect(lambda: self.move_selected(-1))
        self.down_button.clicked.connect(lambda: self.move_selected(1))
        self.delete_button.clicked.connect(self.delete_item)
        self.move_button.clicked.connect(lambda: self.carry(postpone=False))
        self.postpone_button.clicked.connect(lambda: self.carry(postpone=True))
        left = QWidget(self)
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        lv.addWidget(QLabel(tr("Föredragningslista (dra för att ändra ordning)"), left))
        lv.addWidget(self.list, 1)
        for pair in ((self.add_button, self.delete_button), (self.up_button, self.down_button),
                     (self.move_button, self.postpone_button)):
            row = QHBoxLayout()
            for b in pair:
                row.addWidget(b)
            lv.addLayout(row)

        form_widget = QWidget(self)
        form = QFormLayout(form_widget)
        self.title_edit = QLineEdit(form_widget)
        self.case_edit = QLineEdit(form_widget)
        self.case_edit.setPlaceholderText(tr("tomt = nästa lediga nummer"))
        self.kind_combo = QComboBox(form_widget)
        for k in ItemKind:
            self.kind_combo.addItem(core_label(k), k)
        self.officer_edit = QLineEdit(form_widget)
        self.recipient_edit = QLineEdit(form_widget)
        self.proposal_edit = QPlainTextEdit(form_widget)
        self.summary_edit = QPlainTextEdit(form_widget)
        self.body_edit = QPlainTextEdit(form_widget)
        self.distribution_edit = QPlainTextEdit(form_widget)
        self.signer1_edit = QLineEdit(form_widget)
        self.signer2_edit = QLineEdit(form_widget)
        self.confidential_check = QCheckBox(tr("Sekretess"), form_widget)
        self.osl_edit = QLineEdit(form_widget)
        self.osl_edit.setPlaceholderText(tr("OSL 26 kap. 1 §"))
        self.confidential_by_edit = QLineEdit(form_widget)
        for w in (self.proposal_edit, self.distribution_edit):
            w.setFixedHeight(60)
        for w in (self.summary_edit, self.body_edit):
            w.setMinimumHeight(90)
        self.attachment_list = QListWidget(form_widget)
        self.attachment_list.setObjectName("attachmentList")
        self.attachment_list.setMaximumHeight(70)
        self.attach_button = QPushButton(tr("Bifoga PDF …"), form_widget)
        self.attach_button.clicked.connect(self.attach_pdf)
        self.remove_attachment_button = QPushButton(tr("Ta bort bilagan"), form_widget)
        self.remove_attachment_button.clicked.connect(self.remove_attachment)
        self.attachment_list.currentRowChanged.connect(
            lambda row: self.remove_attachment_button.setEnabled(row >= 0))
        self.history_label = QLabel(form_widget)
        self.history_label.setWordWrap(True)
        self.save_button = QPushButton(tr("Spara ärendet"), form_widget)
        self.save_button.clicked.connect(lambda: self.save_item())
        form.addRow(tr("Rubrik"), self.title_edit)
        form.addRow(tr("Diarienummer"), self.case_edit)
        form.addRow(tr("Typ"), self.kind_combo)
        form.addRow(tr("Handläggare"), self.officer_edit)
        form.addRow(tr("Mottagare"), self.recipient_edit)
        form.addRow(tr("Förslag till beslut"), self.proposal_edit)
        form.addRow(tr("Sammanfattning"), self.summary_edit)
        form.addRow(tr("Ärendet"), self.body_edit)
        form.addRow(tr("Expedieras till"), self.distribution_edit)
        form.addRow(tr("Undertecknas av"), self.signer1_edit)
        form.addRow("", self.signer2_edit)
        form.addRow(self.confidential_check, self.osl_edit)
        form.addRow(tr("Sekretessmarkerat av"), self.confidential_by_edit)
        form.addRow(tr("Bilagor"), self.attachment_list)
        attach_row = QHBoxLayout()
        attach_row.addWidget(self.attach_button)
        attach_row.addWidget(self.remove_attachment_button)
        attach_row.addStretch()
        form.addRow("", attach_row)
        form.addRow(tr("Historik"), self.history_label)
        form.addRow("", self.save_button)
        self.form = editing.FormEditor(
            form_widget, lambda: tr("ärendet \"{t}\"").format(t=self.title_edit.text()), self._save_item,
            save_button=self.save_button)
        self.form.watch(self.title_edit, self.case_edit, self.kind_combo, self.officer_edit, self.recipient_edit,
                        self.proposal_edit, self.summary_edit, self.body_edit, self.distribution_edit,
                        self.signer1_edit, self.signer2_edit, self.confidential_check, self.osl_edit,
                        self.confidential_by_edit)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(form_widget)
        splitter = QSplitter(self)
        splitter.addWidget(left)
        splitter.addWidget(scroll)
        splitter.setSizes([330, 600])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        self._loading = False

    # ------------------------------------------------------------ data

    @property
    def db(self):
        return self.page.session.db

    def current_item(self) -> AgendaItem | None:
        row = self.list.currentRow()
        return self.items[row] if 0 <= row < len(self.items) else None

    def reload(self, select_id: int | None = None) -> None:
        meeting = self.page.current_meeting
        self._loading = True
        previous = select_id or (self.current_item().id if self.current_item() else None)
        self.list.clear()
        self.items = items_store.list_items(self.db, meeting.id) if meeting else []
        for n, item in enumerate(self.items, start=1):
            label = f"{n}. {item.title_with_case()}"
            if item.status is ItemStatus.POSTPONED:
                label += tr(" (bordlagt)")
            if item.confidential:
                label += " 🔒"
            w = QListWidgetItem(label)
            w.setData(Qt.ItemDataRole.UserRole, item.id)
            self.list.addItem(w)
        row = next((i for i, x in enumerate(self.items) if x.id == previous), 0 if self.items else -1)
        self.list.setCurrentRow(row)
        self._loading = False
        self._select(row)

    def _row_clicked(self, row: int) -> None:
        """Another item chosen: first the unsaved edits of the one in the form."""
        if self._loading:
            return
        new = self.items[row] if 0 <= row < len(self.items) else None
        if self.form.key is not None and (new is None or new.id != self.form.key) \
                and not self.form.confirm_leave(self):
            back = next((i for i, x in enumerate(self.items) if x.id == self.form.key), -1)
            self._loading = True
            self.list.setCurrentRow(back)
            self._loading = False
            return
        # Saving may have reloaded the list: choose the wanted item again, by id.
        row = next((i for i, x in enumerate(self.items) if new is not None and x.id == new.id), row)
        self._loading = True
        self.list.setCurrentRow(row)
        self._loading = False
        self._select(row)

    def _select(self, row: int) -> None:
        if self._loading:
            return
        item = self.items[row] if 0 <= row < len(self.items) else None
        if item is not None and self.form.keeps(item.id):
            self._show_attachments(item)
            return  # unsaved edits of this item stay (another form of the page saved)
        with self.form.loading(item.id if item else None):
            self._fill(item)
        self._show_attachments(item)

    def _fill(self, item: AgendaItem | None) -> None:
        a = item or AgendaItem(0, "")
        self.title_edit.setText(a.title)
        self.case_edit.setText(a.case_number)
        self.kind_combo.setCurrentIndex(list(ItemKind).index(a.kind))
        self.officer_edit.setText(a.officer)
        self.recipient_edit.setText(a.recipient)
        self.proposal_edit.setPlainText(a.proposal)
        self.summary_edit.setPlainText(a.summary)
        self.body_edit.setPlainText(a.body)
        self.distribution_edit.setPlainText(a.distribution)
        self.signer1_edit.setText(a.signer1)
        self.signer2_edit.setText(a.signer2)
        self.confidential_check.setChecked(a.confidential)
        self.osl_edit.setText(a.osl_provision)
        self.confidential_by_edit.setText(a.confidential_by)

    def _show_attachments(self, item: AgendaItem | None) -> None:
        self.attachment_list.clear()
        if item is not None:
            for x in items_store.list_attachments(self.db, item.id):
                w = QListWidgetItem(f"{x.title} ({x.filename}, {count_phrase(x.pages, tr('sida'), tr('sidor'))})")
                w.setData(Qt.ItemDataRole.UserRole, x.id)
                self.attachment_list.addItem(w)
            self.history_label.setText("\n".join(f"{h.at:%Y-%m-%d}: {h.text}" for h in items_store.list_history(self.db, item.id)))
        else:
            self.history_label.setText("")
        self.remove_attachment_button.setEnabled(False)
        for w in (self.attach_button, self.delete_button, self.move_button, self.postpone_button):
            w.setEnabled(item is not None)

    def _changed(self, select_id: int | None = None) -> None:
        self.page.session.notify_changed("meetings")
        self.reload(select_id)
        self.page.items_changed()

    # ------------------------------------------------------------ actions

    def add_item(self) -> None:
        meeting = self.page.current_meeting
        if meeting is None or not self.form.confirm_leave(self):
            return
        ok, item = call(self, lambda: items_store.add_item(self.db, meeting.id, tr("Nytt ärende"), allocate=False))
        if ok:
            added = {"id": item.id}

            def again() -> None:
                added["id"] = items_store.add_item(self.db, meeting.id, tr("Nytt ärende"), allocate=False).id

            undo.record(self, tr("nytt ärende"), lambda: items_store.delete_item(self.db, added["id"]), again,
                        self._after_undo)
            self._changed(item.id)
            self.title_edit.setFocus()
            self.title_edit.selectAll()

    def save_item(self) -> bool:
        return self.form.save()

    def _save_item(self) -> bool:
        # The item in the form (the list may already show the next one being chosen).
        current = next((x for x in self.items if x.id == self.form.key), None)
        if current is None:
            return False
        # Edit a copy: the list keeps what is stored until the save succeeds.
        item = replace(current)
        item.title = self.title_edit.text()
        item.case_number = self.case_edit.text()
        item.kind = ItemKind(self.kind_combo.currentData())
        item.officer = self.officer_edit.text()
        item.recipient = self.recipient_edit.text()
        item.proposal = self.proposal_edit.toPlainText()
        item.summary = self.summary_edit.toPlainText()
        item.body = self.body_edit.toPlainText()
        item.distribution = self.distribution_edit.toPlainText()
        item.signer1 = self.signer1_edit.text()
        item.signer2 = self.signer2_edit.text()
        item.confidential = self.confidential_check.isChecked()
        item.osl_provision = self.osl_edit.text()
        item.confidential_by = self.confidential_by_edit.text()
        saved = items_store.save_item(self.db, item, allocate=True)
        self.form.set_modified(False)
        warnings = items_store.case_number_warnings(self.db, saved)
        if warnings:
            messages.show_info(self, tr("Observera:") + "\n" + "\n".join(warnings))
        self._changed(saved.id)
        return True

    def _rows_moved(self, *args) -> None:
        if self._loading:
            return
        ids = [self.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.list.count())]
        meeting = self.page.current_meeting
        current = self.list.currentItem().data(Qt.ItemDataRole.UserRole) if self.list.currentItem() else None
        before = [x.id for x in self.items]
        ok, _ = call(self, lambda: items_store.reorder_items(self.db, meeting.id, ids))
        if ok and before != ids:
            undo.record(self, tr("ändrad ordning"), lambda: items_store.reorder_items(self.db, meeting.id, before),
                        lambda: items_store.reorder_items(self.db, meeting.id, ids), self._after_undo)
        self._changed(current)

    def move_selected(self, step: int) -> None:
        row = self.list.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.list.count():
            return
        dest = target + 1 if step > 0 else target
        self.list.model().moveRow(self.list.rootIndex(), row, self.list.rootIndex(), dest)

    def delete_item(self) -> None:
        item = self.current_item()
        if item is None or not messages.ask_yes_no(self, tr("Ta bort ärendet \"{t}\"?").format(t=item.title)):
            return
        self.form.discard()  # its unsaved edits go with it
        # kept for Ångra: the item's fields and its attachments' files
        attachments = [(a, items_store.attachment_data(self.db, a.id))
                       for a in items_store.list_attachments(self.db, item.id)]
        position = self.items.index(item) + 1
        ok, _ = call(self, lambda: items_store.delete_item(self.db, item.id))
        if ok:
            state = {"id": item.id}

            def put_back() -> None:
                with self.db.atomic():  # one step: the item and its attachments
                    state["id"] = restore_item(self.db, item, position, attachments)

            undo.record(self, tr("borttaget ärende"), put_back,
                        lambda: items_store.delete_item(self.db, state["id"]), self._after_undo)
            self._changed()

    def attach_pdf(self) -> None:
        item = self.current_item()
        if item is None:
            return
        path = messages.get_open_file_name(self, tr("Bifoga PDF"), "", tr("PDF-filer (*.pdf)"))
        if not path:
            return
        ok, attachment = call(self, lambda: items_store.add_attachment_from_file(self.db, item.id, path))
        if ok:
            self._record_attachment(item.id, attachment, items_store.attachment_data(self.db, attachment.id),
                                    added=True)
            self._changed(item.id)

    def remove_attachment(self) -> None:
        item = self.current_item()
        current = self.attachment_list.currentItem()
        if item is None or current is None:
            return
        attachment_id = current.data(Qt.ItemDataRole.UserRole)
        if not messages.ask_yes_no(self, tr("Ta bort bilagan {name} från ärendet?").format(name=current.text())):
            return
        attachment = items_store.get_attachment(self.db, attachment_id)
        data = items_store.attachment_data(self.db, attachment_id)  # kept for Ångra
        ok, _ = call(self, lambda: items_store.remove_attachment(self.db, attachment_id))
        if ok:
            self._record_attachment(item.id, attachment, data, added=False)
            self._changed(item.id)

    def _record_attachment(self, item_id: int, attachment, data: bytes, *, added: bool) -> None:
        """Ångra for an attachment added or removed (its bytes are kept for it)."""
        state = {"id": attachment.id}

        def put_back() -> None:
            state["id"] = items_store.add_attachment(self.db, item_id, attachment.filename, data, attachment.title).id

        def take_away() -> None:
            items_store.remove_attachment(self.db, state["id"])

        text = tr("bilaga {name}").format(name=attachment.filename)
        if added:
            undo.record(self, text, take_away, put_back, self._after_undo)
        else:
            undo.record(self, text, put_back, take_away, self._after_undo)

    def _after_undo(self) -> None:
        self._changed(self.current_item().id if self.current_item() else None)

    def carry(self, postpone: bool) -> None:
        item = self.current_item()
        meeting = self.page.current_meeting
        if item is None or meeting is None or not self.form.confirm_leave(self):
            return
        later = [m for m in meeting_store.list_meetings(self.db, meeting.committee_id) if m.date > meeting.date]
        if not later:
            messages.show_info(self, tr("Det finns inget senare sammanträde att flytta till. Skapa det först."))
            return
        title = tr("Bordlägg ärendet") if postpone else tr("Flytta ärendet")
        choice = messages.choose_item(self, title, tr("Till sammanträdet"), [m.date.isoformat() for m in later])
        if choice is None:
            return
        fn = items_store.postpone_item if postpone else items_store.move_item
        order = [x.id for x in self.items]
        target_id = later[choice].id
        ok, copy = call(self, lambda: fn(self.db, item.id, target_id))
        if ok:
            state = {"copy": copy.id}

            def again() -> None:
                state["copy"] = fn(self.db, item.id, target_id).id

            undo.record(self, tr("bordläggning") if postpone else tr("flyttning"),
                        lambda: items_store.cancel_carry(self.db, state["copy"], order), again, self._after_undo)
            self._changed()


RESTORED_FIELDS = ("officer", "recipient", "memo_date", "proposal", "summary", "body", "distribution", "signer1",
                   "signer2", "confidential", "osl_provision", "confidential_on", "confidential_by", "standing",
                   "decision", "dissent", "notes", "immediate_adjustment")


def restore_item(db, item: AgendaItem, position: int, attachments) -> int:
    """Put a deleted item back at its place, with its texts and attachments (Ångra);
    returns its new id. Its history starts again ("Lades upp …")."""
    fields = {name: getattr(item, name) for name in RESTORED_FIELDS}
    new = items_store.add_item(db, item.meeting_id, item.title, kind=item.kind, case_number=item.case_number,
                               allocate=False, position=position, **fields)
    for attachment, data in attachments:
        items_store.add_attachment(db, new.id, attachment.filename, data, attachment.title)
    return new.id


def today() -> dt.date:
    return dt.date.today()
