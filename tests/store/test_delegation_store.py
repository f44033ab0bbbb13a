"""The delegation store: versions, the register (numbers, checks, search), lists and reporting."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.delegation_data import TODAY, decision, setup_rules
from uppfoljning_desktop.domain.delegation import DecisionFilter
from uppfoljning_desktop.errors import UserError, ValidationFailed
from uppfoljning_desktop.store import delegation as dstore
from uppfoljning_desktop.store import delegation_register as register


@pytest.fixture
def ids(fresh_db):
    return setup_rules(fresh_db)


def test_new_version_copies_the_points_and_units(fresh_db, ids):
    v2 = dstore.list_rules(fresh_db, ids["v2"])
    assert [r.point for r in v2] == ["1.5", "2.2", "3.2", "4.1"]
    assert next(r for r in v2 if r.point == "3.2").unit_ids == (ids["job"],)
    assert [r.point for r in dstore.rules_in_force(fresh_db, dt.date(2016, 1, 1))] == ["1.5", "2.2", "3.2"]
    assert [r.point for r in dstore.rules_in_force(fresh_db, dt.date(2016, 8, 1), unit_id=ids["vux"])] == [
        "1.5", "2.2", "4.1"]


def test_running_number_per_year(fresh_db, ids):
    a = register.save_decision(fresh_db, decision(ids), today=TODAY).decision
    b = register.save_decision(fresh_db, decision(ids, decision_date=dt.date(2016, 8, 10)), today=TODAY).decision
    c = register.save_decision(fresh_db, decision(ids, decision_date=dt.date(2015, 12, 30)), today=TODAY).decision
    assert (a.register_number, b.register_number, c.register_number) == ("2016:1", "2016:2", "2015:1")
    assert a.list_id == b.list_id != c.list_id  # the unit's open list for the month


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"decision_date": dt.date(2016, 9, 20)}, "Beslutsdatum: 2016-09-20 ligger i framtiden"),
        ({"point": "7.7"}, "Punkt: 7.7 finns inte i delegationsordningen som gällde 2016-08-09"),
        ({"point": "4.1", "decision_date": dt.date(2016, 2, 24), "delegate_function": "Rektor", "unit_id": None},
         "Punkt: 4.1 finns inte i delegationsordningen som gällde 2016-02-24 (beslutad 2015-02-26)"),
        ({"delegate_function": "Rektor"}, "Delegatens funktion: Rektor får inte besluta enligt punkt 3.2"),
    ],
)
def test_refused_decision_names_the_problem_and_writes_nothing(fresh_db, ids, changes, message):
    if changes.get("unit_id", 0) is None:
        changes["unit_id"] = ids["vux"]
    with pytest.raises(ValidationFailed) as info:
        register.save_decision(fresh_db, decision(ids, **changes), today=TODAY)
    assert message in str(info.value)
    assert str(info.value).startswith("Delegationsbeslutet sparades inte:")
    assert register.count_decisions(fresh_db) == 0
    assert dstore.list_unit_lists(fresh_db) == []


def test_not_delegable_point_is_saved_with_its_warning(fresh_db, ids):
    saved = register.save_decision(
        fresh_db, decision(ids, point="1.5", delegate_function="Förvaltningschef", delegate_name="Johan Nordin"),
        today=TODAY,
    )
    assert saved.warnings and "KL 6 kap. 38 §" in saved.warnings[0]
    assert "inte får delegeras" in register.get_decision(fresh_db, saved.decision.id).warning


def test_search_keeps_swedish_letters_apart(fresh_db, ids):
    for subject in ("Eleven får fortsätta kursen", "Far och son i praktik", "Lönebidrag på fordonsverkstaden",
                    "Ansökan om ÖVERSÄTTNING"):
        register.save_decision(fresh_db, decision(ids, subject=subject), today=TODAY)

    def found(text):
        return [d.subject for d in register.list_decisions(fresh_db, DecisionFilter(text=text), sort="subject",
                                                            descending=False)]

    assert found("får") == ["Eleven får fortsätta kursen"]
    assert found("far") == ["Far och son i praktik"]
    assert found("lön") == ["Lönebidrag på fordonsverkstaden"]
    assert found("lon") == []
    assert found("översättning") == ["Ansökan om ÖVERSÄTTNING"]  # case folded, letters kept
    assert found("beviljas") == ["Ansökan om ÖVERSÄTTNING", "Eleven får fortsätta kursen",
                                 "Far och son i praktik", "Lönebidrag på fordonsverkstaden"]  # decision text
    assert register.count_decisions(fresh_db, DecisionFilter(text="får")) == 1


def test_search_follows_edits_and_deletes(fresh_db, ids):
    d = register.save_decision(fresh_db, decision(ids, subject="Praktik i Alby"), today=TODAY).decision
    d.subject = "Praktik i Tumba"
    register.save_decision(fresh_db, d, today=TODAY)
    assert register.count_decisions(fresh_db, DecisionFilter(text="alby")) == 0
    assert register.count_decisions(fresh_db, DecisionFilter(text="tumba")) == 1
    register.delete_decision(fresh_db, d.id)
    assert register.count_decisions(fresh_db, DecisionFilter(text="tumba")) == 0


def test_filters_and_sorting_in_sql(fresh_db, ids):
    register.save_decision(fresh_db, decision(ids, delegate_name="Örjan Ek"), today=TODAY)
    register.save_decision(fresh_db, decision(ids, delegate_name="Åsa Berg", decision_date=dt.date(2016, 7, 1)),
                           today=TODAY)
    register.save_decision(fresh_db, decision(
        ids, point="4.1", unit_id=ids["vux"], delegate_name="Eva Lindgren", delegate_function="Rektor",
        decision_date=dt.date(2016, 8, 20)), today=TODAY)
    names = [d.delegate_name for d in register.list_decisions(fresh_db, sort="delegate", descending=False)]
    assert names == ["Eva Lindgren", "Åsa Berg", "Örjan Ek"]
    assert register.list_delegates(fresh_db) == names
    assert register.count_decisions(fresh_db, DecisionFilter(unit_id=ids["vux"])) == 1
    assert register.count_decisions(fresh_db, DecisionFilter(point="3.2")) == 2
    assert register.count_decisions(fresh_db, DecisionFilter(delegate="Åsa Berg")) == 1
    assert register.count_decisions(
        fresh_db, DecisionFilter(date_from=dt.date(2016, 8, 1), date_to=dt.date(2016, 8, 31))) == 2
    page = register.list_decisions(fresh_db, limit=2, offset=0)
    assert [d.decision_date.day for d in page] == [20, 9]
    assert [d.decision_date.day for d in register.list_decisions(fresh_db, limit=2, offset=2)] == [1]


def test_reporting_fills_meeting_section_and_appeal_dates(fresh_db, ids):
    register.save_decision(fresh_db, decision(ids), today=dt.date(2016, 9, 5))
    register.save_decision(fresh_db, decision(ids, point="4.1", unit_id=ids["vux"], delegate_name="Eva Lindgren",
                                              delegate_function="Rektor"), today=dt.date(2016, 9, 6))
    meeting = dt.date(2016, 9, 22)
    lists = dstore.assign_lists_to_meeting(fresh_db, meeting)
    assert [ul.label for ul in lists] == ["Jobbcenter, augusti 2016", "Vuxenutbildning, augusti 2016"]
    assert dstore.unreported_lists(fresh_db) == []
    assert dstore.record_minutes_adjusted(fresh_db, meeting, 57) == 2
    assert dstore.record_posting(fresh_db, meeting, dt.date(2016, 9, 28), dt.date(2016, 10, 19)) == 2
    for d in register.list_decisions(fresh_db):
        assert (d.reported_text, d.appeal_start, d.appeal_last_day) == (
            "2016-09-22 § 57", dt.date(2016, 9, 28), dt.date(2016, 10, 19))
    # A reported decision can no longer change; a late one opens a new list for the month.
    reported = register.list_decisions(fresh_db)[0]
    with pytest.raises(UserError, match="anmäldes till nämnden 2016-09-22 § 57"):
        register.save_decision(fresh_db, reported, today=TODAY)
    late = register.save_decision(fresh_db, decision(ids, decision_date=dt.date(2016, 8, 30)), today=TODAY).decision
    assert late.list_id not in {ul.id for ul in lists}
    assert [ul.label for ul in dstore.unreported_lists(fresh_db)] == ["Jobbcenter, augusti 2016"]


def test_needing_own_posting(fresh_db, ids):
    old = register.save_decision(fresh_db, decision(ids, decision_date=dt.date(2016, 5, 2)), today=TODAY).decision
    register.save_decision(fresh_db, decision(ids, point="4.1", unit_id=ids["vux"], delegate_function="Rektor",
                                              decision_date=dt.date(2016, 5, 2)), today=TODAY)  # förvaltningsbesvär
    register.save_decision(fresh_db, decision(ids), today=TODAY)  # recent
    assert [d.id for d in register.list_needing_own_posting(fresh_db, TODAY, 60)] == [old.id]


def test_rule_in_use_cannot_be_deleted(fresh_db, ids):
    d = register.save_decision(fresh_db, decision(ids), today=TODAY).decision
    with pytest.raises(UserError, match="Punkt 3.2 kan inte tas bort: 1 registrerade beslut"):
        dstore.delete_rule(fresh_db, d.rule_id)
    with pytest.raises(UserError, match="kan inte tas bort: 1 registrerade beslut"):
        dstore.delete_ruleset(fresh_db, ids["v2"])


def test_duplicate_version_date_is_refused(fresh_db, ids):
    from uppfoljning_desktop.domain.delegation import RuleSet

    with pytest.raises(ValidationFailed, match="finns redan en delegationsordning beslutad 2016-02-25"):
        dstore.save_ruleset(fresh_db, RuleSet(decided_on=dt.date(2016, 2, 25)))


def test_demo_reported_august_at_the_posted_meeting_of_22_september(demo_db):
    august = dstore.list_unit_lists(demo_db, "2016-08", "2016-08")
    assert sorted(ul.unit_name for ul in august) == [
        "Daglig verksamhet", "Förvaltningskontoret", "Jobbcenter", "Vuxenutbildning", "Xenter"]
    assert {ul.reported_meeting for ul in august} == {dt.date(2016, 9, 22)}
    decisions = register.list_decisions(demo_db, DecisionFilter(date_from=dt.date(2016, 8, 1),
                                                                date_to=dt.date(2016, 8, 31)))
    assert len(decisions) == 22
    # § from the minutes, appeal clock from their posting on 2016-09-30 (three weeks: 21 October)
    assert {(d.reported_meeting, d.appeal_start, d.appeal_last_day) for d in decisions} == {
        (dt.date(2016, 9, 22), dt.date(2016, 9, 30), dt.date(2016, 10, 21))}
    assert len({d.reported_section for d in decisions}) == 1 and decisions[0].reported_section
    july = register.list_decisions(demo_db, DecisionFilter(date_from=dt.date(2016, 7, 1),
                                                           date_to=dt.date(2016, 7, 31)))
    assert {d.reported_text for d in july} == {"2016-08-25 § 52"}
    assert [ul.label for ul in dstore.unreported_lists(demo_db)] == [
        "Vuxenutbildning, september 2016", "Jobbcenter, september 2016", "Xenter, september 2016",
        "Förvaltningskontoret, juni 2016"]
