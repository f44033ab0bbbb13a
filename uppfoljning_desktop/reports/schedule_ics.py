"""The year's meetings and preparations as an iCalendar file that Outlook imports.

Times are local Swedish times (``Europe/Stockholm``) and the file carries its own
VTIMEZONE (``add_missing_timezones``), which Outlook needs. Each event's UID is built
from the database's identity and the event's key in the plan, and its SEQUENCE is the
number of times it was edited: importing the file again after changes updates the
events already in the calendar instead of adding copies.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterable, Sequence
from pathlib import Path
from zoneinfo import ZoneInfo

from uppfoljning_desktop.domain.dates import format_date_no_year
from uppfoljning_desktop.domain.schedule import EventKind, GeneratedPlan, ScheduleEvent

TIMEZONE = ZoneInfo("Europe/Stockholm")
PRODID = "-//Uppföljning//Sammanträdesordning//SV"
MEETING_LABEL = "Sammanträde"


def event_uid(database_id: str, year: int, key: str) -> str:
    """Stable for the database's whole life; independent of the date."""
    return f"{year}-{key}-{database_id}@uppfoljning"


def kind_labels(plan: GeneratedPlan) -> list[str]:
    """The kinds a file can be limited to: "Sammanträde" and each series' name."""
    return [MEETING_LABEL] + [k.name for k in plan.rule.prep_kinds]


def select_events(plan: GeneratedPlan, kinds: Iterable[str] | None = None) -> list[ScheduleEvent]:
    """The plan's events of ``kinds`` (labels, any case); all when None.

    Raises ``ValueError`` naming the unknown kind and the known ones.
    """
    if kinds is None:
        return list(plan.events)
    known = {k.casefold(): k for k in kind_labels(plan)}
    known["sammanträden"] = MEETING_LABEL
    wanted = set()
    for k in kinds:
        if k.strip().casefold() not in known:
            raise ValueError(f"Okänd typ \"{k}\". Välj bland: {', '.join(kind_labels(plan))}.")
        wanted.add(known[k.strip().casefold()].casefold())
    return [e for e in plan.events if e.label.casefold() in wanted]


def _summary(plan: GeneratedPlan, e: ScheduleEvent, committee: str) -> str:
    if e.kind is EventKind.MEETING:
        return f"Sammanträde {committee}".strip()
    meeting = plan.event(e.meeting_key) if e.meeting_key else None
    return f"{e.label} inför sammanträdet {format_date_no_year(meeting.date)}" if meeting else e.label


def _when(d: dt.date, t: dt.time | None) -> dt.date | dt.datetime:
    return d if t is None else dt.datetime.combine(d, t, tzinfo=TIMEZONE)


def build_ics(
    plan: GeneratedPlan,
    *,
    database_id: str,
    committee: str = "",
    kinds: Sequence[str] | None = None,
    stamp: dt.datetime | None = None,
) -> bytes:
    """The .ics file for ``plan`` (only ``kinds`` when given)."""
    from icalendar import Calendar, Event

    stamp = stamp or dt.datetime.now(dt.UTC).replace(microsecond=0)
    events = select_events(plan, kinds)
    title = f"Sammanträdesordning {plan.year}" + (f" – {committee}" if committee else "")
    cal_uid = uuid.uuid5(uuid.NAMESPACE_URL, f"uppfoljning:{database_id}:{plan.year}")
    cal = Calendar.new(name=title, prodid=PRODID, method="PUBLISH", uid=cal_uid)
    for e in sorted(events, key=lambda x: (x.date, x.start or dt.time(), x.key)):
        start = _when(e.date, e.start)
        if e.start is None:
            end: dt.date | dt.datetime = e.date + dt.timedelta(days=1)
        else:
            end = _when(e.date, e.end) if e.end else start + dt.timedelta(hours=1)
        cal.add_component(Event.new(
            uid=event_uid(database_id, plan.year, e.key), summary=_summary(plan, e, committee),
            start=start, end=end, location=e.place or None, sequence=e.revision, stamp=stamp,
            description=e.note or None, categories=[e.label],
        ))
    cal.add_missing_timezones()
    return cal.to_ical()


def export_ics_for_year(db, year: int, target: Path | str, *, kinds: Sequence[str] | None = None) -> int:
    """Write the .ics of the stored plan; returns the number of events written."""
    from uppfoljning_desktop.errors import NotFound, UserError
    from uppfoljning_desktop.store import organisation, schedule

    plan = schedule.get_plan(db, year)
    try:
        committee = organisation.get_committee(db).name
    except NotFound:
        committee = ""
    try:
        data = build_ics(plan, database_id=organisation.database_id(db), committee=committee, kinds=kinds)
    except ValueError as exc:
        raise UserError(str(exc)) from None
    Path(target).write_bytes(data)
    return len(select_events(plan, kinds))
