"""Minutes (protokoll): attendance, conflicts of interest (jäv), quorum per item,
decisions, and the § numbers given when the minutes are finalised.

§ numbers run through the calendar year per committee: a meeting's first § is one more
than the highest § of the committee's earlier meetings that year. A number that another
meeting already uses (e.g. after an item was moved into finalised minutes) is refused
with ``SectionCollision``. Quorum: KL 6:27; conflicts of interest: KL 6:28-32.
"""

from __future__ import annotations

import datetime as dt

from sqlite_utils import Database

from uppfoljning_desktop.domain.deadlines import Deadlines, immediate_adjustment_deadlines
from uppfoljning_desktop.domain.meeting_lifecycle import apply_step, require_reopen
from uppfoljning_desktop.domain.meetings import (
    AgendaItem,
    Attendance,
    AttendanceStatus,
    ItemKind,
    MeetingState,
    Quorum,
    default_decision,
    quorum_for_item,
    section_numbers,
)
from uppfoljning_desktop.domain.organisation import MemberRole
from uppfoljning_desktop.errors import FieldError, UserError, ValidationFailed
from uppfoljning_desktop.store import meeting_items as items_store
from uppfoljning_desktop.store import meetings as meeting_store
from uppfoljning_desktop.store import organisation as org_store
from uppfoljning_desktop.store.meeting_items import SectionCollision
from uppfoljning_desktop.store.sqlutil import inserted_id

# ---------------------------------------------------------------- attendance


def _attendance(r: dict) -> Attendance:
    return Attendance(
        id=r["id"], meeting_id=r["meeting_id"], name=r["name"], status=AttendanceStatus(r["status"]),
        party=r["party"], role=r["role"], member_id=r["member_id"], replaces_member_id=r["replaces_member_id"],
        replaces_name=r["replaces_name"], note=r["note"],
    )


def list_attendance(db: Database, meeting_id: int) -> list[Attendance]:
    return [_attendance(r) for r in db.query(
        "SELECT * FROM attendance WHERE meeting_id = ? ORDER BY position, id", [meeting_id])]


def default_attendance(db: Database, meeting_id: int) -> list[Attendance]:
    """Every member of the committee: seat holders present, substitutes not serving."""
    m = meeting_store.get_meeting(db, meeting_id)
    from uppfoljning_desktop.domain.sanity import members_serving_on

    out = []
    # Only members whose mandate covers the day: a former member is not proposed.
    for member in members_serving_on(org_store.list_members(db, m.committee_id), m.date):
        status = AttendanceStatus.PRESENT if member.role.is_seat else AttendanceStatus.NON_SERVING_SUBSTITUTE
        out.append(Attendance(meeting_id=meeting_id, name=member.name, status=status, party=member.party,
                              role=member.role.value, member_id=member.id))
    return out


def _refuse_if_adjusted(db: Database, meeting_id: int, what: str) -> None:
    """Adjusted minutes are a public document (TF 2:10): their text stays as adjusted."""
    m = meeting_store.get_meeting(db, meeting_id)
    if m.state.rank >= MeetingState.ADJUSTED.rank:
        raise UserError(
            f"Protokollet från {m.date.isoformat()} är justerat; {what} kan inte ändras.",
            hint="Ett justerat protokoll ändras inte i efterhand. Inget har ändrats.",
        )


