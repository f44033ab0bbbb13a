"""Templates through LibreOffice Calc, the program many units use instead of Excel.

LibreOffice runs headless (one instance per locale for the whole session, see
``tests/libreoffice.py``); cells are typed through its own input parser in a Swedish and
an English locale, files are re-saved and converted .xlsx → .ods → .xlsx, and what comes
back is imported. Skips with the reason where LibreOffice or python3-uno is missing.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.excel.conftest import PERIOD, messages_of
from tests.excel.sample_kind import stored_activities, stored_outcomes
from tests.libreoffice import ODS, XLSX
from uppfoljning_desktop.domain.delegation import DecisionFilter, DelegationRule
from uppfoljning_desktop.excel.importer import check_files, import_files
from uppfoljning_desktop.excel.spec import get_kind
from uppfoljning_desktop.excel.writer import write_template
from uppfoljning_desktop.store import delegation as dstore
from uppfoljning_desktop.store import delegation_register as register
from uppfoljning_desktop.store import organisation as org_store

pytestmark = [pytest.mark.realclient, pytest.mark.slow]

MONTH = "2016-10"  # no delegation lists yet in the demo


def snapshot(db, path):
    batch = check_files(db, [path])
    assert batch.ok, messages_of(batch)
    return {k: [(r.key, r.values) for r in rows] for k, rows in batch.files[0].returned.rows.items()}


def test_libreoffice_opens_the_template_as_written(lo_sv, make_template):
    seen = lo_sv.inspect(make_template(), fonts=["Utfall!C3", "Utfall!B1", "Utfall!B4", "Utfall!F4", "Instruktioner!A1",
                                                 "Instruktioner!A5"])
    sheets = {s["name"]: s for s in seen["sheets"]}
    assert [n for n, s in sheets.items() if s["visible"]] == ["Instruktioner", "Utfall", "Aktiviteter"]
    assert all(s["protected"] for s in sheets.values())
    # frozen below the headers and right of the key and first column, as written
    assert (sheets["Utfall"]["frozen"], sheets["Utfall"]["split"]) == (True, [2, 3])
    # every font is named: an unnamed one falls back to a serif font in LibreOffice
    assert {f["name"] for f in seen["fonts"].values()} == {"Calibri"}


@pytest.mark.parametrize("route", ["resave", "ods"])
def test_resaved_or_converted_file_imports_the_same_values(demo_db, lo_sv, make_template, fill, tmp_path, route):
    original = fill(make_template(), {
        "Utfall": {"F4": "71 %", "G4": 0.69, "H4": 74, "I4": "-ökning bland kvinnor", "F5": "1 234,5", "F6": 75},
        "Aktiviteter": {"C5": "Påbörjad", "D5": "Första numret i oktober."},
    }, name="jobbcenter.xlsx")
    back = tmp_path / "lo" / "jobbcenter.xlsx"
    back.parent.mkdir()
    if route == "resave":
        lo_sv.convert(original, back)
    else:  # a user who saved in LibreOffice's own format, then as .xlsx when asked to
        lo_sv.convert(lo_sv.convert(original, tmp_path / "lo" / "jobbcenter.ods", ODS), back, XLSX)
    assert back.read_bytes() != original.read_bytes()
    assert snapshot(demo_db, back) == snapshot(demo_db, original)
    inspected = lo_sv.inspect(back, fonts=["Utfall!C3", "Utfall!F4"])
    seen = {s["name"]: s for s in inspected["sheets"]}
    assert all(s["protected"] for s in seen.values())
    assert not seen["_metadata"]["visible"] and not seen["_listor"]["visible"]
    assert {f["name"] for f in inspected["fonts"].values()} == {"Calibri"}  # still named after the save
    result = import_files(demo_db, [back])
    assert result.imported, messages_of(result)
    outcomes = stored_outcomes(demo_db, PERIOD, "Jobbcenter")
    assert (outcomes["jc-arbete"]["total"], outcomes["jc-arbete"]["women"]) == ("71", "69")
    assert outcomes["jc-arbete"]["comment"] == "-ökning bland kvinnor"
    assert outcomes["jc-deltagare"]["total"] == "1234.5"
    assert stored_activities(demo_db, PERIOD, "Jobbcenter")["jc-a2"]["status"] == "Påbörjad"


# What a department head types, per locale: the same values in each one's own notation.
TYPED = {
    "sv-SE": {"F4": "71 %", "G4": "69", "H4": "74,5", "F5": "1 234,5", "F6": "75", "I4": "-ökning"},
    "en-US": {"F4": "71%", "G4": "69", "H4": "74.5", "F5": "1234.5", "F6": "75", "I4": "-ökning"},
}


@pytest.mark.parametrize("locale", sorted(TYPED))
def test_numbers_typed_in_either_locale_are_read_right(demo_db, _libreoffices, make_template, tmp_path, locale):
    lo = _libreoffices(locale)
    returned = tmp_path / f"typed-{locale}.xlsx"
    cells = lo.fill(make_template(), returned, {"Utfall": TYPED[locale], "Aktiviteter": {"C5": "Klar"}})
    assert cells["Utfall!H4"]["type"] == "number" and cells["Utfall!F5"]["value"] == 1234.5
    assert cells["Utfall!I4"]["type"] == "text"  # a comment starting with "-" is not a formula
    result = import_files(demo_db, [returned])
    assert result.imported, messages_of(result)
    outcomes = stored_outcomes(demo_db, PERIOD, "Jobbcenter")
    assert [outcomes["jc-arbete"][k] for k in ("total", "women", "men", "comment")] == ["71", "69", "74.5", "-ökning"]
    assert outcomes["jc-deltagare"]["total"] == "1234.5"
    assert stored_activities(demo_db, PERIOD, "Jobbcenter")["jc-a2"]["status"] == "Klar"


@pytest.fixture
def delegation_template(demo_db, tmp_path):
    """Jobbcenter's October list, with a point 3.10 next to 3.1 (different delegates)."""
    rs = dstore.ruleset_in_force_on(demo_db, dt.date(2016, 10, 31))
    assert rs is not None
    job = org_store.get_unit_by_name(demo_db, "Jobbcenter")
    dstore.save_rule(demo_db, DelegationRule(
        ruleset_id=rs.id, point="3.10", case_type="Beslut om praktikersättning",
        delegate_function="Enhetschef", unit_ids=(job.id,)))
    kind = get_kind("delegationslista")
    return write_template(demo_db, kind, {"unit": "Jobbcenter", "month": MONTH}, tmp_path / "lista.xlsx").path


