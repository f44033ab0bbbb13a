"""The register of delegation decisions: saving with the checks, and the list the GUI
pages through (filter, sort and full-text search all in SQL, fast with 100 000 rows).

Tables are created by ``store.delegation``'s migrations.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from sqlite_utils import Database

from uppfoljning_desktop.domain.delegation import (
    AppealRoute,
    DecisionFilter,
    DelegationDecision,
    DelegationRule,
    RuleSet,
    check_decision,
    fts_query,
    month_of,
    point_sort_key,
    swedish_sort_key,
)
from uppfoljning_desktop.errors import FieldError, NotFound, UserError, ValidationFailed
from uppfoljning_desktop.store import delegation as dstore
from uppfoljning_desktop.store.sqlutil import inserted_id, saved_id

# Sort keys the GUI offers: column → ORDER BY (the direction is appended to every part).
SORTS: dict[str, tuple[str, ...]] = {
    "number": ("d.year", "d.number"),
    "date": ("d.decision_date", "d.id"),
    "point": ("d.point_key", "d.decision_date", "d.id"),
    "subject": ("d.subject_key", "d.id"),
    "case_number": ("d.case_number", "d.id"),
    "delegate": ("d.delegate_key", "d.id"),
    "unit": ("u.sort_order", "d.decision_date", "d.id"),
    "reported": ("d.reported_meeting", "d.id"),
}

_SELECT = "SELECT d.*, u.name AS unit_name FROM delegation_decision d JOIN unit u ON u.id = d.unit_id"


@dataclass
class SavedDecision:
    decision: DelegationDecision
    warnings: list[str] = field(default_factory=list)


@dataclass
class RuleContext:
    """The rule sets and their points, loaded once for many checks (an import)."""

    rulesets: list[RuleSet]
    rules: dict[int, dict[str, DelegationRule]]
    unit_names: dict[int, str]

    @classmethod
    def load(cls, db: Database) -> RuleContext:
        units = {r[0]: r[1] for r in db.execute("SELECT id, name FROM unit").fetchall()}
        return cls(dstore.list_rulesets(db), dstore.list_all_rules(db), units)


def _date(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def _decision(r: dict) -> DelegationDecision:
    return DelegationDecision(
        id=r["id"], year=r["year"], number=r["number"], decision_date=dt.date.fromisoformat(r["decision_date"]),
        rule_id=r["rule_id"], point=r["point"], subject=r["subject"], case_number=r["case_number"],
        decision=r["decision"], delegate_name=r["delegate_name"], delegate_function=r["delegate_function"],
        unit_id=r["unit_id"], list_id=r["list_id"], sub_delegated_from=r["sub_delegated_from"],
        appeal_route=AppealRoute(r["appeal_route"]), reported_meeting=_date(r["reported_meeting"]),
        reported_section=r["reported_section"], appeal_start=_date(r["appeal_start"]),
        appeal_last_day=_date(r["appeal_last_day"]), warning=r["warning"], unit_name=r.get("unit_name") or "",
    )


def get_decision(db: Database, decision_id: int) -> DelegationDecision:
    rows = list(db.query(_SELECT + " WHERE d.id = ?", [decision_id]))
    if not rows:
        raise NotFound(f"Delegationsbeslutet med id {decision_id} finns inte.")
    return _decision(rows[0])


def check(
    db: Database, d: DelegationDecision, *, today: dt.date | None = None, context: RuleContext | None = None
) -> tuple[list, list[str], DelegationRule | None]:
    """Run the register's checks without saving: (errors, warnings, rule)."""
    ctx = context or RuleContext.load(db)
    result, rule = check_decision(
        d, ctx.rulesets, ctx.rules, today=today or dt.date.today(), unit_name=ctx.unit_names.get(d.unit_id, "")
    )
    if d.unit_id not in ctx.unit_names:
        result.errors.append(FieldError("Verksamhet", f"verksamheten med id {d.unit_id} finns inte"))
    return result.errors, result.warnings, rule


