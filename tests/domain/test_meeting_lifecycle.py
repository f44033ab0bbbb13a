"""The meeting life cycle: every (from, to) pair is either a legal step or refused, and
each legal step has its own conditions (KL 5:69, 8:12, 13:5; JO 581-2013)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import itertools

import pytest

from uppfoljning_desktop.domain.meeting_lifecycle import (
    STEPS,
    IllegalStep,
    apply_step,
    can_reopen_minutes,
    is_locked,
    next_steps,
    require_reopen,
)
from uppfoljning_desktop.domain.meetings import Meeting, MeetingState

S = MeetingState
D = dt.date
TODAY = D(2016, 10, 1)


def meeting(state: MeetingState, **kw) -> Meeting:
    base = dict(committee_id=1, date=D(2016, 9, 22), state=state, adjusters=["Anna", "Bo"],
                adjustment_date=D(2016, 9, 29), minutes_finalised=state.rank >= S.HELD.rank)
    base.update(kw)
    return Meeting(**base)


LEGAL = {
    (S.PLANNED, S.NOTICE_SENT), (S.PLANNED, S.HELD), (S.NOTICE_SENT, S.HELD), (S.HELD, S.ADJUSTED),
    (S.ADJUSTED, S.POSTED), (S.POSTED, S.TAKEN_DOWN), (S.NOTICE_SENT, S.PLANNED), (S.HELD, S.NOTICE_SENT),
}


def test_the_legal_steps_are_exactly_these():
    assert set(STEPS) == LEGAL


@pytest.mark.parametrize(("frm", "to"), [p for p in itertools.product(S, S) if p not in LEGAL])
def test_every_other_step_is_refused(frm, to):
    m = meeting(frm, minutes_finalised=False, posted_on=D(2016, 9, 30))
    with pytest.raises(IllegalStep, match="Inget har ändrats"):
        apply_step(m, to, today=TODAY)


@pytest.mark.parametrize("frm", [S.ADJUSTED, S.POSTED, S.TAKEN_DOWN])
@pytest.mark.parametrize("to", [S.PLANNED, S.NOTICE_SENT, S.HELD])
def test_no_step_back_after_adjustment_and_the_message_says_rattelse(frm, to):
    with pytest.raises(IllegalStep, match="kan inte flyttas tillbaka") as exc:
        apply_step(meeting(frm), to, today=TODAY)
    assert "JO 581-2013" in exc.value.hint


def test_next_steps_offer_only_legal_steps_forward_first():
    assert [s.target for s in next_steps(S.PLANNED)] == [S.HELD, S.NOTICE_SENT]
    assert [s.target for s in next_steps(S.HELD)] == [S.ADJUSTED, S.NOTICE_SENT]
    assert [s.target for s in next_steps(S.ADJUSTED)] == [S.POSTED]
    assert next_steps(S.TAKEN_DOWN) == []
    assert next_steps(S.ADJUSTED)[0].label == "Sätt upp anslaget"


@pytest.mark.parametrize(("changes", "on", "today", "problem"), [
    ({}, None, D(2016, 9, 21), "kan inte vara genomfört före den dagen"),
])
def test_held_not_before_the_meeting_date(changes, on, today, problem):
    with pytest.raises(IllegalStep, match=problem):
        apply_step(meeting(S.NOTICE_SENT, **changes), S.HELD, today=today, on=on)
    assert apply_step(meeting(S.NOTICE_SENT), S.HELD, today=D(2016, 9, 22)).state is S.HELD


@pytest.mark.parametrize(("changes", "on", "problem"), [
    ({"minutes_finalised": False}, None, "inte färdigställt"),
    ({"adjusters": []}, None, "justerare saknas"),
    ({"adjusters": [" "]}, None, "justerare saknas"),
    ({"adjustment_date": None}, None, "justeringsdatum saknas"),
    ({}, D(2016, 9, 21), "ligger före sammanträdet"),
    ({}, D(2016, 10, 2), "har inte kommit än"),
])
def test_adjustment_needs_finalised_minutes_adjusters_and_a_date(changes, on, problem):
    with pytest.raises(IllegalStep, match=problem):
        apply_step(meeting(S.HELD, **changes), S.ADJUSTED, today=TODAY, on=on)


def test_adjustment_date_given_with_the_step_wins():
    m = apply_step(meeting(S.HELD, adjustment_date=None), S.ADJUSTED, today=TODAY, on=D(2016, 9, 30))
    assert (m.state, m.adjustment_date) == (S.ADJUSTED, D(2016, 9, 30))


def test_posting_not_before_adjustment_and_defaults_to_today():
    with pytest.raises(IllegalStep, match="före justeringen 2016-09-29"):
        apply_step(meeting(S.ADJUSTED), S.POSTED, today=TODAY, on=D(2016, 9, 28))
    assert apply_step(meeting(S.ADJUSTED), S.POSTED, today=TODAY).posted_on == TODAY


def test_take_down_not_before_the_appeal_period_ends():
    m = meeting(S.POSTED, posted_on=D(2016, 9, 30))
    with pytest.raises(IllegalStep, match="tidigast 2016-10-22"):
        apply_step(m, S.TAKEN_DOWN, today=D(2016, 10, 21), earliest_take_down=D(2016, 10, 22))
    done = apply_step(m, S.TAKEN_DOWN, today=D(2016, 10, 22), earliest_take_down=D(2016, 10, 22))
    assert (done.state, done.taken_down_on) == (S.TAKEN_DOWN, D(2016, 10, 22))


def test_notice_lists_what_is_missing_and_records_the_date():
    with pytest.raises(IllegalStep, match="Ärende 1 saknar diarienummer"):
        apply_step(meeting(S.PLANNED), S.NOTICE_SENT, today=D(2016, 9, 14), notice_problems=["Ärende 1 saknar diarienummer"])
    sent = apply_step(meeting(S.PLANNED), S.NOTICE_SENT, today=D(2016, 9, 14))
    assert sent.notice_sent_on == D(2016, 9, 14)
    with pytest.raises(IllegalStep, match="efter sammanträdet"):
        apply_step(meeting(S.PLANNED), S.NOTICE_SENT, today=TODAY, on=D(2016, 9, 23))


def test_a_step_back_needs_the_minutes_reopened_first():
    with pytest.raises(IllegalStep, match="öppna det igen först"):
        apply_step(meeting(S.HELD, minutes_finalised=True), S.NOTICE_SENT, today=TODAY)
    back = apply_step(meeting(S.NOTICE_SENT, notice_sent_on=D(2016, 9, 14)), S.PLANNED, today=TODAY)
    assert (back.state, back.notice_sent_on) == (S.PLANNED, None)


@pytest.mark.parametrize("state", list(S))
def test_reopening_minutes_is_legal_only_before_adjustment(state):
    m = meeting(state, minutes_finalised=True)
    assert is_locked(state) == (state.rank >= S.ADJUSTED.rank)
    assert can_reopen_minutes(m) == (not is_locked(state))
    if is_locked(state):
        with pytest.raises(IllegalStep, match="rättelse"):
            require_reopen(m)
    else:
        require_reopen(m)
    with pytest.raises(IllegalStep):
        require_reopen(dataclasses.replace(m, minutes_finalised=False))


def test_property_no_path_leads_back_past_adjustment():
    """Whatever steps are tried, on whatever days, the machine only ever takes listed
    steps, and once adjusted the meeting never returns to an earlier state."""
    from hypothesis import given, settings
    from hypothesis import strategies as st

    @settings(max_examples=300, deadline=None)
    @given(st.lists(st.tuples(st.sampled_from(list(S)), st.integers(-5, 40), st.booleans()), max_size=12))
    def run(tries):
        m = meeting(S.PLANNED, minutes_finalised=False, adjustment_date=None)
        for target, day, finalise in tries:
            today = m.date + dt.timedelta(days=day)
            if finalise and not is_locked(m.state) and m.state.rank >= S.HELD.rank:
                m = dataclasses.replace(m, minutes_finalised=True)
            before = m
            try:
                m = apply_step(m, target, today=today, on=today if target is S.ADJUSTED else None,
                               earliest_take_down=(m.posted_on or today) + dt.timedelta(days=22))
            except IllegalStep:
                assert m == before
                continue
            assert (before.state, m.state) in STEPS
            if is_locked(before.state):
                assert m.state.rank > before.state.rank
            if m.state is S.ADJUSTED:
                assert m.minutes_finalised and m.adjusters and m.adjustment_date is not None
                assert m.date <= m.adjustment_date <= today

    run()
