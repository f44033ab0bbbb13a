"""Automatic and manual backups with SQLite's online backup API, and restoring them.

Backups go to a folder beside the database (``<name>.backups/``): before any migration,
once a day at start, and when the user asks ("Säkerhetskopiera nu"). A copy is written
under a temporary name (``….sqlite.<pid>.partial``), checked with ``PRAGMA integrity_check``,
synced to disk and only then renamed to its backup name: a backup that was killed,
ran out of disk or failed its check never carries a backup name, so it is never listed,
offered or counted among the ten that are kept.

Restoring accepts only a sound Uppföljning database from this or an older version,
first saves the current state (a checked backup, or a raw copy when the current file
is damaged), and replaces the file by a rename: it works into a truncated or damaged
database, which is what it exists for.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import re
import shutil
import sqlite3
import time
from dataclasses import dataclass
from pathlib import Path

from sqlite_utils import Database

from uppfoljning_desktop.errors import (
    BackupFailed,
    DatabaseFromNewerVersion,
    NotADatabase,
    NotFound,
    UserError,
)
from uppfoljning_desktop.store import backup_blobs
from uppfoljning_desktop.store.errors import translate_error, user_errors

KEEP = 10
REASONS = {
    "daglig": "Daglig",
    "manuell": "Manuell",
    "fore-migrering": "Före uppgradering",
    "fore-aterstallning": "Före återställning",
}
PARTIAL_SUFFIX = ".partial"
DAMAGED_SUFFIX = ".skadad"  # a raw copy of a damaged database, kept aside, never offered
STALE_PARTIAL_S = 15 * 60  # a partial file this old belongs to a backup that died
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
    """Backups of ``db_path``, newest first (only files that look like finished copies)."""
    folder = backup_dir(db_path)
    if not folder.is_dir():
        return []
    infos = []
    for p in folder.glob("*.sqlite"):
        m = _NAME_RE.match(p.name)
        if not m or not _looks_complete(p):
            continue
        stamp = m["stamp"][:15]
        created = dt.datetime.strptime(stamp, "%Y%m%d-%H%M%S")
        infos.append(BackupInfo(p, created, m["reason"]))
    infos.sort(key=lambda b: (b.created, b.path.name), reverse=True)
    return infos


def _looks_complete(path: Path) -> bool:
    """Cheap test (no SQL): an SQLite header and a whole number of pages. Every copy
    this module names was checked in full before it got its name; this only keeps out
    files that were put there by other means (or by older versions)."""
    try:
        size = path.stat().st_size
        with path.open("rb") as fh:
            head = fh.read(100)
    except OSError:
        return False
    if len(head) < 100 or not head.startswith(b"SQLite format 3\x00"):
        return False
    page_size = int.from_bytes(head[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    return page_size >= 512 and size % page_size == 0 and size >= page_size


def needs_daily_backup(db_path: Path | str, today: dt.date) -> bool:
    return not any(b.created.date() >= today for b in list_backups(db_path))


def integrity_problems(path: Path | str) -> list[str]:
    """``PRAGMA integrity_check`` of a file; an empty list means it is sound."""
    from uppfoljning_desktop.store.connection import read_only_uri

    try:
        conn = sqlite3.connect(read_only_uri(path), uri=True)
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
    """Copy the open database consistently (also in WAL mode), verify the copy, and
    only then give it its backup name. Raises ``BackupFailed`` (nothing left behind).

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
    partial = target.with_name(f"{target.name}.{os.getpid()}{PARTIAL_SUFFIX}")  # own name per process
    try:
        folder.mkdir(parents=True, exist_ok=True)
        _remove_stale_partials(folder)
        _copy_database(db.conn, partial, progress)
    except (sqlite3.Error, OSError) as exc:
        _unlink_quietly(partial)
        known = translate_error(exc, partial)
        raise BackupFailed(
            f"Säkerhetskopian kunde inte skrivas till {folder}.",
            hint=(known.message + " " + known.hint) if known else str(exc),
        ) from exc
    problems = integrity_problems(partial)
    if problems:
        _unlink_quietly(partial)
        raise BackupFailed(
            f"Säkerhetskopian av {db_path.name} klarade inte kontrollen: {problems[0]}",
            hint="Databasen kan vara skadad. Kör 'uppfoljning check' och återställ vid behov den "
            "senaste felfria säkerhetskopian. Databasen har inte ändrats.",
        )
    try:
        # checked whole first, then the attachments go to their shared folder
        backup_blobs.export_attachments(db.conn, backup_blobs.blob_folder(folder), progress)
        backup_blobs.strip_attachments(partial)
        _sync_file(partial)
        os.replace(partial, target)
        _sync_dir(folder)
    except BackupFailed:
        _unlink_quietly(partial)
        raise
    except (sqlite3.Error, OSError) as exc:
        _unlink_quietly(partial)
        known = translate_error(exc, target)
        raise BackupFailed(
            f"Säkerhetskopian kunde inte sparas i {folder}.",
            hint=(known.message + " " + known.hint) if known else str(exc),
        ) from exc
    prune_backups(db_path)
    return target


