"""Vote counting (KL 5:55-56), elections with lots, the roll call after jäv and attendance
changes, and the wording of motions, questions, reservations and decisions."""

from __future__ import annotations

import datetime as dt
import random

import pytest
from hypothesis import given
from hypothesis import strategies as st

from uppfoljning_desktop.domain.meetings import Attendance, AttendanceStatus, quorum_for_item
from uppfoljning_desktop.domain.statutes import KL_1991, KL_2017, act_in_force
from uppfoljning_desktop.domain.voting import (
    Answer,
    AttendanceChange,
    Ballot,
    DecidedBy,
    Motion,
    MotionKind,
    Question,
    QuestionKind,
    Statement,
    StatementKind,
    VoteUndecided,
    adjusters_decision,
    attendance_at,
    build_decision,
    count_election,
    count_open_vote,
    describe_change,
    voters,
)

Y, N, A = Answer.YES, Answer.NO, Answer.ABSTAIN


def roll(*answers: Answer) -> list[Ballot]:
    """The first ballot is the chair's."""
    return [Ballot("Ordf" if i == 0 else f"L{i}", a) for i, a in enumerate(answers)]


@pytest.mark.parametrize(
    ("answers", "winner", "decided_by", "why"),
    [
        ((Y, Y, N), Y, DecidedBy.MAJORITY, "plain majority for yes"),
        ((Y, N, N), N, DecidedBy.MAJORITY, "the chair is outvoted"),
        ((N, Y, Y, N, N), N, DecidedBy.MAJORITY, "3 no against 2 yes"),
        ((Y, N), Y, DecidedBy.CASTING_VOTE, "1-1: the chair's yes decides"),
        ((N, Y, Y, N), N, DecidedBy.CASTING_VOTE, "2-2: the chair's no decides"),
        ((Y, N, A, A, A), Y, DecidedBy.CASTING_VOTE, "abstentions do not count: 1-1 and the chair's vote"),
        ((A, Y, Y, N, A), Y, DecidedBy.MAJORITY, "2-1 with the chair abstaining: majority, no casting vote needed"),
        ((Y, Y, Y, N, N, N, N, A, A, A, A), N, DecidedBy.MAJORITY, "4 no beat 3 yes; 4 abstain do not make a majority"),
    ],
)
def test_open_vote(answers, winner, decided_by, why):
    result = count_open_vote(roll(*answers), "Ordf")
    assert (result.winner, result.decided_by) == (winner, decided_by), why
    assert result.yes + result.no + result.abstain == len(answers)


@pytest.mark.parametrize("answers", [(A, Y, N), (A, A, A), (A,)])
def test_a_tie_the_chair_did_not_vote_in_is_refused(answers):
    with pytest.raises(VoteUndecided, match="ordföranden"):
        count_open_vote(roll(*answers), "Ordf")


def test_a_tie_without_the_chair_on_the_roll_is_refused():
    with pytest.raises(VoteUndecided):
        count_open_vote([Ballot("A", Y), Ballot("B", N)], "Ordf")


@given(st.lists(st.sampled_from(list(Answer)), min_size=1, max_size=31))
def test_open_vote_properties(answers):
    ballots = roll(*answers)
    yes, no = answers.count(Y), answers.count(N)
    if yes == no and answers[0] is A:
        with pytest.raises(VoteUndecided):
            count_open_vote(ballots, "Ordf")
        return
    result = count_open_vote(ballots, "Ordf")
    assert (result.yes, result.no, result.abstain) == (yes, no, answers.count(A))
    if yes != no:
        assert result.winner == (Y if yes > no else N)
        assert result.decided_by is DecidedBy.MAJORITY
    else:
        assert result.winner is answers[0]  # the chair's casting vote
        assert result.decided_by is DecidedBy.CASTING_VOTE


def test_result_wording():
    result = count_open_vote(roll(Y, N, Y, N, A), "Ordf")
    text = result.describe("A:s yrkande", "B:s yrkande", "nämnden")
    assert text == "Med 2 ja-röster mot 2 nej-röster (1 avstår) och ordförandens utslagsröst beslutar nämnden enligt A:s yrkande."


