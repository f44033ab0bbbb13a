"""Organisation tables: kommun, förvaltning, nämnder, ledamöter, tjänstepersoner, verksamheter.

Also owns ``app_meta`` with the database's identity (a UUID written into every Excel
template so that a returned file is matched to the database it came from).
"""

from __future__ import annotations

import datetime as dt
import sqlite3
import uuid
from dataclasses import asdict

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

from uppfoljning_desktop.domain.organisation import (
    Administration,
    Committee,
    Member,
    MemberRole,
    Municipality,
    Official,
    OfficialRole,
    Organisation,
    Unit,
    validate_administration,
    validate_committee,
    validate_member,
    validate_municipality,
    validate_official,
    validate_unit,
)
from uppfoljning_desktop.errors import NotFound, UserError, ValidationFailed
from uppfoljning_desktop.store.sqlutil import execute_script, next_sort_order

MIGRATIONS = Migrations("organisation")
MIGRATION_ORDER = 10


@MIGRATIONS()
def m001_organisation(db: Database) -> None:
    execute_script(
        db,
        """
        CREATE TABLE app_meta (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL
        ) STRICT;
        CREATE TABLE municipality (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL DEFAULT ''
        ) STRICT;
        CREATE TABLE administration (
            id INTEGER PRIMARY KEY,
            municipality_id INTEGER NOT NULL REFERENCES municipality(id),
            name TEXT NOT NULL DEFAULT '',
            postal_address TEXT NOT NULL DEFAULT '',
            visiting_address TEXT NOT NULL DEFAULT '',
            switchboard TEXT NOT NULL DEFAULT '',
            org_number TEXT NOT NULL DEFAULT '',
            bankgiro TEXT NOT NULL DEFAULT '',
            web TEXT NOT NULL DEFAULT '',
            email TEXT NOT NULL DEFAULT ''
        ) STRICT;
        CREATE TABLE committee (
            id INTEGER PRIMARY KEY,
            administration_id INTEGER NOT NULL REFERENCES administration(id),
            name TEXT NOT NULL,
            code TEXT NOT NULL UNIQUE COLLATE NOCASE,
            case_number_pattern TEXT NOT NULL DEFAULT '{kod}/{år}:{löpnr}',
            notice_period_days INTEGER NOT NULL DEFAULT 7
        ) STRICT;
        CREATE TABLE member (
            id INTEGER PRIMARY KEY,
            committee_id INTEGER NOT NULL REFERENCES committee(id) ON DELETE CASCADE,
            name TEXT NOT NULL,
            party TEXT NOT NULL DEFAULT '',
            role TEXT NOT NULL CHECK (role IN ('ordförande','vice ordförande','ledamot','ersättare')),
            term_start TEXT,
            term_end TEXT,
            sort_order INTEGER NOT NULL DEFAULT 0
        ) STRICT;
        CREATE INDEX member_committee ON member(committee_id);
        CREATE TABLE official (
            id INTEGER PRIMARY KEY,
            administration_id INTEGER NOT NULL REFERENCES administration(id),
            name TEXT NOT NULL,
            title TEXT NOT NULL DEFAULT '',
            role TEXT NOT NULL,
            phone TEXT NOT NULL DEFAULT '',
            email TEXT NOT NULL DEFAULT '',
            sort_order INTEGER NOT NULL DEFAULT 0
        ) STRICT;
        CREATE TABLE unit (
            id INTEGER PRIMARY KEY,
            administration_id INTEGER NOT NULL REFERENCES administration(id),
            name TEXT NOT NULL UNIQUE COLLATE NOCASE,
            head_name TEXT NOT NULL DEFAULT '',
            head_email TEXT NOT NULL DEFAULT '',
            sort_order INTEGER NOT NULL DEFAULT 0
        ) STRICT;
        INSERT INTO municipality (id, name) VALUES (1, '');
        INSERT INTO administration (id, municipality_id, name) VALUES (1, 1, '');
        """,
    )
    db.execute(
        "INSERT INTO app_meta (key, value) VALUES ('database_id', ?), ('created_at', ?)",
        [str(uuid.uuid4()), dt.datetime.now().isoformat(timespec="seconds")],
    )


