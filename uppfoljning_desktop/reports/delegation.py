"""The printed report "Delegationsbeslut – anmälan till [nämnd] [datum]": which units'
lists were handed in for which month (as in ``seeds/003_…`` item 7), which units are
missing, and the decisions themselves grouped by unit and month.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from itertools import groupby
from pathlib import Path

from reportlab.platypus import Flowable, KeepTogether

from uppfoljning_desktop.domain.dates import format_day_month
from uppfoljning_desktop.domain.delegation import (
    DelegationDecision,
    UnitList,
    format_month,
    month_of,
)
from uppfoljning_desktop.reports.base import Document, load_letterhead


@dataclass
class ReportData:
    """What the report shows; ``preview`` when no list is assigned to the meeting yet."""

    committee: str
    meeting_date: dt.date
    lists: list[UnitList]
    decisions: list[DelegationDecision]
    missing: list[tuple[str, str]] = field(default_factory=list)  # (unit, month)
    preview: bool = False

    @property
    def title(self) -> str:
        return f"Delegationsbeslut – anmälan till {self.committee} {format_day_month(self.meeting_date)}"


def load_report_data(db, meeting_date: dt.date) -> ReportData:
    """The lists assigned to the meeting, or (before the meeting is prepared) the lists
    received by its date that have not been reported yet."""
    from uppfoljning_desktop.store import delegation as dstore
    from uppfoljning_desktop.store import delegation_register as register
    from uppfoljning_desktop.store import organisation as org_store

    lists = dstore.lists_for_meeting(db, meeting_date)
    preview = not lists
    if preview:
        lists = dstore.unreported_lists(db, up_to=meeting_date)
    decisions = register.list_decisions_for_lists(db, [ul.id for ul in lists if ul.id is not None])
    # Missing lists: for the latest month reported (a late list for an old month does not
    # make every other unit "missing" that month).
    latest = max((ul.month for ul in lists), default=None)
    sent = {ul.unit_id for ul in lists if ul.month == latest}
    missing = [(u.name, latest) for u in org_store.list_units(db) if latest and u.id not in sent]
    return ReportData(org_store.get_committee(db).name, meeting_date, lists, decisions, missing, preview)


def _decision_rows(doc: Document, decisions: list[DelegationDecision]) -> list[list[object]]:
    rows: list[list[object]] = [["Nr", "Datum", "Punkt", "Ärende", "Dnr", "Beslut", "Delegat"]]
    for d in decisions:
        point = d.point + (" *" if d.warning else "")
        delegate = doc.p_markup(
            f"{_esc(d.delegate_name)}<br/><font size=7.5 color='#555555'>{_esc(d.delegate_function)}"
            + (f", vidaredelegerat från {_esc(d.sub_delegated_from)}" if d.sub_delegated_from else "")
            + "</font>",
            "cell",
        )
        rows.append([str(d.number or ""), d.decision_date.isoformat(), point, d.subject, d.case_number,
                     d.decision, delegate])
    return rows


def _esc(text: str) -> str:
    from xml.sax.saxutils import escape

    return escape(text or "")


WIDTHS = [0.06, 0.14, 0.085, 0.21, 0.17, 0.165, 0.17]


def build_story(doc: Document, data: ReportData) -> list[Flowable]:
    story: list[Flowable] = [doc.p(data.title, "title")]
    if data.preview:
        story.append(doc.p(
            "Förhandsversion: listorna är ännu inte knutna till sammanträdet. Här visas de listor som "
            "kommit in till och med sammanträdesdagen och inte anmälts tidigare.", "small"))
    if not data.lists:
        story.append(doc.p("Inga listor över delegationsbeslut har lämnats in sedan förra anmälan."))
        return story
    story.append(doc.p("Följande listor över delegationsbeslut har lämnats in:"))
    story.append(doc.bullets([
        f"{ul.label} ({ul.decision_count} beslut)" if ul.decision_count else f"{ul.label} (inga beslut)"
        for ul in data.lists
    ]))
    if data.missing:
        story.append(doc.p("Listor saknas från: " + "; ".join(
            f"{unit}, {format_month(month)}" for unit, month in data.missing) + "."))
    for unit_id, group in groupby(data.lists, key=lambda ul: ul.unit_id):
        unit_lists = list(group)
        unit_heading: list[Flowable] = [doc.p(unit_lists[0].unit_name, "h1")]  # kept with what follows
        list_ids = {ul.id for ul in unit_lists}
        decisions = [d for d in data.decisions if d.unit_id == unit_id and d.list_id in list_ids]
        months = sorted({ul.month for ul in unit_lists} | {month_of(d.decision_date) for d in decisions})
        for month in months:
            in_month = [d for d in decisions if month_of(d.decision_date) == month]
            heading = [*unit_heading, doc.p(format_month(month).capitalize(), "h2")]
            unit_heading = []
            if not in_month:
                story.append(KeepTogether([*heading, doc.p("Inga beslut har fattats på delegation denna månad.")]))
                continue
            table = doc.table(_decision_rows(doc, in_month), WIDTHS, zebra=True)
            if len(in_month) < 8:
                story.append(KeepTogether([*heading, table]))
            else:  # a long table may break; its header repeats on the next page
                for flowable in heading:
                    flowable.keepWithNext = True
                story.extend([*heading, table])
    if any(d.warning for d in data.decisions):
        story.append(doc.space(3))
        story.append(doc.p("* Punkten är markerad som ett ärende som inte får delegeras (KL 6 kap. 38 §).", "small"))
    story.append(doc.space(3))
    story.append(doc.p(f"Antal beslut: {len(data.decisions)}.", "small"))
    return story


def render_decisions_report(
    db, meeting_date: dt.date, target: Path | str | None = None, *, reference: str = ""
) -> bytes:
    """The PDF for the meeting on ``meeting_date``; ``reference`` is the item's dnr."""
    data = load_report_data(db, meeting_date)
    doc = Document(
        load_letterhead(db), title=data.title, kind="DELEGATIONSBESLUT", date=meeting_date,
        reference=f"Dnr {reference}" if reference else "", subject="Anmälan av delegationsbeslut",
    )
    return doc.build(build_story(doc, data), target)


def prepare_meeting(db, meeting_id: int, *, received_by: dt.date | None = None):
    """Prepare the meeting's item "Anmälan av delegationsbeslut" with this report attached
    (see ``store.delegation_meetings.prepare_meeting_item``)."""
    from uppfoljning_desktop.store.delegation_meetings import prepare_meeting_item

    return prepare_meeting_item(
        db, meeting_id, lambda db_, date, dnr: render_decisions_report(db_, date, reference=dnr),
        received_by=received_by,
    )