def test_election_majority_and_lots():
    assert count_election({"Anna": 6, "Bo": 4}).elected == "Anna"
    assert count_election({"Anna": 6, "Bo": 4}).decided_by is DecidedBy.MAJORITY
    tie = {"Anna": 5, "Bo": 5, "Cia": 1}
    drawn = [count_election(tie, random.Random(seed)) for seed in range(20)]
    assert {d.elected for d in drawn} == {"Anna", "Bo"}  # never the one with fewer votes
    assert all(d.decided_by is DecidedBy.LOTS for d in drawn)
    assert count_election(tie, random.Random(7)) == count_election(tie, random.Random(7))  # repeatable with a seed


@given(st.dictionaries(st.sampled_from(["Anna", "Bo", "Cia", "Dan"]), st.integers(0, 12), min_size=1), st.integers())
def test_election_properties(counts, seed):
    if max(counts.values()) == 0:
        with pytest.raises(Exception, match="inga röster"):
            count_election(counts, random.Random(seed))
        return
    result = count_election(counts, random.Random(seed))
    assert counts[result.elected] == max(counts.values())
    top = [k for k, v in counts.items() if v == max(counts.values())]
    assert result.decided_by is (DecidedBy.LOTS if len(top) > 1 else DecidedBy.MAJORITY)


def people() -> list[Attendance]:
    P, S, E = AttendanceStatus.PRESENT, AttendanceStatus.NON_SERVING_SUBSTITUTE, AttendanceStatus.ABSENT
    return [Attendance(1, "Ordf", P, role="ordförande"), Attendance(1, "Anna", P), Attendance(1, "Bo", P),
            Attendance(1, "Cia", E), Attendance(1, "Ersättare Eva", S, role="ersättare")]


def test_substitute_for_a_member_with_jav_votes_and_counts_for_quorum():
    """Bo has a conflict of interest on item 2; Eva serves for him on that item only."""
    changes = [AttendanceChange(1, 2, "Ersättare Eva", AttendanceStatus.SERVING_SUBSTITUTE, replaces_name="Bo",
                                to_item_id=2, id=1)]
    order = [1, 2, 3]
    at2 = attendance_at(people(), changes, order, 2)
    names2 = [a.name for a in voters(at2, ["Bo"])]
    assert names2 == ["Ordf", "Anna", "Ersättare Eva"]
    q = quorum_for_item(4, [a.name for a in at2 if a.status.serves], ["Bo"])
    assert (q.present, q.conflicted, q.ok) == (3, 1, True)
    assert [a.name for a in voters(attendance_at(people(), changes, order, 3), [])] == ["Ordf", "Anna", "Bo"]
    assert [a.name for a in voters(attendance_at(people(), changes, order, 1), [])] == ["Ordf", "Anna", "Bo"]


def test_a_member_who_leaves_is_off_the_roll_from_that_item_on():
    changes = [AttendanceChange(1, 2, "Anna", AttendanceStatus.ABSENT, id=1),
               AttendanceChange(1, 3, "Ersättare Eva", AttendanceStatus.SERVING_SUBSTITUTE, replaces_name="Anna", id=2)]
    order = [1, 2, 3]
    assert [a.name for a in voters(attendance_at(people(), changes, order, 1), [])] == ["Ordf", "Anna", "Bo"]
    assert [a.name for a in voters(attendance_at(people(), changes, order, 2), [])] == ["Ordf", "Bo"]
    at3 = attendance_at(people(), changes, order, 3)
    assert [a.name for a in voters(at3, [])] == ["Ordf", "Bo", "Ersättare Eva"]
    assert next(a for a in at3 if a.name == "Ersättare Eva").replaces_name == "Anna"
    assert describe_change(changes[0], "§ 12") == "Från och med § 12 lämnar Anna sammanträdet."
    assert describe_change(AttendanceChange(1, 2, "Eva", AttendanceStatus.SERVING_SUBSTITUTE, "Bo", "S", to_item_id=2),
                           "§ 13") == "Under § 13 tjänstgör Eva (S) för Bo."


def motions() -> list[Motion]:
    return [Motion(1, "Karin", MotionKind.APPROVE, "ordförandens förslag", "S", id=1),
            Motion(1, "Erik", MotionKind.REFER_BACK, "för vidare utredning", "M", id=2),
            Motion(1, "Anna", MotionKind.REJECT, party="V", id=3),
            Motion(1, "Bo", MotionKind.ADD, "Nämnden ber om en rapport i december.", "C", id=4),
            Motion(1, "Cia", MotionKind.AMEND, "Nämnden godkänner rapporten med ändringen att …", "L", id=5)]


