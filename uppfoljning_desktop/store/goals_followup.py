"""What changes every period: outcomes, activity statuses, goal comments and assessments.

This is also the API the Excel round-trip (issue 6) uses: ``list_indicators_for_unit``
and ``list_activities_for_unit`` give what a unit's workbook lists, with stable keys;
``save_outcomes`` and ``set_activity_status`` write what comes back. Each writer is one
``db.atomic()`` block, so an importer can wrap many units in its own transaction and
have all or nothing saved.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal

from sqlite_utils import Database

from uppfoljning_desktop.domain.assessment import (
    Assessment,
    Colour,
    Proposal,
    evidence_for_goal,
    judge_indicator,
    propose_colour,
    propose_council_colour,
    validate_override,
)
from uppfoljning_desktop.domain.goals import (
    Activity,
    ActivityStatus,
    Breakdown,
    CommitteeGoal,
    GoalFollowUp,
    Indicator,
    OutcomeValue,
    Period,
)
from uppfoljning_desktop.domain.numbers import format_number
from uppfoljning_desktop.domain.targets import Target
from uppfoljning_desktop.errors import FieldError, NotFound, ValidationFailed
from uppfoljning_desktop.store import goals as structure
from uppfoljning_desktop.store.goals import _id

# ---------------------------------------------------------------- outcomes


def _dec(text: str | None) -> Decimal | None:
    return Decimal(text) if text not in (None, "") else None


def get_outcome(
    db: Database,
    indicator: int | str,
    period_id: int,
    breakdown: Breakdown = Breakdown.TOTAL,
    subgroup: str = "",
) -> Decimal | None:
    """One outcome value (None when not reported). ``indicator``: id or "ind:<uuid>"."""
    ind_id = indicator if isinstance(indicator, int) else structure.get_indicator(db, indicator).id
    row = db.execute(
        "SELECT value FROM outcome WHERE indicator_id = ? AND period_id = ? AND breakdown = ? AND subgroup = ?",
        [ind_id, period_id, Breakdown(breakdown).code, subgroup],
    ).fetchone()
    return _dec(row[0]) if row else None


def list_outcomes(db: Database, period_id: int, indicator_ids: Iterable[int] | None = None
                  ) -> dict[tuple[int, Breakdown, str], OutcomeValue]:
    """All outcomes of a period, keyed (indicator id, breakdown, sub-group)."""
    rows = db.query("SELECT * FROM outcome WHERE period_id = ?", [period_id])
    wanted = set(indicator_ids) if indicator_ids is not None else None
    out: dict[tuple[int, Breakdown, str], OutcomeValue] = {}
    for r in rows:
        if wanted is not None and r["indicator_id"] not in wanted:
            continue
        bd = Breakdown.from_code(r["breakdown"])
        out[(r["indicator_id"], bd, r["subgroup"])] = OutcomeValue(
            r["indicator_id"], _dec(r["value"]), bd, r["subgroup"], r["comment"])
    return out


def outcome_times(db: Database, period_id: int) -> dict[tuple[int, Breakdown, str], str]:
    """When each outcome of a period was last written, keyed as ``list_outcomes`` (the
    stored text: local "2024-09-02T14:03:11" from ``save_outcomes``)."""
    return {(r[0], Breakdown.from_code(r[1]), r[2]): r[3] for r in db.execute(
        "SELECT indicator_id, breakdown, subgroup, updated_at FROM outcome WHERE period_id = ?", [period_id])}


def save_outcomes(db: Database, period_id: int, values: Iterable[OutcomeValue]) -> int:
    """Write outcome cells for a period, all or nothing; returns the number written.

    Every cell is checked first (the indicator exists, the breakdown is one the indicator
    has, the sub-group is one of its sub-groups); one ``ValidationFailed`` lists every
    problem by indicator name. A cell with neither value nor comment is removed.
    """
    period = structure.get_period(db, period_id)
    values = list(values)
    errors: list[FieldError] = []
    resolved: list[tuple[Indicator, OutcomeValue]] = []
    found = structure.get_indicators(db, (v.indicator for v in values))  # a few queries for all
    shapes: dict[int, tuple[list[Breakdown], list[str]]] = {}
    for v in values:
        ind = found.get(v.indicator)
        if ind is None:
            errors.append(FieldError(str(v.indicator), structure.indicator_not_found(v.indicator).message))
            continue
        breakdown = Breakdown(v.breakdown)
        shape = shapes.get(_id(ind))
        if shape is None:
            shape = shapes[_id(ind)] = (ind.breakdowns, ind.subgroup_names)
        problems = []
        if breakdown not in shape[0]:
            problems.append("indikatorn redovisas inte uppdelad på kvinnor och män")
        if v.subgroup not in shape[1]:
            problems.append(f"delgruppen \"{v.subgroup}\" finns inte för indikatorn")
        if v.value is not None and not v.value.is_finite():
            problems.append("värdet är inget tal")
        if problems:
            label = f"{ind.name}" + (f", {v.subgroup}" if v.subgroup else "") + f" ({breakdown.value})"
            errors.extend(FieldError(label, problem) for problem in problems)
        resolved.append((ind, v))
    if errors:
        raise ValidationFailed(errors=errors, what=f"Utfallen för {period.label}")
    now = dt.datetime.now().isoformat(timespec="seconds")
    codes = {bd: bd.code for bd in Breakdown}
    # In the given order (a later cell for the same key wins), but consecutive deletes
    # and consecutive upserts each go to SQLite as one executemany.
    runs: list[tuple[str, list[list[object]]]] = []
    for ind, v in resolved:
        key: list[object] = [ind.id, period_id, codes[Breakdown(v.breakdown)], v.subgroup]
        if v.value is None and not v.comment.strip():
            sql, params = _DELETE_OUTCOME, key
        else:
            sql, params = _UPSERT_OUTCOME, key + [None if v.value is None else str(v.value), v.comment.strip(), now]
        if runs and runs[-1][0] == sql:
            runs[-1][1].append(params)
        else:
            runs.append((sql, [params]))
    with db.atomic():
        for sql, rows in runs:
            db.conn.executemany(sql, rows)
    return len(resolved)


_DELETE_OUTCOME = ("DELETE FROM outcome WHERE indicator_id = ? AND period_id = ? AND breakdown = ? "
                   "AND subgroup = ?")
_UPSERT_OUTCOME = (
    "INSERT INTO outcome (indicator_id, period_id, breakdown, subgroup, value, comment, updated_at) "
    "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (indicator_id, period_id, breakdown, subgroup) "
    "DO UPDATE SET value = excluded.value, comment = excluded.comment, updated_at = excluded.updated_at "
    # an unchanged value keeps its timestamp: re-importing the same file changes nothing
    "WHERE outcome.value IS NOT excluded.value OR outcome.comment IS NOT excluded.comment")


def year_end_history(db: Database, indicator_id: int, *, before_year: int,
                     breakdown: Breakdown = Breakdown.TOTAL, subgroup: str = "") -> dict[int, Decimal]:
    """Year-end outcomes (helår) of the years before ``before_year``: earlier outcomes."""
    rows = db.query(
        "SELECT p.year, o.value FROM outcome o JOIN goal_period p ON p.id = o.period_id "
        "WHERE o.indicator_id = ? AND p.is_year_end = 1 AND p.year < ? AND o.breakdown = ? AND o.subgroup = ? "
        "AND o.value IS NOT NULL ORDER BY p.year, p.id",
        [indicator_id, before_year, Breakdown(breakdown).code, subgroup])
    return {r["year"]: Decimal(r["value"]) for r in rows}


def year_end_histories(db: Database, indicator_ids: Iterable[int], *, before_year: int,
                       breakdown: Breakdown = Breakdown.TOTAL, subgroup: str = ""
                       ) -> dict[int, dict[int, Decimal]]:
    """``year_end_history`` of many indicators in a few queries: every id asked for is a
    key (an empty dict when it has no earlier year-end outcome)."""
    ids = list(dict.fromkeys(indicator_ids))
    out: dict[int, dict[int, Decimal]] = {i: {} for i in ids}
    for start in range(0, len(ids), structure._CHUNK):
        chunk = ids[start:start + structure._CHUNK]
        rows = db.execute(
            "SELECT o.indicator_id, p.year, o.value FROM outcome o JOIN goal_period p ON p.id = o.period_id "
            f"WHERE o.indicator_id IN ({','.join('?' * len(chunk))}) AND p.is_year_end = 1 AND p.year < ? "
            "AND o.breakdown = ? AND o.subgroup = ? AND o.value IS NOT NULL ORDER BY o.indicator_id, p.year, p.id",
            [*chunk, before_year, Breakdown(breakdown).code, subgroup])
        for indicator_id, year, value in rows:
            out[indicator_id][year] = Decimal(value)
    return out


def latest_year_end_outcome(db: Database, indicator_id: int, *, before_year: int) -> tuple[int, Decimal] | None:
    history = year_end_history(db, indicator_id, before_year=before_year)
    if not history:
        return None
    year = max(history)
    return year, history[year]


def _previous_totals(db: Database, year: int, plan_id: int) -> dict[int, Decimal]:
    """Each indicator's latest year-end total before ``year`` (the reference for "Öka"),
    for the indicators of ``plan_id`` (twenty years of other plans are not read)."""
    rows = db.query(
        "SELECT o.indicator_id, o.value FROM outcome o JOIN goal_period p ON p.id = o.period_id "
        "WHERE p.is_year_end = 1 AND p.year < ? AND o.breakdown = 'T' AND o.subgroup = '' AND o.value IS NOT NULL "
        "AND o.indicator_id IN (SELECT i.id FROM indicator i JOIN committee_goal g ON g.id = i.goal_id "
        "JOIN goal_area a ON a.id = g.area_id WHERE a.plan_id = ?) "
        "ORDER BY p.year", [year, plan_id])
    return {r["indicator_id"]: Decimal(r["value"]) for r in rows}  # later years overwrite earlier


# ---------------------------------------------------------------- activities


def apply_statuses(db: Database, activities: list[Activity], period_id: int) -> None:
    """Fill each activity's status and comment as of ``period_id``: its own report for that
    period, else the latest earlier report in the same year, else "Ej startad"."""
    period = structure.get_period(db, period_id)
    rows = db.query(
        "SELECT s.activity_id, s.status, s.comment FROM activity_status s JOIN goal_period p ON p.id = s.period_id "
        "WHERE p.year = ? AND p.end_date <= ? ORDER BY p.end_date, p.id",
        [period.year, period.end_date.isoformat()])
    latest = {r["activity_id"]: r for r in rows}
    for a in activities:
        r = latest.get(a.id)
        a.status = ActivityStatus(r["status"]) if r else ActivityStatus.NOT_STARTED
        a.comment = r["comment"] if r else ""


def get_activity(db: Database, activity: int | str, period_id: int | None = None) -> Activity:
    """By id or stable key "akt:<uuid>"; with ``period_id`` its status as of that period."""
    if isinstance(activity, int):
        rows = list(db.query("SELECT * FROM activity WHERE id = ?", [activity]))
    else:
        rows = list(db.query("SELECT * FROM activity WHERE uuid = ?", [activity.removeprefix("akt:")]))
    if not rows:
        raise NotFound(f"Aktiviteten {activity} finns inte (längre).", hint="Den kan ha tagits bort ur planen.")
    a = structure._activity(rows[0])
    if period_id is not None:
        apply_statuses(db, [a], period_id)
    return a


def set_activity_status(db: Database, activity: int | str, period_id: int, status: ActivityStatus | str,
                        comment: str = "") -> Activity:
    """Record an activity's status at a period (one transaction; nests in the caller's)."""
    try:
        status = ActivityStatus(status)
    except ValueError:
        raise ValidationFailed(errors=[FieldError(
            "Status", f"\"{status}\" ska vara en av {', '.join(s.value for s in ActivityStatus)}")],
            what="Aktivitetens status") from None
    a = get_activity(db, activity)
    structure.get_period(db, period_id)
    with db.atomic():
        db.execute(
            "INSERT INTO activity_status (activity_id, period_id, status, comment, updated_at) VALUES (?, ?, ?, ?, ?) "
            "ON CONFLICT (activity_id, period_id) DO UPDATE SET status = excluded.status, "
            "comment = excluded.comment, updated_at = excluded.updated_at "
            "WHERE activity_status.status IS NOT excluded.status "  # unchanged: keep the timestamp
            "OR activity_status.comment IS NOT excluded.comment",
            [a.id, period_id, status.value, comment.strip(), dt.datetime.now().isoformat(timespec="seconds")])
    return get_activity(db, a.id, period_id)  # type: ignore[arg-type]


# ---------------------------------------------------------------- per unit (Excel API)


@dataclass
class UnitIndicator:
    """One row group of a unit's workbook: the indicator and what the unit sees with it."""

    indicator: Indicator
    goal: CommitteeGoal
    target: Target
    earlier: dict[int, Decimal] = field(default_factory=dict)  # year → year-end total
    outcomes: dict[tuple[Breakdown, str], OutcomeValue] = field(default_factory=dict)

    @property
    def key(self) -> str:
        return self.indicator.key


