"""Seals (sigill): hash chains over the official record, and their verification.

Every crisis-log entry, every § of adjusted minutes (at adjustment) and every rättelse
gets a seal: sha256 over the previous seal of its chain and the entry's canonical
content. One chain per crisis event (``krislogg/<event id>``) and one for all adjusted
minutes (``protokoll``). Changing, removing or inserting anything sealed, by any means
(SQL with the triggers dropped, ``ALTER TABLE``, ``writable_schema``), breaks the
chain at that point; ``verify_record`` finds the first break per chain, entries without
a seal (a backdated INSERT), and protecting triggers or tables that are missing or
altered, and names them in Swedish. The printed beslutslogg and protokoll carry the
chain's short seal, so a paper copy can later be held against the file.

A determined user with sqlite3 can recompute every seal; what a seal adds is that it
cannot be done unseen: the printed short seal of any earlier copy no longer matches.

Databases from before this migration: what existed then was sealed as found when the
migration ran (the seals say nothing about changes made before that).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

from uppfoljning_desktop.store.sqlutil import execute_script

MIGRATIONS = Migrations("seals")
MIGRATION_ORDER = 80

GENESIS = "0" * 64
SHORT = 12
MINUTES_CHAIN = "protokoll"
SEAL_REFUSED = "Ett sigill kan inte ändras eller tas bort."

CRISIS_COLUMNS = ("id", "event_id", "number", "created_at", "entry_type", "text", "from_whom", "to_whom",
                  "decided_by", "responsible", "follow_up_at", "status", "corrects_id")
CORRECTION_COLUMNS = ("id", "item_id", "version", "field", "old_text", "new_text", "reason", "corrected_by",
                      "corrected_at")
ITEM_COLUMNS = ("id", "meeting_id", "title", "kind", "case_number", "summary", "distribution", "confidential",
                "osl_provision", "status", "decision", "dissent", "notes", "section_no", "immediate_adjustment")
MEETING_COLUMNS = ("id", "committee_id", "date", "start_time", "place", "adjusters", "adjustment_place",
                   "adjustment_date", "chair_name", "secretary_name")
ATTENDANCE_COLUMNS = ("name", "party", "role", "status", "replaces_name")

# Tables whose schema and triggers ``verify_record`` compares with a freshly migrated
# database: the sealed record and what protects it.
PROTECTED_TABLES = ("crisis_event", "crisis_log_entry", "crisis_situation", "meeting", "agenda_item",
                    "attendance", "item_conflict", "minutes_correction", "seal",
                    "motion", "question", "ballot", "statement", "attendance_change", "minutes_times")


def crisis_chain(event_id: int) -> str:
    return f"krislogg/{event_id}"


@MIGRATIONS()
def m001_seals(db: Database) -> None:
    """The seal table (append-only), then seal what exists, as found, in its order.
    WITHOUT ROWID with the chain position as key and no other index: a crisis-log entry
    writes (and syncs) one b-tree more, not three. That a thing is sealed twice or not at
    all is found by ``verify_record``, which reads the whole table anyway."""
    execute_script(
        db,
        f"""
        CREATE TABLE seal (
            chain TEXT NOT NULL,
            seq INTEGER NOT NULL,
            subject TEXT NOT NULL CHECK (subject IN ('crisis_log_entry','agenda_item','minutes_correction')),
            subject_id INTEGER NOT NULL,
            sealed_at TEXT NOT NULL,
            prev TEXT NOT NULL,
            seal TEXT NOT NULL,
            PRIMARY KEY (chain, seq)
        ) STRICT, WITHOUT ROWID;
        CREATE TRIGGER seal_no_update BEFORE UPDATE ON seal
        BEGIN SELECT RAISE(ABORT, '{SEAL_REFUSED}'); END;
        CREATE TRIGGER seal_no_delete BEFORE DELETE ON seal
        BEGIN SELECT RAISE(ABORT, '{SEAL_REFUSED}'); END;
        """,
    )
    for (entry_id,) in db.execute("SELECT id FROM crisis_log_entry ORDER BY event_id, number").fetchall():
        seal_log_entry(db, entry_id)
    for (meeting_id,) in db.execute(
        "SELECT id FROM meeting WHERE state IN ('justerat','anslaget','nedtaget') ORDER BY date, id"
    ).fetchall():
        seal_minutes(db, meeting_id)


# ---------------------------------------------------------------- content


def _canonical(chain: str, seq: int, subject: str, subject_id: int, content: object) -> str:
    return json.dumps([chain, seq, subject, subject_id, content], ensure_ascii=False, sort_keys=True,
                      separators=(",", ":"))


def compute_seal(prev: str, canonical: str) -> str:
    """sha256 over the previous seal and the canonical content."""
    return hashlib.sha256(f"{prev}\n{canonical}".encode()).hexdigest()


def _row(db: Database, table: str, columns: tuple[str, ...], row_id: int) -> dict | None:
    cur = db.execute(f"SELECT {', '.join(columns)} FROM [{table}] WHERE id = ?", [row_id])
    r = cur.fetchone()
    return dict(zip(columns, r, strict=True)) if r is not None else None


def _item_content(db: Database, item_id: int) -> dict | None:
    """A § as the protokoll prints it: its own text, the meeting's header (date, place,
    adjusters, adjustment), the attendance and the conflicts of interest."""
    item = _row(db, "agenda_item", ITEM_COLUMNS, item_id)
    if item is None:
        return None
    meeting = _row(db, "meeting", MEETING_COLUMNS, item["meeting_id"])
    attendance = [list(r) for r in db.execute(
        f"SELECT {', '.join(ATTENDANCE_COLUMNS)} FROM attendance WHERE meeting_id = ? ORDER BY position, id",
        [item["meeting_id"]]).fetchall()]
    conflicts = [r[0] for r in db.execute(
        "SELECT a.name FROM item_conflict c JOIN attendance a ON a.id = c.attendance_id WHERE c.item_id = ? "
        "ORDER BY a.name", [item_id]).fetchall()]
    content = {"item": item, "meeting": meeting, "attendance": attendance, "conflicts": conflicts}
    debate = _debate_content(db, item_id, item["meeting_id"])
    if debate:  # minutes without a beslutsgång keep the seal they were given before it existed
        content["debate"] = debate
    return content


def _debate_content(db: Database, item_id: int, meeting_id: int) -> dict:
    """The beslutsgång of a § (KL 5:67): motions, questions with each vote, reservations
    and notes, the meeting's attendance changes and end time; empty where there is none."""
    def rows(sql: str, params: list) -> list[list]:
        return [list(r) for r in db.execute(sql, params).fetchall()]

    found = {
        "motions": rows("SELECT * FROM motion WHERE item_id = ? ORDER BY position, id", [item_id]),
        "questions": rows("SELECT * FROM question WHERE item_id = ? ORDER BY position, id", [item_id]),
        "ballots": rows("SELECT b.* FROM ballot b JOIN question q ON q.id = b.question_id WHERE q.item_id = ? "
                        "ORDER BY q.position, b.position, b.name", [item_id]),
        "statements": rows("SELECT * FROM statement WHERE item_id = ? ORDER BY position, id", [item_id]),
        "changes": rows("SELECT * FROM attendance_change WHERE meeting_id = ? ORDER BY id", [meeting_id]),
        "times": rows("SELECT ended_at, adjustment_time FROM minutes_times WHERE meeting_id = ?", [meeting_id]),
    }
    return {k: v for k, v in found.items() if v}


