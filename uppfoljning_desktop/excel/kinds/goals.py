"""The goal follow-up template (måluppföljning): one workbook per unit and period.

Sheet "Utfall" lists the unit's indicators (one row per indicator and sub-group) with
the goal, the unit of measure, the year's target and earlier year-end outcomes for
reference; the unit fills in the outcome in total and, where the indicator is split by
gender, for women and men, and a comment. Sheet "Aktiviteter" lists the unit's
activities with their current status as a drop-down and a comment.

Reads and writes through the goals store API (``store.goals_followup``): a returned
file replaces the unit's outcomes for the period (a cleared cell clears the value);
activity statuses are set for the period (a cleared status keeps the earlier one).
"""

from __future__ import annotations

import datetime as dt
import functools
from dataclasses import dataclass
from decimal import Decimal

from sqlite_utils import Database

from uppfoljning_desktop.domain.dates import format_date_long
from uppfoljning_desktop.domain.excel import implausible_outcome, outlier_note
from uppfoljning_desktop.domain.goals import (
    ActivityStatus,
    Breakdown,
    CommitteeGoal,
    Indicator,
    MeasureUnit,
    OutcomeValue,
    Period,
)
from uppfoljning_desktop.domain.numbers import format_number
from uppfoljning_desktop.domain.organisation import Unit
from uppfoljning_desktop.domain.targets import TargetNotUnderstood
from uppfoljning_desktop.errors import UserError
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
from uppfoljning_desktop.store import goals as goals_store
from uppfoljning_desktop.store import goals_followup as followup
from uppfoljning_desktop.store import organisation as org_store
from uppfoljning_desktop.store.sqlutil import change_marker

STATUSES = tuple(s.value for s in ActivityStatus)
COMMENT_LIMIT = 1000
UNIT_LABELS = {MeasureUnit.PERCENT: "%", MeasureUnit.COUNT: "antal", MeasureUnit.GRADE: "betyg",
               MeasureUnit.INDEX: "index", MeasureUnit.KRONOR: "kr"}
BREAKDOWN_COLUMNS = {"total": Breakdown.TOTAL, "women": Breakdown.WOMEN, "men": Breakdown.MEN}

OUTCOMES = SheetSpec("utfall", "Utfall", (
    Column("goal", "Mål", width=26, wrap=True),
    Column("indicator", "Indikator", width=46, wrap=True),
    Column("uom", "Enhet", width=7),
    Column("target", "Målvärde", width=12, wrap=True),
    Column("earlier", "Tidigare utfall (helår)", width=22, wrap=True),
    Column("total", "Utfall kvinnor och män", ColumnType.NUMBER, input=True, width=13),
    Column("women", "Utfall kvinnor", ColumnType.NUMBER, input=True, width=11),
    Column("men", "Utfall män", ColumnType.NUMBER, input=True, width=11),
    Column("comment", "Kommentar", ColumnType.TEXT, input=True, width=44, max_length=COMMENT_LIMIT, wrap=True),
), label_column="indicator")
ACTIVITIES = SheetSpec("aktiviteter", "Aktiviteter", (
    Column("goal", "Mål", width=26, wrap=True),
    Column("activity", "Aktivitet", width=50, wrap=True),
    Column("due", "Klart", width=13),
    Column("responsible", "Ansvarig", width=18, wrap=True),
    Column("status", "Status", ColumnType.CHOICE, input=True, width=13, choices=STATUSES),
    Column("comment", "Kommentar", ColumnType.TEXT, input=True, width=44, max_length=COMMENT_LIMIT, wrap=True),
), label_column="activity")


EARLIER_YEARS = 3


@dataclass
class _PeriodData:
    """A plan's structure for one period, grouped by unit: read once per batch."""

    goals: dict[int, CommitteeGoal]
    indicators: dict[int | None, list[Indicator]]
    activities: dict[int | None, list[followup.UnitActivity]]
    outcomes: dict[int, dict[tuple[Breakdown, str], OutcomeValue]]
    history: dict[int, dict[int, Decimal]]  # indicator id → year → earlier year-end total
    times: dict[tuple[int, Breakdown, str], str]  # when each outcome was last written


@dataclass
class _UnitData:
    period: Period
    unit: Unit
    indicators: list[followup.UnitIndicator]
    activities: list[followup.UnitActivity]
    times: dict[tuple[int, Breakdown, str], str]
    last_import: str = ""  # when a file of this unit and period was last imported


_cache: dict[tuple, _PeriodData] = {}


