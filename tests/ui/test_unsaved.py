"""GUI: the one editing model (ui/editing.py): a changed form shows it, leaving it asks
Spara / Spara inte / Avbryt, Ctrl+S saves it, and a refused save says what was not saved."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from tests.helpers import type_text
from uppfoljning_desktop.store import meeting_items as items_store
from uppfoljning_desktop.store import meetings as meeting_store


def _meetings_page(open_window, path):
    window = open_window(path)
    page = window.show_area("meetings")
    page.select_meeting_by_date(dt.date(2016, 10, 20))
    return window, page


def test_unsaved_form_shows_asterisk_and_enables_spara(open_window, demo_db_path):
    window, page = _meetings_page(open_window, demo_db_path)
    editor = page.editor
    assert not editor.save_button.isEnabled() and not window.isWindowModified()
    assert window.windowTitle().endswith("[*]")  # Qt draws the asterisk there
    type_text(editor.place_edit, "Sessionssalen")
    assert editor.form.is_modified and editor.save_button.isEnabled() and window.isWindowModified()
    editor.save_button.click()
    assert not editor.save_button.isEnabled() and not window.isWindowModified()
    m = meeting_store.get_meeting(window.session.db, page.current_meeting.id)
    assert m.place == "Sessionssalen"


@pytest.mark.parametrize("answer, kept_row, stored", [
    ("cancel", 0, False),  # stays on the item, the edit still in the form
    ("discard", 1, False),
    ("save", 1, True),
])
def test_unsaved_item_asks_before_another_item(open_window, demo_db_path, messages, answer, kept_row, stored):
    window, page = _meetings_page(open_window, demo_db_path)
    tab = page.items_tab
    page.tabs.setCurrentWidget(tab)
    tab.list.setCurrentRow(0)
    first = tab.current_item()
    type_text(tab.title_edit, "Ändrad rubrik")
    messages.unsaved_answer = answer
    tab.list.setCurrentRow(1)
    assert len(messages.unsaved) == 1 and "Nya rubrik" not in messages.unsaved[0]
    assert "Ändrad rubrik" in messages.unsaved[0]
    assert tab.list.currentRow() == kept_row
    title = items_store.get_item(window.session.db, first.id).title
    if answer == "cancel":
        assert tab.title_edit.text() == "Ändrad rubrik" and tab.form.is_modified
        assert title == first.title
    else:
        assert (title == "Ändrad rubrik") is stored
        assert not tab.form.is_modified and tab.current_item().id != first.id


def test_unsaved_edit_survives_another_forms_save(open_window, demo_db_path, messages):
    """Saving the meeting reloads the page: the item being edited keeps its edits."""
    window, page = _meetings_page(open_window, demo_db_path)
    tab = page.items_tab
    tab.list.setCurrentRow(0)
    type_text(tab.title_edit, "Halvskriven rubrik")
    type_text(page.editor.place_edit, "Sessionssalen")
    page.editor.save_button.click()
    assert messages.errors == []
    assert tab.title_edit.text() == "Halvskriven rubrik" and tab.form.is_modified
    assert window.isWindowModified()


def test_unsaved_leaving_page_and_window(open_window, demo_db_path, messages):
    window, page = _meetings_page(open_window, demo_db_path)
    type_text(page.editor.place_edit, "Sessionssalen")
    messages.unsaved_answer = "cancel"
    window.nav.setCurrentRow(1)  # Sammanträdesplan
    assert window.current_page() is page and window.nav.currentRow() == 0
    assert not window.close() and window.isVisible()  # closing is cancelled too
    messages.unsaved_answer = "save"
    window.show_area("schedule")
    assert window.current_page() is window.pages["schedule"]
    m = meeting_store.get_meeting(window.session.db, page.current_meeting.id)
    assert m.place == "Sessionssalen" and len(messages.unsaved) == 3
    assert window.close()


def test_unsaved_other_meeting_asks(open_window, demo_db_path, messages):
    window, page = _meetings_page(open_window, demo_db_path)
    current = page.current_meeting
    type_text(page.editor.place_edit, "Sessionssalen")
    messages.unsaved_answer = "cancel"
    page.select_meeting_by_date(dt.date(2016, 9, 22))
    assert page.current_meeting.id == current.id and page.editor.place_edit.text() == "Sessionssalen"
    messages.unsaved_answer = "discard"
    page.select_meeting_by_date(dt.date(2016, 9, 22))
    assert page.current_meeting.date == dt.date(2016, 9, 22) and not window.isWindowModified()
    assert meeting_store.get_meeting(window.session.db, current.id).place != "Sessionssalen"


def test_unsaved_ctrl_s_saves_focused_form(open_window, demo_db_path, qtbot, messages):
    window, page = _meetings_page(open_window, demo_db_path)
    page.tabs.setCurrentWidget(page.items_tab)
    tab = page.items_tab
    tab.list.setCurrentRow(0)
    item = tab.current_item()
    type_text(tab.title_edit, "Sparad med Ctrl+S")
    qtbot.waitUntil(lambda: not window.save_action.shortcut().isEmpty(), timeout=2000)
    window.activateWindow()
    tab.title_edit.setFocus()
    qtbot.keyClick(tab.title_edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert items_store.get_item(window.session.db, item.id).title == "Sparad med Ctrl+S"
    assert not tab.form.is_modified and messages.errors == []
    assert window.save_action.shortcut().toString() == "Ctrl+S"


def test_unsaved_refused_save_says_nothing_was_saved(open_window, demo_db_path, messages):
    """The Jäv example: an unknown name refuses the whole decision, and the message says
    so, naming the reservation typed with it; the form keeps what was typed."""
    window, page = _meetings_page(open_window, demo_db_path)
    tab = page.minutes_tab
    page.tabs.setCurrentWidget(tab)
    tab.fill_default()
    tab.save_attendance()
    tab.item_combo.setCurrentIndex(0)
    item = tab._current()
    type_text(tab.conflicts_edit, "Okänd Person")
    tab.dissent_edit.setPlainText("S reserverar sig till förmån för eget förslag.")
    tab.save_decision_button.click()
    error = messages.errors[-1]
    assert "Okänd Person finns inte i närvarolistan" in error
    assert "Ingenting av beslutet i ärendet" in error and "Reservation" in error and "Jäv" in error
    assert tab.decision_form.is_modified and tab.dissent_edit.toPlainText().startswith("S reserverar")
    assert items_store.get_item(window.session.db, item.id).dissent == ""


def test_unsaved_no_false_alarm_when_visiting_every_page(open_window, demo_db_path, messages):
    """Filling forms from the database is no edit: visiting every page and tab leaves
    nothing modified, and so nothing is asked."""
    from PySide6.QtWidgets import QTabWidget

    from uppfoljning_desktop.ui import editing
    from uppfoljning_desktop.ui.areas import AREAS

    window = open_window(demo_db_path)
    for area in AREAS:
        page = window.show_area(area.key)
        for tabs in page.findChildren(QTabWidget):
            for i in range(tabs.count()):
                tabs.setCurrentIndex(i)
        assert [e.what for e in editing.modified_editors(window)] == [], area.key
    assert messages.unsaved == [] and not window.isWindowModified()


def test_unsaved_crisis_entry_asks_before_the_window_closes(open_window, demo_db_path, messages):
    from uppfoljning_desktop.store import crisis_log

    window = open_window(demo_db_path)
    mode = window.show_area("crisis").mode
    before = len(crisis_log.list_log_entries(window.session.db, mode.event.id))
    type_text(mode.text_edit, "Räddningstjänsten på plats.")
    assert window.isWindowModified()
    messages.unsaved_answer = "cancel"
    assert not window.close()
    assert "loggposten" in messages.unsaved[-1]
    messages.unsaved_answer = "save"
    entries = crisis_log.list_log_entries(window.session.db, mode.event.id)
    assert len(entries) == before
    assert window.close()
    from uppfoljning_desktop.store.connection import connect

    db = connect(demo_db_path)
    try:
        assert crisis_log.list_log_entries(db, mode.event.id)[-1].text == "Räddningstjänsten på plats."
    finally:
        db.close()


def test_unsaved_decision_dialog_asks_before_cancel(open_window, demo_db_path, messages):
    from uppfoljning_desktop.ui.areas.delegation_dialogs import DecisionDialog

    window = open_window(demo_db_path)
    page = window.show_area("delegation")
    dialog = DecisionDialog(page.db, None, page, today=dt.date(2016, 9, 14))
    assert not dialog.form.is_modified  # filled with today's date: no edit
    dialog.reject()
    assert dialog.result() == dialog.DialogCode.Rejected and messages.unsaved == []
    dialog = DecisionDialog(page.db, None, page, today=dt.date(2016, 9, 14))
    dialog.show()
    type_text(dialog.subject_edit, "Lönebidrag")
    messages.unsaved_answer = "cancel"
    dialog.reject()
    assert len(messages.unsaved) == 1 and dialog.isVisible()  # still open, the text kept
    assert dialog.subject_edit.text() == "Lönebidrag"
    messages.unsaved_answer = "discard"
    dialog.reject()
    assert not dialog.isVisible() and dialog.result() == dialog.DialogCode.Rejected
