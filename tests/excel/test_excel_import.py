"""Importing returned templates: the round trip, what is accepted, warnings, batches."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from tests.excel.conftest import PERIOD, messages_of
from tests.excel.sample_kind import stored_activities, stored_outcomes
from uppfoljning_desktop.excel.importer import FileStatus, check_files, import_files
from uppfoljning_desktop.store.excel import list_import_log


def _outcomes(db, unit="Jobbcenter"):
    return {k: (r["total"], r["women"], r["men"], r["comment"]) for k, r in stored_outcomes(db, PERIOD, unit).items()}


def test_full_round_trip(demo_db, make_template, fill):
    returned = fill(make_template(), {
        "Utfall": {"F4": 71, "G4": 69, "H4": 74, "I4": "Fler kvinnor går vidare till studier.",
                   "F5": 432, "F6": 75},
        "Aktiviteter": {"C5": "Påbörjad", "D5": "Första numret ute i oktober."},
    })
    result = import_files(demo_db, [returned], now=dt.datetime(2016, 9, 12, 10, 0))
    assert result.ok and result.imported, messages_of(result)
    assert result.files[0].status == FileStatus.IMPORTED
    assert _outcomes(demo_db) == {
        "jc-arbete": ("71", "69", "74", "Fler kvinnor går vidare till studier."),
        "jc-deltagare": ("432", None, None, None),
        "jc-nöjd": ("75", None, None, None),
    }
    acts = stored_activities(demo_db, PERIOD, "Jobbcenter")
    assert (acts["jc-a1"]["status"], acts["jc-a2"]["status"]) == ("Klar", "Påbörjad")
    assert acts["jc-a2"]["comment"] == "Första numret ute i oktober."
    [entry] = list_import_log(demo_db, "testutfall")
    assert entry.file_name == returned.name
    assert entry.unit == "Jobbcenter" and entry.scope == {"period": PERIOD, "unit": "Jobbcenter"}
    assert entry.counts["values"] == 9
    assert entry.counts["indicators"] == 3
    import hashlib

    assert entry.sha256 == hashlib.sha256(returned.read_bytes()).hexdigest()
    assert entry.imported_at == dt.datetime(2016, 9, 12, 10, 0)


def test_accepts_numbers_as_people_type_them(demo_db, make_template, fill):
    returned = fill(make_template(), {"Utfall": {
        "F4": "85 %", "G4": 0.85, "H4": "  0,8 ", "F5": "1 234,5", "F6": " 74 ", "I6": "  nöjda  "}})
    result = import_files(demo_db, [returned])
    assert result.imported, messages_of(result)
    assert _outcomes(demo_db) == {
        "jc-arbete": ("85", "85", "80", None),
        "jc-deltagare": ("1234.5", None, None, None),
        "jc-nöjd": ("74", None, None, "nöjda"),
    }
    warnings = messages_of(result)
    assert f"{returned.name}: Utfall!G4: 0,85 tolkades som 85 %" in warnings
    assert f"{returned.name}: Utfall!H4: 0,8 tolkades som 80 %" in warnings


def test_excel_percent_formatted_cell_is_read_as_a_fraction(demo_db, make_template, fill):
    def percent_format(wb):
        wb["Utfall"]["F4"].number_format = "0%"

    returned = fill(make_template(), {"Utfall": {"F4": 1.05}}, edit=percent_format)
    result = import_files(demo_db, [returned])
    assert result.imported
    assert _outcomes(demo_db)["jc-arbete"][0] == "105"
    assert f"{returned.name}: Utfall!F4: 105 % är mer än 100 %; kontrollera värdet." in messages_of(result)


def test_blank_rows_resorted_rows_and_renamed_sheet(demo_db, make_template, fill):
    def reshuffle(wb):
        ws = wb["Utfall"]
        rows = [[c.value for c in r] for r in ws.iter_rows(min_row=4, max_row=6)]
        ws.delete_rows(4, 3)
        # reversed order, with blank rows in between, as after sorting by hand
        for i, values in enumerate(reversed(rows)):
            for j, v in enumerate(values, start=1):
                ws.cell(row=5 + 2 * i, column=j, value=v)
        ws.title = "Våra mått"

    returned = fill(make_template(), {"Utfall": {"F4": 70, "F5": 400, "F6": 76}}, edit=reshuffle)
    result = import_files(demo_db, [returned])
    assert result.imported, messages_of(result)
    assert {k: v[0] for k, v in _outcomes(demo_db).items()} == {"jc-arbete": "70", "jc-deltagare": "400", "jc-nöjd": "76"}
    cells = {c.label: c.cell for c in result.files[0].changes}
    assert cells["Nöjd deltagarindex, Utfall kvinnor och män"] == "F5"  # where it is now
    assert result.files[0].changes[0].sheet == "Våra mått"


def test_cell_errors_name_file_sheet_and_cell(demo_db, make_template, fill):
    returned = fill(make_template(), {
        "Utfall": {"F5": "85 procent", "F6": "1.234", "I4": "x" * 501},
        "Aktiviteter": {"C5": "Färdig"},
    }, name="jobbcenter.xlsx")
    result = import_files(demo_db, [returned])
    assert not result.imported
    errors = [str(p) for p in result.files[0].errors]
    assert 'jobbcenter.xlsx: Utfall!F5: "85 procent" är inget tal' in errors
    assert any(e.startswith('jobbcenter.xlsx: Utfall!F6: "1.234" är tvetydigt') for e in errors)
    assert "jobbcenter.xlsx: Utfall!I4: texten är 501 tecken lång; högst 500 tecken får plats" in errors
    assert any(e.startswith('jobbcenter.xlsx: Aktiviteter!C5: "Färdig" är inget av valen Ej startad') for e in errors)
    assert len(errors) == 4  # every problem, not just the first
    assert _outcomes(demo_db) == {}
    assert list_import_log(demo_db, "testutfall") == []


def test_warnings_do_not_block(demo_db, make_template, fill):
    first = fill(make_template(), {"Utfall": {"F4": 70, "F5": 400}}, name="first.xlsx")
    assert import_files(demo_db, [first]).imported
    second = fill(make_template(), {"Utfall": {"F4": 120, "F5": 1300}}, name="second.xlsx")
    result = import_files(demo_db, [second])
    assert result.imported
    warnings = messages_of(result)
    assert "second.xlsx: Utfall!F4: 120 % är mer än 100 %; kontrollera värdet." in warnings
    assert "second.xlsx: Utfall!F4: ändrar ett redan inläst värde (70 → 120)" in warnings
    assert any(w.startswith("second.xlsx: Utfall!F5: 1\u00a0300 avviker kraftigt från tidigare utfall") for w in warnings)


def test_preview_shows_old_and_new_and_writes_nothing(demo_db, make_template, fill):
    assert import_files(demo_db, [fill(make_template(), {"Utfall": {"F4": 70}}, name="a.xlsx")]).imported
    batch = check_files(demo_db, [fill(make_template(), {"Utfall": {"F4": 72, "F6": 75}}, name="b.xlsx")])
    changes = [(c.sheet, c.cell, c.label, c.old, c.new) for c in batch.files[0].changes]
    assert ("Utfall", "F4", "Andel i arbete eller studier efter 6 månader, Utfall kvinnor och män", "70", "72") in changes
    assert ("Utfall", "F6", "Nöjd deltagarindex, Utfall kvinnor och män", "", "75") in changes
    assert batch.files[0].status == FileStatus.ACCEPTED
    assert _outcomes(demo_db)["jc-arbete"][0] == "70"
    assert len(list_import_log(demo_db, "testutfall")) == 1


def test_dry_run_writes_nothing(demo_db, make_template, fill):
    result = import_files(demo_db, [fill(make_template(), {"Utfall": {"F4": 70}})], dry_run=True)
    assert result.ok and not result.imported
    assert _outcomes(demo_db) == {} and list_import_log(demo_db, "testutfall") == []


def test_corrected_file_replaces_the_units_values(demo_db, make_template, fill):
    assert import_files(demo_db, [fill(make_template(), {"Utfall": {"F4": 70, "F5": 400, "I5": "fel"}}, name="v1.xlsx")]).imported
    corrected = fill(make_template(), {"Utfall": {"F4": 71, "F5": None, "I5": None}}, name="v2.xlsx")
    assert import_files(demo_db, [corrected]).imported
    assert _outcomes(demo_db)["jc-arbete"][0] == "71"
    assert _outcomes(demo_db)["jc-deltagare"] == (None, None, None, None)
    assert [e.file_name for e in list_import_log(demo_db, "testutfall")] == ["v2.xlsx", "v1.xlsx"]


def test_nothing_written_when_one_file_of_a_batch_is_rejected(demo_db, make_template, fill, tmp_path):
    good = fill(make_template("Jobbcenter"), {"Utfall": {"F4": 70}}, name="jobbcenter.xlsx")
    also_good = fill(make_template("Vuxenutbildning"), {"Utfall": {"F4": 880}}, name="vux.xlsx")
    bad = tmp_path / "gammal.xls"
    bad.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600)
    result = import_files(demo_db, [good, also_good, bad])
    assert not result.imported
    assert [f.status for f in result.files] == [FileStatus.NOT_IMPORTED, FileStatus.NOT_IMPORTED, FileStatus.REJECTED]
    assert _outcomes(demo_db) == {} and _outcomes(demo_db, "Vuxenutbildning") == {}
    assert list_import_log(demo_db, "testutfall") == []
    result = import_files(demo_db, [good, also_good])  # without the bad file, in one go
    assert result.imported
    assert _outcomes(demo_db, "Vuxenutbildning")["vux-sfi"][0] == "880"


def test_two_files_for_the_same_unit_in_one_batch(demo_db, make_template, fill):
    a = fill(make_template(), {"Utfall": {"F4": 70}}, name="a.xlsx")
    b = fill(make_template(), {"Utfall": {"F4": 71}}, name="b.xlsx")
    result = import_files(demo_db, [a, b])
    assert not result.imported
    assert messages_of(result) == [f"b.xlsx: gäller samma {PERIOD}, Jobbcenter som a.xlsx i samma inläsning; välj en av filerna."]


def test_closed_cell_with_a_value_is_ignored_with_a_warning(demo_db, make_template, fill):
    def unprotect_and_type(wb):
        wb["Utfall"].protection.sheet = False
        wb["Utfall"]["G5"] = 200

    result = import_files(demo_db, [fill(make_template(), {}, edit=unprotect_and_type)])
    assert result.imported
    assert any("Utfall!G5: cellen gäller inte den här raden" in m for m in messages_of(result))
    assert _outcomes(demo_db)["jc-deltagare"][1] is None


def test_values_are_decimals_for_the_kind(demo_db, make_template, fill):
    batch = check_files(demo_db, [fill(make_template(), {"Utfall": {"F5": "1 234,5"}})])
    row = batch.files[0].returned.rows["utfall"][1]
    assert row.values["total"] == Decimal("1234.5")
    assert row.cells["total"] == "F5"