def _period_data(db: Database, period: Period) -> _PeriodData:
    """The period's indicators, activities, outcomes and earlier year-end outcomes by
    unit, cached until the database changes (so 50 files of one period read the plan
    once, not 50 times, and without a query per indicator)."""
    # The connection itself, not its id(): a closed connection's id can be reused by the
    # next one (another database, or the same after other writes) and hit a stale entry.
    key = (db.conn, period.id, *change_marker(db))
    if key in _cache:
        return _cache[key]
    plan_id = goals_store.plan_for_year(db, period.year).id
    goals = {g.id: g for g in goals_store.list_goals(db, plan_id)}  # type: ignore[arg-type]
    indicators: dict[int | None, list[Indicator]] = {}
    all_indicators = goals_store.list_indicators(db, plan_id)  # type: ignore[arg-type]
    for ind in all_indicators:
        indicators.setdefault(ind.unit_id, []).append(ind)
    history = followup.year_end_histories(db, [i.id for i in all_indicators if i.id is not None],
                                          before_year=period.year)
    activities: dict[int | None, list[followup.UnitActivity]] = {}
    for a in goals_store.list_activities(db, plan_id, period.id):  # type: ignore[arg-type]
        activities.setdefault(a.unit_id, []).append(followup.UnitActivity(a, goals[a.goal_id]))
    outcomes: dict[int, dict[tuple[Breakdown, str], OutcomeValue]] = {}
    for (ind_id, bd, sg), v in followup.list_outcomes(db, period.id).items():  # type: ignore[arg-type]
        outcomes.setdefault(ind_id, {})[(bd, sg)] = v
    _cache.clear()
    times = followup.outcome_times(db, period.id)  # type: ignore[arg-type]
    _cache[key] = _PeriodData(goals, indicators, activities, outcomes, history, times)  # type: ignore[arg-type]
    return _cache[key]


@functools.lru_cache(maxsize=64)
def _long_date(d: dt.date) -> str:
    return format_date_long(d)  # babel takes milliseconds; a batch asks for one date


def row_key(indicator_key: str, subgroup: str) -> str:
    """"ind:<uuid>" for the indicator as a whole, "ind:<uuid>|Sfi" for a sub-group."""
    return f"{indicator_key}|{subgroup}" if subgroup else indicator_key


def _earlier_text(earlier: dict[int, Decimal], percent: bool) -> str:
    suffix = "\u00a0%" if percent else ""
    return "; ".join(f"{y}: {format_number(v)}{suffix}" for y, v in sorted(earlier.items()))


def _stored_after_template(data: _UnitData, returned: ReturnedWorkbook, ui: followup.UnitIndicator,
                           bd: Breakdown, subgroup: str) -> bool:
    """True when the stored outcome was written after the template was created and not by
    an import of this unit's file (the GUI, say): the template could not show it, so a
    blank cell there does not say "clear it". A value the unit's own earlier return wrote
    is cleared by a blank in its corrected file (the import's log entry is written after
    its values, so it is not older than them)."""
    created = returned.created.replace("T", " ")
    written = data.times.get((ui.indicator.id or 0, bd, subgroup), "").replace("T", " ")
    imported = data.last_import.replace("T", " ")
    return bool(created and written) and written > created and not (imported and imported >= written)


def _kept_comment(data: _UnitData, returned: ReturnedWorkbook, ui: followup.UnitIndicator, subgroup: str) -> str:
    """The stored comment where a blank comment cell must not clear it (see above)."""
    stored = ui.outcomes.get((Breakdown.TOTAL, subgroup))
    if stored and stored.comment and _stored_after_template(data, returned, ui, Breakdown.TOTAL, subgroup):
        return stored.comment
    return ""


def _over_100_allowed(ui: followup.UnitIndicator) -> bool:
    """A percentage indicator may exceed 100 % when its target, baseline or an earlier
    outcome does (it is then no share of a whole, e.g. a budget outcome)."""
    try:
        baseline = ui.indicator.baseline.value
    except TargetNotUnderstood:
        baseline = None
    return any(v is not None and v > 100 for v in (ui.target.value, baseline, *ui.earlier.values()))