@dataclass
class UnitActivity:
    activity: Activity
    goal: CommitteeGoal

    @property
    def key(self) -> str:
        return self.activity.key


def _plan_id(db: Database, period: Period, plan_id: int | None) -> int:
    return plan_id if plan_id is not None else structure.plan_for_year(db, period.year).id  # type: ignore[return-value]


def list_indicators_for_unit(db: Database, period_id: int, unit_id: int | None, plan_id: int | None = None,
                             *, earlier_years: int = 3) -> list[UnitIndicator]:
    """The indicators a unit reports for a period (``unit_id=None``: those without a
    responsible unit), with the year's target, earlier year-end outcomes and what is
    already reported for the period."""
    period = structure.get_period(db, period_id)
    pid = _plan_id(db, period, plan_id)
    goals = {g.id: g for g in structure.list_goals(db, pid)}
    indicators = [i for i in structure.list_indicators(db, pid) if i.unit_id == unit_id]
    current = list_outcomes(db, period_id, [i.id for i in indicators])  # type: ignore[misc]
    histories = year_end_histories(db, [_id(i) for i in indicators], before_year=period.year)
    out = []
    for ind in indicators:
        history = histories[_id(ind)]
        earlier = {y: v for y, v in history.items() if y >= period.year - earlier_years}
        mine = {(bd, sg): v for (iid, bd, sg), v in current.items() if iid == ind.id}
        out.append(UnitIndicator(ind, goals[ind.goal_id], ind.target_for(period.year), earlier, mine))
    return out


