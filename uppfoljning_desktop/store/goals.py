"""Goal follow-up tables and the goal structure: plans, periods, goals, indicators, activities.

Outcomes, activity statuses, comments and assessments (what changes each period) are
in ``store.goals_followup``; both modules share these tables. Every public writer is one
transaction (``with db.atomic()``), so it can also run inside a caller's transaction
(the Excel import wraps many units in one).
"""

from __future__ import annotations

import json
import uuid as uuid_lib
from collections.abc import Iterable
from dataclasses import dataclass, field, replace

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

from uppfoljning_desktop.domain.goals import (
    Activity,
    ActivityStatus,
    Assignment,
    CommitteeGoal,
    CompareWith,
    CouncilGoal,
    FocusArea,
    GoalArea,
    Indicator,
    MeasureUnit,
    Period,
    PeriodScheme,
    Plan,
    normalise_label,
    periods_for_year,
    validate_activity,
    validate_indicator,
)
from uppfoljning_desktop.errors import FieldError, NotFound, ValidationFailed
from uppfoljning_desktop.store.sqlutil import execute_script, next_sort_order

MIGRATIONS = Migrations("goals")
MIGRATION_ORDER = 40


@MIGRATIONS()
def m001_goals(db: Database) -> None:
    execute_script(
        db,
        """
        CREATE TABLE goal_plan (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL,
            first_year INTEGER NOT NULL,
            last_year INTEGER NOT NULL,
            scale TEXT NOT NULL DEFAULT 'grön-gul-röd',
            period_scheme TEXT NOT NULL DEFAULT 'delår' CHECK (period_scheme IN ('delår','tertial','månad')),
            CHECK (last_year >= first_year)
        ) STRICT;
        CREATE TABLE goal_period (
            id INTEGER PRIMARY KEY,
            year INTEGER NOT NULL,
            kind TEXT NOT NULL,
            label TEXT NOT NULL UNIQUE COLLATE NOCASE,
            end_date TEXT NOT NULL,
            is_year_end INTEGER NOT NULL DEFAULT 0,
            UNIQUE (year, kind)
        ) STRICT;
        CREATE TABLE goal_area (
            id INTEGER PRIMARY KEY,
            plan_id INTEGER NOT NULL REFERENCES goal_plan(id) ON DELETE CASCADE,
            name TEXT NOT NULL,
            description TEXT NOT NULL DEFAULT '',
            sort_order INTEGER NOT NULL DEFAULT 0
        ) STRICT;
        CREATE TABLE council_goal (
            id INTEGER PRIMARY KEY,
            area_id INTEGER NOT NULL REFERENCES goal_area(id) ON DELETE CASCADE,
            number TEXT NOT NULL DEFAULT '',
            text TEXT NOT NULL,
            description TEXT NOT NULL DEFAULT '',
            sort_order INTEGER NOT NULL DEFAULT 0
        ) STRICT;
        CREATE TABLE committee_goal (
            id INTEGER PRIMARY KEY,
            area_id INTEGER NOT NULL REFERENCES goal_area(id) ON DELETE CASCADE,
            council_goal_id INTEGER REFERENCES council_goal(id) ON DELETE CASCADE,
            number TEXT NOT NULL DEFAULT '',
            text TEXT NOT NULL,
            description TEXT NOT NULL DEFAULT '',
            sort_order INTEGER NOT NULL DEFAULT 0
        ) STRICT;
        CREATE TABLE indicator (
            id INTEGER PRIMARY KEY,
            uuid TEXT NOT NULL UNIQUE,
            goal_id INTEGER NOT NULL REFERENCES committee_goal(id) ON DELETE CASCADE,
            name TEXT NOT NULL,
            measure_unit TEXT NOT NULL CHECK (measure_unit IN ('procent','antal','betyg','index','kronor')),
            baseline_text TEXT NOT NULL DEFAULT '',
            baseline_year INTEGER,
            source TEXT NOT NULL DEFAULT '',
            unit_id INTEGER REFERENCES unit(id),
            by_gender INTEGER NOT NULL DEFAULT 0,
            subgroups TEXT NOT NULL DEFAULT '[]',
            footnote TEXT NOT NULL DEFAULT '',
            lower_is_better INTEGER NOT NULL DEFAULT 0,
            compare_with TEXT NOT NULL DEFAULT 'föregående utfall'
                CHECK (compare_with IN ('föregående utfall','ingående värde')),
            sort_order INTEGER NOT NULL DEFAULT 0
        ) STRICT;
        CREATE INDEX indicator_goal ON indicator(goal_id);
        CREATE INDEX indicator_unit ON indicator(unit_id);
        CREATE TABLE indicator_target (
            indicator_id INTEGER NOT NULL REFERENCES indicator(id) ON DELETE CASCADE,
            year INTEGER NOT NULL,
            text TEXT NOT NULL,
            PRIMARY KEY (indicator_id, year)
        ) STRICT;
        CREATE TABLE outcome (
            id INTEGER PRIMARY KEY,
            indicator_id INTEGER NOT NULL REFERENCES indicator(id) ON DELETE CASCADE,
            period_id INTEGER NOT NULL REFERENCES goal_period(id),
            breakdown TEXT NOT NULL DEFAULT 'T' CHECK (breakdown IN ('T','K','M')),
            subgroup TEXT NOT NULL DEFAULT '',
            value TEXT,
            comment TEXT NOT NULL DEFAULT '',
            updated_at TEXT NOT NULL DEFAULT (datetime('now')),
            UNIQUE (indicator_id, period_id, breakdown, subgroup)
        ) STRICT;
        CREATE INDEX outcome_period ON outcome(period_id);
        CREATE TABLE activity (
            id INTEGER PRIMARY KEY,
            uuid TEXT NOT NULL UNIQUE,
            goal_id INTEGER NOT NULL REFERENCES committee_goal(id) ON DELETE CASCADE,
            text TEXT NOT NULL,
            due TEXT NOT NULL DEFAULT '',
            responsible TEXT NOT NULL DEFAULT '',
            unit_id INTEGER REFERENCES unit(id),
            sort_order INTEGER NOT NULL DEFAULT 0
        ) STRICT;
        CREATE TABLE activity_status (
            activity_id INTEGER NOT NULL REFERENCES activity(id) ON DELETE CASCADE,
            period_id INTEGER NOT NULL REFERENCES goal_period(id),
            status TEXT NOT NULL CHECK (status IN ('Ej startad','Påbörjad','Väntar','Klar','Stoppad')),
            comment TEXT NOT NULL DEFAULT '',
            updated_at TEXT NOT NULL DEFAULT (datetime('now')),
            PRIMARY KEY (activity_id, period_id)
        ) STRICT;
        CREATE TABLE goal_assignment (
            id INTEGER PRIMARY KEY,
            plan_id INTEGER NOT NULL REFERENCES goal_plan(id) ON DELETE CASCADE,
            year INTEGER NOT NULL,
            title TEXT NOT NULL,
            description TEXT NOT NULL DEFAULT '',
            given_by TEXT NOT NULL DEFAULT 'KF' CHECK (given_by IN ('KF','nämnd')),
            reporting TEXT NOT NULL DEFAULT '',
            status TEXT NOT NULL DEFAULT 'Ej startad'
                CHECK (status IN ('Ej startad','Påbörjad','Väntar','Klar','Stoppad')),
            comment TEXT NOT NULL DEFAULT '',
            sort_order INTEGER NOT NULL DEFAULT 0
        ) STRICT;
        CREATE TABLE focus_area (
            id INTEGER PRIMARY KEY,
            plan_id INTEGER NOT NULL REFERENCES goal_plan(id) ON DELETE CASCADE,
            year INTEGER NOT NULL,
            title TEXT NOT NULL,
            description TEXT NOT NULL DEFAULT '',
            reporting TEXT NOT NULL DEFAULT '',
            sort_order INTEGER NOT NULL DEFAULT 0
        ) STRICT;
        CREATE TABLE goal_followup (
            goal_id INTEGER NOT NULL REFERENCES committee_goal(id) ON DELETE CASCADE,
            period_id INTEGER NOT NULL REFERENCES goal_period(id),
            comment TEXT NOT NULL DEFAULT '',
            analysis TEXT NOT NULL DEFAULT '',
            PRIMARY KEY (goal_id, period_id)
        ) STRICT;
        CREATE TABLE goal_assessment (
            id INTEGER PRIMARY KEY,
            period_id INTEGER NOT NULL REFERENCES goal_period(id),
            goal_id INTEGER REFERENCES committee_goal(id) ON DELETE CASCADE,
            council_goal_id INTEGER REFERENCES council_goal(id) ON DELETE CASCADE,
            override TEXT CHECK (override IN ('grön','gul','röd')),
            reason TEXT NOT NULL DEFAULT '',
            proposed TEXT,
            confirmed_at TEXT NOT NULL DEFAULT (datetime('now')),
            CHECK ((goal_id IS NULL) <> (council_goal_id IS NULL)),
            CHECK (override IS NULL OR reason <> ''),
            UNIQUE (period_id, goal_id),
            UNIQUE (period_id, council_goal_id)
        ) STRICT;
        """,
    )