def _content(db: Database, subject: str, subject_id: int) -> object | None:
    if subject == "crisis_log_entry":
        return _row(db, "crisis_log_entry", CRISIS_COLUMNS, subject_id)
    if subject == "minutes_correction":
        return _row(db, "minutes_correction", CORRECTION_COLUMNS, subject_id)
    return _item_content(db, subject_id)


# ---------------------------------------------------------------- sealing


def _append(db: Database, chain: str, subject: str, subject_id: int, content: object) -> str:
    last = db.execute("SELECT seq, seal FROM seal WHERE chain = ? ORDER BY seq DESC LIMIT 1", [chain]).fetchone()
    seq, prev = (last[0] + 1, last[1]) if last else (1, GENESIS)
    value = compute_seal(prev, _canonical(chain, seq, subject, subject_id, content))
    db.execute(
        "INSERT INTO seal (chain, seq, subject, subject_id, sealed_at, prev, seal) VALUES (?, ?, ?, ?, ?, ?, ?)",
        [chain, seq, subject, subject_id, dt.datetime.now().isoformat(timespec="seconds"), prev, value],
    )
    return value


def seal_log_entry(db: Database, entry_id: int) -> str:
    """Seal a crisis-log entry into its event's chain (inside the caller's transaction)."""
    content = _row(db, "crisis_log_entry", CRISIS_COLUMNS, entry_id)
    assert content is not None
    return _append(db, crisis_chain(content["event_id"]), "crisis_log_entry", entry_id, content)


