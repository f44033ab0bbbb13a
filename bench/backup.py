"""Backup and restore: how long they take on the demo database, and what ``kill -9``
during ``uppfoljning backup`` leaves behind.

1. ``create_backup`` (copy, integrity check, fsync, rename), ``verify_backup_file`` and
   a whole ``restore_backup`` on a copy of the demo database; taking and releasing the
   instance lock.
2. ``--kills N``: N runs of ``uppfoljning backup`` on a database with 40 MB of ballast,
   each killed with SIGKILL after a random 0–1.6 s; counts the kills that landed while
   the copy was being written (its partial file was there) and any listed backup that
   restore would refuse (must be 0).

    python bench/backup.py [--runs 10] [--kills 100]

Prints the figures quoted in the README's reliability section.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from uppfoljning_desktop.demo import create_demo  # noqa: E402
from uppfoljning_desktop.errors import UserError  # noqa: E402
from uppfoljning_desktop.store import organisation as org_store  # noqa: E402
from uppfoljning_desktop.store.backup import (  # noqa: E402
    PARTIAL_SUFFIX,
    backup_dir,
    create_backup,
    list_backups,
    restore_backup,
    verify_backup_file,
)
from uppfoljning_desktop.store.connection import connect, open_database  # noqa: E402
from uppfoljning_desktop.store.lock import acquire_lock  # noqa: E402


def _ms(samples: list[float]) -> str:
    return f"median {statistics.median(samples) * 1000:.1f} ms (min {min(samples) * 1000:.1f}, max {max(samples) * 1000:.1f})"


def bench_times(folder: Path, runs: int) -> None:
    path = folder / "demo.sqlite"
    create_demo(path)
    print(f"demo database: {path.stat().st_size // 1024} KB")
    start = dt.datetime(2026, 1, 1, 8, 0)
    db = connect(path)
    samples = []
    for i in range(runs):
        t = time.perf_counter()
        backup = create_backup(db, path, now=start + dt.timedelta(minutes=i))
        samples.append(time.perf_counter() - t)
    db.close()
    print(f"create_backup: {_ms(samples)}")
    samples = []
    for _ in range(runs):
        t = time.perf_counter()
        verify_backup_file(backup)
        samples.append(time.perf_counter() - t)
    print(f"verify_backup_file: {_ms(samples)}")
    samples = []
    for i in range(runs):
        t = time.perf_counter()
        restore_backup(backup, path, now=start + dt.timedelta(days=1, minutes=i))
        samples.append(time.perf_counter() - t)
    print(f"restore_backup: {_ms(samples)}")
    samples = []
    for _ in range(runs * 5):
        t = time.perf_counter()
        lock = acquire_lock(path, "bench")
        assert lock is not None
        lock.release()
        samples.append(time.perf_counter() - t)
    print(f"instance lock, take and release: {_ms(samples)}")


def bench_kills(folder: Path, kills: int) -> None:
    path = folder / "stor.sqlite"
    db = open_database(path, auto_backup=False)
    org_store.save_unit(db, org_store.Unit(name="Xenter"))
    db.execute("CREATE TABLE ballast (data BLOB)")
    with db.atomic():
        for _ in range(40):
            db.execute("INSERT INTO ballast VALUES (randomblob(1048576))")
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    command = [sys.executable, "-m", "uppfoljning_desktop", "--db", str(path), "backup"]
    t = time.perf_counter()
    subprocess.run(command, env=env, check=True, stdout=subprocess.DEVNULL)
    print(f"database {path.stat().st_size // 1048576} MB; one whole `backup` run: {time.perf_counter() - t:.2f} s")
    rng = random.Random(11)
    mid_write = refused = 0
    folder_b = backup_dir(path)
    for _ in range(kills):
        proc = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(rng.uniform(0.0, 1.6))
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        partials = list(folder_b.glob(f"*{PARTIAL_SUFFIX}"))
        mid_write += bool(partials)
        for p in partials:  # as the next backup would, once they are old enough
            p.unlink()
        for b in list_backups(path):
            try:
                verify_backup_file(b.path)
            except UserError:
                refused += 1
    print(f"kill -9 cycles: {kills}; landed while the copy was written: {mid_write}; "
          f"listed backups that restore refuses: {refused}; listed backups: {len(list_backups(path))}")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--kills", type=int, default=0)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="uppf-bench-backup-"))
    try:
        bench_times(folder, args.runs)
        if args.kills:
            bench_kills(folder, args.kills)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    print(f"Python {sys.version.split()[0]}, {os.cpu_count()} cores, {dt.date.today()}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
