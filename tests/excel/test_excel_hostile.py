"""The hostile-file corpus (tests/excel/hostile_corpus.py): every file is refused with
a Swedish message naming the cell or the part, never a traceback, and nothing stored
changes; the other files of the batch are still checked."""

from __future__ import annotations

from decimal import Decimal

import pytest

from tests.conftest import copy_file
from tests.excel import hostile_corpus as corpus
from uppfoljning_desktop.cli import main
from uppfoljning_desktop.excel.importer import FileStatus, import_files
from uppfoljning_desktop.excel.spec import get_kind
from uppfoljning_desktop.excel.writer import write_template
from uppfoljning_desktop.store import excel as excel_store
from uppfoljning_desktop.store import goals as goals_store
from uppfoljning_desktop.store import goals_followup as followup

PERIOD = "Delår 2 2024"
UNIT = "Vuxenutbildning"


@pytest.fixture(scope="module")
def built(tmp_path_factory, _demo_template):
    """The corpus, built once from a real, pre-filled template of (a copy of) the demo
    database; every copy has the same database id and signing key."""
    from uppfoljning_desktop.store.connection import open_database

    out = tmp_path_factory.mktemp("korpus")
    db = open_database(copy_file(_demo_template, out / "demo.sqlite"), auto_backup=False)
    try:
        template = write_template(db, get_kind("maluppfoljning"), {"period": PERIOD, "unit": UNIT}, out).path
    finally:
        db.close()
    return template, corpus.build(template, out / "filer")


def _stored(db) -> tuple[dict, int]:
    period = goals_store.get_period_by_label(db, PERIOD)
    outcomes = {k: (v.value, v.comment) for k, v in followup.list_outcomes(db, period.id).items()}
    return outcomes, len(excel_store.list_import_log(db, "maluppfoljning"))


def test_the_untouched_template_imports_so_the_corpus_tests_the_edits(demo_db, built):
    template, _files = built
    result = import_files(demo_db, [template], dry_run=True)
    assert result.ok, [str(p) for p in result.problems]


@pytest.mark.parametrize("name", [c.name for c in corpus.CASES])
def test_each_hostile_file_is_refused_naming_the_cell_and_changes_nothing(demo_db, built, name):
    _template, files = built
    path, case = files[name]
    before = _stored(demo_db)
    result = import_files(demo_db, [path])
    assert not result.imported
    [outcome] = result.files
    assert outcome.status == FileStatus.REJECTED
    texts = [f"{p.where}: {p.message}" if p.where else p.message for p in outcome.errors]
    wanted = f"{case.where}: " if case.where else ""
    assert any(t.startswith(wanted) and case.message in t for t in texts), texts
    assert _stored(demo_db) == before


def test_the_batch_goes_on_past_hostile_files(demo_db, built):
    template, files = built
    paths = [path for path, _case in files.values()]
    result = import_files(demo_db, [template, *paths])
    assert not result.imported
    statuses = [f.status for f in result.files]
    assert result.files[0].errors == [], [str(p) for p in result.files[0].errors]
    assert statuses[0] == FileStatus.NOT_IMPORTED  # checked and fine, but the batch was refused
    assert statuses[1:] == [FileStatus.REJECTED] * len(paths)


def test_cli_exits_2_in_swedish_for_a_hostile_file(demo_db_path, built, capsys):
    _template, files = built
    path, _case = files["merged"]
    assert main(["--db", str(demo_db_path), "excel", "import", str(path)]) == 2
    err = capsys.readouterr().err
    assert "FEL: Utfall!G4:I4: cellerna G4:I4 är sammanfogade" in err
    assert "Traceback" not in err


def test_a_style_with_an_undefined_number_format_is_read_as_general(demo_db, built, tmp_path):
    template, _files = built
    case = corpus.Case("undefined-format", "xl/styles.xml", corpus.cell_format("300"), "", "")
    result = import_files(demo_db, [corpus.write_case(template, case, tmp_path)], dry_run=True)
    assert result.ok, [str(p) for p in result.problems]


@pytest.mark.parametrize(("target", "baseline", "earlier", "allowed"), [
    (">89,9%", "", {}, False),
    ("105 %", "", {}, True),  # the target itself is over 100 %: a budget outcome, say
    ("Öka", "112", {}, True),
    ("Öka", "", {2023: Decimal("101.5")}, True),
    ("Öka", "*", {2023: Decimal("99")}, False),
    ("Öka", "ingen uppgift", {}, False),  # a baseline that is no number does not allow it
])
def test_a_percentage_may_exceed_100_only_where_the_indicator_does(target, baseline, earlier, allowed):
    from uppfoljning_desktop.domain.goals import CommitteeGoal, Indicator, MeasureUnit
    from uppfoljning_desktop.domain.targets import parse_target
    from uppfoljning_desktop.excel.kinds.goals import _over_100_allowed

    ui = followup.UnitIndicator(
        Indicator(goal_id=1, name="Budgetutfall", measure_unit=MeasureUnit.PERCENT, baseline_text=baseline),
        CommitteeGoal(area_id=1, number="1.1", text="Mål"), parse_target(target), earlier)
    assert _over_100_allowed(ui) is allowed


def _outcome(db):
    period = goals_store.get_period_by_label(db, PERIOD)
    return followup.list_outcomes(db, period.id)


@pytest.mark.parametrize("template_written_before_the_value", [True, False])
def test_a_blank_cell_clears_only_a_value_the_template_could_show(demo_db, tmp_path, fill,
                                                                    template_written_before_the_value):
    # A value stored after the template was written (by hand, or from another file) is
    # not in the template; the unit's blank cell there does not say "delete it".
    import datetime as dt

    now = dt.datetime(2000, 1, 1) if template_written_before_the_value else None
    template = write_template(demo_db, get_kind("maluppfoljning"), {"period": PERIOD, "unit": UNIT}, tmp_path,
                              now=now).path
    before = _outcome(demo_db)
    returned = fill(template, {"Utfall": {f"G{corpus.PERCENT_ROW}": None}})
    result = import_files(demo_db, [returned])
    assert result.imported, [str(p) for p in result.problems]
    after = _outcome(demo_db)
    changed = {k: (before[k].value, after.get(k) and after[k].value) for k in before
               if (after.get(k) and after[k].value) != before[k].value}
    texts = [f"{p.where}: {p.message}" for p in result.problems]
    if template_written_before_the_value:
        assert changed == {}
        assert any(t.startswith(f"Utfall!G{corpus.PERCENT_ROW}: cellen är tom, men ") and "värdet behålls" in t
                   for t in texts), texts
    else:
        assert list(changed.values()) == [(Decimal("87.5"), None)]
        assert any("ändrar ett redan inläst värde (87,5 → tomt)" in t for t in texts), texts


def test_cli_checks_the_whole_corpus_in_one_batch_exit_2_no_traceback(demo_db_path, built, capsys):
    _template, files = built
    paths = [str(path) for path, _case in files.values()]
    assert main(["--db", str(demo_db_path), "excel", "import", *paths]) == 2
    captured = capsys.readouterr()
    assert "Traceback" not in captured.err and "Internt fel" not in captured.err
    for path, case in files.values():
        assert f"{path.name}: avvisad" in captured.out
        assert case.message in captured.err, case.name
