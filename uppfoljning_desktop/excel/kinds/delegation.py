"""Template kinds of the delegation area, on the one Excel machinery.

- ``delegationslista``: a unit's monthly list of delegation decisions. The point column
  is a drop-down of the points the unit may use in the month (the version of the
  delegationsordning in force at the month's end); the unit adds one row per decision
  in 50 empty keyed rows. On import every row goes through the register's checks
  (``domain.delegation.check_decision``); errors name the cell.
- ``delegationsordning``: one version of the delegationsordning, for editing the points
  in Excel and reading them back (export and import of the rules sheet).

The machinery reads a kind's ``sheets`` right after ``build`` for the same scope; the
point and function choices differ per unit and month, so ``sheets`` is built per scope
and kept per thread.
"""

from __future__ import annotations

import datetime as dt
import threading
from dataclasses import dataclass
from typing import Any

from sqlite_utils import Database

from uppfoljning_desktop.domain.delegation import (
    AppealRoute,
    DelegationDecision,
    DelegationRule,
    format_month,
    month_bounds,
    parse_month,
    split_functions,
)
from uppfoljning_desktop.errors import NotFound, UserError
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
)
from uppfoljning_desktop.store import delegation as dstore
from uppfoljning_desktop.store import delegation_register as register
from uppfoljning_desktop.store import organisation as org_store

LIST_ROWS = 50
NEW_RULE_ROWS = 30
YES, NO = "Ja", "Nej"
ALL_UNITS = "alla"


def _decision_sheet(points: tuple[str, ...], functions: tuple[str, ...]) -> SheetSpec:
    return SheetSpec("beslut", "Beslut", (
        Column("nr", "Rad", ColumnType.INTEGER, width=5),
        Column("date", "Beslutsdatum", ColumnType.DATE, input=True, width=13),
        Column("point", "Punkt", ColumnType.CHOICE, input=True, width=8, choices=points, code=True),
        Column("subject", "Ärende", ColumnType.TEXT, input=True, width=40, max_length=300, wrap=True),
        Column("case_number", "Dnr", ColumnType.TEXT, input=True, width=16, max_length=40, code=True),
        Column("decision", "Beslut", ColumnType.TEXT, input=True, width=36, max_length=300, wrap=True),
        Column("delegate_name", "Delegat (namn)", ColumnType.TEXT, input=True, width=22, max_length=80),
        Column("delegate_function", "Delegatens funktion", ColumnType.CHOICE, input=True, width=22,
               choices=functions),
        Column("sub_delegated_from", "Vidaredelegerat från", ColumnType.TEXT, input=True, width=20, max_length=80),
        Column("appeal_route", "Överklagande (tomt = enligt punkten)", ColumnType.CHOICE, input=True, width=22,
               choices=tuple(r.value for r in AppealRoute)),
        Column("registered", "Registrerat som", width=12),
        Column("remove", "Ta bort", ColumnType.CHOICE, input=True, width=9, choices=(YES, NO)),
    ), label_column="nr")


# Every input column of a decision row except the removal mark.
DECISION_FIELDS = ("date", "point", "subject", "case_number", "decision", "delegate_name", "delegate_function",
                   "sub_delegated_from", "appeal_route")
REGISTERED = "d"  # row key prefix of a decision already registered: "d17" (its id)
NEW = "r"  # row key prefix of an empty row for a new decision: "r01"


# Which column a check's message belongs to (FieldError.field → column key).
FIELD_COLUMNS = {
    "Beslutsdatum": "date", "Punkt": "point", "Ärende": "subject", "Delegat": "delegate_name",
    "Delegatens funktion": "delegate_function", "Vidaredelegerat från": "sub_delegated_from",
    "Verksamhet": "point",
}


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


