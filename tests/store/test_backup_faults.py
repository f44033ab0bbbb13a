"""Backups and restore that cannot make things worse (issue 11, point 3).

A backup gets its name only after its check, so a killed, failed or partial copy is
never listed, offered or counted among the ten kept; restore takes only a sound
Uppföljning database of this or an older version, and works into a truncated or
damaged database.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests import faults
from uppfoljning_desktop.cli import main
from uppfoljning_desktop.errors import BackupFailed, DatabaseFromNewerVersion, NotADatabase
from uppfoljning_desktop.store import crisis_log
from uppfoljning_desktop.store import organisation as org_store
from uppfoljning_desktop.store.backup import (
    KEEP,
    PARTIAL_SUFFIX,
    backup_dir,
    create_backup,
    integrity_problems,
    list_backups,
    restore_backup,
    verify_backup_file,
)
from uppfoljning_desktop.store.connection import connect, open_database


def _units(path: Path) -> list[str]:
    db = open_database(path, auto_backup=False)
    try:
        return [u.name for u in org_store.list_units(db)]
    finally:
        db.close()


# ---------------------------------------------------------------- backups


def test_a_backup_is_renamed_only_after_its_check(fresh_db, db_path):
    target = create_backup(fresh_db, db_path, reason="manuell")
    assert target.suffix == ".sqlite"
    assert list(backup_dir(db_path).glob(f"*{PARTIAL_SUFFIX}")) == []
    assert integrity_problems(target) == []
    verify_backup_file(target)  # a backup is always restorable


def test_partial_and_broken_files_are_never_listed_kept_or_counted(fresh_db, db_path):
    start = dt.datetime(2026, 11, 1, 8, 0)
    good = [create_backup(fresh_db, db_path, reason="daglig", now=start + dt.timedelta(days=i)) for i in range(KEEP)]
    folder = backup_dir(db_path)
    # what a killed backup of older versions left under backup names, newer than every good one
    (folder / f"{db_path.stem}-20261201-080000-manuell.sqlite").write_bytes(b"")
    (folder / f"{db_path.stem}-20261202-080000-manuell.sqlite").write_bytes(good[0].read_bytes()[:1000])
    (folder / f"{db_path.stem}-20261203-080000-daglig.sqlite{PARTIAL_SUFFIX}").write_bytes(b"SQLite format 3\0")
    assert [b.path for b in list_backups(db_path)] == list(reversed(good))
    # one more good backup: still ten, the oldest good one goes, the junk under backup names too
    newest = create_backup(fresh_db, db_path, reason="manuell", now=start + dt.timedelta(days=40))
    listed = [b.path for b in list_backups(db_path)]
    assert len(listed) == KEEP and listed[0] == newest and good[0] not in listed
    assert all(p.exists() for p in listed)
    assert not (folder / f"{db_path.stem}-20261201-080000-manuell.sqlite").exists()


def test_a_stale_partial_file_is_cleared_by_the_next_backup(fresh_db, db_path):
    create_backup(fresh_db, db_path)
    stale = backup_dir(db_path) / f"{db_path.stem}-20260101-080000-daglig.sqlite{PARTIAL_SUFFIX}"
    recent = backup_dir(db_path) / f"{db_path.stem}-20260102-080000-daglig.sqlite{PARTIAL_SUFFIX}"
    stale.write_bytes(b"x" * 100)
    recent.write_bytes(b"x" * 100)
    old = time.time() - 3600
    os.utime(stale, (old, old))
    create_backup(fresh_db, db_path, now=dt.datetime(2026, 11, 2, 8, 0))
    assert not stale.exists()
    assert recent.exists()  # may belong to a backup running right now


def test_a_backup_of_a_damaged_database_fails_and_leaves_nothing(demo_db_path):
    faults.damage_page(demo_db_path, "crisis_log_entry")
    db = connect(demo_db_path)
    try:
        with pytest.raises(BackupFailed, match="klarade inte kontrollen"):
            create_backup(db, demo_db_path)
    finally:
        db.close()
    assert list(backup_dir(demo_db_path).iterdir()) == []


def _big_database(path: Path, megabytes: int) -> None:
    """A real Uppföljning database with ballast, so that a backup takes long enough to
    be killed in the middle."""
    db = open_database(path, auto_backup=False)
    org_store.save_unit(db, org_store.Unit(name="Xenter"))
    db.execute("CREATE TABLE ballast (data BLOB)")
    with db.atomic():
        for _ in range(megabytes):
            db.execute("INSERT INTO ballast VALUES (randomblob(1048576))")
    db.close()
    faults.checkpoint(path)


def _start_backup(path: Path) -> subprocess.Popen:
    env = dict(os.environ, PYTHONPATH=str(faults.ROOT))
    return subprocess.Popen([sys.executable, "-m", "uppfoljning_desktop", "--db", str(path), "backup"],
                            env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def _assert_only_sound_backups(path: Path) -> None:
    for b in list_backups(path):
        verify_backup_file(b.path)


@pytest.mark.slow
def test_a_backup_killed_mid_write_leaves_nothing_that_is_listed(tmp_path):
    """kill -9 the ``backup`` command while its copy is being written (seen by the
    partial file appearing), then at random moments: only sound backups are listed."""
    import random

    path = tmp_path / "stor.sqlite"
    _big_database(path, 40)
    folder = backup_dir(path)
    mid_write = 0
    for _ in range(3):  # the moment the copy is being written
        proc = _start_backup(path)
        deadline = time.monotonic() + 60
        while not (folder.is_dir() and list(folder.glob(f"*{PARTIAL_SUFFIX}"))) and proc.poll() is None:
            assert time.monotonic() < deadline
            time.sleep(0.001)
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        if proc.returncode == -signal.SIGKILL and list(folder.glob(f"*{PARTIAL_SUFFIX}")):
            mid_write += 1
        assert list_backups(path) == []
    assert mid_write >= 1, "no kill landed while the copy was being written"
    rng = random.Random(11)
    for _ in range(4):  # random moments: before, during or after the copy
        proc = _start_backup(path)
        time.sleep(rng.uniform(0.0, 1.5))
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        _assert_only_sound_backups(path)
    assert main(["--db", str(path), "backup"]) == 0  # and the next backup works
    _assert_only_sound_backups(path)
    assert len(list_backups(path)) >= 1


# ---------------------------------------------------------------- restore


def _refused(db_path: Path, candidate: Path, capsys) -> str:
    faults.checkpoint(db_path)
    before = db_path.read_bytes()
    code = main(["--db", str(db_path), "restore", str(candidate)])
    err = capsys.readouterr().err
    assert code == 2, err
    assert "Traceback" not in err and "Databasen har inte ändrats" in err
    assert db_path.read_bytes() == before
    assert not Path(f"{db_path}.restore{PARTIAL_SUFFIX}").exists()
    return err


def test_restore_refuses_a_zero_byte_file(fresh_db, db_path, tmp_path, capsys):
    fresh_db.close()
    empty = tmp_path / "tom.sqlite"
    empty.write_bytes(b"")
    assert "är tom (0 byte)" in _refused(db_path, empty, capsys)


def test_restore_refuses_an_empty_sqlite_file(fresh_db, db_path, tmp_path, capsys):
    fresh_db.close()
    err = _refused(db_path, faults.empty_database(tmp_path / "tom-databas.sqlite"), capsys)
    assert "ingen Uppföljning-databas" in err


def test_restore_refuses_another_programs_database(fresh_db, db_path, tmp_path, capsys):
    fresh_db.close()
    err = _refused(db_path, faults.foreign_database(tmp_path / "places.sqlite"), capsys)
    assert "ingen Uppföljning-databas" in err and "annat program" in err


def test_restore_refuses_a_database_from_a_newer_version(fresh_db, db_path, tmp_path, capsys):
    newer = create_backup(fresh_db, db_path)
    fresh_db.close()
    conn = sqlite3.connect(newer)
    conn.execute("INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
                 "VALUES ('meetings', 'm999_from_the_future', '2030-01-01')")
    conn.commit()
    conn.close()
    with pytest.raises(DatabaseFromNewerVersion):
        verify_backup_file(newer)
    assert "nyare version" in _refused(db_path, newer, capsys)


def test_restore_refuses_a_truncated_backup(fresh_db, db_path, tmp_path, capsys):
    backup = create_backup(fresh_db, db_path)
    fresh_db.close()
    cut = shutil.copyfile(backup, tmp_path / "avbruten.sqlite")
    faults.truncate(cut, 0.5)
    with pytest.raises(NotADatabase):
        verify_backup_file(cut)
    _refused(db_path, cut, capsys)


def test_restore_accepts_a_backup_from_an_older_version(db_path, tmp_path):
    from uppfoljning_desktop.store import schema

    older = tmp_path / "aldre.sqlite"
    db = connect(older)
    schema.apply_migrations(db, stop_before=schema.all_migrations()[-1])
    db.close()
    faults.checkpoint(older)
    open_database(db_path, auto_backup=False).close()
    restore_backup(older, db_path)
    db = open_database(db_path)  # migrated forward on the next open
    try:
        assert schema.migration_status(db).up_to_date
    finally:
        db.close()


@pytest.mark.parametrize("damage", ["truncated", "bad page"])
def test_restore_works_into_a_damaged_database(demo_db_path, damage, capsys):
    db = connect(demo_db_path)
    good = create_backup(db, demo_db_path)
    entries = len(crisis_log.list_log_entries(db, 1))
    db.close()
    if damage == "truncated":
        faults.truncate(demo_db_path, 0.3)
    else:
        faults.damage_page(demo_db_path, "crisis_log_entry")
    assert integrity_problems(demo_db_path)
    damaged_bytes = demo_db_path.read_bytes()

    code = main(["--db", str(demo_db_path), "restore", str(good)])
    out, err = capsys.readouterr()
    assert code == 0, err
    assert integrity_problems(demo_db_path) == []
    db = open_database(demo_db_path, auto_backup=False)
    try:
        assert len(crisis_log.list_log_entries(db, 1)) == entries
    finally:
        db.close()
    # the damaged file was kept aside, byte for byte, and is never offered as a backup
    [kept] = list(backup_dir(demo_db_path).glob("*.skadad"))
    assert kept.read_bytes() == damaged_bytes
    assert str(kept) in out
    assert [b.path for b in list_backups(demo_db_path)] == [good]


def test_restore_of_a_healthy_database_keeps_a_checked_copy_first(fresh_db, db_path):
    org_store.save_unit(fresh_db, org_store.Unit(name="Xenter"))
    backup = create_backup(fresh_db, db_path)
    org_store.save_unit(fresh_db, org_store.Unit(name="Jobbcenter"))  # still in the -wal
    fresh_db.close()
    safety = restore_backup(backup, db_path)
    assert safety is not None and safety.suffix == ".sqlite"
    assert _units(db_path) == ["Xenter"]
    assert _units(safety) == ["Xenter", "Jobbcenter"]
