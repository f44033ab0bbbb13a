"""Writing many rows at once, for the scale generator (``demo --years``) and benchmarks.

The store's per-object functions check and write one thing per user action; a synthetic
twenty-year history has hundreds of thousands of rows, so it goes to SQLite in batches
through sqlite-utils' ``insert_all``. Triggers (the FTS index, the crisis log's
append-only rules) still run for every row.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlite_utils import Database


def insert_rows(db: Database, table: str, rows: Iterable[dict], *, batch_size: int = 2000) -> int:
    """Insert ``rows`` into ``table`` in one transaction; returns the last rowid."""
    with db.atomic():
        db.table(table).insert_all(rows, batch_size=batch_size)
        return int(db.conn.execute("SELECT last_insert_rowid()").fetchone()[0])


def ids_in_order(db: Database, table: str, where: str = "1", params: Iterable[object] = ()) -> list[int]:
    """Row ids of ``table`` (filtered by a trusted ``where`` of the caller), ascending."""
    return [r[0] for r in db.execute(f"SELECT id FROM [{table}] WHERE {where} ORDER BY id", list(params)).fetchall()]


def analyze(db: Database) -> None:
    """Refresh the query planner's statistics after a bulk load."""
    db.execute("ANALYZE")
