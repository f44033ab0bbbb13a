"""The Krisledning page: Krisläge entry and corrections, printing, plan versions, gaps."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.helpers import type_text
from uppfoljning_desktop.reports.base import extract_text
from uppfoljning_desktop.store import crisis as plan_store
from uppfoljning_desktop.store import crisis_log as log_store
from uppfoljning_desktop.store.connection import connect


def crisis_page(open_window, path):
    window = open_window(path)
    page = window.show_area("crisis")
    return window, page


def test_entry_is_saved_before_the_field_clears(open_window, demo_db_path, qtbot):
    window, page = crisis_page(open_window, demo_db_path)
    mode = page.mode
    page.tabs.setCurrentWidget(mode)
    assert mode.exercise_label.isVisible()
    before = mode.model.rowCount()
    type_text(mode.text_edit, "Räddningstjänsten lämnar platsen kl. 11:20.")
    type_text(mode.from_edit, "Räddningscentralen")
    qtbot.keyClick(mode.text_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert mode.text_edit.toPlainText() == "" and mode.from_edit.text() == ""
    assert mode.model.rowCount() == before + 1
    assert mode.log_db().execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    other = connect(demo_db_path)  # another connection sees it: it is committed
    try:
        last = log_store.list_log_entries(other, mode.event.id)[-1]
    finally:
        other.close()
    assert last.text == "Räddningstjänsten lämnar platsen kl. 11:20." and last.from_whom == "Räddningscentralen"


def test_refused_entry_keeps_what_was_typed(open_window, demo_db_path, messages):
    _, page = crisis_page(open_window, demo_db_path)
    mode = page.mode
    before = mode.model.rowCount()
    type_text(mode.decided_edit, "Johan Nordin")
    type_text(mode.follow_up_edit, "25:99")
    type_text(mode.text_edit, "Beslut utan giltig tid")
    assert mode.save_entry() is None
    assert "Uppföljning" in messages.errors[-1] and "är ingen tid" in messages.errors[-1]
    assert mode.text_edit.toPlainText() == "Beslut utan giltig tid" and mode.decided_edit.text() == "Johan Nordin"
    mode.text_edit.clear()
    mode.follow_up_edit.clear()
    assert mode.save_entry() is None
    assert "Text: får inte vara tomt" in messages.errors[-1]
    assert mode.model.rowCount() == before


def test_correction_is_a_new_entry_and_both_stay(open_window, demo_db_path, qtbot):
    _, page = crisis_page(open_window, demo_db_path)
    mode = page.mode
    page.tabs.setCurrentWidget(mode)  # shortcuts work on the visible tab
    row = mode.model.rowCount() - 1
    original = mode.model.entries[row]
    mode.view.setCurrentIndex(mode.model.index(row, 0))
    qtbot.keyClick(mode.view, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    assert f"nr {original.number}" in mode.correction_label.text()
    assert mode.text_edit.toPlainText() == original.text
    type_text(mode.text_edit, "Nästa lägesavstämning kl. 13:30.")
    saved = mode.save_entry()
    assert saved.corrects_id == original.id and saved.number == original.number + 1
    assert mode.model.is_corrected(original)
    assert mode.model.entries[row].text == original.text  # still there
    assert f"Rättelse av nr {original.number}" in mode.model.data(mode.model.index(row + 1, 3))


def test_start_event_and_situation_picture(open_window, demo_db_path, messages):
    from uppfoljning_desktop.ui.crisis_mode import StartEventDialog

    _, page = crisis_page(open_window, demo_db_path)
    mode = page.mode
    dialog = StartEventDialog(mode)
    type_text(dialog.name_edit, "Vattenläcka i Tumba")
    type_text(dialog.start_edit, "2026-11-23 07:45")
    event = mode.start_event(dialog)
    assert event.name == "Vattenläcka i Tumba" and not event.is_exercise
    assert mode.event.id == event.id and not mode.exercise_label.isVisible() and mode.model.rowCount() == 0
    mode.situation_edits["incident"].setPlainText("Läcka i källaren")
    mode.save_situation()
    assert "Version 1" in mode.situation_label.text()
    bad = StartEventDialog(mode)
    type_text(bad.start_edit, "i morse")
    assert mode.start_event(bad) is None
    assert "Starttid" in messages.errors[-1]


def test_print_decision_log_in_the_background(open_window, demo_db_path, tmp_path, messages, qtbot):
    _, page = crisis_page(open_window, demo_db_path)
    messages.save_file = str(tmp_path / "beslutslogg.pdf")
    page.mode.print_event("beslutslogg")
    qtbot.waitUntil(lambda: getattr(page.mode, "printed_path", None) == messages.save_file, timeout=15000)
    text = extract_text(messages.save_file)
    assert "Beslutslogg" in text and "ÖVNING" in text and messages.errors == []


def test_plan_versions_and_gaps(open_window, demo_db_path, messages, tmp_path, qtbot):
    _, page = crisis_page(open_window, demo_db_path)
    editor = page.plan_editor
    assert editor.version_combo.count() == 2 and editor.editable
    assert "AVUX/2026:41" in editor.version_combo.currentText()
    editor.version_combo.setCurrentIndex(1)  # version 1: read-only
    assert not editor.editable and editor.readonly_label.isVisibleTo(editor)
    assert not editor.steps.add_button.isEnabled() and editor.title_edit.isReadOnly()
    editor.version_combo.setCurrentIndex(0)
    gaps_before = page.gaps.table.rowCount()
    assert gaps_before > 0 and "Analysfunktion?" in [page.gaps.table.item(r, 0).text()
                                                    for r in range(gaps_before)][2]
    # fill in the missing deputy for Informationsansvarig: one gap fewer
    model = editor.functions.model
    row = next(i for i, f in enumerate(model.rows) if f.function == "Informationsansvarig")
    col = next(i for i, c in enumerate(model.columns) if c.attr == "deputy_name")
    assert model.setData(model.index(row, col), "Olle Hed")
    phone = next(i for i, c in enumerate(model.columns) if c.attr == "deputy_work_phone")
    assert model.setData(model.index(row, phone), "070-174 06 31")
    page.session.notify_changed("crisis")
    assert page.gaps.table.rowCount() == gaps_before - 1
    # a bad date is refused with its field named
    type_text(editor.adopted_edit, "22 sept")
    assert editor.save_plan() is None and "Fastställd" in messages.errors[-1]
    # new version
    editor.new_version()
    assert editor.version_combo.count() == 3 and "ej fastställd" in editor.version_combo.currentText()
    assert plan_store.get_current_plan(page.session.db).version == 3


def test_print_contact_list_without_private_numbers(open_window, demo_db_path, tmp_path, messages, qtbot):
    _, page = crisis_page(open_window, demo_db_path)
    editor = page.plan_editor
    editor.print_combo.setCurrentIndex(4)  # Kontaktlista utan privata nummer
    messages.save_file = str(tmp_path / "kontakter.pdf")
    editor.print_selected()
    qtbot.waitUntil(lambda: getattr(editor, "printed_path", None) == messages.save_file, timeout=15000)
    text = extract_text(messages.save_file)
    assert "Kontaktlista" in text and "070-174 06 20" not in text and "PERSONUPPGIFTER" not in text


def test_empty_database_offers_the_template(open_window, tmp_path):
    _, page = crisis_page(open_window, tmp_path / "tom.sqlite")
    editor = page.plan_editor
    assert editor.create_button.isVisibleTo(editor) and not editor.tabs.isEnabled()
    assert "ingen krisplan" in page.gaps.summary.text()
    editor.create_plan()
    assert editor.version_combo.count() == 1 and editor.steps.model.rowCount() > 20
    assert not page.mode.save_button.isEnabled()  # no event yet


def test_incident_guidance_and_contacts_are_saved(open_window, demo_db_path):
    _, page = crisis_page(open_window, demo_db_path)
    editor = page.plan_editor
    detail = editor.incidents
    assert detail.editor.selected().title == "Brand"  # first row selected
    detail.text.setPlainText("Ring 112.\n- Utrym lokalen")
    item = editor.incident_contacts.item(0)
    item.setCheckState(Qt.CheckState.Checked)
    detail.save_text()
    saved = plan_store.load_plan_content(page.session.db).incidents[0]
    assert saved.guidance == "Ring 112.\n- Utrym lokalen"
    assert item.data(Qt.ItemDataRole.UserRole) in saved.contact_ids


def test_mark_contact_verified_today_removes_the_gap(open_window, demo_db_path):
    import datetime as dt

    _, page = crisis_page(open_window, demo_db_path)
    editor = page.plan_editor
    contacts = editor.contacts
    row = next(i for i, c in enumerate(contacts.model.rows) if c.role == "Kommunpolis")
    contacts.view.setCurrentIndex(contacts.model.index(row, 0))
    before = page.gaps.table.rowCount()
    editor.verify_buttons["contact"].click()
    assert contacts.model.rows[row].verified_on == dt.date.today()
    assert page.gaps.table.rowCount() == before - 1


def test_escape_cancels_a_correction_but_never_wipes_a_new_entry(open_window, demo_db_path, qtbot):
    _, page = crisis_page(open_window, demo_db_path)
    mode = page.mode
    page.tabs.setCurrentWidget(mode)
    type_text(mode.text_edit, "Polisen spärrar av Tumba torg.")
    type_text(mode.from_edit, "Polisen")
    qtbot.keyClick(mode.text_edit, Qt.Key.Key_Escape)
    assert mode.text_edit.toPlainText() == "Polisen spärrar av Tumba torg."  # nothing saved yet: keep it
    assert mode.from_edit.text() == "Polisen"
    mode.clear_form()
    row = mode.model.rowCount() - 1
    mode.view.setCurrentIndex(mode.model.index(row, 0))
    qtbot.keyClick(mode.view, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    assert mode.corrects is not None
    qtbot.keyClick(mode.text_edit, Qt.Key.Key_Escape)
    assert mode.corrects is None and mode.correction_label.text() == ""
    assert mode.text_edit.toPlainText() == ""