def save_attendance(db: Database, meeting_id: int, rows: list[Attendance]) -> list[Attendance]:
    """Replace the meeting's attendance (one transaction). A serving substitute must name
    whom they replace; nobody may be listed twice."""
    errors: list[FieldError] = []
    seen: set[str] = set()
    for r in rows:
        if not r.name.strip():
            errors.append(FieldError("Närvaro", "en rad saknar namn"))
            continue
        key = r.name.strip().casefold()
        if key in seen:
            errors.append(FieldError("Närvaro", f"{r.name} finns med två gånger"))
        seen.add(key)
        if r.status is AttendanceStatus.SERVING_SUBSTITUTE and not (r.replaces_member_id or r.replaces_name.strip()):
            errors.append(FieldError("Närvaro", f"{r.name} tjänstgör som ersättare men det står inte för vem"))
    if errors:
        raise ValidationFailed(errors=errors, what="Närvarolistan")
    with db.atomic():
        _refuse_if_adjusted(db, meeting_id, "närvarolistan")
        old = {a.name.casefold(): a.id for a in list_attendance(db, meeting_id)}
        conflicts = list(db.query(
            "SELECT c.item_id, a.name FROM item_conflict c JOIN attendance a ON a.id = c.attendance_id WHERE a.meeting_id = ?",
            [meeting_id]))
        del old
        db.execute("DELETE FROM attendance WHERE meeting_id = ?", [meeting_id])
        ids: dict[str, int] = {}
        for pos, r in enumerate(rows):
            replaces_name = r.replaces_name.strip()
            if r.replaces_member_id and not replaces_name:
                replaces_name = db.execute("SELECT name FROM member WHERE id = ?", [r.replaces_member_id]).fetchone()[0]
            new_id = inserted_id(db.table("attendance").insert({
                "meeting_id": meeting_id, "member_id": r.member_id, "name": r.name.strip(), "party": r.party.strip(),
                "role": r.role.strip(), "status": AttendanceStatus(r.status).value,
                "replaces_member_id": r.replaces_member_id, "replaces_name": replaces_name,
                "note": r.note.strip(), "position": pos,
            }))
            ids[r.name.strip().casefold()] = new_id
        for c in conflicts:  # keep conflicts of people still listed
            if c["name"].casefold() in ids:
                db.execute("INSERT OR IGNORE INTO item_conflict (item_id, attendance_id) VALUES (?, ?)",
                           [c["item_id"], ids[c["name"].casefold()]])
    return list_attendance(db, meeting_id)


def set_conflicts(db: Database, item_id: int, names: list[str]) -> None:
    """The persons (by name, from the attendance list) with a conflict of interest (jäv)
    on the item (KL 6:28-32)."""
    with db.atomic():
        item = items_store.get_item(db, item_id)
        if sorted(n.strip().casefold() for n in names) == sorted(n.casefold() for n in list_conflicts(db, item_id)):
            return  # nothing changes (the page saves the conflicts with every decision)
        _refuse_if_adjusted(db, item.meeting_id, "jäv")
        by_name = {a.name.casefold(): a for a in list_attendance(db, item.meeting_id)}
        unknown = [n for n in names if n.strip().casefold() not in by_name]
        if unknown:
            raise ValidationFailed(errors=[FieldError("Jäv", f"{n} finns inte i närvarolistan") for n in unknown],
                                   what=f"Jäv i ärendet \"{item.title}\"")
        db.execute("DELETE FROM item_conflict WHERE item_id = ?", [item_id])
        for n in names:
            db.execute("INSERT INTO item_conflict (item_id, attendance_id) VALUES (?, ?)",
                       [item_id, by_name[n.strip().casefold()].id])
        if names:
            items_store.add_history(db, item_id, "Jäv anmält: " + ", ".join(names))


def list_conflicts(db: Database, item_id: int) -> list[str]:
    return [r[0] for r in db.execute(
        "SELECT a.name FROM item_conflict c JOIN attendance a ON a.id = c.attendance_id WHERE c.item_id = ? ORDER BY a.position",
        [item_id]).fetchall()]


def seat_count(db: Database, committee_id: int) -> int:
    return sum(1 for m in org_store.list_members(db, committee_id) if MemberRole(m.role).is_seat)


def item_quorum(db: Database, item_id: int) -> Quorum:
    """Quorum for the item: serving persons minus those with a conflict (KL 6:27-32)."""
    item = items_store.get_item(db, item_id)
    meeting = meeting_store.get_meeting(db, item.meeting_id)
    attendance = list_attendance(db, item.meeting_id)
    serving = [a.name for a in attendance if a.status.serves]
    return quorum_for_item(seat_count(db, meeting.committee_id), serving, list_conflicts(db, item_id))


# ---------------------------------------------------------------- decisions


