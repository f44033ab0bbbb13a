"""The year's meetings and preparations as an iCalendar file that Outlook imports.

Times are local Swedish times (``Europe/Stockholm``) and the file carries its own
VTIMEZONE, written as Outlook writes it: one STANDARD and one DAYLIGHT rule that repeat
yearly (RRULE), not a list of transition dates (vobject keeps only the first date of
such a list and shows summer meetings an hour early). Each event's UID is built from
the database's identity and the event's key in the plan, and its SEQUENCE is the number
of times it was edited: importing the file again after changes updates the events
already in the calendar instead of adding copies. Dates removed from the plan are sent
again as cancellations (STATUS:CANCELLED, the same UID, a higher SEQUENCE) for as long
as the plan remembers them, so that calendars that imported an earlier file drop them.
A file limited to some kinds (only the oppositionsberedningar) is a calendar of its
own: its own name and its own calendar UID.
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


def _wanted_labels(plan: GeneratedPlan, kinds: Iterable[str] | None) -> list[str] | None:
    """The labels ``kinds`` stand for (in the plan's spelling and order), None for all."""
    if kinds is None:
        return None
    known = {k.casefold(): k for k in kind_labels(plan)}
    known["sammanträden"] = MEETING_LABEL
    wanted = set()
    for k in kinds:
        if k.strip().casefold() not in known:
            raise ValueError(f"Okänd typ \"{k}\". Välj bland: {', '.join(kind_labels(plan))}.")
        wanted.add(known[k.strip().casefold()])
    return [label for label in kind_labels(plan) if label in wanted]


def select_events(
    plan: GeneratedPlan, kinds: Iterable[str] | None = None, *, cancelled: bool = False,
) -> list[ScheduleEvent]:
    """The plan's events of ``kinds`` (labels, any case); all when None. With
    ``cancelled``, the removed dates the plan remembers instead.

    Raises ``ValueError`` naming the unknown kind and the known ones.
    """
    events = plan.cancelled if cancelled else plan.events
    labels = _wanted_labels(plan, kinds)
    if labels is None:
        return list(events)
    wanted = {label.casefold() for label in labels}
    return [e for e in events if e.label.casefold() in wanted]


def stockholm_vtimezone():
    """Europe/Stockholm as Outlook writes it: yearly rules for the EU's summer time, which
    starts on the last Sunday of March at 02:00 local (standard) time and ends on the last
    Sunday of October at 03:00 local (summer) time. Both rules start in 1601, as Outlook's."""
    from icalendar import Timezone, TimezoneDaylight, TimezoneStandard

    def rule(component, month: int, hour: int, offset_from: int, offset_to: int, name: str):
        first = dt.date(1601, month, 31)
        first -= dt.timedelta(days=(first.weekday() + 1) % 7)  # the month's last Sunday
        component.add("dtstart", dt.datetime.combine(first, dt.time(hour)))
        component.add("rrule", {"freq": "yearly", "bymonth": month, "byday": "-1SU"})
        component.add("tzoffsetfrom", dt.timedelta(hours=offset_from))
        component.add("tzoffsetto", dt.timedelta(hours=offset_to))
        component.add("tzname", name)
        return component

    tz = Timezone()
    tz.add("tzid", "Europe/Stockholm")
    tz.add_component(rule(TimezoneStandard(), 10, 3, 2, 1, "CET"))
    tz.add_component(rule(TimezoneDaylight(), 3, 2, 1, 2, "CEST"))
    return tz


def calendar_identity(database_id: str, year: int, committee: str = "",
                      labels: Sequence[str] | None = None) -> tuple[str, uuid.UUID]:
    """The calendar's name and UID: one calendar per database and year, and one more per
    selection of kinds (a file of only oppositionsberedningar is a calendar of its own)."""
    title = f"Sammanträdesordning {year}" + (f" – {committee}" if committee else "")
    key = f"uppfoljning:{database_id}:{year}"
    if labels is not None:
        title += f" ({', '.join(label.lower() for label in labels)})"
        key += ":" + "|".join(label.casefold() for label in labels)
    return title, uuid.uuid5(uuid.NAMESPACE_URL, key)


def _summary(plan: GeneratedPlan, e: ScheduleEvent, committee: str) -> str:
    if e.kind is EventKind.MEETING:
        text = f"Sammanträde {committee}".strip()
    else:
        meeting = plan.event(e.meeting_key) if e.meeting_key else None
        if meeting is None and e.meeting_key:  # a removed meeting: its cancelled preparations
            meeting = next((m for m in plan.cancelled if m.key == e.meeting_key), None)
        text = f"{e.label} inför sammanträdet {format_date_no_year(meeting.date)}" if meeting else e.label
    return f"Inställt: {text}" if e.cancelled else text


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
    """The .ics file for ``plan`` (only ``kinds`` when given), with the removed dates the
    plan remembers as cancellations."""
    from icalendar import Calendar, Event

    stamp = stamp or dt.datetime.now(dt.UTC).replace(microsecond=0)
    events = select_events(plan, kinds) + select_events(plan, kinds, cancelled=True)
    title, cal_uid = calendar_identity(database_id, plan.year, committee, _wanted_labels(plan, kinds))
    cal = Calendar.new(name=title, prodid=PRODID, method="PUBLISH", uid=cal_uid)
    if any(e.start is not None for e in events):
        cal.add_component(stockholm_vtimezone())
    for e in sorted(events, key=lambda x: (x.date, x.start or dt.time(), x.key)):
        start = _when(e.date, e.start)
        if e.start is None:
            end: dt.date | dt.datetime = e.date + dt.timedelta(days=1)
        else:
            end = _when(e.date, e.end) if e.end else start + dt.timedelta(hours=1)
        event = Event.new(
            uid=event_uid(database_id, plan.year, e.key), summary=_summary(plan, e, committee),
            start=start, end=end, location=e.place or None, sequence=e.revision, stamp=stamp,
            description=e.note or None, categories=[e.label],
        )
        event.add("status", "CANCELLED" if e.cancelled else "CONFIRMED")
        if e.cancelled:
            event.add("transp", "TRANSPARENT")  # a cancelled meeting does not block the time
        cal.add_component(event)
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
