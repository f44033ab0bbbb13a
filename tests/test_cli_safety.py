"""One writer at a time, known failures in Swedish (issue 11, points 3, 4 and 6).

A second, real process holds the database as the open window does; every writing
command is refused (exit 2, nothing changed), reading and printing commands work. A
write lock held by someone else for a moment is waited out; a damaged file gets a
Swedish report with the way back; a full disk a Swedish message and nothing half
written.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from tests import faults
from uppfoljning_desktop.cli import build_parser, main
from uppfoljning_desktop.store import crisis_log
from uppfoljning_desktop.store.backup import create_backup, integrity_problems, list_backups
from uppfoljning_desktop.store.connection import connect
from uppfoljning_desktop.store.lock import InstanceLock, holding_lock, try_lock

_HOLD = """
import sys
from uppfoljning_desktop.{module} import {name}
lock = {call}
print("LOCKED", flush=True)
sys.stdin.read()
"""


def _hold_lock(db_path: Path, *, window: bool = True) -> subprocess.Popen:
    """A second process that holds the database's instance lock: the window's own
    ``Session.acquire_lock`` (or a command's ``acquire_lock``) until stdin closes."""
    if window:
        code = _HOLD.format(module="ui.session", name="Session", call=f"Session().acquire_lock({str(db_path)!r})")
    else:
        code = _HOLD.format(module="store.lock", name="acquire_lock",
                            call=f"acquire_lock({str(db_path)!r}, \"kommandot 'demo'\")")
    env = dict(os.environ, PYTHONPATH=str(faults.ROOT), QT_QPA_PLATFORM="offscreen")
    proc = subprocess.Popen([sys.executable, "-c", code], env=env, stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    assert proc.stdout is not None
    line = proc.stdout.readline()
    if line.strip() != "LOCKED":
        error = proc.stderr.read() if proc.stderr else ""
        _release(proc)
        raise AssertionError(f"the holder did not lock: {line} {error}")
    return proc


def _release(proc: subprocess.Popen, *, kill: bool = False) -> None:
    """Close the holder (as a window is closed), or ``kill -9`` it (as a crash)."""
    if kill:
        proc.send_signal(signal.SIGKILL)
    for stream in (proc.stdin, proc.stdout, proc.stderr):
        if stream is not None:
            stream.close()
    proc.wait(timeout=30)


# ------------------------------------------------------------------ the lock


READ_ONLY_COMMANDS = {"backup", "check", "kris", "perioder", "plan show", "ics", "meeting list", "meeting show"}  # and every "pdf …"


def _commands(parser, prefix: str = ""):
    import argparse

    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                yield from _commands(sub, f"{prefix} {name}".strip())
            return
    yield prefix, parser


def test_every_command_is_writing_unless_it_says_otherwise():
    """A new command takes the lock by default; only these read (and print)."""
    reading = set()
    for name, parser in _commands(build_parser()):
        writes = parser.get_default("writes")
        if name == "gui":
            continue
        if writes is False:
            reading.add(name)
        else:
            assert writes is None or callable(writes), name
    printing = {name for name in reading if name.startswith("pdf ")}
    assert len(printing) >= 10
    assert reading - printing == READ_ONLY_COMMANDS
    assert not reading & {"demo", "restore", "krislogg", "excel import", "excel templates", "plan add"}


def test_writing_commands_are_refused_while_a_window_holds_the_database(demo_db_path, tmp_path, capsys):
    db = connect(demo_db_path)
    good = create_backup(db, demo_db_path)
    entries = len(crisis_log.list_log_entries(db, 1))
    db.close()
    faults.checkpoint(demo_db_path)
    before = demo_db_path.read_bytes()
    holder = _hold_lock(demo_db_path)
    try:
        writing = [
            ["demo", "--force"],
            ["restore", str(good)],
            ["krislogg", "--event", "1", "Elen", "är", "tillbaka."],
            ["excel", "import", str(tmp_path / "ifylld.xlsx")],
            ["excel", "templates", "--period", "Delår 2 2016", "--out", str(tmp_path / "mallar")],
            ["plan", "add", "--year", "2017", "--date", "2017-03-09"],
        ]
        for args in writing:
            code = main(["--db", str(demo_db_path), *args])
            err = capsys.readouterr().err
            assert code == 2, (args, err)
            assert "används av en annan Uppföljning" in err and "ett Uppföljning-fönster" in err, err
            assert "Inget har ändrats" in err
        assert demo_db_path.read_bytes() == before
        reading = [
            ["check"],
            ["kris"],
            ["backup", "--list"],
            ["pdf", "beslutslogg", "--event", "1", "-o", str(tmp_path / "bl.pdf")],
        ]
        for args in reading:
            code = main(["--db", str(demo_db_path), *args])
            assert code == 0, (args, capsys.readouterr().err)
        assert (tmp_path / "bl.pdf").stat().st_size > 1000
    finally:
        _release(holder)
    # the window closed: the same write now goes through
    assert main(["--db", str(demo_db_path), "krislogg", "--event", "1", "Elen", "är", "tillbaka."]) == 0
    db = connect(demo_db_path)
    try:
        assert len(crisis_log.list_log_entries(db, 1)) == entries + 1
    finally:
        db.close()


def test_a_command_in_another_process_is_named_and_its_lock_dies_with_it(demo_db_path, capsys):
    holder = _hold_lock(demo_db_path, window=False)
    try:
        assert main(["--db", str(demo_db_path), "krislogg", "--event", "1", "Test"]) == 2
        assert "kommandot 'demo'" in capsys.readouterr().err
    finally:
        _release(holder, kill=True)  # a crash: no clean-up runs
    lock = try_lock(demo_db_path, "test")
    assert isinstance(lock, InstanceLock) and lock.held
    lock.release()


def test_the_lock_is_released_after_a_command_and_after_its_failure(demo_db_path, tmp_path, capsys):
    assert main(["--db", str(demo_db_path), "krislogg", "--event", "999", "Test"]) == 2  # unknown event
    with holding_lock(demo_db_path, "test") as lock:
        assert lock is not None and lock.held
    assert not Path(f"{demo_db_path}.lock").exists()


# ------------------------------------------------------------------ waiting for SQLite's write lock




def test_a_short_write_lock_by_someone_else_is_waited_out(demo_db_path, capsys):
    """Another connection writes for 2 s (under the 5 s busy timeout): the log entry
    waits and is saved, instead of "Internt fel … database is locked"."""
    main(["--db", str(demo_db_path), "kris"])  # the daily backup is made before the race
    capsys.readouterr()
    started = threading.Event()
    holder = threading.Thread(target=faults.hold_write_lock, args=(demo_db_path, 2.0, started))
    holder.start()
    started.wait(10)
    t0 = time.monotonic()
    code = main(["--db", str(demo_db_path), "krislogg", "--event", "1", "Elen", "är", "tillbaka."])
    waited = time.monotonic() - t0
    holder.join()
    out, err = capsys.readouterr()
    assert code == 0, err
    assert "Loggpost nr" in out and "locked" not in err
    assert waited >= 1.0


def test_a_read_then_write_transaction_waits_too(demo_db_path):
    """The pattern that failed at once: read inside the transaction, then write."""
    db = connect(demo_db_path)
    started = threading.Event()
    holder = threading.Thread(target=faults.hold_write_lock, args=(demo_db_path, 1.5, started))
    holder.start()
    started.wait(10)
    try:
        with db.atomic():
            n = db.execute("SELECT count(*) FROM crisis_event").fetchone()[0]
            db.execute("UPDATE crisis_event SET name = name WHERE id = ?", [n])
    finally:
        holder.join()
        db.close()


def test_a_lock_held_past_the_timeout_is_a_swedish_message(demo_db_path, capsys, monkeypatch):
    from uppfoljning_desktop.store import connection

    monkeypatch.setattr(connection, "BUSY_TIMEOUT_S", 0.3)
    main(["--db", str(demo_db_path), "kris"])
    capsys.readouterr()
    started = threading.Event()
    holder = threading.Thread(target=faults.hold_write_lock, args=(demo_db_path, 1.0, started))
    holder.start()
    started.wait(10)
    try:
        code = main(["--db", str(demo_db_path), "krislogg", "--event", "1", "Test"])
    finally:
        holder.join()
    err = capsys.readouterr().err
    assert code == 2, err
    assert "låst av ett annat program" in err and "Traceback" not in err


# ------------------------------------------------------------------ damaged files


def test_check_on_a_damaged_page_reports_in_swedish_and_says_how_to_restore(demo_db_path, capsys):
    db = connect(demo_db_path)
    good = create_backup(db, demo_db_path)
    db.close()
    faults.damage_page(demo_db_path, "crisis_log_entry")
    code = main(["--db", str(demo_db_path), "check"])
    out, err = capsys.readouterr()
    assert code == 1
    assert "Traceback" not in out + err and "Internt fel" not in err
    assert "Integritetskontroll: FEL – filen är skadad" in out
    assert "Så återställer du" in err and f'restore "{good}"' in err


def test_check_on_a_truncated_file_reports_in_swedish(demo_db_path, capsys):
    faults.truncate(demo_db_path, 0.4)
    code = main(["--db", str(demo_db_path), "check"])
    out, err = capsys.readouterr()
    assert code in (1, 2)
    assert "Traceback" not in out + err and "Internt fel" not in err
    assert "restore" in err


def test_a_failed_daily_backup_warns_but_reading_and_printing_work(demo_db_path, tmp_path, capsys):
    faults.damage_page(demo_db_path, "outcome")  # the crisis tables are intact
    code = main(["--db", str(demo_db_path), "pdf", "beslutslogg", "--event", "1", "-o", str(tmp_path / "bl.pdf")])
    out, err = capsys.readouterr()
    assert code == 0, err
    assert "Varning: Säkerhetskopian" in err and "klarade inte kontrollen" in err
    assert (tmp_path / "bl.pdf").stat().st_size > 1000
    assert list_backups(demo_db_path) == []  # the failed copy is not left as a backup
    assert main(["--db", str(demo_db_path), "kris"]) == 0


def test_reading_a_damaged_table_is_a_swedish_message_not_a_traceback(demo_db_path, tmp_path, capsys):
    faults.damage_page(demo_db_path, "crisis_log_entry")
    code = main(["--db", str(demo_db_path), "pdf", "beslutslogg", "--event", "1", "-o", str(tmp_path / "bl.pdf")])
    err = capsys.readouterr().err
    assert code == 2, err
    assert "skadad" in err and "uppfoljning check" in err and "Traceback" not in err


# ------------------------------------------------------------------ a full disk


def test_a_full_disk_is_a_swedish_message_and_nothing_is_half_written(demo_db_path):
    with faults.small_disk(8 * 1024) as disk:
        path = disk / "demo.sqlite"
        import shutil

        shutil.copyfile(demo_db_path, path)
        assert faults.cli(["--db", str(path), "kris"]).returncode == 0  # today's backup, while there is room
        db = connect(path)
        entries = len(crisis_log.list_log_entries(db, 1))
        db.close()
        faults.checkpoint(path)
        filler = faults.fill_disk(disk)
        result = faults.cli(["--db", str(path), "krislogg", "--event", "1", "Vattnet", "är", "tillbaka.", "x" * 5000])
        assert result.returncode == 2, result.stderr
        assert "Disken är full" in result.stderr and "Traceback" not in result.stderr
        result = faults.cli(["--db", str(path), "backup"])
        assert result.returncode == 2, result.stderr
        assert "Disken är full" in result.stderr and "Traceback" not in result.stderr
        assert [b.reason for b in list_backups(path)] == ["daglig"]
        assert not list(disk.glob("*.backups/*.partial"))
        filler.unlink()
        assert integrity_problems(path) == []
        db = connect(path)
        try:
            assert len(crisis_log.list_log_entries(db, 1)) == entries
        finally:
            db.close()


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX file locks")
def test_lock_file_of_a_read_only_folder_is_not_needed(tmp_path, monkeypatch):
    """Where no lock file can be made, nobody can write either: no lock, no error."""
    monkeypatch.setattr(os, "open", lambda *a, **k: (_ for _ in ()).throw(PermissionError(13, "ro")))
    assert try_lock(tmp_path / "x.sqlite", "test") is None