def save_decision(
    db: Database,
    d: DelegationDecision,
    *,
    today: dt.date | None = None,
    context: RuleContext | None = None,
    what: str = "",
) -> SavedDecision:
    """Check and save one decision (one transaction). A new decision gets the next
    running number of its year and joins its unit's open list for the month. Errors
    raise ``ValidationFailed``; warnings are returned and kept with the decision."""
    errors, warnings, rule = check(db, d, today=today, context=context)
    label = what or (f"Beslutet {d.register_number}" if d.register_number else "Delegationsbeslutet")
    if errors:
        raise ValidationFailed(errors=errors, what=label)
    assert rule is not None
    today = today or dt.date.today()
    values = {
        "decision_date": d.decision_date.isoformat(),
        "rule_id": rule.id,
        "point": d.point.strip(),
        "point_key": point_sort_key(d.point),
        "subject": d.subject.strip(),
        "subject_key": swedish_sort_key(d.subject)[:60],
        "case_number": d.case_number.strip(),
        "decision": d.decision.strip(),
        "delegate_name": d.delegate_name.strip(),
        "delegate_function": d.delegate_function.strip(),
        "delegate_key": swedish_sort_key(d.delegate_name),
        "unit_id": d.unit_id,
        "sub_delegated_from": d.sub_delegated_from.strip(),
        "appeal_route": AppealRoute(d.appeal_route or rule.appeal_route).value,
        "warning": " ".join(warnings),
    }
    with db.atomic():
        old = get_decision(db, d.id) if d.id is not None else None
        if old is not None and old.reported_meeting is not None:
            raise UserError(
                f"Beslut {old.register_number} kan inte ändras: det anmäldes till nämnden "
                f"{old.reported_text}.",
                hint="Registrera en rättelse som ett nytt beslut.",
            )
        if d.list_id is None or (old is not None and (old.unit_id != d.unit_id or month_of(old.decision_date) != month_of(d.decision_date))):
            ul = dstore.open_unit_list(db, d.unit_id, month_of(d.decision_date), received_on=today)
            values["list_id"] = ul.id
        else:
            values["list_id"] = d.list_id
        if old is None or old.decision_date.year != d.decision_date.year:
            year = d.decision_date.year
            values["year"] = year
            values["number"] = db.execute(
                "SELECT coalesce(max(number), 0) + 1 FROM delegation_decision WHERE year = ?", [year]
            ).fetchone()[0]
        if old is None:
            values["created_at"] = dt.datetime.now().isoformat(timespec="seconds")
            new_id = inserted_id(db.table("delegation_decision").insert(values))
        else:
            new_id = saved_id(old)
            db.table("delegation_decision").update(new_id, values)
    return SavedDecision(get_decision(db, new_id), warnings)


def delete_decision(db: Database, decision_id: int) -> None:
    d = get_decision(db, decision_id)
    if d.reported_meeting is not None:
        raise UserError(
            f"Beslut {d.register_number} kan inte tas bort: det anmäldes till nämnden {d.reported_text}."
        )
    with db.atomic():
        db.execute("DELETE FROM delegation_decision WHERE id = ?", [decision_id])


# ---------------------------------------------------------------- the list


def _where(f: DecisionFilter) -> tuple[str, list]:
    clauses: list[str] = []
    params: list = []
    if f.unit_id is not None:
        clauses.append("d.unit_id = ?")
        params.append(f.unit_id)
    if f.date_from is not None:
        clauses.append("d.decision_date >= ?")
        params.append(f.date_from.isoformat())
    if f.date_to is not None:
        clauses.append("d.decision_date <= ?")
        params.append(f.date_to.isoformat())
    if f.point:
        clauses.append("d.point = ?")
        params.append(f.point.strip())
    if f.delegate:
        clauses.append("d.delegate_name = ?")
        params.append(f.delegate.strip())
    if f.reported is not None:
        clauses.append("d.reported_meeting IS NOT NULL" if f.reported else "d.reported_meeting IS NULL")
    if f.text and f.text.strip():
        query = fts_query(f.text)
        if query:
            # "+d.id": keep the planner from turning the hits into rowid look-ups plus a sort
            # (180 ms for 18 000 hits in 100 000); it walks the date or unit index instead
            # and stops after one page (about 12 ms, see docs/PERFORMANCE.md).
            clauses.append("+d.id IN (SELECT rowid FROM delegation_fts WHERE delegation_fts MATCH ?)")
            params.append(query)
        else:
            clauses.append("0")  # only punctuation typed: nothing can match
    return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


