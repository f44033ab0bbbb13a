"""Delegation lists and the rules sheet through the one Excel machinery: template →
filled by the unit → imported with the register's checks."""

from __future__ import annotations

import datetime as dt

import openpyxl
import pytest

from tests.excel.conftest import messages_of
from uppfoljning_desktop.cli import main
from uppfoljning_desktop.domain.delegation import DecisionFilter, DelegationDecision
from uppfoljning_desktop.excel.importer import import_files
from uppfoljning_desktop.excel.spec import get_kind
from uppfoljning_desktop.excel.writer import write_template
from uppfoljning_desktop.store import delegation as dstore
from uppfoljning_desktop.store import delegation_register as register
from uppfoljning_desktop.store import organisation as org_store

SEPT = "2016-10"  # no lists yet in the demo


@pytest.fixture
def template(demo_db, tmp_path):
    kind = get_kind("delegationslista")
    return write_template(demo_db, kind, {"unit": "Jobbcenter", "month": SEPT}, tmp_path / "mall.xlsx").path


def test_template_offers_only_the_units_points(template):
    wb = openpyxl.load_workbook(template)
    ws = wb["Beslut"]
    assert [c.value for c in ws[3]][1:5] == ["Rad", "Beslutsdatum", "Punkt", "Ärende"]
    lists = next(w for w in wb.worksheets if w.sheet_state == "veryHidden" and w["A1"].value == "1.1")
    points = [c.value for c in lists["A"] if c.value]
    assert "3.2" in points and "3.3" in points
    assert "4.1" not in points and "3.4" not in points  # Vuxenutbildning's and Daglig verksamhet's
    validation = next(dv for dv in ws.data_validations.dataValidation if "D4" in str(dv.sqref))
    assert validation.type == "list"
    instructions = " ".join(str(c.value) for c in wb["Instruktioner"]["A"] if c.value)
    assert "3.2 Anställning med lönebidrag eller extratjänst inom kommunen – delegat: Verksamhetschef" in instructions


def test_round_trip_template_filled_imported(demo_db, template, fill):
    returned = fill(template, {"Beslut": {
        "C4": dt.date(2016, 10, 6), "D4": "3.2", "E4": "Extratjänst på biblioteket i Fittja",
        "F4": "AVUX/2016:71", "G4": "Anställd 12 månader", "H4": "Petra Lind", "I4": "Verksamhetschef",
        "C6": "2016-10-12", "D6": "3.3", "E6": "Feriearbete, höstlovet", "H6": "Karolina Sjödin",
        "I6": "Enhetschef", "J6": "Verksamhetschef",
    }}, name="Jobbcenter oktober.xlsx")
    result = import_files(demo_db, [returned])
    assert result.imported, messages_of(result)
    [ul] = [ul for ul in dstore.list_unit_lists(demo_db, SEPT, SEPT)]
    assert (ul.unit_name, ul.decision_count, ul.source) == ("Jobbcenter", 2, "Jobbcenter oktober.xlsx")
    rows = register.list_decisions(demo_db, DecisionFilter(date_from=dt.date(2016, 10, 1)), descending=False)
    assert [(d.point, d.subject, d.delegate_function, d.sub_delegated_from) for d in rows] == [
        ("3.2", "Extratjänst på biblioteket i Fittja", "Verksamhetschef", ""),
        ("3.3", "Feriearbete, höstlovet", "Enhetschef", "Verksamhetschef"),
    ]
    assert rows[0].register_number == "2016:34"
    # The same file again does not double the list (with a warning), nor delete anything.
    again = import_files(demo_db, [returned])
    assert again.imported
    assert any("2 av besluten i filen är redan registrerade" in m for m in messages_of(again))
    assert register.count_decisions(demo_db, DecisionFilter(date_from=dt.date(2016, 10, 1))) == 2