def list_activities_for_unit(db: Database, period_id: int, unit_id: int | None, plan_id: int | None = None
                             ) -> list[UnitActivity]:
    period = structure.get_period(db, period_id)
    pid = _plan_id(db, period, plan_id)
    goals = {g.id: g for g in structure.list_goals(db, pid)}
    return [UnitActivity(a, goals[a.goal_id]) for a in structure.list_activities(db, pid, period_id)
            if a.unit_id == unit_id]


# ---------------------------------------------------------------- comments


def get_followup(db: Database, goal_id: int, period_id: int) -> GoalFollowUp:
    row = db.execute("SELECT comment, analysis FROM goal_followup WHERE goal_id = ? AND period_id = ?",
                     [goal_id, period_id]).fetchone()
    return GoalFollowUp(goal_id, period_id, *(row or ("", "")))


def save_followup(db: Database, f: GoalFollowUp) -> GoalFollowUp:
    with db.atomic():
        db.execute(
            "INSERT INTO goal_followup (goal_id, period_id, comment, analysis) VALUES (?, ?, ?, ?) "
            "ON CONFLICT (goal_id, period_id) DO UPDATE SET comment = excluded.comment, analysis = excluded.analysis",
            [f.goal_id, f.period_id, f.comment.strip(), f.analysis.strip()])
    return get_followup(db, f.goal_id, f.period_id)


