"""A live meeting, § by §, in a real database: motions, the questions, a roll-call vote,
a substitute for a member with jäv, a member who leaves, reservations by name, the
decision built from the beslutsgång, and adjusted minutes that no longer change."""

from __future__ import annotations

import datetime as dt
import random

import pytest

from tests.helpers import adjust_meeting
from uppfoljning_desktop.domain.meetings import AttendanceStatus
from uppfoljning_desktop.domain.organisation import Committee, Member, MemberRole
from uppfoljning_desktop.domain.voting import (
    Answer,
    DecidedBy,
    MotionKind,
    QuestionKind,
    StatementKind,
    VoteUndecided,
)
from uppfoljning_desktop.errors import UserError, ValidationFailed
from uppfoljning_desktop.store import meeting_items as items
from uppfoljning_desktop.store import meetings as store
from uppfoljning_desktop.store import minutes, motions

Y, N, A = Answer.YES, Answer.NO, Answer.ABSTAIN
MEMBERS = [("Ordf", "S", MemberRole.CHAIR), ("Vice", "M", MemberRole.VICE_CHAIR), ("Sara", "S", MemberRole.MEMBER),
           ("Mats", "M", MemberRole.MEMBER), ("Vera", "V", MemberRole.MEMBER), ("Ersättare Sol", "S", MemberRole.SUBSTITUTE)]


@pytest.fixture
def live(fresh_db):
    """Five seats, all present; three items; the meeting is under way."""
    from uppfoljning_desktop.store import organisation as org

    c = org.save_committee(fresh_db, Committee(name="Kulturnämnden", code="KN"))
    for name, party, role in MEMBERS:
        org.save_member(fresh_db, Member(name=name, party=party, role=role, committee_id=c.id))
    m = store.create_meeting(fresh_db, dt.date(2018, 3, 15), with_standing_items=False)
    ids = [items.add_item(fresh_db, m.id, title, proposal=f"Kulturnämnden godkänner {title.lower()}.").id
           for title in ("Budget", "Bibliotek", "Bidrag")]
    minutes.save_attendance(fresh_db, m.id, minutes.default_attendance(fresh_db, m.id))
    return fresh_db, m, ids


def names(rows):
    return [a.name for a in rows]


def test_a_contested_item_from_motion_to_reservation(live):
    db, m, (budget, _, _) = live
    assert names(motions.roll_call(db, budget)) == ["Ordf", "Vice", "Sara", "Mats", "Vera"]
    yes = motions.add_motion(db, budget, "Ordf", MotionKind.APPROVE, "förslaget")
    no = motions.add_motion(db, budget, "Mats", MotionKind.REJECT)
    gone = motions.add_motion(db, budget, "Vera", MotionKind.POSTPONE)
    motions.withdraw_motion(db, gone.id)
    assert [x.withdrawn for x in motions.list_motions(db, budget)] == [False, False, True]
    assert len(motions.list_motions(db, budget, include_withdrawn=False)) == 2
    with pytest.raises(ValidationFailed, match="återtagit"):
        motions.put_question(db, budget, yes.id, gone.id)

    q = motions.put_question(db, budget, yes.id, no.id)
    assert q.finding_motion_id == yes.id and not q.vote
    with pytest.raises(ValidationFailed, match="Sara har inte röstat"):
        motions.record_vote(db, q.id, {"Ordf": Y, "Vice": N, "Mats": N, "Vera": Y})
    with pytest.raises(ValidationFailed, match="Ersättare Sol tjänstgör inte"):
        motions.record_vote(db, q.id, {"Ordf": Y, "Vice": N, "Sara": A, "Mats": N, "Vera": Y, "Ersättare Sol": Y})
    result = motions.record_vote(db, q.id, {"Ordf": Y, "Vice": N, "Sara": A, "Mats": N, "Vera": Y})
    assert (result.yes, result.no, result.abstain, result.decided_by) == (2, 2, 1, DecidedBy.CASTING_VOTE)
    stored = motions.get_question(db, q.id)
    assert stored.vote and stored.result_motion_id == yes.id
    assert [(b.name, b.party, b.answer) for b in stored.ballots][:2] == [("Ordf", "S", Y), ("Vice", "M", N)]

    assert motions.build_item_decision(db, budget) == "Kulturnämnden godkänner budget."
    assert items.get_item(db, budget).decision == "Kulturnämnden godkänner budget."
    minutes.record_decision(db, budget, decision="Kulturnämnden godkänner budgeten för 2018.")  # still editable

    res = motions.add_statement(db, budget, StatementKind.RESERVATION, group="Moderaternas ledamöter",
                                names=["Vice", "Mats"], text="till förmån för eget yrkande", written=True)
    assert res.describe("§ 1").startswith("Moderaternas ledamöter (Vice och Mats) reserverar sig")
    with pytest.raises(ValidationFailed, match="Ersättare Sol deltog inte"):
        motions.add_statement(db, budget, StatementKind.RESERVATION, names=["Ersättare Sol"])
    note = motions.add_statement(db, budget, StatementKind.NOTE, names=["Ersättare Sol"], text="Följ upp i maj.")
    assert note.kind is StatementKind.NOTE  # a non-serving substitute present may enter a note


