"""GUI: a contested item entered live and keyboard-first on the Beslutsgång tab — two
motions, the question, a roll call set with "alla ja utom markerade" and the J/N/A keys,
a tie decided by the chair, the decision built, a party group's reservation."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from tests.helpers import type_text
from uppfoljning_desktop.domain.voting import Answer, MotionKind
from uppfoljning_desktop.store import meeting_items as items_store
from uppfoljning_desktop.store import motions

OPPOSITION = ["Erik Sandberg", "Birgitta Åkesson", "Jonas Ekdahl", "Hanna Lundgren", "Patrik Nyström"]


def open_debate(open_window, demo_db_path):
    window = open_window(demo_db_path)
    page = window.show_area("meetings")
    page.select_meeting_by_date(dt.date(2016, 10, 20))
    page.minutes_tab.fill_default()
    page.minutes_tab.save_attendance()
    db = window.session.db
    items_store.add_item(db, page.current_meeting.id, "Budget 2017", proposal="Nämnden godkänner budgeten för 2017.")
    page.items_changed()
    page.tabs.setCurrentWidget(page.debate_page)
    tab = page.debate_tab
    tab.select_item("Budget 2017")
    return window, page, tab, db


def choose(combo, data) -> None:
    combo.setCurrentIndex(combo.findData(data))


def test_contested_item_keyboard_first(open_window, demo_db_path, qtbot, messages):
    window, page, tab, db = open_debate(open_window, demo_db_path)
    item = tab.current_item()
    assert tab.roll_call.count() == 11  # every seat holder serves (default attendance)

    choose(tab.mover_combo, "Karin Lindqvist")
    choose(tab.kind_combo, MotionKind.APPROVE)
    type_text(tab.motion_text, "ordförandens förslag")
    qtbot.keyClick(tab.motion_text, Qt.Key.Key_Return)
    choose(tab.mover_combo, "Erik Sandberg")
    choose(tab.kind_combo, MotionKind.REJECT)
    tab.add_motion_button.click()
    assert [m.mover for m in motions.list_motions(db, item.id)] == ["Karin Lindqvist", "Erik Sandberg"]
    assert tab.motion_list.count() == 2

    qtbot.keyClick(tab, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)  # put the question
    assert messages.errors == []
    [question] = motions.list_questions(db, item.id)
    yes, no = motions.list_motions(db, item.id)
    assert (question.yes_motion_id, question.no_motion_id, question.finding_motion_id) == (yes.id, no.id, yes.id)

    rows = {tab.roll_call.item(i).data(Qt.ItemDataRole.UserRole): tab.roll_call.item(i) for i in range(tab.roll_call.count())}
    for name in OPPOSITION:
        rows[name].setSelected(True)
    tab.all_yes_button.click()
    assert tab.roll_call.counts() == (6, 5, 0)
    tab.roll_call.clearSelection()
    rows["Fatima Rahimi"].setSelected(True)
    qtbot.keyClick(tab.roll_call, Qt.Key.Key_A)  # Fatima abstains: 5–5
    assert tab.roll_call.counts() == (5, 5, 1)
    assert "ordförandens röst avgör" in tab.count_label.text()

    qtbot.keyClick(tab, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)  # record the vote
    assert messages.errors == []
    voted = motions.list_questions(db, item.id)[0]
    assert voted.vote and voted.result_motion_id == yes.id  # the chair's casting vote
    assert {b.name: b.answer for b in voted.ballots}["Patrik Nyström"] is Answer.NO
    assert "5 ja, 5 nej, 1 avstår" in tab.question_list.item(0).text()

    qtbot.keyClick(tab, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)  # build the decision
    assert items_store.get_item(db, item.id).decision == "Nämnden godkänner budgeten för 2017."

    choose(tab.statement_kind, "reservation")
    type_text(tab.statement_group, "Moderaternas ledamöter")
    type_text(tab.statement_names, "Erik Sandberg, Birgitta Åkesson, Jonas Ekdahl")
    type_text(tab.statement_text, "till förmån för eget yrkande om avslag")
    tab.statement_written.setChecked(True)
    tab.add_statement_button.click()
    assert messages.errors == []
    assert tab.statement_list.item(0).text().startswith(
        "Moderaternas ledamöter (Erik Sandberg, Birgitta Åkesson och Jonas Ekdahl) reserverar sig mot beslutet")


def test_refusals_reach_the_user_in_swedish(open_window, demo_db_path, messages):
    window, page, tab, db = open_debate(open_window, demo_db_path)
    item = tab.current_item()
    choose(tab.mover_combo, "Karin Lindqvist")
    tab.add_motion_button.click()
    choose(tab.mover_combo, "Erik Sandberg")
    choose(tab.kind_combo, MotionKind.REJECT)
    tab.add_motion_button.click()
    tab.put_button.click()
    rows = [tab.roll_call.item(i) for i in range(tab.roll_call.count())]
    assert rows[0].data(Qt.ItemDataRole.UserRole) == "Karin Lindqvist"
    for w in rows[1:6]:
        w.setSelected(True)
    tab.roll_call.set_selected(Answer.NO)
    tab.roll_call.clearSelection()
    rows[0].setSelected(True)
    tab.roll_call.set_selected(Answer.ABSTAIN)  # 5–5 and the chair abstains
    assert tab.roll_call.counts() == (5, 5, 1)
    tab.vote_button.click()
    assert "ordföranden" in messages.errors[-1]
    assert not motions.list_questions(db, item.id)[0].vote

    choose(tab.statement_kind, "protokollsanteckning")
    type_text(tab.statement_names, "Okänd Person")
    tab.add_statement_button.click()
    assert "Okänd Person finns inte bland de närvarande" in messages.errors[-1]


def test_closed_ballot_election_shows_only_the_count(open_window, demo_db_path, messages):
    window, page, tab, db = open_debate(open_window, demo_db_path)
    item = tab.current_item()
    type_text(tab.election_edit, "Anna Berg 6, Bo Ek 5")
    tab.election_button.click()
    assert messages.errors == []
    [q] = motions.list_questions(db, item.id)
    assert q.counts == {"Anna Berg": 6, "Bo Ek": 5} and q.ballots == [] and q.lots_winner == ""
    assert "Anna Berg 6, Bo Ek 5" in tab.question_list.item(0).text()
    type_text(tab.election_edit, "Anna Berg sex")
    tab.election_button.click()
    assert "inte ett namn följt av ett antal röster" in messages.errors[-1]


def test_attendance_change_listed_and_removed_with_delete(open_window, demo_db_path, qtbot, messages):
    window, page, tab, db = open_debate(open_window, demo_db_path)
    item = tab.current_item()
    tab.change_name.setCurrentText("Mikael Jansson")
    tab.add_change_button.click()  # leaves from this item on
    assert messages.errors == []
    assert tab.change_list.item(0).text().endswith("lämnar Mikael Jansson (MP) sammanträdet.")
    assert "Mikael Jansson" not in [a.name for a in motions.roll_call(db, item.id)]
    assert tab.roll_call.count() == 10
    tab.change_list.setCurrentRow(0)
    tab.change_list.setFocus()
    qtbot.keyClick(tab.change_list, Qt.Key.Key_Delete)
    assert messages.questions[-1] == "Ta bort närvaroändringen?"
    assert tab.change_list.count() == 0 and tab.roll_call.count() == 11
