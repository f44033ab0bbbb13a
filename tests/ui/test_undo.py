"""Undo (Redigera → Ångra / Gör om, Ctrl+Z / Ctrl+Shift+Z) through the real widgets:
text edits in a field, and structural changes: items added and reordered, attachments
removed, members, checklist steps and contacts added or removed."""

from __future__ import annotations

import datetime as dt
import sqlite3

from PySide6.QtCore import Qt

from uppfoljning_desktop.store import meeting_items as items_store


def _meetings(open_window, path):
    window = open_window(path)
    page = window.show_area("meetings")
    page.select_meeting_by_date(dt.date(2016, 10, 20))
    page.tabs.setCurrentWidget(page.items_tab)
    return window, page


def _ids(window, page):
    return [i.id for i in items_store.list_items(window.session.db, page.current_meeting.id)]


def test_undo_menu_and_shortcuts(open_window, demo_db_path, qtbot):
    window = open_window(demo_db_path)
    titles = [a.text() for a in window.menuBar().actions()]
    assert "&Redigera" in titles
    qtbot.waitUntil(lambda: not window.undo_action.shortcut().isEmpty(), timeout=2000)
    assert window.undo_action.shortcut().toString() == "Ctrl+Z"
    assert [s.toString() for s in window.redo_action.shortcuts()] == ["Ctrl+Shift+Z", "Ctrl+Y"]