def test_import_refuses_a_list_with_errors_naming_the_cells(demo_db, template, fill):
    returned = fill(template, {"Beslut": {
        "C4": dt.date(2016, 10, 6), "D4": "3.2", "E4": "Extratjänst", "H4": "Petra Lind", "I4": "Rektor",
        "C5": dt.date(2016, 10, 7), "E5": "Punkten saknas", "H5": "Petra Lind", "I5": "Verksamhetschef",
        "C6": dt.date(2099, 1, 1), "D6": "3.2", "E6": "Framtida", "H6": "Petra Lind", "I6": "Verksamhetschef",
    }})
    result = import_files(demo_db, [returned])
    assert not result.imported
    text = "\n".join(messages_of(result))
    assert "Beslut!I4: Delegatens funktion: Rektor får inte besluta enligt punkt 3.2" in text
    assert "Beslut!D5: rad 2: punkt saknas." in text
    assert "Beslut!C6: Beslutsdatum: 2099-01-01 ligger i framtiden" in text
    assert dstore.list_unit_lists(demo_db, SEPT, SEPT) == []


def test_cli_template_then_common_import(demo_db_path, tmp_path, fill, capsys):
    out = tmp_path / "lista.xlsx"
    assert main(["--db", str(demo_db_path), "excel", "delegation-template", "--unit", "Xenter", "--month", SEPT,
                 "-o", str(out)]) == 0
    returned = fill(out, {"Beslut": {"C4": dt.date(2016, 10, 5), "D4": "3.1", "E4": "Anvisning till praktik",
                                     "H4": "Nils Berg", "I4": "Arbetsmarknadskonsulent"}})
    assert main(["--db", str(demo_db_path), "excel", "import", str(returned)]) == 0
    assert main(["--db", str(demo_db_path), "excel", "delegation-template", "--unit", "Okänd", "--month", SEPT,
                 "-o", str(out)]) == 2
    assert "Verksamheten \"Okänd\" finns inte." in capsys.readouterr().err


def test_rules_sheet_export_edit_import(demo_db, tmp_path, fill):
    kind = get_kind("delegationsordning")
    path = write_template(demo_db, kind, {"version": "2016-02-25"}, tmp_path / "ordning.xlsx").path
    wb = openpyxl.load_workbook(path)
    ws = wb["Delegationsordning"]
    rows = {ws.cell(row=r, column=2).value: r for r in range(4, ws.max_row + 1)}
    r32 = rows["3.2"]
    first_new = next(r for r in range(4, ws.max_row + 1) if ws.cell(row=r, column=1).value == "n01")
    returned = fill(path, {"Delegationsordning": {
        f"G{r32}": "Högst 6 månader per beslut", f"L{r32}": "Jobbcenter, Xenter",
        f"B{first_new}": "3.6", f"C{first_new}": "Beslut om sommarjobb i föreningar", f"D{first_new}": "Enhetschef",
        f"L{first_new}": "Jobbcenter",
    }})
    result = import_files(demo_db, [returned])
    assert result.imported, messages_of(result)
    rs = next(r for r in dstore.list_rulesets(demo_db) if r.decided_on == dt.date(2016, 2, 25))
    rules = {r.point: r for r in dstore.list_rules(demo_db, rs.id)}
    units = {u.name: u.id for u in org_store.list_units(demo_db)}
    assert rules["3.2"].conditions == "Högst 6 månader per beslut"
    assert set(rules["3.2"].unit_ids) == {units["Jobbcenter"], units["Xenter"]}
    assert (rules["3.6"].case_type, rules["3.6"].must_report, rules["3.6"].unit_ids) == (
        "Beslut om sommarjobb i föreningar", True, (units["Jobbcenter"],))
    bad = fill(path, {"Delegationsordning": {f"L{r32}": "Jobbcentret", f"B{first_new}": "3,6",
                                             f"C{first_new}": "x", f"D{first_new}": "y"}}, name="bad.xlsx")
    text = "\n".join(messages_of(import_files(demo_db, [bad])))
    assert f"Delegationsordning!L{r32}: verksamheten \"Jobbcentret\" finns inte." in text
    assert f"Delegationsordning!B{first_new}: Punkt: \"3,6\" ska vara siffror med punkt emellan" in text


