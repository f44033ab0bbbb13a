"""Crisis meetings (Krisläge): events, the append-only log, situation picture versions.

There is deliberately no function here that updates or deletes a log entry or a
situation picture, and the tables' triggers (``store/crisis.py``) refuse it too. A
correction is a new entry with ``corrects_id``. Every entry is committed in its own
transaction on a connection with ``synchronous=FULL``, so when ``append_log_entry``
returns, the entry is on disk (the GUI clears the entry field only then). Each entry is
sealed into its event's hash chain in that same transaction (``store.seals``).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import sqlite3
from pathlib import Path

from sqlite_utils import Database

from uppfoljning_desktop.domain.crisis import (
    CrisisEvent,
    LogEntry,
    SituationPicture,
    validate_event,
    validate_log_entry,
    validate_situation,
)
from uppfoljning_desktop.errors import FieldError, NotFound, UserError, ValidationFailed
from uppfoljning_desktop.store import seals
from uppfoljning_desktop.store.connection import connect
from uppfoljning_desktop.store.crisis import check, from_row, insert_row, to_row

SYNC_FULL = 2


def open_log_connection(path: Path | str) -> Database:
    """A connection whose commits are synced to disk (``synchronous=FULL``)."""
    return connect(path, synchronous="FULL")


def _now(now: dt.datetime | None) -> dt.datetime:
    return (now or dt.datetime.now()).replace(microsecond=0)


def _ensure_durable(db: Database) -> None:
    """The entry must reach the disk when its own transaction commits."""
    if db.conn.in_transaction:
        raise RuntimeError("append_log_entry must run in its own transaction, not inside another")
    if db.execute("PRAGMA synchronous").fetchone()[0] < SYNC_FULL:
        db.execute("PRAGMA synchronous=FULL")


# ---------------------------------------------------------------- events


def start_event(db: Database, event: CrisisEvent) -> CrisisEvent:
    """Start a crisis event (or an exercise); linked to the current plan if there is one."""
    check(validate_event(event), "Händelsen")
    with db.atomic():
        if event.plan_id is None:
            row = db.execute("SELECT id FROM crisis_plan ORDER BY version DESC LIMIT 1").fetchone()
            event = dataclasses.replace(event, plan_id=row[0] if row else None)
        new_id = insert_row(db, "crisis_event", to_row(event))
    return get_event(db, new_id)


def end_event(db: Database, event_id: int, *, now: dt.datetime | None = None) -> CrisisEvent:
    """Mark the event as ended (its log stays open for late corrections)."""
    event = get_event(db, event_id)
    ended = _now(now)
    check(validate_event(dataclasses.replace(event, ended_at=ended)), "Händelsen")
    with db.atomic():
        db.execute("UPDATE crisis_event SET ended_at = ? WHERE id = ?", [ended.isoformat(), event_id])
    return get_event(db, event_id)


def get_event(db: Database, event_id: int) -> CrisisEvent:
    rows = list(db.query("SELECT * FROM crisis_event WHERE id = ?", [event_id]))
    if not rows:
        known = ", ".join(str(e.id) for e in list_events(db)) or "inga"
        raise NotFound(f"Händelsen med id {event_id} finns inte.", hint=f"Kända händelser: {known}.")
    return from_row(CrisisEvent, rows[0])


def list_events(db: Database) -> list[CrisisEvent]:
    """Newest first."""
    return [from_row(CrisisEvent, r) for r in db.query("SELECT * FROM crisis_event ORDER BY started_at DESC, id DESC")]


# ---------------------------------------------------------------- the log


def append_log_entry(db: Database, entry: LogEntry, *, now: dt.datetime | None = None,
                     durable: bool = True) -> LogEntry:
    """Append ``entry`` to its event's log, timestamped now; on disk when this returns.

    A correction sets ``corrects_id`` to an entry of the same event. ``durable=False``
    is only for writing many entries inside one larger transaction (the demo data): the
    entry is then committed, and synced, with that transaction.
    """
    errors = validate_log_entry(entry)
    if entry.event_id is None:
        errors.append(FieldError("Händelse", "ingen händelse är vald"))
    check(errors, "Loggposten")
    if durable:
        _ensure_durable(db)
    get_event(db, entry.event_id)  # type: ignore[arg-type]
    if entry.corrects_id is not None:
        target = db.execute("SELECT event_id FROM crisis_log_entry WHERE id = ?", [entry.corrects_id]).fetchone()
        if target is None or target[0] != entry.event_id:
            raise ValidationFailed(
                errors=[FieldError("Rättar post", "posten som ska rättas finns inte i den här händelsen")],
                what="Loggposten",
            )
    created = _now(now)
    try:
        with db.atomic():
            number = db.execute(
                "SELECT coalesce(max(number), 0) + 1 FROM crisis_log_entry WHERE event_id = ?", [entry.event_id]
            ).fetchone()[0]
            row = to_row(entry, skip=("id", "number", "created_at"))
            row.update(number=number, created_at=created.isoformat(timespec="seconds"))
            new_id = insert_row(db, "crisis_log_entry", row)
            seals.seal_log_entry(db, new_id)  # in the same transaction: never an unsealed entry
    except sqlite3.IntegrityError as exc:
        raise UserError(f"Loggposten sparades inte: {exc}") from exc
    return get_log_entry(db, new_id)


def get_log_entry(db: Database, entry_id: int) -> LogEntry:
    rows = list(db.query("SELECT * FROM crisis_log_entry WHERE id = ?", [entry_id]))
    if not rows:
        raise NotFound(f"Loggposten med id {entry_id} finns inte.")
    return from_row(LogEntry, rows[0])


def list_log_entries(db: Database, event_id: int) -> list[LogEntry]:
    """The event's whole log in the order it was written."""
    return [from_row(LogEntry, r) for r in db.query(
        "SELECT * FROM crisis_log_entry WHERE event_id = ? ORDER BY number", [event_id])]


# ---------------------------------------------------------------- situation picture


def add_situation_picture(db: Database, picture: SituationPicture, *,
                          now: dt.datetime | None = None) -> SituationPicture:
    """Save a new version of the event's situation picture (lägesbild)."""
    errors = validate_situation(picture)
    if picture.event_id is None:
        errors.append(FieldError("Händelse", "ingen händelse är vald"))
    check(errors, "Lägesbilden")
    get_event(db, picture.event_id)  # type: ignore[arg-type]
    with db.atomic():
        version = db.execute(
            "SELECT coalesce(max(version), 0) + 1 FROM crisis_situation WHERE event_id = ?", [picture.event_id]
        ).fetchone()[0]
        row = to_row(picture, skip=("id", "version", "created_at"))
        row.update(version=version, created_at=_now(now).isoformat(timespec="seconds"))
        new_id = insert_row(db, "crisis_situation", row)
    return from_row(SituationPicture, db.table("crisis_situation").get(new_id))


def list_situation_pictures(db: Database, event_id: int) -> list[SituationPicture]:
    """Every version, oldest first."""
    return [from_row(SituationPicture, r) for r in db.query(
        "SELECT * FROM crisis_situation WHERE event_id = ? ORDER BY version", [event_id])]


def get_current_situation(db: Database, event_id: int) -> SituationPicture | None:
    rows = list(db.query(
        "SELECT * FROM crisis_situation WHERE event_id = ? ORDER BY version DESC LIMIT 1", [event_id]))
    return from_row(SituationPicture, rows[0]) if rows else None
