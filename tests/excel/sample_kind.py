"""A small template kind used only by the tests of the generic Excel machinery.

Two input sheets like the real goal follow-up: indicators with outcomes per gender
(number or percent per row) and a comment, and activities with a status drop-down.
Its values live in two test tables created by ``install``.
"""

from __future__ import annotations

from decimal import Decimal

from sqlite_utils import Database

from uppfoljning_desktop.domain.excel import outlier_note
from uppfoljning_desktop.errors import NotFound
from uppfoljning_desktop.excel.spec import (
    Change,
    Column,
    ColumnType,
    KindPlan,
    Problem,
    ReturnedWorkbook,
    Severity,
    SheetSpec,
    TemplateContent,
    TemplateKind,
    TemplateRow,
    decimal_text,
)
from uppfoljning_desktop.store.organisation import get_unit_by_name

STATUSES = ("Ej startad", "Påbörjad", "Väntar", "Klar", "Stoppad")
PERIODS = ("Delår 1 2016", "Delår 2 2016")

# unit → (key, measure, unit of measure, percent?, gender split?, earlier outcome, target)
INDICATORS = {
    "Vuxenutbildning": [
        ("vux-sfi", "Antal Botkyrkabor i Sfi-utbildning", "st", False, True, 900, 900),
        ("vux-avbrott", "Andel avbrott gymnasial vuxenutbildning", "%", True, True, 15, 12),
    ],
    "Jobbcenter": [
        ("jc-arbete", "Andel i arbete eller studier efter 6 månader", "%", True, True, 68, 75),
        ("jc-deltagare", "Antal deltagare som slutfört insats", "st", False, False, 410, 450),
        ("jc-nöjd", "Nöjd deltagarindex", "index", False, False, 74, 75),
    ],
}
ACTIVITIES = {
    "Vuxenutbildning": [("vux-a1", "Språkpedagoger kartlägger inför Sfi", "Påbörjad")],
    "Jobbcenter": [("jc-a1", "Grundutbildning i jämställdhet", "Klar"), ("jc-a2", "Nyhetsbrev till arbetsgivare", "")],
}

OUTCOMES = SheetSpec("utfall", "Utfall", (
    Column("measure", "Mått", width=44, wrap=True),
    Column("uom", "Enhet", width=8),
    Column("target", "Målvärde", ColumnType.NUMBER, width=10),
    Column("earlier", "Tidigare utfall", ColumnType.NUMBER, width=12),
    Column("total", "Utfall kvinnor och män", ColumnType.NUMBER, input=True, width=14),
    Column("women", "Utfall kvinnor", ColumnType.NUMBER, input=True, width=12),
    Column("men", "Utfall män", ColumnType.NUMBER, input=True, width=12),
    Column("comment", "Kommentar", ColumnType.TEXT, input=True, width=40, max_length=500, wrap=True),
))
ACTIVITY_SHEET = SheetSpec("aktiviteter", "Aktiviteter", (
    Column("activity", "Aktivitet", width=44, wrap=True),
    Column("status", "Status", ColumnType.CHOICE, input=True, width=14, choices=STATUSES),
    Column("comment", "Kommentar", ColumnType.TEXT, input=True, width=40, max_length=500, wrap=True),
))


def install(db: Database) -> None:
    db.execute(
        "CREATE TABLE IF NOT EXISTS sample_outcome (period TEXT, unit TEXT, key TEXT, total TEXT, "
        "women TEXT, men TEXT, comment TEXT, PRIMARY KEY (period, unit, key))"
    )
    db.execute(
        "CREATE TABLE IF NOT EXISTS sample_activity (period TEXT, unit TEXT, key TEXT, status TEXT, "
        "comment TEXT, PRIMARY KEY (period, unit, key))"
    )


def stored_outcomes(db: Database, period: str, unit: str) -> dict[str, dict]:
    return {
        r["key"]: r
        for r in db.query("SELECT * FROM sample_outcome WHERE period = ? AND unit = ?", [period, unit])
    }


def stored_activities(db: Database, period: str, unit: str) -> dict[str, dict]:
    return {
        r["key"]: r
        for r in db.query("SELECT * FROM sample_activity WHERE period = ? AND unit = ?", [period, unit])
    }


def _num(value: str | None) -> Decimal | None:
    return None if value in (None, "") else Decimal(value)


