"""Sammanträdesordning: the rule for next year's meeting dates and the generator.

In the autumn the committee decides the dates of next year's meetings (sammanträden)
and the secretary lists the preparation meetings (ordförandeberedning,
oppositionsberedning …) before each of them (see ``seeds/003_…`` item 2). A committee
meets when it has decided to (KL 6:23), so the schedule is the committee's own choice;
the generator only proposes dates that are possible: never a Saturday, Sunday, public
holiday, midsommarafton, julafton or nyårsafton (lag (1989:253); ``domain.holidays_se``).
A proposed date that lands on such a day moves to the nearest acceptable day, with a note.

Conflict checks for the edited plan live in ``domain.schedule_conflicts``.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from enum import StrEnum

from uppfoljning_desktop.domain.dates import format_date_long
from uppfoljning_desktop.domain.holidays_se import holiday_name
from uppfoljning_desktop.errors import FieldError

WEEKDAYS = ("måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag")
MONTHS = (
    "januari", "februari", "mars", "april", "maj", "juni",
    "juli", "augusti", "september", "oktober", "november", "december",
)
LAST_WEEK = 5  # preferred_week 5 means "the last such weekday of the month"
MAX_MEETINGS_PER_MONTH = 4
MAX_MOVE_DAYS = 14


class EventKind(StrEnum):
    """What a date in the plan is: a committee meeting or a preparation meeting."""

    MEETING = "sammanträde"
    PREPARATION = "beredning"


@dataclass
class PrepKind:
    """A series of preparation meetings (beredning), e.g. ordförandeberedning.

    Each falls ``days_before`` days before its meeting, moved back to ``weekday`` when
    that day is another weekday (so "17 days before, Monday" gives the Monday 17 days
    before a Thursday meeting, and the Monday before that if the meeting is moved).
    """

    name: str = "Ordförandeberedning"
    weekday: int = 0
    start: dt.time = dt.time(16, 0)
    end: dt.time = dt.time(17, 30)
    place: str = ""
    days_before: int = 7
    id: int | None = None


@dataclass
class ScheduleRule:
    """The rule a year's sammanträdesordning is generated from."""

    year: int
    weekday: int = 3  # torsdag
    start: dt.time = dt.time(18, 0)
    end: dt.time = dt.time(21, 0)
    place: str = ""
    preferred_week: int = 2  # 1–4, or 5 for the last
    meetings_per_month: dict[int, int] = field(default_factory=lambda: default_months())
    prep_kinds: list[PrepKind] = field(default_factory=list)


def default_months() -> dict[int, int]:
    """One meeting a month, none in July."""
    return {m: (0 if m == 7 else 1) for m in range(1, 13)}


@dataclass
class ScheduleEvent:
    """One date in a plan: a meeting, or a preparation for the meeting ``meeting_key``.

    ``key`` is the event's identity within the year (``m03`` for the March meeting,
    ``m03-p2`` for its preparation of kind 2); it never changes when the date is
    edited, so calendar exports keep their UIDs.
    """

    key: str
    kind: EventKind
    date: dt.date
    start: dt.time | None
    end: dt.time | None
    place: str = ""
    note: str = ""
    label: str = "Sammanträde"  # "Sammanträde" or the preparation kind's name
    prep_kind_index: int | None = None  # index into the rule's prep_kinds
    meeting_key: str | None = None
    id: int | None = None
    revision: int = 0  # bumped on every edit (SEQUENCE in calendar exports)
    meeting_id: int | None = None  # the meeting in the meetings module, once created
    cancelled: bool = False  # a removed date the plan remembers (sent as a cancellation)