@pytest.mark.parametrize("locale", ["sv-SE", "en-US"])
def test_point_3_10_stays_3_10_in_either_locale(demo_db, _libreoffices, delegation_template, tmp_path, locale):
    lo = _libreoffices(locale)
    returned = tmp_path / f"lista-{locale}.xlsx"
    cells = lo.fill(delegation_template, returned, {"Beslut": {
        "C4": "2016-10-06", "D4": "3.10", "E4": "Praktikersättning, Fittja", "F4": "2016:71",
        "H4": "Karolina Sjödin", "I4": "Enhetschef",
    }})
    # the cells are formatted as text: neither "3.10" nor "2016:71" (a time to a
    # spreadsheet) is converted, in either locale
    assert cells["Beslut!D4"] == {"type": "text", "string": "3.10", "value": 0.0}
    assert cells["Beslut!F4"]["type"] == "text"
    assert cells["Beslut!C4"]["type"] == "number"  # a real date
    result = import_files(demo_db, [returned])
    assert result.imported, messages_of(result)
    [d] = register.list_decisions(demo_db, DecisionFilter(date_from=dt.date(2016, 10, 1)))
    assert (d.point, d.case_number, d.decision_date) == ("3.10", "2016:71", dt.date(2016, 10, 6))


def test_a_point_turned_into_a_number_is_refused_with_the_cell_named(demo_db, lo_en, delegation_template, tmp_path):
    """An older template (or a pasted format) without the text format: English-locale
    LibreOffice makes "3.10" the number 3.1, and the import refuses it instead of filing
    the decision under point 3.1."""
    import openpyxl

    wb = openpyxl.load_workbook(delegation_template)
    wb["Beslut"]["D4"].number_format = "General"
    old = tmp_path / "utan-textformat.xlsx"
    wb.save(old)
    returned = tmp_path / "lista-en.xlsx"
    cells = lo_en.fill(old, returned, {"Beslut": {
        "C4": "2016-10-06", "D4": "3.10", "E4": "Praktikersättning", "H4": "Karolina Sjödin", "I4": "Enhetschef",
    }})
    assert cells["Beslut!D4"]["type"] == "number"
    result = import_files(demo_db, [returned])
    assert not result.imported
    [problem] = result.problems
    assert (problem.sheet, problem.cell) == ("Beslut", "D4")
    assert "talet 3,1" in problem.message and "kod som text" in problem.message
    assert register.count_decisions(demo_db, DecisionFilter(date_from=dt.date(2016, 10, 1))) == 0