class DelegationListKind(TemplateKind):
    """A unit's delegation decisions for one month (delegationslista)."""

    name = "delegationslista"
    version = 2  # 2: pre-filled with the decisions already registered, "Ta bort" column
    title = "Delegationslista"
    scope_fields = {"month": "Månad", "unit": "Verksamhet"}
    unit_field = "unit"

    def __init__(self) -> None:
        self._local = threading.local()

    @property
    def sheets(self) -> tuple[SheetSpec, ...]:  # type: ignore[override]
        return getattr(self._local, "sheets", (_decision_sheet((), ()),))

    def _rules(self, db: Database, month: str, unit_id: int) -> list[DelegationRule]:
        return dstore.rules_in_force(db, month_bounds(month)[1], unit_id)

    def scopes(self, db: Database, **selection: str) -> list[dict[str, str]]:
        month = parse_month(selection["month"])
        return [{"month": month, "unit": u.name} for u in org_store.list_units(db)
                if u.id is not None and self._rules(db, month, u.id)]

    def build(self, db: Database, scope: dict[str, str]) -> TemplateContent:
        try:
            month = parse_month(scope.get("month", ""))
        except ValueError as exc:
            raise UserError(f"Månaden: {exc}.") from None
        unit = org_store.get_unit_by_name(db, scope.get("unit", ""))
        assert unit.id is not None
        rules = self._rules(db, month, unit.id)
        if not rules:
            raise NotFound(
                f"{unit.name} får inte besluta enligt någon punkt i delegationsordningen som gäller "
                f"{format_month(month)}.",
                hint="Kontrollera delegationsordningen (Delegationsbeslut → Delegationsordning).",
            )
        registered = self._registered(db, unit.id, month)
        functions = sorted({_cap(f) for r in rules for f in split_functions(r.delegate_function)
                            + split_functions(r.substitute_function)} | {d.delegate_function for d in registered})
        points = tuple(dict.fromkeys([r.point for r in rules] + [d.point for d in registered]))
        self._local.sheets = (_decision_sheet(points, tuple(functions)),)
        instructions = [
            f"Fyll i de delegationsbeslut som {unit.name} har fattat under {format_month(month)}, "
            "ett beslut per rad. Har ni inte fattat några beslut: skicka tillbaka mallen tom.",
            *([f"De {len(registered)} beslut som redan är registrerade för månaden står överst. Ändra dem vid "
               "behov. Ska ett beslut tas bort: välj Ja i kolumnen Ta bort (en tömd rad tar inte bort "
               "något)."] if registered else []),
            "Punkterna ni får besluta enligt (delegationsordningen som gäller månaden):",
            *[f"• {r.point} {r.case_type} – delegat: {r.delegate_function}"
              + (f", ersättare: {r.substitute_function}" if r.substitute_function else "")
              + (f" ({r.conditions})" if r.conditions else "") for r in rules],
            "Skriv datum som ÅÅÅÅ-MM-DD. Delegatens funktion ska vara den som står i "
            "delegationsordningen (eller ersättarens).",
        ]
        rows = [TemplateRow(key=f"{REGISTERED}{d.id}", values={
            "nr": i, "registered": d.register_number, "date": d.decision_date, "point": d.point,
            "subject": d.subject or None, "case_number": d.case_number or None, "decision": d.decision or None,
            "delegate_name": d.delegate_name or None, "delegate_function": d.delegate_function or None,
            "sub_delegated_from": d.sub_delegated_from or None,
            "appeal_route": d.appeal_route.value if d.appeal_route else None,
        }) for i, d in enumerate(registered, start=1)]
        rows += [TemplateRow(key=f"{NEW}{i:02d}", values={"nr": len(registered) + i})
                 for i in range(1, LIST_ROWS + 1)]
        return TemplateContent(
            scope={"month": month, "unit": unit.name},
            file_stem=f"Delegationsbeslut {month} – {unit.name}",
            heading=f"Delegationsbeslut {format_month(month)} – {unit.name}",
            rows={"beslut": rows},
            instructions=instructions, recipient_name=unit.head_name, recipient_email=unit.head_email,
        )

    def _registered(self, db: Database, unit_id: int, month: str) -> list[DelegationDecision]:
        """The decisions of the unit's lists for ``month`` not yet reported to the committee
        (those may still change; reported ones are part of the record)."""
        lists = [ul.id for ul in dstore.list_unit_lists(db, month, month)
                 if ul.unit_id == unit_id and ul.reported_meeting is None and ul.id is not None]
        return register.list_decisions_for_lists(db, lists)

    # ------------------------------------------------------------ import

    def _rows(self, db: Database, returned: ReturnedWorkbook) -> list[_ListRow]:
        """Every row that says something: a registered decision (kept, changed or marked
        for removal) or a new decision. Empty new rows are left out."""
        unit = org_store.get_unit_by_name(db, returned.scope["unit"])
        registered = {f"{REGISTERED}{d.id}": d for d in self._registered(db, unit.id or 0, returned.scope["month"])}
        out = []
        for row in returned.rows.get("beslut", []):
            v = row.values
            remove = v.get("remove") == YES
            empty = all(v.get(f) is None for f in DECISION_FIELDS)
            old = registered.get(row.key)
            if empty and not remove and not row.key.startswith(REGISTERED):
                continue
            decision = None
            if not empty and v.get("date") is not None and v.get("point"):
                decision = DelegationDecision(
                    decision_date=v["date"], point=v["point"], subject=v.get("subject") or "",
                    case_number=v.get("case_number") or "", decision=v.get("decision") or "",
                    delegate_name=v.get("delegate_name") or "", delegate_function=v.get("delegate_function") or "",
                    sub_delegated_from=v.get("sub_delegated_from") or "", unit_id=unit.id or 0,
                    appeal_route=AppealRoute(v["appeal_route"]) if v.get("appeal_route") else None,
                    id=old.id if old else None, list_id=old.list_id if old else None,
                )
            out.append(_ListRow(row, old, decision, remove, empty))
        return out

    def plan(self, db: Database, returned: ReturnedWorkbook, *, today: dt.date | None = None) -> KindPlan:
        plan = KindPlan()
        month = returned.scope["month"]
        first, last = month_bounds(month)
        context = register.RuleContext.load(db)
        today = today or dt.date.today()
        unit = org_store.get_unit_by_name(db, returned.scope["unit"])
        rows = self._rows(db, returned)
        registered = self._registered(db, unit.id or 0, month)
        mentioned = {item.old.id for item in rows if item.old is not None}
        kept = [d for d in registered if d.id not in mentioned]  # registered, and not in the file
        # what the pre-filled rows now hold: a new row copying one of them is a duplicate
        new_rows: list[DelegationDecision] = [item.decision for item in rows if item.old is not None
                                              and item.decision is not None and not item.remove]
        repeated = 0
        for item in rows:
            row, old, d = item.row, item.old, item.decision

            def problem(message: str, column: str, severity: Severity = Severity.ERROR, row=row) -> None:
                plan.problems.append(Problem(returned.file, message, row.sheet, row.cells.get(column, ""), severity))

            label = f"rad {_row_number(row)}"
            if row.key.startswith(REGISTERED):
                if old is None:
                    problem(f"{label}: beslutet finns inte längre bland {unit.name}s oanmälda beslut för "
                            f"{format_month(month)} (det har tagits bort eller anmälts till nämnden). Skriv det "
                            "på en tom rad om det ska registreras, eller be om en ny mall.", "date")
                    continue
                if item.remove:
                    plan.changes.append(Change(row.sheet, row.cells.get("remove", ""),
                                               f"Beslut {old.register_number} punkt {old.point}", old.subject,
                                               "(tas bort)"))
                    continue
                if item.empty:
                    problem(f"{label}: raden för beslut {old.register_number} är tömd, men ett beslut tas bara bort "
                            "med Ja i kolumnen Ta bort. Skriv tillbaka beslutet eller välj Ja under Ta bort.",
                            "remove")
                    continue
            elif item.remove:
                problem(f"{label}: Ta bort gäller bara beslut som redan är registrerade; lämna cellen tom "
                        "för ett nytt beslut.", "remove")
                continue
            if d is None:
                for column, what in (("date", "beslutsdatum"), ("point", "punkt")):
                    if row.values.get(column) is None:
                        problem(f"{label}: {what} saknas.", column)
                continue
            errors, warnings, _rule = register.check(db, d, today=today, context=context)
            for e in errors:
                problem(f"{e.field}: {e.message}.", FIELD_COLUMNS.get(e.field, "point"))
            for w in warnings:
                problem(w, "point", Severity.WARNING)
            if not first <= d.decision_date <= last:
                problem(f"beslutsdatum {d.decision_date.isoformat()} ligger utanför {format_month(month)}; "
                        "beslutet läses in på den här listan.", "date", Severity.WARNING)
            if old is not None:
                if _same(old, d):
                    plan.unchanged += 1
                else:
                    plan.changes.append(Change(row.sheet, row.cells.get("subject", ""),
                                               f"Beslut {old.register_number} punkt {d.point}", old.subject, d.subject))
                continue
            if any(_same(r, d) for r in new_rows):
                problem(f"{label}: samma beslut står redan på en annan rad i filen.", "subject")
                continue
            if any(_same(k, d) for k in kept):  # the same file (or an old template) once more
                repeated += 1
                plan.unchanged += 1
                continue
            new_rows.append(d)
            plan.changes.append(Change(row.sheet, row.cells.get("subject", ""), f"Beslut {d.decision_date.isoformat()} "
                                       f"punkt {d.point}", "", d.subject))
        if repeated:
            plan.problems.append(Problem(
                returned.file, f"{repeated} av besluten i filen är redan registrerade för {unit.name} "
                f"{format_month(month)}; de läses inte in en gång till.", severity=Severity.WARNING))
        others = len(kept) - repeated
        if others > 0:
            plan.problems.append(Problem(
                returned.file, f"{others} beslut som redan är registrerade för {unit.name} {format_month(month)} "
                "finns inte i filen; de behålls (ett beslut tas bara bort med Ja i kolumnen Ta bort, eller i "
                "programmet).", severity=Severity.WARNING))
        earlier = [ul for ul in dstore.list_unit_lists(db, month, month) if ul.unit_id == unit.id]
        if earlier and all(ul.reported_meeting is not None for ul in earlier):
            plan.problems.append(Problem(
                returned.file, f"listan för {format_month(month)} är redan anmäld till nämnden; besluten läses in "
                "som en kompletterande lista.", severity=Severity.WARNING))
        if not rows and not registered:
            plan.problems.append(Problem(returned.file, "listan innehåller inga beslut; den registreras som "
                                         "inlämnad utan beslut.", severity=Severity.WARNING))
        return plan

    def apply(self, db: Database, returned: ReturnedWorkbook) -> dict[str, int]:
        unit = org_store.get_unit_by_name(db, returned.scope["unit"])
        assert unit.id is not None
        month = returned.scope["month"]
        today = dt.date.today()
        ul = dstore.open_unit_list(db, unit.id, month, received_on=today, source=returned.file)
        assert ul.id is not None
        context = register.RuleContext.load(db)
        rows = self._rows(db, returned)
        kept = {d.id: d for d in self._registered(db, unit.id, month)}
        counts = {"beslut": 0, "ändrade": 0, "borttagna": 0}
        for item in rows:
            old, d = item.old, item.decision
            if old is not None and old.id is not None:
                kept.pop(old.id, None)
                if item.remove:
                    register.delete_decision(db, old.id)
                    counts["borttagna"] += 1
                elif d is not None and not _same(old, d):
                    register.save_decision(db, d, today=today, context=context)
                    counts["ändrade"] += 1
            elif d is not None and not any(_same(k, d) for k in kept.values()):
                d.list_id = ul.id
                saved = register.save_decision(db, d, today=today, context=context)
                kept[saved.decision.id] = saved.decision  # a repeat further down is not saved twice
                counts["beslut"] += 1
        dstore.mark_list_received(db, ul.id, received_on=today, source=returned.file)
        return counts