# ---------------------------------------------------------------- assessments


@dataclass
class IndicatorJudgement:
    indicator: Indicator
    outcome: Decimal | None
    previous: Decimal | None
    met: bool | None


@dataclass
class PlanAssessment:
    """Every goal's and council goal's assessment for one period."""

    period: Period
    scale: str
    goals: dict[int, Assessment] = field(default_factory=dict)
    council_goals: dict[int, Assessment] = field(default_factory=dict)
    judgements: dict[int, IndicatorJudgement] = field(default_factory=dict)  # by indicator id


def _stored(db: Database, period_id: int) -> tuple[dict[int, dict], dict[int, dict]]:
    goals, councils = {}, {}
    for r in db.query("SELECT * FROM goal_assessment WHERE period_id = ?", [period_id]):
        if r["goal_id"] is not None:
            goals[r["goal_id"]] = r
        else:
            councils[r["council_goal_id"]] = r
    return goals, councils


def _with_stored(proposal: Proposal, row: dict | None) -> Assessment:
    if row is None:
        return Assessment(proposal)
    return Assessment(proposal, Colour(row["override"]) if row["override"] else None, row["reason"],
                      dt.datetime.fromisoformat(row["confirmed_at"]))


def assess_plan(db: Database, plan_id: int, period_id: int) -> PlanAssessment:
    """Propose a colour for every committee goal, then for every council goal from its
    committee goals' final colours (overrides included), per ``domain.assessment``."""
    period = structure.get_period(db, period_id)
    s = structure.get_structure(db, plan_id, period_id)
    totals = {k[0]: v.value for k, v in list_outcomes(db, period_id).items()
              if k[1] is Breakdown.TOTAL and k[2] == ""}
    previous = _previous_totals(db, period.year, plan_id)
    stored_goals, stored_councils = _stored(db, period_id)
    result = PlanAssessment(period, s.plan.scale)
    for ind in s.indicators:
        outcome, prev = totals.get(ind.id), previous.get(ind.id)  # type: ignore[arg-type]
        result.judgements[ind.id] = IndicatorJudgement(  # type: ignore[index]
            ind, outcome, prev, judge_indicator(ind, period.year, outcome, prev, part_year=not period.is_year_end))
    for g in s.goals:
        judged = [result.judgements[i.id].met for i in s.indicators_of(g.id)]  # type: ignore[index, arg-type]
        evidence = evidence_for_goal(judged, s.activities_of(g.id), period)  # type: ignore[arg-type]
        result.goals[_id(g)] = _with_stored(propose_colour(evidence), stored_goals.get(_id(g)))
    for c in s.council_goals:
        colours = [result.goals[g.id].colour for g in s.goals_under(c.id)]  # type: ignore[index, arg-type]
        proposal = propose_council_colour(colours, forecast=not period.is_year_end)
        result.council_goals[_id(c)] = _with_stored(proposal, stored_councils.get(_id(c)))
    return result