@pytest.mark.parametrize(
    ("questions", "expected"),
    [
        ([], "Nämnden godkänner rapporten."),
        ([Question(1, QuestionKind.ORDER, 1, 2, finding_motion_id=1)], "Nämnden godkänner rapporten."),
        ([Question(1, QuestionKind.ORDER, 1, 2, finding_motion_id=1, vote=True, result_motion_id=2)],
         "Nämnden återremitterar ärendet för vidare utredning."),
        ([Question(1, QuestionKind.MAIN, 1, 3, finding_motion_id=3)], "Nämnden avslår förslaget."),
        ([Question(1, QuestionKind.MAIN, 5, 1, finding_motion_id=5)], "Nämnden godkänner rapporten med ändringen att …"),
        ([Question(1, QuestionKind.MAIN, 1, 3, finding_motion_id=1), Question(1, QuestionKind.SUB, 4, None, finding_motion_id=4)],
         "Nämnden godkänner rapporten.\n\nNämnden ber om en rapport i december."),
    ],
)
def test_decision_built_from_the_questions(questions, expected):
    assert build_decision("Nämnden godkänner rapporten.", motions(), questions, "Nämnden") == expected


def test_wording_of_motions_and_statements():
    m = motions()
    assert m[0].describe() == "Karin (S) yrkar bifall till ordförandens förslag."
    assert m[1].describe() == "Erik (M) yrkar återremiss för vidare utredning."
    assert m[2].describe() == "Anna (V) yrkar avslag."
    res = Statement(1, StatementKind.RESERVATION, names=["A", "B"], group="Moderaternas ledamöter",
                    text="till förmån för eget yrkande", written=True)
    assert res.describe("§ 4") == ("Moderaternas ledamöter (A och B) reserverar sig mot beslutet till förmån för eget "
                                   "yrkande (skriftlig reservation, bilaga § 4).")
    assert Statement(1, StatementKind.RESERVATION, names=["Anna Berg"]).describe() == "Anna Berg reserverar sig mot beslutet."
    note = Statement(1, StatementKind.NOTE, names=["A", "B", "C"], text="Vi vill följa frågan.")
    assert note.describe() == "A, B och C lämnar följande protokollsanteckning: Vi vill följa frågan."


def test_adjusters_decision_names_adjusters_place_and_time():
    text = adjusters_decision("Nämnden", ["Erik Sandberg (M)"], "Kommunhuset, Tumba", dt.date(2016, 9, 29), dt.time(16, 0))
    assert text == ("Nämnden utser Erik Sandberg (M) att jämte ordföranden justera protokollet. Plats och tid för "
                    "justering: Kommunhuset, Tumba, torsdag 29 september 2016, kl. 16:00.")
    assert adjusters_decision("Nämnden", [], "", None, None) == ""


@pytest.mark.parametrize(
    ("date", "act"),
    [(dt.date(2016, 9, 22), KL_1991), (dt.date(2017, 12, 31), KL_1991), (dt.date(2018, 1, 1), KL_2017),
     (dt.date(2024, 5, 2), KL_2017)],
)
def test_the_act_in_force_on_the_meeting_date(date, act):
    assert act_in_force(date) is act
    assert act_in_force(date).appeal_chapter == ("10 kap." if date.year < 2018 else "13 kap.")


def test_parse_counts_of_a_closed_ballot():
    from uppfoljning_desktop.domain.voting import parse_counts
    from uppfoljning_desktop.errors import UserError

    assert parse_counts("Anna Berg 6, Bo Ek 5; Cia 0") == {"Anna Berg": 6, "Bo Ek": 5, "Cia": 0}
    for bad, message in (("Anna Berg sex", "inte ett namn följt av"), ("6", "inte ett namn"),
                         ("Anna 2, Anna 3", "två gånger"), (" , ", "inga kandidater")):
        with pytest.raises(UserError, match=message):
            parse_counts(bad)


@pytest.mark.parametrize(
    ("numbers", "text"),
    [([8], "§ 8"), ([1, 2, 3], "§§ 1–3"), ([1, 2, 3, 5], "§§ 1–3, 5"), ([5, 1, 2, 9, 10], "§§ 1–2, 5, 9–10"), ([], "")],
)
def test_section_span(numbers, text):
    from uppfoljning_desktop.domain.voting import section_span

    assert section_span(numbers) == text