def seal_minutes(db: Database, meeting_id: int) -> None:
    """Seal every § of adjusted minutes, in § order (at adjustment; idempotent)."""
    sealed = _sealed_ids(db, "agenda_item")
    rows = db.execute("SELECT id FROM agenda_item WHERE meeting_id = ? AND section_no IS NOT NULL ORDER BY section_no",
                      [meeting_id]).fetchall()
    for (item_id,) in rows:
        if item_id in sealed:
            continue
        _append(db, MINUTES_CHAIN, "agenda_item", item_id, _item_content(db, item_id))


def _sealed_ids(db: Database, subject: str) -> set[int]:
    return {r[0] for r in db.execute("SELECT subject_id FROM seal WHERE subject = ?", [subject]).fetchall()}


def seal_correction(db: Database, correction_id: int) -> str:
    content = _row(db, "minutes_correction", CORRECTION_COLUMNS, correction_id)
    return _append(db, MINUTES_CHAIN, "minutes_correction", correction_id, content)


def on_meeting_state_changed(db: Database, meeting_id: int) -> None:
    """Adjusted minutes are sealed in the same transaction as the adjustment."""
    row = db.execute("SELECT state FROM meeting WHERE id = ?", [meeting_id]).fetchone()
    if row and row[0] in ("justerat", "anslaget", "nedtaget"):
        seal_minutes(db, meeting_id)


# ---------------------------------------------------------------- reading


def short(seal: str | None) -> str:
    return seal[:SHORT] if seal else ""


def chain_head(db: Database, chain: str) -> str | None:
    row = db.execute("SELECT seal FROM seal WHERE chain = ? ORDER BY seq DESC LIMIT 1", [chain]).fetchone()
    return row[0] if row else None


def event_seal(db: Database, event_id: int) -> str | None:
    """The seal of the event's last log entry: covers the whole log up to it."""
    return chain_head(db, crisis_chain(event_id))


def minutes_seal(db: Database, meeting_id: int, *, original: bool = False) -> str | None:
    """The seal of the meeting's last sealed § (or, unless ``original``, its latest
    rättelse): covers the minutes and everything sealed before them."""
    subjects = "(s.subject = 'agenda_item' AND s.subject_id IN (SELECT id FROM agenda_item WHERE meeting_id = ?))"
    params: list = [meeting_id]
    if not original:
        subjects += (" OR (s.subject = 'minutes_correction' AND s.subject_id IN (SELECT c.id FROM minutes_correction c"
                     " JOIN agenda_item a ON a.id = c.item_id WHERE a.meeting_id = ?))")
        params.append(meeting_id)
    row = db.execute(f"SELECT s.seal FROM seal s WHERE s.chain = ? AND ({subjects}) ORDER BY s.seq DESC LIMIT 1",
                     [MINUTES_CHAIN, *params]).fetchone()
    return row[0] if row else None


# ---------------------------------------------------------------- verification


@dataclass(frozen=True)
class Finding:
    """One problem ``verify_record`` found, in Swedish."""

    text: str

    def __str__(self) -> str:
        return self.text


