"""Opening the database: pragmas, checks, migrations and the automatic backups.

Every connection has ``foreign_keys=ON``, WAL journaling and a busy timeout. A file
that is not SQLite is refused before SQLite touches it, and a database written by a
newer version of the app is refused before anything is migrated or written.

Every write transaction takes SQLite's write lock when it begins (``BEGIN IMMEDIATE``,
both in ``db.atomic()`` and in the implicit transactions of sqlite-utils' own write
methods): a transaction that read first and wanted to write later would fail at once
with "database is locked" when someone else writes, instead of waiting out the busy
timeout. A database on a read-only location (a write-protected file or folder, a
read-only mount) is opened read-only: reading and printing work, writes are refused
with ``DatabaseReadOnly``.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import secrets
import sqlite3
from collections.abc import Generator
from dataclasses import dataclass, field
from pathlib import Path

from sqlite_utils import Database

from uppfoljning_desktop.errors import (
    BackupFailed,
    DatabaseFromNewerVersion,
    DatabaseReadOnly,
    NotADatabase,
    UserError,
)
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


class AppDatabase(Database):
    """sqlite-utils' ``Database`` whose transactions take the write lock up front, and
    whose known failures (locked, disk full, read-only, damaged) arrive as Swedish
    ``UserError``s naming the file, wherever in the app the statement ran (as
    qutebrowser's ``sql.py`` does). Constraint violations and bugs pass unchanged."""

    read_only: bool = False
    path: Path | None = None

    def _known(self, exc: sqlite3.Error) -> BaseException:
        from uppfoljning_desktop.store.errors import translate_error

        if isinstance(exc, sqlite3.IntegrityError):
            return exc
        return translate_error(exc, self.path or "databasen") or exc

    def execute(self, sql: str, parameters=None) -> sqlite3.Cursor:
        try:
            return super().execute(sql, parameters)
        except sqlite3.Error as exc:
            known = self._known(exc)
            if known is exc:
                raise
            raise known from exc

    def query(self, sql: str, params=None) -> Generator[dict, None, None]:
        try:
            rows = super().query(sql, params)  # runs the statement now, as sqlite-utils does
        except sqlite3.Error as exc:
            known = self._known(exc)
            if known is exc:
                raise
            raise known from exc
        return self._translated(rows)

    def _translated(self, rows: Generator[dict, None, None]) -> Generator[dict, None, None]:
        try:
            yield from rows  # a damaged page may only show while the rows are read
        except sqlite3.Error as exc:
            known = self._known(exc)
            if known is exc:
                raise
            raise known from exc

    @contextlib.contextmanager
    def atomic(self) -> Generator[Database, None, None]:
        """One transaction (``BEGIN IMMEDIATE``); nested blocks become savepoints."""
        if self.conn.in_transaction:
            savepoint = f"app_{secrets.token_hex(8)}"
            self.conn.execute(f"SAVEPOINT {savepoint}")
            try:
                yield self
            except BaseException:
                if self.conn.in_transaction:  # a RAISE(ROLLBACK) may have ended it already
                    self.conn.execute(f"ROLLBACK TO SAVEPOINT {savepoint}")
                    self.conn.execute(f"RELEASE SAVEPOINT {savepoint}")
                raise
            else:
                self.conn.execute(f"RELEASE SAVEPOINT {savepoint}")
            return
        # A read-only connection cannot take the write lock; let the first write fail
        # with "readonly database" (DatabaseReadOnly) instead of a locking error.
        try:
            self.conn.execute("BEGIN" if self.read_only else "BEGIN IMMEDIATE")
        except sqlite3.Error as exc:  # the busy timeout ran out, the disk is gone …
            known = self._known(exc)
            if known is exc:
                raise
            raise known from exc
        try:
            yield self
        except BaseException:
            self.conn.rollback()
            raise
        else:
            try:
                self.conn.execute("COMMIT")
            except sqlite3.Error as exc:
                self.conn.rollback()
                known = self._known(exc)
                if known is exc:
                    raise
                raise known from exc
            except BaseException:
                self.conn.rollback()
                raise


def is_read_only_location(path: Path | str) -> bool:
    """True when an existing database file, or its folder, cannot be written to.

    (``os.access`` also sees read-only mounts; for root, file modes do not count.)
    """
    path = Path(path)
    if not path.is_file():
        return False
    return not (os.access(path, os.W_OK) and os.access(path.parent, os.W_OK))


def connect(
    path: Path | str,
    *,
    synchronous: str = "NORMAL",
    busy_timeout: float | None = None,
    create: bool = True,
    read_only: bool | None = None,
) -> AppDatabase:
    """Open one connection with the project's pragmas. Does not migrate.

    ``synchronous="FULL"`` is for writes that must survive a power cut at once (the
    crisis log); WAL with NORMAL never corrupts but may lose the last commits.
    ``read_only=None`` opens read-only exactly when the location cannot be written
    (``is_read_only_location``); ``True`` forces it.
    """
    path = Path(path)
    check_is_sqlite_file(path)
    if not create and not path.exists():
        from uppfoljning_desktop.errors import NotFound

        raise NotFound(f"Databasen {path} finns inte.", hint="Kontrollera sökvägen eller skapa en ny databas.")
    if read_only is None:
        read_only = is_read_only_location(path)
    if busy_timeout is None:
        busy_timeout = BUSY_TIMEOUT_S
    with user_errors(path):
        if read_only:
            conn = _connect_read_only(path, busy_timeout)
        else:
            if not path.parent.exists():
                path.parent.mkdir(parents=True, exist_ok=True)
            # isolation_level: the implicit transactions of sqlite-utils' write methods
            # also take the write lock up front.
            conn = sqlite3.connect(
                str(path), timeout=busy_timeout, check_same_thread=False, isolation_level="IMMEDIATE"
            )
        try:
            conn.execute("PRAGMA foreign_keys=ON")
            conn.execute(f"PRAGMA busy_timeout={int(busy_timeout * 1000)}")
            if not read_only:
                mode = conn.execute("PRAGMA journal_mode=WAL").fetchone()[0]
                if str(mode).lower() != "wal":
                    # A read-only file cannot switch to WAL: say so now, not at the first save.
                    conn.execute("PRAGMA user_version=user_version")  # raises on read-only
                conn.execute(f"PRAGMA synchronous={synchronous}")
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except BaseException:
            conn.close()
            raise
    db = AppDatabase(conn, execute_plugins=False)
    db.read_only = read_only
    db.path = path
    return db


def read_only_uri(path: Path | str) -> str:
    """The URI that opens ``path`` for reading only, also on a read-only location.

    There, without a write-ahead log beside the file, ``immutable=1`` is added: SQLite
    cannot create the ``-shm`` file a WAL database needs, and nobody can change a file
    there behind our back. (Elsewhere it is not: a writer may be busy with the file.)
    """
    path = Path(path)
    uri = f"{path.resolve().as_uri()}?mode=ro"
    if is_read_only_location(path) and not (
        Path(f"{path}-wal").exists() and Path(f"{path}-shm").exists()
    ):
        uri += "&immutable=1"
    return uri


def _connect_read_only(path: Path, busy_timeout: float) -> sqlite3.Connection:
    return sqlite3.connect(read_only_uri(path), uri=True, timeout=busy_timeout, check_same_thread=False)


@dataclass
class OpenReport:
    """What happened while opening: shown in the status bar and by ``check``."""

    path: Path
    applied_migrations: list[str] = field(default_factory=list)
    backups: list[Path] = field(default_factory=list)
    read_only: bool = False
    warnings: list[UserError] = field(default_factory=list)  # e.g. a failed daily backup


def open_database(
    path: Path | str,
    *,
    migrate: bool = True,
    auto_backup: bool = True,
    daily_backup: bool = True,
    today: dt.date | None = None,
    report: OpenReport | None = None,
    read_only: bool | None = None,
) -> AppDatabase:
    """Open, refuse newer versions, back up before migrating and once a day, migrate.

    A daily backup that fails (a damaged file, a full disk) does not stop the opening:
    it is added to ``report.warnings``, so reading and printing still work. A failed
    backup before a migration does stop it: nothing is migrated without a copy. The
    window passes ``daily_backup=False`` and makes the daily copy in the background once
    it is ready (a twenty-year file takes seconds to copy).
    """
    from uppfoljning_desktop.store import backup, schema

    path = Path(path)
    report = report if report is not None else OpenReport(path)
    db = connect(path, read_only=read_only)
    report.read_only = db.read_only
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
                if db.read_only:
                    raise DatabaseReadOnly(
                        f"Databasen {path} behöver uppgraderas till den här versionen av Uppföljning, "
                        "men den ligger på en skrivskyddad plats.",
                        hint="Kopiera databasen till en mapp där du får skriva (t.ex. Dokument) och öppna "
                        "kopian. Filen har inte ändrats.",
                    )
                if auto_backup and has_data:
                    report.backups.append(backup.create_backup(db, path, reason="fore-migrering"))
                report.applied_migrations = schema.apply_migrations(db)
            if (auto_backup and daily_backup and has_data and not db.read_only
                    and backup.needs_daily_backup(path, today or dt.date.today())):
                try:
                    report.backups.append(backup.create_backup(db, path, reason="daglig"))
                except BackupFailed as exc:
                    report.warnings.append(exc)
    except BaseException:
        db.close()
        raise
    return db
