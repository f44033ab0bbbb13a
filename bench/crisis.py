"""Crisis log speed: a durable log entry, its seal, printing a 500-entry decision log,
and ``check`` (with the seal verification) on the demo database.

1. Adding one log entry with ``store.crisis_log.append_log_entry`` on a
   ``synchronous=FULL`` connection (validation, event check, numbering, INSERT, seal,
   COMMIT with fsync), against the same call with the seal switched off
   (``store.seals.seal_log_entry`` replaced by a no-op) and a bare ``sqlite3`` INSERT +
   COMMIT on a WAL database with ``synchronous=FULL`` (the floor set by the disk), all
   three interleaved in the same run. Targets: median under 20 ms; sealing adds at most
   20 % (issue 11).
2. Printing the decision log (``pdf beslutslogg``) of an event with 500 entries, of
   which 200 decisions and 40 corrections, from the database to PDF bytes. Target:
   under 1 s. Reference: the same PDF machinery printing an empty decision log.
3. ``uppfoljning check`` on the demo database: in-process (integrity check, references,
   schema, seal chains and protecting triggers) and as a new process (with Python's
   start-up). Target: under 1 s.

    python bench/crisis.py [--entries 300] [--prints 7]

Prints a Markdown table for docs/PERFORMANCE.md.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from uppfoljning_desktop.demo import create_demo  # noqa: E402
from uppfoljning_desktop.domain.crisis import CrisisEvent, EntryType, LogEntry  # noqa: E402
from uppfoljning_desktop.reports.crisis_event import render_event_kind  # noqa: E402
from uppfoljning_desktop.store import crisis_log  # noqa: E402
from uppfoljning_desktop.store.connection import open_database  # noqa: E402


def bench_entries(db_path: Path, n: int) -> tuple[list[float], list[float], list[float]]:
    from uppfoljning_desktop.store import seals

    setup = open_database(db_path, auto_backup=False)
    event = crisis_log.start_event(setup, CrisisEvent(name="Bänk", started_at=dt.datetime(2026, 11, 23, 8, 0)))
    plain = crisis_log.start_event(setup, CrisisEvent(name="Bänk utan sigill", started_at=dt.datetime(2026, 11, 23, 8, 0)))
    setup.close()
    db = crisis_log.open_log_connection(db_path)
    raw = sqlite3.connect(str(db_path.with_name("raw.sqlite")), isolation_level=None)
    raw.execute("PRAGMA journal_mode=WAL")
    raw.execute("PRAGMA synchronous=FULL")
    raw.execute("CREATE TABLE IF NOT EXISTS t (id INTEGER PRIMARY KEY, created_at TEXT, text TEXT)")
    sealing = seals.seal_log_entry
    ours, unsealed, bare = [], [], []
    for i in range(n):  # interleaved so that disk drift hits all three alike
        text = f"Lägesrapport {i}: räddningstjänsten meddelar att läget är oförändrat."
        t = time.perf_counter()
        crisis_log.append_log_entry(db, LogEntry(event_id=event.id, entry_type=EntryType.INFORMATION, text=text,
                                                 from_whom="Räddningscentralen"))
        ours.append(time.perf_counter() - t)
        seals.seal_log_entry = lambda db, entry_id: ""  # type: ignore[assignment]
        try:
            t = time.perf_counter()
            crisis_log.append_log_entry(db, LogEntry(event_id=plain.id, entry_type=EntryType.INFORMATION, text=text,
                                                     from_whom="Räddningscentralen"))
            unsealed.append(time.perf_counter() - t)
        finally:
            seals.seal_log_entry = sealing
        t = time.perf_counter()
        raw.execute("BEGIN")
        raw.execute("INSERT INTO t (created_at, text) VALUES (?, ?)", (dt.datetime.now().isoformat(), text))
        raw.execute("COMMIT")
        bare.append(time.perf_counter() - t)
    db.close()
    raw.close()
    return ours, unsealed, bare


class _Rollback(Exception):
    pass


def bench_seal_cpu(db_path: Path, n: int) -> list[float]:
    """The seal alone, without the disk: ``seal_log_entry`` on existing entries inside one
    transaction that is rolled back (reads the row, the chain's last seal, hashes, inserts)."""
    from uppfoljning_desktop.store import seals

    db = open_database(db_path, auto_backup=False)
    ids = [r[0] for r in db.execute("SELECT id FROM crisis_log_entry ORDER BY id LIMIT ?", [n]).fetchall()]
    times = []
    try:
        with db.atomic():
            for entry_id in ids:
                t = time.perf_counter()
                seals.seal_log_entry(db, entry_id)
                times.append(time.perf_counter() - t)
            raise _Rollback
    except _Rollback:
        pass
    db.close()
    return times


def bench_check(demo_path: Path, runs: int) -> tuple[list[float], list[float], list[float]]:
    """``check`` in-process and as a new process; the seal verification alone."""
    import contextlib
    import io
    import subprocess

    from uppfoljning_desktop.cli import main as cli_main
    from uppfoljning_desktop.store import seals
    from uppfoljning_desktop.store.connection import connect

    with contextlib.redirect_stdout(io.StringIO()):
        assert cli_main(["--db", str(demo_path), "check"]) == 0  # warm (builds the reference schema once)
    inproc, verify, proc = [], [], []
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parent.parent)}
    for _ in range(runs):
        t = time.perf_counter()
        with contextlib.redirect_stdout(io.StringIO()):
            cli_main(["--db", str(demo_path), "check"])
        inproc.append(time.perf_counter() - t)
        db = connect(demo_path)
        t = time.perf_counter()
        assert seals.verify_record(db) == []
        verify.append(time.perf_counter() - t)
        db.close()
        t = time.perf_counter()
        subprocess.run([sys.executable, "-m", "uppfoljning_desktop", "--db", str(demo_path), "check"],
                       check=True, capture_output=True, env=env)
        proc.append(time.perf_counter() - t)
    return inproc, verify, proc