def _sample_m001(db: Database) -> None:
    db.execute("INSERT INTO goal_plan (id, name, first_year, last_year) VALUES (1, 'Verksamhetsplan 2024', 2024, 2026)")
    db.execute("INSERT INTO goal_period (id, year, kind, label, end_date, is_year_end) "
               "VALUES (1, 2024, 'delår 2', 'Delår 2 2024', '2024-08-31', 0)")
    db.execute("INSERT INTO goal_area (id, plan_id, name) VALUES (1, 1, 'Ett socialt hållbart Södertälje')")
    db.execute("INSERT INTO committee_goal (id, area_id, number, text) VALUES (1, 1, '3.2', 'Resultaten ska förbättras')")
    db.execute("INSERT INTO indicator (id, uuid, goal_id, name, measure_unit, baseline_text) "
               "VALUES (1, 'sample-1', 1, 'Antal studerande, SFI', 'antal', '2 243')")
    db.execute("INSERT INTO indicator_target VALUES (1, 2024, '2 310')")
    db.execute("INSERT INTO outcome (indicator_id, period_id, breakdown, value) VALUES (1, 1, 'T', '2301')")


MIGRATION_SAMPLES = {"m001_goals": _sample_m001}


# ---------------------------------------------------------------- row mapping


def _plan(r: dict) -> Plan:
    return Plan(id=r["id"], name=r["name"], first_year=r["first_year"], last_year=r["last_year"],
                scale=r["scale"], period_scheme=r["period_scheme"])


