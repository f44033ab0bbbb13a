"""Meetings: the tables of the meetings area, the meetings themselves, the committee's
standing-item template and the case-number register (diarium) that every area uses.

Items live in ``store.meeting_items`` and the minutes in ``store.minutes``; this module
owns the ``Migrations("meetings")`` set for all of them.
"""

from __future__ import annotations

import datetime as dt
import json

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

from uppfoljning_desktop.domain import case_numbers as cn
from uppfoljning_desktop.domain.deadlines import Deadlines, compute_deadlines
from uppfoljning_desktop.domain.meeting_lifecycle import IllegalStep, apply_step, is_locked
from uppfoljning_desktop.domain.meetings import (
    DEFAULT_STANDING_ITEMS,
    GroupMeeting,
    ItemKind,
    Meeting,
    MeetingState,
    validate_meeting,
)
from uppfoljning_desktop.errors import FieldError, NotFound, UserError, ValidationFailed
from uppfoljning_desktop.store import organisation as org_store
from uppfoljning_desktop.store.sqlutil import execute_script, inserted_id, saved_id

MIGRATIONS = Migrations("meetings")
MIGRATION_ORDER = 20


class DuplicateMeeting(UserError):
    """The committee already meets that day."""


# A life-cycle step that is illegal or that the meeting is not ready for (e.g. notice with
# items missing a dnr); the rules are in domain.meeting_lifecycle.
InvalidStateChange = IllegalStep