def _describe(db: Database, subject: str, subject_id: int) -> str:
    """Name a sealed thing the way the secretary knows it."""
    try:
        if subject == "crisis_log_entry":
            r = db.execute("SELECT l.number, l.created_at, e.name FROM crisis_log_entry l "
                           "JOIN crisis_event e ON e.id = l.event_id WHERE l.id = ?", [subject_id]).fetchone()
            if r:
                return f"krisloggen för \"{r[2]}\", post {r[0]} ({r[1].replace('T', ' ')})"
            return f"krisloggen, post med id {subject_id}"
        if subject == "agenda_item":
            r = db.execute("SELECT m.date, a.section_no, a.title FROM agenda_item a JOIN meeting m "
                           "ON m.id = a.meeting_id WHERE a.id = ?", [subject_id]).fetchone()
            if r:
                return f"protokollet från {r[0]}, § {r[1]} (\"{r[2]}\")"
            return f"protokollet, ärende med id {subject_id}"
        r = db.execute("SELECT m.date, a.section_no, c.version FROM minutes_correction c JOIN agenda_item a "
                       "ON a.id = c.item_id JOIN meeting m ON m.id = a.meeting_id WHERE c.id = ?",
                       [subject_id]).fetchone()
        if r:
            return f"rättelsen av protokollet från {r[0]}, § {r[1]} (version {r[2]})"
        return f"en rättelse med id {subject_id}"
    except sqlite3.Error:
        return f"{subject} {subject_id}"


def _verify_chain(db: Database, chain: str, rows: list[tuple]) -> list[Finding]:
    prev = GENESIS
    for expected_seq, (seq, subject, subject_id, stored_prev, stored) in enumerate(rows, start=1):
        def what(subject: str = subject, subject_id: int = subject_id) -> str:
            text = _describe(db, subject, subject_id)
            return text[0].upper() + text[1:]

        if seq != expected_seq or stored_prev != prev:
            return [Finding(f"Kedjan {chain} är bruten vid sigill {expected_seq}: ett sigill har tagits bort "
                            f"eller lagts in ({what()}).")]
        try:
            content = _content(db, subject, subject_id)
        except sqlite3.Error as exc:
            return [Finding(f"{what()} kan inte läsas ({exc}); tabellen har ändrats.")]
        if content is None:
            return [Finding(f"{what()} har tagits bort efter att den förseglades.")]
        if compute_seal(prev, _canonical(chain, seq, subject, subject_id, content)) != stored:
            return [Finding(f"{what()} har ändrats efter att den förseglades.")]
        prev = stored
    return []


def _upper(text: str) -> str:
    return text[:1].upper() + text[1:]


def _unsealed(db: Database) -> list[Finding]:
    """The first crisis-log entry, adjusted § and rättelse without a seal (a backdated
    INSERT, a § numbered or added outside the program), and anything sealed twice."""
    found = []
    queries = (
        ("crisis_log_entry", "SELECT id FROM crisis_log_entry ORDER BY event_id, number",
         "den har lagts till utanför programmet."),
        ("agenda_item", """SELECT a.id FROM agenda_item a JOIN meeting m ON m.id = a.meeting_id
                           WHERE m.state IN ('justerat','anslaget','nedtaget') AND a.section_no IS NOT NULL
                           ORDER BY m.date, a.section_no""",
         "paragrafen har lagts till eller numrerats om utanför programmet."),
        ("minutes_correction", "SELECT id FROM minutes_correction ORDER BY id",
         "den har lagts till utanför programmet."),
    )
    for subject, sql, why in queries:
        sealed = [r[0] for r in db.execute("SELECT subject_id FROM seal WHERE subject = ?", [subject]).fetchall()]
        twice = {i for i in sealed if sealed.count(i) > 1} if len(set(sealed)) != len(sealed) else set()
        for i in sorted(twice)[:1]:
            found.append(Finding(f"{_upper(_describe(db, subject, i))} har förseglats två gånger."))
        have = set(sealed)
        missing = next((r[0] for r in db.execute(sql) if r[0] not in have), None)
        if missing is not None:
            found.append(Finding(f"{_upper(_describe(db, subject, missing))} saknar sigill: {why}"))
    return found


_REFERENCE: dict[str, dict[tuple[str, str], str]] = {}