def _period(r: dict) -> Period:
    import datetime as dt

    return Period(id=r["id"], year=r["year"], kind=r["kind"], label=r["label"],
                  end_date=dt.date.fromisoformat(r["end_date"]), is_year_end=bool(r["is_year_end"]))


def _area(r: dict) -> GoalArea:
    return GoalArea(id=r["id"], plan_id=r["plan_id"], name=r["name"], description=r["description"])


def _council(r: dict) -> CouncilGoal:
    return CouncilGoal(id=r["id"], area_id=r["area_id"], number=r["number"], text=r["text"],
                       description=r["description"])


def _goal(r: dict) -> CommitteeGoal:
    return CommitteeGoal(id=r["id"], area_id=r["area_id"], council_goal_id=r["council_goal_id"],
                         number=r["number"], text=r["text"], description=r["description"])


def _indicator(r: dict, targets: dict[int, str]) -> Indicator:
    return Indicator(
        id=r["id"], uuid=r["uuid"], goal_id=r["goal_id"], name=r["name"],
        measure_unit=MeasureUnit(r["measure_unit"]), baseline_text=r["baseline_text"],
        baseline_year=r["baseline_year"], targets=targets, source=r["source"], unit_id=r["unit_id"],
        by_gender=bool(r["by_gender"]), footnote=r["footnote"],
        subgroups=[] if r["subgroups"] == "[]" else json.loads(r["subgroups"]),  # most have none
        lower_is_better=bool(r["lower_is_better"]), compare_with=CompareWith(r["compare_with"]),
    )


def _activity(r: dict) -> Activity:
    a = Activity(id=r["id"], uuid=r["uuid"], goal_id=r["goal_id"], text=r["text"], due=r["due"],
                 responsible=r["responsible"], unit_id=r["unit_id"])
    if "status" in r and r["status"]:
        a.status = ActivityStatus(r["status"])
        a.comment = r["status_comment"] or ""
    return a


def _id(obj: object) -> int:
    """The id of a saved row (saved rows always have one)."""
    value = getattr(obj, "id", None)
    assert isinstance(value, int)
    return value


def _check(errors: list[FieldError], what: str) -> None:
    if errors:
        raise ValidationFailed(errors=errors, what=what)


def _require(text: str, label: str) -> list[FieldError]:
    return [] if text.strip() else [FieldError(label, "får inte vara tomt")]


def _upsert(db: Database, table: str, obj_id: int | None, values: dict, scope: tuple[str, int] | None) -> int:
    if obj_id is None:
        if scope is not None:
            values["sort_order"] = next_sort_order(db, table, f"{scope[0]} = ?", (scope[1],))
        return int(db.table(table).insert(values).last_pk or 0)
    if not db.execute(f"SELECT 1 FROM [{table}] WHERE id = ?", [obj_id]).fetchone():
        raise NotFound(f"Posten finns inte längre ({table} {obj_id}).", hint="Ladda om sidan.")
    db.table(table).update(obj_id, values)
    return obj_id


