"""Small SQL helpers shared by the repository modules."""

from __future__ import annotations

import sqlite3

from sqlite_utils import Database
from sqlite_utils.db import Table


def execute_script(db: Database, script: str) -> None:
    """Run several statements inside the current transaction.

    ``sqlite3.Connection.executescript`` would COMMIT first, breaking the one
    transaction a migration or a user action runs in. Statements (triggers included)
    are split with ``sqlite3.complete_statement``.
    """
    buffer = ""
    for line in script.splitlines(keepends=True):
        buffer += line
        if sqlite3.complete_statement(buffer):
            if buffer.strip().strip(";").strip():
                db.execute(buffer)
            buffer = ""
    if buffer.strip():
        raise ValueError(f"Ofullständig SQL-sats: {buffer[:80]}")


def next_sort_order(db: Database, table: str, where: str = "1", params: tuple = ()) -> int:
    row = db.execute(f"SELECT coalesce(max(sort_order), 0) + 1 FROM [{table}] WHERE {where}", params).fetchone()
    return int(row[0])


def inserted_id(table: Table) -> int:
    """The id of the row ``table.insert(...)`` just wrote (an INTEGER PRIMARY KEY, so it is
    always set): ``last_pk`` is typed ``Any | None`` by sqlite-utils."""
    pk = table.last_pk
    assert isinstance(pk, int), f"{table.name}: no id after insert ({pk!r})"
    return pk


def saved_id(obj: object) -> int:
    """The id of an object read from the database (rows read back always have one)."""
    value = getattr(obj, "id", None)
    assert isinstance(value, int), f"{type(obj).__name__} without an id"
    return value


def change_marker(db: Database) -> tuple[int, int]:
    """A value that differs after any write to the database, by this connection
    (``total_changes``) or another one (``PRAGMA data_version``): a key for caches."""
    return int(db.execute("PRAGMA data_version").fetchone()[0]), db.conn.total_changes