class GoalFollowUpKind(TemplateKind):
    name = "maluppfoljning"
    version = 1
    title = "Måluppföljning"
    sheets = (OUTCOMES, ACTIVITIES)
    scope_fields = {"period": "Period", "unit": "Verksamhet"}
    unit_field = "unit"
    warn_percent_over_100 = False  # ``plan`` refuses it per indicator instead

    # ------------------------------------------------------------ template

    def scopes(self, db: Database, **selection: str) -> list[dict[str, str]]:
        period = goals_store.get_period_by_label(db, selection["period"])
        data = _period_data(db, period)
        return [{"period": period.label, "unit": u.name} for u in org_store.list_units(db)
                if data.indicators.get(u.id) or data.activities.get(u.id)]

    def _load(self, db: Database, scope: dict[str, str]) -> _UnitData:
        period = goals_store.get_period_by_label(db, scope["period"])
        unit = org_store.get_unit_by_name(db, scope["unit"])
        data = _period_data(db, period)
        indicators = []
        for ind in data.indicators.get(unit.id, []):
            history = data.history.get(ind.id or 0, {})
            earlier = {y: v for y, v in history.items() if y >= period.year - EARLIER_YEARS}
            mine = dict(data.outcomes.get(ind.id or 0, {}))
            indicators.append(followup.UnitIndicator(ind, data.goals[ind.goal_id], ind.target_for(period.year),
                                                     earlier, mine))
        from uppfoljning_desktop.store import excel as excel_store

        return _UnitData(period, unit, indicators, data.activities.get(unit.id, []), data.times,
                         excel_store.last_import_at(db, self.name, scope))

    def build(self, db: Database, scope: dict[str, str]) -> TemplateContent:
        data = self._load(db, scope)
        period, unit, indicators, activities = data.period, data.unit, data.indicators, data.activities
        if not indicators and not activities:
            raise UserError(
                f"{unit.name} har inga indikatorer eller aktiviteter för {period.label}.",
                hint="Ange verksamheten som ansvarig för sina indikatorer och aktiviteter under Måluppföljning.",
            )
        rows = []
        for ui in indicators:
            ind = ui.indicator
            percent = ind.measure_unit == MeasureUnit.PERCENT
            for subgroup in ind.subgroup_names:
                values: dict = {
                    "goal": ui.goal.title,
                    "indicator": f"{ind.name} – {subgroup}" if subgroup else ind.name,
                    "uom": UNIT_LABELS.get(ind.measure_unit, str(ind.measure_unit)),
                    "target": ui.target.display() if not subgroup else "",
                    "earlier": _earlier_text(ui.earlier, percent) if not subgroup else "",
                }
                for col, bd in BREAKDOWN_COLUMNS.items():
                    stored = ui.outcomes.get((bd, subgroup))
                    values[col] = stored.value if stored else None
                    if bd == Breakdown.TOTAL and stored and stored.comment:
                        values["comment"] = stored.comment
                rows.append(TemplateRow(
                    key=row_key(ind.key, subgroup), values=values,
                    types={c: ColumnType.PERCENT for c in BREAKDOWN_COLUMNS} if percent else {},
                    closed=frozenset() if ind.by_gender else frozenset({"women", "men"}),
                ))
        activity_rows = [
            TemplateRow(key=ua.key, values={
                "goal": ua.goal.title, "activity": ua.activity.text, "due": ua.activity.due,
                "responsible": ua.activity.responsible, "status": ua.activity.status.value,
                "comment": ua.activity.comment or None,
            })
            for ua in activities
        ]
        return TemplateContent(
            scope={"period": period.label, "unit": unit.name},
            file_stem=f"Måluppföljning {period.label} – {unit.name}",
            heading=f"Måluppföljning {period.label} för {unit.name}",
            rows={"utfall": rows, "aktiviteter": activity_rows},
            instructions=[
                f"Mallen gäller {unit.name} och perioden {period.label}, till och med "
                f"{_long_date(period.end_date)}.",
                "På bladet Utfall skriver du periodens utfall för varje indikator: för kvinnor och män "
                "tillsammans och, där raden har gula celler för det, för kvinnor och för män. Målvärdet "
                "och tidigare års utfall står med som jämförelse. Lämna cellen tom om utfallet inte finns än, "
                "och förklara gärna i kommentaren.",
                "På bladet Aktiviteter väljer du varje aktivitets status i listan (Ej startad, Påbörjad, "
                "Väntar, Klar, Stoppad) och kommenterar avvikelser.",
            ],
            recipient_name=unit.head_name, recipient_email=unit.head_email,
            context=data,
        )

    # ------------------------------------------------------------ import

    def plan(self, db: Database, returned: ReturnedWorkbook) -> KindPlan:
        data: _UnitData = returned.context or self._load(db, returned.scope)
        indicators, activities = data.indicators, data.activities
        plan = KindPlan()
        by_key = {row_key(ui.key, sg): (ui, sg, ui.indicator.breakdowns)
                  for ui in indicators for sg in ui.indicator.subgroup_names}
        for row in returned.rows.get("utfall", []):
            ui, subgroup, breakdowns = by_key[row.key]
            name = ui.indicator.name + (f" – {subgroup}" if subgroup else "")
            for col, bd in BREAKDOWN_COLUMNS.items():
                if bd not in breakdowns:
                    continue
                stored = ui.outcomes.get((bd, subgroup))
                old = stored.value if stored else None
                new = row.values.get(col)
                reason = "" if new is None else implausible_outcome(
                    new, ui.indicator.measure_unit.value, over_100_allowed=_over_100_allowed(ui))
                if reason:
                    plan.problems.append(Problem(returned.file, f"{name}, {bd.value}: {reason}.", row.sheet,
                                                 row.cells[col]))
                    continue
                if new is None and old is not None and _stored_after_template(data, returned, ui, bd, subgroup):
                    plan.unchanged += 1
                    plan.problems.append(Problem(
                        returned.file, f"cellen är tom, men {name}, {bd.value} ({decimal_text(old)}) lästes in "
                        "efter att mallen skapades; värdet behålls. Skriv ett nytt värde i cellen om det ska "
                        "ändras, eller ta bort det i programmet.", row.sheet, row.cells[col], Severity.WARNING))
                    continue
                if new == old:
                    plan.unchanged += 1
                else:
                    plan.changes.append(Change(row.sheet, row.cells[col], f"{name}, {bd.value}",
                                               decimal_text(old), decimal_text(new)))
                    if old is not None:
                        plan.problems.append(Problem(
                            returned.file, f"ändrar ett redan inläst värde ({decimal_text(old)} → "
                            f"{decimal_text(new) or 'tomt'})", row.sheet, row.cells[col], Severity.WARNING))
                if new is not None and bd == Breakdown.TOTAL and not subgroup:
                    note = outlier_note(new, list(ui.earlier.values()))
                    if note:
                        plan.problems.append(Problem(returned.file, note, row.sheet, row.cells[col], Severity.WARNING))
            old_comment = (ui.outcomes.get((Breakdown.TOTAL, subgroup)) or OutcomeValue(ui.key, None)).comment
            new_comment = row.values.get("comment") or _kept_comment(data, returned, ui, subgroup)
            if new_comment != old_comment:
                plan.changes.append(Change(row.sheet, row.cells["comment"], f"{name}, kommentar",
                                           old_comment, new_comment))
        current = {ua.key: ua for ua in activities}
        for row in returned.rows.get("aktiviteter", []):
            activity = current[row.key].activity
            status = row.values.get("status")
            if status is None:
                plan.problems.append(Problem(
                    returned.file, f"status saknas för \"{activity.text}\"; statusen {activity.status.value} "
                    "behålls.", row.sheet, row.cells["status"], Severity.WARNING))
                continue
            if status != activity.status.value:
                plan.changes.append(Change(row.sheet, row.cells["status"], f"{activity.text}, status",
                                           activity.status.value, status))
            if (row.values.get("comment") or "") != activity.comment:
                plan.changes.append(Change(row.sheet, row.cells["comment"], f"{activity.text}, kommentar",
                                           activity.comment, row.values.get("comment") or ""))
        return plan

    def apply(self, db: Database, returned: ReturnedWorkbook) -> dict[str, int]:
        data: _UnitData = returned.context or self._load(db, returned.scope)
        period = data.period
        by_key = {ui.key: ui for ui in data.indicators}
        allowed = []
        for row in returned.rows.get("utfall", []):
            indicator_key, _, subgroup = row.key.partition("|")
            ui = by_key[indicator_key]
            for col, bd in BREAKDOWN_COLUMNS.items():
                if bd not in ui.indicator.breakdowns:
                    continue  # a grey cell: the indicator is not split by gender
                comment = ((row.values.get("comment") or _kept_comment(data, returned, ui, subgroup))
                           if bd == Breakdown.TOTAL else "")
                value = row.values.get(col)
                stored = ui.outcomes.get((bd, subgroup))
                if value is None and stored is not None and _stored_after_template(data, returned, ui, bd, subgroup):
                    value = stored.value  # a blank the template had no value for: not a clearing
                allowed.append(OutcomeValue(indicator_key, value, bd, subgroup, comment))
        assert period.id is not None
        followup.save_outcomes(db, period.id, allowed)
        statuses = 0
        for row in returned.rows.get("aktiviteter", []):
            if row.values.get("status") is None:
                continue
            followup.set_activity_status(db, row.key, period.id, row.values["status"],
                                         row.values.get("comment") or "")
            statuses += 1
        return {"outcomes": sum(1 for v in allowed if v.value is not None), "activities": statuses}


KINDS = [GoalFollowUpKind()]
