"""Opening the database: pragmas, checks, migrations and the automatic backups.

Every connection has ``foreign_keys=ON``, WAL journaling and a busy timeout. A file
that is not SQLite is refused before SQLite touches it, and a database written by a
newer version of the app is refused before anything is migrated or written.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from sqlite_utils import Database

from uppfoljning_desktop.errors import DatabaseFromNewerVersion, DatabaseReadOnly, NotADatabase
from uppfoljning_desktop.store.errors import user_errors

SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_S = 5.0


def check_is_sqlite_file(path: Path) -> None:
    """Refuse a file that exists, is not empty and lacks the SQLite header."""
    if not path.exists():
        return
    if path.is_dir():
        raise NotADatabase(f"{path} är en mapp, inte en databasfil.", hint="Välj en .sqlite-fil.")
    try:
        with path.open("rb") as fh:
            head = fh.read(len(SQLITE_HEADER))
    except PermissionError as exc:
        raise DatabaseReadOnly(
            f"Filen {path} går inte att läsa.",
            hint="Kontrollera att du har behörighet till filen, eller kopiera den till din egen mapp.",
        ) from exc
    if head and head != SQLITE_HEADER:
        raise NotADatabase(
            f"Filen {path} är ingen Uppföljning-databas (den är inte en SQLite-fil).",
            hint="Välj en annan fil. Filen har inte ändrats.",
        )


def connect(
    path: Path | str,
    *,
    synchronous: str = "NORMAL",
    busy_timeout: float = BUSY_TIMEOUT_S,
    create: bool = True,
) -> Database:
    """Open one connection with the project's pragmas. Does not migrate.

    ``synchronous="FULL"`` is for writes that must survive a power cut at once (the
    crisis log); WAL with NORMAL never corrupts but may lose the last commits.
    """
    path = Path(path)
    check_is_sqlite_file(path)
    if not create and not path.exists():
        from uppfoljning_desktop.errors import NotFound

        raise NotFound(f"Databasen {path} finns inte.", hint="Kontrollera sökvägen eller skapa en ny databas.")
    with user_errors(path):
        if not path.parent.exists():
            path.parent.mkdir(parents=True, exist_ok=True)
        conn = sqlite3.connect(str(path), timeout=busy_timeout, check_same_thread=False)
        try:
            conn.execute("PRAGMA foreign_keys=ON")
            conn.execute(f"PRAGMA busy_timeout={int(busy_timeout * 1000)}")
            mode = conn.execute("PRAGMA journal_mode=WAL").fetchone()[0]
            if str(mode).lower() != "wal":
                # A read-only file cannot switch to WAL: say so now, not at the first save.
                conn.execute("PRAGMA user_version=user_version")  # raises on read-only
            conn.execute(f"PRAGMA synchronous={synchronous}")
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except BaseException:
            conn.close()
            raise
    return Database(conn, execute_plugins=False)


@dataclass
class OpenReport:
    """What happened while opening: shown in the status bar and by ``check``."""

    path: Path
    applied_migrations: list[str] = field(default_factory=list)
    backups: list[Path] = field(default_factory=list)


def open_database(
    path: Path | str,
    *,
    migrate: bool = True,
    auto_backup: bool = True,
    daily_backup: bool = True,
    today: dt.date | None = None,
    report: OpenReport | None = None,
) -> Database:
    """Open, refuse newer versions, back up before migrating and once a day, migrate.

    The window passes ``daily_backup=False`` and makes the daily copy in the background
    once it is ready (a twenty-year file takes seconds to copy)."""
    from uppfoljning_desktop.store import backup, schema

    path = Path(path)
    report = report if report is not None else OpenReport(path)
    db = connect(path)
    try:
        with user_errors(path):
            status = schema.migration_status(db)
            if status.unknown:
                raise DatabaseFromNewerVersion(
                    f"Databasen {path} har skapats av en nyare version av Uppföljning.",
                    hint="Uppdatera programmet innan du öppnar den. Databasen har inte ändrats.",
                )
            has_data = status.applied_count > 0
            if migrate and status.pending:
                if auto_backup and has_data:
                    report.backups.append(backup.create_backup(db, path, reason="fore-migrering"))
                report.applied_migrations = schema.apply_migrations(db)
            if (auto_backup and daily_backup and has_data
                    and backup.needs_daily_backup(path, today or dt.date.today())):
                report.backups.append(backup.create_backup(db, path, reason="daglig"))
    except BaseException:
        db.close()
        raise
    return db
