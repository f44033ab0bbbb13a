"""The record-keeping schema of the meeting life cycle: the ``nedtaget`` state, the
corrections (rättelser) table, and the triggers that keep adjusted minutes as adjusted.

The rules themselves live in ``domain.meeting_lifecycle``; the store functions
(``store.meetings.set_state``, ``store.minutes``, ``store.corrections``) refuse an illegal
step with a Swedish message before writing. The triggers here are the second line: SQL
that goes around those functions cannot change the text of adjusted minutes, move an
adjusted meeting back, or delete it. ``store.seals`` seals what is adjusted, and
``check`` verifies that these triggers are still in place (``PROTECTING_TRIGGERS``).
"""

from __future__ import annotations

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

from uppfoljning_desktop.store.sqlutil import execute_script

MIGRATIONS = Migrations("lifecycle")
MIGRATION_ORDER = 75  # after crisis (70): touches the meetings tables only, but is newer

LOCKED = "('justerat','anslaget','nedtaget')"
MINUTES_LOCKED = "Protokollet är justerat och kan inte ändras. Ändra en paragraf genom en rättelse i stället."
MEETING_LOCKED = ("Sammanträdet har ett justerat protokoll: datum, justerare och justeringsdatum ligger fast "
                  "och det kan inte flyttas bakåt i sin gång eller tas bort.")
CORRECTION_REFUSED = "En rättelse kan inte ändras eller tas bort. Skriv en ny rättelse i stället."

# Columns of agenda_item that the protokoll and the § seals cover.
ITEM_MINUTED_COLUMNS = ("meeting_id", "title", "kind", "case_number", "summary", "distribution", "confidential",
                        "osl_provision", "status", "decision", "dissent", "notes", "section_no",
                        "immediate_adjustment")
# Columns of attendance printed in the protokoll (member ids may still be set to NULL
# when a member is removed from the organisation).
ATTENDANCE_MINUTED_COLUMNS = ("meeting_id", "name", "party", "role", "status", "replaces_name", "position")
# Columns of meeting fixed at adjustment (posted_on is fixed once posted).
MEETING_FIXED_COLUMNS = ("committee_id", "date", "start_time", "place", "adjusters", "adjustment_place",
                         "adjustment_date", "minutes_finalised", "chair_name", "secretary_name")

PROTECTING_TRIGGERS = (
    "meeting_adjusted_fixed", "meeting_adjusted_forward", "meeting_adjusted_no_delete",
    "agenda_item_adjusted_no_update", "agenda_item_adjusted_no_insert", "agenda_item_adjusted_no_delete",
    "attendance_adjusted_no_insert", "attendance_adjusted_no_update", "attendance_adjusted_no_delete",
    "item_conflict_adjusted_no_insert", "item_conflict_adjusted_no_delete",
    "minutes_correction_no_update", "minutes_correction_no_delete",
    *(f"{t}_adjusted_no_{op}" for t in ("motion", "question", "statement", "ballot", "attendance_change",
                                         "minutes_times") for op in ("insert", "update", "delete")),
)

# The beslutsgång (store.motions, KL 5:67) is part of the adjusted minutes too: how each
# table finds its meeting's state.
DEBATE_MEETING = {
    "motion": "(SELECT m.state FROM meeting m JOIN agenda_item a ON a.meeting_id = m.id WHERE a.id = {}.item_id)",
    "question": "(SELECT m.state FROM meeting m JOIN agenda_item a ON a.meeting_id = m.id WHERE a.id = {}.item_id)",
    "statement": "(SELECT m.state FROM meeting m JOIN agenda_item a ON a.meeting_id = m.id WHERE a.id = {}.item_id)",
    "ballot": ("(SELECT m.state FROM meeting m JOIN agenda_item a ON a.meeting_id = m.id "
               "JOIN question q ON q.item_id = a.id WHERE q.id = {}.question_id)"),
    "attendance_change": "(SELECT state FROM meeting WHERE id = {}.meeting_id)",
    "minutes_times": "(SELECT state FROM meeting WHERE id = {}.meeting_id)",
}