def test_undo_text_edit_in_the_focused_field(open_window, demo_db_path, qtbot):
    window, page = _meetings(open_window, demo_db_path)
    page.tabs.setCurrentWidget(page.editor)
    edit = page.editor.place_edit
    before = edit.text()
    window.activateWindow()
    edit.setFocus()
    qtbot.keyClicks(edit, " 2")
    assert edit.text() == before + " 2"
    qtbot.keyClick(edit, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert edit.text() == before


def test_undo_item_added_and_reordered(open_window, demo_db_path, messages):
    window, page = _meetings(open_window, demo_db_path)
    tab = page.items_tab
    before = _ids(window, page)
    tab.add_button.click()
    assert len(_ids(window, page)) == len(before) + 1
    tab.list.setFocus()
    window.undo_action.trigger()
    assert _ids(window, page) == before and tab.list.count() == len(before)
    window.redo_action.trigger()
    assert len(_ids(window, page)) == len(before) + 1
    window.undo_action.trigger()
    assert _ids(window, page) == before
    tab.list.setCurrentRow(0)
    tab.down_button.click()
    assert _ids(window, page) == [before[1], before[0], *before[2:]]
    tab.list.setFocus()
    window._update_undo_texts()
    assert window.undo_action.text() == "&Ångra ändrad ordning"
    window.undo_action.trigger()
    assert _ids(window, page) == before
    assert tab.list.item(0).text().startswith("1. ") and messages.errors == []


def test_undo_attachment_removed(open_window, demo_db_path, messages):
    from tests.ui.test_actions import _pdf

    window, page = _meetings(open_window, demo_db_path)
    db = window.session.db
    tab = page.items_tab
    item = items_store.list_items(db, page.current_meeting.id)[0]
    items_store.add_attachment(db, item.id, "bilaga.pdf", _pdf(2))
    page.meeting_changed()
    tab.list.setCurrentRow(0)
    tab.attachment_list.setCurrentRow(0)
    tab.remove_attachment_button.click()
    assert items_store.list_attachments(db, item.id) == []
    tab.list.setFocus()
    window.undo_action.trigger()
    back = items_store.list_attachments(db, item.id)
    assert [a.filename for a in back] == ["bilaga.pdf"] and back[0].pages == 2
    assert tab.attachment_list.count() == 1
    window.redo_action.trigger()
    assert items_store.list_attachments(db, item.id) == [] and messages.errors == []


def test_undo_member_removed(open_window, demo_db_path, messages):
    window = open_window(demo_db_path)
    page = window.show_area("organisation")
    editor = page.members
    model = editor.model
    name = model.rows[2].name
    con = sqlite3.connect(demo_db_path)
    count = con.execute("SELECT count(*) FROM member").fetchone()[0]
    editor.view.setCurrentIndex(model.index(2, 0))
    editor.remove_selected()
    assert con.execute("SELECT count(*) FROM member").fetchone()[0] == count - 1
    editor.view.setFocus()
    window.undo_action.trigger()
    assert con.execute("SELECT count(*) FROM member WHERE name = ?", [name]).fetchone()[0] == 1
    assert model.rows[2].name == name
    window.redo_action.trigger()
    assert con.execute("SELECT count(*) FROM member WHERE name = ?", [name]).fetchone()[0] == 0
    con.close()
    assert messages.errors == []


def test_undo_checklist_step_added_and_contact_removed(open_window, demo_db_path, messages):
    from uppfoljning_desktop.store import crisis as plan_store

    window = open_window(demo_db_path)
    editor = window.show_area("crisis").plan_editor
    db = window.session.db
    steps = len(plan_store.load_plan_content(db).steps)
    editor.steps.add_button.click()
    assert len(plan_store.load_plan_content(db).steps) == steps + 1
    editor.steps.view.setFocus()
    window.undo_action.trigger()
    assert len(plan_store.load_plan_content(db).steps) == steps
    assert editor.steps.model.rowCount() == steps
    contacts = editor.contacts
    label = contacts.model.rows[0].label
    contacts.view.setCurrentIndex(contacts.model.index(0, 0))
    contacts.remove_selected()
    assert label not in [c.label for c in plan_store.load_plan_content(db).contacts]
    window.undo_action.trigger()
    assert label in [c.label for c in plan_store.load_plan_content(db).contacts]
    assert contacts.model.rows[0].label == label and messages.errors == []


def test_undo_item_deleted_comes_back_with_texts_and_attachments(open_window, demo_db_path, messages):
    from tests.ui.test_actions import _pdf

    window, page = _meetings(open_window, demo_db_path)
    db = window.session.db
    tab = page.items_tab
    meeting_id = page.current_meeting.id
    victim = items_store.add_item(db, meeting_id, "Yttrande över remiss", proposal="Nämnden yttrar sig.",
                                  body="Remissen gäller …", position=1)
    items_store.add_item(db, meeting_id, "Information om budget", allocate=False)
    before = items_store.list_items(db, meeting_id)
    items_store.add_attachment(db, victim.id, "underlag.pdf", _pdf(3))
    page.meeting_changed()
    tab.list.setCurrentRow(0)
    tab.delete_button.click()
    assert victim.id not in _ids(window, page)
    tab.list.setFocus()
    window.undo_action.trigger()
    after = items_store.list_items(db, page.current_meeting.id)
    back = after[0]
    assert [i.title for i in after] == [i.title for i in before]
    assert (back.case_number, back.proposal, back.body) == (victim.case_number, victim.proposal, victim.body)
    assert [(a.filename, a.pages) for a in items_store.list_attachments(db, back.id)] == [("underlag.pdf", 3)]
    window.redo_action.trigger()
    assert [i.title for i in items_store.list_items(db, page.current_meeting.id)] == \
        [i.title for i in before if i.id != victim.id]
    assert messages.errors == []


def test_undo_item_moved_to_a_later_meeting(open_window, demo_db_path, messages):
    window, page = _meetings(open_window, demo_db_path)
    db = window.session.db
    tab = page.items_tab
    meeting_id = page.current_meeting.id
    items_store.add_item(db, meeting_id, "Yttrande över remiss", position=1)
    page.meeting_changed()
    before = _ids(window, page)
    later = next(m for m in page.meetings if m.date == dt.date(2016, 11, 17))
    later_before = [i.id for i in items_store.list_items(db, later.id)]
    messages.choice = 0  # the first later meeting: 2016-11-17
    tab.list.setCurrentRow(0)
    tab.move_button.click()
    assert _ids(window, page) == before[1:]
    assert len(items_store.list_items(db, later.id)) == len(later_before) + 1
    tab.list.setFocus()
    window.undo_action.trigger()
    assert _ids(window, page) == before and [i.id for i in items_store.list_items(db, later.id)] == later_before
    history = [h.text for h in items_store.list_history(db, before[0])]
    assert any("Flyttningen till sammanträdet 2016-11-17 ångrades" in h for h in history)
    window.redo_action.trigger()
    assert _ids(window, page) == before[1:] and messages.errors == []


def test_undo_move_refused_once_dealt_with(demo_db):
    import pytest

    from uppfoljning_desktop.errors import UserError
    from uppfoljning_desktop.store import meetings as meeting_store

    source = meeting_store.get_meeting_by_date(demo_db, dt.date(2016, 10, 20))
    later = meeting_store.get_meeting_by_date(demo_db, dt.date(2016, 11, 17))
    item = items_store.add_item(demo_db, source.id, "Yttrande över remiss")
    copy = items_store.move_item(demo_db, item.id, later.id)
    from uppfoljning_desktop.store import minutes

    minutes.record_decision(demo_db, copy.id, decision="Nämnden yttrar sig.")
    with pytest.raises(UserError, match="redan behandlat på sammanträdet 2016-11-17"):
        items_store.cancel_carry(demo_db, copy.id)
    assert items_store.get_item(demo_db, item.id).status.value == "flyttat"


def test_undo_member_added(open_window, demo_db_path, messages):
    window = open_window(demo_db_path)
    editor = window.show_area("organisation").members
    model = editor.model
    con = sqlite3.connect(demo_db_path)
    editor.add_button.click()
    row = model.rowCount() - 1
    assert model.setData(model.index(row, 0), "Ny Person")
    assert con.execute("SELECT count(*) FROM member WHERE name = 'Ny Person'").fetchone()[0] == 1
    editor.view.setFocus()
    window.undo_action.trigger()
    assert con.execute("SELECT count(*) FROM member WHERE name = 'Ny Person'").fetchone()[0] == 0
    assert "Ny Person" not in [r.name for r in model.rows]
    window.redo_action.trigger()
    assert con.execute("SELECT count(*) FROM member WHERE name = 'Ny Person'").fetchone()[0] == 1
    con.close()
    assert messages.errors == []
