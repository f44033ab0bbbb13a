"""GUI: the meeting's status is a row of actions offering only the legal next steps;
reopening minutes before adjustment; "Rätta paragraf…" on adjusted minutes."""

from __future__ import annotations

import datetime as dt

from tests.helpers import type_text
from uppfoljning_desktop.domain.meetings import MeetingState
from uppfoljning_desktop.store import corrections, minutes
from uppfoljning_desktop.store import meeting_items as items_store
from uppfoljning_desktop.store import meetings as meeting_store


def steps(page) -> list[str]:
    return [b.text() for b in page.editor.step_buttons.values()]


def test_posted_meeting_offers_only_take_down(open_window, demo_db_path, messages):
    window = open_window(demo_db_path)
    page = window.show_area("meetings")
    page.select_meeting_by_date(dt.date(2016, 9, 22))
    assert page.editor.state_label.text() == "anslaget"
    assert steps(page) == ["Ta ned anslaget"]  # no way back to planerat
    assert not page.editor.adjusters_edit.isEnabled() and not page.editor.adjust_date_edit.isEnabled()
    page.editor.step_buttons[MeetingState.TAKEN_DOWN].click()  # today is long after 2016-10-22
    assert messages.errors == []
    assert meeting_store.get_meeting(window.session.db, page.current_meeting.id).state is MeetingState.TAKEN_DOWN
    assert page.editor.state_label.text() == "nedtaget" and steps(page) == []


def test_planned_meeting_walks_the_life_cycle(open_window, demo_db_path, messages):
    window = open_window(demo_db_path)
    db = window.session.db
    page = window.show_area("meetings")
    page.select_meeting_by_date(dt.date(2016, 10, 20))
    assert steps(page) == ["Markera som genomfört", "Markera kallelsen som skickad"]
    page.editor.step_buttons[MeetingState.HELD].click()
    assert messages.errors == [] and steps(page) == ["Justera protokollet", "Ångra genomfört"]
    meeting = page.current_meeting
    minutes.save_attendance(db, meeting.id, minutes.default_attendance(db, meeting.id))

    # Adjusting unfinalised minutes without adjusters is refused, naming what is missing.
    page.editor.step_buttons[MeetingState.ADJUSTED].click()
    assert "inte färdigställt" in messages.errors[-1] and "justerare saknas" in messages.errors[-1]
    assert meeting_store.get_meeting(db, meeting.id).state is MeetingState.HELD

    page.tabs.setCurrentWidget(page.minutes_tab)
    page.minutes_tab.finalise_button.click()
    assert page.minutes_tab.reopen_button.isEnabled() and not page.minutes_tab.correct_button.isVisibleTo(page)
    page.minutes_tab.reopen_button.click()  # reopen before adjustment: legal
    assert not meeting_store.get_meeting(db, meeting.id).minutes_finalised
    page.minutes_tab.finalise_button.click()

    type_text(page.editor.adjusters_edit, "Erik Sandberg (M), Maria Holm (S)")
    type_text(page.editor.adjust_date_edit, "2016-10-27")
    page.editor.save_button.click()
    messages.answer_yes = False
    page.editor.step_buttons[MeetingState.ADJUSTED].click()  # asked first; "no" changes nothing
    assert meeting_store.get_meeting(db, meeting.id).state is MeetingState.HELD
    messages.answer_yes = True
    errors = len(messages.errors)
    page.editor.step_buttons[MeetingState.ADJUSTED].click()
    assert messages.errors[errors:] == []
    adjusted = meeting_store.get_meeting(db, meeting.id)
    assert (adjusted.state, adjusted.adjustment_date) == (MeetingState.ADJUSTED, dt.date(2016, 10, 27))
    assert steps(page) == ["Sätt upp anslaget"]
    assert not page.minutes_tab.reopen_button.isEnabled()
    assert page.minutes_tab.correct_button.isVisibleTo(page)


def test_correct_a_section_from_the_minutes_tab(open_window, demo_db_path, messages, monkeypatch, qtbot):
    from uppfoljning_desktop.ui.meetings_correction import CorrectionDialog

    window = open_window(demo_db_path)
    db = window.session.db
    page = window.show_area("meetings")
    page.select_meeting_by_date(dt.date(2016, 9, 22))
    page.tabs.setCurrentWidget(page.minutes_tab)
    tab = page.minutes_tab
    tab.item_combo.setCurrentIndex(2)  # § 3 Sammanträdesordning 2017
    assert tab.correct_button.isEnabled() and tab.decision_edit.isReadOnly()

    def fill(dialog):
        dialog.decision.setPlainText("Nämnden godkänner sammanträdesordningen för 2017 med junimötet den 15 juni.")
        dialog.reason.setText("Junimötets datum föll bort ur protokollet.")
        return CorrectionDialog.DialogCode.Accepted

    monkeypatch.setattr(CorrectionDialog, "exec", fill)
    tab.correct_button.click()
    assert messages.errors == [] and messages.infos[-1].startswith("§ 3 är rättad (version 2)")
    item = items_store.list_items(db, page.current_meeting.id)[2]
    [c] = corrections.list_corrections(db, item.id)
    assert (c.corrected_by, c.reason) == ("Sara Björk", "Junimötets datum föll bort ur protokollet.")
    assert tab.decision_edit.toPlainText().endswith("junimötet den 15 juni.")
    assert item.decision == "Arbetsmarknads- och vuxenutbildningsnämnden godkänner sammanträdesordningen för 2017."

    monkeypatch.setattr(CorrectionDialog, "exec", lambda dialog: (dialog.reason.setText(""), 1)[1])
    tab.correct_button.click()  # no reason: refused, nothing recorded
    assert "Skäl" in messages.errors[-1]
    assert len(corrections.list_corrections(db, item.id)) == 1

    # The preview prints the corrected minutes, or the adjusted original on request.
    from uppfoljning_desktop.reports.base import extract_text

    preview = page.preview_tab
    page.tabs.setCurrentWidget(preview)
    for original, expected in ((False, "junimötet den 15 juni"), (True, "Justerat original")):
        preview.select("protokoll")
        preview.original_check.setChecked(original)
        with qtbot.waitSignal(preview.loaded, timeout=20000):
            preview.show_button.click()
        text = " ".join(extract_text(preview.current_path.read_bytes()).split())
        assert expected in text
        assert ("Rättelse" in text) is not original
