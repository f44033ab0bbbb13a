"""Delegation rules (delegationsordning) and the register of delegation decisions
(delegationsbeslut): the dataclasses and the checks a decision must pass.

Legal background (Kommunallagen 2017:725):

- KL 6:37 lets a committee delegate decisions to a member, a group of members or an
  employee; KL 7:5–6 lets the head of administration pass them on (vidaredelegering)
  when the committee allows it.
- KL 6:38 lists matters that may never be delegated (goals, direction, scope and
  quality of the work; statements to the council; matters of principle): a point may be
  flagged as such, and a decision under it raises a warning.
- KL 6:40 and 7:8: decisions taken under delegation are reported to the committee in
  the way it decides. The appeal period (KL 13:5) of a reported decision starts when the
  adjusted minutes of the meeting where it was reported are posted (KL 8:12);
  appealable decisions that are not reported must be posted on their own.

The rules are versioned: each version (``RuleSet``) is the whole catalogue as the
committee decided it on a date; the version in force on a date is the latest one
decided on or before it. No Qt, no SQL, no files.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from enum import StrEnum

from uppfoljning_desktop.errors import FieldError

POINT_RE = re.compile(r"^\d{1,3}(\.\d{1,3}){0,3}[a-z]?$")
MONTH_RE = re.compile(r"^(\d{4})-(\d{2})$")
MONTH_NAMES = (
    "januari", "februari", "mars", "april", "maj", "juni",
    "juli", "augusti", "september", "oktober", "november", "december",
)
DEFAULT_OWN_POSTING_DAYS = 60


class AppealRoute(StrEnum):
    """How a delegation decision is appealed."""

    LEGALITY = "laglighetsprövning"  # KL 13 kap.: any member of the municipality
    ADMINISTRATIVE = "förvaltningsbesvär"  # FL 40–47 §§ or special law: the party concerned


@dataclass
class RuleSet:
    """One version of the delegationsordning: as decided by the committee on ``decided_on``."""

    decided_on: dt.date
    reference: str = ""  # e.g. "AVUX/2016:12, § 34"
    note: str = ""
    id: int | None = None


@dataclass
class DelegationRule:
    """One point of the delegationsordning (delegationspunkt)."""

    point: str  # "3.2"
    case_type: str  # ärendetyp: what may be decided
    delegate_function: str  # delegat, as a function (not a person); alternatives with ","
    substitute_function: str = ""  # ersättare
    legal_reference: str = ""  # lagrum
    sub_delegation: bool = False  # vidaredelegering tillåten (KL 7:6)
    must_report: bool = True  # ska anmälas till nämnden
    conditions: str = ""  # villkor, e.g. beloppsgränser
    not_delegable: bool = False  # KL 6:38: får inte delegeras
    appeal_route: AppealRoute = AppealRoute.LEGALITY
    unit_ids: tuple[int, ...] = ()  # verksamheter som får använda punkten; tomt = alla
    ruleset_id: int | None = None
    id: int | None = None

    def functions(self) -> list[str]:
        """The delegate's and the substitute's functions, each alternative separately."""
        return split_functions(self.delegate_function) + split_functions(self.substitute_function)

    def allowed_for_unit(self, unit_id: int | None) -> bool:
        return not self.unit_ids or unit_id in self.unit_ids


@dataclass
class DelegationDecision:
    """One entry of the register (delegationsbeslut)."""

    decision_date: dt.date
    point: str
    subject: str  # ärende
    delegate_name: str
    delegate_function: str
    unit_id: int
    case_number: str = ""  # dnr
    decision: str = ""  # beslut, kort
    sub_delegated_from: str = ""  # vidaredelegerat från (function or name)
    appeal_route: AppealRoute | None = None  # None: the point's appeal route
    list_id: int | None = None
    rule_id: int | None = None
    year: int | None = None
    number: int | None = None  # running number within ``year``
    reported_meeting: dt.date | None = None  # anmält vid sammanträde …
    reported_section: int | None = None  # … § (paragraf)
    appeal_start: dt.date | None = None  # the posting of the minutes
    appeal_last_day: dt.date | None = None
    warning: str = ""
    unit_name: str = ""  # filled when read
    id: int | None = None

    @property
    def register_number(self) -> str:
        """``2016:17``"""
        return f"{self.year}:{self.number}" if self.year and self.number else ""

    @property
    def reported_text(self) -> str:
        """``2016-09-22 § 57``"""
        if self.reported_meeting is None:
            return ""
        section = f" § {self.reported_section}" if self.reported_section else ""
        return f"{self.reported_meeting.isoformat()}{section}"


@dataclass
class UnitList:
    """A unit's monthly list of delegation decisions, as handed in."""

    unit_id: int
    month: str  # "2016-08"
    received_on: dt.date
    source: str = ""  # file name
    decision_count: int = 0
    reported_meeting: dt.date | None = None  # the meeting that takes up (or took up) the list
    recorded_count: int = 0  # decisions whose § the adjusted minutes have recorded
    meeting_adjusted: bool = False  # the minutes of reported_meeting are adjusted
    unit_name: str = ""
    id: int | None = None

    @property
    def is_reported(self) -> bool:
        """Taken up by a meeting whose adjusted minutes recorded every decision (a list
        without decisions: whose minutes are adjusted)."""
        if self.reported_meeting is None:
            return False
        if self.decision_count == 0:
            return self.meeting_adjusted
        return self.recorded_count == self.decision_count

    @property
    def label(self) -> str:
        """``Jobbcenter, augusti 2016`` (as in the report to the committee)."""
        return f"{self.unit_name}, {format_month(self.month)}"