@MIGRATIONS()
def m001_meetings(db: Database) -> None:
    execute_script(
        db,
        """
        CREATE TABLE meeting (
            id INTEGER PRIMARY KEY,
            committee_id INTEGER NOT NULL REFERENCES committee(id),
            date TEXT NOT NULL,
            start_time TEXT,
            place TEXT NOT NULL DEFAULT '',
            state TEXT NOT NULL DEFAULT 'planerat'
                CHECK (state IN ('planerat','kallat','genomfört','justerat','anslaget')),
            group_meetings_time TEXT,
            group_meetings TEXT NOT NULL DEFAULT '[]',
            practical_notes TEXT NOT NULL DEFAULT '',
            absence_contact_id INTEGER REFERENCES official(id) ON DELETE SET NULL,
            notice_sent_on TEXT,
            adjusters TEXT NOT NULL DEFAULT '[]',
            adjustment_place TEXT NOT NULL DEFAULT '',
            adjustment_date TEXT,
            posted_on TEXT,
            minutes_kept_at TEXT NOT NULL DEFAULT '',
            minutes_finalised INTEGER NOT NULL DEFAULT 0,
            chair_name TEXT NOT NULL DEFAULT '',
            secretary_name TEXT NOT NULL DEFAULT '',
            UNIQUE (committee_id, date)
        ) STRICT;
        CREATE TABLE standing_item (
            id INTEGER PRIMARY KEY,
            committee_id INTEGER NOT NULL REFERENCES committee(id) ON DELETE CASCADE,
            title TEXT NOT NULL,
            kind TEXT NOT NULL,
            case_number TEXT NOT NULL DEFAULT '',
            position INTEGER NOT NULL DEFAULT 0
        ) STRICT;
        CREATE TABLE case_number (
            id INTEGER PRIMARY KEY,
            committee_id INTEGER NOT NULL REFERENCES committee(id),
            year INTEGER NOT NULL,
            serial INTEGER NOT NULL,
            number TEXT NOT NULL,
            title TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            UNIQUE (committee_id, year, serial),
            UNIQUE (committee_id, number)
        ) STRICT;
        CREATE TABLE agenda_item (
            id INTEGER PRIMARY KEY,
            meeting_id INTEGER NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            title TEXT NOT NULL DEFAULT '',
            kind TEXT NOT NULL DEFAULT 'beslutsärende',
            case_number TEXT NOT NULL DEFAULT '',
            officer TEXT NOT NULL DEFAULT '',
            recipient TEXT NOT NULL DEFAULT '',
            memo_date TEXT,
            proposal TEXT NOT NULL DEFAULT '',
            summary TEXT NOT NULL DEFAULT '',
            body TEXT NOT NULL DEFAULT '',
            distribution TEXT NOT NULL DEFAULT '',
            signer1 TEXT NOT NULL DEFAULT '',
            signer2 TEXT NOT NULL DEFAULT '',
            confidential INTEGER NOT NULL DEFAULT 0,
            osl_provision TEXT NOT NULL DEFAULT '',
            confidential_on TEXT,
            confidential_by TEXT NOT NULL DEFAULT '',
            status TEXT NOT NULL DEFAULT 'aktuellt'
                CHECK (status IN ('aktuellt','bordlagt','flyttat','utgår')),
            standing INTEGER NOT NULL DEFAULT 0,
            decision TEXT NOT NULL DEFAULT '',
            dissent TEXT NOT NULL DEFAULT '',
            notes TEXT NOT NULL DEFAULT '',
            section_no INTEGER,
            immediate_adjustment INTEGER NOT NULL DEFAULT 0,
            immediate_posted_on TEXT,
            moved_from_item_id INTEGER REFERENCES agenda_item(id) ON DELETE SET NULL
        ) STRICT;
        CREATE INDEX agenda_item_meeting ON agenda_item(meeting_id, position);
        CREATE TABLE item_attachment (
            id INTEGER PRIMARY KEY,
            item_id INTEGER NOT NULL REFERENCES agenda_item(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            title TEXT NOT NULL,
            filename TEXT NOT NULL,
            pages INTEGER NOT NULL,
            size INTEGER NOT NULL,
            sha256 TEXT NOT NULL,
            data BLOB NOT NULL
        ) STRICT;
        CREATE INDEX item_attachment_item ON item_attachment(item_id, position);
        CREATE TABLE item_history (
            id INTEGER PRIMARY KEY,
            item_id INTEGER NOT NULL REFERENCES agenda_item(id) ON DELETE CASCADE,
            at TEXT NOT NULL,
            text TEXT NOT NULL
        ) STRICT;
        CREATE TABLE attendance (
            id INTEGER PRIMARY KEY,
            meeting_id INTEGER NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
            member_id INTEGER REFERENCES member(id) ON DELETE SET NULL,
            name TEXT NOT NULL,
            party TEXT NOT NULL DEFAULT '',
            role TEXT NOT NULL DEFAULT '',
            status TEXT NOT NULL CHECK (status IN ('närvarande','tjänstgörande ersättare',
                'ej tjänstgörande ersättare','frånvarande','övriga närvarande')),
            replaces_member_id INTEGER REFERENCES member(id) ON DELETE SET NULL,
            replaces_name TEXT NOT NULL DEFAULT '',
            note TEXT NOT NULL DEFAULT '',
            position INTEGER NOT NULL DEFAULT 0
        ) STRICT;
        CREATE INDEX attendance_meeting ON attendance(meeting_id, position);
        CREATE TABLE item_conflict (
            item_id INTEGER NOT NULL REFERENCES agenda_item(id) ON DELETE CASCADE,
            attendance_id INTEGER NOT NULL REFERENCES attendance(id) ON DELETE CASCADE,
            PRIMARY KEY (item_id, attendance_id)
        ) STRICT;
        """,
    )


def _sample_m001(db: Database) -> None:
    committee_id = db.execute("SELECT id FROM committee ORDER BY id LIMIT 1").fetchone()[0]
    db.execute(
        "INSERT INTO meeting (committee_id, date, start_time, place) VALUES (?, '2016-09-22', '19:00', 'Sal 1')",
        [committee_id],
    )
    db.execute(
        "INSERT INTO agenda_item (meeting_id, position, title, case_number) VALUES (1, 1, 'Delårsrapport 2', 'TEST/2016:25')"
    )


MIGRATION_SAMPLES = {"m001_meetings": _sample_m001}


# ---------------------------------------------------------------- conversions


