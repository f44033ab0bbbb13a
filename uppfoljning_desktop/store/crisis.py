"""Crisis management tables, and the crisis plan's repository (versions and contents).

Owns the ``crisis`` migrations for the plan and for the crisis meeting log; the log's
own functions are in ``store/crisis_log.py``. The plan exists in versions: only the
newest is edited, earlier versions stay as they were adopted ("fastställd"). The log
tables are append-only: triggers refuse UPDATE and DELETE with a Swedish message.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
from collections.abc import Callable
from enum import Enum
from typing import Any, TypeVar

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

from uppfoljning_desktop.domain.crisis import (
    ChecklistSection,
    ChecklistStep,
    ContactCategory,
    CrisisPlan,
    EntryStatus,
    EntryType,
    ExternalContact,
    GroupFunction,
    IncidentChecklist,
    PlanContent,
    RoleCard,
    validate_contact,
    validate_function,
    validate_incident,
    validate_plan,
    validate_role_card,
    validate_step,
)
from uppfoljning_desktop.errors import FieldError, NotFound, UserError, ValidationFailed
from uppfoljning_desktop.store.sqlutil import execute_script, next_sort_order

MIGRATIONS = Migrations("crisis")
MIGRATION_ORDER = 70

T = TypeVar("T")


def _in(values: list[str]) -> str:
    return ", ".join("'" + v.replace("'", "''") + "'" for v in values)


LOG_UPDATE_REFUSED = "Loggposter kan inte ändras i efterhand. Skriv en rättelse som pekar på posten i stället."
LOG_DELETE_REFUSED = "Loggposter kan inte tas bort. Skriv en rättelse som pekar på posten i stället."
SITUATION_REFUSED = "En sparad lägesbild kan inte ändras eller tas bort. Spara en ny version i stället."


@MIGRATIONS()
def m001_crisis(db: Database) -> None:
    execute_script(
        db,
        f"""
        CREATE TABLE crisis_plan (
            id INTEGER PRIMARY KEY,
            version INTEGER NOT NULL UNIQUE,
            title TEXT NOT NULL,
            adopted_on TEXT,
            decision_reference TEXT NOT NULL DEFAULT '',
            room_place TEXT NOT NULL DEFAULT '',
            room_equipment TEXT NOT NULL DEFAULT '',
            room_notes TEXT NOT NULL DEFAULT '',
            verify_months INTEGER NOT NULL DEFAULT 12,
            created_at TEXT NOT NULL
        ) STRICT;
        CREATE TABLE crisis_step (
            id INTEGER PRIMARY KEY,
            plan_id INTEGER NOT NULL REFERENCES crisis_plan(id) ON DELETE CASCADE,
            section TEXT NOT NULL CHECK (section IN ({_in([s.value for s in ChecklistSection])})),
            text TEXT NOT NULL,
            responsible TEXT NOT NULL DEFAULT '',
            sort_order INTEGER NOT NULL DEFAULT 0
        ) STRICT;
        CREATE INDEX crisis_step_plan ON crisis_step(plan_id);
        CREATE TABLE crisis_role_card (
            id INTEGER PRIMARY KEY,
            plan_id INTEGER NOT NULL REFERENCES crisis_plan(id) ON DELETE CASCADE,
            function TEXT NOT NULL,
            purpose TEXT NOT NULL DEFAULT '',
            tasks TEXT NOT NULL DEFAULT '',
            sort_order INTEGER NOT NULL DEFAULT 0
        ) STRICT;
        CREATE TABLE crisis_function (
            id INTEGER PRIMARY KEY,
            plan_id INTEGER NOT NULL REFERENCES crisis_plan(id) ON DELETE CASCADE,
            function TEXT NOT NULL,
            primary_name TEXT NOT NULL DEFAULT '',
            primary_title TEXT NOT NULL DEFAULT '',
            primary_work_phone TEXT NOT NULL DEFAULT '',
            primary_private_phone TEXT NOT NULL DEFAULT '',
            primary_work_email TEXT NOT NULL DEFAULT '',
            primary_private_email TEXT NOT NULL DEFAULT '',
            deputy_name TEXT NOT NULL DEFAULT '',
            deputy_title TEXT NOT NULL DEFAULT '',
            deputy_work_phone TEXT NOT NULL DEFAULT '',
            deputy_private_phone TEXT NOT NULL DEFAULT '',
            deputy_work_email TEXT NOT NULL DEFAULT '',
            deputy_private_email TEXT NOT NULL DEFAULT '',
            verified_on TEXT,
            sort_order INTEGER NOT NULL DEFAULT 0
        ) STRICT;
        CREATE TABLE crisis_contact (
            id INTEGER PRIMARY KEY,
            plan_id INTEGER NOT NULL REFERENCES crisis_plan(id) ON DELETE CASCADE,
            category TEXT NOT NULL CHECK (category IN ({_in([c.value for c in ContactCategory])})),
            role TEXT NOT NULL DEFAULT '',
            name TEXT NOT NULL DEFAULT '',
            phone TEXT NOT NULL DEFAULT '',
            email TEXT NOT NULL DEFAULT '',
            note TEXT NOT NULL DEFAULT '',
            verified_on TEXT,
            sort_order INTEGER NOT NULL DEFAULT 0
        ) STRICT;
        CREATE TABLE crisis_incident (
            id INTEGER PRIMARY KEY,
            plan_id INTEGER NOT NULL REFERENCES crisis_plan(id) ON DELETE CASCADE,
            title TEXT NOT NULL,
            guidance TEXT NOT NULL DEFAULT '',
            sort_order INTEGER NOT NULL DEFAULT 0
        ) STRICT;
        CREATE TABLE crisis_incident_contact (
            incident_id INTEGER NOT NULL REFERENCES crisis_incident(id) ON DELETE CASCADE,
            contact_id INTEGER NOT NULL REFERENCES crisis_contact(id) ON DELETE CASCADE,
            sort_order INTEGER NOT NULL DEFAULT 0,
            PRIMARY KEY (incident_id, contact_id)
        ) STRICT;

        CREATE TABLE crisis_event (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL,
            started_at TEXT NOT NULL,
            place TEXT NOT NULL DEFAULT '',
            is_exercise INTEGER NOT NULL CHECK (is_exercise IN (0, 1)),
            ended_at TEXT,
            plan_id INTEGER REFERENCES crisis_plan(id)
        ) STRICT;
        CREATE TABLE crisis_log_entry (
            id INTEGER PRIMARY KEY,
            event_id INTEGER NOT NULL REFERENCES crisis_event(id),
            number INTEGER NOT NULL,
            created_at TEXT NOT NULL,
            entry_type TEXT NOT NULL CHECK (entry_type IN ({_in([t.value for t in EntryType])})),
            text TEXT NOT NULL CHECK (length(trim(text)) > 0),
            from_whom TEXT NOT NULL DEFAULT '',
            to_whom TEXT NOT NULL DEFAULT '',
            decided_by TEXT NOT NULL DEFAULT '',
            responsible TEXT NOT NULL DEFAULT '',
            follow_up_at TEXT,
            status TEXT NOT NULL DEFAULT '' CHECK (status IN ({_in([s.value for s in EntryStatus])})),
            corrects_id INTEGER REFERENCES crisis_log_entry(id),
            UNIQUE (event_id, number)
        ) STRICT;
        CREATE TRIGGER crisis_log_entry_no_update BEFORE UPDATE ON crisis_log_entry
        BEGIN
            SELECT RAISE(ABORT, '{LOG_UPDATE_REFUSED}');
        END;
        CREATE TRIGGER crisis_log_entry_no_delete BEFORE DELETE ON crisis_log_entry
        BEGIN
            SELECT RAISE(ABORT, '{LOG_DELETE_REFUSED}');
        END;
        CREATE TRIGGER crisis_log_entry_correction_same_event BEFORE INSERT ON crisis_log_entry
        WHEN NEW.corrects_id IS NOT NULL AND NOT EXISTS (
            SELECT 1 FROM crisis_log_entry WHERE id = NEW.corrects_id AND event_id = NEW.event_id)
        BEGIN
            SELECT RAISE(ABORT, 'En rättelse måste peka på en loggpost i samma händelse.');
        END;
        CREATE TRIGGER crisis_event_keep_log BEFORE DELETE ON crisis_event
        WHEN EXISTS (SELECT 1 FROM crisis_log_entry WHERE event_id = OLD.id)
        BEGIN
            SELECT RAISE(ABORT, 'En händelse med loggposter kan inte tas bort.');
        END;
        CREATE TABLE crisis_situation (
            id INTEGER PRIMARY KEY,
            event_id INTEGER NOT NULL REFERENCES crisis_event(id),
            version INTEGER NOT NULL,
            created_at TEXT NOT NULL,
            incident TEXT NOT NULL DEFAULT '',
            consequences TEXT NOT NULL DEFAULT '',
            uncertainties TEXT NOT NULL DEFAULT '',
            resources TEXT NOT NULL DEFAULT '',
            UNIQUE (event_id, version)
        ) STRICT;
        CREATE TRIGGER crisis_situation_no_update BEFORE UPDATE ON crisis_situation
        BEGIN
            SELECT RAISE(ABORT, '{SITUATION_REFUSED}');
        END;
        CREATE TRIGGER crisis_situation_no_delete BEFORE DELETE ON crisis_situation
        BEGIN
            SELECT RAISE(ABORT, '{SITUATION_REFUSED}');
        END;
        """,
    )


LOG_REPLACE_REFUSED = "Loggposter kan inte skrivas över. Skriv en rättelse som pekar på posten i stället."


@MIGRATIONS()
def m002_crisis_no_replace(db: Database) -> None:
    """INSERT OR REPLACE deletes the row it collides with without firing the delete
    triggers (SQLite runs them for REPLACE only with recursive_triggers on), so an entry
    or a situation version could be overwritten: refuse such inserts before they run."""
    execute_script(
        db,
        f"""
        CREATE TRIGGER crisis_log_entry_no_replace BEFORE INSERT ON crisis_log_entry
        WHEN EXISTS (SELECT 1 FROM crisis_log_entry
                     WHERE id = NEW.id OR (event_id = NEW.event_id AND number = NEW.number))
        BEGIN
            SELECT RAISE(ABORT, '{LOG_REPLACE_REFUSED}');
        END;
        CREATE TRIGGER crisis_situation_no_replace BEFORE INSERT ON crisis_situation
        WHEN EXISTS (SELECT 1 FROM crisis_situation
                     WHERE id = NEW.id OR (event_id = NEW.event_id AND version = NEW.version))
        BEGIN
            SELECT RAISE(ABORT, '{SITUATION_REFUSED}');
        END;
        """,
    )


def _sample_m001(db: Database) -> None:
    db.execute(
        "INSERT INTO crisis_plan (version, title, adopted_on, decision_reference, created_at) "
        "VALUES (1, 'Krisplan', '2016-09-22', 'AVUX/2016:60', '2016-09-14T10:00:00')"
    )
    db.execute("INSERT INTO crisis_function (plan_id, function, primary_name) VALUES (1, 'Loggförare', 'Åsa Öberg')")
    db.execute(
        "INSERT INTO crisis_event (name, started_at, is_exercise) VALUES ('Övning', '2016-10-05T09:00:00', 1)"
    )
    db.execute(
        "INSERT INTO crisis_log_entry (event_id, number, created_at, entry_type, text) "
        "VALUES (1, 1, '2016-10-05T09:01:00', 'beslut', 'Krisledningsgruppen är samlad.')"
    )


MIGRATION_SAMPLES = {"m001_crisis": _sample_m001}


# ---------------------------------------------------------------- conversion

_DATE_FIELDS = {"adopted_on", "verified_on"}
_DATETIME_FIELDS = {"created_at", "started_at", "ended_at", "follow_up_at"}
_ENUMS: dict[str, type[Enum]] = {
    "section": ChecklistSection,
    "category": ContactCategory,
    "entry_type": EntryType,
    "status": EntryStatus,
}
_BOOL_FIELDS = {"is_exercise"}


def to_row(obj: Any, *, skip: tuple[str, ...] = ("id",)) -> dict[str, Any]:
    """A dataclass as column values: dates ISO, enums by value, bools 0/1, text trimmed."""
    row: dict[str, Any] = {}
    for f in dataclasses.fields(obj):
        if f.name in skip:
            continue
        v = getattr(obj, f.name)
        if isinstance(v, Enum):
            v = v.value
        elif isinstance(v, bool):
            v = int(v)
        elif isinstance(v, dt.datetime):
            v = v.isoformat(timespec="seconds")
        elif isinstance(v, dt.date):
            v = v.isoformat()
        elif isinstance(v, str) and f.name not in ("tasks", "guidance", "room_equipment", "text"):
            v = v.strip()
        row[f.name] = v
    return row


@functools.cache
def _field_names(cls: type) -> frozenset[str]:
    return frozenset(f.name for f in dataclasses.fields(cls))


def from_row(cls: type[T], r: dict[str, Any]) -> T:
    names = _field_names(cls)  # type: ignore[arg-type]  # a long crisis log reads thousands of rows
    values: dict[str, Any] = {}
    for k, v in r.items():
        if k not in names:
            continue
        if v is not None and k in _DATE_FIELDS:
            v = dt.date.fromisoformat(v)
        elif v is not None and k in _DATETIME_FIELDS:
            v = dt.datetime.fromisoformat(v)
        elif k in _ENUMS:
            v = _ENUMS[k](v)
        elif k in _BOOL_FIELDS:
            v = bool(v)
        values[k] = v
    return cls(**values)


def insert_row(db: Database, table: str, row: dict[str, Any]) -> int:
    """Insert one row; its new id."""
    pk = db.table(table).insert(row).last_pk
    assert pk is not None
    return int(pk)


def check(errors: list[FieldError], what: str) -> None:
    if errors:
        raise ValidationFailed(errors=errors, what=what)


# ---------------------------------------------------------------- plan versions


def list_plan_versions(db: Database) -> list[CrisisPlan]:
    """Every version, newest first."""
    return [from_row(CrisisPlan, r) for r in db.query("SELECT * FROM crisis_plan ORDER BY version DESC")]


def get_current_plan(db: Database) -> CrisisPlan | None:
    """The newest version (the one that is edited), or None before the first plan."""
    rows = list(db.query("SELECT * FROM crisis_plan ORDER BY version DESC LIMIT 1"))
    return from_row(CrisisPlan, rows[0]) if rows else None


def get_plan(db: Database, plan_id: int | None = None) -> CrisisPlan:
    """Plan version ``plan_id``, or the current one; NotFound if there is none."""
    if plan_id is None:
        plan = get_current_plan(db)
        if plan is None:
            raise NotFound("Det finns ingen krisplan ännu.",
                           hint="Skapa en under Krisledning → Krisplan → Ny krisplan från mall.")
        return plan
    rows = list(db.query("SELECT * FROM crisis_plan WHERE id = ?", [plan_id]))
    if not rows:
        raise NotFound(f"Krisplanen med id {plan_id} finns inte.")
    return from_row(CrisisPlan, rows[0])


def _require_editable(db: Database, plan_id: int | None) -> int:
    current = get_current_plan(db)
    if current is None or plan_id is None:
        raise NotFound("Det finns ingen krisplan ännu.", hint="Skapa en krisplan från mallen först.")
    if current.id != plan_id:
        old = get_plan(db, plan_id)
        raise UserError(
            f"Version {old.version} av krisplanen är en tidigare version och kan inte ändras.",
            hint=f"Ändra i den senaste versionen (version {current.version}).",
        )
    return plan_id


def create_plan_from_template(db: Database, *, now: dt.datetime | None = None) -> CrisisPlan:
    """The first plan, from the default template (refused when a plan exists)."""
    from uppfoljning_desktop.domain.crisis_template import default_template

    if get_current_plan(db) is not None:
        raise UserError("Det finns redan en krisplan.",
                        hint="Skapa en ny version av den befintliga planen i stället.")
    t = default_template()
    with db.atomic():
        plan_id = _insert_plan(db, t.plan, 1, now)
        _insert_children(db, plan_id, t.steps, t.role_cards, t.functions, t.contacts)
        by_role = {c["role"]: c["id"] for c in db.query(
            "SELECT id, role FROM crisis_contact WHERE plan_id = ?", [plan_id])}
        for i, (title, guidance, roles) in enumerate(t.incidents, 1):
            incident_id = insert_row(db, "crisis_incident", {
                "plan_id": plan_id, "title": title, "guidance": guidance, "sort_order": i})
            _link_contacts(db, incident_id, [by_role[r] for r in roles if r in by_role])
    return get_plan(db, plan_id)


def create_new_version(db: Database, *, now: dt.datetime | None = None) -> CrisisPlan:
    """Copy the current version into a new, not yet adopted version; the old one is kept."""
    content = load_plan_content(db)
    old = content.plan
    with db.atomic():
        new_plan = dataclasses.replace(old, adopted_on=None, decision_reference="")
        plan_id = _insert_plan(db, new_plan, old.version + 1, now)
        id_map = _insert_children(db, plan_id, content.steps, content.role_cards,
                                  content.functions, content.contacts)
        for inc in content.incidents:
            incident_id = insert_row(db, "crisis_incident", {
                "plan_id": plan_id, "title": inc.title, "guidance": inc.guidance,
                "sort_order": inc.sort_order})
            _link_contacts(db, incident_id, [id_map[c] for c in inc.contact_ids if c in id_map])
    return get_plan(db, plan_id)


def _insert_plan(db: Database, plan: CrisisPlan, version: int, now: dt.datetime | None) -> int:
    row = to_row(plan, skip=("id",))
    row.update(version=version, created_at=(now or dt.datetime.now()).isoformat(timespec="seconds"))
    return insert_row(db, "crisis_plan", row)


def _insert_children(db, plan_id, steps, cards, functions, contacts) -> dict[int, int]:
    """Insert copies for ``plan_id``; returns old contact id → new contact id."""
    for table, rows in (("crisis_step", steps), ("crisis_role_card", cards), ("crisis_function", functions)):
        for obj in rows:
            insert_row(db, table, dict(to_row(obj, skip=("id",)), plan_id=plan_id))
    id_map: dict[int, int] = {}
    for c in contacts:
        new_id = insert_row(db, "crisis_contact", dict(to_row(c, skip=("id",)), plan_id=plan_id))
        if c.id is not None:
            id_map[c.id] = new_id
    return id_map


def _link_contacts(db: Database, incident_id: int, contact_ids: list[int]) -> None:
    db.execute("DELETE FROM crisis_incident_contact WHERE incident_id = ?", [incident_id])
    for i, cid in enumerate(dict.fromkeys(contact_ids), 1):
        db.execute("INSERT INTO crisis_incident_contact (incident_id, contact_id, sort_order) VALUES (?, ?, ?)",
                   [incident_id, cid, i])


def save_plan(db: Database, plan: CrisisPlan, *, today: dt.date | None = None) -> CrisisPlan:
    """Save the plan's own fields (title, fastställd, dnr, crisis room, interval)."""
    check(validate_plan(plan, today=today or dt.date.today()), "Krisplanen")
    with db.atomic():
        plan_id = _require_editable(db, plan.id)
        row = to_row(plan, skip=("id", "version", "created_at"))
        db.table("crisis_plan").update(plan_id, row)
    return get_plan(db, plan_id)


