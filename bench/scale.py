"""Twenty years of a committee: every view and document measured on a scale database,
against the demo (and a reference) measured in the same run.

    QT_QPA_PLATFORM=offscreen python bench/scale.py [--years 20] [--runs 5] [--keep DIR]

1. Builds the demo and the scale database (``demo --years N``; the time and size printed).
2. Start-up, whole process: window shown and ready (db open, first page filled) for both
   databases, against a bare PySide6 window (bench/startup.py's reference).
3. In the window (one process per database, offscreen): the first paint of each list
   after switching to its page (meetings, items of the newest meeting, delegation
   register, goals grid, crisis log of the largest event), a full-text search, and the
   longest stall of the event loop from the first tick to the last step (a 5 ms timer
   that records the largest gap between its ticks). Reference: a bare QTableView of 200
   rows, painted the same way.
4. Headless: the meeting bundle of 22 September 2016 (in both databases) and of the
   newest meeting; the goal report of Delår 2 2024 (both); the decision log of the
   demo's event (both) and of the largest event; ``check``; a backup; a restore; an
   Excel import of 50 returned templates (reference: openpyxl reading them).

Prints Markdown tables for docs/PERFORMANCE.md.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

DEMO_MEETING = dt.date(2016, 9, 22)
REPORT_PERIOD = "Delår 2 2024"
LIST_TARGET_MS = 100.0


def timed(fn, runs: int) -> float:
    """Median seconds of ``runs`` calls after one warm-up call."""
    fn()
    samples = []
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()
        samples.append(time.perf_counter() - t0)
    return statistics.median(samples)


# ----------------------------------------------------------------- GUI child process

def gui_child(db_path: str) -> None:
    """Runs in its own process: opens the window on ``db_path`` and prints JSON timings."""
    from PySide6.QtCore import QElapsedTimer, QTimer
    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QApplication, QTableView

    app = QApplication([sys.argv[0]])
    from uppfoljning_desktop.ui.app import install_translators
    from uppfoljning_desktop.ui.main_window import MainWindow

    install_translators(app, "sv")
    window = MainWindow()
    window.resize(1366, 800)
    window.show()
    results: dict[str, float] = {}
    clock = QElapsedTimer()
    clock.start()
    stall = {"last": 0, "max": 0, "where": ""}
    current = {"step": "start"}

    def tick() -> None:
        now = clock.elapsed()
        gap = now - stall["last"]
        if gap > stall["max"]:
            stall["max"], stall["where"] = gap, current["step"]
        stall["last"] = now

    ticker = QTimer()
    ticker.setInterval(5)
    ticker.timeout.connect(tick)
    ticker.start()

    def paint(name: str, action) -> None:
        current["step"] = name
        t0 = time.perf_counter()
        action()
        app.processEvents()
        window.repaint()
        results[name] = (time.perf_counter() - t0) * 1000

    def reference() -> None:
        model = QStandardItemModel(200, 8)
        for r in range(200):
            for c in range(8):
                model.setItem(r, c, QStandardItem(f"rad {r} kolumn {c}"))
        view = QTableView(window)
        view.setModel(model)
        view.resize(900, 600)
        view.show()
        view.repaint()
        view.hide()
        view.deleteLater()

    def steps():
        from uppfoljning_desktop.store import crisis_log
        from uppfoljning_desktop.store import meetings as mstore

        db = window.session.db
        meetings = mstore.list_meetings(db)
        newest = max((m for m in meetings if m.minutes_finalised), key=lambda m: m.date)
        events = crisis_log.list_events(db)
        largest = max(events, key=lambda e: len(crisis_log.list_log_entries(db, e.id)))
        yield "referens: QTableView med 200 rader", reference
        oldest = min(meetings, key=lambda m: m.date)
        window.show_area("meetings")
        yield "sammanträden (lista)", lambda: window.pages["meetings"].reload()
        window.pages["meetings"].select_meeting_by_date(oldest.date)
        yield "ärenden på senaste sammanträdet", lambda: window.pages["meetings"].select_meeting_by_date(newest.date)
        yield "delegationsregistret", lambda: window.show_area("delegation")

        def search() -> None:
            page = window.pages["delegation"]
            page.search_edit.blockSignals(True)
            page.search_edit.setText("praktik")
            page.search_edit.blockSignals(False)
            page.apply_filter()

        yield "fritextsökning (delegation)", search
        yield "målrutnätet", lambda: window.show_area("goals")
        yield "krisloggen (största händelsen)", lambda: _show_crisis_event(window, largest.id)

    def ready() -> None:
        results["ready_ms"] = clock.elapsed()
        pending = list(steps())

        def run_next() -> None:
            if not pending:
                ticker.stop()
                tick()
                results["longest_stall_ms"] = stall["max"]
                results["longest_stall_step"] = stall["where"]  # type: ignore[assignment]
                print("RESULT " + json.dumps(results), flush=True)
                app.quit()
                return
            name, action = pending.pop(0)
            paint(name, action)
            current["step"] = "idle"
            QTimer.singleShot(30, run_next)

        QTimer.singleShot(30, run_next)

    window.session.opened.connect(lambda: QTimer.singleShot(0, ready))
    window.session.open_failed.connect(lambda exc: (print("FAILED", exc, flush=True), app.exit(3)))
    QTimer.singleShot(0, lambda: window.session.open(Path(db_path), window))
    app.exec()


def _show_crisis_event(window, event_id: int) -> None:
    page = window.show_area("crisis")
    page.tabs.setCurrentWidget(page.mode)
    ids = [e.id for e in page.mode.events]
    page.mode.event_combo.setCurrentIndex(ids.index(event_id))


def gui_timings(db: Path, env: dict[str, str], runs: int) -> tuple[dict[str, float], str]:
    samples: dict[str, list[float]] = {}
    stall_where: dict[str, str] = {}
    for _ in range(runs):
        out = subprocess.run([sys.executable, __file__, "--gui-child", str(db)], env=env, capture_output=True,
                             text=True, timeout=600, cwd=ROOT)
        line = next((x for x in out.stdout.splitlines() if x.startswith("RESULT ")), None)
        if line is None:
            raise SystemExit(f"GUI child failed on {db}:\n{out.stdout[-2000:]}\n{out.stderr[-3000:]}")
        values = json.loads(line[7:])
        stall_where[str(values["longest_stall_ms"])] = values.pop("longest_stall_step")
        for k, v in values.items():
            samples.setdefault(k, []).append(float(v))
    result = {k: statistics.median(v) for k, v in samples.items()}
    worst = max(samples["longest_stall_ms"])
    result["longest_stall_max_ms"] = worst
    return result, stall_where.get(str(int(worst)), "")


# ----------------------------------------------------------------- headless measures

def headless(db_path: Path, runs: int) -> dict[str, float]:
    from uppfoljning_desktop.reports.crisis_event import render_event_kind
    from uppfoljning_desktop.reports.goals import build_goal_report
    from uppfoljning_desktop.reports.meetings_bundle import render_meeting_document
    from uppfoljning_desktop.store import crisis_log
    from uppfoljning_desktop.store import goals as gstore
    from uppfoljning_desktop.store import meetings as mstore
    from uppfoljning_desktop.store.backup import create_backup, integrity_problems, restore_backup
    from uppfoljning_desktop.store.connection import connect

    out: dict[str, float] = {}
    db = connect(db_path)
    try:
        out["bundle_demo_meeting"] = timed(lambda: render_meeting_document(db, "handlingar", DEMO_MEETING), runs)
        newest = max((m for m in mstore.list_meetings(db) if m.minutes_finalised), key=lambda m: m.date)
        out["bundle_newest"] = timed(lambda: render_meeting_document(db, "handlingar", newest.date), runs)
        period = gstore.get_period_by_label(db, REPORT_PERIOD)
        out["goal_report"] = timed(lambda: build_goal_report(db, period.id), max(1, runs // 2))  # type: ignore[arg-type]
        events = crisis_log.list_events(db)
        sizes = {e.id: len(crisis_log.list_log_entries(db, e.id)) for e in events}
        demo_event = min(sizes)  # the demo's event is the first one created
        largest = max(sizes, key=lambda k: sizes[k])
        out["decision_log_demo_event"] = timed(lambda: render_event_kind(db, "beslutslogg", demo_event), runs)
        out["decision_log_largest"] = timed(lambda: render_event_kind(db, "beslutslogg", largest), max(1, runs // 2))
        out["largest_event_entries"] = sizes[largest]
    finally:
        db.close()
    t0 = time.perf_counter()
    problems = integrity_problems(db_path)
    out["check"] = time.perf_counter() - t0
    assert not problems, problems
    db = connect(db_path)
    try:
        t0 = time.perf_counter()
        backup = create_backup(db, db_path, reason="manuell")
        out["backup"] = time.perf_counter() - t0
    finally:
        db.close()
    t0 = time.perf_counter()
    restore_backup(backup, db_path)
    out["restore"] = time.perf_counter() - t0
    return out


def excel_import(db_path: Path, workdir: Path, runs: int) -> tuple[float, float]:
    """50 returned templates imported into a copy of ``db_path``; and openpyxl reading them."""
    import excel_import as ei  # bench/excel_import.py

    base = workdir / f"excel-{db_path.stem}.sqlite"
    shutil.copyfile(db_path, base)
    files = ei.build_into(base, workdir / f"excel-{db_path.stem}")
    ref, imp = [], []
    for _ in range(runs):
        t = time.perf_counter()
        ei.read_with_openpyxl(files)
        ref.append(time.perf_counter() - t)
        imp.append(ei.import_all(base, files, workdir))
    return statistics.median(ref), statistics.median(imp)


def startup(db: Path, env: dict[str, str], runs: int) -> tuple[float, float, float]:
    from startup import BARE, run_once  # bench/startup.py

    app_cmd = [sys.executable, "-m", "uppfoljning_desktop", "--db", str(db)]
    bare_cmd = [sys.executable, "-c", BARE]
    run_once(bare_cmd, env)
    run_once(app_cmd, dict(env, UPPFOLJNING_BENCH_EXIT="ready"))
    bare, shown, ready = [], [], []
    for _ in range(runs):
        bare.append(run_once(bare_cmd, env)["shown"])
        v = run_once(app_cmd, dict(env, UPPFOLJNING_BENCH_EXIT="ready"))
        shown.append(v["shown"])
        ready.append(v["ready"])
    return statistics.median(bare), statistics.median(shown), statistics.median(ready)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--years", type=int, default=20)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--keep", type=Path, help="build the databases here (and reuse them if present)")
    parser.add_argument("--gui-child", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.gui_child:
        gui_child(args.gui_child)
        return 0
    t_all = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp:
        work = args.keep or Path(tmp)
        work.mkdir(parents=True, exist_ok=True)
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT),
                   UPPFOLJNING_CONFIG_DIR=str(Path(tmp) / "config"), UPPFOLJNING_DATA_DIR=str(Path(tmp) / "data"))
        from uppfoljning_desktop.demo import create_demo
        from uppfoljning_desktop.demo.scale import create_scale_demo

        demo, big = work / "demo.sqlite", work / f"scale{args.years}.sqlite"
        if not demo.exists():
            create_demo(demo)
        gen = None
        if not big.exists():
            gen = create_scale_demo(big, years=args.years, progress=lambda s: print(s, file=sys.stderr, flush=True))
        size = big.stat().st_size
        print(f"# bench/scale.py, {dt.date.today().isoformat()}, Python {sys.version.split()[0]}, "
              f"{os.cpu_count()} cores")
        if gen:
            print(f"\nScale database: {args.years} years, {size / 1e9:.2f} GB, generated in {gen.seconds:.0f} s; "
                  + ", ".join(f"{k} {v}" for k, v in gen.counts.items()))
        else:
            print(f"\nScale database: {size / 1e9:.2f} GB (reused)")

        print("\n## Start-up (whole process; reference: bare PySide6 window)\n")
        print("| database | bare window (s) | window shown (s) | ratio | ready (s) | ratio | target |")
        print("|---|---|---|---|---|---|---|")
        for name, path, target in (("demo", demo, 2.0), (f"{args.years} years", big, 2.5)):
            b, s, r = startup(path, env, args.runs)
            print(f"| {name} | {b:.3f} | {s:.3f} | {s / b:.2f} | {r:.3f} | {r / b:.2f} | ≤ {target} |")

        print("\n## First paint after switching (ms, median; target ≤ 100)\n")
        gd, where_d = gui_timings(demo, env, max(1, args.runs // 2))
        gb, where_b = gui_timings(big, env, max(1, args.runs // 2))
        print(f"| step | demo | {args.years} years | growth |")
        print("|---|---|---|---|")
        for key in gd:
            if key.startswith("longest_stall"):
                continue
            a, b = gd[key], gb.get(key, float("nan"))
            print(f"| {key} | {a:.0f} | {b:.0f} | {b / a if a else float('nan'):.2f}× |")
        print(f"| longest event-loop stall (worst run) | {gd['longest_stall_max_ms']:.0f} ({where_d}) "
              f"| {gb['longest_stall_max_ms']:.0f} ({where_b}) | |")

        print("\n## Documents, check, backup (s, median)\n")
        hd = headless(demo, args.runs)
        hb = headless(big, args.runs)
        print(f"| what | demo | {args.years} years | growth |")
        print("|---|---|---|---|")
        for key in hd:
            a, b = hd[key], hb[key]
            print(f"| {key} | {a:.3f} | {b:.3f} | {b / a if a else float('nan'):.2f}× |")

        print("\n## Excel import, 50 returned templates (s, median)\n")
        rd, idm = excel_import(demo, work, max(1, args.runs // 2))
        rb, ib = excel_import(big, work, max(1, args.runs // 2))
        print("| database | openpyxl reading (ref) | import | ratio |")
        print("|---|---|---|---|")
        print(f"| demo | {rd:.2f} | {idm:.2f} | {idm / rd:.2f} |")
        print(f"| {args.years} years | {rb:.2f} | {ib:.2f} | {ib / rb:.2f} (growth {ib / idm:.2f}×) |")
    print(f"\nTotal bench time: {time.perf_counter() - t_all:.0f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