@dataclass
class GeneratedPlan:
    """A year's plan: the rule and its dates (generated, then edited and stored)."""

    rule: ScheduleRule
    events: list[ScheduleEvent]
    id: int | None = None
    cancelled: list[ScheduleEvent] = field(default_factory=list)  # removed dates, remembered

    @property
    def meetings(self) -> list[ScheduleEvent]:
        return [e for e in self.events if e.kind is EventKind.MEETING]

    @property
    def notes(self) -> list[str]:
        return [e.note for e in self.events if e.note]

    @property
    def year(self) -> int:
        return self.rule.year

    def preparations(self, kind_index: int | None = None) -> list[ScheduleEvent]:
        return [e for e in self.events if e.kind is EventKind.PREPARATION
                and (kind_index is None or e.prep_kind_index == kind_index)]

    def event(self, key: str) -> ScheduleEvent | None:
        return next((e for e in self.events if e.key == key), None)


# ---------------------------------------------------------------- validation


def validate_prep_kind(k: PrepKind, where: str = "Beredning") -> list[FieldError]:
    errors: list[FieldError] = []
    if not k.name.strip():
        errors.append(FieldError(f"{where}: namn", "får inte vara tomt (t.ex. Ordförandeberedning)"))
    if not 0 <= k.weekday <= 4:
        errors.append(FieldError(f"{where} ({k.name}): veckodag", "ska vara en vardag, måndag–fredag"))
    if k.end <= k.start:
        errors.append(FieldError(f"{where} ({k.name}): tid", "sluttiden måste vara efter starttiden"))
    if not 0 <= k.days_before <= 60:
        errors.append(FieldError(f"{where} ({k.name}): dagar före", "ska vara mellan 0 och 60"))
    return errors


def validate_rule(rule: ScheduleRule) -> list[FieldError]:
    """Swedish field errors; an empty list means the rule can be generated."""
    errors: list[FieldError] = []
    if not 2000 <= rule.year <= 2100:
        errors.append(FieldError("År", f"{rule.year} är inget rimligt år (2000–2100)"))
    if not 0 <= rule.weekday <= 4:
        errors.append(FieldError("Veckodag", "sammanträden hålls en vardag, måndag–fredag"))
    if rule.end <= rule.start:
        errors.append(FieldError("Tid", "sluttiden måste vara efter starttiden"))
    if not 1 <= rule.preferred_week <= LAST_WEEK:
        errors.append(FieldError("Vecka i månaden", "ska vara 1–4, eller 5 för sista veckan"))
    for month, count in rule.meetings_per_month.items():
        if month not in range(1, 13):
            errors.append(FieldError("Sammanträden per månad", f"{month} är ingen månad (1–12)"))
        elif not 0 <= count <= MAX_MEETINGS_PER_MONTH:
            errors.append(
                FieldError(f"Sammanträden i {MONTHS[month - 1]}", f"ska vara 0–{MAX_MEETINGS_PER_MONTH}")
            )
    names = [k.name.strip().casefold() for k in rule.prep_kinds]
    for i, k in enumerate(rule.prep_kinds, start=1):
        errors += validate_prep_kind(k, f"Beredning {i}")
        if names.count(k.name.strip().casefold()) > 1 and names.index(k.name.strip().casefold()) == i - 1:
            errors.append(FieldError(f"Beredning {i}", f"\"{k.name}\" finns två gånger"))
    return errors


# ---------------------------------------------------------------- acceptable days


def unacceptable_reason(d: dt.date) -> str | None:
    """Why nobody should be called to a meeting on ``d``, or None if it is fine."""
    name = holiday_name(d)
    if name:
        return name.lower() if name[0].isupper() and not name.startswith("Kristi") else name
    if d.weekday() >= 5:
        return WEEKDAYS[d.weekday()]
    return None


