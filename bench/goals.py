"""Goal follow-up timings against plain references measured in the same run.

    python bench/goals.py [--runs 7]

1. The goal report PDF for Delår 2 2024 on the demo database (tables, charts, TOC in
   several passes) against a plain ``reports.base.Document`` with the same number of
   table rows (no database, no charts, no TOC).
2. ``save_outcomes`` of 2 000 cells (a large Excel import) against a raw ``executemany``
   INSERT of the same rows in one transaction.
3. ``assess_plan`` for the demo plan and period against reading the period's outcome rows.

Prints a Markdown table for docs/PERFORMANCE.md.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def timed(fn, runs: int) -> float:
    fn()  # warm up
    samples = []
    for _ in range(runs):
        t = time.perf_counter()
        fn()
        samples.append(time.perf_counter() - t)
    return statistics.median(samples)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    tmp = tempfile.mkdtemp()
    os.environ["UPPFOLJNING_CONFIG_DIR"] = tmp
    os.environ["UPPFOLJNING_DATA_DIR"] = tmp

    from uppfoljning_desktop.demo import create_demo
    from uppfoljning_desktop.domain.goals import (
        CommitteeGoal,
        GoalArea,
        Indicator,
        OutcomeValue,
        Plan,
    )
    from uppfoljning_desktop.reports.base import Document, load_letterhead
    from uppfoljning_desktop.reports.goals import build_goal_report
    from uppfoljning_desktop.store import goals as store
    from uppfoljning_desktop.store import goals_followup as follow
    from uppfoljning_desktop.store.connection import open_database

    path = Path(tmp) / "demo.sqlite"
    create_demo(path)
    db = open_database(path, auto_backup=False)
    d2 = store.get_period_by_label(db, "Delår 2 2024")
    plan = store.plan_for_year(db, 2024)
    s = store.get_structure(db, plan.id)
    n_rows = sum(len(i.breakdowns) * len(i.subgroup_names) for i in s.indicators) + len(s.activities)

    def reference_pdf() -> None:
        doc = Document(load_letterhead(db), title="Referens")
        rows = [["Indikator", "2021", "2022", "2023", "Riktvärde", "Utfall", "Nått"]]
        rows += [[f"Rad {i}", "1", "2", "3", "4", "5", "Ja"] for i in range(n_rows)]
        doc.build([doc.p("Referens", "title"), doc.table(rows)])

    report = timed(lambda: build_goal_report(db, d2.id), args.runs)
    ref_pdf = timed(reference_pdf, args.runs)

    # 2 000 outcome cells: 250 indicators × (T, K, M) × (whole, A, B), in a plan of its own
    big = store.save_plan(db, Plan(name="Bench", first_year=2030, last_year=2030))
    area = store.save_area(db, GoalArea(plan_id=big.id, name="Bench"))
    goal = store.save_goal(db, CommitteeGoal(area_id=area.id, number="1.1", text="Bench"))
    with db.atomic():
        inds = [store.save_indicator(db, Indicator(goal_id=goal.id, name=f"Indikator {i}", by_gender=True,
                                                   subgroups=["A", "B"],
                                                   targets={2030: "75 %"})) for i in range(250)]
    cells = [OutcomeValue(ind.key, Decimal(70 + n % 20), bd, sg)
             for n, ind in enumerate(inds) for sg in ind.subgroup_names for bd in ind.breakdowns][:2000]
    p2030 = store.get_period_by_label(db, "Delår 2 2030")
    rows = [(ind_id, p2030.id, bd, sg, str(v)) for ind_id, bd, sg, v in
            ((store.get_indicator(db, c.indicator).id, c.breakdown.code, c.subgroup, c.value) for c in cells)]

    def reference_insert() -> None:
        with db.atomic():
            db.conn.executemany(
                "INSERT INTO outcome (indicator_id, period_id, breakdown, subgroup, value) VALUES (?, ?, ?, ?, ?) "
                "ON CONFLICT (indicator_id, period_id, breakdown, subgroup) DO UPDATE SET value = excluded.value",
                rows)

    save = timed(lambda: follow.save_outcomes(db, p2030.id, cells), args.runs)
    ref_save = timed(reference_insert, args.runs)

    assess = timed(lambda: follow.assess_plan(db, plan.id, d2.id), args.runs)
    ref_assess = timed(lambda: list(db.query("SELECT * FROM outcome WHERE period_id = ?", [d2.id])), args.runs)
    db.close()

    print(f"runs: {args.runs} (median), Python {sys.version.split()[0]}, {os.cpu_count()} cores")
    print("| measurement | median (s) | reference (s) | ratio |")
    print("|---|---|---|---|")
    print(f"| goal report PDF, Delår 2 2024, demo ({n_rows} table rows) vs plain table PDF of as many rows "
          f"| {report:.3f} | {ref_pdf:.3f} | {report / ref_pdf:.1f} |")
    print(f"| save_outcomes, {len(cells)} cells vs raw executemany upsert | {save:.3f} | {ref_save:.3f} "
          f"| {save / ref_save:.1f} |")
    print(f"| assess_plan, demo plan (15 goals) vs reading the period's outcome rows | {assess:.4f} "
          f"| {ref_assess:.4f} | {assess / ref_assess:.1f} |")


if __name__ == "__main__":
    main()
