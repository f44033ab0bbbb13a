"""Importing 50 returned goal follow-up templates of 100 indicator rows each, against
openpyxl alone reading the same 50 files in read-only mode, in the same run.

Setup (not timed): a database with 50 units, each responsible for 100 indicators
(a third of them percentages split by gender), templates written with the real
writer for "Delår 2 2024" and filled in with openpyxl as a unit would. Timed:

- reference: ``load_workbook(read_only=True, data_only=True)`` and reading every row
  of every sheet as values (what any import must at least do);
- import: ``excel.importer.import_files`` (safety checks, metadata and signature,
  parsing and checking every cell, planning against the database, writing all
  outcomes and the import log in one transaction), on a fresh copy each run.

    python bench/excel_import.py [--runs 5]
"""

from __future__ import annotations

import argparse
import random
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

UNITS = 50
ROWS = 100
PERIOD = "Delår 2 2024"


def build(workdir: Path) -> tuple[Path, list[Path]]:
    db_path = workdir / "bench.sqlite"
    return db_path, build_into(db_path, workdir)


def build_into(db_path: Path, workdir: Path) -> list[Path]:
    """Add 50 units of 100 indicators each to the plan of 2024 in ``db_path`` (created
    if missing), send them templates for Delår 2 2024 and fill them in; returns the files."""
    import openpyxl

    from uppfoljning_desktop.domain.goals import (
        CommitteeGoal,
        GoalArea,
        Indicator,
        MeasureUnit,
        Plan,
    )
    from uppfoljning_desktop.domain.organisation import Unit
    from uppfoljning_desktop.errors import NotFound
    from uppfoljning_desktop.excel.sending import write_templates
    from uppfoljning_desktop.excel.spec import get_kind
    from uppfoljning_desktop.store import goals as gs
    from uppfoljning_desktop.store import organisation as org
    from uppfoljning_desktop.store.connection import open_database

    db = open_database(db_path, auto_backup=False)
    rnd = random.Random(6)
    with db.atomic():
        try:
            plan = gs.plan_for_year(db, 2024)
        except NotFound:
            plan = gs.save_plan(db, Plan("Verksamhetsplan 2024–2026", 2024, 2026))
        gs.ensure_periods(db, 2024)
        area = gs.save_area(db, GoalArea(plan.id, "Arbete och utbildning (prov)"))
        goal = gs.save_goal(db, CommitteeGoal(area.id, "9.1", "Fler ska arbeta eller studera"))
        for u in range(UNITS):
            unit = org.save_unit(db, Unit(name=f"Provenhet {u + 1:02d}", head_name=f"Chef {u + 1}",
                                          head_email=f"chef{u + 1}@botkyrka.example"))
            for i in range(ROWS):
                percent = i % 3 == 0
                gs.save_indicator(db, Indicator(
                    goal.id, f"Indikator {i + 1} för enhet {u + 1}",
                    measure_unit=MeasureUnit.PERCENT if percent else MeasureUnit.COUNT,
                    targets={2024: "Öka"}, unit_id=unit.id, by_gender=percent))
    out = workdir / "mallar"
    sent = write_templates(db, get_kind("maluppfoljning"), {"period": PERIOD}, out)
    db.close()
    returned = []
    for s in sent:
        wb = openpyxl.load_workbook(s.path)
        ws = wb["Utfall"]
        if "Provenhet" not in s.content.file_stem:
            continue  # the demo's own units: not part of the 50
        for row in ws.iter_rows(min_row=4):
            percent = row[3].value == "%"
            row[6].value = f"{rnd.randint(40, 95)} %" if percent else rnd.randint(100, 2000)
            if percent:
                row[7].value = rnd.randint(40, 95)
                row[8].value = f"{rnd.randint(40, 95)},5"
            if rnd.random() < 0.2:
                row[9].value = "Uppföljningen visar en stabil utveckling under perioden."
        target = workdir / "retur" / s.path.name
        target.parent.mkdir(exist_ok=True)
        wb.save(target)
        returned.append(target)
    return returned


def read_with_openpyxl(paths: list[Path]) -> int:
    from openpyxl import load_workbook

    cells = 0
    for p in paths:
        wb = load_workbook(p, read_only=True, data_only=True)
        for ws in wb.worksheets:
            for row in ws.iter_rows(values_only=True):
                cells += len(row)
        wb.close()
    return cells


def import_all(db_path: Path, paths: list[Path], workdir: Path) -> None:
    from uppfoljning_desktop.excel.importer import import_files
    from uppfoljning_desktop.store.connection import connect

    copy = workdir / "run.sqlite"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{copy}{suffix}").unlink(missing_ok=True)
    shutil.copyfile(db_path, copy)
    db = connect(copy)
    try:
        t0 = time.perf_counter()
        result = import_files(db, paths)
        elapsed = time.perf_counter() - t0
    finally:
        db.close()
    assert result.imported, [str(p) for p in result.problems][:5]
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        workdir = Path(tmp)
        t0 = time.perf_counter()
        db_path, paths = build(workdir)
        print(f"setup: {len(paths)} files, {time.perf_counter() - t0:.1f} s", file=sys.stderr)
        ref, imp = [], []
        for _ in range(args.runs):  # interleaved, so both see the same machine load
            t = time.perf_counter()
            read_with_openpyxl(paths)
            ref.append(time.perf_counter() - t)
            imp.append(import_all(db_path, paths, workdir))
        r, i = statistics.median(ref), statistics.median(imp)
        print(f"| what | median of {args.runs} | ratio |")
        print("|---|---|---|")
        print(f"| openpyxl read-only, all cells of {len(paths)} files | {r:.2f} s | 1.00 |")
        print(f"| excel import ({len(paths)} files × {ROWS} indicators, checked and written) | {i:.2f} s | {i / r:.2f} |")


if __name__ == "__main__":
    main()
