"""Process start to main window shown (offscreen), against a bare PySide6 QMainWindow.

Both are spawned as fresh processes; each prints the seconds since its spawn at the
first turn of the event loop after ``show()`` (the window is on screen). For the app
the bench also records "ready": the demo database opened (migrations and the daily
backup checked) and the first area page filled.

    python bench/startup.py [--runs 15]

Prints a Markdown table for docs/PERFORMANCE.md.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

BARE = r"""
import os, sys, time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv)
w = QMainWindow()
w.resize(1180, 760)
w.show()
def report():
    print(f"BENCH shown {time.time() - float(os.environ['UPPFOLJNING_BENCH_T0']):.4f}", flush=True)
    app.quit()
QTimer.singleShot(0, report)
app.exec()
"""


def run_once(cmd: list[str], env: dict[str, str]) -> dict[str, float]:
    env = dict(env, UPPFOLJNING_BENCH_T0=repr(time.time()))
    out = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=60, cwd=ROOT)
    values = {}
    for line in out.stdout.splitlines():
        if line.startswith("BENCH "):
            _, what, seconds = line.split()
            values[what] = float(seconds)
    if "shown" not in values:
        raise SystemExit(f"no timing from {cmd}: {out.stderr[-2000:]}")
    return values


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        env = dict(
            os.environ,
            QT_QPA_PLATFORM="offscreen",
            UPPFOLJNING_CONFIG_DIR=str(Path(tmp) / "config"),
            UPPFOLJNING_DATA_DIR=str(Path(tmp) / "data"),
            PYTHONPATH=str(ROOT),
        )
        db = Path(tmp) / "demo.sqlite"
        subprocess.run([sys.executable, "-m", "uppfoljning_desktop", "--db", str(db), "demo"], env=env, check=True, cwd=ROOT)
        app_cmd = [sys.executable, "-m", "uppfoljning_desktop", "--db", str(db)]
        bare_cmd = [sys.executable, "-c", BARE]
        # warm the file cache for both, then interleave so drift hits both alike
        run_once(bare_cmd, env)
        run_once(app_cmd, dict(env, UPPFOLJNING_BENCH_EXIT="ready"))
        bare, shown, ready = [], [], []
        for _ in range(args.runs):
            bare.append(run_once(bare_cmd, env)["shown"])
            v = run_once(app_cmd, dict(env, UPPFOLJNING_BENCH_EXIT="ready"))
            shown.append(v["shown"])
            ready.append(v["ready"])
    b, s, r = (statistics.median(x) for x in (bare, shown, ready))
    print(f"runs: {args.runs}, Python {sys.version.split()[0]}, {os.cpu_count()} cores")
    print("| measurement | median (s) | ratio to bare window |")
    print("|---|---|---|")
    print(f"| bare PySide6 QMainWindow shown | {b:.3f} | 1.00 |")
    print(f"| Uppföljning main window shown (demo db) | {s:.3f} | {s / b:.2f} |")
    print(f"| Uppföljning ready (db open, first page filled) | {r:.3f} | {r / b:.2f} |")


if __name__ == "__main__":
    main()