@pytest.mark.parametrize("value, shown", [(3.1, "talet 3,1"), (3, "talet 3"), (dt.datetime(2016, 10, 3), "2016-10-03")])
def test_a_number_or_date_where_a_code_belongs_is_refused_never_guessed(demo_db, template, fill, value, shown):
    returned = fill(template, {"Beslut": {
        "C4": dt.date(2016, 10, 6), "D4": value, "E4": "Extratjänst", "F4": 59, "H4": "Petra Lind",
        "I4": "Verksamhetschef",
    }})
    result = import_files(demo_db, [returned])
    assert not result.imported
    where = {(p.cell, p.message.split(";")[0]) for p in result.problems}
    if isinstance(value, dt.date):
        assert ("D4", f'cellen innehåller "{shown}" som inte är text (t.ex. ett datum), men här ska stå en kod') in where
    else:
        assert ("D4", f"cellen innehåller {shown}, men här ska stå en kod som text (t.ex. punkt 3.10)") in where
    assert ("F4", "cellen innehåller talet 59, men här ska stå en kod som text (t.ex. punkt 3.10)") in where


def test_code_columns_are_formatted_as_text(template):
    ws = openpyxl.load_workbook(template)["Beslut"]
    headers = {c.value: c.column_letter for c in ws[3] if c.value}
    for header in ("Punkt", "Dnr"):
        assert ws[f"{headers[header]}4"].number_format == "@"
    assert ws[f"{headers['Beslutsdatum']}4"].number_format != "@"
    assert ws["A4"].number_format == "@"  # the row keys


# ---------------------------------------------------------------- nothing is deleted unless marked

REGISTERED_MONTH = "2016-09"  # the demo's Jobbcenter has two decisions on its open list


def _jobbcenter(db):
    return [d for d in register.list_decisions(db, DecisionFilter(date_from=dt.date(2016, 9, 1),
                                                                  date_to=dt.date(2016, 9, 30)), descending=False)
            if d.unit_name == "Jobbcenter"]


@pytest.fixture
def prefilled(demo_db, tmp_path):
    kind = get_kind("delegationslista")
    return write_template(demo_db, kind, {"unit": "Jobbcenter", "month": REGISTERED_MONTH}, tmp_path / "sept.xlsx").path


def test_a_list_with_registered_decisions_is_sent_prefilled(demo_db, prefilled):
    before = _jobbcenter(demo_db)
    assert len(before) == 2
    ws = openpyxl.load_workbook(prefilled)["Beslut"]
    assert [c.value for c in ws[3]][11:13] == ["Registrerat som", "Ta bort"]
    assert [(ws[f"A{r}"].value, ws[f"E{r}"].value, ws[f"L{r}"].value) for r in (4, 5)] == [
        (f"d{d.id}", d.subject, d.register_number) for d in before]
    assert ws["A6"].value == "r01" and ws["E6"].value is None


def test_returning_the_prefilled_list_unchanged_keeps_every_decision(demo_db, prefilled):
    before = _jobbcenter(demo_db)
    result = import_files(demo_db, [prefilled])
    assert result.imported, messages_of(result)
    assert result.files[0].changes == [] and result.files[0].unchanged == 2
    assert _jobbcenter(demo_db) == before


def test_a_cleared_row_is_refused_naming_the_cell_and_nothing_is_deleted(demo_db, prefilled, fill):
    before = _jobbcenter(demo_db)
    cleared = {f"{col}4": None for col in "CDEFGHIJK"}
    returned = fill(prefilled, {"Beslut": cleared})
    result = import_files(demo_db, [returned])
    assert not result.imported
    text = "\n".join(messages_of(result))
    assert (f"Beslut!M4: rad 1: raden för beslut {before[0].register_number} är tömd, men ett beslut tas bara "
            "bort med Ja i kolumnen Ta bort.") in text
    assert _jobbcenter(demo_db) == before


