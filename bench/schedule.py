"""Schedule timings, each next to a reference measured in the same run.

- generate: one year's plan (11 meetings, 2 preparation series) in memory; reference:
  the same plan generated and stored in SQLite (one transaction, 33 rows) — the ratio
  is the store's share.
- pdf: "Sammanträdesordning 2017" with its attachment (2 pages); reference: a one-page
  letter with the shared letterhead (``reports.base.Document``).
- ics: the 33 events with Europe/Stockholm VTIMEZONE; reference: the same events built
  without time zones (plain icalendar, no ``add_missing_timezones``).

    python bench/schedule.py [--runs 15]
"""

from __future__ import annotations

import argparse
import datetime as dt
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def median_ms(fn, runs: int) -> float:
    fn()  # warm-up: imports, font registration, holiday tables
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times) * 1000


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    from icalendar import Calendar, Event

    from uppfoljning_desktop.demo import create_demo
    from uppfoljning_desktop.demo.schedule import rule
    from uppfoljning_desktop.domain.schedule import generate_plan
    from uppfoljning_desktop.reports.base import Document, load_letterhead
    from uppfoljning_desktop.reports.schedule import render_schedule
    from uppfoljning_desktop.reports.schedule_ics import build_ics
    from uppfoljning_desktop.store import organisation
    from uppfoljning_desktop.store import schedule as store
    from uppfoljning_desktop.store.connection import open_database

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "demo.sqlite"
        create_demo(path)
        db = open_database(path, auto_backup=False)
        plan = store.get_plan(db, 2017)
        letterhead = load_letterhead(db)
        committee = organisation.get_committee(db).name
        db_id = organisation.database_id(db)
        r2018 = rule()
        r2018.year = 2018

        rows = []
        gen = median_ms(lambda: generate_plan(r2018), args.runs)
        stored = median_ms(lambda: store.generate_plan(db, r2018, replace=True), args.runs)
        rows.append(("generate 2018 (in memory)", gen, "generate + store (SQLite)", stored))

        pdf = median_ms(lambda: render_schedule(plan, letterhead, committee), args.runs)

        def letter() -> bytes:
            doc = Document(letterhead, title="Brev")
            return doc.build([doc.p("Hej", "title"), doc.p("En rad text.")])

        rows.append(("PDF Sammanträdesordning 2017 (2 s.)", pdf, "1-page letter, same letterhead",
                     median_ms(letter, args.runs)))

        ics = median_ms(lambda: build_ics(plan, database_id=db_id, committee=committee), args.runs)

        def bare() -> bytes:
            cal = Calendar.new(name="x")
            for e in plan.events:
                start = dt.datetime.combine(e.date, e.start or dt.time())
                cal.add_component(Event.new(uid=e.key, summary=e.label, start=start,
                                            end=start + dt.timedelta(hours=1)))
            return cal.to_ical()

        rows.append((".ics 33 events + VTIMEZONE", ics, ".ics 33 floating events", median_ms(bare, args.runs)))
        db.close()

    print("| measure | median ms | reference | median ms | ratio |\n|---|---:|---|---:|---:|")
    for name, value, ref_name, ref in rows:
        print(f"| {name} | {value:.1f} | {ref_name} | {ref:.1f} | {value / ref:.2f} |")


if __name__ == "__main__":
    main()