# ---------------------------------------------------------------- plans


def list_plans(db: Database) -> list[Plan]:
    return [_plan(r) for r in db.query("SELECT * FROM goal_plan ORDER BY first_year, id")]


def get_plan(db: Database, plan_id: int) -> Plan:
    rows = list(db.query("SELECT * FROM goal_plan WHERE id = ?", [plan_id]))
    if not rows:
        raise NotFound(f"Verksamhetsplanen {plan_id} finns inte.", hint="Välj en annan plan.")
    return _plan(rows[0])


def plan_for_year(db: Database, year: int) -> Plan:
    """The (latest-starting) plan that covers ``year``."""
    rows = list(db.query(
        "SELECT * FROM goal_plan WHERE first_year <= ? AND last_year >= ? ORDER BY first_year DESC, id DESC",
        [year, year]))
    if not rows:
        raise NotFound(f"Ingen verksamhetsplan omfattar år {year}.",
                       hint="Lägg upp planen under Måluppföljning, eller kopiera fjolårets plan.")
    return _plan(rows[0])


def save_plan(db: Database, plan: Plan) -> Plan:
    from uppfoljning_desktop.domain.assessment import SCALES

    errors = _require(plan.name, "Planens namn")
    if plan.last_year < plan.first_year:
        errors.append(FieldError("Planperiod", f"slutåret {plan.last_year} ligger före startåret {plan.first_year}"))
    if plan.scale not in SCALES:
        errors.append(FieldError("Bedömningsskala", f"\"{plan.scale}\" ska vara en av {', '.join(SCALES)}"))
    try:
        PeriodScheme(plan.period_scheme)
    except ValueError:
        errors.append(FieldError("Perioder", f"\"{plan.period_scheme}\" ska vara delår, tertial eller månad"))
    _check(errors, "Verksamhetsplanen")
    values = {"name": plan.name.strip(), "first_year": plan.first_year, "last_year": plan.last_year,
              "scale": plan.scale, "period_scheme": str(plan.period_scheme)}
    with db.atomic():
        new_id = _upsert(db, "goal_plan", plan.id, values, None)
        for year in range(plan.first_year, plan.last_year + 1):
            ensure_periods(db, year, plan.period_scheme)
    return get_plan(db, new_id)


def delete_plan(db: Database, plan_id: int) -> None:
    with db.atomic():
        db.execute("DELETE FROM goal_plan WHERE id = ?", [plan_id])


# ---------------------------------------------------------------- periods


def ensure_periods(db: Database, year: int, scheme: PeriodScheme | str = PeriodScheme.INTERIM) -> list[Period]:
    """Create the year's default periods under ``scheme`` (existing ones are kept)."""
    with db.atomic():
        for p in periods_for_year(year, scheme):
            db.execute(
                "INSERT INTO goal_period (year, kind, label, end_date, is_year_end) VALUES (?, ?, ?, ?, ?) "
                "ON CONFLICT DO NOTHING",
                [p.year, p.kind, p.label, p.end_date.isoformat(), int(p.is_year_end)],
            )
    return list_periods(db, year)


def save_period(db: Database, period: Period) -> Period:
    """Add (or rename) a period of one's own, e.g. "Prognos oktober 2024"."""
    errors = _require(period.label, "Periodens namn") + _require(period.kind, "Periodtyp")
    if period.end_date.year != period.year:
        errors.append(FieldError("Slutdatum", f"{period.end_date} ligger inte i år {period.year}"))
    _check(errors, "Perioden")
    values = {"year": period.year, "kind": period.kind.strip(), "label": period.label.strip(),
              "end_date": period.end_date.isoformat(), "is_year_end": int(period.is_year_end)}
    with db.atomic():
        clash = db.execute("SELECT id FROM goal_period WHERE label = ? COLLATE NOCASE AND id IS NOT ?",
                           [values["label"], period.id]).fetchone()
        if clash:
            raise ValidationFailed(errors=[FieldError("Periodens namn", f"\"{period.label}\" finns redan")],
                                   what="Perioden")
        new_id = _upsert(db, "goal_period", period.id, values, None)
    return get_period(db, new_id)


def list_periods(db: Database, year: int | None = None) -> list[Period]:
    """Periods in time order (all years, or one)."""
    if year is None:
        rows = db.query("SELECT * FROM goal_period ORDER BY end_date, id")
    else:
        rows = db.query("SELECT * FROM goal_period WHERE year = ? ORDER BY end_date, id", [year])
    return [_period(r) for r in rows]


