"""Delegation tables: the versioned delegationsordning, the units' monthly lists and
the reporting of them to the committee.

The register of decisions itself (save with checks, search, paging) is in
``store.delegation_register``; both share the tables created here. Each user action is
one transaction.
"""

from __future__ import annotations

import datetime as dt
import sqlite3

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

from uppfoljning_desktop.domain.delegation import (
    AppealRoute,
    DelegationRule,
    RuleSet,
    UnitList,
    parse_month,
    point_sort_key,
    validate_rule,
    validate_ruleset,
)
from uppfoljning_desktop.errors import NotFound, UserError, ValidationFailed
from uppfoljning_desktop.store.sqlutil import execute_script, inserted_id

MIGRATIONS = Migrations("delegation")
MIGRATION_ORDER = 60

HAND_ENTERED = "registrerat i Uppföljning"


@MIGRATIONS()
def m001_delegation(db: Database) -> None:
    execute_script(
        db,
        """
        CREATE TABLE delegation_ruleset (
            id INTEGER PRIMARY KEY,
            decided_on TEXT NOT NULL UNIQUE,
            reference TEXT NOT NULL DEFAULT '',
            note TEXT NOT NULL DEFAULT ''
        ) STRICT;
        CREATE TABLE delegation_rule (
            id INTEGER PRIMARY KEY,
            ruleset_id INTEGER NOT NULL REFERENCES delegation_ruleset(id) ON DELETE CASCADE,
            point TEXT NOT NULL,
            point_key TEXT NOT NULL,
            case_type TEXT NOT NULL,
            delegate_function TEXT NOT NULL,
            substitute_function TEXT NOT NULL DEFAULT '',
            legal_reference TEXT NOT NULL DEFAULT '',
            sub_delegation INTEGER NOT NULL DEFAULT 0 CHECK (sub_delegation IN (0, 1)),
            must_report INTEGER NOT NULL DEFAULT 1 CHECK (must_report IN (0, 1)),
            conditions TEXT NOT NULL DEFAULT '',
            not_delegable INTEGER NOT NULL DEFAULT 0 CHECK (not_delegable IN (0, 1)),
            appeal_route TEXT NOT NULL DEFAULT 'laglighetsprövning'
                CHECK (appeal_route IN ('laglighetsprövning', 'förvaltningsbesvär')),
            UNIQUE (ruleset_id, point)
        ) STRICT;
        CREATE TABLE delegation_rule_unit (
            rule_id INTEGER NOT NULL REFERENCES delegation_rule(id) ON DELETE CASCADE,
            unit_id INTEGER NOT NULL REFERENCES unit(id) ON DELETE CASCADE,
            PRIMARY KEY (rule_id, unit_id)
        ) STRICT, WITHOUT ROWID;
        CREATE TABLE delegation_list (
            id INTEGER PRIMARY KEY,
            unit_id INTEGER NOT NULL REFERENCES unit(id),
            month TEXT NOT NULL,
            received_on TEXT NOT NULL,
            source TEXT NOT NULL DEFAULT '',
            meeting_date TEXT
        ) STRICT;
        CREATE INDEX delegation_list_unit_month ON delegation_list(unit_id, month);
        CREATE INDEX delegation_list_meeting ON delegation_list(meeting_date);
        CREATE TABLE delegation_decision (
            id INTEGER PRIMARY KEY,
            year INTEGER NOT NULL,
            number INTEGER NOT NULL,
            decision_date TEXT NOT NULL,
            rule_id INTEGER REFERENCES delegation_rule(id),
            point TEXT NOT NULL,
            point_key TEXT NOT NULL,
            subject TEXT NOT NULL,
            subject_key TEXT NOT NULL,
            case_number TEXT NOT NULL DEFAULT '',
            decision TEXT NOT NULL DEFAULT '',
            delegate_name TEXT NOT NULL,
            delegate_function TEXT NOT NULL,
            delegate_key TEXT NOT NULL,
            unit_id INTEGER NOT NULL REFERENCES unit(id),
            list_id INTEGER NOT NULL REFERENCES delegation_list(id) ON DELETE CASCADE,
            sub_delegated_from TEXT NOT NULL DEFAULT '',
            appeal_route TEXT NOT NULL
                CHECK (appeal_route IN ('laglighetsprövning', 'förvaltningsbesvär')),
            reported_meeting TEXT,
            reported_section INTEGER,
            appeal_start TEXT,
            appeal_last_day TEXT,
            warning TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            UNIQUE (year, number)
        ) STRICT;
        CREATE INDEX delegation_decision_date ON delegation_decision(decision_date, id);
        CREATE INDEX delegation_decision_unit ON delegation_decision(unit_id, decision_date, id);
        CREATE INDEX delegation_decision_point ON delegation_decision(point_key, decision_date);
        CREATE INDEX delegation_decision_delegate ON delegation_decision(delegate_name, decision_date);
        CREATE INDEX delegation_decision_delegate_key ON delegation_decision(delegate_key, id);
        CREATE INDEX delegation_decision_subject_key ON delegation_decision(subject_key, id);
        CREATE INDEX delegation_decision_case_number ON delegation_decision(case_number, id);
        CREATE INDEX delegation_decision_list ON delegation_decision(list_id);
        CREATE INDEX delegation_decision_reported ON delegation_decision(reported_meeting);
        CREATE INDEX delegation_decision_rule ON delegation_decision(rule_id);
        CREATE VIRTUAL TABLE delegation_fts USING fts5(
            subject, decision, content='delegation_decision', content_rowid='id',
            tokenize = 'unicode61 remove_diacritics 0'
        );
        CREATE TRIGGER delegation_fts_insert AFTER INSERT ON delegation_decision BEGIN
            INSERT INTO delegation_fts(rowid, subject, decision) VALUES (new.id, new.subject, new.decision);
        END;
        CREATE TRIGGER delegation_fts_delete AFTER DELETE ON delegation_decision BEGIN
            INSERT INTO delegation_fts(delegation_fts, rowid, subject, decision)
                VALUES ('delete', old.id, old.subject, old.decision);
        END;
        CREATE TRIGGER delegation_fts_update AFTER UPDATE OF subject, decision ON delegation_decision BEGIN
            INSERT INTO delegation_fts(delegation_fts, rowid, subject, decision)
                VALUES ('delete', old.id, old.subject, old.decision);
            INSERT INTO delegation_fts(rowid, subject, decision) VALUES (new.id, new.subject, new.decision);
        END;
        """,
    )