def _copy_database(source: sqlite3.Connection, target: Path, progress: backup_blobs.Progress | None = None) -> None:
    """The backup API into a fresh file, left in rollback-journal mode (one file)."""
    target.unlink(missing_ok=True)
    dest = sqlite3.connect(str(target))
    try:
        if progress is None:
            source.backup(dest)
        else:
            source.backup(dest, pages=4096, progress=lambda _s, left, total: progress(total - left, total, "sidor"))
        dest.execute("PRAGMA journal_mode=DELETE")
    finally:
        dest.close()


def _sync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _sync_dir(folder: Path) -> None:
    """Make a rename durable (POSIX; Windows has no directory handles to sync)."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _unlink_quietly(path: Path) -> None:
    with contextlib.suppress(OSError):
        path.unlink(missing_ok=True)


def _remove_stale_partials(folder: Path) -> None:
    """Partial files of backups that died (killed, power cut) long enough ago."""
    limit = time.time() - STALE_PARTIAL_S
    for p in folder.glob(f"*{PARTIAL_SUFFIX}"):
        with contextlib.suppress(OSError):
            if p.stat().st_mtime < limit:
                p.unlink()


def prune_backups(db_path: Path | str, keep: int = KEEP) -> None:
    """Keep the newest ``keep`` backups; anything else under a backup name that is no
    finished copy is removed too (it would only be mistaken for one)."""
    folder = backup_dir(db_path)
    listed = list_backups(db_path)
    for old in listed[keep:]:
        old.path.unlink(missing_ok=True)
    kept = {b.path for b in listed}
    for p in folder.glob("*.sqlite") if folder.is_dir() else ():
        if _NAME_RE.match(p.name) and p not in kept:
            _unlink_quietly(p)
    backup_blobs.prune_blobs(backup_blobs.blob_folder(folder), [b.path for b in listed[:keep]], live=Path(db_path))


# ---------------------------------------------------------------- restore


def verify_backup_file(path: Path | str) -> None:
    """Refuse anything but a sound Uppföljning database from this or an older version.

    Raises ``NotFound``, ``NotADatabase`` or ``DatabaseFromNewerVersion`` (Swedish,
    naming the file); reads the file only.
    """
    from uppfoljning_desktop.store import schema

    path = Path(path)
    unchanged = "Välj en annan säkerhetskopia. Databasen har inte ändrats."
    if not path.is_file():
        raise NotFound(f"Säkerhetskopian {path} finns inte.", hint="Kontrollera sökvägen. Databasen har inte ändrats.")
    with user_errors(path):
        size = path.stat().st_size
        with path.open("rb") as fh:
            head = fh.read(16)
    if size == 0:
        raise NotADatabase(f"Filen {path.name} är tom (0 byte) och ingen säkerhetskopia.", hint=unchanged)
    if head != b"SQLite format 3\x00":
        raise NotADatabase(f"Filen {path.name} är ingen databas (inte en SQLite-fil).", hint=unchanged)
    problems = integrity_problems(path)
    if problems:
        raise NotADatabase(
            f"Säkerhetskopian {path.name} är skadad eller ofullständig ({problems[0]}).", hint=unchanged
        )
    from uppfoljning_desktop.store.connection import read_only_uri

    try:
        conn = sqlite3.connect(read_only_uri(path), uri=True)
        try:
            ro = Database(conn, execute_plugins=False)
            status = schema.migration_status(ro)
            sets: set[str] = set()
            if ro[schema.MIGRATIONS_TABLE].exists():
                sets = {r[0] for r in conn.execute(f"SELECT migration_set FROM [{schema.MIGRATIONS_TABLE}]")}
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise NotADatabase(f"Säkerhetskopian {path.name} går inte att läsa ({exc}).", hint=unchanged) from exc
    if not sets & {name for name, _ in schema.all_migrations()}:
        raise NotADatabase(
            f"Filen {path.name} är ingen Uppföljning-databas (den är tom eller kommer från ett annat program).",
            hint=unchanged,
        )
    if status.unknown:
        raise DatabaseFromNewerVersion(
            f"Säkerhetskopian {path.name} har skapats av en nyare version av Uppföljning.",
            hint="Uppdatera programmet först, eller välj en äldre säkerhetskopia. Databasen har inte ändrats.",
        )


def restore_backup(backup_path: Path | str, db_path: Path | str, *, now: dt.datetime | None = None) -> Path | None:
    """Replace the database with a verified backup; returns the copy of the state before.

    Steps, each of which leaves the database as it was if it fails: verify the backup;
    copy it beside the database under a temporary name and check the copy; save the
    current state (a checked backup, or a raw ``.skadad`` copy when the current file
    cannot be backed up because it is damaged or truncated); then remove the current
    write-ahead log and rename the copy over the database. Returns None when there was
    no database to save. The caller must hold the instance lock and have closed its
    own connections to ``db_path``.
    """
    backup_path, db_path = Path(backup_path), Path(db_path)
    verify_backup_file(backup_path)
    blobs = backup_blobs.blob_folder(backup_path.parent)
    missing = backup_blobs.missing_blobs(backup_path, blobs)
    if missing:
        raise NotADatabase(
            f"Säkerhetskopian {backup_path.name} saknar {len(missing)} av sina bilagor i {blobs}.",
            hint="Kopiera hela mappen med säkerhetskopior, eller välj en annan säkerhetskopia. "
                 "Databasen har inte ändrats.",
        )
    staged = db_path.with_name(db_path.name + ".restore" + PARTIAL_SUFFIX)
    try:
        from uppfoljning_desktop.store.connection import read_only_uri

        src = sqlite3.connect(read_only_uri(backup_path), uri=True)
        try:
            _copy_database(src, staged)
        finally:
            src.close()
        backup_blobs.refill_attachments(staged, blobs)  # each one checked against its sha256
        problems = integrity_problems(staged)
        if problems:
            raise NotADatabase(f"Kopian av {backup_path.name} klarade inte kontrollen: {problems[0]}",
                               hint="Försök igen, eller välj en annan säkerhetskopia. Databasen har inte ändrats.")
        _sync_file(staged)
        safety = _save_current_state(db_path, now=now)
        with user_errors(db_path):
            for suffix in ("-wal", "-shm", "-journal"):
                Path(f"{db_path}{suffix}").unlink(missing_ok=True)
            os.replace(staged, db_path)
            _sync_dir(db_path.parent)
    except (sqlite3.Error, OSError) as exc:
        _unlink_quietly(staged)
        known = translate_error(exc, db_path)
        if known is None:
            raise
        raise known from exc
    except BaseException:
        _unlink_quietly(staged)
        raise
    return safety


def _save_current_state(db_path: Path, *, now: dt.datetime | None) -> Path | None:
    """A checked backup of the current database, or, when it is damaged, a raw copy of
    its files under a name that is never listed or offered for restore."""
    if not db_path.exists() or db_path.stat().st_size == 0:
        return None
    from uppfoljning_desktop.store.connection import connect

    try:
        current = connect(db_path, create=False)
    except (UserError, sqlite3.Error):
        current = None
    if current is not None:
        try:
            return create_backup(current, db_path, reason="fore-aterstallning", now=now)
        except BackupFailed:
            pass  # damaged: keep its bytes as they are instead
        finally:
            current.close()
    folder = backup_dir(db_path)
    stamp = (now or dt.datetime.now()).strftime("%Y%m%d-%H%M%S")
    target = folder / f"{db_path.stem}-{stamp}-fore-aterstallning{DAMAGED_SUFFIX}"
    with user_errors(folder):
        folder.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(db_path, target)
        wal = Path(f"{db_path}-wal")
        if wal.exists():
            shutil.copyfile(wal, Path(f"{target}-wal"))
        _sync_file(target)
    return target
