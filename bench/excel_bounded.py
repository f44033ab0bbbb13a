"""Bad input at scale (issue 17, point 5): a returned goal follow-up template with
360 000 extra rows that carry a value but no row key, imported in a fresh process.

Setup (not timed): the demo database, Vuxenutbildning's template for "Delår 2 2024",
and the extra rows written straight into the sheet XML (tests/excel/hostile_corpus.py).
Timed, each in its own process, wall time and peak resident memory of that process:

- import: ``excel.importer.import_files`` on the file (refused after 200 errors; the rest
  counted from the raw XML);
- reference: openpyxl alone reading every row of the same sheet in read-only mode
  (``values_only``), i.e. what merely reading the file costs.

    python bench/excel_bounded.py [--runs 3] [--rows 360000] [--no-reference]
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

CHILD = r"""
import json, resource, sys, time
sys.path.insert(0, {root!r})
mode, db_path, path = sys.argv[1:4]
from openpyxl import load_workbook
from uppfoljning_desktop.excel.importer import import_files
from uppfoljning_desktop.store.connection import open_database
started, cpu = time.perf_counter(), time.process_time()  # modules imported: timed from here
if mode == "import":
    db = open_database(db_path, auto_backup=False)
    result = import_files(db, [path])
    f = result.files[0]
    out = {{"errors": len(f.errors), "last": f.errors[-1].message[:60]}}
elif mode == "reference":
    wb = load_workbook(path, read_only=True, data_only=True)
    ws = wb["Utfall"]
    ws.reset_dimensions()  # the sheet's <dimension> still says A1:M18
    n = sum(1 for _ in ws.iter_rows(values_only=True))
    out = {{"rows": n}}
else:  # the same modules imported, nothing read: the process's own memory
    out = {{}}
out["seconds"] = time.perf_counter() - started
out["cpu"] = time.process_time() - cpu
out["peak_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps(out))
"""


def _child(mode: str, db: Path, path: Path) -> dict:
    code = CHILD.format(root=str(ROOT))
    done = subprocess.run([sys.executable, "-c", code, mode, str(db), str(path)], capture_output=True, text=True,
                          check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--rows", type=int, default=360_000)
    parser.add_argument("--no-reference", action="store_true")
    args = parser.parse_args()

    from tests.excel.hostile_corpus import keyless_rows_workbook
    from uppfoljning_desktop.demo import create_demo
    from uppfoljning_desktop.excel.spec import get_kind
    from uppfoljning_desktop.excel.writer import write_template
    from uppfoljning_desktop.store.connection import open_database

    work = Path(tempfile.mkdtemp(prefix="bounded-"))
    db_path = work / "demo.sqlite"
    create_demo(db_path)
    db = open_database(db_path, auto_backup=False)
    template = write_template(db, get_kind("maluppfoljning"), {"period": "Delår 2 2024", "unit": "Vuxenutbildning"},
                              work).path
    db.close()
    big = keyless_rows_workbook(template, work / "stor.xlsx", args.rows)
    print(f"file: {big.stat().st_size / 1e6:.1f} MB with {args.rows:,} keyless rows".replace(",", " "))
    imports, references = [], []
    baseline = _child("baseline", db_path, big)
    for _ in range(args.runs):
        imports.append(_child("import", db_path, big))
        if not args.no_reference:
            references.append(_child("reference", db_path, big))
    print(f"import: {imports[-1]['errors']} errors, last: {imports[-1]['last']} …")
    print(f"baseline process (modules imported, nothing read): {baseline['peak_mb']:.0f} MB")
    print("| what | median s (wall) | max s (wall) | median s (CPU) | peak memory (MB, whole process) |")
    print("|---|---:|---:|---:|---:|")
    for label, runs in (("excel import (refused after 200 errors)", imports),
                        ("openpyxl read-only, every row of the sheet", references)):
        if runs:
            secs = [r["seconds"] for r in runs]
            print(f"| {label} | {statistics.median(secs):.2f} | {max(secs):.2f} | "
                  f"{statistics.median(r['cpu'] for r in runs):.2f} | "
                  f"{statistics.median(r['peak_mb'] for r in runs):.0f} |")


if __name__ == "__main__":
    main()