@dataclass(frozen=True)
class DecisionFilter:
    """What the register list shows: every field narrows it; None means all."""

    unit_id: int | None = None
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    point: str | None = None
    delegate: str | None = None  # delegate_name, exactly
    text: str | None = None  # full-text search over subject and decision
    reported: bool | None = None


@dataclass
class CheckResult:
    """Errors refuse the decision; warnings are shown and recorded with it."""

    errors: list[FieldError] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


# ---------------------------------------------------------------- small helpers


def split_functions(text: str) -> list[str]:
    """``"Rektor, verksamhetschef"`` → ``["rektor", "verksamhetschef"]`` (also "eller", "/")."""
    parts = re.split(r",|/|\beller\b", text or "")
    return [p.strip().casefold() for p in parts if p.strip()]


def point_sort_key(point: str) -> str:
    """``"3.10"`` sorts after ``"3.9"``: each number zero-padded."""
    out = []
    for part in (point or "").strip().split("."):
        m = re.match(r"^(\d+)(.*)$", part)
        out.append(f"{int(m.group(1)):04d}{m.group(2)}" if m else part)
    return ".".join(out)


_SV_ORDER = str.maketrans({"å": "{", "ä": "|", "ö": "}", "æ": "|", "ø": "}", "é": "e", "è": "e", "ü": "y"})


def swedish_sort_key(text: str) -> str:
    """A key that sorts in Swedish order with plain byte comparison (SQLite ``ORDER BY``):
    å, ä, ö after z (SQLite's own collations put them elsewhere)."""
    return (text or "").strip().casefold().translate(_SV_ORDER)


def parse_month(text: str) -> str:
    """``"2016-08"`` → ``"2016-08"``; raises ``ValueError`` in Swedish."""
    m = MONTH_RE.match((text or "").strip())
    if not m or not 1 <= int(m.group(2)) <= 12:
        raise ValueError(f"\"{text}\" är ingen månad på formen ÅÅÅÅ-MM (t.ex. 2016-08)")
    return m.group(0)


def month_of(d: dt.date) -> str:
    return f"{d.year:04d}-{d.month:02d}"


def month_bounds(month: str) -> tuple[dt.date, dt.date]:
    """First and last day of ``"2016-08"``."""
    year, mon = (int(x) for x in parse_month(month).split("-"))
    first = dt.date(year, mon, 1)
    nxt = dt.date(year + (mon == 12), mon % 12 + 1, 1)
    return first, nxt - dt.timedelta(days=1)


def format_month(month: str) -> str:
    """``"2016-08"`` → ``"augusti 2016"``."""
    year, mon = parse_month(month).split("-")
    return f"{MONTH_NAMES[int(mon) - 1]} {year}"


def months_between(first: str, last: str) -> list[str]:
    """Every month from ``first`` to ``last`` inclusive (``"2016-06"``, ``"2016-07"`` …)."""
    y, m = (int(x) for x in parse_month(first).split("-"))
    out = []
    while f"{y:04d}-{m:02d}" <= parse_month(last):
        out.append(f"{y:04d}-{m:02d}")
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out


def fts_query(text: str) -> str:
    """The FTS5 MATCH expression for what the user typed: every word must occur, as a
    word prefix ("arbets" finds "arbetsmarknad"). Quotes make the user's operators inert.
    Å, ä and ö stay distinct letters (the index uses ``remove_diacritics 0``)."""
    words = re.findall(r"\w+", text or "")
    return " ".join(f'"{w}"*' for w in words)


def ruleset_in_force(rulesets: Iterable[RuleSet], on: dt.date) -> RuleSet | None:
    """The version decided on or before ``on`` that is the latest (or None)."""
    candidates = [r for r in rulesets if r.decided_on <= on]
    return max(candidates, key=lambda r: r.decided_on) if candidates else None


# ---------------------------------------------------------------- validation


def validate_ruleset(r: RuleSet, other_dates: Sequence[dt.date] = ()) -> list[FieldError]:
    errors = []
    if r.decided_on in other_dates:
        errors.append(
            FieldError("Beslutsdatum", f"det finns redan en delegationsordning beslutad {r.decided_on.isoformat()}")
        )
    return errors


