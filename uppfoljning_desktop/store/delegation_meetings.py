"""Delegation decisions meet the meetings area: the standing item "Anmälan av
delegationsbeslut", the § that reported them, and the appeal clock of the posting.

- Preparing a meeting: the lists received since the last report go to the meeting; the
  item lists them (as in ``seeds/003_…`` item 7) and carries the printed report.
- Adjusted minutes: each decision records the meeting and the item's § (KL 6:40, 7:8).
- Posted minutes: each decision records the posting day and the last appeal day,
  computed by the meetings area's rule (``domain.deadlines``, KL 13:5), never here.

The meetings area does not call this module; the delegation page and the CLI call
``sync_reporting`` (idempotent) so the register follows the meetings' state.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field

from sqlite_utils import Database

from uppfoljning_desktop.domain.delegation import UnitList, format_month
from uppfoljning_desktop.domain.meetings import (
    DELEGATION_ITEM_TITLE,
    AgendaItem,
    ItemKind,
    MeetingState,
)
from uppfoljning_desktop.errors import UserError
from uppfoljning_desktop.store import delegation as dstore
from uppfoljning_desktop.store import meeting_items, meetings
from uppfoljning_desktop.store import minutes as minutes_store
from uppfoljning_desktop.store import organisation as org_store

DEFAULT_SUMMARY = (
    "Beslut som fattas med stöd av nämndens delegationsordning anmäls till nämnden i den ordning "
    "nämnden har bestämt. Verksamheterna lämnar in sina listor varje månad; besluten finns i bilagan."
)

ReportRenderer = Callable[[Database, dt.date, str], bytes]  # (db, meeting date, item's dnr)


@dataclass
class PreparedItem:
    item: AgendaItem
    lists: list[UnitList]
    missing_units: list[str] = field(default_factory=list)
    attachment_name: str = ""


def report_filename(meeting_date: dt.date) -> str:
    return f"delegationsbeslut-{meeting_date.isoformat()}.pdf"


def item_body(lists: list[UnitList], missing_units: list[str], month: str | None) -> str:
    """The item's text: the lists handed in, then the units that are missing."""
    if not lists:
        return "Inga listor över delegationsbeslut har lämnats in sedan förra anmälan."
    lines = ["Följande listor över delegationsbeslut har lämnats in:"]
    lines += [f"* {ul.label}" for ul in lists]
    if missing_units and month:
        lines += ["", f"Listor för {format_month(month)} saknas från: {', '.join(missing_units)}."]
    return "\n".join(lines)


def prepare_meeting_item(
    db: Database,
    meeting_id: int,
    render: ReportRenderer,
    *,
    received_by: dt.date | None = None,
) -> PreparedItem:
    """Fill the meeting's "Anmälan av delegationsbeslut" (added if missing) with the lists
    received since the last report and attach the printed report (replacing an earlier
    one). One transaction: either everything or nothing changes."""
    with db.atomic():
        meeting = meetings.get_meeting(db, meeting_id)
        if meeting.minutes_finalised:
            raise UserError(
                f"Protokollet från {meeting.date.isoformat()} är färdigställt; delegationslistorna kan inte "
                "längre ändras på det sammanträdet.",
                hint="Nya listor tas upp på nästa sammanträde.",
            )
        item = meeting_items.find_item(db, meeting_id, kind=ItemKind.DELEGATION_REPORT)
        if item is None:
            item = meeting_items.add_item(db, meeting_id, DELEGATION_ITEM_TITLE, kind=ItemKind.DELEGATION_REPORT)
        lists = dstore.assign_lists_to_meeting(db, meeting.date, received_by=received_by or meeting.date)
        latest = max((ul.month for ul in lists), default=None)
        sent = {ul.unit_id for ul in lists if ul.month == latest}
        missing = [u.name for u in org_store.list_units(db) if latest and u.id not in sent]
        item.body = item_body(lists, missing, latest)
        if not item.summary.strip():
            item.summary = DEFAULT_SUMMARY
        item = meeting_items.save_item(db, item)
        assert item.id is not None
        name = report_filename(meeting.date)
        for attachment in meeting_items.list_attachments(db, item.id):
            if attachment.filename == name and attachment.id is not None:
                meeting_items.remove_attachment(db, attachment.id)
        meeting_items.add_attachment(db, item.id, name, render(db, meeting.date, item.case_number), title="Delegationsbeslut")
    return PreparedItem(item, lists, missing, name)


@dataclass
class SyncResult:
    meeting_date: dt.date
    section: int | None = None
    recorded: int = 0  # decisions given meeting and §
    posted: int = 0  # decisions given appeal start and last day


def sync_meeting(db: Database, meeting_id: int) -> SyncResult | None:
    """Copy the state of one meeting's minutes to its delegation decisions: § once the
    minutes are adjusted, appeal dates once they are posted. None if nothing to do."""
    meeting = meetings.get_meeting(db, meeting_id)
    item = meeting_items.find_item(db, meeting_id, kind=ItemKind.DELEGATION_REPORT)
    if item is None or item.id is None or not meeting.minutes_finalised or item.section_no is None:
        return None
    adjusted = meeting.state.rank >= MeetingState.ADJUSTED.rank or item.immediate_adjustment
    if not adjusted:
        return None
    result = SyncResult(meeting.date, item.section_no)
    with db.atomic():
        result.recorded = dstore.record_minutes_adjusted(db, meeting.date, item.section_no)
        deadlines = minutes_store.item_deadlines(db, item.id)
        if deadlines.posted_on is not None and deadlines.appeal_until is not None:
            result.posted = dstore.record_posting(db, meeting.date, deadlines.posted_on, deadlines.appeal_until)
    return result


def sync_reporting(db: Database) -> list[SyncResult]:
    """Bring every meeting that carries delegation lists up to date (idempotent)."""
    results = []
    dates = [r[0] for r in db.execute(
        "SELECT DISTINCT l.meeting_date FROM delegation_list l WHERE l.meeting_date IS NOT NULL AND EXISTS ("
        " SELECT 1 FROM delegation_decision d WHERE d.list_id = l.id AND d.appeal_start IS NULL)"
    ).fetchall()]
    for text in dates:
        meeting = meetings.find_meeting_by_date(db, dt.date.fromisoformat(text))
        if meeting is not None and meeting.id is not None:
            result = sync_meeting(db, meeting.id)
            if result is not None:
                results.append(result)
    return results
