"""Opening databases, and every kind of bad input the foundation promises to handle."""

from __future__ import annotations

import ctypes
import os
import sqlite3
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from uppfoljning_desktop.errors import (
    DatabaseFromNewerVersion,
    DatabaseLocked,
    DatabaseReadOnly,
    DiskFull,
    NotADatabase,
)
from uppfoljning_desktop.store import organisation as org_store
from uppfoljning_desktop.store.connection import OpenReport, connect, open_database
from uppfoljning_desktop.store.errors import user_errors

ROOT = Path(__file__).resolve().parents[2]


def test_every_connection_has_the_pragmas(fresh_db, db_path):
    db = connect(db_path)
    try:
        assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert db.execute("PRAGMA busy_timeout").fetchone()[0] == 5000
        assert db.execute("PRAGMA synchronous").fetchone()[0] == 1  # NORMAL
    finally:
        db.close()
    full = connect(db_path, synchronous="FULL")
    try:
        assert full.execute("PRAGMA synchronous").fetchone()[0] == 2
    finally:
        full.close()


def test_new_database_is_created_and_migrated(tmp_path):
    path = tmp_path / "sub" / "ny.sqlite"
    db = open_database(path)
    try:
        assert "committee" in db.table_names()
        assert len(org_store.database_id(db)) == 36
    finally:
        db.close()


def test_a_file_that_is_not_a_database_is_refused_and_untouched(tmp_path):
    path = tmp_path / "protokoll.docx"
    content = b"PK\x03\x04 this is a Word file, not SQLite" * 10
    path.write_bytes(content)
    with pytest.raises(NotADatabase, match="ingen Uppföljning-databas") as info:
        open_database(path)
    assert "protokoll.docx" in info.value.message
    assert path.read_bytes() == content
    assert not Path(f"{path}-wal").exists()


def test_a_folder_is_not_a_database(tmp_path):
    with pytest.raises(NotADatabase, match="mapp"):
        open_database(tmp_path)


def test_database_from_a_newer_version_is_refused_unchanged(db_path):
    db = open_database(db_path, auto_backup=False)
    db.execute(
        "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) VALUES ('meetings', 'm999_from_the_future', '2030-01-01')"
    )
    db.close()
    before = db_path.read_bytes()
    with pytest.raises(DatabaseFromNewerVersion, match="nyare version") as info:
        open_database(db_path)
    assert "Uppdatera programmet" in info.value.hint
    assert db_path.read_bytes() == before
    assert not (db_path.parent / f"{db_path.stem}.backups").exists()


def test_locked_database_gives_a_clear_message(fresh_db, db_path):
    holder = sqlite3.connect(db_path)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        db = connect(db_path, busy_timeout=0.2)
        try:
            with pytest.raises(DatabaseLocked, match="låst av ett annat program"), user_errors(db_path):
                db.execute("UPDATE municipality SET name = 'X'")
        finally:
            db.close()
    finally:
        holder.rollback()
        holder.close()


def test_full_disk_gives_a_clear_message_and_keeps_earlier_data(fresh_db, db_path):
    org_store.save_unit(fresh_db, org_store.Unit(name="Jobbcenter"))
    pages = fresh_db.execute("PRAGMA page_count").fetchone()[0]
    fresh_db.execute(f"PRAGMA max_page_count = {pages}")  # the "disk" is now full
    with pytest.raises(DiskFull, match="Disken är full") as info, user_errors(db_path):
        with fresh_db.atomic():
            for i in range(2000):
                fresh_db.execute("INSERT INTO unit (administration_id, name, head_name) VALUES (1, ?, ?)", [f"E{i}", "x" * 500])
    assert "Frigör utrymme" in info.value.hint
    assert [u.name for u in org_store.list_units(fresh_db)] == ["Jobbcenter"]


