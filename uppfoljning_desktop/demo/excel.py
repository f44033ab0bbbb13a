"""Demo Excel round trip: templates for "Delår 2 2024" sent with a deadline, and the
returned files of all units but Förvaltningskontoret imported (the units confirmed the
outcomes already in the demo), so the return board and the import log have content.

The files live in a temporary folder only while the demo is built; what remains is what
a real round trip leaves in the database: dispatches, the import log.
"""

from __future__ import annotations

import datetime as dt
import tempfile
from pathlib import Path

from sqlite_utils import Database

ORDER = 50
PERIOD = "Delår 2 2024"
DEADLINE = dt.date(2024, 9, 13)
SENT_AT = dt.datetime(2024, 8, 30, 9, 15)
MISSING = {"Förvaltningskontoret"}


def populate(db: Database) -> None:
    from uppfoljning_desktop.errors import NotFound
    from uppfoljning_desktop.excel.importer import import_files
    from uppfoljning_desktop.excel.sending import write_templates
    from uppfoljning_desktop.excel.spec import get_kind

    kind = get_kind("maluppfoljning")
    try:
        kind.scopes(db, period=PERIOD)
    except NotFound:
        return  # no goal plan in this demo
    with tempfile.TemporaryDirectory() as tmp:
        sent = write_templates(db, kind, {"period": PERIOD}, Path(tmp), deadline=DEADLINE, now=SENT_AT)
        returned = [s.path for s in sent if s.content.scope["unit"] not in MISSING]
        for i, path in enumerate(returned):
            result = import_files(db, [path], now=dt.datetime(2024, 9, 5 + 2 * i, 14, 5))
            if not result.imported:
                raise RuntimeError(f"demo import failed: {[str(p) for p in result.problems]}")
