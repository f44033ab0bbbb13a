"""Excel round-trip tables: the signing key, templates sent, and the import log.

``excel_key`` holds a random secret per database: the metadata of every template is
signed with it (HMAC-SHA256), so a returned file whose metadata someone edited is
refused. ``excel_dispatch`` records which workbooks were written for which scope
(the return board's "expected" side); ``excel_import`` is the import log (when, file
name, SHA-256, counts, warnings), one row per imported file. Rejected files write
nothing: a batch with a rejected file is not imported at all.
"""

from __future__ import annotations

import datetime as dt
import json
import secrets
from collections.abc import Mapping
from dataclasses import dataclass, field

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

from uppfoljning_desktop.store.sqlutil import execute_script

MIGRATIONS = Migrations("excel")
MIGRATION_ORDER = 50


@MIGRATIONS()
def m001_excel(db: Database) -> None:
    execute_script(
        db,
        """
        CREATE TABLE excel_key (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            secret TEXT NOT NULL
        ) STRICT;
        CREATE TABLE excel_dispatch (
            id INTEGER PRIMARY KEY,
            kind TEXT NOT NULL,
            scope TEXT NOT NULL,
            unit TEXT NOT NULL,
            file_name TEXT NOT NULL,
            recipient TEXT NOT NULL DEFAULT '',
            deadline TEXT,
            created_at TEXT NOT NULL
        ) STRICT;
        CREATE INDEX excel_dispatch_kind ON excel_dispatch(kind, unit);
        CREATE TABLE excel_import (
            id INTEGER PRIMARY KEY,
            imported_at TEXT NOT NULL,
            file_name TEXT NOT NULL,
            sha256 TEXT NOT NULL,
            kind TEXT NOT NULL,
            scope TEXT NOT NULL,
            unit TEXT NOT NULL,
            counts TEXT NOT NULL DEFAULT '{}',
            warnings TEXT NOT NULL DEFAULT '[]'
        ) STRICT;
        CREATE INDEX excel_import_kind ON excel_import(kind, unit);
        """,
    )
    db.execute("INSERT INTO excel_key (id, secret) VALUES (1, ?)", [secrets.token_hex(32)])


def _sample_m001(db: Database) -> None:
    db.execute(
        "INSERT INTO excel_import (imported_at, file_name, sha256, kind, scope, unit, counts) "
        "VALUES ('2024-09-20T10:00:00', 'Utfall Jobbcenter.xlsx', 'ab', 'maluppfoljning', "
        "'{\"period\": \"Delår 2 2024\", \"unit\": \"Jobbcenter\"}', 'Jobbcenter', '{\"värden\": 3}')"
    )


MIGRATION_SAMPLES = {"m001_excel": _sample_m001}


@dataclass(frozen=True)
class ImportLogEntry:
    """One imported file (inläsningslogg)."""

    id: int
    imported_at: dt.datetime
    file_name: str
    sha256: str
    kind: str
    scope: dict[str, str]
    unit: str
    counts: dict[str, int] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Dispatch:
    """One workbook written for a unit (utskick)."""

    id: int
    kind: str
    scope: dict[str, str]
    unit: str
    file_name: str
    recipient: str
    deadline: dt.date | None
    created_at: dt.datetime


def _scope_json(scope: Mapping[str, str]) -> str:
    return json.dumps(dict(sorted(scope.items())), ensure_ascii=False)


def last_import_at(db: Database, kind: str, scope: Mapping[str, str]) -> str:
    """When a file of ``kind`` for exactly ``scope`` was last imported ("" if never); the
    stored text, local time to the second, as outcomes record their own writes."""
    row = db.execute("SELECT max(imported_at) FROM excel_import WHERE kind = ? AND scope = ?",
                     [kind, _scope_json(scope)]).fetchone()
    return row[0] or ""


def _matches(scope: dict[str, str], selection: Mapping[str, str]) -> bool:
    return all(scope.get(k) == v for k, v in selection.items())


def signing_key(db: Database) -> bytes:
    """The database's secret for template signatures (never leaves the database)."""
    row = db.execute("SELECT secret FROM excel_key WHERE id = 1").fetchone()
    return bytes.fromhex(row[0])


def record_dispatch(
    db: Database, *, kind: str, scope: Mapping[str, str], unit: str, file_name: str,
    recipient: str = "", deadline: dt.date | None = None, now: dt.datetime | None = None,
) -> None:
    """Note that a workbook was written (part of the caller's transaction)."""
    db.execute(
        "INSERT INTO excel_dispatch (kind, scope, unit, file_name, recipient, deadline, created_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)",
        [kind, _scope_json(scope), unit, file_name, recipient,
         deadline.isoformat() if deadline else None,
         (now or dt.datetime.now()).isoformat(timespec="seconds")],
    )


def record_import(
    db: Database, *, kind: str, scope: Mapping[str, str], unit: str, file_name: str,
    sha256: str, counts: Mapping[str, int], warnings: list[str], now: dt.datetime | None = None,
) -> int:
    """Log one imported file (part of the importer's transaction)."""
    cursor = db.execute(
        "INSERT INTO excel_import (imported_at, file_name, sha256, kind, scope, unit, counts, warnings) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [(now or dt.datetime.now()).isoformat(timespec="seconds"), file_name, sha256, kind,
         _scope_json(scope), unit, json.dumps(dict(counts), ensure_ascii=False),
         json.dumps(warnings, ensure_ascii=False)],
    )
    return int(cursor.lastrowid or 0)


def _entry(r: dict) -> ImportLogEntry:
    return ImportLogEntry(
        id=r["id"], imported_at=dt.datetime.fromisoformat(r["imported_at"]), file_name=r["file_name"],
        sha256=r["sha256"], kind=r["kind"], scope=json.loads(r["scope"]), unit=r["unit"],
        counts=json.loads(r["counts"]), warnings=json.loads(r["warnings"]),
    )


def list_import_log(
    db: Database, kind: str | None = None, selection: Mapping[str, str] | None = None,
) -> list[ImportLogEntry]:
    """The import log, newest first; optionally one kind and scope selection."""
    if kind is None:
        rows = db.query("SELECT * FROM excel_import ORDER BY imported_at DESC, id DESC")
    else:
        rows = db.query(
            "SELECT * FROM excel_import WHERE kind = ? ORDER BY imported_at DESC, id DESC", [kind]
        )
    entries = [_entry(r) for r in rows]
    return [e for e in entries if _matches(e.scope, selection or {})]


def list_dispatches(
    db: Database, kind: str, selection: Mapping[str, str] | None = None,
) -> list[Dispatch]:
    """Workbooks written for ``kind``, newest first."""
    rows = db.query(
        "SELECT * FROM excel_dispatch WHERE kind = ? ORDER BY created_at DESC, id DESC", [kind]
    )
    out = []
    for r in rows:
        d = Dispatch(
            id=r["id"], kind=r["kind"], scope=json.loads(r["scope"]), unit=r["unit"],
            file_name=r["file_name"], recipient=r["recipient"],
            deadline=dt.date.fromisoformat(r["deadline"]) if r["deadline"] else None,
            created_at=dt.datetime.fromisoformat(r["created_at"]),
        )
        if _matches(d.scope, selection or {}):
            out.append(d)
    return out


def has_imports(db: Database) -> bool:
    return db.execute("SELECT 1 FROM excel_import LIMIT 1").fetchone() is not None
