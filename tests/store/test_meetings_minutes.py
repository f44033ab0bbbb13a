"""Minutes: § numbers across meetings and the new year, collisions, attendance, quorum."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.helpers import adjust_meeting
from uppfoljning_desktop.domain.meetings import Attendance, AttendanceStatus, MeetingState
from uppfoljning_desktop.domain.organisation import Committee, Member, MemberRole
from uppfoljning_desktop.errors import UserError, ValidationFailed
from uppfoljning_desktop.store import meeting_items as items
from uppfoljning_desktop.store import meetings as store
from uppfoljning_desktop.store import minutes
from uppfoljning_desktop.store import organisation as org

D = dt.date


@pytest.fixture
def db(fresh_db):
    c = org.save_committee(fresh_db, Committee(name="Nämnden", code="AVUX"))
    for i in range(5):
        org.save_member(fresh_db, Member(name=f"Ledamot {i}", role=MemberRole.MEMBER, committee_id=c.id))
    org.save_member(fresh_db, Member(name="Ersättare A", role=MemberRole.SUBSTITUTE, committee_id=c.id))
    return fresh_db


def meeting(db, date, n_items=2):
    m = store.create_meeting(db, date, with_standing_items=False)
    for i in range(n_items):
        items.add_item(db, m.id, f"Ärende {date} {i}")
    minutes.save_attendance(db, m.id, minutes.default_attendance(db, m.id))
    return m


def sections(db, m):
    return [i.section_no for i in items.list_items(db, m.id)]


def test_sections_run_through_the_year_and_restart(db):
    sept = meeting(db, D(2016, 9, 22), 3)
    octo = meeting(db, D(2016, 10, 20), 2)
    dec = meeting(db, D(2016, 12, 15), 2)
    jan = meeting(db, D(2017, 1, 19), 2)
    assert sections(db, sept) == [None, None, None]
    minutes.finalise_minutes(db, sept.id)
    minutes.finalise_minutes(db, octo.id)
    minutes.finalise_minutes(db, dec.id)
    minutes.finalise_minutes(db, jan.id)
    assert sections(db, sept) == [1, 2, 3]
    assert sections(db, octo) == [4, 5]
    assert sections(db, dec) == [6, 7]
    assert sections(db, jan) == [1, 2]
    assert store.get_meeting(db, sept.id).minutes_finalised
    assert store.get_meeting(db, sept.id).state is MeetingState.HELD


def test_decisions_prefilled_from_proposals(db):
    from uppfoljning_desktop.domain.meetings import ItemKind

    m = meeting(db, D(2016, 9, 22), 0)
    items.add_item(db, m.id, "Information om trainee", kind=ItemKind.ORAL_REPORT)
    items.add_item(db, m.id, "Sammanträdesordning 2017", proposal="Nämnden godkänner sammanträdesordningen.")
    done = minutes.finalise_minutes(db, m.id)
    assert [i.decision for i in done] == ["Nämnden har tagit del av informationen.", "Nämnden godkänner sammanträdesordningen."]


def test_reorder_in_finalised_minutes_renumbers_in_range(db):
    m = meeting(db, D(2016, 9, 22), 3)
    minutes.finalise_minutes(db, m.id)
    ids = [i.id for i in items.list_items(db, m.id)]
    items.reorder_items(db, m.id, [ids[2], ids[0], ids[1]])
    assert [(i.id, i.section_no) for i in items.list_items(db, m.id)] == [(ids[2], 1), (ids[0], 2), (ids[1], 3)]


def test_adjusted_minutes_keep_their_sections(db):
    """Adjusted minutes are a public document (TF 2:10) whose §§ are cited and posted:
    reordering, adding or moving an item into them, or finalising again, is refused."""
    m = meeting(db, D(2016, 9, 22), 3)
    minutes.finalise_minutes(db, m.id)
    adjust_meeting(db, m.id, D(2016, 9, 29))
    ids = [i.id for i in items.list_items(db, m.id)]
    with pytest.raises(UserError, match="justerat"):
        items.reorder_items(db, m.id, [ids[2], ids[0], ids[1]])
    with pytest.raises(UserError, match="justerat"):
        items.add_item(db, m.id, "Sent ärende")
    with pytest.raises(UserError, match="justerat"):
        minutes.finalise_minutes(db, m.id)
    aug = meeting(db, D(2016, 8, 25), 1)
    with pytest.raises(UserError, match="justerat"):
        items.move_item(db, items.list_items(db, aug.id)[0].id, m.id)
    assert [(i.id, i.section_no) for i in items.list_items(db, m.id)] == [(ids[0], 1), (ids[1], 2), (ids[2], 3)]


def test_adjusted_minutes_keep_their_text(db):
    """After adjustment the decisions, dissents, notes, attendance and conflicts of
    interest stay as adjusted; an unchanged save and the posting date still pass."""
    m = meeting(db, D(2016, 9, 22), 2)
    first, second = items.list_items(db, m.id)
    minutes.record_decision(db, first.id, decision="Nämnden beslutar enligt förslaget.", dissent="")
    minutes.finalise_minutes(db, m.id)
    adjust_meeting(db, m.id, D(2016, 9, 29))
    with pytest.raises(UserError, match="justerat; beslut"):
        minutes.record_decision(db, first.id, decision="Ett annat beslut.")
    with pytest.raises(UserError, match="justerat; beslut"):
        minutes.record_decision(db, second.id, dissent="Reservation i efterhand")
    with pytest.raises(UserError, match="justerat; närvarolistan"):
        minutes.save_attendance(db, m.id, minutes.list_attendance(db, m.id)[1:])
    with pytest.raises(UserError, match="justerat; jäv"):
        minutes.set_conflicts(db, first.id, [minutes.list_attendance(db, m.id)[0].name])
    minutes.record_decision(db, first.id, decision=" Nämnden beslutar enligt förslaget. ")  # unchanged
    minutes.record_decision(db, first.id, immediate_posted_on=D(2016, 9, 30))
    assert items.get_item(db, first.id).decision == "Nämnden beslutar enligt förslaget."
    assert len(minutes.list_attendance(db, m.id)) == 6


def test_collision_after_moving_an_item_into_finalised_minutes(db):
    sept = meeting(db, D(2016, 9, 22), 2)
    octo = meeting(db, D(2016, 10, 20), 2)
    nov = meeting(db, D(2016, 11, 17), 1)
    minutes.finalise_minutes(db, octo.id)  # §§ 1-2 (September not finalised yet)
    with pytest.raises(items.SectionCollision, match="§ 1 .*2016-10-20"):
        minutes.finalise_minutes(db, sept.id)
    assert sections(db, sept) == [None, None]
    minutes.reopen_minutes(db, octo.id)
    minutes.finalise_minutes(db, sept.id)  # 1-2
    minutes.finalise_minutes(db, octo.id)  # 3-4
    minutes.finalise_minutes(db, nov.id)  # 5
    aug = meeting(db, D(2016, 8, 25), 0)
    extra = items.add_item(db, aug.id, "Sent ärende")
    with pytest.raises(items.SectionCollision, match="§ 5.*2016-11-17"):
        items.move_item(db, extra.id, octo.id)  # October would need § 5, November has it
    assert items.get_item(db, extra.id).status.value == "aktuellt"  # nothing half-written
    assert sections(db, octo) == [3, 4]


def test_attendance_conflicts_and_quorum(db):
    m = store.create_meeting(db, D(2016, 9, 22), with_standing_items=False)
    it = items.add_item(db, m.id, "Nytt personuppgiftsombud")
    rows = minutes.default_attendance(db, m.id)
    members = {r.name: r for r in rows}
    members["Ledamot 0"].status = AttendanceStatus.ABSENT
    members["Ledamot 1"].status = AttendanceStatus.ABSENT
    sub = members["Ersättare A"]
    sub.status = AttendanceStatus.SERVING_SUBSTITUTE
    with pytest.raises(ValidationFailed, match="inte för vem"):
        minutes.save_attendance(db, m.id, rows)
    sub.replaces_member_id = members["Ledamot 0"].member_id
    rows.append(Attendance(m.id, "Sara Björk", AttendanceStatus.OTHER, role="nämndsekreterare"))
    saved = minutes.save_attendance(db, m.id, rows)
    assert next(a for a in saved if a.name == "Ersättare A").replaces_name == "Ledamot 0"
    q = minutes.item_quorum(db, it.id)
    assert (q.seats, q.present, q.ok) == (5, 4, True)  # 3 members + 1 serving substitute
    minutes.set_conflicts(db, it.id, ["Ledamot 2"])
    q = minutes.item_quorum(db, it.id)
    assert (q.present, q.conflicted, q.ok) == (3, 1, True)
    minutes.set_conflicts(db, it.id, ["Ledamot 2", "Ersättare A"])
    assert not minutes.item_quorum(db, it.id).ok
    with pytest.raises(ValidationFailed, match="Okänd Person finns inte"):
        minutes.set_conflicts(db, it.id, ["Okänd Person"])
    assert minutes.list_conflicts(db, it.id) == ["Ledamot 2", "Ersättare A"]
    minutes.save_attendance(db, m.id, rows)  # conflicts survive a re-save
    assert minutes.list_conflicts(db, it.id) == ["Ledamot 2", "Ersättare A"]


def test_immediate_adjustment_gets_own_deadlines(db):
    m = meeting(db, D(2016, 9, 22), 1)
    it = items.list_items(db, m.id)[0]
    minutes.record_decision(db, it.id, decision="Beslut.", immediate_adjustment=True)
    d = minutes.item_deadlines(db, it.id)
    assert d.adjusted_on == D(2016, 9, 22) and d.appeal_until == D(2016, 10, 17)
    with pytest.raises(ValidationFailed, match="före sammanträdet"):
        minutes.record_decision(db, it.id, immediate_posted_on=D(2016, 9, 1))
