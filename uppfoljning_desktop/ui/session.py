"""The open database as the GUI sees it: path, connection, instance lock, change signals.

Opening runs in the background (migrations and the daily backup can take a moment on a
large file), so the window is on screen at once. The instance lock (``<db>.lock``,
``store.lock``, the same one every writing command takes) stops a second running
Uppföljning, window or command, from writing to the file while this one has it open.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from uppfoljning_desktop.ui.i18n import tr


class Session(QObject):
    about_to_close = Signal()  # pages save pending edits while the database is still open
    opening = Signal(str)  # path
    opened = Signal()
    open_failed = Signal(object)  # the exception
    closed = Signal()
    changed = Signal(str)  # the area whose data changed ("organisation", …)
    daily_backup_done = Signal(str)  # the backup's path
    daily_backup_failed = Signal(str)  # the reason, in Swedish

    def __init__(self) -> None:
        super().__init__()
        self.path: Path | None = None
        self.db = None  # sqlite_utils.Database on the GUI thread, once opened
        self.report = None
        self._lock = None  # store.lock.InstanceLock while open
        self.failed_path: Path | None = None  # the last file that could not be opened

    @property
    def is_open(self) -> bool:
        return self.db is not None

    @property
    def read_only(self) -> bool:
        """The database lies on a read-only location: it can be read, not changed."""
        return bool(self.report is not None and self.report.read_only)

    def acquire_lock(self, path: Path):
        """Take ``<db>.lock``; raise ``DatabaseInUse`` if another instance holds it.

        Where no lock file can be created (a read-only folder), opening goes on and the
        database opens read-only.
        """
        from uppfoljning_desktop.errors import DatabaseInUse
        from uppfoljning_desktop.store.lock import LockHolder, try_lock

        result = try_lock(path, "ett Uppföljning-fönster")
        if not isinstance(result, LockHolder):
            return result
        who = tr("(process {pid} på {host})").format(pid=result.pid, host=result.host) if result.pid else ""
        if result.what.startswith("kommandot"):
            message = tr("Databasen {path} används just nu av ett Uppföljning-kommando {who}.")
            hint = tr("Vänta tills kommandot är klart och försök igen.")
        else:
            message = tr("Databasen {path} är redan öppen i ett annat Uppföljning-fönster {who}.")
            hint = tr("Byt till det fönstret, eller stäng det och försök igen.")
        raise DatabaseInUse(
            message.format(path=path, who=who).replace("  ", " ").replace(" .", "."), hint=hint
        )

    def open(self, path: Path | str, parent: QWidget | None = None) -> None:
        """Lock, then open and migrate in the background; emits opened or open_failed."""
        from uppfoljning_desktop.ui.tasks import run_task

        path = Path(path).resolve()
        self.close()
        from uppfoljning_desktop.errors import DatabaseInUse

        try:
            lock = self.acquire_lock(path)
        except DatabaseInUse as exc:
            self.open_failed.emit(exc)
            return
        self.opening.emit(str(path))

        def work():
            from uppfoljning_desktop.store.connection import OpenReport, open_database

            report = OpenReport(path)
            return open_database(path, report=report, daily_backup=False), report

        def done(result) -> None:
            self.db, self.report = result
            self.path = path
            self.failed_path = None
            self._lock = lock
            from uppfoljning_desktop.settings import load_settings, save_settings

            settings = load_settings()
            settings.remember_database(path)
            try:
                save_settings(settings)
            except OSError:
                pass  # recent-files list is a convenience, never a reason to fail
            self.opened.emit()
            self.start_daily_backup(parent)

        def failed(exc: BaseException) -> None:
            if lock is not None:
                lock.release()
            self.failed_path = path  # a damaged file can still be restored from a backup
            self.open_failed.emit(exc)

        run_task(parent, work, on_success=done, on_failure=failed, label=tr("Öppnar databasen …"))

    def start_daily_backup(self, parent: QWidget | None) -> None:
        """The day's first backup, in the background after the window is ready; a
        failure is a warning in the status bar, never a reason to stop working."""
        import datetime as dt

        from uppfoljning_desktop.store import backup
        from uppfoljning_desktop.ui.tasks import run_task

        path = self.path
        if path is None or not backup.needs_daily_backup(path, dt.date.today()):
            return

        def work(progress):
            from uppfoljning_desktop.store.connection import connect

            db = connect(path)
            try:
                return backup.create_backup(db, path, reason="daglig", progress=progress)
            finally:
                db.close()

        def done(target) -> None:
            if self.report is not None:
                self.report.backups.append(target)
            self.daily_backup_done.emit(str(target))

        def failed(exc: BaseException) -> None:
            from uppfoljning_desktop.ui import messages

            message, hint = messages.error_text(exc)
            self.daily_backup_failed.emit(f"{message} {hint}".strip())

        run_task(parent, work, on_success=done, on_failure=failed, with_progress=True, quiet=True,
                 label=tr("Daglig säkerhetskopia …"))

    def worker_connection(self):
        """A separate connection for work in a background thread."""
        from uppfoljning_desktop.store.connection import connect

        assert self.path is not None
        return connect(self.path)

    def release_connection(self) -> None:
        """Close the GUI connection but keep the instance lock (used by restore)."""
        if self.db is not None:
            self.about_to_close.emit()
            self.db.close()
            self.db = None

    def close(self) -> None:
        was_open = self.db is not None
        self.release_connection()
        if self._lock is not None:
            self._lock.release()
            self._lock = None
        self.path = None
        self.report = None
        if was_open:
            self.closed.emit()

    def notify_changed(self, area: str) -> None:
        self.changed.emit(area)
