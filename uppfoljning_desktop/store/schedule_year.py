""""Creates the year": turns a sammanträdesordning into meetings and a decision item.

One action (one transaction) creates every planned meeting in the meetings module
(``store.meetings``), links each meeting and its preparation meetings to it, and puts
the item "Sammanträdesordning ÅÅÅÅ" on the agenda of a chosen meeting, written the way
the seed item reads (``seeds/003_…`` item 2): the proposal that the committee approves
the schedule, a summary listing the meeting dates, and the printed schedule with its
attachment of preparation meetings as the item's attachment.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass, field

from sqlite_utils import Database

from uppfoljning_desktop.domain.dates import format_date_long, format_date_no_year
from uppfoljning_desktop.domain.meetings import AgendaItem, ItemKind, Meeting
from uppfoljning_desktop.domain.organisation import OfficialRole
from uppfoljning_desktop.domain.schedule import GeneratedPlan
from uppfoljning_desktop.errors import NotFound, UserError
from uppfoljning_desktop.store import meeting_items, meetings
from uppfoljning_desktop.store import organisation as org_store
from uppfoljning_desktop.store import schedule as schedule_store


@dataclass
class YearCreated:
    """What ``create_year`` did: meetings created, meetings that already existed, the item."""

    created: list[Meeting] = field(default_factory=list)
    linked: list[Meeting] = field(default_factory=list)
    item: AgendaItem | None = None
    item_existed: bool = False


def item_title(year: int) -> str:
    return f"Sammanträdesordning {year}"


def item_texts(plan: GeneratedPlan, committee: str) -> dict[str, str]:
    """Proposal and summary of the item, with the meeting dates as a bullet list."""
    who = committee or "Nämnden"
    dates = "\n".join(f"* {format_date_no_year(m.date)}" for m in plan.meetings)
    series = " och ".join(
        _plural(k.name) for i, k in enumerate(plan.rule.prep_kinds) if plan.preparations(i)
    )
    summary = (
        f"Varje höst beslutar {who[:1].lower() + who[1:]} om datumen för nästa års sammanträden. "
        f"Förslaget till sammanträdesordning för {plan.year} är:\n\n{dates}"
    )
    if series:
        summary += f"\n\nDatum för {series} {plan.year} finns i bilagan."
    return {"proposal": f"{who} godkänner sammanträdesordningen för {plan.year}.", "summary": summary}


def _plural(name: str) -> str:
    from uppfoljning_desktop.reports.schedule import plural

    return plural(name)


def _signer(org, role: OfficialRole) -> str:
    people = org.officials_with_role(role)
    return f"{people[0].name}, {people[0].title or role.value.capitalize()}" if people else ""


def create_year(db: Database, year: int, item_meeting_date: dt.date | None) -> YearCreated:
    """Create the year's meetings (linking any that already exist on a planned date) and,
    when ``item_meeting_date`` is given, the item "Sammanträdesordning ÅÅÅÅ" on the
    meeting of that date (existing or just created). All or nothing."""
    from uppfoljning_desktop.reports.schedule import render_schedule_for_year

    result = YearCreated()
    with db.atomic():
        plan = schedule_store.get_plan(db, year)
        if not plan.meetings:
            raise UserError(f"Sammanträdesordningen för {year} har inga sammanträden att skapa.")
        for event in plan.meetings:
            if event.meeting_id is not None:
                continue
            existing = meetings.find_meeting_by_date(db, event.date)
            if existing is not None:
                meeting = existing
                result.linked.append(existing)
            else:
                meeting = meetings.create_meeting(db, event.date, event.start, event.place)
                result.created.append(meeting)
            db.execute("UPDATE schedule_event SET meeting_id = ? WHERE plan_id = ? AND (key = ? OR meeting_key = ?)",
                       [meeting.id, plan.id, event.key, event.key])
        if item_meeting_date is not None:
            target = meetings.find_meeting_by_date(db, item_meeting_date)
            if target is None or target.id is None:
                raise NotFound(
                    f"Det finns inget sammanträde {format_date_long(item_meeting_date)} att lägga ärendet på.",
                    hint="Välj ett sammanträde som redan finns under Sammanträden.",
                )
            existing_item = meeting_items.find_item(db, target.id, title=item_title(year))
            if existing_item is not None:
                result.item, result.item_existed = existing_item, True
            else:
                org = org_store.get_organisation(db)
                committee = org.committee.name if org.committee else ""
                secretary = org.officials_with_role(OfficialRole.SECRETARY)
                texts = item_texts(schedule_store.get_plan(db, year), committee)
                item = meeting_items.add_item(
                    db, target.id, item_title(year), kind=ItemKind.DECISION,
                    officer=secretary[0].name if secretary else "", recipient=committee,
                    memo_date=dt.date.today(),
                    signer1=_signer(org, OfficialRole.HEAD_OF_ADMINISTRATION),
                    signer2=_signer(org, OfficialRole.HEAD_OF_ADMIN_SERVICES),
                    proposal=texts["proposal"], summary=texts["summary"],
                )
                assert item.id is not None
                pdf = render_schedule_for_year(db, year)
                meeting_items.add_attachment(db, item.id, f"sammantradesordning-{year}.pdf", pdf,
                                             title=f"Sammanträdesordning {year} med beredningar")
                result.item = meeting_items.get_item(db, item.id)
    return result


def move_linked_meeting(db: Database, meeting_id: int, new_date: dt.date) -> None:
    """Keep the meetings module in step when a created meeting's date is edited here."""
    try:
        meeting = meetings.get_meeting(db, meeting_id)
    except NotFound:
        return
    if meeting.date != new_date:
        meetings.save_meeting(db, dataclasses.replace(meeting, date=new_date))