@MIGRATIONS()
def m002_delegation_filter_indexes(db: Database) -> None:
    """Covering indexes for the register's drop-downs (delegates and points in use): with
    100 000 decisions their GROUP BY read the whole table (0,5 s when the page opened)."""
    execute_script(
        db,
        """
        CREATE INDEX delegation_decision_delegate_name_key ON delegation_decision(delegate_name, delegate_key);
        CREATE INDEX delegation_decision_point_name_key ON delegation_decision(point, point_key);
        CREATE INDEX delegation_decision_own_posting ON delegation_decision(appeal_route, reported_meeting, decision_date);
        """,
    )


def _sample_m001(db: Database) -> None:
    db.execute("INSERT INTO delegation_ruleset (decided_on, reference) VALUES ('2016-01-28', 'AVUX/2016:3')")
    db.execute(
        "INSERT INTO delegation_rule (ruleset_id, point, point_key, case_type, delegate_function) "
        "VALUES (1, '3.2', '0003.0002', 'Beslut om lönebidrag', 'Verksamhetschef')"
    )
    db.execute(
        "INSERT INTO delegation_list (unit_id, month, received_on) VALUES (1, '2016-08', '2016-09-05')"
    )
    db.execute(
        "INSERT INTO delegation_decision (year, number, decision_date, rule_id, point, point_key, subject, "
        "subject_key, delegate_name, delegate_function, delegate_key, unit_id, list_id, appeal_route, "
        "created_at) VALUES (2016, 1, '2016-08-15', 1, '3.2', '0003.0002', 'Lönebidrag för en "
        "arbetssökande', 'lönebidrag', 'Åsa Öberg', 'Verksamhetschef', 'asa', 1, 1, "
        "'förvaltningsbesvär', '2016-09-05T10:00:00')"
    )


MIGRATION_SAMPLES = {"m001_delegation": _sample_m001}


# ---------------------------------------------------------------- helpers


def on_meeting_state_changed(db: Database, meeting_id: int) -> None:
    """Adjusted minutes give the reported decisions meeting and §; posted minutes their
    appeal start and last appeal day (called by ``schema.notify``, see store.meetings)."""
    from uppfoljning_desktop.store.delegation_meetings import sync_meeting

    sync_meeting(db, meeting_id)


