"""Turn sqlite3 failures into Swedish ``UserError``s that name the file and say what to do."""

from __future__ import annotations

import contextlib
import errno
import shutil
import sqlite3
from collections.abc import Iterator
from pathlib import Path

from uppfoljning_desktop.errors import (
    DatabaseLocked,
    DatabaseReadOnly,
    DiskError,
    DiskFull,
    NotADatabase,
    UserError,
)


def translate_error(exc: BaseException, path: Path | str) -> UserError | None:
    """The user-facing error for a known failure, or None for a bug."""
    text = str(exc).lower()
    name = str(path)
    if "disk i/o error" in text and not _has_free_space(path):
        text = "disk is full"  # SQLite says "I/O error" when it cannot even create its -shm file
    if isinstance(exc, OSError) and exc.errno == errno.ENOSPC or "disk is full" in text:
        return DiskFull(
            f"Disken är full: ändringen i {name} sparades inte.",
            hint="Frigör utrymme på disken och försök igen. Inget av det du redan sparat har gått förlorat.",
        )
    if "database is locked" in text or "database table is locked" in text:
        return DatabaseLocked(
            f"Databasen {name} är låst av ett annat program.",
            hint="Stäng andra program som använder filen (t.ex. en annan Uppföljning eller ett "
            "säkerhetskopieringsprogram) och försök igen.",
        )
    if "readonly" in text or "read-only" in text or "unable to open database" in text or (
        isinstance(exc, PermissionError)
    ):
        return DatabaseReadOnly(
            f"Det går inte att skriva i {name} eller i mappen där den ligger.",
            hint="Filen eller mappen är skrivskyddad. Kopiera databasen till en mapp där du får "
            "skriva (t.ex. Dokument) och öppna kopian.",
        )
    if "disk i/o error" in text:
        return DiskError(
            f"Det gick inte att läsa eller skriva {name} (diskfel).",
            hint="Kontrollera att disken inte är full och att filen ligger på en lokal disk (inte en "
            "nätverksenhet eller ett USB-minne som tagits bort) och försök igen; kör sedan "
            "'uppfoljning check'. Det du sparat tidigare finns kvar.",
        )
    if "not a database" in text or "malformed" in text or "file is encrypted" in text:
        return NotADatabase(
            f"Filen {name} är ingen Uppföljning-databas, eller så är den skadad.",
            hint="Välj en annan fil. Är det din databas: kör 'uppfoljning check', och återställ den senaste "
            "säkerhetskopian (Arkiv → Återställ, eller 'uppfoljning restore KOPIA'); den skadade filen "
            "sparas först.",
        )
    return None


def _has_free_space(path: Path | str, needed: int = 256 * 1024) -> bool:
    folder = Path(path).parent
    try:
        return shutil.disk_usage(folder).free >= needed
    except OSError:
        return True


@contextlib.contextmanager
def user_errors(path: Path | str) -> Iterator[None]:
    """Re-raise known sqlite3/OS failures as ``UserError``; let bugs through unchanged."""
    try:
        yield
    except UserError:
        raise
    except (sqlite3.Error, OSError) as exc:
        translated = translate_error(exc, path)
        if translated is None:
            raise
        raise translated from exc