def _d(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def _t(value: str | None) -> dt.time | None:
    return dt.time.fromisoformat(value) if value else None


def _iso(value: dt.date | dt.time | None) -> str | None:
    if value is None:
        return None
    if isinstance(value, dt.time):
        return f"{value.hour:02d}:{value.minute:02d}"
    return value.isoformat()


def _meeting(r: dict) -> Meeting:
    return Meeting(
        id=r["id"],
        committee_id=r["committee_id"],
        date=dt.date.fromisoformat(r["date"]),
        start_time=_t(r["start_time"]),
        place=r["place"],
        state=MeetingState(r["state"]),
        group_meetings_time=_t(r["group_meetings_time"]),
        group_meetings=[GroupMeeting(**g) for g in json.loads(r["group_meetings"])],
        practical_notes=r["practical_notes"],
        absence_contact_id=r["absence_contact_id"],
        notice_sent_on=_d(r["notice_sent_on"]),
        adjusters=list(json.loads(r["adjusters"])),
        adjustment_place=r["adjustment_place"],
        adjustment_date=_d(r["adjustment_date"]),
        posted_on=_d(r["posted_on"]),
        taken_down_on=_d(r["taken_down_on"]) if "taken_down_on" in r else None,
        minutes_kept_at=r["minutes_kept_at"],
        minutes_finalised=bool(r["minutes_finalised"]),
        chair_name=r["chair_name"],
        secretary_name=r["secretary_name"],
    )


def _meeting_values(m: Meeting) -> dict:
    return {
        "committee_id": m.committee_id,
        "date": m.date.isoformat(),
        "start_time": _iso(m.start_time),
        "place": m.place.strip(),
        "state": MeetingState(m.state).value,
        "group_meetings_time": _iso(m.group_meetings_time),
        "group_meetings": json.dumps(
            [{"group": g.group.strip(), "room": g.room.strip()} for g in m.group_meetings], ensure_ascii=False
        ),
        "practical_notes": m.practical_notes.strip(),
        "absence_contact_id": m.absence_contact_id,
        "notice_sent_on": _iso(m.notice_sent_on),
        "adjusters": json.dumps([a.strip() for a in m.adjusters if a.strip()], ensure_ascii=False),
        "adjustment_place": m.adjustment_place.strip(),
        "adjustment_date": _iso(m.adjustment_date),
        "posted_on": _iso(m.posted_on),
        "taken_down_on": _iso(m.taken_down_on),
        "minutes_kept_at": m.minutes_kept_at.strip(),
        "minutes_finalised": int(m.minutes_finalised),
        "chair_name": m.chair_name.strip(),
        "secretary_name": m.secretary_name.strip(),
    }


# ---------------------------------------------------------------- meetings


def get_meeting(db: Database, meeting_id: int) -> Meeting:
    rows = list(db.query("SELECT * FROM meeting WHERE id = ?", [meeting_id]))
    if not rows:
        raise NotFound(f"Sammanträdet (id {meeting_id}) finns inte.", hint="Det kan ha tagits bort.")
    return _meeting(rows[0])


def find_meeting_by_date(db: Database, date: dt.date, committee_id: int | None = None) -> Meeting | None:
    """The committee's meeting on ``date`` (the database's committee by default), or None."""
    cid = committee_id if committee_id is not None else org_store.get_committee(db).id
    rows = list(db.query("SELECT * FROM meeting WHERE committee_id = ? AND date = ?", [cid, date.isoformat()]))
    return _meeting(rows[0]) if rows else None


def get_meeting_by_date(db: Database, date: dt.date, committee_id: int | None = None) -> Meeting:
    """Like ``find_meeting_by_date`` but raises ``NotFound`` with a Swedish message."""
    m = find_meeting_by_date(db, date, committee_id)
    if m is None:
        known = ", ".join(x.date.isoformat() for x in list_meetings(db, committee_id)[-6:]) or "inga"
        raise NotFound(f"Det finns inget sammanträde {date.isoformat()}.", hint=f"Senaste sammanträden: {known}.")
    return m


def list_meetings(db: Database, committee_id: int | None = None, year: int | None = None) -> list[Meeting]:
    """Meetings in date order, optionally of one committee and one year."""
    where: list[str] = ["1"]
    params: list[object] = []
    if committee_id is not None:
        where.append("committee_id = ?")
        params.append(committee_id)
    if year is not None:
        where.append("substr(date, 1, 4) = ?")
        params.append(f"{year:04d}")
    sql = f"SELECT * FROM meeting WHERE {' AND '.join(where)} ORDER BY date, id"
    return [_meeting(r) for r in db.query(sql, params)]


def _check_duplicate(db: Database, m: Meeting) -> None:
    row = db.execute(
        "SELECT id FROM meeting WHERE committee_id = ? AND date = ? AND id IS NOT ?",
        [m.committee_id, m.date.isoformat(), m.id],
    ).fetchone()
    if row:
        raise DuplicateMeeting(
            f"Nämnden har redan ett sammanträde {m.date.isoformat()}.",
            hint="Öppna det befintliga sammanträdet eller välj ett annat datum.",
        )


def create_meeting(
    db: Database,
    date: dt.date,
    start_time: dt.time | None = dt.time(18, 0),
    place: str = "",
    *,
    committee_id: int | None = None,
    with_standing_items: bool = True,
    **fields,
) -> Meeting:
    """Create a meeting (state "planerat") with the committee's standing items.

    ``fields`` are further ``Meeting`` attributes (group_meetings, practical_notes …).
    """
    from uppfoljning_desktop.store import meeting_items

    cid = committee_id if committee_id is not None else saved_id(org_store.get_committee(db))
    m = Meeting(committee_id=cid, date=date, start_time=start_time, place=place, **fields)
    errors = validate_meeting(m)
    if errors:
        raise ValidationFailed(errors=errors, what="Sammanträdet")
    with db.atomic():
        _check_duplicate(db, m)
        meeting_id = inserted_id(db.table("meeting").insert(_meeting_values(m)))
        if with_standing_items:
            for s in list_standing_items(db, cid):
                meeting_items.add_item(
                    db, meeting_id, s["title"], kind=ItemKind(s["kind"]), case_number=s["case_number"],
                    standing=True, allocate=False,
                )
    return get_meeting(db, meeting_id)


def create_meetings_for_year(
    db: Database,
    dates: list[dt.date],
    start_time: dt.time | None = dt.time(18, 0),
    place: str = "",
    *,
    committee_id: int | None = None,
) -> list[Meeting]:
    """Create several meetings in one transaction (a year's schedule); all or nothing."""
    with db.atomic():
        return [create_meeting(db, d, start_time, place, committee_id=committee_id) for d in dates]


def save_meeting(db: Database, m: Meeting) -> Meeting:
    """Save the editable fields of an existing meeting (not its state: see set_state)."""
    assert m.id is not None
    errors = validate_meeting(m)
    if errors:
        raise ValidationFailed(errors=errors, what="Sammanträdet")
    with db.atomic():
        current = get_meeting(db, m.id)
        _check_duplicate(db, m)
        values = _meeting_values(m)
        values["state"] = current.state.value
        values["minutes_finalised"] = int(current.minutes_finalised)
        values["taken_down_on"] = _iso(current.taken_down_on)
        if is_locked(current.state):
            _refuse_fixed_changes(current, values)
        db.table("meeting").update(m.id, values)
    return get_meeting(db, m.id)


def move_meeting(db: Database, meeting_id: int, date: dt.date, start_time: dt.time | None = None) -> Meeting:
    """Change a meeting's date (and time). Its items follow (they belong to the meeting;
    each item's history records the move) and its deadlines are computed from the new
    date. Refused once the meeting is held or its minutes are finalised: what happened on
    a day cannot move to another."""
    from dataclasses import replace

    from uppfoljning_desktop.store import meeting_items

    with db.atomic():
        m = get_meeting(db, meeting_id)
        if m.state.rank >= MeetingState.HELD.rank or m.minutes_finalised:
            raise InvalidStateChange(
                f"Sammanträdet {m.date.isoformat()} är {m.state.value} och kan inte flyttas.",
                hint="Bara ett sammanträde som inte har hållits kan få ett annat datum. Inget har ändrats.",
            )
        moved = replace(m, date=date, start_time=start_time or m.start_time)
        errors = validate_meeting(moved)
        if errors:
            raise ValidationFailed(errors=errors, what="Sammanträdet")
        _check_duplicate(db, moved)
        if date == m.date and moved.start_time == m.start_time:
            return m
        db.table("meeting").update(meeting_id, {"date": date.isoformat(), "start_time": _iso(moved.start_time)})
        if date != m.date:
            for item in meeting_items.list_items(db, meeting_id):
                meeting_items.add_history(db, saved_id(item), f"Sammanträdet flyttades från {m.date.isoformat()} "
                                                       f"till {date.isoformat()}")
    return get_meeting(db, meeting_id)


def delete_meeting(db: Database, meeting_id: int) -> None:
    with db.atomic():
        m = get_meeting(db, meeting_id)
        if m.minutes_finalised:
            raise UserError(
                f"Sammanträdet {m.date.isoformat()} har ett färdigställt protokoll och kan inte tas bort.",
                hint="Protokoll är allmänna handlingar; rätta i stället det som är fel.",
            )
        db.execute("DELETE FROM meeting WHERE id = ?", [meeting_id])


def _refuse_fixed_changes(current: Meeting, values: dict) -> None:
    """Adjusted minutes: what they record about the meeting (date, place, adjusters,
    adjustment date, once posted the posting date) stays as adjusted."""
    fixed = {"date": "Datum", "start_time": "Tid", "place": "Plats", "adjusters": "Justerare",
             "adjustment_place": "Justeringens plats", "adjustment_date": "Justeras den",
             "chair_name": "Ordförande", "secretary_name": "Sekreterare"}
    if current.state is not MeetingState.ADJUSTED:
        fixed["posted_on"] = "Anslås den"
    old = _meeting_values(current)
    changed = [label for key, label in fixed.items() if values[key] != old[key]]
    if changed:
        raise UserError(
            f"Protokollet från {current.date.isoformat()} är {current.state.value}; "
            + ", ".join(changed) + " kan inte ändras.",
            hint="Det som står i ett justerat protokoll ligger fast. Inget har sparats.",
        )


def set_state(
    db: Database, meeting_id: int, state: MeetingState, *, today: dt.date | None = None, on: dt.date | None = None
) -> Meeting:
    """Take one legal step of the meeting's life cycle to ``state`` (the rules are in
    ``domain.meeting_lifecycle``); ``on`` is the step's date (notice sent, adjusted,
    posted, taken down). An illegal step raises ``IllegalStep`` and writes nothing."""
    from uppfoljning_desktop.domain.meetings import missing_for_notice
    from uppfoljning_desktop.store import meeting_items
    from uppfoljning_desktop.store.schema import notify

    today = today or dt.date.today()
    target = MeetingState(state)
    with db.atomic():
        m = get_meeting(db, meeting_id)
        problems = missing_for_notice(meeting_items.list_items(db, meeting_id)) \
            if target is MeetingState.NOTICE_SENT else []
        earliest = meeting_deadlines(db, m).take_down_from if target is MeetingState.TAKEN_DOWN else None
        new = apply_step(m, target, today=today, on=on, notice_problems=problems, earliest_take_down=earliest)
        values = _meeting_values(new)
        db.table("meeting").update(meeting_id, {k: values[k] for k in (
            "state", "notice_sent_on", "adjustment_date", "posted_on", "taken_down_on")})
        notify("meeting_state_changed", db, meeting_id)
    return get_meeting(db, meeting_id)


def meeting_deadlines(db: Database, meeting: Meeting) -> Deadlines:
    """The meeting's deadlines (notice, adjustment, posting, appeal, take-down)."""
    committee = org_store.get_committee(db, meeting.committee_id)
    return compute_deadlines(
        meeting.date,
        notice_period_days=committee.notice_period_days,
        adjusted_on=meeting.adjustment_date,
        posted_on=meeting.posted_on,
    )


# ---------------------------------------------------------------- standing items


def list_standing_items(db: Database, committee_id: int | None = None) -> list[dict]:
    """The committee's standing items; the default template until it has its own."""
    cid = committee_id if committee_id is not None else org_store.get_committee(db).id
    rows = list(db.query("SELECT * FROM standing_item WHERE committee_id = ? ORDER BY position, id", [cid]))
    if rows:
        return rows
    return [{"title": t, "kind": k.value, "case_number": "", "position": i} for i, (t, k) in enumerate(DEFAULT_STANDING_ITEMS)]


def save_standing_items(db: Database, items: list[tuple[str, ItemKind, str]], committee_id: int | None = None) -> None:
    """Replace the template: ``(title, kind, case_number)`` in order."""
    cid = committee_id if committee_id is not None else org_store.get_committee(db).id
    errors = [FieldError(f"Stående ärende {i}", "saknar rubrik") for i, (t, _, _) in enumerate(items, 1) if not t.strip()]
    if errors:
        raise ValidationFailed(errors=errors, what="Mallen för stående ärenden")
    with db.atomic():
        db.execute("DELETE FROM standing_item WHERE committee_id = ?", [cid])
        for i, (title, kind, number) in enumerate(items):
            db.table("standing_item").insert(
                {"committee_id": cid, "title": title.strip(), "kind": ItemKind(kind).value,
                 "case_number": number.strip(), "position": i}
            )


# ---------------------------------------------------------------- case numbers


def _committee_pattern(db: Database, committee_id: int | None):
    c = org_store.get_committee(db, committee_id)
    return c, c.case_number_pattern


def allocate_case_number(db: Database, title: str = "", *, year: int, committee_id: int | None = None) -> str:
    """Hand out the next case number of ``year`` from the committee's pattern and record it
    in the register (one transaction; never reuses a number). The serial runs per year;
    a pattern without ``{år}`` cannot tell the years apart, so its serial runs on."""
    committee, pattern = _committee_pattern(db, committee_id)
    with db.atomic():
        sql = "SELECT serial FROM case_number WHERE committee_id = ?"
        params: list = [committee.id]
        if "{år}" in pattern:
            sql += " AND year = ?"
            params.append(year)
        used = [r[0] for r in db.execute(sql, params).fetchall()]
        serial = cn.next_serial(used)
        number = cn.format_case_number(pattern, committee.code, year, serial)
        db.table("case_number").insert({
            "committee_id": committee.id, "year": year, "serial": serial, "number": number,
            "title": title.strip(), "created_at": dt.datetime.now().isoformat(timespec="seconds"),
        })
    return number


def register_case_number(
    db: Database, text: str, title: str = "", *, committee_id: int | None = None, year: int | None = None
) -> str:
    """Validate a manually entered case number against the committee's pattern and record
    it in the register if new. Returns the normalised number; raises ``ValidationFailed``."""
    committee, pattern = _committee_pattern(db, committee_id)
    try:
        parsed = cn.parse_case_number(text, pattern, code=committee.code, year=year)
    except cn.CaseNumberError as exc:
        raise ValidationFailed(errors=[FieldError("Diarienummer", str(exc))], what="Diarienumret") from None
    number = str(parsed)
    with db.atomic():
        exists = db.execute(
            "SELECT 1 FROM case_number WHERE committee_id = ? AND (number = ? OR (year = ? AND serial = ?))",
            [committee.id, number, parsed.year, parsed.serial],
        ).fetchone()
        if not exists:
            db.table("case_number").insert({
                "committee_id": committee.id, "year": parsed.year, "serial": parsed.serial, "number": number,
                "title": title.strip(), "created_at": dt.datetime.now().isoformat(timespec="seconds"),
            })
    return number


def list_case_numbers(db: Database, year: int | None = None, committee_id: int | None = None) -> list[dict]:
    """The register: ``{"number", "year", "serial", "title"}`` in serial order."""
    cid = committee_id if committee_id is not None else org_store.get_committee(db).id
    sql = "SELECT number, year, serial, title FROM case_number WHERE committee_id = ?"
    params: list = [cid]
    if year is not None:
        sql += " AND year = ?"
        params.append(year)
    return list(db.query(sql + " ORDER BY year, serial", params))