def count_decisions(db: Database, f: DecisionFilter = DecisionFilter()) -> int:  # noqa: B008
    if f.text and fts_query(f.text) and f == DecisionFilter(text=f.text):
        # Text alone: the index counts its hits without touching the table.
        return db.execute(
            "SELECT count(*) FROM delegation_fts WHERE delegation_fts MATCH ?", [fts_query(f.text)]
        ).fetchone()[0]
    where, params = _where(f)
    join = " JOIN unit u ON u.id = d.unit_id" if "u." in where else ""
    return db.execute(f"SELECT count(*) FROM delegation_decision d{join}{where}", params).fetchone()[0]


def list_decisions(
    db: Database,
    f: DecisionFilter = DecisionFilter(),  # noqa: B008
    *,
    sort: str = "date",
    descending: bool = True,
    limit: int | None = 200,
    offset: int = 0,
) -> list[DelegationDecision]:
    """One page of the register: filtered, sorted and paged in SQL."""
    if sort not in SORTS:
        raise ValueError(f"okänd sortering {sort!r}")
    where, params = _where(f)
    direction = " DESC" if descending else ""
    order = ", ".join(c + direction for c in SORTS[sort])
    sql = f"{_SELECT}{where} ORDER BY {order}"
    if limit is not None:
        sql += " LIMIT ? OFFSET ?"
        params = [*params, limit, offset]
    return [_decision(r) for r in db.query(sql, params)]


def list_decisions_for_lists(db: Database, list_ids: Sequence[int]) -> list[DelegationDecision]:
    """The decisions on the given lists, by unit, date and number (the printed report)."""
    if not list_ids:
        return []
    marks = ",".join("?" for _ in list_ids)
    rows = db.query(
        f"{_SELECT} WHERE d.list_id IN ({marks}) ORDER BY u.sort_order, d.decision_date, d.year, d.number",
        list(list_ids),
    )
    return [_decision(r) for r in rows]


def list_delegates(db: Database) -> list[str]:
    """Distinct delegate names (the filter's drop-down), in Swedish order."""
    rows = db.execute(
        "SELECT delegate_name FROM delegation_decision GROUP BY delegate_name ORDER BY min(delegate_key)"
    ).fetchall()
    return [r[0] for r in rows]


def list_points_used(db: Database) -> list[str]:
    rows = db.execute("SELECT point FROM delegation_decision GROUP BY point ORDER BY min(point_key)").fetchall()
    return [r[0] for r in rows]


_OWN_POSTING = "d.reported_meeting IS NULL AND d.appeal_route = ? AND d.decision_date <= ?"


def list_needing_own_posting(db: Database, today: dt.date, days: int, *,
                             limit: int | None = None) -> list[DelegationDecision]:
    """Appealable decisions (laglighetsprövning) not reported within ``days`` of being
    taken: they must be posted on their own (see ``domain.delegation.needs_own_posting``).
    The oldest first; at most ``limit`` (see ``count_needing_own_posting``)."""
    until = (today - dt.timedelta(days=days)).isoformat()
    rows = db.query(
        f"{_SELECT} WHERE {_OWN_POSTING} ORDER BY d.decision_date, d.id"
        + ("" if limit is None else f" LIMIT {int(limit)}"),
        [AppealRoute.LEGALITY.value, until],
    )
    return [_decision(r) for r in rows]


def count_needing_own_posting(db: Database, today: dt.date, days: int) -> int:
    until = (today - dt.timedelta(days=days)).isoformat()
    return db.execute(f"SELECT count(*) FROM delegation_decision d WHERE {_OWN_POSTING}",
                      [AppealRoute.LEGALITY.value, until]).fetchone()[0]


def replace_list_decisions(
    db: Database,
    list_id: int,
    decisions: Sequence[DelegationDecision],
    *,
    today: dt.date | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> list[SavedDecision]:
    """Put ``decisions`` on an (unreported) list, replacing what it held: a re-sent
    file corrects the earlier one. All or nothing."""
    ul = dstore.get_unit_list(db, list_id)
    if ul.reported_meeting is not None:
        raise UserError(f"Listan {ul.label} är redan anmäld till nämnden och kan inte ersättas.")
    ctx = RuleContext.load(db)
    saved = []
    with db.atomic():
        db.execute("DELETE FROM delegation_decision WHERE list_id = ?", [list_id])
        for i, d in enumerate(decisions):
            d.list_id = list_id
            d.unit_id = ul.unit_id
            saved.append(save_decision(db, d, today=today, context=ctx))
            if progress:
                progress(i + 1, len(decisions))
    return saved