def nearest_acceptable_day(
    d: dt.date,
    *,
    taken: Iterable[dt.date] = (),
    not_after: dt.date | None = None,
    same_month: bool = False,
) -> dt.date:
    """The acceptable day closest to ``d`` (the earlier one on a tie), skipping
    ``taken`` days, never later than ``not_after``; ``d`` itself if it is fine."""
    taken_set = set(taken)
    for distance in range(0, MAX_MOVE_DAYS + 1):
        for candidate in (d - dt.timedelta(days=distance), d + dt.timedelta(days=distance)):
            if not_after is not None and candidate > not_after:
                continue
            if same_month and (candidate.month, candidate.year) != (d.month, d.year):
                continue
            if candidate in taken_set or unacceptable_reason(candidate):
                continue
            return candidate
    if same_month:
        return nearest_acceptable_day(d, taken=taken_set, not_after=not_after)
    raise ValueError(f"Inget möjligt datum inom två veckor från {format_date_long(d)}")


# ---------------------------------------------------------------- generator


def weekdays_in_month(year: int, month: int, weekday: int) -> list[dt.date]:
    days = calendar.monthrange(year, month)[1]
    return [dt.date(year, month, d) for d in range(1, days + 1) if dt.date(year, month, d).weekday() == weekday]


def _chosen_days(candidates: Sequence[dt.date], count: int, preferred_week: int) -> list[dt.date]:
    """``count`` of the month's weekdays, the first in the preferred week, spread evenly."""
    if count <= 0:
        return []
    n = len(candidates)
    step = max(1, n // count)
    first = n - 1 - step * (count - 1) if preferred_week >= LAST_WEEK else preferred_week - 1
    first = max(0, min(first, n - 1 - step * (count - 1)))
    return [candidates[min(first + i * step, n - 1)] for i in range(count)]


def meeting_key(month: int, n: int) -> str:
    return f"m{month:02d}" if n == 1 else f"m{month:02d}-{n}"


def prep_key(meeting: str, kind_index: int) -> str:
    return f"{meeting}-p{kind_index + 1}"


def preparation_date(meeting_date: dt.date, kind: PrepKind) -> dt.date:
    """The rule's date for a preparation before a meeting on ``meeting_date``, before
    holidays are considered: ``days_before`` earlier, then back to ``weekday``."""
    d = meeting_date - dt.timedelta(days=kind.days_before)
    while d.weekday() != kind.weekday:
        d -= dt.timedelta(days=1)
    return d


def place_preparation(meeting_date: dt.date, kind: PrepKind) -> tuple[dt.date, str]:
    """The preparation's date and a note if it had to move off a holiday."""
    wanted = preparation_date(meeting_date, kind)
    reason = unacceptable_reason(wanted)
    if reason is None:
        return wanted, ""
    moved = nearest_acceptable_day(wanted, not_after=meeting_date - dt.timedelta(days=1))
    return moved, f"{kind.name}: {format_date_long(wanted)} är {reason}; flyttad till {format_date_long(moved)}."


def preparations_for(meeting: ScheduleEvent, kinds: Sequence[PrepKind]) -> list[ScheduleEvent]:
    """The preparation meetings of every kind for one meeting."""
    out = []
    for i, kind in enumerate(kinds):
        d, note = place_preparation(meeting.date, kind)
        out.append(
            ScheduleEvent(
                key=prep_key(meeting.key, i), kind=EventKind.PREPARATION, date=d, start=kind.start,
                end=kind.end, place=kind.place, note=note, label=kind.name, prep_kind_index=i,
                meeting_key=meeting.key,
            )
        )
    return out


def generate_plan(rule: ScheduleRule) -> GeneratedPlan:
    """Propose the year's meetings and preparations from ``rule``.

    Never proposes a Saturday, Sunday, public holiday, midsommarafton, julafton or
    nyårsafton: such a date moves to the nearest acceptable day in the same month (the
    earlier on a tie) and the event's ``note`` says so. Raises ``ValueError`` for a rule
    that does not validate (callers validate first to get field errors).
    """
    problems = validate_rule(rule)
    if problems:
        raise ValueError("; ".join(str(p) for p in problems))
    meetings: list[ScheduleEvent] = []
    taken: set[dt.date] = set()
    for month in range(1, 13):
        count = rule.meetings_per_month.get(month, 1)
        candidates = weekdays_in_month(rule.year, month, rule.weekday)
        for n, wanted in enumerate(_chosen_days(candidates, count, rule.preferred_week), start=1):
            note = ""
            d = wanted
            reason = unacceptable_reason(wanted)
            if reason is not None or wanted in taken:
                d = nearest_acceptable_day(wanted, taken=taken, same_month=True)
                why = reason or "redan ett sammanträde"
                note = f"Sammanträde: {format_date_long(wanted)} är {why}; flyttat till {format_date_long(d)}."
            taken.add(d)
            meetings.append(
                ScheduleEvent(
                    key=meeting_key(month, n), kind=EventKind.MEETING, date=d, start=rule.start,
                    end=rule.end, place=rule.place, note=note,
                )
            )
    events: list[ScheduleEvent] = []
    for m in meetings:
        events.append(m)
        events += preparations_for(m, rule.prep_kinds)
    return GeneratedPlan(rule=rule, events=events)


# ---------------------------------------------------------------- parsing rule options


_TIME_RE = re.compile(r"^(\d{1,2})[:.](\d{2})$")


def parse_time(text: str, label: str = "Tid") -> dt.time:
    """``19:00`` or ``19.00``; ``ValueError`` with a Swedish message naming ``label``."""
    m = _TIME_RE.match(text.strip())
    if not m or int(m.group(1)) > 23 or int(m.group(2)) > 59:
        raise ValueError(f"{label}: \"{text}\" är ingen tid på formen TT:MM (t.ex. 19:00)")
    return dt.time(int(m.group(1)), int(m.group(2)))


def parse_time_span(text: str, label: str = "Tid") -> tuple[dt.time, dt.time]:
    """``16:00-17:30`` (hyphen or en dash)."""
    parts = re.split(r"\s*[-–]\s*", text.strip())
    if len(parts) != 2:
        raise ValueError(f"{label}: \"{text}\" ska skrivas som 16:00-17:30")
    return parse_time(parts[0], label), parse_time(parts[1], label)


def parse_weekday(text: str, label: str = "Veckodag") -> int:
    """``torsdag`` (or its first three letters) → 3."""
    t = text.strip().casefold()
    for i, name in enumerate(WEEKDAYS):
        if t == name or (len(t) >= 3 and name.startswith(t)):
            return i
    raise ValueError(f"{label}: \"{text}\" är ingen veckodag (måndag … fredag)")


def parse_months(text: str) -> dict[int, int]:
    """``7:0,12:2`` → the default months with July 0 and December 2 meetings."""
    months = default_months()
    for part in filter(None, (p.strip() for p in text.split(","))):
        m = re.fullmatch(r"(\d{1,2})\s*[:=]\s*(\d)", part)
        if not m or not 1 <= int(m.group(1)) <= 12:
            raise ValueError(f"Månader: \"{part}\" ska skrivas som MÅNAD:ANTAL, t.ex. 7:0 eller 12:2")
        months[int(m.group(1))] = int(m.group(2))
    return months


def parse_prep_kind(text: str) -> PrepKind:
    """``Ordförandeberedning;måndag;16:00-17:30;plan 9 i kommunhuset;17``."""
    parts = [p.strip() for p in text.split(";")]
    if len(parts) != 5:
        raise ValueError(
            f"Beredning: \"{text}\" ska ha fem delar: NAMN;VECKODAG;TT:MM-TT:MM;PLATS;DAGAR FÖRE"
        )
    name, weekday, span, place, days = parts
    start, end = parse_time_span(span, f"Beredning {name}")
    if not days.isdigit():
        raise ValueError(f"Beredning {name}: \"{days}\" är inget antal dagar")
    return PrepKind(name=name, weekday=parse_weekday(weekday, f"Beredning {name}"), start=start,
                    end=end, place=place, days_before=int(days))


def with_year(rule: ScheduleRule, year: int) -> ScheduleRule:
    return replace(rule, year=year)