def record_decision(
    db: Database,
    item_id: int,
    *,
    decision: str | None = None,
    dissent: str | None = None,
    notes: str | None = None,
    immediate_adjustment: bool | None = None,
    immediate_posted_on: dt.date | None = None,
) -> AgendaItem:
    """Write the decision, dissent (reservation), notes (protokollsanteckning) and the
    immediate-adjustment flag of one item."""
    with db.atomic():
        item = items_store.get_item(db, item_id)
        changes_text = any(
            new is not None and (new.strip() if isinstance(new, str) else new) != old
            for new, old in ((decision, item.decision), (dissent, item.dissent), (notes, item.notes),
                             (immediate_adjustment, item.immediate_adjustment))
        )
        if changes_text:  # the posting date of an immediately adjusted § may still be set
            _refuse_if_adjusted(db, item.meeting_id, "beslut, reservationer och anteckningar")
        updates: dict = {}
        if decision is not None:
            updates["decision"] = decision.strip()
        if dissent is not None:
            updates["dissent"] = dissent.strip()
        if notes is not None:
            updates["notes"] = notes.strip()
        if immediate_adjustment is not None:
            updates["immediate_adjustment"] = int(immediate_adjustment)
        if immediate_posted_on is not None:
            meeting = meeting_store.get_meeting(db, item.meeting_id)
            if immediate_posted_on < meeting.date:
                raise ValidationFailed(errors=[FieldError("Anslaget", f"{immediate_posted_on.isoformat()} ligger före sammanträdet")],
                                       what=f"Paragrafen för \"{item.title}\"")
            updates["immediate_posted_on"] = immediate_posted_on.isoformat()
        if updates:
            db.table("agenda_item").update(item_id, updates)
    return items_store.get_item(db, item_id)


def prefill_decisions(db: Database, meeting_id: int) -> None:
    """Fill empty decisions from the proposals (editable afterwards)."""
    with db.atomic():
        meeting = meeting_store.get_meeting(db, meeting_id)
        name = org_store.get_committee(db, meeting.committee_id).name
        for item in items_store.list_items(db, meeting_id):
            if not item.decision.strip() and not _is_adjusters_item(item):
                db.execute("UPDATE agenda_item SET decision = ? WHERE id = ?",
                           [default_decision(item, name), item.id])


def _is_adjusters_item(item: AgendaItem) -> bool:
    """"Val av justerare": left empty, so the protokoll words it from the meeting at print
    time (who adjusts, where and when: reports.minutes_debate.decision_text, KL 5:69)."""
    return item.kind is ItemKind.ELECTION and "juster" in item.title.casefold()


def _prefilled_decision(item: AgendaItem, meeting, committee_name: str) -> str:
    if _is_adjusters_item(item):
        return "justerare" if meeting.adjusters else ""
    return default_decision(item, committee_name)


def items_missing_decision(db: Database, meeting_id: int) -> list[AgendaItem]:
    """Minuted items that would stand without a decision (printed "–") if the minutes
    were finalised now, after pre-filling from the proposals (KL 5:63: the minutes state
    every decision). The page asks before finalising such minutes."""
    meeting = meeting_store.get_meeting(db, meeting_id)
    name = org_store.get_committee(db, meeting.committee_id).name
    return [i for i in items_store.list_items(db, meeting_id)
            if i.in_minutes and not (i.decision.strip() or _prefilled_decision(i, meeting, name))]


# ---------------------------------------------------------------- § numbers


def _sections_elsewhere(db: Database, meeting_id: int, committee_id: int, year: int) -> dict[int, tuple[str, str]]:
    rows = db.query(
        """SELECT a.section_no, m.date, a.title FROM agenda_item a JOIN meeting m ON m.id = a.meeting_id
           WHERE m.committee_id = ? AND substr(m.date, 1, 4) = ? AND m.id != ? AND a.section_no IS NOT NULL""",
        [committee_id, f"{year:04d}", meeting_id],
    )
    return {r["section_no"]: (r["date"], r["title"]) for r in rows}


def first_section_no(db: Database, meeting_id: int) -> int:
    """One more than the highest § of the committee's earlier meetings the same year."""
    m = meeting_store.get_meeting(db, meeting_id)
    row = db.execute(
        """SELECT max(a.section_no) FROM agenda_item a JOIN meeting x ON x.id = a.meeting_id
           WHERE x.committee_id = ? AND substr(x.date, 1, 4) = ? AND x.date < ?""",
        [m.committee_id, f"{m.date.year:04d}", m.date.isoformat()],
    ).fetchone()
    return (row[0] or 0) + 1


