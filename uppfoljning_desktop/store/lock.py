"""One writer at a time: the instance lock ``<db>.lock`` that the window and every
writing command take before they touch a database.

SQLite's own locks only serialise single transactions; they do not stop a command
from replacing the file (``demo --force``, ``restore``) under an open window, nor a
second window from working on a copy of the state the first one shows. So whoever
writes holds this lock for as long as it works: the window from open to close, a
command for its run. Reading and printing commands do not take it.

The lock is an operating-system lock on an open file (``flock`` on Linux and macOS,
``msvcrt.locking`` on Windows), so it disappears with its process, also after a crash
or ``kill -9``: there are no stale locks to clean up. The file holds who locked it
(process id, host, what) for the message the next one sees.
"""

from __future__ import annotations

import contextlib
import os
import socket
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from uppfoljning_desktop.errors import DatabaseInUse

_LOCK_BYTE_AT = 0  # Windows locks byte 0; the holder's description follows it


def lock_path(db_path: Path | str) -> Path:
    return Path(f"{db_path}.lock")


@dataclass(frozen=True)
class LockHolder:
    """Who holds the lock, as written in the lock file (any field may be empty)."""

    pid: str = ""
    host: str = ""
    what: str = ""

    def describe(self) -> str:
        parts = []
        if self.what:
            parts.append(self.what)
        if self.pid:
            parts.append(f"process {self.pid}" + (f" på {self.host}" if self.host else ""))
        return ", ".join(parts)


class InstanceLock:
    """A held lock; ``release()`` (or leaving the ``with`` block) gives it up."""

    def __init__(self, path: Path, fd: int) -> None:
        self.path = path
        self._fd: int | None = fd

    @property
    def held(self) -> bool:
        return self._fd is not None

    def release(self) -> None:
        if self._fd is None:
            return
        fd, self._fd = self._fd, None
        with contextlib.suppress(OSError):
            # Unlink while still locked, so nobody can lock the old file after we leave.
            # (Windows cannot unlink an open file: there the empty file stays.)
            if sys.platform != "win32":
                self.path.unlink(missing_ok=True)
        with contextlib.suppress(OSError):
            _unlock_fd(fd)
        os.close(fd)

    def __enter__(self) -> InstanceLock:
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()

    def __del__(self) -> None:  # a lock must never outlive its owner by accident
        with contextlib.suppress(Exception):  # at interpreter exit the os module may be gone
            self.release()


def read_holder(db_path: Path | str) -> LockHolder:
    try:
        with lock_path(db_path).open("rb") as fh:
            fh.seek(_LOCK_BYTE_AT + 1)  # Windows refuses to read the locked byte itself
            text = fh.read(1000).decode("utf-8", "replace")
    except OSError:
        return LockHolder()
    lines = [*text.splitlines(), "", "", ""]
    return LockHolder(pid=lines[0].strip(), host=lines[1].strip(), what=lines[2].strip())


def try_lock(db_path: Path | str, what: str) -> InstanceLock | LockHolder | None:
    """Take the lock, or say who holds it.

    Returns the ``InstanceLock``, the ``LockHolder`` when someone else has it, or
    ``None`` when no lock file can be made (a read-only folder: then nobody can write
    there, and the database opens read-only anyway).
    """
    path = lock_path(db_path)
    for _attempt in range(20):
        try:
            fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
        except OSError:
            return None
        try:
            locked = _lock_fd(fd)
        except OSError:  # a file system without locks: as without a lock file
            os.close(fd)
            return None
        if not locked:
            os.close(fd)
            return read_holder(db_path)
        # The previous holder unlinks the file just before unlocking it; if we locked
        # that unlinked file, try again on the new one.
        try:
            same = os.path.samestat(os.fstat(fd), os.stat(path))
        except OSError:
            same = False
        if not same and sys.platform != "win32":
            _unlock_fd(fd)
            os.close(fd)
            continue
        description = f"\n{os.getpid()}\n{socket.gethostname()}\n{what}\n".encode()
        with contextlib.suppress(OSError):
            os.ftruncate(fd, _LOCK_BYTE_AT + 1)
            os.lseek(fd, 0, os.SEEK_SET)
            os.write(fd, description)
        return InstanceLock(path, fd)
    return read_holder(db_path)


def acquire_lock(db_path: Path | str, what: str) -> InstanceLock | None:
    """Take the lock or raise ``DatabaseInUse`` naming the holder (Swedish)."""
    result = try_lock(db_path, what)
    if isinstance(result, LockHolder):
        who = result.describe()
        raise DatabaseInUse(
            f"Databasen {db_path} används av en annan Uppföljning" + (f" ({who})" if who else "") + ".",
            hint="Stäng det andra fönstret eller vänta tills kommandot är klart, och försök igen. "
            "Läsa och skriva ut går bra under tiden. Inget har ändrats.",
        )
    return result


@contextlib.contextmanager
def holding_lock(db_path: Path | str, what: str) -> Iterator[InstanceLock | None]:
    lock = acquire_lock(db_path, what)
    try:
        yield lock
    finally:
        if lock is not None:
            lock.release()


if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _lock_fd(fd: int) -> bool:
        os.lseek(fd, _LOCK_BYTE_AT, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _unlock_fd(fd: int) -> None:
        os.lseek(fd, _LOCK_BYTE_AT, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _lock_fd(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

    def _unlock_fd(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)