def test_removal_takes_an_explicit_mark_and_edits_keep_the_register_number(demo_db, prefilled, fill):
    first, second = _jobbcenter(demo_db)
    returned = fill(prefilled, {"Beslut": {
        "M4": "ja",  # case does not matter
        "E5": "Extratjänst i föreningslivet i Fittja och Alby",
        "C6": dt.date(2016, 9, 28), "D6": "3.2", "E6": "Extratjänst på biblioteket", "H6": "Petra Lind",
        "I6": "Verksamhetschef",
    }})
    result = import_files(demo_db, [returned])
    assert result.imported, messages_of(result)
    assert {(c.cell, c.new) for c in result.files[0].changes} == {
        ("M4", "(tas bort)"), ("E5", "Extratjänst i föreningslivet i Fittja och Alby"),
        ("E6", "Extratjänst på biblioteket")}
    after = _jobbcenter(demo_db)
    assert [(d.id, d.register_number) for d in after][:1] == [(second.id, second.register_number)]
    assert after[0].subject == "Extratjänst i föreningslivet i Fittja och Alby"
    assert [d.subject for d in after] == ["Extratjänst i föreningslivet i Fittja och Alby", "Extratjänst på biblioteket"]
    assert first.id not in {d.id for d in after}


@pytest.mark.parametrize(("cells", "expected"), [
    ({"M4": "x"}, 'Beslut!M4: "x" är inget av valen Ja, Nej'),
    ({"M6": "Ja", "C6": dt.date(2016, 9, 28), "D6": "3.2", "E6": "Nytt", "H6": "Petra Lind", "I6": "Verksamhetschef"},
     "Beslut!M6: rad 3: Ta bort gäller bara beslut som redan är registrerade"),
])
def test_the_removal_mark_is_validated(demo_db, prefilled, fill, cells, expected):
    before = _jobbcenter(demo_db)
    result = import_files(demo_db, [fill(prefilled, {"Beslut": cells})])
    assert not result.imported
    assert any(m.endswith(expected) or expected in m for m in messages_of(result)), messages_of(result)
    assert _jobbcenter(demo_db) == before


def test_decisions_registered_after_an_empty_template_was_sent_are_kept(demo_db, tmp_path, fill):
    # The template went out before anything was registered for the month; meanwhile the
    # secretary registered a decision by hand. The returned list adds to it.
    kind = get_kind("delegationslista")
    blank = write_template(demo_db, kind, {"unit": "Jobbcenter", "month": SEPT}, tmp_path / "okt.xlsx").path
    unit = org_store.get_unit_by_name(demo_db, "Jobbcenter")
    register.save_decision(demo_db, DelegationDecision(
        decision_date=dt.date(2016, 10, 3), point="3.2", subject="Registrerat för hand", delegate_name="Petra Lind",
        delegate_function="Verksamhetschef", unit_id=unit.id))
    returned = fill(blank, {"Beslut": {"C4": dt.date(2016, 10, 6), "D4": "3.3", "E4": "Feriearbete",
                                       "H4": "Karolina Sjödin", "I4": "Enhetschef", "J4": "Verksamhetschef"}})
    result = import_files(demo_db, [returned])
    assert result.imported, messages_of(result)
    assert any("1 beslut som redan är registrerade för Jobbcenter oktober 2016 finns inte i filen; de behålls" in m
               for m in messages_of(result))
    october = register.list_decisions(demo_db, DecisionFilter(date_from=dt.date(2016, 10, 1)), descending=False)
    assert [d.subject for d in october] == ["Registrerat för hand", "Feriearbete"]


def test_a_new_row_copying_a_prefilled_decision_is_refused(demo_db, prefilled, fill):
    before = _jobbcenter(demo_db)
    ws = openpyxl.load_workbook(prefilled)["Beslut"]
    copy = {f"{col}6": ws[f"{col}4"].value for col in "CDEFGHIJK"}
    result = import_files(demo_db, [fill(prefilled, {"Beslut": copy})])
    assert not result.imported
    assert any("Beslut!E6: rad 3: samma beslut står redan på en annan rad i filen." in m for m in messages_of(result))
    assert _jobbcenter(demo_db) == before