def test_a_tie_the_chair_abstained_in_is_refused_and_nothing_is_stored(live):
    db, _, (budget, _, _) = live
    yes = motions.add_motion(db, budget, "Ordf", MotionKind.APPROVE)
    no = motions.add_motion(db, budget, "Mats", MotionKind.REJECT)
    q = motions.put_question(db, budget, yes.id, no.id)
    with pytest.raises(VoteUndecided):
        motions.record_vote(db, q.id, {"Ordf": A, "Vice": N, "Sara": Y, "Mats": N, "Vera": Y})
    assert not motions.get_question(db, q.id).vote and motions.get_question(db, q.id).ballots == []


def test_substitute_for_member_with_jav_and_a_member_who_leaves(live):
    db, m, (budget, library, grants) = live
    minutes.set_conflicts(db, library, ["Sara"])
    motions.add_change(db, library, "Ersättare Sol", AttendanceStatus.SERVING_SUBSTITUTE, replaces_name="Sara",
                       to_item_id=library)
    assert names(motions.roll_call(db, library)) == ["Ordf", "Vice", "Mats", "Vera", "Ersättare Sol"]
    q = motions.item_quorum(db, library)
    assert (q.present, q.conflicted, q.ok) == (5, 1, True)
    with pytest.raises(ValidationFailed, match="Sara tjänstgör inte"):
        motions.add_motion(db, library, "Sara", MotionKind.APPROVE)
    motions.add_motion(db, library, "Ersättare Sol", MotionKind.APPROVE)  # serves on this § only

    motions.add_change(db, grants, "Vice", AttendanceStatus.ABSENT)
    motions.add_change(db, grants, "Mats", AttendanceStatus.ABSENT)
    motions.add_change(db, grants, "Vera", AttendanceStatus.ABSENT)
    assert names(motions.roll_call(db, grants)) == ["Ordf", "Sara"]
    assert not motions.item_quorum(db, grants).ok  # 2 of 5: not quorate
    yes = motions.add_motion(db, grants, "Ordf", MotionKind.APPROVE)
    with pytest.raises(UserError, match="inte beslutsför i ärendet \"Bidrag\": 2 av 5 tjänstgör"):
        motions.put_question(db, grants, yes.id)  # KL 6:27
    with pytest.raises(ValidationFailed, match="ligger före"):
        motions.add_change(db, grants, "Vera", AttendanceStatus.PRESENT, to_item_id=budget)
    assert names(motions.roll_call(db, budget)) == ["Ordf", "Vice", "Sara", "Mats", "Vera"]  # earlier § unchanged
    with pytest.raises(ValidationFailed, match="för vem"):
        motions.add_change(db, grants, "Ersättare Sol", AttendanceStatus.SERVING_SUBSTITUTE)


def test_election_with_closed_ballots_and_lots(live):
    db, _, (budget, _, _) = live
    result = motions.record_election(db, budget, {"Vera": 2, "Mats": 2, "Sara": 1}, random.Random(3))
    assert result.decided_by is DecidedBy.LOTS and result.elected in ("Vera", "Mats")
    q = motions.list_questions(db, budget)[-1]
    assert q.kind is QuestionKind.ELECTION and q.counts == {"Mats": 2, "Vera": 2, "Sara": 1}
    assert q.lots_winner == result.elected and q.ballots == []  # closed ballot: only the count


def test_times_and_adjusted_minutes_are_final(live):
    db, m, (budget, _, _) = live
    motions.set_times(db, m.id, ended_at=dt.time(20, 15), adjustment_time=dt.time(9, 0))
    assert motions.get_times(db, m.id) == (dt.time(20, 15), dt.time(9, 0))
    with pytest.raises(ValidationFailed, match="ligger inte efter starten"):
        motions.set_times(db, m.id, ended_at=dt.time(17, 0), adjustment_time=None)
    yes = motions.add_motion(db, budget, "Ordf", MotionKind.APPROVE)
    minutes.finalise_minutes(db, m.id)
    adjust_meeting(db, m.id, dt.date(2018, 3, 20))
    for action in (lambda: motions.add_motion(db, budget, "Vera", MotionKind.REJECT),
                   lambda: motions.withdraw_motion(db, yes.id),
                   lambda: motions.put_question(db, budget, yes.id),
                   lambda: motions.add_statement(db, budget, StatementKind.NOTE, names=["Vera"], text="x"),
                   lambda: motions.add_change(db, budget, "Vera", AttendanceStatus.ABSENT)):
        with pytest.raises(UserError, match="justerat"):
            action()
    assert len(motions.list_motions(db, budget)) == 1