def list_periods_for_plan(db: Database, plan_id: int) -> list[Period]:
    plan = get_plan(db, plan_id)
    return [p for p in list_periods(db) if plan.first_year <= p.year <= plan.last_year]


def get_period(db: Database, period_id: int) -> Period:
    rows = list(db.query("SELECT * FROM goal_period WHERE id = ?", [period_id]))
    if not rows:
        raise NotFound(f"Perioden {period_id} finns inte.", hint="Välj en annan period.")
    return _period(rows[0])


def get_period_by_label(db: Database, label: str) -> Period:
    """The period named like "Delår 2 2024" (case and extra spaces do not matter)."""
    wanted = normalise_label(label)
    for p in list_periods(db):
        if normalise_label(p.label) == wanted:
            return p
    known = ", ".join(p.label for p in list_periods(db)[-6:]) or "inga"
    raise NotFound(f"Perioden \"{label}\" finns inte.", hint=f"Skriv t.ex. \"Delår 2 2024\". Senaste perioderna: {known}.")


def year_end_period(db: Database, year: int) -> Period | None:
    rows = list(db.query("SELECT * FROM goal_period WHERE year = ? AND is_year_end = 1 ORDER BY id LIMIT 1", [year]))
    return _period(rows[0]) if rows else None


# ---------------------------------------------------------------- structure


def save_area(db: Database, area: GoalArea) -> GoalArea:
    _check(_require(area.name, "Målområdets namn"), "Målområdet")
    values = {"plan_id": area.plan_id, "name": area.name.strip(), "description": area.description.strip()}
    with db.atomic():
        new_id = _upsert(db, "goal_area", area.id, values, ("plan_id", area.plan_id))
    return _area(db.table("goal_area").get(new_id))


def save_council_goal(db: Database, goal: CouncilGoal) -> CouncilGoal:
    _check(_require(goal.text, "KF-målets text"), "KF-målet")
    values = {"area_id": goal.area_id, "number": goal.number.strip(), "text": goal.text.strip(),
              "description": goal.description.strip()}
    with db.atomic():
        new_id = _upsert(db, "council_goal", goal.id, values, ("area_id", goal.area_id))
    return _council(db.table("council_goal").get(new_id))


def save_goal(db: Database, goal: CommitteeGoal) -> CommitteeGoal:
    errors = _require(goal.text, "Nämndmålets text")
    if goal.council_goal_id is not None:
        row = db.execute("SELECT area_id FROM council_goal WHERE id = ?", [goal.council_goal_id]).fetchone()
        if row is None or row[0] != goal.area_id:
            errors.append(FieldError("KF-mål", "hör inte till samma målområde som nämndmålet"))
    _check(errors, "Nämndmålet")
    values = {"area_id": goal.area_id, "council_goal_id": goal.council_goal_id, "number": goal.number.strip(),
              "text": goal.text.strip(), "description": goal.description.strip()}
    with db.atomic():
        new_id = _upsert(db, "committee_goal", goal.id, values, ("area_id", goal.area_id))
    return _goal(db.table("committee_goal").get(new_id))


def save_indicator(db: Database, ind: Indicator) -> Indicator:
    """Save an indicator and its targets (the wording as written, one per year)."""
    errors = validate_indicator(ind)
    if ind.unit_id is not None and not db.execute("SELECT 1 FROM unit WHERE id = ?", [ind.unit_id]).fetchone():
        errors.append(FieldError("Ansvarig verksamhet", "finns inte (längre)"))
    _check(errors, f"Indikatorn \"{ind.name.strip()}\"" if ind.name.strip() else "Indikatorn")
    values = {
        "goal_id": ind.goal_id, "name": ind.name.strip(), "measure_unit": MeasureUnit(ind.measure_unit).value,
        "baseline_text": ind.baseline_text.strip(), "baseline_year": ind.baseline_year,
        "source": ind.source.strip(), "unit_id": ind.unit_id, "by_gender": int(ind.by_gender),
        "subgroups": json.dumps([s.strip() for s in ind.subgroups], ensure_ascii=False),
        "footnote": ind.footnote.strip(), "lower_is_better": int(ind.lower_is_better),
        "compare_with": CompareWith(ind.compare_with).value,
    }
    with db.atomic():
        if ind.id is None:
            values["uuid"] = ind.uuid or str(uuid_lib.uuid4())
        new_id = _upsert(db, "indicator", ind.id, values, ("goal_id", ind.goal_id))
        db.execute("DELETE FROM indicator_target WHERE indicator_id = ?", [new_id])
        for year, text in sorted(ind.targets.items()):
            if text.strip():
                db.execute("INSERT INTO indicator_target (indicator_id, year, text) VALUES (?, ?, ?)",
                           [new_id, int(year), text.strip()])
    return get_indicator(db, new_id)


