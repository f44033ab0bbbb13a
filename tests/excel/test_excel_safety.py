"""``excel import`` and the database's safety (issue 11, points 4 and 6): it waits out
a short write lock held by someone else, and it is refused while another Uppföljning
holds the database."""

from __future__ import annotations

import sqlite3
import threading
import time

from tests import faults
from uppfoljning_desktop.cli import main
from uppfoljning_desktop.store.lock import holding_lock


def test_import_waits_out_a_short_write_lock(demo_db_path, make_template, fill, capsys):
    path = fill(make_template(), {"Utfall": {"F4": 70, "F5": 400}})
    before = _imports(demo_db_path)
    started = threading.Event()
    holder = threading.Thread(target=faults.hold_write_lock, args=(demo_db_path, 2.0, started))
    holder.start()
    started.wait(10)
    t0 = time.monotonic()
    try:
        code = main(["--db", str(demo_db_path), "excel", "import", str(path)])
    finally:
        holder.join()
    out, err = capsys.readouterr()
    assert code == 0, err
    assert "locked" not in err and "Internt fel" not in err
    assert time.monotonic() - t0 >= 1.0
    assert _imports(demo_db_path) == before + 1


def test_import_is_refused_while_another_uppfoljning_holds_the_database(demo_db_path, make_template, fill, capsys):
    path = fill(make_template(), {"Utfall": {"F4": 70, "F5": 400}})
    before = _imports(demo_db_path)
    with holding_lock(demo_db_path, "ett Uppföljning-fönster"):
        code = main(["--db", str(demo_db_path), "excel", "import", str(path)])
        err = capsys.readouterr().err
        assert code == 2 and "används av en annan Uppföljning" in err
        # a dry run only reads: it works beside the window
        assert main(["--db", str(demo_db_path), "excel", "import", str(path), "--dry-run"]) == 0
    assert _imports(demo_db_path) == before


def _imports(path) -> int:
    con = sqlite3.connect(path)
    try:
        return con.execute("SELECT count(*) FROM excel_import").fetchone()[0]
    finally:
        con.close()
