"""The printed "Sammanträdesordning ÅÅÅÅ" with its attachment of preparation meetings.

Laid out as the seed's item 2 (``seeds/003_…``): the meeting dates as a list of
weekday-and-date lines ("torsdag 19 januari"), and as an attachment ("Bilaga") each
preparation series with its dates, its usual time and place, and any date that differs.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from reportlab.platypus import Flowable, PageBreak

from uppfoljning_desktop.domain.dates import format_date_no_year, format_time
from uppfoljning_desktop.domain.schedule import GeneratedPlan, PrepKind, ScheduleEvent
from uppfoljning_desktop.reports.base import Document, Letterhead, load_letterhead


def plural(name: str) -> str:
    """Ordförandeberedning → ordförandeberedningar; gruppmöte → gruppmöten."""
    low = name[:1].lower() + name[1:]
    if low.endswith("ing"):
        return low + "ar"
    if low.endswith("e"):
        return low + "n"
    return low


def day_text(d: dt.date, year: int) -> str:
    """"torsdag 19 januari" (with the year when it is not the plan's year)."""
    text = format_date_no_year(d)
    return text if d.year == year else f"{text} {d.year}"


def _span(start: dt.time | None, end: dt.time | None) -> str:
    if start is None:
        return ""
    return f"kl. {format_time(start)}–{format_time(end)}" if end else f"kl. {format_time(start)}"


def _deviation(e: ScheduleEvent, start: dt.time | None, end: dt.time | None, place: str) -> str:
    parts = []
    if (e.start, e.end) != (start, end) and e.start is not None:
        parts.append(_span(e.start, e.end))
    if e.place and e.place != place:
        parts.append(e.place)
    return ", ".join(parts)


def meeting_lines(plan: GeneratedPlan) -> list[str]:
    """One line per meeting in date order, with its time or place when they differ."""
    rule = plan.rule
    lines = []
    for m in sorted(plan.meetings, key=lambda e: (e.date, e.start or dt.time())):
        extra = _deviation(m, rule.start, rule.end, rule.place)
        lines.append(day_text(m.date, plan.year) + (f", {extra}" if extra else ""))
    return lines


def preparation_lines(plan: GeneratedPlan, index: int) -> list[str]:
    kind = plan.rule.prep_kinds[index]
    lines = []
    for p in sorted(plan.preparations(index), key=lambda e: (e.date, e.start or dt.time())):
        extra = _deviation(p, kind.start, kind.end, kind.place)
        meeting = plan.event(p.meeting_key) if p.meeting_key else None
        before = f" (inför {format_date_no_year(meeting.date)})" if meeting else ""
        lines.append(day_text(p.date, plan.year) + (f", {extra}" if extra else "") + before)
    return lines


def _kind_usual(kind: PrepKind) -> str:
    where = f", {kind.place}" if kind.place else ""
    return f"{plural(kind.name).capitalize()} är {_span(kind.start, kind.end)}{where}, om inget annat anges."


def schedule_story(doc: Document, plan: GeneratedPlan, committee: str) -> list[Flowable]:
    year, rule = plan.year, plan.rule
    story: list[Flowable] = [doc.p(f"Sammanträdesordning {year}", "title")]
    where = f" i {rule.place}" if rule.place else ""
    who = committee or "Nämnden"
    story.append(doc.p(
        f"{who} sammanträder följande dagar {year}, {_span(rule.start, None)}{where}, "
        "om inget annat anges:"
    ))
    lines = meeting_lines(plan)
    story.append(doc.bullets(lines) if lines else doc.p("Inga sammanträden är planerade."))
    kinds = [k for i, k in enumerate(rule.prep_kinds) if plan.preparations(i)]
    if kinds:
        story.append(doc.space(4))
        story.append(doc.p("Bilaga", "h3"))
        story.append(doc.p(f"Datum för {' och '.join(plural(k.name) for k in kinds)} {year}."))
        story.append(PageBreak())
        names = " och ".join(plural(k.name) for k in kinds)
        story.append(doc.p(f"Bilaga: {names[:1].upper() + names[1:]} {year}", "title"))
        for i, kind in enumerate(rule.prep_kinds):
            lines = preparation_lines(plan, i)
            if not lines:
                continue
            story.append(doc.p(f"Datum för {plural(kind.name)} {year}:", "h2"))
            story.append(doc.bullets(lines))
            story.append(doc.p(_kind_usual(kind)))
    return story


def render_schedule(
    plan: GeneratedPlan,
    letterhead: Letterhead,
    committee: str,
    *,
    date: dt.date | None = None,
    reference: str = "",
    target: Path | str | None = None,
) -> bytes:
    """The PDF of ``plan``; returns its bytes (and writes ``target`` when given)."""
    doc = Document(
        letterhead, title=f"Sammanträdesordning {plan.year}", kind="SAMMANTRÄDESORDNING",
        date=date, reference=reference, subject=f"{committee}: sammanträden {plan.year}",
    )
    return doc.build(schedule_story(doc, plan, committee), target)


def render_schedule_for_year(db, year: int, target: Path | str | None = None,
                             *, date: dt.date | None = None) -> bytes:
    """Read the plan, letterhead and committee from ``db`` and render."""
    from uppfoljning_desktop.errors import NotFound
    from uppfoljning_desktop.store import organisation, schedule

    plan = schedule.get_plan(db, year)
    try:
        committee = organisation.get_committee(db).name
    except NotFound:
        committee = ""
    return render_schedule(plan, load_letterhead(db), committee, date=date, target=target)