def save_activity(db: Database, a: Activity) -> Activity:
    _check(validate_activity(a), "Aktiviteten")
    values = {"goal_id": a.goal_id, "text": a.text.strip(), "due": a.due.strip(),
              "responsible": a.responsible.strip(), "unit_id": a.unit_id}
    with db.atomic():
        if a.id is None:
            values["uuid"] = a.uuid or str(uuid_lib.uuid4())
        new_id = _upsert(db, "activity", a.id, values, ("goal_id", a.goal_id))
    return _activity(db.table("activity").get(new_id))


def save_assignment(db: Database, a: Assignment) -> Assignment:
    _check(_require(a.title, "Uppdragets namn"), "Uppdraget")
    values = {"plan_id": a.plan_id, "year": a.year, "title": a.title.strip(), "description": a.description.strip(),
              "given_by": a.given_by, "reporting": a.reporting.strip(), "status": ActivityStatus(a.status).value,
              "comment": a.comment.strip()}
    with db.atomic():
        new_id = _upsert(db, "goal_assignment", a.id, values, ("plan_id", a.plan_id))
    return replace(a, id=new_id)


def save_focus_area(db: Database, f: FocusArea) -> FocusArea:
    _check(_require(f.title, "Fokusområdets namn"), "Fokusområdet")
    values = {"plan_id": f.plan_id, "year": f.year, "title": f.title.strip(), "description": f.description.strip(),
              "reporting": f.reporting.strip()}
    with db.atomic():
        new_id = _upsert(db, "focus_area", f.id, values, ("plan_id", f.plan_id))
    return replace(f, id=new_id)


def _delete(db: Database, table: str, obj_id: int) -> None:
    with db.atomic():
        db.execute(f"DELETE FROM [{table}] WHERE id = ?", [obj_id])


def delete_area(db: Database, area_id: int) -> None:
    _delete(db, "goal_area", area_id)


def delete_council_goal(db: Database, goal_id: int) -> None:
    _delete(db, "council_goal", goal_id)


def delete_goal(db: Database, goal_id: int) -> None:
    _delete(db, "committee_goal", goal_id)


def delete_indicator(db: Database, indicator_id: int) -> None:
    _delete(db, "indicator", indicator_id)


def delete_activity(db: Database, activity_id: int) -> None:
    _delete(db, "activity", activity_id)


# ---------------------------------------------------------------- reading the structure


def _targets(db: Database, ids: Iterable[int]) -> dict[int, dict[int, str]]:
    ids = list(ids)
    out: dict[int, dict[int, str]] = {i: {} for i in ids}
    if ids:
        marks = ",".join("?" * len(ids))
        for r in db.query(f"SELECT * FROM indicator_target WHERE indicator_id IN ({marks})", ids):
            out[r["indicator_id"]][r["year"]] = r["text"]
    return out


def _indicators(db: Database, where: str, params: list) -> list[Indicator]:
    rows = list(db.query(
        "SELECT i.* FROM indicator i JOIN committee_goal g ON g.id = i.goal_id "
        f"JOIN goal_area a ON a.id = g.area_id WHERE {where} ORDER BY a.sort_order, g.sort_order, i.sort_order, i.id",
        params))
    targets = _targets(db, [r["id"] for r in rows])
    return [_indicator(r, targets[r["id"]]) for r in rows]


def indicator_not_found(indicator: int | str) -> NotFound:
    """The error for an indicator id or key that is not (or no longer) in the database."""
    return NotFound(f"Indikatorn {indicator} finns inte (längre).",
                    hint="Den kan ha tagits bort ur verksamhetsplanen.")


def get_indicator(db: Database, indicator: int | str) -> Indicator:
    """By id, or by its stable key "ind:<uuid>" (or the bare uuid)."""
    if isinstance(indicator, int):
        found = _indicators(db, "i.id = ?", [indicator])
    else:
        found = _indicators(db, "i.uuid = ?", [indicator.removeprefix("ind:")])
    if not found:
        raise indicator_not_found(indicator)
    return found[0]


_CHUNK = 500  # bound parameters per IN (...) list, far below SQLite's limit


