"""Damage for the fault-injection tests: broken pages, truncated files, foreign
databases, a small full disk. Plain helpers, so every test builds its damage the same
way (``from tests.faults import damage_page``)."""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def checkpoint(path: Path) -> None:
    """Everything into the main file, no -wal left: the bytes on disk are the database."""
    conn = sqlite3.connect(path)
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()
    for suffix in ("-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


def page_of_table(path: Path, table: str) -> int:
    conn = sqlite3.connect(path)
    try:
        return int(conn.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", [table]).fetchone()[0])
    finally:
        conn.close()


def damage_page(path: Path, table: str) -> int:
    """Overwrite the b-tree page of ``table`` with garbage (a single bad sector)."""
    checkpoint(path)
    page = page_of_table(path, table)
    with path.open("rb") as fh:
        page_size = int.from_bytes(fh.read(18)[16:18], "big")
    with path.open("r+b") as fh:
        fh.seek((page - 1) * page_size)
        fh.write(bytes([0xFF, 0x13, 0x37, 0x00]) * (page_size // 4))
    return page


def truncate(path: Path, keep: float = 0.5) -> None:
    """Cut the file (a copy that stopped half-way, a disk that lost the tail)."""
    checkpoint(path)
    size = path.stat().st_size
    with path.open("r+b") as fh:
        fh.truncate(int(size * keep))


def foreign_database(path: Path) -> Path:
    """Another program's SQLite database (a browser history, say)."""
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT)")
    conn.execute("INSERT INTO moz_places (url) VALUES ('https://www.botkyrka.se')")
    conn.commit()
    conn.close()
    return path


def empty_database(path: Path) -> Path:
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA user_version = 0")  # writes the header: a valid, empty database
    conn.execute("VACUUM")
    conn.close()
    return path


def cli(args: list[str], *, env: dict[str, str] | None = None, timeout: float = 120,
        **kwargs) -> subprocess.CompletedProcess:
    """Run ``uppfoljning ARGS`` in its own process (as a second user program would)."""
    full_env = dict(os.environ, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen", **(env or {}))
    return subprocess.run([sys.executable, "-m", "uppfoljning_desktop", *args], env=full_env,
                          capture_output=True, text=True, timeout=timeout, **kwargs)


@contextlib.contextmanager
def small_disk(size_kb: int) -> Iterator[Path]:
    """A real file system of ``size_kb`` (tmpfs), or skip where it cannot be mounted."""
    if sys.platform != "linux" or os.geteuid() != 0 or shutil.which("mount") is None:
        pytest.skip("a small tmpfs needs Linux and root (to simulate a full disk)")
    folder = Path(tempfile.mkdtemp(prefix="uppf-disk-"))
    result = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size_kb}k", "tmpfs", str(folder)],
                            capture_output=True, text=True)
    if result.returncode != 0:
        folder.rmdir()
        pytest.skip(f"tmpfs could not be mounted: {result.stderr.strip()}")
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=False)
        folder.rmdir()


def fill_disk(folder: Path) -> Path:
    """Write a filler file until the file system is full."""
    filler = folder / "fyllnad.bin"
    chunk = b"\0" * 4096
    with filler.open("wb", buffering=0) as fh:
        try:
            while fh.write(chunk):
                pass
        except OSError:
            pass
    return filler


def hold_write_lock(path, seconds: float, started: threading.Event) -> None:
    """Another program holding SQLite's write lock for ``seconds`` (run in a thread)."""
    conn = sqlite3.connect(path)
    conn.execute("BEGIN IMMEDIATE")
    conn.execute("UPDATE crisis_event SET name = name WHERE id = 1")
    started.set()
    time.sleep(seconds)
    conn.commit()
    conn.close()
