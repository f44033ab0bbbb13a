"""The delegation register with 100 000 decisions: opening the list (count + first
page), filtering by unit, and a full-text search, each through the page's Qt model
(``DecisionTableModel.refresh``: what the user waits for), against a reference measured
in the same run: reading 200 rows of the table with no filter, sort or count.

    QT_QPA_PLATFORM=offscreen python bench/delegation.py [--runs 15] [--rows 100000]

The database is the demo plus generated decisions (inserted in bulk, triggers keep the
FTS index). Prints a Markdown table for docs/PERFORMANCE.md. Target: each ≤ 100 ms.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

WORDS = ["anställning", "lönebidrag", "extratjänst", "praktik", "anvisning", "feriearbete", "antagning", "sfi", "kurs", "elev", "avbrott", "yttrande", "avtal", "upphandling", "fordran", "avskrivning", "bisyssla", "vikariat", "tillsvidare", "ersättning", "interkommunal", "utbildning", "jobbspår", "försörjningsstöd", "arbetsträning", "språkpraktik", "verkstad", "café", "tvätteri", "trädgård", "återvinning", "fordonsverkstad", "bibliotek", "äldreomsorg", "förskola", "ungdomar", "nyanlända", "validering", "studiestöd"]
TARGET_MS = 100.0


def build(path: Path, rows: int) -> None:
    from uppfoljning_desktop.demo import create_demo
    from uppfoljning_desktop.domain.delegation import point_sort_key, swedish_sort_key
    from uppfoljning_desktop.store.connection import open_database

    create_demo(path, force=True)
    db = open_database(path, auto_backup=False)
    rng = random.Random(7)
    rules = db.execute("SELECT id, point, delegate_function FROM delegation_rule WHERE ruleset_id = "
                       "(SELECT max(id) FROM delegation_ruleset)").fetchall()
    units = [r[0] for r in db.execute("SELECT id FROM unit").fetchall()]
    names = ["Petra Lind", "Anders Molin", "Eva Lindgren", "Karolina Sjödin", "Nils Berg", "Rami Aziz",
             "Johan Nordin", "Maria Holm", "Cecilia Nord", "Örjan Åberg"]
    start = dt.date(2016, 3, 1)
    with db.atomic():
        lists: dict[tuple[int, str], int] = {}
        batch = []
        for i in range(rows):
            date = start + dt.timedelta(days=i * 3650 // rows)
            unit = rng.choice(units)
            month = f"{date.year:04d}-{date.month:02d}"
            if (unit, month) not in lists:
                lists[(unit, month)] = db["delegation_list"].insert(
                    {"unit_id": unit, "month": month, "received_on": date.isoformat(), "source": "bench"}).last_pk
            rule_id, point, function = rng.choice(rules)
            subject = " ".join(rng.choice(WORDS) for _ in range(5)).capitalize()
            name = rng.choice(names)
            batch.append((date.year, 100000 + i, date.isoformat(), rule_id, point, point_sort_key(point), subject,
                          swedish_sort_key(subject)[:60], f"AVUX/{date.year}:{i % 900 + 1}",
                          " ".join(rng.choice(WORDS) for _ in range(3)), name, function.split(",")[0],
                          swedish_sort_key(name), unit, lists[(unit, month)], "laglighetsprövning",
                          "2026-11-23T00:00:00"))
        db.conn.executemany(
            "INSERT INTO delegation_decision (year, number, decision_date, rule_id, point, point_key, subject, "
            "subject_key, case_number, decision, delegate_name, delegate_function, delegate_key, unit_id, list_id, "
            "appeal_route, created_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", batch)
    db.execute("ANALYZE")
    db.close()


def median_ms(fn, runs: int) -> float:
    fn()  # warm the page cache once
    samples = []
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - t0) * 1000)
    return statistics.median(samples)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--rows", type=int, default=100_000)
    args = parser.parse_args()
    from PySide6.QtWidgets import QApplication

    from uppfoljning_desktop.domain.delegation import DecisionFilter
    from uppfoljning_desktop.store.connection import open_database
    from uppfoljning_desktop.ui.areas.delegation_models import DecisionTableModel

    app = QApplication.instance() or QApplication(sys.argv)  # noqa: F841 - the model needs one
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "bench.sqlite"
        t0 = time.perf_counter()
        build(path, args.rows)
        built = time.perf_counter() - t0
        db = open_database(path, auto_backup=False)
        total = db.execute("SELECT count(*) FROM delegation_decision").fetchone()[0]
        unit_id = db.execute("SELECT id FROM unit WHERE name = 'Jobbcenter'").fetchone()[0]
        model = DecisionTableModel()
        model.db = db

        def with_filter(f: DecisionFilter):
            def run():
                model.set_filter(f)
                assert model.rowCount() > 0
            return run

        def sorted_by(key: str):
            def run():
                model.filter = DecisionFilter()
                model.sort_key, model.descending = key, False
                model.refresh()
                model.sort_key, model.descending = "date", True
            return run

        cases = [
            ("Referens: 200 rader utan filter, sortering eller antal",
             lambda: db.execute("SELECT * FROM delegation_decision LIMIT 200").fetchall()),
            ("Öppna listan (antal + första sidan, nyast först)", with_filter(DecisionFilter())),
            ("Filtrera på verksamhet (Jobbcenter)", with_filter(DecisionFilter(unit_id=unit_id))),
            ("Fritextsökning \"lönebidrag\"", with_filter(DecisionFilter(text="lönebidrag"))),
            ("Fritextsökning \"återvinning café\"", with_filter(DecisionFilter(text="återvinning café"))),
            ("Verksamhet + period + sökning", with_filter(DecisionFilter(
                unit_id=unit_id, date_from=dt.date(2020, 1, 1), date_to=dt.date(2022, 12, 31), text="praktik"))),
            ("Sökning utan träff \"zzz\"", lambda: model.set_filter(DecisionFilter(text="zzz"))),
            ("Sortera hela listan på ärende (A–Ö)", sorted_by("subject")),
            ("Sortera hela listan på delegat (A–Ö)", sorted_by("delegate")),
            ("Sortera hela listan på verksamhet", sorted_by("unit")),
            ("Sortera hela listan på punkt", sorted_by("point")),
        ]
        results = [(label, median_ms(fn, args.runs)) for label, fn in cases]
        counts = {}
        for label, fn in cases[1:]:
            fn()
            counts[label] = model.total
        db.close()
    ref = results[0][1]
    print(f"{total} beslut ({built:.1f} s att bygga), {args.runs} körningar, median:\n")
    print("| åtgärd | träffar | median ms | × referens | mål ≤ 100 ms |")
    print("|---|---:|---:|---:|---|")
    for label, ms in results:
        ok = "" if label.startswith("Referens") else ("ja" if ms <= TARGET_MS else "NEJ")
        print(f"| {label} | {counts.get(label, 200)} | {ms:.1f} | {ms / ref:.1f} | {ok} |")


if __name__ == "__main__":
    main()