def get_indicators(db: Database, indicators: Iterable[int | str]) -> dict[int | str, Indicator]:
    """Many indicators at once, each as ``get_indicator`` would return it, keyed by the id
    or key it was asked for; those not found are left out (``indicator_not_found`` gives
    their error). A few queries for any number, instead of two per indicator: the Excel
    import resolves a whole returned file with it."""
    wanted = list(dict.fromkeys(indicators))
    ids = [i for i in wanted if isinstance(i, int)]
    uuids = {k: k.removeprefix("ind:") for k in wanted if isinstance(k, str)}
    by_id: dict[int, Indicator] = {}
    by_uuid: dict[str, Indicator] = {}
    for column, values in (("i.id", ids), ("i.uuid", list(dict.fromkeys(uuids.values())))):
        for start in range(0, len(values), _CHUNK):
            chunk = values[start:start + _CHUNK]
            for ind in _indicators(db, f"{column} IN ({','.join('?' * len(chunk))})", chunk):
                by_id[_id(ind)] = ind
                by_uuid[ind.uuid] = ind
    out: dict[int | str, Indicator] = {}
    for key in wanted:
        found = by_id.get(key) if isinstance(key, int) else by_uuid.get(uuids[key])
        if found is not None:
            out[key] = found
    return out


def list_areas(db: Database, plan_id: int) -> list[GoalArea]:
    return [_area(r) for r in db.query("SELECT * FROM goal_area WHERE plan_id = ? ORDER BY sort_order, id", [plan_id])]


def list_council_goals(db: Database, plan_id: int) -> list[CouncilGoal]:
    return [_council(r) for r in db.query(
        "SELECT c.* FROM council_goal c JOIN goal_area a ON a.id = c.area_id WHERE a.plan_id = ? "
        "ORDER BY a.sort_order, c.sort_order, c.id", [plan_id])]


def list_goals(db: Database, plan_id: int) -> list[CommitteeGoal]:
    return [_goal(r) for r in db.query(
        "SELECT g.* FROM committee_goal g JOIN goal_area a ON a.id = g.area_id WHERE a.plan_id = ? "
        "ORDER BY a.sort_order, g.sort_order, g.id", [plan_id])]


def get_goal(db: Database, goal_id: int) -> CommitteeGoal:
    rows = list(db.query("SELECT * FROM committee_goal WHERE id = ?", [goal_id]))
    if not rows:
        raise NotFound(f"Nämndmålet {goal_id} finns inte.", hint="Ladda om sidan.")
    return _goal(rows[0])


def list_indicators(db: Database, plan_id: int) -> list[Indicator]:
    return _indicators(db, "a.plan_id = ?", [plan_id])


def list_indicators_for_goal(db: Database, goal_id: int) -> list[Indicator]:
    return _indicators(db, "i.goal_id = ?", [goal_id])


def list_activities(db: Database, plan_id: int, period_id: int | None = None) -> list[Activity]:
    """The plan's activities; with ``period_id`` each carries its status as of that period
    (the latest status reported up to its end in the same year; "Ej startad" if none)."""
    rows = db.query(
        "SELECT x.* FROM activity x JOIN committee_goal g ON g.id = x.goal_id JOIN goal_area a ON a.id = g.area_id "
        "WHERE a.plan_id = ? ORDER BY a.sort_order, g.sort_order, x.sort_order, x.id", [plan_id])
    activities = [_activity(r) for r in rows]
    if period_id is not None:
        from uppfoljning_desktop.store.goals_followup import apply_statuses

        apply_statuses(db, activities, period_id)
    return activities


def list_assignments(db: Database, plan_id: int, year: int | None = None) -> list[Assignment]:
    rows = db.query("SELECT * FROM goal_assignment WHERE plan_id = ? AND (? IS NULL OR year = ?) "
                    "ORDER BY year, sort_order, id", [plan_id, year, year])
    return [Assignment(id=r["id"], plan_id=r["plan_id"], year=r["year"], title=r["title"],
                       description=r["description"], given_by=r["given_by"], reporting=r["reporting"],
                       status=ActivityStatus(r["status"]), comment=r["comment"]) for r in rows]


def list_focus_areas(db: Database, plan_id: int, year: int | None = None) -> list[FocusArea]:
    rows = db.query("SELECT * FROM focus_area WHERE plan_id = ? AND (? IS NULL OR year = ?) "
                    "ORDER BY year, sort_order, id", [plan_id, year, year])
    return [FocusArea(id=r["id"], plan_id=r["plan_id"], year=r["year"], title=r["title"],
                      description=r["description"], reporting=r["reporting"]) for r in rows]


