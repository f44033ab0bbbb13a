"""Every migration of every area: on an empty database, and on a database of the
previous version holding realistic rows (each area's MIGRATION_SAMPLES), which must be
carried forward."""

from __future__ import annotations

import types

import pytest
from sqlite_utils.migrations import Migrations

from uppfoljning_desktop.store import schema
from uppfoljning_desktop.store.backup import list_backups
from uppfoljning_desktop.store.connection import connect, open_database

ALL = schema.all_migrations()


def _table_counts(db) -> dict[str, int]:
    return {
        t: db.execute(f"SELECT count(*) FROM [{t}]").fetchone()[0]
        for t in db.table_names()
        if not t.startswith(("_sqlite", "sqlite_")) and "_fts" not in t
    }


def test_migration_sets_are_ordered_and_named_uniquely():
    names = [s.name for s in schema.migration_sets()]
    assert len(names) == len(set(names))
    assert names[0] == "organisation"
    assert len(ALL) == len(set(ALL))


@pytest.mark.parametrize("target", ALL, ids=[f"{s}/{n}" for s, n in ALL])
def test_each_migration_on_an_empty_database(tmp_path, target):
    db = connect(tmp_path / "empty.sqlite")
    try:
        schema.apply_migrations(db, stop_before=target)
        assert target in schema.migration_status(db).pending
        schema.apply_migrations(db)
        status = schema.migration_status(db)
        assert status.up_to_date
        assert db.execute("PRAGMA foreign_key_check").fetchall() == []
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        db.close()


@pytest.mark.parametrize("target", ALL, ids=[f"{s}/{n}" for s, n in ALL])
def test_each_migration_carries_the_previous_versions_data(tmp_path, target):
    samples = schema.migration_samples()
    db = connect(tmp_path / "previous.sqlite")
    try:
        # Build the previous version step by step, writing each step's sample rows.
        for migration in ALL:
            if migration == target:
                break
            schema.apply_migrations(db, stop_before=migration)
            _apply_one(db, migration)
            if migration in samples:
                with db.atomic():
                    samples[migration](db)
        before = _table_counts(db)
        schema.apply_migrations(db)
        after = _table_counts(db)
        for table, count in before.items():
            assert after.get(table, 0) >= count, f"{table}: {count} rader före, {after.get(table)} efter {target}"
        assert db.execute("PRAGMA foreign_key_check").fetchall() == []
    finally:
        db.close()


def _apply_one(db, migration) -> None:
    index = ALL.index(migration)
    if index + 1 < len(ALL):
        schema.apply_migrations(db, stop_before=ALL[index + 1])
    else:
        schema.apply_migrations(db)


def test_opening_an_old_database_backs_it_up_before_migrating(tmp_path, monkeypatch):
    path = tmp_path / "gammal.sqlite"
    db = open_database(path, auto_backup=False)
    from uppfoljning_desktop.store import organisation as org_store

    org_store.save_unit(db, org_store.Unit(name="Xenter"))
    db.close()

    # A newer version of the app brings one more migration.
    newer = Migrations("zz_newer_version")

    @newer()
    def m001_add_table(db):
        db.execute("CREATE TABLE zz_new (id INTEGER PRIMARY KEY)")

    module = types.SimpleNamespace(MIGRATIONS=newer, MIGRATION_ORDER=999, __name__="zz")
    real_modules = schema.area_modules
    monkeypatch.setattr(schema, "area_modules", lambda: [*real_modules(), module])
    from uppfoljning_desktop.store import migration_manifest  # the newer version lists it too

    monkeypatch.setattr(migration_manifest, "ALL", (*migration_manifest.ALL, ("zz_newer_version", "m001_add_table")))

    db = open_database(path)
    try:
        assert schema.migration_status(db).up_to_date
        assert "zz_new" in db.table_names()
    finally:
        db.close()
    before = [b for b in list_backups(path) if b.reason == "fore-migrering"]
    assert len(before) == 1
    old = connect(before[0].path)
    try:
        assert ("zz_newer_version", "m001_add_table") in schema.migration_status(old).pending
        assert [u["name"] for u in old.query("SELECT name FROM unit")] == ["Xenter"]
    finally:
        old.close()


def test_the_manifest_lists_every_migration_in_order():
    """store/migration_manifest.py answers "is this database up to date?" without importing
    every store module; it must name exactly the migrations the sets have."""
    from uppfoljning_desktop.store.migration_manifest import ALL
    from uppfoljning_desktop.store.schema import all_migrations

    expected = all_migrations()
    paste = ",\n".join(f'    ("{s}", "{n}")' for s, n in expected)
    assert list(ALL) == expected, f"store/migration_manifest.py must list:\n{paste},"