@dataclass
class _ListRow:
    """A returned row of a delegation list: the decision registered under its key (if
    any), the decision it now holds (None when a required cell is empty), the mark."""

    row: Any
    old: DelegationDecision | None
    decision: DelegationDecision | None
    remove: bool
    empty: bool


def _row_number(row) -> int | str:
    """The row's number as the "Rad" column shows it (data start on the sheet's row 4)."""
    cell = row.cells.get("date", "")
    digits = cell.lstrip("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
    return int(digits) - 3 if digits.isdigit() else row.key


def _same(a: DelegationDecision, b: DelegationDecision) -> bool:
    """The same decision as far as the list says (the register's own fields aside)."""
    def norm(d: DelegationDecision) -> tuple:
        return (d.decision_date, d.point.strip(), d.subject.strip(), d.case_number.strip(), d.decision.strip(),
                d.delegate_name.strip(), d.delegate_function.strip(), d.sub_delegated_from.strip(),
                (d.appeal_route.value if d.appeal_route else ""))
    na, nb = norm(a), norm(b)
    # an appeal route left blank in the file means "as the point says": ignore it then
    return na[:-1] == nb[:-1] and (not na[-1] or not nb[-1] or na[-1] == nb[-1])


# ---------------------------------------------------------------- the rules sheet

RULES_SHEET = SheetSpec("punkter", "Delegationsordning", (
    Column("point", "Punkt", ColumnType.TEXT, input=True, width=8, max_length=12, code=True),
    Column("case_type", "Ärendetyp", ColumnType.TEXT, input=True, width=44, max_length=300, wrap=True),
    Column("delegate_function", "Delegat", ColumnType.TEXT, input=True, width=22, max_length=120),
    Column("substitute_function", "Ersättare", ColumnType.TEXT, input=True, width=20, max_length=120),
    Column("legal_reference", "Lagrum", ColumnType.TEXT, input=True, width=20, max_length=120),
    Column("conditions", "Villkor", ColumnType.TEXT, input=True, width=28, max_length=300, wrap=True),
    Column("sub_delegation", "Vidaredelegering", ColumnType.CHOICE, input=True, width=10, choices=(YES, NO)),
    Column("must_report", "Anmäls", ColumnType.CHOICE, input=True, width=9, choices=(YES, NO)),
    Column("not_delegable", "Ej delegerbar (KL 6:38)", ColumnType.CHOICE, input=True, width=12, choices=(YES, NO)),
    Column("appeal_route", "Överklagande", ColumnType.CHOICE, input=True, width=20,
           choices=tuple(r.value for r in AppealRoute)),
    Column("units", "Verksamheter (tomt = alla)", ColumnType.TEXT, input=True, width=28, max_length=500),
), label_column="point")

RULE_TEXT_FIELDS = ("point", "case_type", "delegate_function", "substitute_function", "legal_reference", "conditions")
RULE_FLAGS = ("sub_delegation", "must_report", "not_delegable")


def _flag(cell: str | None, base: DelegationRule | None, field: str) -> bool:
    """Ja/Nej from the cell; a blank cell keeps the point's value (new points: only
    "Anmäls" defaults to Ja)."""
    if cell:
        return cell == YES
    if base is not None:
        return bool(getattr(base, field))
    return field == "must_report"


class DelegationRulesKind(TemplateKind):
    """One version of the delegationsordning, exported and imported as a sheet."""

    name = "delegationsordning"
    version = 1
    title = "Delegationsordning"
    sheets = (RULES_SHEET,)
    scope_fields = {"version": "Delegationsordning beslutad"}
    unit_field = "version"

    def _ruleset(self, db: Database, decided_on: str):
        for rs in dstore.list_rulesets(db):
            if rs.decided_on.isoformat() == decided_on:
                return rs
        raise NotFound(f"Det finns ingen delegationsordning beslutad {decided_on}.",
                       hint="Lägg till versionen under Delegationsbeslut → Delegationsordning.")

    def scopes(self, db: Database, **selection: str) -> list[dict[str, str]]:
        return [{"version": rs.decided_on.isoformat()} for rs in dstore.list_rulesets(db)]

    def build(self, db: Database, scope: dict[str, str]) -> TemplateContent:
        rs = self._ruleset(db, scope.get("version", ""))
        assert rs.id is not None
        units = {u.id: u.name for u in org_store.list_units(db)}
        rows = [TemplateRow(key=f"p{r.id}", values={
            **{f: getattr(r, f) for f in RULE_TEXT_FIELDS},
            **{f: YES if getattr(r, f) else NO for f in RULE_FLAGS},
            "appeal_route": r.appeal_route.value,
            "units": ", ".join(units[i] for i in r.unit_ids if i in units),
        }) for r in dstore.list_rules(db, rs.id)]
        rows += [TemplateRow(key=f"n{i:02d}") for i in range(1, NEW_RULE_ROWS + 1)]
        return TemplateContent(
            scope={"version": rs.decided_on.isoformat()},
            file_stem=f"Delegationsordning {rs.decided_on.isoformat()}",
            heading=f"Delegationsordning beslutad {rs.decided_on.isoformat()} {rs.reference}".strip(),
            rows={"punkter": rows},
            instructions=[
                "Ändra punkterna i de gula cellerna; nya punkter skrivs i de tomma raderna längst ned.",
                "Verksamheter: skriv namnen med komma emellan, eller lämna tomt om alla får använda punkten.",
                "Punkter tas bort i programmet, inte i filen (en tömd rad lämnar punkten orörd).",
            ],
        )

    def _rules(self, db: Database, returned: ReturnedWorkbook) -> tuple[list[tuple[Any, DelegationRule]], list[Problem]]:
        rs = self._ruleset(db, returned.scope["version"])
        existing = {f"p{r.id}": r for r in dstore.list_rules(db, rs.id or 0)}
        by_name = {u.name.casefold(): u.id for u in org_store.list_units(db)}
        out, problems = [], []
        for row in returned.rows.get("punkter", []):
            v = row.values
            if all(value is None for value in v.values()):
                if row.key in existing:
                    problems.append(Problem(returned.file, f"raden för punkt {existing[row.key].point} är tom; "
                                            "punkten lämnas oförändrad.", row.sheet, row.cells["point"],
                                            Severity.WARNING))
                continue
            unit_ids: list[int] = []
            for name in (n.strip() for n in (v.get("units") or "").split(",")):
                if not name or name.casefold() == ALL_UNITS:
                    continue
                if name.casefold() not in by_name:
                    problems.append(Problem(returned.file, f"verksamheten \"{name}\" finns inte.", row.sheet,
                                            row.cells["units"]))
                    continue
                unit_ids.append(int(by_name[name.casefold()] or 0))
            base = existing.get(row.key)
            rule = DelegationRule(
                id=base.id if base else None, ruleset_id=rs.id,
                **{f: v.get(f) or "" for f in RULE_TEXT_FIELDS},  # type: ignore[arg-type]
                **{f: _flag(v.get(f), base, f) for f in RULE_FLAGS},  # type: ignore[arg-type]
                appeal_route=AppealRoute(v["appeal_route"]) if v.get("appeal_route") else AppealRoute.LEGALITY,
                unit_ids=tuple(unit_ids),
            )
            out.append((row, rule))
        points = [r.point.strip() for _row, r in out]
        for row, rule in out:
            if points.count(rule.point.strip()) > 1:
                problems.append(Problem(returned.file, f"punkt {rule.point} förekommer flera gånger.", row.sheet,
                                        row.cells["point"]))
        return out, problems

    def plan(self, db: Database, returned: ReturnedWorkbook) -> KindPlan:
        from uppfoljning_desktop.domain.delegation import validate_rule

        plan = KindPlan()
        rows, plan.problems = self._rules(db, returned)
        rs = self._ruleset(db, returned.scope["version"])
        current = {r.id: r for r in dstore.list_rules(db, rs.id or 0)}
        for row, rule in rows:
            for e in validate_rule(rule):
                column = "point" if e.field == "Punkt" else ("case_type" if "ärendetyp" in e.field else "delegate_function")
                plan.problems.append(Problem(returned.file, f"{e.field}: {e.message}.", row.sheet, row.cells[column]))
            old = current.get(rule.id) if rule.id else None
            if old is None:
                plan.changes.append(Change(row.sheet, row.cells["point"], f"Ny punkt {rule.point}", "", rule.case_type))
            elif old != rule:
                plan.changes.append(Change(row.sheet, row.cells["point"], f"Punkt {old.point}", old.case_type,
                                           rule.case_type))
            else:
                plan.unchanged += 1
        return plan

    def apply(self, db: Database, returned: ReturnedWorkbook) -> dict[str, int]:
        rows, _problems = self._rules(db, returned)
        # Two passes so that swapping two points' numbers does not trip the unique check.
        dstore.free_rule_points(db, [rule.id for _row, rule in rows if rule.id is not None])
        for _row, rule in rows:
            dstore.save_rule(db, rule)
        return {"punkter": len(rows)}


KINDS = [DelegationListKind(), DelegationRulesKind()]
