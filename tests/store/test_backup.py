from __future__ import annotations

import datetime as dt

import pytest

from uppfoljning_desktop.errors import NotADatabase
from uppfoljning_desktop.store import organisation as org_store
from uppfoljning_desktop.store.backup import (
    KEEP,
    create_backup,
    integrity_problems,
    list_backups,
    needs_daily_backup,
    restore_backup,
)
from uppfoljning_desktop.store.connection import open_database


def test_backup_is_a_checked_copy(fresh_db, db_path):
    org_store.save_unit(fresh_db, org_store.Unit(name="Näringsliv"))
    target = create_backup(fresh_db, db_path, reason="manuell")
    assert target.parent == db_path.parent / "test.backups"
    assert integrity_problems(target) == []
    copy = open_database(target, auto_backup=False)
    try:
        assert [u.name for u in org_store.list_units(copy)] == ["Näringsliv"]
    finally:
        copy.close()
    assert list_backups(db_path)[0].reason_label == "Manuell"


def test_only_the_newest_ten_are_kept(fresh_db, db_path):
    start = dt.datetime(2026, 11, 1, 8, 0)
    for i in range(KEEP + 3):
        create_backup(fresh_db, db_path, reason="daglig", now=start + dt.timedelta(days=i))
    backups = list_backups(db_path)
    assert len(backups) == KEEP
    assert backups[0].created == start + dt.timedelta(days=KEEP + 2)
    assert backups[-1].created == start + dt.timedelta(days=3)


def test_daily_backup_once_a_day_at_start(db_path):
    db = open_database(db_path)  # new and empty: nothing worth backing up yet
    db.close()
    assert list_backups(db_path) == []
    db = open_database(db_path, today=dt.date(2026, 11, 23))
    db.close()
    db = open_database(db_path, today=dt.date(2026, 11, 23))
    db.close()
    assert [b.reason for b in list_backups(db_path)] == ["daglig"]
    assert not needs_daily_backup(db_path, dt.date.today())


def test_restore_replaces_content_and_keeps_a_safety_copy(fresh_db, db_path):
    org_store.save_unit(fresh_db, org_store.Unit(name="Xenter"))
    backup = create_backup(fresh_db, db_path)
    org_store.save_unit(fresh_db, org_store.Unit(name="Jobbcenter"))
    fresh_db.close()
    safety = restore_backup(backup, db_path)
    db = open_database(db_path, auto_backup=False)
    try:
        assert [u.name for u in org_store.list_units(db)] == ["Xenter"]
    finally:
        db.close()
    undo = open_database(safety, auto_backup=False)
    try:
        assert [u.name for u in org_store.list_units(undo)] == ["Xenter", "Jobbcenter"]
    finally:
        undo.close()


def test_restore_refuses_a_damaged_backup(fresh_db, db_path, tmp_path):
    bad = tmp_path / "trasig.sqlite"
    bad.write_bytes(b"SQLite format 3\x00" + b"\x00" * 50)
    fresh_db.close()
    with pytest.raises(NotADatabase, match="trasig.sqlite"):
        restore_backup(bad, db_path)
