"""Bad input at scale (issue 17): a returned workbook with 360 000 keyless rows stops
after a bounded number of errors, says how many more there are, and does so in bounded
time and memory (it took 43 s and 265 MB, and printed 360 000 errors)."""

from __future__ import annotations

import json
import time
import tracemalloc

import pytest

from tests.conftest import copy_file
from tests.excel.hostile_corpus import keyless_rows_workbook
from uppfoljning_desktop.cli import main
from uppfoljning_desktop.excel.importer import import_files
from uppfoljning_desktop.excel.reader import MAX_PROBLEMS
from uppfoljning_desktop.excel.spec import get_kind
from uppfoljning_desktop.excel.writer import write_template

ROWS = 360_000


@pytest.fixture(scope="module")
def huge(tmp_path_factory, _demo_template):
    from uppfoljning_desktop.store.connection import open_database

    out = tmp_path_factory.mktemp("stor")
    db = open_database(copy_file(_demo_template, out / "demo.sqlite"), auto_backup=False)
    try:
        template = write_template(db, get_kind("maluppfoljning"),
                                  {"period": "Delår 2 2024", "unit": "Vuxenutbildning"}, out).path
    finally:
        db.close()
    return keyless_rows_workbook(template, out / "stor.xlsx", ROWS)


@pytest.mark.slow
def test_360000_keyless_rows_stop_after_bounded_errors_in_bounded_time_and_memory(demo_db, huge):
    started = time.process_time()
    result = import_files(demo_db, [huge])
    cpu = time.process_time() - started  # CPU time: other processes on the machine do not count
    tracemalloc.start()
    import_files(demo_db, [huge])
    _current, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    [f] = result.files
    assert not result.imported
    assert len(f.errors) == MAX_PROBLEMS + 1
    assert f.errors[0].where == "Utfall!A100"
    assert f.errors[-1].message.startswith(
        f"… och {ROWS - MAX_PROBLEMS:,} fel till. Kontrollen av filen avbröts efter {MAX_PROBLEMS} fel".replace(",", "\u00a0"))
    assert cpu < 3.0, cpu  # about 0.8 s here
    assert peak < 40 * 1024 * 1024, peak


def test_json_output_of_a_huge_bad_file_is_small(demo_db_path, huge, capsys):
    assert main(["--db", str(demo_db_path), "excel", "import", str(huge), "--json"]) == 2
    out = capsys.readouterr().out
    assert len(out) < 100_000  # was 106 MB
    [f] = json.loads(out)["files"]
    assert f["counts"]["errors"] == MAX_PROBLEMS + 1