class SampleKind(TemplateKind):
    name = "testutfall"
    version = 1
    title = "Testutfall"
    sheets = (OUTCOMES, ACTIVITY_SHEET)
    scope_fields = {"period": "Period", "unit": "Verksamhet"}

    def scopes(self, db: Database, **selection: str) -> list[dict[str, str]]:
        period = selection["period"]
        return [{"period": period, "unit": u} for u in INDICATORS]

    def build(self, db: Database, scope: dict[str, str]) -> TemplateContent:
        period, unit_name = scope["period"], scope["unit"]
        if period not in PERIODS:
            raise NotFound(f"Perioden \"{period}\" finns inte.")
        unit = get_unit_by_name(db, unit_name)
        stored = stored_outcomes(db, period, unit.name)
        rows = []
        for key, measure, uom, percent, split, earlier, target in INDICATORS.get(unit.name, []):
            s = stored.get(key, {})
            rows.append(TemplateRow(
                key=key,
                values={"measure": measure, "uom": uom, "target": target, "earlier": earlier,
                        "total": _num(s.get("total")), "women": _num(s.get("women")),
                        "men": _num(s.get("men")), "comment": s.get("comment")},
                types={c: ColumnType.PERCENT for c in ("total", "women", "men")} if percent else {},
                closed=frozenset() if split else frozenset({"women", "men"}),
            ))
        acts = stored_activities(db, period, unit.name)
        activity_rows = [
            TemplateRow(key=k, values={"activity": text, "status": acts.get(k, {}).get("status") or status or None})
            for k, text, status in ACTIVITIES.get(unit.name, [])
        ]
        return TemplateContent(
            scope={"period": period, "unit": unit.name},
            file_stem=f"Utfall {period} – {unit.name}",
            heading=f"Utfall {period} för {unit.name}",
            rows={"utfall": rows, "aktiviteter": activity_rows},
            instructions=["Fyll i utfallet för varje mått och status för varje aktivitet."],
            recipient_name=unit.head_name, recipient_email=unit.head_email,
        )

    def plan(self, db: Database, returned: ReturnedWorkbook) -> KindPlan:
        period, unit = returned.scope["period"], returned.scope["unit"]
        plan = KindPlan()
        stored = stored_outcomes(db, period, unit)
        meta = {i[0]: i for i in INDICATORS[unit]}
        for row in returned.rows.get("utfall", []):
            old = stored.get(row.key, {})
            for col in ("total", "women", "men"):
                new = row.values.get(col)
                before = _num(old.get(col))
                label = f"{meta[row.key][1]}, {OUTCOMES.column(col).header}"
                if new == before:
                    plan.unchanged += 1
                    continue
                plan.changes.append(Change(row.sheet, row.cells[col], label, decimal_text(before), decimal_text(new)))
                if before is not None:
                    plan.problems.append(Problem(returned.file, f"ändrar ett redan inläst värde ({decimal_text(before)} → {decimal_text(new)})", row.sheet, row.cells[col], Severity.WARNING))
                if new is not None and col == "total":
                    note = outlier_note(new, [Decimal(meta[row.key][5])])
                    if note:
                        plan.problems.append(Problem(returned.file, note, row.sheet, row.cells[col], Severity.WARNING))
        return plan

    def apply(self, db: Database, returned: ReturnedWorkbook) -> dict[str, int]:
        period, unit = returned.scope["period"], returned.scope["unit"]
        db.execute("DELETE FROM sample_outcome WHERE period = ? AND unit = ?", [period, unit])
        db.execute("DELETE FROM sample_activity WHERE period = ? AND unit = ?", [period, unit])
        for row in returned.rows.get("utfall", []):
            v = row.values
            db.execute(
                "INSERT INTO sample_outcome VALUES (?, ?, ?, ?, ?, ?, ?)",
                [period, unit, row.key, *(None if v.get(c) is None else str(v[c]) for c in ("total", "women", "men")), v.get("comment")],
            )
        for row in returned.rows.get("aktiviteter", []):
            db.execute("INSERT INTO sample_activity VALUES (?, ?, ?, ?, ?)",
                       [period, unit, row.key, row.values.get("status"), row.values.get("comment")])
        return {"indicators": len(returned.rows.get("utfall", [])), "activities": len(returned.rows.get("aktiviteter", []))}
