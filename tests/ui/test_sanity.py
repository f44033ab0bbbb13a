"""GUI sanity checks through the real widgets: odd meeting days, justerare, attendance
from current mandates, empty decisions at finalising, past follow-up times, placeholder rows."""

from __future__ import annotations

import datetime as dt
import sqlite3

from PySide6.QtCore import QDate

from tests.helpers import type_text
from uppfoljning_desktop.domain.organisation import Member, MemberRole
from uppfoljning_desktop.store import meeting_items as items_store
from uppfoljning_desktop.store import meetings as meeting_store
from uppfoljning_desktop.store import minutes
from uppfoljning_desktop.store import organisation as org_store


def test_sanity_meeting_on_christmas_day_is_asked_about(open_window, demo_db_path, messages):
    window = open_window(demo_db_path)
    page = window.show_area("meetings")
    count = page.meeting_list.count()
    page.new_date.setDate(QDate(2026, 12, 25))
    messages.answer_yes = False
    page.new_button.click()
    assert "2026-12-25 är juldagen" in messages.questions[-1] and page.meeting_list.count() == count
    messages.answer_yes = True  # overridden: created all the same
    page.new_button.click()
    assert page.current_meeting.date == dt.date(2026, 12, 25) and page.meeting_list.count() == count + 1
    page.new_date.setDate(QDate(2026, 12, 10))  # an ordinary Thursday: no question
    asked = len(messages.questions)
    page.new_button.click()
    assert len(messages.questions) == asked and messages.errors == []


def test_sanity_justerare_not_serving(open_window, demo_db_path, messages):
    window = open_window(demo_db_path)
    page = window.show_area("meetings")
    page.select_meeting_by_date(dt.date(2016, 10, 20))
    meeting = page.current_meeting
    editor = page.editor
    # unknown name: asked, and "Nej" leaves it unsaved in the form
    messages.answer_yes = False
    type_text(editor.adjusters_edit, "Okänd Person")
    editor.save_button.click()
    assert "Okänd Person finns inte bland nämndens ledamöter" in messages.questions[-1]
    assert meeting_store.get_meeting(window.session.db, meeting.id).adjusters != ["Okänd Person"]
    assert editor.form.is_modified
    # recorded as absent: refused, with the field named
    db = window.session.db
    rows = minutes.default_attendance(db, meeting.id)
    rows[0].status = rows[0].status.ABSENT
    minutes.save_attendance(db, meeting.id, rows)
    type_text(editor.adjusters_edit, rows[0].name)
    editor.save_button.click()
    assert "Justerare" in messages.errors[-1] and "tjänstgör inte" in messages.errors[-1]
    assert "Ingenting av sammanträdet sparades" in messages.errors[-1]


def test_sanity_attendance_only_from_current_mandates(open_window, demo_db_path):
    window = open_window(demo_db_path)
    db = window.session.db
    committee = org_store.get_committee(db)
    org_store.save_member(db, Member(name="Avgången Ledamot", role=MemberRole.MEMBER, term_end=dt.date(2014, 12, 31),
                                     committee_id=committee.id))
    org_store.save_member(db, Member(name="Blivande Ledamot", role=MemberRole.MEMBER, term_start=dt.date(2019, 1, 1),
                                     committee_id=committee.id))
    page = window.show_area("meetings")
    page.select_meeting_by_date(dt.date(2016, 10, 20))
    page.minutes_tab.fill_default()
    names = [r.name for r in page.minutes_tab.rows]
    assert names and "Avgången Ledamot" not in names and "Blivande Ledamot" not in names
    assert page.minutes_tab.attendance_form.is_modified  # filled in, not yet saved


def test_sanity_empty_decision_at_finalising_is_asked(open_window, demo_db_path, messages):
    window = open_window(demo_db_path)
    page = window.show_area("meetings")
    page.select_meeting_by_date(dt.date(2016, 10, 20))
    db = window.session.db
    meeting = page.current_meeting
    item = items_store.add_item(db, meeting.id, "Ärende utan förslag", allocate=False)
    page.meeting_changed()
    tab = page.minutes_tab
    tab.fill_default()
    tab.save_attendance()
    messages.answer_yes = False
    tab.finalise_button.click()
    assert "\"Ärende utan förslag\" saknar beslut" in messages.questions[-1]
    assert not meeting_store.get_meeting(db, meeting.id).minutes_finalised
    messages.answer_yes = True
    tab.finalise_button.click()
    assert meeting_store.get_meeting(db, meeting.id).minutes_finalised
    assert items_store.get_item(db, item.id).decision == ""