def load_plan_content(db: Database, plan_id: int | None = None) -> PlanContent:
    """The whole plan version (current when ``plan_id`` is None)."""
    plan = get_plan(db, plan_id)
    pid = [plan.id]

    def rows(table: str, cls: type[T]) -> list[T]:
        return [from_row(cls, r) for r in db.query(
            f"SELECT * FROM [{table}] WHERE plan_id = ? ORDER BY sort_order, id", pid)]

    incidents = rows("crisis_incident", IncidentChecklist)
    links: dict[int, list[int]] = {}
    for r in db.query(
        "SELECT l.incident_id, l.contact_id FROM crisis_incident_contact l "
        "JOIN crisis_incident i ON i.id = l.incident_id WHERE i.plan_id = ? ORDER BY l.sort_order", pid
    ):
        links.setdefault(r["incident_id"], []).append(r["contact_id"])
    for inc in incidents:
        inc.contact_ids = links.get(inc.id or 0, [])
    steps = rows("crisis_step", ChecklistStep)
    section_order = {s: i for i, s in enumerate(ChecklistSection)}
    steps.sort(key=lambda s: (section_order[s.section], s.sort_order, s.id or 0))
    return PlanContent(
        plan=plan,
        steps=steps,
        role_cards=rows("crisis_role_card", RoleCard),
        functions=rows("crisis_function", GroupFunction),
        contacts=rows("crisis_contact", ExternalContact),
        incidents=incidents,
    )


