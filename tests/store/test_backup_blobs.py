"""Backups keep attachments once (store.backup_blobs): ten restore points of a file that is
mostly attachments stay within a small multiple of its size, and a restore gives every
attachment back byte for byte, or refuses with nothing changed."""

from __future__ import annotations

import datetime as dt
import hashlib
import random
import sqlite3

import pytest

from uppfoljning_desktop.demo.scale import attachment_pdf
from uppfoljning_desktop.errors import UserError
from uppfoljning_desktop.store import backup_blobs
from uppfoljning_desktop.store import meeting_items as items
from uppfoljning_desktop.store import meetings as mstore
from uppfoljning_desktop.store.backup import (
    KEEP,
    backup_dir,
    create_backup,
    list_backups,
    restore_backup,
)


def _attachment_rows(path) -> dict[int, str]:
    conn = sqlite3.connect(str(path))
    try:
        return {i: hashlib.sha256(bytes(d)).hexdigest() for i, d in conn.execute("SELECT id, data FROM item_attachment")}
    finally:
        conn.close()


def _add_attachments(db, count: int, size: int = 200_000, seed: int = 3) -> list[int]:
    rng = random.Random(seed)
    meeting = mstore.list_meetings(db)[0]
    item = items.list_items(db, meeting.id)[-1]
    return [items.add_attachment(db, item.id, f"bilaga{n}.pdf", attachment_pdf(rng, size, f"Bilaga {n}")).id
            for n in range(count)]


def test_a_backup_keeps_rows_and_stores_each_attachment_once(demo_db, demo_db_path):
    _add_attachments(demo_db, 3)
    before = _attachment_rows(demo_db_path)
    first = create_backup(demo_db, demo_db_path, now=dt.datetime(2026, 11, 1, 8))
    second = create_backup(demo_db, demo_db_path, now=dt.datetime(2026, 11, 2, 8))
    folder = backup_blobs.blob_folder(backup_dir(demo_db_path))
    assert sorted(p.stem for p in folder.glob("*.pdf")) == sorted(set(before.values()))
    for b in (first, second):
        conn = sqlite3.connect(str(b))
        assert conn.execute("SELECT count(*), sum(length(data)) FROM item_attachment").fetchone() == (len(before), 0)
        conn.close()
        assert backup_blobs.missing_blobs(b, folder) == []


def test_restore_gives_every_attachment_back(demo_db, demo_db_path):
    _add_attachments(demo_db, 2)
    before = _attachment_rows(demo_db_path)
    backup = create_backup(demo_db, demo_db_path)
    demo_db.execute("DELETE FROM item_attachment")
    demo_db.conn.commit()
    demo_db.close()
    restore_backup(backup, demo_db_path)
    assert _attachment_rows(demo_db_path) == before


@pytest.mark.parametrize("damage", ["missing", "altered"])
def test_restore_refuses_when_a_stored_attachment_is_gone_or_altered(demo_db, demo_db_path, damage):
    _add_attachments(demo_db, 1)
    backup = create_backup(demo_db, demo_db_path)
    newest = _add_attachments(demo_db, 1, seed=9)
    before = _attachment_rows(demo_db_path)
    demo_db.close()
    folder = backup_blobs.blob_folder(backup.parent)
    victim = sorted(folder.glob("*.pdf"))[0]
    if damage == "missing":
        victim.unlink()
    else:
        victim.write_bytes(victim.read_bytes()[:-10] + b"0123456789")
    with pytest.raises(UserError) as info:
        restore_backup(backup, demo_db_path)
    assert "Databasen har inte ändrats" in info.value.hint
    assert _attachment_rows(demo_db_path) == before  # nothing replaced
    assert newest[0] in before


def test_ten_restore_points_of_an_attachment_heavy_file_stay_within_three_times_its_size(demo_db, demo_db_path):
    _add_attachments(demo_db, 12, size=400_000)
    start = dt.datetime(2026, 11, 1, 8)
    for day in range(KEEP + 2):
        if day % 3 == 0:  # a new attachment now and then, as in a real year
            _add_attachments(demo_db, 1, size=400_000, seed=100 + day)
        create_backup(demo_db, demo_db_path, reason="daglig", now=start + dt.timedelta(days=day))
    demo_db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    size = demo_db_path.stat().st_size
    assert len(list_backups(demo_db_path)) == KEEP
    used = backup_blobs.disk_usage(backup_dir(demo_db_path))
    assert used <= 3 * size, (used, size)


def test_pruning_removes_attachments_no_kept_backup_needs(demo_db, demo_db_path):
    ids = _add_attachments(demo_db, 1)
    start = dt.datetime(2026, 11, 1, 8)
    create_backup(demo_db, demo_db_path, now=start)
    items.remove_attachment(demo_db, ids[0])
    for day in range(1, KEEP + 1):
        create_backup(demo_db, demo_db_path, now=start + dt.timedelta(days=day))
    folder = backup_blobs.blob_folder(backup_dir(demo_db_path))
    kept = _attachment_rows(demo_db_path).values()
    assert {p.stem for p in folder.glob("*.pdf")} == set(kept)


def test_a_whole_old_style_backup_still_restores(demo_db, demo_db_path, tmp_path):
    _add_attachments(demo_db, 1)
    before = _attachment_rows(demo_db_path)
    old_style = backup_dir(demo_db_path) / f"{demo_db_path.stem}-20250101-080000-manuell.sqlite"
    old_style.parent.mkdir(parents=True, exist_ok=True)
    dest = sqlite3.connect(str(old_style))
    demo_db.conn.backup(dest)
    dest.close()
    demo_db.execute("DELETE FROM item_attachment")
    demo_db.conn.commit()
    demo_db.close()
    restore_backup(old_style, demo_db_path)
    assert _attachment_rows(demo_db_path) == before


def test_pruning_keeps_what_the_live_database_holds(demo_db, demo_db_path):
    """A backup under way has stored its new attachment but is not listed yet: another
    backup's pruning must not take the file from under it."""
    from uppfoljning_desktop.store.backup import prune_backups

    create_backup(demo_db, demo_db_path, now=dt.datetime(2026, 11, 1, 8))
    _add_attachments(demo_db, 1, seed=77)
    folder = backup_blobs.blob_folder(backup_dir(demo_db_path))
    assert backup_blobs.export_attachments(demo_db.conn, folder) == 1  # the other backup, half-way
    prune_backups(demo_db_path)
    assert {p.stem for p in folder.glob("*.pdf")} == set(_attachment_rows(demo_db_path).values())
