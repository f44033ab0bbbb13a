"""GUI: build a meeting, reorder its items by moving rows, refuse a bad attachment,
finalise the minutes and open the preview."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QModelIndex

from tests.helpers import type_text
from uppfoljning_desktop.store import meeting_items as items_store
from uppfoljning_desktop.store import meetings as meeting_store


def test_build_reorder_preview(open_window, demo_db_path, qtbot, messages, tmp_path):
    window = open_window(demo_db_path)
    page = window.show_area("meetings")
    assert page.meeting_list.count() == 3
    page.new_date.setDate(QDate(2016, 12, 15))
    page.new_button.click()
    meeting = page.current_meeting
    assert meeting.date == dt.date(2016, 12, 15) and messages.errors == []
    tab = page.items_tab
    assert tab.list.count() == 2  # standing items from the template
    page.new_button.click()  # a second meeting the same day is refused in Swedish
    assert "redan ett sammanträde 2016-12-15" in messages.errors[-1]

    tab.add_button.click()
    type_text(tab.title_edit, "Sammanträdesordning 2017")
    tab.proposal_edit.setPlainText("Nämnden godkänner sammanträdesordningen för 2017.")
    tab.save_button.click()
    assert messages.errors[1:] == []
    db = window.session.db
    new = items_store.list_items(db, meeting.id)[-1]
    assert new.title == "Sammanträdesordning 2017" and new.case_number.startswith("AVUX/2016:")

    before = [i.id for i in items_store.list_items(db, meeting.id)]
    tab.list.model().moveRow(QModelIndex(), 2, QModelIndex(), 0)  # what a drag does
    after = [i.id for i in items_store.list_items(db, meeting.id)]
    assert after == [before[2], before[0], before[1]]
    assert tab.list.item(0).text().startswith("1. Sammanträdesordning 2017")
    tab.list.setCurrentRow(0)
    tab.down_button.click()
    assert [i.id for i in items_store.list_items(db, meeting.id)] == [before[0], before[2], before[1]]

    bad = tmp_path / "protokoll.docx"
    bad.write_bytes(b"PK\x03\x04 not a pdf")
    messages.open_file = str(bad)
    tab.attach_button.click()
    assert "protokoll.docx" in messages.errors[-1]

    page.tabs.setCurrentWidget(page.preview_tab)
    page.preview_tab.select("kallelse")
    with qtbot.waitSignal(page.preview_tab.loaded, timeout=20000):
        page.preview_tab.show_button.click()
    assert page.preview_tab.document.pageCount() == 1
    assert page.preview_tab.open_button.isEnabled()


def test_minutes_mode_finalises(open_window, demo_db_path, messages):
    window = open_window(demo_db_path)
    page = window.show_area("meetings")
    page.select_meeting_by_date(dt.date(2016, 10, 20))
    minutes_tab = page.minutes_tab
    minutes_tab.fill_default()
    minutes_tab.save_attendance()
    assert messages.errors == []
    minutes_tab.item_combo.setCurrentIndex(0)
    minutes_tab.conflicts_edit.setText("Karin Lindqvist")
    minutes_tab.save_decision()
    assert "1 jäviga" in minutes_tab.quorum_label.text()
    minutes_tab.finalise_button.click()
    assert messages.infos[-1].startswith("Protokollet är färdigställt med §§ 10–11")
    m = meeting_store.get_meeting(window.session.db, page.current_meeting.id)
    assert m.minutes_finalised
    page.editor.adjust_date_edit.setText("2016-10-19")
    page.editor.save_button.click()
    assert "före sammanträdet" in messages.errors[-1]


def test_meeting_save_error_keeps_the_edits(open_window, demo_db_path, messages):
    """A refused save (adjustment before the meeting) shows the message and leaves what
    the secretary typed in the form, so she can correct the one wrong field."""
    window = open_window(demo_db_path)
    page = window.show_area("meetings")
    page.select_meeting_by_date(dt.date(2016, 10, 20))
    editor = page.editor
    type_text(editor.place_edit, "Sal Mälaren")
    editor.adjusters_edit.setText("Anna Ek, Per Lund")
    editor.adjust_date_edit.setText("2016-10-19")
    editor.save_button.click()
    assert "före sammanträdet" in messages.errors[-1]
    assert editor.place_edit.text() == "Sal Mälaren"
    assert editor.adjusters_edit.text() == "Anna Ek, Per Lund"
    assert editor.adjust_date_edit.text() == "2016-10-19"
    stored = meeting_store.get_meeting(window.session.db, page.current_meeting.id)
    assert stored.place != "Sal Mälaren" and stored.adjustment_date is None
    assert page.current_meeting.place == stored.place  # the unsaved edits stay in the form only


def test_refused_item_save_hands_out_no_case_number(open_window, demo_db_path, messages):
    """Saving a decision item without a dnr allocates one, in the same transaction as the
    save: a refused save (secrecy without its OSL provision) leaves no number behind."""
    window = open_window(demo_db_path)
    page = window.show_area("meetings")
    page.select_meeting_by_date(dt.date(2016, 10, 20))
    tab = page.items_tab
    db = window.session.db
    before = meeting_store.list_case_numbers(db, 2016)
    tab.add_button.click()
    type_text(tab.title_edit, "Nytt beslutsärende")
    tab.confidential_check.setChecked(True)
    tab.save_button.click()
    assert "OSL" in messages.errors[-1]
    assert meeting_store.list_case_numbers(db, 2016) == before
    assert tab.case_edit.text() == ""
    type_text(tab.osl_edit, "OSL 39 kap. 3 §")
    tab.save_button.click()
    assert len(messages.errors) == 1
    after = meeting_store.list_case_numbers(db, 2016)
    assert len(after) == len(before) + 1
    saved = tab.current_item()
    assert saved.case_number == after[-1]["number"] and saved.confidential


def test_adjusted_minutes_are_shown_locked(open_window, demo_db_path):
    """The demo meeting of 22 September 2016 is adjusted and posted: its minutes are read-only."""
    window = open_window(demo_db_path)
    page = window.show_area("meetings")
    from uppfoljning_desktop.ui.meetings_minutes import MinutesTab

    minutes_tab = page.findChild(MinutesTab)
    page.meeting_list.setCurrentRow(0)
    assert page.current_meeting.date.isoformat() == "2016-09-22"
    minutes_tab.reload()
    assert "justerat" in minutes_tab.status_label.text()
    assert not minutes_tab.save_decision_button.isEnabled()
    assert minutes_tab.decision_edit.isReadOnly()
