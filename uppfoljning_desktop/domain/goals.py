"""The goal structure of an operational plan (verksamhetsplan) and its follow-up.

A plan covers one or more years (Södertälje's "Mål och budget 2024 med plan
2025–2026", ``seeds/000_…``). Under it: goal areas (målområden), council goals (KF-mål),
committee goals (nämndmål, numbered "1.1", "3.2"), their indicators with baseline and a
target per year, activities, the council's and the committee's assignments (uppdrag) and
the committee's focus areas. Outcomes come in per reporting period (delår 1, delår 2,
helår by default) and per breakdown: Kvinnor och män / Kvinnor / Män, optionally per
sub-group (the units Sfi, Grundläggande vuxenutbildning … as in ``seeds/003_…``).

Indicators and activities carry a ``uuid``: their stable key in Excel files
(``key`` = "ind:<uuid>" / "akt:<uuid>"), unchanged when the structure is edited.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum

from uppfoljning_desktop.domain.targets import Target, Value, parse_target, parse_value
from uppfoljning_desktop.errors import FieldError


class MeasureUnit(StrEnum):
    """What an indicator counts."""

    PERCENT = "procent"
    COUNT = "antal"
    GRADE = "betyg"
    INDEX = "index"
    KRONOR = "kronor"


class Breakdown(StrEnum):
    """Every person-based measure is reported in total and by gender."""

    TOTAL = "Kvinnor och män"
    WOMEN = "Kvinnor"
    MEN = "Män"

    @property
    def code(self) -> str:
        return {"Kvinnor och män": "T", "Kvinnor": "K", "Män": "M"}[self.value]

    @classmethod
    def from_code(cls, code: str) -> Breakdown:
        return {"T": cls.TOTAL, "K": cls.WOMEN, "M": cls.MEN}[code]


_ALL_BREAKDOWNS = tuple(Breakdown)  # iterating the enum class each time is slow in bulk


class ActivityStatus(StrEnum):
    """Activity status as defined in ``seeds/000_…``."""

    NOT_STARTED = "Ej startad"  # not begun
    STARTED = "Påbörjad"
    WAITING = "Väntar"  # not begun, which is a deviation from the plan
    DONE = "Klar"
    STOPPED = "Stoppad"  # stopped for a particular reason


class CompareWith(StrEnum):
    """What a direction target ("Öka", "Minska", "bibehålla") is measured against."""

    PREVIOUS = "föregående utfall"
    BASELINE = "ingående värde"


class PeriodScheme(StrEnum):
    """Which reporting periods a year has. Delår is the default; some follow-ups are monthly."""

    INTERIM = "delår"  # Delår 1 (jan–apr), Delår 2 (jan–aug), Helår
    TERTIAL = "tertial"  # Tertial 1, 2, 3 (= year end)
    MONTH = "månad"  # Januari … December (December = year end)


MONTHS = ("januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti",
          "september", "oktober", "november", "december")


@dataclass(frozen=True)
class Period:
    """One reporting period: "Delår 2 2024" ends 2024-08-31; "Helår 2024" is the year end."""

    year: int
    kind: str  # "delår 1", "delår 2", "helår", "tertial 1" …, "månad 3"
    label: str
    end_date: dt.date
    is_year_end: bool
    id: int | None = None


def _last_day(year: int, month: int) -> dt.date:
    if month == 12:
        return dt.date(year, 12, 31)
    return dt.date(year, month + 1, 1) - dt.timedelta(days=1)


def periods_for_year(year: int, scheme: PeriodScheme | str = PeriodScheme.INTERIM) -> list[Period]:
    """The default periods of a year under ``scheme``, in order."""
    scheme = PeriodScheme(scheme)
    if scheme is PeriodScheme.INTERIM:
        return [
            Period(year, "delår 1", f"Delår 1 {year}", dt.date(year, 4, 30), False),
            Period(year, "delår 2", f"Delår 2 {year}", dt.date(year, 8, 31), False),
            Period(year, "helår", f"Helår {year}", dt.date(year, 12, 31), True),
        ]
    if scheme is PeriodScheme.TERTIAL:
        return [
            Period(year, f"tertial {n}", f"Tertial {n} {year}", _last_day(year, 4 * n), n == 3)
            for n in (1, 2, 3)
        ]
    return [
        Period(year, f"månad {m}", f"{MONTHS[m - 1].capitalize()} {year}", _last_day(year, m), m == 12)
        for m in range(1, 13)
    ]


def normalise_label(label: str) -> str:
    return re.sub(r"\s+", " ", label.strip()).casefold()


@dataclass
class Plan:
    """A plan period (e.g. 2024–2026) with its assessment scale and period scheme."""

    name: str
    first_year: int
    last_year: int
    scale: str = "grön-gul-röd"
    period_scheme: str = PeriodScheme.INTERIM.value
    id: int | None = None

    @property
    def years(self) -> range:
        return range(self.first_year, self.last_year + 1)


@dataclass
class GoalArea:
    """Målområde."""

    plan_id: int
    name: str
    description: str = ""
    id: int | None = None


@dataclass
class CouncilGoal:
    """KF-mål (kommunfullmäktiges mål), numbered "1", "2" …"""

    area_id: int
    number: str
    text: str
    description: str = ""
    id: int | None = None

    @property
    def title(self) -> str:
        return f"KF-mål {self.number}: {self.text}" if self.number else self.text


@dataclass
class CommitteeGoal:
    """Nämndmål, numbered like "1.1"; under a council goal, or directly under an area."""

    area_id: int
    number: str
    text: str
    council_goal_id: int | None = None
    description: str = ""
    id: int | None = None

    @property
    def title(self) -> str:
        return f"{self.number} {self.text}" if self.number else self.text


@dataclass
class Indicator:
    """Indikator (målsatt mått) with baseline, yearly targets and who reports it."""

    goal_id: int
    name: str
    measure_unit: MeasureUnit = MeasureUnit.PERCENT
    baseline_text: str = ""
    baseline_year: int | None = None
    targets: dict[int, str] = field(default_factory=dict)  # year → wording as written
    source: str = ""
    unit_id: int | None = None  # the responsible unit (verksamhet)
    by_gender: bool = False
    subgroups: list[str] = field(default_factory=list)
    footnote: str = ""
    lower_is_better: bool = False
    compare_with: CompareWith = CompareWith.PREVIOUS
    uuid: str = ""
    id: int | None = None

    @property
    def key(self) -> str:
        return f"ind:{self.uuid}"

    @property
    def baseline(self) -> Value:
        return parse_value(self.baseline_text)

    def target_for(self, year: int) -> Target:
        return parse_target(self.targets.get(year, ""))

    @property
    def breakdowns(self) -> list[Breakdown]:
        return list(_ALL_BREAKDOWNS) if self.by_gender else [Breakdown.TOTAL]

    @property
    def subgroup_names(self) -> list[str]:
        """'' is the indicator as a whole; sub-groups follow."""
        return [""] + list(self.subgroups)


QUARTERS = ("Q1", "Q2", "Q3", "Q4")
CONTINUOUS = "Kontinuerligt"


@dataclass
class Activity:
    """Aktivitet under a committee goal, due in a quarter, continuously, or by a date."""

    goal_id: int
    text: str
    due: str = ""  # "Q1".."Q4", "Kontinuerligt", "2024-06-30" or ""
    responsible: str = ""
    unit_id: int | None = None
    uuid: str = ""
    id: int | None = None
    # as of the period asked for (store fills these in)
    status: ActivityStatus = ActivityStatus.NOT_STARTED
    comment: str = ""

    @property
    def key(self) -> str:
        return f"akt:{self.uuid}"

    def due_date(self, year: int) -> dt.date | None:
        """The last day the activity is due in ``year`` (None: continuous or unknown)."""
        if self.due in QUARTERS:
            q = QUARTERS.index(self.due) + 1
            return _last_day(year, 3 * q)
        try:
            return dt.date.fromisoformat(self.due)
        except ValueError:
            return None


@dataclass
class Assignment:
    """Uppdrag from the council ("KF") or the committee ("nämnd"), reported at set times."""

    plan_id: int
    year: int
    title: str
    description: str = ""
    given_by: str = "KF"  # "KF" or "nämnd"
    reporting: str = ""  # "Delår- och årsbokslut", "April", "Årsbokslut"
    status: ActivityStatus = ActivityStatus.NOT_STARTED
    comment: str = ""
    id: int | None = None


@dataclass
class FocusArea:
    """The council's committee-specific focus areas (nämndspecifika fokusområden)."""

    plan_id: int
    year: int
    title: str
    description: str = ""
    reporting: str = ""
    id: int | None = None