def _date(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def _iso(value: dt.date | None) -> str | None:
    return value.isoformat() if value else None


def _check(errors: list, what: str) -> None:
    if errors:
        raise ValidationFailed(errors=errors, what=what)


# ---------------------------------------------------------------- rule sets


def _ruleset(r: dict) -> RuleSet:
    return RuleSet(id=r["id"], decided_on=dt.date.fromisoformat(r["decided_on"]), reference=r["reference"], note=r["note"])


def list_rulesets(db: Database) -> list[RuleSet]:
    """Every version of the delegationsordning, oldest first."""
    return [_ruleset(r) for r in db.query("SELECT * FROM delegation_ruleset ORDER BY decided_on")]


def get_ruleset(db: Database, ruleset_id: int) -> RuleSet:
    rows = list(db.query("SELECT * FROM delegation_ruleset WHERE id = ?", [ruleset_id]))
    if not rows:
        raise NotFound(f"Delegationsordningen med id {ruleset_id} finns inte.")
    return _ruleset(rows[0])


def save_ruleset(db: Database, rs: RuleSet) -> RuleSet:
    """Create or change a version (its decision date, reference and note)."""
    others = [r.decided_on for r in list_rulesets(db) if r.id != rs.id]
    _check(validate_ruleset(rs, others), "Delegationsordningen")
    values = {"decided_on": rs.decided_on.isoformat(), "reference": rs.reference.strip(), "note": rs.note.strip()}
    with db.atomic():
        if rs.id is None:
            new_id = inserted_id(db.table("delegation_ruleset").insert(values))
        else:
            db.table("delegation_ruleset").update(rs.id, values)
            new_id = rs.id
    return get_ruleset(db, new_id)


def create_ruleset_version(
    db: Database, decided_on: dt.date, reference: str = "", copy_from: int | None = None
) -> RuleSet:
    """A new version decided on ``decided_on``, starting as a copy of ``copy_from`` (or of
    the latest version), so the secretary only edits what the committee changed."""
    source = copy_from
    if source is None:
        existing = list_rulesets(db)
        source = existing[-1].id if existing else None
    with db.atomic():
        new = save_ruleset(db, RuleSet(decided_on=decided_on, reference=reference))
        if source is not None:
            for rule in list_rules(db, source):
                rule.id = None
                rule.ruleset_id = new.id
                save_rule(db, rule)
    return new


def delete_ruleset(db: Database, ruleset_id: int) -> None:
    """Refused while decisions rest on its points."""
    rs = get_ruleset(db, ruleset_id)
    used = db.execute(
        "SELECT count(*) FROM delegation_decision d JOIN delegation_rule r ON r.id = d.rule_id "
        "WHERE r.ruleset_id = ?",
        [ruleset_id],
    ).fetchone()[0]
    if used:
        raise UserError(
            f"Delegationsordningen beslutad {rs.decided_on.isoformat()} kan inte tas bort: "
            f"{used} registrerade beslut hänvisar till dess punkter.",
            hint="Lägg i stället till en ny version med det nya beslutsdatumet.",
        )
    with db.atomic():
        db.execute("DELETE FROM delegation_ruleset WHERE id = ?", [ruleset_id])


# ---------------------------------------------------------------- rules


def _rule(r: dict, units: dict[int, tuple[int, ...]]) -> DelegationRule:
    return DelegationRule(
        id=r["id"], ruleset_id=r["ruleset_id"], point=r["point"], case_type=r["case_type"],
        delegate_function=r["delegate_function"], substitute_function=r["substitute_function"],
        legal_reference=r["legal_reference"], sub_delegation=bool(r["sub_delegation"]),
        must_report=bool(r["must_report"]), conditions=r["conditions"],
        not_delegable=bool(r["not_delegable"]), appeal_route=AppealRoute(r["appeal_route"]),
        unit_ids=units.get(r["id"], ()),
    )


def _rule_units(db: Database, ruleset_id: int | None = None) -> dict[int, tuple[int, ...]]:
    sql = "SELECT ru.rule_id, ru.unit_id FROM delegation_rule_unit ru"
    params: list = []
    if ruleset_id is not None:
        sql += " JOIN delegation_rule r ON r.id = ru.rule_id WHERE r.ruleset_id = ?"
        params.append(ruleset_id)
    out: dict[int, list[int]] = {}
    for rule_id, unit_id in db.execute(sql + " ORDER BY ru.unit_id", params).fetchall():
        out.setdefault(rule_id, []).append(unit_id)
    return {k: tuple(v) for k, v in out.items()}


def list_rules(db: Database, ruleset_id: int) -> list[DelegationRule]:
    """The points of one version, in point order (3.2 before 3.10)."""
    units = _rule_units(db, ruleset_id)
    rows = db.query("SELECT * FROM delegation_rule WHERE ruleset_id = ? ORDER BY point_key", [ruleset_id])
    return [_rule(r, units) for r in rows]


def list_all_rules(db: Database) -> dict[int, dict[str, DelegationRule]]:
    """``{ruleset id: {point: rule}}`` for the register's checks."""
    units = _rule_units(db)
    out: dict[int, dict[str, DelegationRule]] = {}
    for r in db.query("SELECT * FROM delegation_rule ORDER BY ruleset_id, point_key"):
        rule = _rule(r, units)
        out.setdefault(r["ruleset_id"], {})[rule.point] = rule
    return out


def get_rule(db: Database, rule_id: int) -> DelegationRule:
    rows = list(db.query("SELECT * FROM delegation_rule WHERE id = ?", [rule_id]))
    if not rows:
        raise NotFound(f"Delegationspunkten med id {rule_id} finns inte.")
    return _rule(rows[0], _rule_units(db, rows[0]["ruleset_id"]))


def ruleset_in_force_on(db: Database, on: dt.date) -> RuleSet | None:
    rows = list(db.query(
        "SELECT * FROM delegation_ruleset WHERE decided_on <= ? ORDER BY decided_on DESC LIMIT 1", [on.isoformat()]
    ))
    return _ruleset(rows[0]) if rows else None


def rules_in_force(db: Database, on: dt.date, unit_id: int | None = None) -> list[DelegationRule]:
    """The points in force on ``on``; with ``unit_id`` only those the unit may use
    (the drop-down of the unit's monthly template)."""
    rs = ruleset_in_force_on(db, on)
    if rs is None or rs.id is None:
        return []
    rules = list_rules(db, rs.id)
    return [r for r in rules if unit_id is None or r.allowed_for_unit(unit_id)]


def save_rule(db: Database, rule: DelegationRule) -> DelegationRule:
    """Create or change one point of a version; its units replace the old ones."""
    if rule.ruleset_id is None:
        raise UserError("Delegationspunkten sparades inte: välj först vilken delegationsordning den hör till.")
    others = [
        r[0] for r in db.execute(
            "SELECT point FROM delegation_rule WHERE ruleset_id = ? AND id IS NOT ?", [rule.ruleset_id, rule.id]
        ).fetchall()
    ]
    _check(validate_rule(rule, others), f"Delegationspunkten {rule.point.strip()}".rstrip())
    values = {
        "ruleset_id": rule.ruleset_id,
        "point": rule.point.strip(),
        "point_key": point_sort_key(rule.point),
        "case_type": rule.case_type.strip(),
        "delegate_function": rule.delegate_function.strip(),
        "substitute_function": rule.substitute_function.strip(),
        "legal_reference": rule.legal_reference.strip(),
        "sub_delegation": int(bool(rule.sub_delegation)),
        "must_report": int(bool(rule.must_report)),
        "conditions": rule.conditions.strip(),
        "not_delegable": int(bool(rule.not_delegable)),
        "appeal_route": AppealRoute(rule.appeal_route).value,
    }
    with db.atomic():
        if rule.id is None:
            rule_id = inserted_id(db.table("delegation_rule").insert(values))
        else:
            db.table("delegation_rule").update(rule.id, values)
            rule_id = rule.id
        db.execute("DELETE FROM delegation_rule_unit WHERE rule_id = ?", [rule_id])
        for unit_id in sorted(set(rule.unit_ids)):
            db.execute("INSERT INTO delegation_rule_unit (rule_id, unit_id) VALUES (?, ?)", [rule_id, unit_id])
    return get_rule(db, rule_id)


def delete_rule(db: Database, rule_id: int) -> None:
    """Refused while decisions rest on the point (they must keep their legal ground)."""
    rule = get_rule(db, rule_id)
    try:
        with db.atomic():
            db.execute("DELETE FROM delegation_rule WHERE id = ?", [rule_id])
    except sqlite3.IntegrityError:
        used = db.execute("SELECT count(*) FROM delegation_decision WHERE rule_id = ?", [rule_id]).fetchone()[0]
        raise UserError(
            f"Punkt {rule.point} kan inte tas bort: {used} registrerade beslut är fattade enligt den.",
            hint="Gör en ny version av delegationsordningen utan punkten i stället.",
        ) from None


# ---------------------------------------------------------------- units' lists


def _unit_list(r: dict) -> UnitList:
    return UnitList(
        id=r["id"], unit_id=r["unit_id"], month=r["month"], received_on=dt.date.fromisoformat(r["received_on"]),
        source=r["source"], decision_count=r.get("decision_count") or 0,
        reported_meeting=_date(r["meeting_date"]), recorded_count=r.get("recorded_count") or 0,
        meeting_adjusted=bool(r.get("meeting_adjusted")), unit_name=r.get("unit_name") or "",
    )


_LIST_SQL = """
    SELECT l.*, u.name AS unit_name,
           (SELECT count(*) FROM delegation_decision d WHERE d.list_id = l.id) AS decision_count,
           (SELECT count(*) FROM delegation_decision d
             WHERE d.list_id = l.id AND d.reported_meeting IS NOT NULL) AS recorded_count,
           EXISTS (SELECT 1 FROM meeting m WHERE m.date = l.meeting_date
                    AND m.state IN ('justerat', 'anslaget')) AS meeting_adjusted
    FROM delegation_list l JOIN unit u ON u.id = l.unit_id
"""


def list_unit_lists(db: Database, month_from: str | None = None, month_to: str | None = None) -> list[UnitList]:
    """The lists handed in (all, or those for months in the range), by unit then month."""
    clauses, params = [], []
    if month_from:
        clauses.append("l.month >= ?")
        params.append(parse_month(month_from))
    if month_to:
        clauses.append("l.month <= ?")
        params.append(parse_month(month_to))
    where = f" WHERE {' AND '.join(clauses)}" if clauses else ""
    return [_unit_list(r) for r in db.query(_LIST_SQL + where + " ORDER BY u.sort_order, l.month, l.id", params)]


def latest_list_month(db: Database) -> str | None:
    """The newest month any unit has handed in a list for ("2025-11"), or None."""
    return db.execute("SELECT max(month) FROM delegation_list").fetchone()[0]


def get_unit_list(db: Database, list_id: int) -> UnitList:
    rows = list(db.query(_LIST_SQL + " WHERE l.id = ?", [list_id]))
    if not rows:
        raise NotFound(f"Delegationslistan med id {list_id} finns inte.")
    return _unit_list(rows[0])


def open_unit_list(
    db: Database, unit_id: int, month: str, *, received_on: dt.date, source: str = HAND_ENTERED
) -> UnitList:
    """The unit's not yet reported list for ``month``, or a new one (a late addition to a
    month already reported to the committee becomes a list of its own)."""
    month = parse_month(month)
    row = db.execute(
        "SELECT id FROM delegation_list WHERE unit_id = ? AND month = ? AND meeting_date IS NULL "
        "ORDER BY id DESC LIMIT 1",
        [unit_id, month],
    ).fetchone()
    with db.atomic():
        if row:
            list_id = row[0]
        else:
            list_id = db.table("delegation_list").insert(
                {"unit_id": unit_id, "month": month, "received_on": received_on.isoformat(), "source": source}
            ).last_pk
    return get_unit_list(db, list_id)


def mark_list_received(db: Database, list_id: int, *, received_on: dt.date, source: str) -> None:
    """Record when and from which file a unit's list came in (a re-sent file replaces it)."""
    with db.atomic():
        db.execute("UPDATE delegation_list SET received_on = ?, source = ? WHERE id = ?",
                   [received_on.isoformat(), source, list_id])


def free_rule_points(db: Database, rule_ids: list[int]) -> None:
    """Give the rules a temporary point number, inside the caller's transaction, so that
    saving them again may swap two points' numbers without tripping the unique check."""
    with db.atomic():
        for rule_id in rule_ids:
            db.execute("UPDATE delegation_rule SET point = '~' || id WHERE id = ?", [rule_id])


def delete_unit_list(db: Database, list_id: int) -> None:
    """Remove a list and its decisions (refused once reported to the committee)."""
    ul = get_unit_list(db, list_id)
    if ul.reported_meeting is not None:
        raise UserError(
            f"Listan {ul.label} kan inte tas bort: den har anmälts till nämnden "
            f"{ul.reported_meeting.isoformat()}."
        )
    with db.atomic():
        db.execute("DELETE FROM delegation_list WHERE id = ?", [list_id])


# ---------------------------------------------------------------- reporting


def unreported_lists(db: Database, up_to: dt.date | None = None) -> list[UnitList]:
    """Lists received (up to ``up_to``) that no meeting has taken up yet."""
    sql = _LIST_SQL + " WHERE l.meeting_date IS NULL"
    params: list = []
    if up_to is not None:
        sql += " AND l.received_on <= ?"
        params.append(up_to.isoformat())
    return [_unit_list(r) for r in db.query(sql + " ORDER BY u.sort_order, l.month, l.id", params)]


def lists_for_meeting(db: Database, meeting_date: dt.date) -> list[UnitList]:
    """The lists a meeting's item "Anmälan av delegationsbeslut" carries."""
    rows = db.query(_LIST_SQL + " WHERE l.meeting_date = ? ORDER BY u.sort_order, l.month, l.id",
                    [meeting_date.isoformat()])
    return [_unit_list(r) for r in rows]


def assign_lists_to_meeting(db: Database, meeting_date: dt.date, *, received_by: dt.date | None = None) -> list[UnitList]:
    """Preparing a meeting: every list received since the last report (and by
    ``received_by``, default the meeting date) goes to this meeting. Returns all the
    lists of the meeting, including those assigned earlier."""
    with db.atomic():
        db.execute(
            "UPDATE delegation_list SET meeting_date = ? WHERE meeting_date IS NULL AND received_on <= ?",
            [meeting_date.isoformat(), (received_by or meeting_date).isoformat()],
        )
    return lists_for_meeting(db, meeting_date)


def release_lists_from_meeting(db: Database, meeting_date: dt.date) -> int:
    """Undo ``assign_lists_to_meeting`` (the meeting was cancelled or moved) as long as
    its minutes have not recorded the decisions."""
    with db.atomic():
        recorded = db.execute(
            "SELECT count(*) FROM delegation_decision WHERE reported_meeting = ?", [meeting_date.isoformat()]
        ).fetchone()[0]
        if recorded:
            raise UserError(
                f"Listorna kan inte flyttas från sammanträdet {meeting_date.isoformat()}: protokollet är redan justerat."
            )
        return db.execute(
            "UPDATE delegation_list SET meeting_date = NULL WHERE meeting_date = ?", [meeting_date.isoformat()]
        ).rowcount


def record_minutes_adjusted(db: Database, meeting_date: dt.date, section: int | None) -> int:
    """The minutes of ``meeting_date`` are adjusted: every decision on its lists records
    the meeting and the § (paragraf). Returns the number of decisions."""
    with db.atomic():
        return db.execute(
            "UPDATE delegation_decision SET reported_meeting = ?, reported_section = ? "
            "WHERE list_id IN (SELECT id FROM delegation_list WHERE meeting_date = ?)",
            [meeting_date.isoformat(), section, meeting_date.isoformat()],
        ).rowcount


def record_posting(db: Database, meeting_date: dt.date, posted_on: dt.date, last_appeal_day: dt.date) -> int:
    """The adjusted minutes of ``meeting_date`` were posted on ``posted_on``: the appeal
    time of every decision reported there starts that day (KL 13:5) and ends on
    ``last_appeal_day`` (computed by the meetings area's deadline rule)."""
    with db.atomic():
        return db.execute(
            "UPDATE delegation_decision SET appeal_start = ?, appeal_last_day = ? WHERE reported_meeting = ?",
            [posted_on.isoformat(), last_appeal_day.isoformat(), meeting_date.isoformat()],
        ).rowcount


def last_reported_meeting(db: Database) -> dt.date | None:
    row = db.execute("SELECT max(meeting_date) FROM delegation_list").fetchone()
    return _date(row[0])


# ---------------------------------------------------------------- settings

OWN_POSTING_KEY = "delegation_own_posting_days"


def get_own_posting_days(db: Database) -> int:
    """Days after which an unreported appealable decision must be posted on its own."""
    from uppfoljning_desktop.domain.delegation import DEFAULT_OWN_POSTING_DAYS

    row = db.execute("SELECT value FROM app_meta WHERE key = ?", [OWN_POSTING_KEY]).fetchone()
    return int(row[0]) if row else DEFAULT_OWN_POSTING_DAYS


def set_own_posting_days(db: Database, days: int) -> None:
    if not 1 <= int(days) <= 365:
        raise UserError(f"Tiden för anmälan måste vara mellan 1 och 365 dagar (inte {days}).")
    with db.atomic():
        db.execute(
            "INSERT INTO app_meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            [OWN_POSTING_KEY, str(int(days))],
        )