def _normal(sql: str | None) -> str:
    return " ".join((sql or "").split())


def _schema_objects(db: Database, tables: Iterable[str]) -> dict[tuple[str, str], str]:
    """Triggers by their SQL; tables by their columns in order (name, type, NOT NULL,
    default, key), which a DROP COLUMN + ADD COLUMN changes, but a CHECK list that grows
    with a new enum value in a later version does not."""
    names = list(tables)
    marks = ", ".join("?" for _ in names)
    out = {}
    for kind, name, sql in db.execute(
        f"SELECT type, name, sql FROM sqlite_master WHERE tbl_name IN ({marks}) AND type IN ('table', 'trigger')",
        names).fetchall():
        if kind == "table":
            columns = db.execute(f"PRAGMA table_xinfo([{name}])").fetchall()
            out[(kind, name)] = json.dumps([list(c) for c in columns], ensure_ascii=False)
        else:
            out[(kind, name)] = _normal(sql)
    return out


def reference_schema() -> dict[tuple[str, str], str]:
    """The protected tables and their triggers as this version's migrations create them
    (a migrated in-memory database, built once per process)."""
    if "schema" not in _REFERENCE:
        from uppfoljning_desktop.store import schema

        ref = Database(memory=True)
        try:
            ref.execute("PRAGMA foreign_keys=ON")
            schema.apply_migrations(ref)
            _REFERENCE["schema"] = _schema_objects(ref, PROTECTED_TABLES)
        finally:
            ref.close()
    return _REFERENCE["schema"]


def _schema_findings(db: Database) -> list[Finding]:
    expected = reference_schema()
    actual = _schema_objects(db, PROTECTED_TABLES)
    found = []
    label = {"table": "Tabellen", "trigger": "Skyddet (triggern)"}
    for key, sql in expected.items():
        if key not in actual:
            found.append(Finding(f"{label[key[0]]} {key[1]} saknas: någon har tagit bort den."))
        elif actual[key] != sql:
            found.append(Finding(f"{label[key[0]]} {key[1]} har ändrats utanför programmet."))
    for key in actual.keys() - expected.keys():
        found.append(Finding(f"{label[key[0]]} {key[1]} hör inte till Uppföljning: någon har lagt till den."))
    return found


def _had_seals(db: Database) -> bool:
    """The migration that created the seal table is recorded as applied."""
    from uppfoljning_desktop.store.schema import MIGRATIONS_TABLE

    return bool(db[MIGRATIONS_TABLE].exists() and db.execute(
        f"SELECT 1 FROM [{MIGRATIONS_TABLE}] WHERE migration_set = 'seals'").fetchone())


def verify_record(db: Database) -> list[Finding]:
    """Every seal chain, every sealed thing, and the schema that protects them. Empty
    when all is as sealed; otherwise the first problem of each chain, in Swedish."""
    if not db["seal"].exists():
        return [Finding("Tabellen seal saknas: sigillen har tagits bort.")] if _had_seals(db) else []
    found = _schema_findings(db)
    chains: dict[str, list[tuple]] = {}
    try:
        for r in db.execute("SELECT chain, seq, subject, subject_id, prev, seal FROM seal ORDER BY chain, seq"):
            chains.setdefault(r[0], []).append(tuple(r[1:]))
    except sqlite3.Error as exc:
        return [*found, Finding(f"Sigillen kan inte läsas ({exc}); tabellen seal har ändrats.")]
    for chain, rows in chains.items():
        found += _verify_chain(db, chain, rows)
    try:
        found += _unsealed(db)
    except sqlite3.Error as exc:
        found.append(Finding(f"De förseglade tabellerna kan inte läsas ({exc})."))
    return found


@dataclass(frozen=True)
class RecordReport:
    """What ``check`` prints about the seals."""

    findings: list[Finding]
    seals: int
    chains: int


def verify_record_report(db: Database) -> RecordReport:
    findings = verify_record(db)
    count, chains = (db.execute("SELECT count(*), count(DISTINCT chain) FROM seal").fetchone()
                     if db["seal"].exists() else (0, 0))
    return RecordReport(findings, count, chains)
