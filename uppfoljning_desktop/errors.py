"""Failures the user should see, as opposed to bugs.

Every known failure (a file that is not a database, a full disk, a bad cell) is a
``UserError`` carrying a Swedish message that says what happened, where, and what to
do. The GUI and the CLI show that message as it is; anything else is a bug and is
logged with its traceback. (Modelled on qutebrowser's ``sql.py``.)
"""

from __future__ import annotations

from dataclasses import dataclass, field


class UserError(Exception):
    """A failure with a message meant for the secretary (in Swedish)."""

    def __init__(self, message: str, *, hint: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint

    def __str__(self) -> str:
        return f"{self.message} {self.hint}".strip()


class NotADatabase(UserError):
    """The file exists but is not an SQLite database (or is damaged)."""


class DatabaseFromNewerVersion(UserError):
    """The database carries migrations this version of the app does not know."""


class DatabaseLocked(UserError):
    """Another program holds the database (busy timeout ran out)."""


class DatabaseReadOnly(UserError):
    """The database or its folder cannot be written to."""


class DiskFull(UserError):
    """The disk is full; nothing was written."""


class DiskError(UserError):
    """The operating system could not read or write the file (disk I/O error)."""


class DatabaseInUse(UserError):
    """Another running instance of Uppföljning has the database open."""


class BackupFailed(UserError):
    """A backup could not be written or did not pass the integrity check."""


class NotFound(UserError):
    """Something the user asked for does not exist (a meeting, a backup …)."""


@dataclass(frozen=True)
class FieldError:
    """One problem with one field: ``field`` is the Swedish field label."""

    field: str
    message: str

    def __str__(self) -> str:
        return f"{self.field}: {self.message}"


@dataclass
class ValidationFailed(UserError):
    """One or more fields are invalid; nothing was saved."""

    errors: list[FieldError] = field(default_factory=list)
    what: str = "Uppgifterna"

    def __post_init__(self) -> None:
        lines = "\n".join(f"• {e}" for e in self.errors)
        UserError.__init__(self, f"{self.what} sparades inte:\n{lines}")

    def __str__(self) -> str:
        return self.message