# ---------------------------------------------------------------- plan parts


def _save_part(db: Database, table: str, obj: T, errors: list[FieldError], what: str,
               extra: Callable[[int], None] | None = None, skip: tuple[str, ...] = ("id",)) -> T:
    check(errors, what)
    given = obj.plan_id  # type: ignore[attr-defined]
    with db.atomic():
        plan_id = _require_editable(db, given if given is not None else get_plan(db).id)
        row = dict(to_row(obj, skip=skip), plan_id=plan_id)
        if obj.id is None:  # type: ignore[attr-defined]
            if not row.get("sort_order"):
                row["sort_order"] = next_sort_order(db, table, "plan_id = ?", (plan_id,))
            new_id = insert_row(db, table, row)
        else:
            _require_part(db, table, obj.id, plan_id)  # type: ignore[attr-defined]
            db.table(table).update(obj.id, row)  # type: ignore[attr-defined]
            new_id = obj.id  # type: ignore[attr-defined]
        if extra is not None:
            extra(new_id)
    return from_row(type(obj), db.table(table).get(new_id))


def _require_part(db: Database, table: str, part_id: int, plan_id: int) -> None:
    row = db.execute(f"SELECT plan_id FROM [{table}] WHERE id = ?", [part_id]).fetchone()
    if row is None:
        raise NotFound("Raden finns inte längre (den kan ha tagits bort i ett annat fönster).")
    if row[0] != plan_id:
        raise UserError("Raden hör till en tidigare version av krisplanen och kan inte ändras.")


