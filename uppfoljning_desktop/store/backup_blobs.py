"""Attachments in backups, stored once: ten restore points of a twenty-year file must not
take ten times the disk.

Attachment PDFs are most of a committee's database (1,5–2,5 GB after twenty years) and
almost never change once added. A backup therefore keeps every table whole except the
attachments' bytes: those go to ``<db>.backups/bilagor/<sha256>.pdf``, each written once
(to a temporary name, checked against its sha256, then renamed), and the backup's own
copy keeps the attachment rows with an empty ``data``. A restore first rebuilds a whole
database from the backup and the stored files in a temporary file, checking every
attachment's sha256, and only then replaces anything. Files that no kept backup refers to
are removed when old backups are pruned.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
import threading
import time
from collections.abc import Callable, Iterable
from pathlib import Path

from uppfoljning_desktop.errors import BackupFailed

FOLDER = "bilagor"
Progress = Callable[[int, int, str], None]


def blob_folder(backups: Path) -> Path:
    return backups / FOLDER


def _has_attachments(conn: sqlite3.Connection) -> bool:
    row = conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'item_attachment'").fetchone()
    return row is not None


def blob_path(folder: Path, sha256: str) -> Path:
    return folder / f"{sha256}.pdf"


def export_attachments(source: sqlite3.Connection, folder: Path, progress: Progress | None = None) -> int:
    """Write every attachment of ``source`` not yet in ``folder``; returns how many were written."""
    if not _has_attachments(source):
        return 0
    shas = [r[0] for r in source.execute("SELECT DISTINCT sha256 FROM item_attachment ORDER BY sha256")]
    missing = [s for s in shas if not blob_path(folder, s).exists()]
    if missing:
        folder.mkdir(parents=True, exist_ok=True)
    for n, sha in enumerate(missing, start=1):
        row = source.execute("SELECT data FROM item_attachment WHERE sha256 = ? LIMIT 1", [sha]).fetchone()
        data = bytes(row[0])
        if hashlib.sha256(data).hexdigest() != sha:
            raise BackupFailed(
                f"En bilaga i databasen stämmer inte med sin kontrollsumma ({sha[:12]}…).",
                hint="Databasen kan vara skadad. Kör 'uppfoljning check'.",
            )
        target = blob_path(folder, sha)
        # a name of its own: the background daily backup and a manual one may run at once
        tmp = target.with_name(f"{target.name}.{os.getpid()}-{threading.get_ident()}.tmp")
        with tmp.open("wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, target)
        if progress:
            progress(n, len(missing), "bilagor")
    return len(missing)


def strip_attachments(copy: Path) -> None:
    """Empty the attachments' bytes in a backup copy and compact it (the rows, their
    names, sizes and checksums stay)."""
    conn = sqlite3.connect(str(copy))
    try:
        if _has_attachments(conn):
            conn.execute("UPDATE item_attachment SET data = X''")
            conn.commit()
            conn.execute("VACUUM")
    finally:
        conn.close()


def missing_blobs(backup: Path, folder: Path) -> list[str]:
    """Checksums a stripped backup needs that ``folder`` lacks (empty for a whole database)."""
    conn = sqlite3.connect(f"file:{backup}?mode=ro", uri=True)
    try:
        if not _has_attachments(conn):
            return []
        rows = conn.execute("SELECT DISTINCT sha256 FROM item_attachment WHERE length(data) = 0").fetchall()
    finally:
        conn.close()
    return [sha for (sha,) in rows if not blob_path(folder, sha).exists()]


def refill_attachments(copy: Path, folder: Path, progress: Progress | None = None) -> int:
    """Put the attachments' bytes back into ``copy`` (a temporary copy of a backup) from
    ``folder``, each checked against its sha256; returns how many rows were filled."""
    conn = sqlite3.connect(str(copy))
    try:
        if not _has_attachments(conn):
            return 0
        rows = conn.execute("SELECT id, sha256 FROM item_attachment WHERE length(data) = 0 ORDER BY id").fetchall()
        for n, (row_id, sha) in enumerate(rows, start=1):
            path = blob_path(folder, sha)
            try:
                data = path.read_bytes()
            except OSError:
                raise BackupFailed(
                    f"Bilagan {sha[:12]}… som säkerhetskopian behöver saknas i {folder}.",
                    hint="Välj en annan säkerhetskopia. Databasen har inte ändrats.",
                ) from None
            if hashlib.sha256(data).hexdigest() != sha:
                raise BackupFailed(
                    f"Bilagefilen {path.name} i {folder} är skadad (kontrollsumman stämmer inte).",
                    hint="Välj en annan säkerhetskopia. Databasen har inte ändrats.",
                )
            conn.execute("UPDATE item_attachment SET data = ? WHERE id = ?", [data, row_id])
            if progress:
                progress(n, len(rows), "bilagor")
        conn.commit()
        return len(rows)
    finally:
        conn.close()


def prune_blobs(folder: Path, kept_backups: Iterable[Path], live: Path | None = None) -> int:
    """Remove stored attachments that no kept backup (nor the ``live`` database, whose
    next backup may be under way) refers to; returns how many."""
    if not folder.is_dir():
        return 0
    referenced: set[str] = set()
    for backup in [*kept_backups, *([live] if live is not None else [])]:
        try:
            conn = sqlite3.connect(f"file:{backup}?mode=ro", uri=True)
            try:
                if _has_attachments(conn):
                    referenced.update(r[0] for r in conn.execute("SELECT DISTINCT sha256 FROM item_attachment"))
            finally:
                conn.close()
        except sqlite3.DatabaseError:
            return 0  # a kept backup we cannot read: remove nothing it might need
    removed = 0
    for path in folder.glob("*.pdf"):
        if path.stem not in referenced:
            path.unlink(missing_ok=True)
            removed += 1
    stale = time.time() - 24 * 3600  # a day old: left by a killed backup, not one under way
    for tmp in folder.glob("*.tmp"):
        if tmp.stat().st_mtime < stale:
            tmp.unlink(missing_ok=True)
    return removed


def disk_usage(folder: Path) -> int:
    """Bytes of the backups and stored attachments in ``folder`` (for the bench and the README)."""
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())