@dataclass(frozen=True)
class OutcomeValue:
    """One outcome cell: indicator (id or key), breakdown, sub-group ('' = whole), value."""

    indicator: int | str
    value: Decimal | None
    breakdown: Breakdown = Breakdown.TOTAL
    subgroup: str = ""
    comment: str = ""


@dataclass
class GoalFollowUp:
    """A committee goal's comment (målkommentar) and analysis for one period."""

    goal_id: int
    period_id: int
    comment: str = ""
    analysis: str = ""


def validate_indicator(ind: Indicator) -> list[FieldError]:
    errors: list[FieldError] = []
    if not ind.name.strip():
        errors.append(FieldError("Indikatorns namn", "får inte vara tomt"))
    try:
        MeasureUnit(ind.measure_unit)
    except ValueError:
        errors.append(FieldError("Enhet", f"\"{ind.measure_unit}\" ska vara procent, antal, betyg, index eller kronor"))
    try:
        parse_value(ind.baseline_text)
    except ValueError as exc:
        errors.append(FieldError("Ingående värde", str(exc)))
    for year, text in sorted(ind.targets.items()):
        try:
            parse_target(text)
        except ValueError as exc:
            errors.append(FieldError(f"Riktvärde {year}", str(exc)))
    names = [s.strip() for s in ind.subgroups]
    if any(not s for s in names):
        errors.append(FieldError("Delgrupper", "en delgrupp saknar namn"))
    if len({s.casefold() for s in names}) != len(names):
        errors.append(FieldError("Delgrupper", "samma delgrupp står två gånger"))
    return errors


def validate_activity(a: Activity) -> list[FieldError]:
    errors: list[FieldError] = []
    if not a.text.strip():
        errors.append(FieldError("Aktivitet", "texten får inte vara tom"))
    due = a.due.strip()
    if due and due not in QUARTERS and due != CONTINUOUS:
        try:
            dt.date.fromisoformat(due)
        except ValueError:
            errors.append(FieldError("Klart", f"\"{due}\" ska vara Q1–Q4, Kontinuerligt eller ett datum ÅÅÅÅ-MM-DD"))
    return errors