def bench_print(db_path: Path, prints: int) -> tuple[list[float], list[float]]:
    db = open_database(db_path, auto_backup=False)
    t0 = dt.datetime(2026, 11, 23, 8, 0)
    big = crisis_log.start_event(db, CrisisEvent(name="Stor händelse", started_at=t0, is_exercise=True))
    empty = crisis_log.start_event(db, CrisisEvent(name="Tom händelse", started_at=t0))
    decisions: list[int] = []
    with db.atomic():
        for i in range(500):
            kind = EntryType.DECISION if i % 5 in (1, 3) else EntryType.INFORMATION
            corrects = decisions[-3] if kind == EntryType.DECISION and i % 25 == 1 and len(decisions) > 3 else None
            e = crisis_log.append_log_entry(db, LogEntry(
                event_id=big.id, entry_type=kind, corrects_id=corrects,
                text=f"Post {i}: " + "beslut om insatser och information till berörda verksamheter. " * 2,
                decided_by="Johan Nordin" if kind == EntryType.DECISION else "", responsible="Linnea Falk",
                follow_up_at=t0 + dt.timedelta(hours=2)), now=t0 + dt.timedelta(minutes=i), durable=False)
            if kind == EntryType.DECISION:
                decisions.append(e.id)  # type: ignore[arg-type]
    render_event_kind(db, "beslutslogg", big.id)  # warm fonts and imports
    full, ref = [], []
    for _ in range(prints):
        t = time.perf_counter()
        pdf = render_event_kind(db, "beslutslogg", big.id)
        full.append(time.perf_counter() - t)
        t = time.perf_counter()
        render_event_kind(db, "beslutslogg", empty.id)
        ref.append(time.perf_counter() - t)
    print(f"decision log: {len(pdf)} bytes, {len(decisions)} decisions", file=sys.stderr)
    db.close()
    return full, ref


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--entries", type=int, default=300)
    parser.add_argument("--prints", type=int, default=7)
    parser.add_argument("--checks", type=int, default=7)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        os.environ.setdefault("UPPFOLJNING_DATA_DIR", tmp)
        db_path = Path(tmp) / "bench.sqlite"
        create_demo(db_path)
        demo_path = Path(tmp) / "demo.sqlite"
        create_demo(demo_path)
        inproc, verify, proc = bench_check(demo_path, args.checks)
        ours, unsealed, bare = bench_entries(db_path, args.entries)
        seal_cpu = bench_seal_cpu(db_path, args.entries)
        full, ref = bench_print(db_path, args.prints)
    m = {k: statistics.median(v) * 1000 for k, v in
         (("ours", ours), ("unsealed", unsealed), ("bare", bare), ("full", full), ("ref", ref),
          ("inproc", inproc), ("verify", verify), ("proc", proc), ("seal", seal_cpu))}
    p95 = sorted(ours)[int(len(ours) * 0.95)] * 1000
    print(f"entries: {args.entries}, prints: {args.prints}, checks: {args.checks}, "
          f"Python {sys.version.split()[0]}, {os.cpu_count()} cores")
    print("| measurement | median (ms) | ratio to reference |")
    print("|---|---|---|")
    print(f"| bare sqlite3 INSERT + COMMIT, WAL, synchronous=FULL (reference) | {m['bare']:.2f} | 1.00 |")
    print(f"| append_log_entry without the seal | {m['unsealed']:.2f} | {m['unsealed'] / m['bare']:.2f} |")
    print(f"| append_log_entry, durable and sealed (target < 20 ms; p95 {p95:.2f} ms) | {m['ours']:.2f} | "
          f"{m['ours'] / m['bare']:.2f} |")
    print(f"| sealing's share: sealed / unsealed append (target ≤ 1.20) | | {m['ours'] / m['unsealed']:.2f} |")
    print(f"| the seal alone, no disk (`seal_log_entry` in a rolled-back transaction) | {m['seal']:.3f} | "
          f"{100 * m['seal'] / m['unsealed']:.1f} % of an unsealed append |")
    print(f"| decision log PDF of an empty event (reference) | {m['ref']:.1f} | 1.00 |")
    print(f"| decision log PDF, event with 500 entries (target < 1000 ms) | {m['full']:.1f} | {m['full'] / m['ref']:.2f} |")
    print(f"| seal verification on the demo (chains + protecting schema) | {m['verify']:.1f} | |")
    print(f"| `check` on the demo, in-process (target < 1000 ms) | {m['inproc']:.1f} | |")
    print(f"| `check` on the demo, new process incl. Python start-up (target < 1000 ms) | {m['proc']:.1f} | |")


if __name__ == "__main__":
    main()
