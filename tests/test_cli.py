"""The command line: headless commands, Swedish errors on stderr, non-zero exits."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from uppfoljning_desktop import __version__
from uppfoljning_desktop.cli import main
from uppfoljning_desktop.store.backup import list_backups

ROOT = Path(__file__).resolve().parent.parent


def test_version(capsys):
    with pytest.raises(SystemExit) as info:
        main(["--version"])
    assert info.value.code == 0
    assert capsys.readouterr().out.strip() == f"Uppföljning {__version__}"


def test_demo_refuses_to_overwrite_without_force(tmp_path, capsys):
    path = tmp_path / "demo.sqlite"
    assert main(["--db", str(path), "demo"]) == 0
    assert main(["--db", str(path), "demo"]) == 2
    err = capsys.readouterr().err
    assert "finns redan och skrivs inte över" in err and "--force" in err
    assert main(["--db", str(path), "demo", "--force"]) == 0


def test_demo_force_never_replaces_a_file_that_is_not_a_database(tmp_path, capsys):
    path = tmp_path / "viktig.xlsx"
    path.write_bytes(b"PK\x03\x04 excel")
    assert main(["--db", str(path), "demo", "--force"]) == 2
    assert "ingen Uppföljning-databas" in capsys.readouterr().err
    assert path.read_bytes() == b"PK\x03\x04 excel"


def test_backup_and_list(demo_db_path, capsys):
    assert main(["--db", str(demo_db_path), "backup"]) == 0
    assert "kontrollerades" in capsys.readouterr().out
    assert len(list_backups(demo_db_path)) == 1
    assert main(["--db", str(demo_db_path), "backup", "--list"]) == 0
    assert "Manuell" in capsys.readouterr().out


def test_restore_command(demo_db_path, capsys):
    assert main(["--db", str(demo_db_path), "backup"]) == 0
    backup = list_backups(demo_db_path)[0].path
    con = sqlite3.connect(demo_db_path)
    con.execute("UPDATE municipality SET name = 'Fel kommun'")
    con.commit()
    con.close()
    assert main(["--db", str(demo_db_path), "restore", str(backup)]) == 0
    con = sqlite3.connect(demo_db_path)
    assert con.execute("SELECT name FROM municipality").fetchone()[0] == "Botkyrka kommun"
    con.close()


def test_check_ok_and_problems(demo_db_path, tmp_path, capsys):
    assert main(["--db", str(demo_db_path), "check"]) == 0
    out = capsys.readouterr().out
    assert "Integritetskontroll: ok" in out and "Schema: aktuellt" in out
    con = sqlite3.connect(demo_db_path)
    con.execute(
        "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) VALUES ('x', 'm9_future', '2030-01-01')"
    )
    con.commit()
    con.close()
    assert main(["--db", str(demo_db_path), "check"]) == 1
    assert "nyare version" in capsys.readouterr().out


def test_check_finds_broken_references(demo_db_path, capsys):
    con = sqlite3.connect(demo_db_path)  # foreign keys off on this raw connection
    con.execute("INSERT INTO member (committee_id, name, role) VALUES (999, 'Spöke', 'ledamot')")
    con.commit()
    con.close()
    assert main(["--db", str(demo_db_path), "check"]) == 1
    assert "pekar på något som inte finns" in capsys.readouterr().out


def test_missing_database_is_a_swedish_error(tmp_path, capsys):
    assert main(["--db", str(tmp_path / "saknas.sqlite"), "check"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("Fel: Databasen") and "finns inte" in err


def test_bad_arguments_in_swedish():
    result = subprocess.run(
        [sys.executable, "-m", "uppfoljning_desktop", "finnsinte"],
        capture_output=True, text=True, cwd=ROOT, timeout=60,
    )
    assert result.returncode == 2
    assert "ogiltigt val" in result.stderr and "Traceback" not in result.stderr


def test_a_bug_is_reported_as_such(monkeypatch, tmp_path, capsys):
    import uppfoljning_desktop.demo as demo

    def broken(*a, **k):
        raise KeyError("oväntat")

    monkeypatch.setattr(demo, "create_demo", broken)
    assert main(["--db", str(tmp_path / "x.sqlite"), "demo"]) == 1
    assert "Internt fel" in capsys.readouterr().err


def test_output_into_a_closed_pipe_is_not_a_bug(demo_db_path, monkeypatch, capsys):
    import io
    import os

    read_end, write_end = os.pipe()
    os.close(read_end)  # the reader (e.g. `head`) has gone away: every write fails with EPIPE
    closed = io.TextIOWrapper(os.fdopen(write_end, "wb", buffering=0), write_through=True)
    with capsys.disabled():
        monkeypatch.setattr(sys, "stdout", closed)
        try:
            assert main(["--db", str(demo_db_path), "kris"]) == 0
        finally:
            monkeypatch.undo()
            try:
                closed.close()
            except BrokenPipeError:
                pass  # without the fix the buffer still holds text for the dead pipe
