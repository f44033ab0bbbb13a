"""The crisis log is append-only and durable."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from uppfoljning_desktop.domain.crisis import CrisisEvent, EntryType, LogEntry, SituationPicture
from uppfoljning_desktop.errors import NotFound, ValidationFailed
from uppfoljning_desktop.store import crisis_log as log
from uppfoljning_desktop.store.connection import connect

ROOT = Path(__file__).resolve().parents[2]
T0 = dt.datetime(2016, 10, 5, 9, 0)


@pytest.fixture
def event(fresh_db):
    return log.start_event(fresh_db, CrisisEvent(name="Brand i Xenters lokaler", started_at=T0,
                                                 place="Kommunalhuset plan 9", is_exercise=True))


def _entry(db, event, text, minutes, **kw):
    return log.append_log_entry(db, LogEntry(event_id=event.id, text=text, **kw),
                                now=T0 + dt.timedelta(minutes=minutes))


def test_entries_are_numbered_and_timestamped(fresh_db, event):
    a = _entry(fresh_db, event, "Larm från räddningstjänsten", 1, from_whom="Räddningscentralen")
    b = _entry(fresh_db, event, "Stäng Xenter i dag", 5, entry_type=EntryType.DECISION, decided_by="Ordförande")
    assert (a.number, b.number) == (1, 2)
    assert b.created_at == T0 + dt.timedelta(minutes=5)
    assert [e.text for e in log.list_log_entries(fresh_db, event.id)] == [a.text, b.text]


@pytest.mark.parametrize("sql", [
    "UPDATE crisis_log_entry SET text = 'ändrad'",
    "UPDATE crisis_log_entry SET status = 'klar'",
    "DELETE FROM crisis_log_entry",
])
def test_update_and_delete_are_refused_by_the_database(fresh_db, event, db_path, sql):
    _entry(fresh_db, event, "Larm", 1)
    raw = sqlite3.connect(db_path)  # not through the store: the database itself refuses
    try:
        with pytest.raises(sqlite3.IntegrityError, match="Loggposter kan inte"):
            raw.execute(sql)
    finally:
        raw.close()
    assert log.list_log_entries(fresh_db, event.id)[0].text == "Larm"


def test_situation_versions_cannot_be_changed(fresh_db, event, db_path):
    log.add_situation_picture(fresh_db, SituationPicture(event_id=event.id, incident="Brand"), now=T0)
    v2 = log.add_situation_picture(fresh_db, SituationPicture(event_id=event.id, incident="Släckt"),
                                   now=T0 + dt.timedelta(hours=1))
    assert v2.version == 2
    assert log.get_current_situation(fresh_db, event.id).incident == "Släckt"
    raw = sqlite3.connect(db_path)
    try:
        with pytest.raises(sqlite3.IntegrityError, match="lägesbild"):
            raw.execute("DELETE FROM crisis_situation")
    finally:
        raw.close()
    with pytest.raises(ValidationFailed, match="alla fyra fälten är tomma"):
        log.add_situation_picture(fresh_db, SituationPicture(event_id=event.id))


def test_an_event_with_a_log_cannot_be_deleted(fresh_db, event):
    _entry(fresh_db, event, "Larm", 1)
    with pytest.raises(sqlite3.IntegrityError, match="kan inte tas bort"):
        fresh_db.execute("DELETE FROM crisis_event")


def test_corrections_point_at_an_entry_of_the_same_event(fresh_db, event):
    a = _entry(fresh_db, event, "Fel tid", 1)
    fix = _entry(fresh_db, event, "Rätt tid", 2, corrects_id=a.id)
    assert fix.corrects_id == a.id
    other = log.start_event(fresh_db, CrisisEvent(name="Annan", started_at=T0))
    with pytest.raises(ValidationFailed, match="Rättar post"):
        log.append_log_entry(fresh_db, LogEntry(event_id=other.id, text="x", corrects_id=a.id))
    # and the trigger refuses it even past the store
    with pytest.raises(sqlite3.IntegrityError, match="samma händelse"):
        fresh_db.execute(
            "INSERT INTO crisis_log_entry (event_id, number, created_at, entry_type, text, corrects_id) "
            "VALUES (?, 9, '2016-10-05T10:00:00', 'information', 'x', ?)", [other.id, a.id])


def test_bad_entries_are_refused_with_swedish_messages(fresh_db, event):
    with pytest.raises(ValidationFailed, match="Text: får inte vara tomt"):
        log.append_log_entry(fresh_db, LogEntry(event_id=event.id, text=" "))
    with pytest.raises(NotFound, match="Händelsen med id 999"):
        log.append_log_entry(fresh_db, LogEntry(event_id=999, text="x"))
    assert log.list_log_entries(fresh_db, event.id) == []


def test_append_switches_the_connection_to_full_sync(db_path, fresh_db, event):
    db = connect(db_path)  # NORMAL
    try:
        assert db.execute("PRAGMA synchronous").fetchone()[0] == 1
        log.append_log_entry(db, LogEntry(event_id=event.id, text="x"))
        assert db.execute("PRAGMA synchronous").fetchone()[0] == 2
        with db.atomic(), pytest.raises(RuntimeError):
            log.append_log_entry(db, LogEntry(event_id=event.id, text="inside another transaction"))
    finally:
        db.close()


def test_open_log_connection_is_full(db_path, fresh_db):
    db = log.open_log_connection(db_path)
    try:
        assert db.execute("PRAGMA synchronous").fetchone()[0] == 2
    finally:
        db.close()


def test_an_acknowledged_entry_survives_the_process_being_killed(fresh_db, event, db_path):
    script = textwrap.dedent(f"""
        import os, signal, sys
        sys.path.insert(0, {str(ROOT)!r})
        from uppfoljning_desktop.domain.crisis import LogEntry, EntryType
        from uppfoljning_desktop.store import crisis_log
        db = crisis_log.open_log_connection({str(db_path)!r})
        e = crisis_log.append_log_entry(db, LogEntry(event_id={event.id}, entry_type=EntryType.DECISION,
                                        text="Utrym lokalerna på plan 2", decided_by="Ordförande"))
        print("ACK", e.id, flush=True)
        os.kill(os.getpid(), signal.SIGKILL)
    """)
    proc = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60,
                          env=dict(os.environ))
    assert proc.returncode == -9, proc.stderr
    assert proc.stdout.startswith("ACK")
    entry_id = int(proc.stdout.split()[1])
    fresh_db.close()
    db = connect(db_path)
    try:
        entry = log.get_log_entry(db, entry_id)
        assert entry.text == "Utrym lokalerna på plan 2" and entry.entry_type == EntryType.DECISION
    finally:
        db.close()


@pytest.mark.parametrize("sql", [
    # same id: REPLACE deletes the row without firing the delete trigger (recursive_triggers is off)
    "INSERT OR REPLACE INTO crisis_log_entry (id, event_id, number, created_at, entry_type, text) "
    "VALUES (:id, :event, 1, '2016-10-05T09:00:00', 'information', 'Ersatt')",
    # a new id, but the same number in the event: REPLACE removes the original to make room
    "REPLACE INTO crisis_log_entry (event_id, number, created_at, entry_type, text) "
    "VALUES (:event, 1, '2016-10-05T09:00:00', 'information', 'Ersatt')",
])
def test_replace_cannot_overwrite_a_log_entry(fresh_db, event, db_path, sql):
    a = _entry(fresh_db, event, "Larm", 1)
    raw = sqlite3.connect(db_path)
    try:
        with pytest.raises(sqlite3.IntegrityError, match="Loggposter kan inte"):
            raw.execute(sql, {"id": a.id, "event": event.id})
        raw.commit()
    finally:
        raw.close()
    assert [e.text for e in log.list_log_entries(fresh_db, event.id)] == ["Larm"]


def test_replace_cannot_overwrite_a_situation_picture(fresh_db, event, db_path):
    log.add_situation_picture(fresh_db, SituationPicture(event_id=event.id, incident="Brand"), now=T0)
    raw = sqlite3.connect(db_path)
    try:
        with pytest.raises(sqlite3.IntegrityError, match="lägesbild"):
            raw.execute("REPLACE INTO crisis_situation (event_id, version, created_at, incident) "
                        "VALUES (?, 1, '2016-10-05T09:00:00', 'Ändrad')", [event.id])
        raw.commit()
    finally:
        raw.close()
    assert log.get_current_situation(fresh_db, event.id).incident == "Brand"