def confirm_assessment(db: Database, period_id: int, *, goal_id: int | None = None,
                       council_goal_id: int | None = None, override: Colour | str | None = None,
                       reason: str = "") -> None:
    """Confirm the proposal (``override=None``) or set another colour with a reason."""
    if (goal_id is None) == (council_goal_id is None):
        raise ValueError("ange antingen goal_id eller council_goal_id")
    colour = Colour(override) if override else None
    errors = validate_override(colour, reason)
    if errors:
        raise ValidationFailed(errors=errors, what="Bedömningen")
    period = structure.get_period(db, period_id)
    if goal_id is not None:
        plan_id = db.execute("SELECT a.plan_id FROM committee_goal g JOIN goal_area a ON a.id = g.area_id "
                             "WHERE g.id = ?", [goal_id]).fetchone()
    else:
        plan_id = db.execute("SELECT a.plan_id FROM council_goal c JOIN goal_area a ON a.id = c.area_id "
                             "WHERE c.id = ?", [council_goal_id]).fetchone()
    if plan_id is None:
        raise NotFound("Målet finns inte längre.", hint="Ladda om sidan.")
    current = assess_plan(db, plan_id[0], period.id)  # type: ignore[arg-type]
    proposal = (current.goals[goal_id] if goal_id is not None else current.council_goals[council_goal_id]).proposal  # type: ignore[index]
    with db.atomic():
        column = "goal_id" if goal_id is not None else "council_goal_id"
        db.execute(f"DELETE FROM goal_assessment WHERE period_id = ? AND {column} = ?",
                   [period_id, goal_id if goal_id is not None else council_goal_id])
        db.execute(
            "INSERT INTO goal_assessment (period_id, goal_id, council_goal_id, override, reason, proposed, confirmed_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            [period_id, goal_id, council_goal_id, colour.value if colour else None,
             reason.strip() if colour else "", proposal.colour.value if proposal.colour else None,
             dt.datetime.now().isoformat(timespec="seconds")])


def clear_assessment(db: Database, period_id: int, *, goal_id: int | None = None,
                     council_goal_id: int | None = None) -> None:
    """Back to the bare proposal (removes a confirmation or override)."""
    with db.atomic():
        db.execute("DELETE FROM goal_assessment WHERE period_id = ? AND (goal_id IS ? AND council_goal_id IS ?)",
                   [period_id, goal_id, council_goal_id])


def format_value(value: Decimal | None, measure_unit: str) -> str:
    """An outcome as printed: "85 %", "2 310", "4,3" ("" when missing)."""
    if value is None:
        return ""
    text = format_number(value)
    return f"{text}\u00a0%" if measure_unit == "procent" else text


def periods_with_outcomes(db: Database) -> set[int]:
    """The ids of the periods that have at least one outcome (the page opens on the latest)."""
    return {int(r[0]) for r in db.execute("SELECT DISTINCT period_id FROM outcome").fetchall()}