def _assign(db: Database, meeting_id: int, first: int) -> list[AgendaItem]:
    m = meeting_store.get_meeting(db, meeting_id)
    if m.state.rank >= MeetingState.ADJUSTED.rank:
        # Adjusted minutes are a public document whose §§ are already cited and posted.
        raise UserError(
            f"Protokollet från {m.date.isoformat()} är justerat; dess paragrafer kan inte ändras.",
            hint="Ärenden kan inte läggas till, flyttas hit eller ordnas om i ett justerat protokoll. Inget har ändrats.",
        )
    items = items_store.list_items(db, meeting_id)
    numbered = section_numbers(items, first)
    taken = _sections_elsewhere(db, meeting_id, m.committee_id, m.date.year)
    for item, n in numbered:
        if n in taken:
            date, title = taken[n]
            raise SectionCollision(
                f"§ {n} för ärendet \"{item.title}\" finns redan i protokollet från {date} (\"{title}\").",
                hint="Paragrafnumren löper per kalenderår. Flytta tillbaka ärendet eller färdigställ "
                "protokollen i datumordning. Inget har ändrats.",
            )
    db.execute("UPDATE agenda_item SET section_no = NULL WHERE meeting_id = ?", [meeting_id])
    for item, n in numbered:
        db.execute("UPDATE agenda_item SET section_no = ? WHERE id = ?", [n, item.id])
    return items_store.list_items(db, meeting_id)


def finalise_minutes(db: Database, meeting_id: int) -> list[AgendaItem]:
    """Give every minuted item its § (running per committee and calendar year) and mark
    the minutes finalised; empty decisions are filled from the proposals. All or nothing."""
    with db.atomic():
        m = meeting_store.get_meeting(db, meeting_id)
        items = items_store.list_items(db, meeting_id)
        if not items:
            raise UserError(f"Sammanträdet {m.date.isoformat()} har inga ärenden att protokollföra.")
        if not list_attendance(db, meeting_id):
            raise UserError("Närvarolistan är tom.", hint="Fyll i närvaron innan protokollet färdigställs.")
        _refuse_if_adjusted(db, meeting_id, "dess paragrafer och beslut")
        prefill_decisions(db, meeting_id)
        result = _assign(db, meeting_id, first_section_no(db, meeting_id))
        if m.state.rank < MeetingState.HELD.rank:  # minutes exist: the meeting was held
            apply_step(m, MeetingState.HELD, today=dt.date.today())
        db.execute("UPDATE meeting SET minutes_finalised = 1, state = CASE WHEN state IN ('planerat','kallat') "
                   "THEN 'genomfört' ELSE state END WHERE id = ?", [meeting_id])
    return result


def renumber_sections(db: Database, meeting_id: int) -> list[AgendaItem]:
    """After a reorder or an item moved in: number again from the meeting's first §."""
    with db.atomic():
        row = db.execute("SELECT min(section_no) FROM agenda_item WHERE meeting_id = ?", [meeting_id]).fetchone()
        first = row[0] if row and row[0] is not None else first_section_no(db, meeting_id)
        return _assign(db, meeting_id, first)


def reopen_minutes(db: Database, meeting_id: int) -> None:
    """Undo finalisation, legal only before adjustment (``domain.meeting_lifecycle``):
    the §§ are cleared and decisions can be edited again."""
    with db.atomic():
        m = meeting_store.get_meeting(db, meeting_id)
        require_reopen(m)
        db.execute("UPDATE agenda_item SET section_no = NULL WHERE meeting_id = ?", [meeting_id])
        db.execute("UPDATE meeting SET minutes_finalised = 0 WHERE id = ?", [meeting_id])


def item_deadlines(db: Database, item_id: int) -> Deadlines:
    """The § 's own deadlines: immediate adjustment gives it its own clock, otherwise the
    meeting's."""
    item = items_store.get_item(db, item_id)
    meeting = meeting_store.get_meeting(db, item.meeting_id)
    if item.immediate_adjustment:
        return immediate_adjustment_deadlines(meeting.date, item.immediate_posted_on)
    return meeting_store.meeting_deadlines(db, meeting)
