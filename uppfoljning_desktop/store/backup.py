"""Automatic and manual backups with SQLite's online backup API.

Backups go to a folder beside the database (``<name>.backups/``): before any migration,
once a day at start, and when the user asks ("Säkerhetskopiera nu"). Every copy is
checked with ``PRAGMA integrity_check``; the newest ten are kept. Restoring first backs
up the current state, so a restore can itself be undone.
"""

from __future__ import annotations

import datetime as dt
import re
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from sqlite_utils import Database

from uppfoljning_desktop.errors import BackupFailed, NotADatabase, NotFound
from uppfoljning_desktop.store import backup_blobs
from uppfoljning_desktop.store.errors import translate_error

KEEP = 10
REASONS = {
    "daglig": "Daglig",
    "manuell": "Manuell",
    "fore-migrering": "Före uppgradering",
    "fore-aterstallning": "Före återställning",
}
_NAME_RE = re.compile(r"^(?P<stem>.+)-(?P<stamp>\d{8}-\d{6}(?:-\d+)?)-(?P<reason>[a-z-]+)\.sqlite$")


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    created: dt.datetime
    reason: str

    @property
    def reason_label(self) -> str:
        return REASONS.get(self.reason, self.reason)


def backup_dir(db_path: Path | str) -> Path:
    db_path = Path(db_path)
    return db_path.parent / f"{db_path.stem}.backups"


def list_backups(db_path: Path | str) -> list[BackupInfo]:
    """Backups of ``db_path``, newest first."""
    folder = backup_dir(db_path)
    if not folder.is_dir():
        return []
    infos = []
    for p in folder.glob("*.sqlite"):
        m = _NAME_RE.match(p.name)
        if not m:
            continue
        stamp = m["stamp"][:15]
        created = dt.datetime.strptime(stamp, "%Y%m%d-%H%M%S")
        infos.append(BackupInfo(p, created, m["reason"]))
    infos.sort(key=lambda b: (b.created, b.path.name), reverse=True)
    return infos


def needs_daily_backup(db_path: Path | str, today: dt.date) -> bool:
    return not any(b.created.date() >= today for b in list_backups(db_path))


def integrity_problems(path: Path | str) -> list[str]:
    """``PRAGMA integrity_check`` of a file; an empty list means it is sound."""
    try:
        conn = sqlite3.connect(f"file:{Path(path)}?mode=ro", uri=True)
        try:
            rows = [r[0] for r in conn.execute("PRAGMA integrity_check").fetchall()]
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        return [str(exc)]
    return [] if rows == ["ok"] else rows


def create_backup(
    db: Database, db_path: Path | str, *, reason: str = "manuell", now: dt.datetime | None = None,
    progress: backup_blobs.Progress | None = None,
) -> Path:
    """Copy the open database consistently (also in WAL mode) and verify the copy.

    Attachments are stored once beside the backups (``store.backup_blobs``); the copy
    keeps their rows without the bytes. ``progress(done, total, what)`` is called while
    pages are copied (for the status bar of a background backup).
    """
    db_path = Path(db_path)
    folder = backup_dir(db_path)
    stamp = (now or dt.datetime.now()).strftime("%Y%m%d-%H%M%S")
    target = folder / f"{db_path.stem}-{stamp}-{reason}.sqlite"
    n = 1
    while target.exists():
        n += 1
        target = folder / f"{db_path.stem}-{stamp}-{n}-{reason}.sqlite"
    try:
        folder.mkdir(parents=True, exist_ok=True)
        dest = sqlite3.connect(str(target))
        try:
            step = None if progress is None else (lambda _s, left, total: progress(total - left, total, "sidor"))
            db.conn.backup(dest, pages=4096 if progress else -1, progress=step)
        finally:
            dest.close()
        backup_blobs.export_attachments(db.conn, backup_blobs.blob_folder(folder), progress)
        backup_blobs.strip_attachments(target)
    except (sqlite3.Error, OSError) as exc:
        target.unlink(missing_ok=True)
        known = translate_error(exc, target)
        raise BackupFailed(
            f"Säkerhetskopian kunde inte skrivas till {folder}.",
            hint=(known.message + " " + known.hint) if known else str(exc),
        ) from exc
    problems = integrity_problems(target)
    if problems:
        target.unlink(missing_ok=True)
        raise BackupFailed(
            f"Säkerhetskopian av {db_path.name} klarade inte kontrollen: {problems[0]}",
            hint="Databasen kan vara skadad. Kör 'uppfoljning check' och kontakta support.",
        )
    prune_backups(db_path)
    return target


def prune_backups(db_path: Path | str, keep: int = KEEP) -> None:
    backups = list_backups(db_path)
    for old in backups[keep:]:
        old.path.unlink(missing_ok=True)
    backup_blobs.prune_blobs(backup_blobs.blob_folder(backup_dir(db_path)), [b.path for b in backups[:keep]],
                             live=Path(db_path))


def _materialise(backup_path: Path, folder: Path) -> Path:
    """A whole database rebuilt from a backup and its stored attachments, in a temporary
    file beside the backups; checked before it is used."""
    tmp = folder / f".aterstall-{backup_path.stem}.tmp"
    tmp.unlink(missing_ok=True)
    src = sqlite3.connect(f"file:{backup_path}?mode=ro", uri=True)
    try:
        dest = sqlite3.connect(str(tmp))
        try:
            src.backup(dest)
        finally:
            dest.close()
    finally:
        src.close()
    try:
        backup_blobs.refill_attachments(tmp, backup_blobs.blob_folder(folder))
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return tmp


def restore_backup(backup_path: Path | str, db_path: Path | str) -> Path:
    """Replace the database's content with a backup; returns the safety copy made first.

    The caller must have closed its own connections to ``db_path``.
    """
    backup_path, db_path = Path(backup_path), Path(db_path)
    if not backup_path.is_file():
        raise NotFound(f"Säkerhetskopian {backup_path} finns inte.")
    problems = integrity_problems(backup_path)
    if problems:
        raise NotADatabase(
            f"Säkerhetskopian {backup_path.name} är skadad eller ingen databas ({problems[0]}).",
            hint="Välj en annan säkerhetskopia. Databasen har inte ändrats.",
        )
    from uppfoljning_desktop.store.connection import connect

    missing = backup_blobs.missing_blobs(backup_path, backup_blobs.blob_folder(backup_path.parent))
    if missing:
        raise NotADatabase(
            f"Säkerhetskopian {backup_path.name} saknar {len(missing)} av sina bilagor i "
            f"{backup_blobs.blob_folder(backup_path.parent)}.",
            hint="Välj en annan säkerhetskopia. Databasen har inte ändrats.",
        )
    whole = _materialise(backup_path, backup_path.parent)
    try:
        current = connect(db_path)
        try:
            safety = create_backup(current, db_path, reason="fore-aterstallning")
            src = sqlite3.connect(f"file:{whole}?mode=ro", uri=True)
            try:
                src.backup(current.conn)
            finally:
                src.close()
        finally:
            current.close()
    finally:
        whole.unlink(missing_ok=True)
    return safety