def _delete_part(db: Database, table: str, part_id: int) -> None:
    with db.atomic():
        row = db.execute(f"SELECT plan_id FROM [{table}] WHERE id = ?", [part_id]).fetchone()
        if row is None:
            return
        _require_editable(db, row[0])
        db.execute(f"DELETE FROM [{table}] WHERE id = ?", [part_id])


def save_step(db: Database, step: ChecklistStep) -> ChecklistStep:
    return _save_part(db, "crisis_step", step, validate_step(step), "Checkliststeget")


def delete_step(db: Database, step_id: int) -> None:
    _delete_part(db, "crisis_step", step_id)


def save_role_card(db: Database, card: RoleCard) -> RoleCard:
    return _save_part(db, "crisis_role_card", card, validate_role_card(card), "Rollkortet")


def delete_role_card(db: Database, card_id: int) -> None:
    _delete_part(db, "crisis_role_card", card_id)


def save_function(db: Database, f: GroupFunction) -> GroupFunction:
    return _save_part(db, "crisis_function", f, validate_function(f), "Funktionen")


def delete_function(db: Database, function_id: int) -> None:
    _delete_part(db, "crisis_function", function_id)


def save_contact(db: Database, c: ExternalContact) -> ExternalContact:
    return _save_part(db, "crisis_contact", c, validate_contact(c), "Kontakten")