def _changed(columns: tuple[str, ...]) -> str:
    return " OR ".join(f"NEW.{c} IS NOT OLD.{c}" for c in columns)


def _allow_taken_down(db: Database) -> None:
    """Add 'nedtaget' to the meeting table's state CHECK. Widening a CHECK constraint does
    not change the stored rows, so SQLite's documented in-place schema edit applies
    (sqlite.org/lang_altertable.html, "other kinds of table schema changes"): edit the
    CREATE TABLE text, bump schema_version, all inside the migration's transaction."""
    sql = db.execute("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'meeting'").fetchone()[0]
    old = "'justerat','anslaget')"
    if "'nedtaget'" in sql:
        return
    if sql.count(old) != 1:
        raise RuntimeError("meeting: the state CHECK constraint is not the one m001_meetings wrote")
    version = db.execute("PRAGMA schema_version").fetchone()[0]
    db.execute("PRAGMA writable_schema=ON")
    try:
        db.execute("UPDATE sqlite_master SET sql = ? WHERE type = 'table' AND name = 'meeting'",
                   [sql.replace(old, "'justerat','anslaget','nedtaget')")])
        db.execute(f"PRAGMA schema_version={int(version) + 1}")
    finally:
        db.execute("PRAGMA writable_schema=OFF")


