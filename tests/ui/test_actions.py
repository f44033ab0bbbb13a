"""GUI: the everyday actions that were missing, with the checks that guard them
(named "sanity" so the desk selection runs them): delete a meeting, move it to another
date and time, remove an attachment."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QTime

from uppfoljning_desktop.store import meeting_items as items_store
from uppfoljning_desktop.store import meetings as meeting_store


def _pdf(pages: int) -> bytes:
    import io

    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf)
    for n in range(pages):
        c.drawString(72, 720, f"Sida {n + 1}")
        c.showPage()
    c.save()
    return buf.getvalue()


def _page(open_window, path):
    window = open_window(path)
    return window, window.show_area("meetings")


def test_sanity_delete_meeting_only_without_finalised_minutes(open_window, demo_db_path, messages):
    window, page = _page(open_window, demo_db_path)
    db = window.session.db
    page.new_date.setDate(QDate(2016, 12, 15))
    page.new_button.click()
    new = page.current_meeting
    count = page.meeting_list.count()
    messages.answer_yes = False
    page.delete_button.click()
    assert "Ta bort sammanträdet 2016-12-15 med 2 ärenden?" in messages.questions[-1]
    assert page.meeting_list.count() == count
    messages.answer_yes = True
    page.delete_button.click()
    assert page.meeting_list.count() == count - 1 and messages.errors == []
    assert meeting_store.find_meeting_by_date(db, new.date) is None
    page.select_meeting_by_date(dt.date(2016, 9, 22))  # finalised and adjusted minutes
    assert not page.delete_button.isEnabled()


def test_sanity_move_meeting_items_and_deadlines_follow(open_window, demo_db_path, messages):
    window, page = _page(open_window, demo_db_path)
    db = window.session.db
    page.select_meeting_by_date(dt.date(2016, 10, 20))
    m = page.current_meeting
    items_before = [i.id for i in items_store.list_items(db, m.id)]
    deadlines_before = meeting_store.meeting_deadlines(db, m)
    editor = page.editor
    editor.date_edit.setDate(QDate(2016, 10, 27))
    editor.time_edit.setTime(QTime(17, 30))
    assert editor.form.is_modified
    editor.save_button.click()
    assert "Flytta sammanträdet från 2016-10-20 till 2016-10-27?" in messages.questions[-1]
    moved = meeting_store.get_meeting(db, m.id)
    assert moved.date == dt.date(2016, 10, 27) and moved.start_time == dt.time(17, 30)
    assert [i.id for i in items_store.list_items(db, m.id)] == items_before
    after = meeting_store.meeting_deadlines(db, moved)
    assert after.notice_by == deadlines_before.notice_by + dt.timedelta(days=7)
    history = items_store.list_history(db, items_before[0])
    assert any("flyttades från 2016-10-20 till 2016-10-27" in h.text for h in history)
    assert page.current_meeting.id == m.id and "2016-10-27" in page.meeting_list.currentItem().text()
    # a held meeting keeps its date
    page.select_meeting_by_date(dt.date(2016, 9, 22))
    assert not editor.date_edit.isEnabled()


def test_sanity_move_meeting_onto_holiday_asks(open_window, demo_db_path, messages):
    window, page = _page(open_window, demo_db_path)
    page.select_meeting_by_date(dt.date(2016, 10, 20))
    m = page.current_meeting
    page.editor.date_edit.setDate(QDate(2016, 12, 26))
    messages.answer_yes = False
    page.editor.save_button.click()
    assert "2016-12-26 är annandag jul" in messages.questions[-1]
    assert meeting_store.get_meeting(window.session.db, m.id).date == dt.date(2016, 10, 20)
    assert page.editor.form.is_modified  # still in the form, not saved


def test_sanity_remove_attachment(open_window, demo_db_path, messages):
    window, page = _page(open_window, demo_db_path)
    db = window.session.db
    tab = page.items_tab
    meeting = meeting_store.get_meeting_by_date(db, dt.date(2016, 10, 20))
    item = items_store.list_items(db, meeting.id)[0]
    items_store.add_attachment(db, item.id, "bilaga.pdf", _pdf(2))
    items_store.add_attachment(db, item.id, "karta.pdf", _pdf(1))
    page.select_meeting_by_date(meeting.date)
    tab.list.setCurrentRow(0)
    before = tab.attachment_list.count()
    assert before >= 1 and not tab.remove_attachment_button.isEnabled()
    tab.attachment_list.setCurrentRow(0)
    assert tab.remove_attachment_button.isEnabled()
    assert tab.attachment_list.item(0).text() == "bilaga (bilaga.pdf, 2 sidor)"
    assert tab.attachment_list.item(1).text() == "karta (karta.pdf, 1 sida)"
    tab.remove_attachment_button.click()
    assert "Ta bort bilagan" in messages.questions[-1] and messages.errors == []
    assert len(items_store.list_attachments(db, item.id)) == before - 1
    assert tab.attachment_list.count() == before - 1