def delete_contact(db: Database, contact_id: int) -> None:
    _delete_part(db, "crisis_contact", contact_id)


def save_incident(db: Database, inc: IncidentChecklist) -> IncidentChecklist:
    """Save an incident checklist with its linked contacts (of the same plan version)."""
    errors = validate_incident(inc)
    plan_id = inc.plan_id if inc.plan_id is not None else get_plan(db).id
    if inc.contact_ids:
        known = {r[0] for r in db.execute("SELECT id FROM crisis_contact WHERE plan_id = ?", [plan_id])}
        missing = [c for c in inc.contact_ids if c not in known]
        if missing:
            errors.append(FieldError("Kontakter", "en vald kontakt finns inte i den här versionen av planen"))
    saved = _save_part(
        db, "crisis_incident", dataclasses.replace(inc, plan_id=plan_id), errors, "Incidentchecklistan",
        extra=lambda new_id: _link_contacts(db, new_id, inc.contact_ids), skip=("id", "contact_ids"),
    )
    saved.contact_ids = list(dict.fromkeys(inc.contact_ids))
    return saved


def delete_incident(db: Database, incident_id: int) -> None:
    _delete_part(db, "crisis_incident", incident_id)


def mark_verified(db: Database, table_kind: str, part_id: int, on: dt.date) -> None:
    """Record that a group function's or contact's details were checked on ``on``."""
    table = {"function": "crisis_function", "contact": "crisis_contact"}[table_kind]
    with db.atomic():
        row = db.execute(f"SELECT plan_id FROM [{table}] WHERE id = ?", [part_id]).fetchone()
        if row is None:
            raise NotFound("Raden finns inte längre.")
        _require_editable(db, row[0])
        db.execute(f"UPDATE [{table}] SET verified_on = ? WHERE id = ?", [on.isoformat(), part_id])