def _unprivileged_check(args: list[str], cwd: str) -> subprocess.CompletedProcess:
    env = dict(os.environ, PYTHONPATH=str(ROOT), UPPFOLJNING_CONFIG_DIR=cwd, UPPFOLJNING_DATA_DIR=cwd)
    preexec = None
    if os.geteuid() == 0:
        # Root ignores file modes: drop the capabilities that let it (CAP_DAC_OVERRIDE,
        # CAP_DAC_READ_SEARCH) from the child's bounding set before it executes Python.
        def preexec():  # pragma: no cover - runs in the child
            libc = ctypes.CDLL(None, use_errno=True)
            for cap in (1, 2):
                if libc.prctl(24, cap, 0, 0, 0) != 0:  # PR_CAPBSET_DROP
                    raise OSError(ctypes.get_errno(), "prctl(PR_CAPBSET_DROP)")
    return subprocess.run(
        [sys.executable, "-m", "uppfoljning_desktop", *args],
        cwd=cwd, env=env, capture_output=True, text=True, timeout=60, preexec_fn=preexec,
    )


@pytest.mark.slow
def test_read_only_location_opens_read_only_reads_work_and_writes_are_refused(demo_db_path, tmp_path):
    """A write-protected file in a write-protected folder, seen by a process without
    root's file-mode override: reading and printing work, every write is refused in
    Swedish (exit 2) and the file is unchanged."""
    import shutil

    folder = Path(tempfile.mkdtemp(prefix="uppf-ro-"))
    out = tmp_path / "utskrifter"
    out.mkdir()
    try:
        path = folder / "skrivskyddad.sqlite"
        shutil.copyfile(demo_db_path, path)
        db = connect(path)
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        db.close()
        for extra in (f"{path}-wal", f"{path}-shm"):
            Path(extra).unlink(missing_ok=True)
        before = path.read_bytes()
        os.chmod(path, 0o444)
        os.chmod(folder, 0o555)
        for command in (["check"], ["pdf", "handelselogg", "--event", "1", "-o", str(out / "logg.pdf")]):
            result = _unprivileged_check(["--db", str(path), *command], str(folder))
            assert result.returncode == 0, (command, result.stderr)
            assert "Traceback" not in result.stderr
        assert (out / "logg.pdf").stat().st_size > 1000
        for command in (["demo", "--force"], ["backup"], ["krislogg", "--event", "1", "Vattnet", "är", "tillbaka."]):
            result = _unprivileged_check(["--db", str(path), *command], str(folder))
            assert result.returncode == 2, (command, result.stderr)
            assert "går inte att skriva" in result.stderr or "skrivskyddad" in result.stderr, result.stderr
            assert "Traceback" not in result.stderr
        assert path.read_bytes() == before
        assert sorted(p.name for p in folder.iterdir()) == ["skrivskyddad.sqlite"]
    finally:
        os.chmod(folder, 0o755)
        for p in folder.iterdir():
            p.unlink()
        folder.rmdir()


def test_forced_read_only_connection_reads_and_refuses_writes_in_swedish(fresh_db, db_path):
    org_store.save_unit(fresh_db, org_store.Unit(name="Xenter"))
    fresh_db.close()
    report = OpenReport(db_path)
    db = open_database(db_path, read_only=True, report=report)
    try:
        assert report.read_only and db.read_only
        assert [u.name for u in org_store.list_units(db)] == ["Xenter"]
        with pytest.raises(DatabaseReadOnly, match="går inte att skriva"), user_errors(db_path):
            org_store.save_unit(db, org_store.Unit(name="Jobbcenter"))
    finally:
        db.close()
    assert [u.name for u in org_store.list_units(open_database(db_path, auto_backup=False))] == ["Xenter"]


def test_pending_migrations_on_a_read_only_location_are_refused_unchanged(db_path):
    from uppfoljning_desktop.store import schema

    db = connect(db_path)
    schema.apply_migrations(db, stop_before=schema.all_migrations()[-1])
    db.close()
    before = db_path.read_bytes()
    with pytest.raises(DatabaseReadOnly, match="behöver uppgraderas"):
        open_database(db_path, read_only=True)
    assert db_path.read_bytes() == before
