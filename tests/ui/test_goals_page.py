"""The goals page: outcome grid from the keyboard, statuses, assessment override, structure, PDF."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt

from uppfoljning_desktop.domain.assessment import Colour
from uppfoljning_desktop.domain.goals import Breakdown, Indicator
from uppfoljning_desktop.store import goals as store
from uppfoljning_desktop.store import goals_followup as follow
from uppfoljning_desktop.ui.goals_grid import OutcomeModel


def _page(open_window, demo_db_path):
    window = open_window(demo_db_path)
    page = window.show_area("goals")
    page.select("Verksamhetsplan 2024–2026", "Delår 2 2024", "Utfall")
    return window, page


def _row(page, name: str, breakdown: Breakdown = Breakdown.TOTAL) -> int:
    rows = page.outcome_model.rows
    return next(i for i, r in enumerate(rows) if r.indicator.name == name and r.breakdown is breakdown
                and r.subgroup == "")


def test_outcome_grid_typed_from_the_keyboard(open_window, demo_db_path, qtbot, messages):
    window, page = _page(open_window, demo_db_path)
    view, model = page.outcome_view, page.outcome_model
    row = _row(page, "Antal studerande, SFI")
    view.setFocus()
    view.setCurrentIndex(model.index(row, OutcomeModel.VALUE))
    qtbot.keyClick(view, "2")  # typing opens the editor (AnyKeyPressed) …
    qtbot.keyClicks(view.focusWidget(), " 333")  # … and the rest goes into it
    qtbot.keyClick(view.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.currentIndex().row() == row + 1)  # Enter saved and moved down to "Kvinnor"
    qtbot.keyClick(view, "1")
    qtbot.keyClicks(view.focusWidget(), "400")
    qtbot.keyClick(view.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.currentIndex().row() == row + 2)
    db = window.session.db
    d2 = store.get_period_by_label(db, "Delår 2 2024")
    sfi = model.rows[row].indicator
    assert follow.get_outcome(db, sfi.id, d2.id) == Decimal(2333)
    assert follow.get_outcome(db, sfi.id, d2.id, Breakdown.WOMEN) == Decimal(1400)
    assert messages.errors == []


def test_bad_outcome_is_refused_with_the_indicator_named(open_window, demo_db_path, messages):
    window, page = _page(open_window, demo_db_path)
    model = page.outcome_model
    row = _row(page, "Antal studerande, SFI")
    before = model.rows[row].value
    assert not model.setData(model.index(row, OutcomeModel.VALUE), "1.234")
    assert "Antal studerande, SFI" in messages.errors[0] and "tvetydigt" in messages.errors[0]
    d2 = store.get_period_by_label(window.session.db, "Delår 2 2024")
    assert follow.get_outcome(window.session.db, model.rows[row].indicator.id, d2.id) == before


def test_a_percentage_typed_for_a_count_is_refused(open_window, demo_db_path, messages):
    window, page = _page(open_window, demo_db_path)
    model = page.outcome_model
    row = _row(page, "Antal studerande, SFI")
    assert model.rows[row].indicator.measure_unit.value == "antal"
    before = model.rows[row].value
    assert not model.setData(model.index(row, OutcomeModel.VALUE), "85 %")
    assert "anges i antal, inte i procent" in messages.errors[0]
    d2 = store.get_period_by_label(window.session.db, "Delår 2 2024")
    assert follow.get_outcome(window.session.db, model.rows[row].indicator.id, d2.id) == before


def test_activity_status_and_assessment_override(open_window, demo_db_path, messages):
    window, page = _page(open_window, demo_db_path)
    db = window.session.db
    d2 = store.get_period_by_label(db, "Delår 2 2024")
    am = page.activity_model
    assert am.setData(am.index(0, am.STATUS), "Stoppad")
    assert follow.get_activity(db, am.rows[0][1].id, d2.id).status.value == "Stoppad"
    page.select(tab="Bedömning")
    view = page.assessment
    i = next(i for i, r in enumerate(view.rows) if r.goal_id is not None and r.title.strip().startswith("2.1"))
    view.table.setCurrentCell(i, 0)
    view.choice.setCurrentIndex(view.choice.findData(Colour.YELLOW))
    view.reason.setPlainText("")
    view.confirm_selected()
    assert "Motivering" in messages.errors[-1]  # no reason, no override
    view.reason.setPlainText("Mätningen 2024 gjordes före den nya e-tjänsten.")
    view.confirm_selected()
    goal_id = view.rows[i].goal_id
    plan = store.plan_for_year(db, 2024)
    assert follow.assess_plan(db, plan.id, d2.id).goals[goal_id].colour is Colour.YELLOW
    assert view.rows[i].assessment.explanation.startswith("Mätningen 2024")


def test_structure_edit_and_copy(open_window, demo_db_path, messages):
    window, page = _page(open_window, demo_db_path)
    db = window.session.db
    page.select(tab="Struktur")
    tree = page.structure.tree
    item = tree.topLevelItem(0).child(2).child(0).child(0)  # KF 3 → 3.1 → first indicator
    tree.setCurrentItem(item)
    editor = page.structure.indicator_editor
    assert isinstance(page.structure.selected(), Indicator)
    editor.target_edits[2025].setText("högst 12 %")
    editor.save()
    saved = store.get_indicator(db, page.structure.selected().id)
    assert saved.targets[2025] == "högst 12 %"
    editor.target_edits[2025].setText("ungefär lika")
    editor.save()
    assert "Riktvärde 2025" in messages.errors[-1]
    page.copy_plan("Verksamhetsplan 2027–2029", 2027, 2029)
    assert page.plan_combo.currentText() == "Verksamhetsplan 2027–2029"
    assert len(store.list_goals(db, page.plan_id())) == len(store.list_goals(db, store.plan_for_year(db, 2024).id))


def test_print_pdf_in_the_background(open_window, demo_db_path, tmp_path, qtbot, messages):
    window, page = _page(open_window, demo_db_path)
    messages.save_file = str(tmp_path / "mål.pdf")
    page.print_pdf()
    qtbot.waitUntil(lambda: bool(messages.infos), timeout=20000)
    assert (tmp_path / "mål.pdf").read_bytes().startswith(b"%PDF")
    assert messages.errors == []
