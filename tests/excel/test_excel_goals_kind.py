"""The goal follow-up kind on the goals store: outcomes and activity statuses round trip."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import openpyxl
import pytest

from tests.excel.conftest import messages_of
from uppfoljning_desktop.domain.goals import Breakdown
from uppfoljning_desktop.excel.board import ReturnStatus, return_board
from uppfoljning_desktop.excel.importer import check_files, import_files
from uppfoljning_desktop.excel.sending import write_templates
from uppfoljning_desktop.excel.spec import get_kind
from uppfoljning_desktop.store import goals as goals_store
from uppfoljning_desktop.store import goals_followup as followup
from uppfoljning_desktop.store.organisation import get_unit_by_name

PERIOD = "Delår 1 2025"


@pytest.fixture
def sent(demo_db, tmp_path):
    return {s.content.scope["unit"]: s for s in write_templates(
        demo_db, get_kind("maluppfoljning"), {"period": PERIOD}, tmp_path / "ut", deadline=dt.date(2025, 5, 9))}


def _ids(db, unit):
    period = goals_store.get_period_by_label(db, PERIOD)
    u = get_unit_by_name(db, unit)
    return period, followup.list_indicators_for_unit(db, period.id, u.id), followup.list_activities_for_unit(db, period.id, u.id)


def test_one_workbook_per_unit_with_exactly_its_rows(demo_db, sent):
    period, indicators, activities = _ids(demo_db, "Jobbcenter")
    wb = openpyxl.load_workbook(sent["Jobbcenter"].path)
    keys = [r[0] for r in wb["Utfall"].iter_rows(min_row=4, values_only=True)]
    assert keys == [ui.key for ui in indicators]
    first = next(wb["Utfall"].iter_rows(min_row=4, values_only=True))
    assert first[2] == indicators[0].indicator.name
    assert first[4] == indicators[0].target.display()
    assert first[5].startswith("2022: ")  # earlier year-end outcomes for reference
    assert [r[0] for r in wb["Aktiviteter"].iter_rows(min_row=4, values_only=True)] == [a.key for a in activities]
    assert set(sent) == {"Vuxenutbildning", "Jobbcenter", "Xenter", "Näringsliv", "Förvaltningskontoret"}


def test_round_trip_into_the_goals_store(demo_db, sent, tmp_path):
    period, indicators, activities = _ids(demo_db, "Jobbcenter")
    wb = openpyxl.load_workbook(sent["Jobbcenter"].path)
    ws = wb["Utfall"]
    ws["G4"], ws["H4"], ws["I4"], ws["J4"] = "78,5 %", 0.77, "80", "Fler i jobbspår."
    ws["G5"] = "14,2"
    act = wb["Aktiviteter"]
    act["F4"], act["G4"] = "Påbörjad", "Start i april."
    returned = tmp_path / "jobbcenter-retur.xlsx"
    wb.save(returned)
    result = import_files(demo_db, [returned])
    assert result.imported, messages_of(result)
    first = indicators[0].key
    assert followup.get_outcome(demo_db, first, period.id) == Decimal("78.5")
    assert followup.get_outcome(demo_db, first, period.id, Breakdown.WOMEN) == Decimal(77)
    assert followup.get_outcome(demo_db, first, period.id, Breakdown.MEN) == Decimal(80)
    assert followup.get_outcome(demo_db, indicators[1].key, period.id) == Decimal("14.2")
    outcomes = followup.list_outcomes(demo_db, period.id)
    assert outcomes[(indicators[0].indicator.id, Breakdown.TOTAL, "")].comment == "Fler i jobbspår."
    activity = followup.get_activity(demo_db, activities[0].key, period.id)
    assert (activity.status.value, activity.comment) == ("Påbörjad", "Start i april.")
    assert result.files[0].counts == {"outcomes": 4, "activities": 2}
    board = {r.unit: r for r in return_board(demo_db, get_kind("maluppfoljning"), {"period": PERIOD},
                                             today=dt.date(2025, 5, 12))}
    assert board["Jobbcenter"].status == ReturnStatus.RETURNED
    assert board["Xenter"].status == ReturnStatus.LATE

    # a corrected file replaces the unit's values: a cleared cell clears the value
    wb["Utfall"]["I4"] = None
    wb.save(returned)
    batch = check_files(demo_db, [returned])
    assert [(c.cell, c.old, c.new) for c in batch.files[0].changes] == [("I4", "80", "")]
    assert any("Utfall!I4: ändrar ett redan inläst värde (80 → tomt)" in m for m in messages_of(batch))
    assert import_files(demo_db, [returned]).imported
    assert followup.get_outcome(demo_db, first, period.id, Breakdown.MEN) is None


def test_grey_cells_for_indicators_without_gender_split(demo_db, sent):
    candidates = [
        (unit, ui) for unit in sent for ui in _ids(demo_db, unit)[1]
        if not ui.indicator.by_gender and not ui.indicator.subgroups
    ]
    if not candidates:
        pytest.skip("the demo has no indicator without gender split")
    unit, plain = candidates[0]
    ws = openpyxl.load_workbook(sent[unit].path)["Utfall"]
    row = next(r for r in ws.iter_rows(min_row=4) if r[0].value == plain.key)
    assert not row[6].protection.locked and row[7].protection.locked and row[8].protection.locked


def test_outlier_against_earlier_years_warns(demo_db, sent, tmp_path):
    wb = openpyxl.load_workbook(sent["Jobbcenter"].path)
    wb["Utfall"]["G4"] = 7
    returned = tmp_path / "jc.xlsx"
    wb.save(returned)
    result = import_files(demo_db, [returned], dry_run=True)
    assert result.ok
    assert any(m.startswith("jc.xlsx: Utfall!G4: 7 avviker kraftigt från tidigare utfall") for m in messages_of(result))


def test_template_for_a_unit_without_indicators_is_refused(demo_db, tmp_path):
    from uppfoljning_desktop.errors import UserError
    from uppfoljning_desktop.excel.writer import write_template

    with pytest.raises(UserError, match="Daglig verksamhet har inga indikatorer eller aktiviteter för Delår 1 2025"):
        write_template(demo_db, get_kind("maluppfoljning"), {"period": PERIOD, "unit": "Daglig verksamhet"}, tmp_path)


def test_period_data_cache_holds_its_connection_so_a_new_one_never_hits_it(demo_db_path):
    from uppfoljning_desktop.excel.kinds import goals as goals_kind
    from uppfoljning_desktop.store.connection import connect

    first = connect(demo_db_path)
    period = goals_store.get_period_by_label(first, PERIOD)
    data = goals_kind._period_data(first, period)
    assert goals_kind._period_data(first, period) is data  # 50 files of a batch read the plan once
    # Keyed by the connection object (kept alive by the cache), not by id(): a closed
    # connection's id may be reused by the next connection, which must not get this data.
    assert [key[0] for key in goals_kind._cache] == [first.conn]
    first.close()
    second = connect(demo_db_path)
    try:
        assert goals_kind._period_data(second, period) is not data
    finally:
        second.close()


def test_a_small_stored_percentage_comes_back_unchanged_from_a_resent_template(demo_db, tmp_path):
    # A stored 0,5 % is pre-filled as 0.5 in the new template. Returned untouched, it was
    # "0,5 tolkades som 50 %" and, imported, replaced 0,5 by 50: the reading of a number
    # between 0 and 1 as a fraction is for what people type, not for what we wrote.
    from uppfoljning_desktop.domain.goals import MeasureUnit, OutcomeValue

    period, indicators, _ = _ids(demo_db, "Jobbcenter")
    ui = next(ui for ui in indicators if ui.indicator.measure_unit == MeasureUnit.PERCENT)
    followup.save_outcomes(demo_db, period.id, [OutcomeValue(ui.key, Decimal("0.5"))])
    [sent] = [s for s in write_templates(demo_db, get_kind("maluppfoljning"), {"period": PERIOD}, tmp_path / "ut")
              if s.content.scope["unit"] == "Jobbcenter"]
    result = import_files(demo_db, [sent.path])
    assert result.imported, messages_of(result)
    assert result.files[0].changes == [], messages_of(result)
    assert not [m for m in messages_of(result) if "tolkades" in m or "ändrar" in m]
    assert followup.get_outcome(demo_db, ui.key, period.id) == Decimal("0.5")

    # what a person types into the cell is still read as people mean it
    wb = openpyxl.load_workbook(sent.path)
    row = next(r for r in wb["Utfall"].iter_rows(min_row=4) if r[0].value == ui.key)
    row[6].value = 0.85
    returned = tmp_path / "jc.xlsx"
    wb.save(returned)
    result = import_files(demo_db, [returned])
    assert result.imported, messages_of(result)
    assert followup.get_outcome(demo_db, ui.key, period.id) == Decimal(85)


@pytest.mark.parametrize("edited_in_the_program, cleared", [(False, True), (True, False)])
def test_a_blank_clears_what_the_units_own_file_wrote_however_many_seconds_later(
        demo_db, sent, tmp_path, edited_in_the_program, cleared):
    """The first import is placed seconds after the template was made (as on a real day);
    a corrected file with the cell emptied clears the value it wrote itself. A value typed
    in the program after that import is something the file never showed: kept."""
    period, indicators, _ = _ids(demo_db, "Jobbcenter")
    wb = openpyxl.load_workbook(sent["Jobbcenter"].path)
    wb["Utfall"]["I4"] = "80"
    returned = tmp_path / "retur.xlsx"
    wb.save(returned)
    assert import_files(demo_db, [returned]).imported
    later = dt.datetime.now() + dt.timedelta(seconds=5)  # after the template was made
    demo_db.execute("UPDATE outcome SET updated_at = ? WHERE period_id = ?", [later.isoformat(timespec="seconds"), period.id])
    demo_db.execute("UPDATE excel_import SET imported_at = ?", [later.isoformat(timespec="seconds")])
    if edited_in_the_program:
        demo_db.execute("UPDATE outcome SET updated_at = ? WHERE period_id = ?",
                        [(later + dt.timedelta(seconds=60)).isoformat(timespec="seconds"), period.id])
    demo_db.conn.commit()
    wb["Utfall"]["I4"] = None
    wb.save(returned)
    assert import_files(demo_db, [returned]).imported
    men = followup.get_outcome(demo_db, indicators[0].key, period.id, Breakdown.MEN)
    assert (men is None) is cleared
