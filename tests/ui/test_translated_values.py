"""In English, stored Swedish values (roles, meeting states, units of measure) are shown
translated but saved unchanged: display only, no change of data or behaviour."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTranslator

from uppfoljning_desktop.domain.organisation import MemberRole
from uppfoljning_desktop.store import organisation as org_store

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def english(tmp_path):
    qm = tmp_path / "uppfoljning_en.qm"
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    subprocess.run([str(lrelease), "-silent", str(ROOT / "resources/translations/uppfoljning_en.ts"), "-qm", str(qm)],
                   check=True)
    translator = QTranslator()
    assert translator.load(str(qm))
    QCoreApplication.installTranslator(translator)
    yield
    QCoreApplication.removeTranslator(translator)


def test_member_role_shown_in_english_and_saved_in_swedish(english, open_window, demo_db_path):
    from uppfoljning_desktop.ui.table_model import ChoiceDelegate

    window = open_window(demo_db_path)
    page = window.show_area("organisation")
    model = page.members.model
    column = next(i for i, c in enumerate(model.columns) if c.attr == "role")
    row = next(i for i, m in enumerate(model.rows) if m.role is MemberRole.MEMBER)
    index = model.index(row, column)
    assert model.data(index, Qt.ItemDataRole.DisplayRole) == "member"
    assert model.data(index, Qt.ItemDataRole.EditRole) == "ledamot"

    delegate = page.members.view.itemDelegateForColumn(column)
    assert isinstance(delegate, ChoiceDelegate)
    editor = delegate.createEditor(page.members.view, None, index)
    delegate.setEditorData(editor, index)
    assert editor.currentText() == "member"
    editor.setCurrentIndex(editor.findText("deputy"))
    delegate.setModelData(editor, model, index)
    member_id = model.rows[row].id
    saved = next(m for m in org_store.list_members(window.session.db) if m.id == member_id)
    assert saved.role is MemberRole("ersättare")


def test_meeting_state_and_measure_unit_combos_keep_their_values(english, open_window, demo_db_path):
    window = open_window(demo_db_path)
    meetings = window.show_area("meetings")
    meetings.select_meeting_by_date(dt.date(2016, 9, 22))
    assert meetings.editor.state_label.text() == "posted"
    assert [b.text() for b in meetings.editor.step_buttons.values()] == ["Take down the posting"]

    from uppfoljning_desktop.ui.goals_structure import IndicatorEditor

    goals = window.show_area("goals")
    editor = goals.findChild(IndicatorEditor)
    assert editor is not None
    assert [editor.measure.itemText(i) for i in range(editor.measure.count())][:2] == ["percent", "number"]
    assert editor.measure.itemData(0) == "procent"


def test_month_labels_follow_the_interface_language(english, open_window, demo_db_path):
    from uppfoljning_desktop.ui.core_texts import month_label

    assert month_label("2016-08") == "August 2016"
    window = open_window(demo_db_path)
    page = window.show_area("delegation")
    board = page.board_tab.board
    headers = [board.horizontalHeaderItem(i).text() for i in range(board.columnCount())]
    assert headers and all(h.split()[0] in {"January", "February", "March", "April", "May", "June", "July",
                                            "August", "September", "October", "November", "December"}
                           for h in headers)


def test_month_labels_in_swedish_without_translator():
    from uppfoljning_desktop.ui.core_texts import month_label

    assert month_label("2016-08") == "augusti 2016"