@dataclass
class Structure:
    """A whole plan at once, in print order (for the tree, the report and copying)."""

    plan: Plan
    areas: list[GoalArea] = field(default_factory=list)
    council_goals: list[CouncilGoal] = field(default_factory=list)
    goals: list[CommitteeGoal] = field(default_factory=list)
    indicators: list[Indicator] = field(default_factory=list)
    activities: list[Activity] = field(default_factory=list)

    def council_goals_in(self, area_id: int) -> list[CouncilGoal]:
        return [c for c in self.council_goals if c.area_id == area_id]

    def goals_in(self, area_id: int, council_goal_id: int | None = None) -> list[CommitteeGoal]:
        return [g for g in self.goals if g.area_id == area_id and g.council_goal_id == council_goal_id]

    def goals_under(self, council_goal_id: int) -> list[CommitteeGoal]:
        return [g for g in self.goals if g.council_goal_id == council_goal_id]

    def indicators_of(self, goal_id: int) -> list[Indicator]:
        return [i for i in self.indicators if i.goal_id == goal_id]

    def activities_of(self, goal_id: int) -> list[Activity]:
        return [a for a in self.activities if a.goal_id == goal_id]


def get_structure(db: Database, plan_id: int, period_id: int | None = None) -> Structure:
    return Structure(
        plan=get_plan(db, plan_id),
        areas=list_areas(db, plan_id),
        council_goals=list_council_goals(db, plan_id),
        goals=list_goals(db, plan_id),
        indicators=list_indicators(db, plan_id),
        activities=list_activities(db, plan_id, period_id),
    )


# ---------------------------------------------------------------- copying forward


def copy_plan(db: Database, plan_id: int, name: str, first_year: int, last_year: int) -> Plan:
    """Copy a plan's structure to a new plan period, in one transaction.

    Areas, council goals, committee goals, indicators (new stable keys), activities,
    assignments and focus areas are copied; targets are kept for the years both periods
    share. An indicator's baseline becomes the latest year-end outcome before the new
    period, when there is one. Outcomes, statuses and assessments stay with the old plan.
    """
    from uppfoljning_desktop.domain.numbers import format_number
    from uppfoljning_desktop.store.goals_followup import latest_year_end_outcome

    src = get_structure(db, plan_id)
    with db.atomic():
        new = save_plan(db, Plan(name=name, first_year=first_year, last_year=last_year,
                                 scale=src.plan.scale, period_scheme=src.plan.period_scheme))
        assert new.id is not None
        area_ids: dict[int, int] = {}
        council_ids: dict[int, int] = {}
        goal_ids: dict[int, int] = {}
        for area in src.areas:
            area_ids[_id(area)] = _id(save_area(db, replace(area, id=None, plan_id=new.id)))
        for c in src.council_goals:
            council_ids[_id(c)] = _id(save_council_goal(db, replace(c, id=None, area_id=area_ids[c.area_id])))
        for g in src.goals:
            goal_ids[_id(g)] = _id(save_goal(db, replace(
                g, id=None, area_id=area_ids[g.area_id],
                council_goal_id=council_ids.get(g.council_goal_id) if g.council_goal_id else None)))
        for ind in src.indicators:
            baseline_text, baseline_year = ind.baseline_text, ind.baseline_year
            latest = latest_year_end_outcome(db, ind.id, before_year=first_year)  # type: ignore[arg-type]
            if latest is not None:
                year, value = latest
                text = format_number(value).replace("\u00a0", " ")
                baseline_text = f"{text} %" if ind.measure_unit is MeasureUnit.PERCENT else text
                baseline_year = year
            targets = {y: t for y, t in ind.targets.items() if first_year <= y <= last_year}
            save_indicator(db, replace(ind, id=None, uuid="", goal_id=goal_ids[ind.goal_id], targets=targets,
                                       baseline_text=baseline_text, baseline_year=baseline_year))
        for a in src.activities:
            save_activity(db, replace(a, id=None, uuid="", goal_id=goal_ids[a.goal_id],
                                      status=ActivityStatus.NOT_STARTED, comment=""))
        for asg in list_assignments(db, plan_id):
            save_assignment(db, replace(asg, id=None, plan_id=new.id, year=max(first_year, min(asg.year, last_year)),
                                        status=ActivityStatus.NOT_STARTED, comment=""))
        for f in list_focus_areas(db, plan_id):
            save_focus_area(db, replace(f, id=None, plan_id=new.id, year=max(first_year, min(f.year, last_year))))
    return new