def test_sanity_follow_up_time_already_past(open_window, demo_db_path, messages, monkeypatch):
    from uppfoljning_desktop.store import crisis_log as log_store
    from uppfoljning_desktop.ui import crisis_mode

    monkeypatch.setattr(crisis_mode, "now", lambda: dt.datetime(2026, 11, 28, 21, 54))
    window = open_window(demo_db_path)
    mode = window.show_area("crisis").mode
    type_text(mode.text_edit, "Kommunikatören återkommer med pressmeddelandet.")
    type_text(mode.follow_up_edit, "11:00")
    messages.answer_yes = True  # "Ja": tomorrow
    entry = mode.save_entry()
    assert "11:00 har redan passerat" in messages.questions[-1]
    assert entry.follow_up_at == dt.datetime(2026, 11, 29, 11, 0)
    # a full date in the past: "Nej" keeps the entry unsaved in the form
    type_text(mode.text_edit, "Gammal uppföljning")
    type_text(mode.follow_up_edit, "2026-11-27 08:00")
    messages.answer_yes = False
    assert mode.save_entry() is None and mode.text_edit.toPlainText() == "Gammal uppföljning"
    saved = log_store.list_log_entries(window.session.db, mode.event.id)
    assert not any(e.text == "Gammal uppföljning" for e in saved)
    # a bad time names the field by its label, not as the program's name
    type_text(mode.follow_up_edit, "halv tolv")
    assert mode.save_entry() is None
    assert "Uppföljning kl.: \"halv tolv\" är ingen tid" in messages.errors[-1]


def test_sanity_placeholder_row_not_stored_until_named(open_window, demo_db_path, messages):
    window = open_window(demo_db_path)
    page = window.show_area("organisation")
    editor = page.members
    model = editor.model
    con = sqlite3.connect(demo_db_path)
    before = con.execute("SELECT count(*) FROM member").fetchone()[0]
    editor.add_button.click()
    row = model.rowCount() - 1
    assert con.execute("SELECT count(*) FROM member").fetchone()[0] == before
    assert "ny rad" in model.data(model.index(row, 0))
    assert model.setData(model.index(row, 1), "S")  # party first: still a placeholder
    assert con.execute("SELECT count(*) FROM member").fetchone()[0] == before and messages.errors == []
    assert model.setData(model.index(row, 0), "Ny Person")
    assert con.execute("SELECT party FROM member WHERE name = 'Ny Person'").fetchone()[0] == "S"
    editor.add_button.click()  # an unnamed row removed: nothing asked, nothing stored
    editor.view.setCurrentIndex(model.index(model.rowCount() - 1, 0))
    asked = len(messages.questions)
    editor.remove_selected()
    assert len(messages.questions) == asked and model.rowCount() == row + 1
    con.close()


def test_sanity_wording_errors_name_fields_by_their_labels(open_window, demo_db_path, messages):
    """Each "• Fält: …" in a refused save is a label the form shows."""
    import re

    from PySide6.QtWidgets import QFormLayout, QLabel

    window = open_window(demo_db_path)
    page = window.show_area("meetings")
    page.select_meeting_by_date(dt.date(2016, 10, 20))
    editor = page.editor
    form = editor.layout()
    assert isinstance(form, QFormLayout)
    labels = {w.text() for w in editor.findChildren(QLabel)}
    for field, text in ((editor.group_time_edit, "halv tolv"), (editor.adjust_date_edit, "2016-10-19"),
                        (editor.groups_edit, ": lokal 2:3")):
        editor.form.discard()
        page.meeting_changed()
        if field is editor.groups_edit:
            field.setPlainText(text)
        else:
            type_text(field, text)
        editor.save_button.click()
        named = re.findall(r"• ([^:]+):", messages.errors[-1])
        assert named and all(n in labels for n in named), (named, messages.errors[-1])