def _sample_m001(db: Database) -> None:
    db.execute("UPDATE municipality SET name = 'Botkyrka kommun' WHERE id = 1")
    db.execute(
        "INSERT INTO committee (administration_id, name, code) VALUES (1, 'Testnämnden', 'TEST')"
    )
    db.execute(
        "INSERT INTO member (committee_id, name, role) VALUES (1, 'Åsa Öberg', 'ordförande')"
    )
    db.execute("INSERT INTO unit (administration_id, name) VALUES (1, 'Jobbcenter')")


MIGRATION_SAMPLES = {"m001_organisation": _sample_m001}

ADMINISTRATION_ID = 1
MUNICIPALITY_ID = 1


# ---------------------------------------------------------------- reading


def database_id(db: Database) -> str:
    """The database's identity (UUID), stable for its whole life."""
    row = db.execute("SELECT value FROM app_meta WHERE key = 'database_id'").fetchone()
    return row[0]


def _date(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def _member(r: dict) -> Member:
    return Member(
        id=r["id"], committee_id=r["committee_id"], name=r["name"], party=r["party"],
        role=MemberRole(r["role"]), term_start=_date(r["term_start"]), term_end=_date(r["term_end"]),
    )


def _official(r: dict) -> Official:
    return Official(
        id=r["id"], name=r["name"], title=r["title"], role=OfficialRole(r["role"]),
        phone=r["phone"], email=r["email"],
    )


def _unit(r: dict) -> Unit:
    return Unit(id=r["id"], name=r["name"], head_name=r["head_name"], head_email=r["head_email"])


def _committee(r: dict) -> Committee:
    return Committee(
        id=r["id"], name=r["name"], code=r["code"], case_number_pattern=r["case_number_pattern"],
        notice_period_days=r["notice_period_days"],
    )


def get_municipality(db: Database) -> Municipality:
    r = next(db.query("SELECT id, name FROM municipality WHERE id = ?", [MUNICIPALITY_ID]))
    return Municipality(id=r["id"], name=r["name"])


def get_administration(db: Database) -> Administration:
    r = next(db.query("SELECT * FROM administration WHERE id = ?", [ADMINISTRATION_ID]))
    r.pop("municipality_id")
    return Administration(**r)


def list_committees(db: Database) -> list[Committee]:
    return [_committee(r) for r in db.query("SELECT * FROM committee ORDER BY id")]


def get_committee(db: Database, committee_id: int | None = None) -> Committee:
    """The committee with ``committee_id``, or the database's (first) committee."""
    if committee_id is None:
        rows = list(db.query("SELECT * FROM committee ORDER BY id LIMIT 1"))
    else:
        rows = list(db.query("SELECT * FROM committee WHERE id = ?", [committee_id]))
    if not rows:
        raise NotFound(
            "Ingen nämnd är inlagd ännu.",
            hint="Fyll i nämndens namn och förkortning under Organisation → Nämnd.",
        )
    return _committee(rows[0])


def list_members(db: Database, committee_id: int | None = None) -> list[Member]:
    if committee_id is None:
        rows = db.query("SELECT * FROM member ORDER BY committee_id, sort_order, id")
    else:
        rows = db.query(
            "SELECT * FROM member WHERE committee_id = ? ORDER BY sort_order, id", [committee_id]
        )
    return [_member(r) for r in rows]


def list_officials(db: Database) -> list[Official]:
    return [_official(r) for r in db.query("SELECT * FROM official ORDER BY sort_order, id")]


def list_units(db: Database) -> list[Unit]:
    return [_unit(r) for r in db.query("SELECT * FROM unit ORDER BY sort_order, id")]


def get_unit_by_name(db: Database, name: str) -> Unit:
    rows = list(db.query("SELECT * FROM unit WHERE name = ? COLLATE NOCASE", [name.strip()]))
    if not rows:
        known = ", ".join(u.name for u in list_units(db)) or "inga"
        raise NotFound(f"Verksamheten \"{name}\" finns inte.", hint=f"Kända verksamheter: {known}.")
    return _unit(rows[0])


def get_organisation(db: Database) -> Organisation:
    return Organisation(
        municipality=get_municipality(db),
        administration=get_administration(db),
        committees=list_committees(db),
        members=list_members(db),
        officials=list_officials(db),
        units=list_units(db),
    )


# ---------------------------------------------------------------- writing


def _check(errors: list, what: str) -> None:
    if errors:
        raise ValidationFailed(errors=errors, what=what)


def save_municipality(db: Database, m: Municipality) -> Municipality:
    _check(validate_municipality(m), "Kommunen")
    with db.atomic():
        db.execute("UPDATE municipality SET name = ? WHERE id = ?", [m.name.strip(), MUNICIPALITY_ID])
    return get_municipality(db)


def save_administration(db: Database, a: Administration) -> Administration:
    _check(validate_administration(a), "Förvaltningen")
    values = {k: (v.strip() if isinstance(v, str) else v) for k, v in asdict(a).items() if k != "id"}
    with db.atomic():
        db.table("administration").update(ADMINISTRATION_ID, values)
    return get_administration(db)


def save_committee(db: Database, c: Committee) -> Committee:
    others = [o.code for o in list_committees(db) if o.id != c.id]
    _check(validate_committee(c, others), "Nämnden")
    values = {
        "administration_id": ADMINISTRATION_ID,
        "name": c.name.strip(),
        "code": c.code.strip().upper(),
        "case_number_pattern": c.case_number_pattern.strip(),
        "notice_period_days": int(c.notice_period_days),
    }
    with db.atomic():
        if c.id is None:
            new_id = int(db.table("committee").insert(values).last_pk)  # type: ignore[arg-type]
        else:
            db.table("committee").update(c.id, values)
            new_id = int(c.id)
    return get_committee(db, new_id)


def save_member(db: Database, m: Member) -> Member:
    _check(validate_member(m), "Ledamoten")
    committee_id = m.committee_id if m.committee_id is not None else get_committee(db).id
    values = {
        "committee_id": committee_id,
        "name": m.name.strip(),
        "party": m.party.strip(),
        "role": MemberRole(m.role).value,
        "term_start": m.term_start.isoformat() if m.term_start else None,
        "term_end": m.term_end.isoformat() if m.term_end else None,
    }
    with db.atomic():
        if m.id is None:
            values["sort_order"] = next_sort_order(db, "member", "committee_id = ?", (committee_id,))
            new_id = int(db.table("member").insert(values).last_pk)  # type: ignore[arg-type]
        else:
            db.table("member").update(m.id, values)
            new_id = int(m.id)
    return _member(db.table("member").get(new_id))


def save_official(db: Database, o: Official) -> Official:
    _check(validate_official(o), "Tjänstepersonen")
    values = {
        "administration_id": ADMINISTRATION_ID,
        "name": o.name.strip(),
        "title": o.title.strip(),
        "role": OfficialRole(o.role).value,
        "phone": o.phone.strip(),
        "email": o.email.strip(),
    }
    with db.atomic():
        if o.id is None:
            values["sort_order"] = next_sort_order(db, "official")
            new_id = int(db.table("official").insert(values).last_pk)  # type: ignore[arg-type]
        else:
            db.table("official").update(o.id, values)
            new_id = int(o.id)
    return _official(db.table("official").get(new_id))


def save_unit(db: Database, u: Unit) -> Unit:
    others = [x.name for x in list_units(db) if x.id != u.id]
    _check(validate_unit(u, others), "Verksamheten")
    values = {
        "administration_id": ADMINISTRATION_ID,
        "name": u.name.strip(),
        "head_name": u.head_name.strip(),
        "head_email": u.head_email.strip(),
    }
    with db.atomic():
        if u.id is None:
            values["sort_order"] = next_sort_order(db, "unit")
            new_id = int(db.table("unit").insert(values).last_pk)  # type: ignore[arg-type]
        else:
            db.table("unit").update(u.id, values)
            new_id = int(u.id)
    return _unit(db.table("unit").get(new_id))


def delete_member(db: Database, member_id: int) -> None:
    with db.atomic():
        db.execute("DELETE FROM member WHERE id = ?", [member_id])


def delete_official(db: Database, official_id: int) -> None:
    with db.atomic():
        db.execute("DELETE FROM official WHERE id = ?", [official_id])


def delete_unit(db: Database, unit_id: int) -> None:
    """Refused (by the foreign keys) while other areas still refer to the unit."""
    name = db.table("unit").get(unit_id)["name"]
    try:
        with db.atomic():
            db.execute("DELETE FROM unit WHERE id = ?", [unit_id])
    except sqlite3.IntegrityError as exc:
        raise UserError(
            f"Verksamheten \"{name}\" kan inte tas bort: den används i mål, mallar eller beslut.",
            hint="Byt namn på den i stället, eller flytta först det som hör till den.",
        ) from exc
