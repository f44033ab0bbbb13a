"""What every meeting document needs, loaded once: the meeting, its items, people,
letterhead and deadlines (``MeetingPack``), and the masking rule of public versions.

A public version (TF 2:10, 2:15; OSL) shows a confidential item only by its number and
"Sekretess enligt OSL …": no title, case number, text or attachments.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlite_utils import Database

from uppfoljning_desktop.domain.deadlines import Deadlines
from uppfoljning_desktop.domain.meetings import (
    AgendaItem,
    Attachment,
    Attendance,
    Meeting,
    Quorum,
    quorum_for_item,
)
from uppfoljning_desktop.domain.organisation import Committee, MemberRole, Official, OfficialRole
from uppfoljning_desktop.domain.voting import ItemMinutes
from uppfoljning_desktop.reports.base import Letterhead, load_letterhead


@dataclass
class MeetingPack:
    """Everything the meeting documents print, read in one go (also in a worker thread)."""

    meeting: Meeting
    committee: Committee
    letterhead: Letterhead
    items: list[AgendaItem]
    attachments: dict[int, list[Attachment]]
    attendance: list[Attendance]
    conflicts: dict[int, list[str]]
    deadlines: Deadlines
    item_deadlines: dict[int, Deadlines]
    chair: tuple[str, str]  # (name with party, "Ordförande")
    secretary: Official | None
    absence_contact: Official | None
    seats: int = 0
    officials: list[Official] = field(default_factory=list)
    debate: dict[int, ItemMinutes] = field(default_factory=dict)  # KL 5:67 per §: motions, votes …
    attendance_at: dict[int, list[Attendance]] = field(default_factory=dict)  # per § with the changes
    quorums: dict[int, Quorum] = field(default_factory=dict)  # per § with attendance changes and jäv
    ended_at: dt.time | None = None
    adjustment_time: dt.time | None = None
    corrections: dict[int, list] = field(default_factory=dict)  # item id → store.corrections.Correction
    seal: str = ""  # the minutes' seal (store.seals) once adjusted
    original: bool = False  # adjusted minutes as adjusted, without rättelser
    _db: Database | None = None

    def attachments_of(self, item: AgendaItem) -> list[Attachment]:
        return self.attachments.get(item.id, []) if item.id is not None else []

    def conflicts_of(self, item: AgendaItem) -> list[str]:
        return self.conflicts.get(item.id, []) if item.id is not None else []

    def quorum_of(self, item: AgendaItem) -> Quorum:
        if item.id is not None and item.id in self.quorums:
            return self.quorums[item.id]
        return quorum_for_item(self.seats, [a.name for a in self.attendance if a.status.serves], self.conflicts_of(item))

    def deadlines_of(self, item: AgendaItem) -> Deadlines | None:
        return self.item_deadlines.get(item.id) if item.id is not None else None

    def number_of(self, item: AgendaItem) -> int:
        return next(i for i, x in enumerate(self.items, start=1) if x.id == item.id)

    def attachment_data(self, attachment_id: int) -> bytes:
        from uppfoljning_desktop.store import meeting_items

        assert self._db is not None
        return meeting_items.attachment_data(self._db, attachment_id)

    def official_titled(self, role: OfficialRole) -> Official | None:
        return next((o for o in self.officials if o.role == role), None)


def load_pack(db: Database, meeting_id: int, *, original: bool = False) -> MeetingPack:
    from uppfoljning_desktop.store import corrections as corrections_store
    from uppfoljning_desktop.store import meeting_items, minutes, motions, seals
    from uppfoljning_desktop.store import meetings as meeting_store
    from uppfoljning_desktop.store import organisation as org_store

    meeting = meeting_store.get_meeting(db, meeting_id)
    committee = org_store.get_committee(db, meeting.committee_id)
    committee_id = committee.id
    assert committee_id is not None  # read from the database
    items = meeting_items.list_items(db, meeting_id)
    officials = org_store.list_officials(db)
    members = org_store.list_members(db, committee.id)
    chair_member = next((m for m in members if m.role == MemberRole.CHAIR), None)
    chair_name = meeting.chair_name or (
        f"{chair_member.name} ({chair_member.party})" if chair_member and chair_member.party else chair_member.name if chair_member else ""
    )
    secretary = next((o for o in officials if o.role == OfficialRole.SECRETARY), None)
    times = motions.get_times(db, meeting_id)
    contact = next((o for o in officials if o.id == meeting.absence_contact_id), secretary)
    return MeetingPack(
        meeting=meeting,
        committee=committee,
        letterhead=load_letterhead(db),
        items=items,
        attachments={i.id: meeting_items.list_attachments(db, i.id) for i in items if i.id is not None},
        attendance=minutes.list_attendance(db, meeting_id),
        conflicts={i.id: minutes.list_conflicts(db, i.id) for i in items if i.id is not None},
        deadlines=meeting_store.meeting_deadlines(db, meeting),
        item_deadlines={i.id: minutes.item_deadlines(db, i.id) for i in items if i.id is not None and i.immediate_adjustment},
        chair=(chair_name, "Ordförande"),
        secretary=secretary,
        absence_contact=contact,
        seats=minutes.seat_count(db, committee_id),
        officials=officials,
        debate={i.id: motions.item_minutes(db, i.id) for i in items if i.id is not None},
        attendance_at={i.id: motions.list_attendance_at(db, i.id) for i in items if i.id is not None},
        quorums={i.id: motions.item_quorum(db, i.id) for i in items if i.id is not None},
        ended_at=times[0],
        adjustment_time=times[1],
        corrections={} if original else corrections_store.corrections_for_meeting(db, meeting_id),
        seal=seals.minutes_seal(db, meeting_id, original=original) or "",
        original=original,
        _db=db,
    )


def secrecy_text(item: AgendaItem) -> str:
    """What a public version shows instead of a confidential item."""
    provision = item.osl_provision.strip() or "OSL"
    if not provision.upper().startswith("OSL"):
        provision = f"OSL {provision}"
    return f"Sekretess enligt {provision}"


def is_masked(item: AgendaItem, public: bool) -> bool:
    return public and item.confidential


def split_signer(text: str) -> tuple[str, str]:
    """"Johan Nordin, Förvaltningschef" → ("Johan Nordin", "Förvaltningschef")."""
    name, _, title = text.partition(",")
    return name.strip(), title.strip()


def iso(d: dt.date | None) -> str:
    return d.isoformat() if d else "–"