def validate_rule(rule: DelegationRule, other_points: Sequence[str] = ()) -> list[FieldError]:
    """A point needs a number like "3.2", a case type and a delegate function."""
    errors: list[FieldError] = []
    point = rule.point.strip()
    where = f"Punkt {point}" if point else "Punkt"
    if not point:
        errors.append(FieldError("Punkt", "får inte vara tom (t.ex. 3.2)"))
    elif not POINT_RE.match(point):
        errors.append(FieldError("Punkt", f"\"{point}\" ska vara siffror med punkt emellan, t.ex. 3.2"))
    elif point in {p.strip() for p in other_points}:
        errors.append(FieldError("Punkt", f"{point} finns redan i den här delegationsordningen"))
    if not rule.case_type.strip():
        errors.append(FieldError(f"{where}, ärendetyp", "får inte vara tom"))
    if not rule.delegate_function.strip():
        errors.append(FieldError(f"{where}, delegat", "får inte vara tom (ange en funktion, t.ex. verksamhetschef)"))
    return errors


def check_decision(
    d: DelegationDecision,
    rulesets: Sequence[RuleSet],
    rules_by_ruleset: dict[int, dict[str, DelegationRule]],
    *,
    today: dt.date,
    unit_name: str = "",
) -> tuple[CheckResult, DelegationRule | None]:
    """The register's checks (KL 6:37–38, 7:5–6) and the rule the decision rests on.

    Errors: date in the future; no rule set in force on the decision date; the point not
    in the version in force; the delegate's function neither the point's delegate nor its
    substitute; a point the unit may not use; sub-delegation where the point forbids it;
    empty subject or delegate. Warning: the point is flagged as not delegable (KL 6:38).
    """
    result = CheckResult()
    errs = result.errors
    date_text = d.decision_date.isoformat()
    point = d.point.strip()
    if d.decision_date > today:
        errs.append(FieldError("Beslutsdatum", f"{date_text} ligger i framtiden (i dag är det {today.isoformat()})"))
    if not d.subject.strip():
        errs.append(FieldError("Ärende", "får inte vara tomt"))
    if not d.delegate_name.strip():
        errs.append(FieldError("Delegat", "namnet får inte vara tomt"))
    if not d.delegate_function.strip():
        errs.append(FieldError("Delegatens funktion", "får inte vara tom (t.ex. verksamhetschef)"))
    if not point:
        errs.append(FieldError("Punkt", "får inte vara tom"))
        return result, None
    ruleset = ruleset_in_force(rulesets, d.decision_date)
    if ruleset is None:
        first = min((r.decided_on for r in rulesets), default=None)
        since = f" (den första beslutades {first.isoformat()})" if first else ""
        errs.append(FieldError("Punkt", f"ingen delegationsordning gällde {date_text}{since}"))
        return result, None
    rule = rules_by_ruleset.get(ruleset.id or 0, {}).get(point)
    if rule is None:
        errs.append(
            FieldError(
                "Punkt",
                f"{point} finns inte i delegationsordningen som gällde {date_text} "
                f"(beslutad {ruleset.decided_on.isoformat()})",
            )
        )
        return result, None
    function = d.delegate_function.strip().casefold()
    if function and function not in rule.functions():
        allowed = rule.delegate_function + (f", ersättare {rule.substitute_function}" if rule.substitute_function else "")
        errs.append(
            FieldError(
                "Delegatens funktion",
                f"{d.delegate_function.strip()} får inte besluta enligt punkt {point} "
                f"(delegat: {allowed})",
            )
        )
    if not rule.allowed_for_unit(d.unit_id):
        errs.append(FieldError("Punkt", f"{point} får inte användas av {unit_name or 'verksamheten'}"))
    if d.sub_delegated_from.strip() and not rule.sub_delegation:
        errs.append(FieldError("Vidaredelegerat från", f"punkt {point} får inte vidaredelegeras"))
    if rule.not_delegable:
        result.warnings.append(
            f"Punkt {point} ({rule.case_type}) är markerad som ett ärende som inte får delegeras "
            "(KL 6 kap. 38 §). Kontrollera beslutet med nämndsekreteraren."
        )
    return result, rule


def needs_own_posting(
    decisions: Iterable[DelegationDecision], today: dt.date, days: int = DEFAULT_OWN_POSTING_DAYS
) -> list[DelegationDecision]:
    """Appealable decisions (laglighetsprövning) not reported to the committee within
    ``days`` of the decision: they must be posted on their own for the appeal time to
    start (KL 6:40, 7:8, 8:10; the appeal clock of KL 13:5 otherwise never starts)."""
    limit = today - dt.timedelta(days=days)
    return [
        d for d in decisions
        if d.appeal_route == AppealRoute.LEGALITY and d.reported_meeting is None and d.decision_date <= limit
    ]