@MIGRATIONS()
def m001_meeting_lifecycle(db: Database) -> None:
    """Existing meetings keep their state (every old state is still valid); adjusted
    minutes that exist are protected from now on, exactly as they are."""
    _allow_taken_down(db)
    item_meeting = "(SELECT state FROM meeting WHERE id = {}.meeting_id)"
    conflict_meeting = ("(SELECT m.state FROM meeting m JOIN agenda_item a ON a.meeting_id = m.id "
                        "WHERE a.id = {}.item_id)")
    execute_script(
        db,
        f"""
        ALTER TABLE meeting ADD COLUMN taken_down_on TEXT;
        CREATE TABLE minutes_correction (
            id INTEGER PRIMARY KEY,
            item_id INTEGER NOT NULL REFERENCES agenda_item(id),
            version INTEGER NOT NULL CHECK (version >= 2),
            field TEXT NOT NULL CHECK (field IN ('decision','dissent','notes')),
            old_text TEXT NOT NULL,
            new_text TEXT NOT NULL,
            reason TEXT NOT NULL CHECK (length(trim(reason)) > 0),
            corrected_by TEXT NOT NULL CHECK (length(trim(corrected_by)) > 0),
            corrected_at TEXT NOT NULL,
            UNIQUE (item_id, version)
        ) STRICT;
        CREATE TRIGGER minutes_correction_no_update BEFORE UPDATE ON minutes_correction
        BEGIN SELECT RAISE(ABORT, '{CORRECTION_REFUSED}'); END;
        CREATE TRIGGER minutes_correction_no_delete BEFORE DELETE ON minutes_correction
        BEGIN SELECT RAISE(ABORT, '{CORRECTION_REFUSED}'); END;

        CREATE TRIGGER meeting_adjusted_fixed BEFORE UPDATE ON meeting
        WHEN OLD.state IN {LOCKED} AND ({_changed(MEETING_FIXED_COLUMNS)}
             OR (OLD.state IN ('anslaget','nedtaget') AND NEW.posted_on IS NOT OLD.posted_on)
             OR (OLD.state = 'nedtaget' AND NEW.taken_down_on IS NOT OLD.taken_down_on))
        BEGIN SELECT RAISE(ABORT, '{MEETING_LOCKED}'); END;
        CREATE TRIGGER meeting_adjusted_forward BEFORE UPDATE OF state ON meeting
        WHEN OLD.state IN {LOCKED}
             AND instr(',justerat,anslaget,nedtaget,', ',' || NEW.state || ',')
                 < instr(',justerat,anslaget,nedtaget,', ',' || OLD.state || ',')
        BEGIN SELECT RAISE(ABORT, '{MEETING_LOCKED}'); END;
        CREATE TRIGGER meeting_adjusted_no_delete BEFORE DELETE ON meeting
        WHEN OLD.state IN {LOCKED}
        BEGIN SELECT RAISE(ABORT, '{MEETING_LOCKED}'); END;

        CREATE TRIGGER agenda_item_adjusted_no_update BEFORE UPDATE ON agenda_item
        WHEN ({item_meeting.format('OLD')} IN {LOCKED} AND ({_changed(ITEM_MINUTED_COLUMNS)}))
             OR ({item_meeting.format('NEW')} IN {LOCKED} AND NEW.meeting_id IS NOT OLD.meeting_id)
        BEGIN SELECT RAISE(ABORT, '{MINUTES_LOCKED}'); END;
        CREATE TRIGGER agenda_item_adjusted_no_insert BEFORE INSERT ON agenda_item
        WHEN {item_meeting.format('NEW')} IN {LOCKED}
        BEGIN SELECT RAISE(ABORT, '{MINUTES_LOCKED}'); END;
        CREATE TRIGGER agenda_item_adjusted_no_delete BEFORE DELETE ON agenda_item
        WHEN {item_meeting.format('OLD')} IN {LOCKED}
        BEGIN SELECT RAISE(ABORT, '{MINUTES_LOCKED}'); END;

        CREATE TRIGGER attendance_adjusted_no_insert BEFORE INSERT ON attendance
        WHEN {item_meeting.format('NEW')} IN {LOCKED}
        BEGIN SELECT RAISE(ABORT, '{MINUTES_LOCKED}'); END;
        CREATE TRIGGER attendance_adjusted_no_update BEFORE UPDATE ON attendance
        WHEN ({item_meeting.format('OLD')} IN {LOCKED} OR {item_meeting.format('NEW')} IN {LOCKED})
             AND ({_changed(ATTENDANCE_MINUTED_COLUMNS)})
        BEGIN SELECT RAISE(ABORT, '{MINUTES_LOCKED}'); END;
        CREATE TRIGGER attendance_adjusted_no_delete BEFORE DELETE ON attendance
        WHEN {item_meeting.format('OLD')} IN {LOCKED}
        BEGIN SELECT RAISE(ABORT, '{MINUTES_LOCKED}'); END;

        CREATE TRIGGER item_conflict_adjusted_no_insert BEFORE INSERT ON item_conflict
        WHEN {conflict_meeting.format('NEW')} IN {LOCKED}
        BEGIN SELECT RAISE(ABORT, '{MINUTES_LOCKED}'); END;
        CREATE TRIGGER item_conflict_adjusted_no_delete BEFORE DELETE ON item_conflict
        WHEN {conflict_meeting.format('OLD')} IN {LOCKED}
        BEGIN SELECT RAISE(ABORT, '{MINUTES_LOCKED}'); END;
        """,
    )


@MIGRATIONS()
def m002_debate_locked(db: Database) -> None:
    """Motions, questions, votes, reservations, attendance changes and the end time of
    adjusted minutes are refused any change, like the rest of the protokoll."""
    parts = []
    for table, state in DEBATE_MEETING.items():
        for op, row in (("insert", "NEW"), ("update", "OLD"), ("delete", "OLD")):
            when = state.format(row)
            if op == "update":
                when = f"({state.format('OLD')} IN {LOCKED} OR {state.format('NEW')} IN {LOCKED})"
            else:
                when = f"{when} IN {LOCKED}"
            parts.append(f"CREATE TRIGGER {table}_adjusted_no_{op} BEFORE {op.upper()} ON {table} "
                         f"WHEN {when} BEGIN SELECT RAISE(ABORT, '{MINUTES_LOCKED}'); END;")
    execute_script(db, "\n".join(parts))
