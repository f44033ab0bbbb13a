"""Delegation rules and the register's checks, without a database."""

from __future__ import annotations

import datetime as dt

import pytest

from uppfoljning_desktop.domain.delegation import (
    AppealRoute,
    DelegationDecision,
    DelegationRule,
    RuleSet,
    check_decision,
    format_month,
    fts_query,
    month_bounds,
    months_between,
    needs_own_posting,
    parse_month,
    point_sort_key,
    ruleset_in_force,
    split_functions,
    swedish_sort_key,
    validate_rule,
)

V1 = RuleSet(id=1, decided_on=dt.date(2015, 2, 26))
V2 = RuleSet(id=2, decided_on=dt.date(2016, 2, 25))
RULE = DelegationRule(id=10, ruleset_id=1, point="3.2", case_type="Lönebidrag", delegate_function="Verksamhetschef",
                      substitute_function="Förvaltningschef", unit_ids=(7,))
NEW = DelegationRule(id=20, ruleset_id=2, point="4.1", case_type="Antagning", delegate_function="Rektor")
BAD = DelegationRule(id=30, ruleset_id=2, point="1.5", case_type="Yttrande till fullmäktige",
                     delegate_function="Förvaltningschef", not_delegable=True)
RULES = {1: {"3.2": RULE}, 2: {"3.2": RULE, "4.1": NEW, "1.5": BAD}}
TODAY = dt.date(2016, 9, 14)


def make(**changes) -> DelegationDecision:
    values = dict(decision_date=dt.date(2016, 8, 9), point="3.2", subject="Lönebidrag", delegate_name="Petra Lind",
                  delegate_function="Verksamhetschef", unit_id=7, appeal_route=AppealRoute.LEGALITY)
    values.update(changes)
    return DelegationDecision(**values)


def messages(d: DelegationDecision) -> list[str]:
    result, _ = check_decision(d, [V1, V2], RULES, today=TODAY, unit_name="Jobbcenter")
    return [str(e) for e in result.errors]


def test_a_correct_decision_passes_and_names_its_rule():
    result, rule = check_decision(make(), [V1, V2], RULES, today=TODAY)
    assert result.errors == [] and result.warnings == []
    assert rule is RULE


@pytest.mark.parametrize(
    ("changes", "expected"),
    [
        ({"decision_date": dt.date(2016, 9, 15)},
         "Beslutsdatum: 2016-09-15 ligger i framtiden (i dag är det 2016-09-14)"),
        ({"point": "9.9"},
         "Punkt: 9.9 finns inte i delegationsordningen som gällde 2016-08-09 (beslutad 2016-02-25)"),
        ({"point": "4.1", "decision_date": dt.date(2016, 1, 10), "delegate_function": "Rektor"},
         "Punkt: 4.1 finns inte i delegationsordningen som gällde 2016-01-10 (beslutad 2015-02-26)"),
        ({"decision_date": dt.date(2014, 12, 31)},
         "Punkt: ingen delegationsordning gällde 2014-12-31 (den första beslutades 2015-02-26)"),
        ({"delegate_function": "Rektor"},
         "Delegatens funktion: Rektor får inte besluta enligt punkt 3.2 "
         "(delegat: Verksamhetschef, ersättare Förvaltningschef)"),
        ({"unit_id": 8}, "Punkt: 3.2 får inte användas av Jobbcenter"),
        ({"sub_delegated_from": "Förvaltningschef"}, "Vidaredelegerat från: punkt 3.2 får inte vidaredelegeras"),
        ({"subject": " "}, "Ärende: får inte vara tomt"),
        ({"point": ""}, "Punkt: får inte vara tom"),
    ],
)
def test_each_check_has_its_message(changes, expected):
    assert messages(make(**changes)) == [expected]


def test_substitute_function_is_accepted_case_insensitively():
    assert messages(make(delegate_function="förvaltningschef")) == []


def test_not_delegable_point_warns_but_does_not_refuse():
    result, rule = check_decision(
        make(point="1.5", delegate_function="Förvaltningschef"), [V1, V2], RULES, today=TODAY
    )
    assert result.errors == []
    assert rule is BAD
    assert result.warnings == [
        "Punkt 1.5 (Yttrande till fullmäktige) är markerad som ett ärende som inte får delegeras "
        "(KL 6 kap. 38 §). Kontrollera beslutet med nämndsekreteraren."
    ]


def test_version_in_force_is_the_latest_decided_on_or_before_the_date():
    assert ruleset_in_force([V2, V1], dt.date(2016, 2, 24)) is V1
    assert ruleset_in_force([V2, V1], dt.date(2016, 2, 25)) is V2
    assert ruleset_in_force([V2, V1], dt.date(2015, 1, 1)) is None


@pytest.mark.parametrize(
    ("rule", "expected"),
    [
        (DelegationRule(point="3,2", case_type="x", delegate_function="y"),
         ["Punkt: \"3,2\" ska vara siffror med punkt emellan, t.ex. 3.2"]),
        (DelegationRule(point="3.2", case_type="", delegate_function="y"), ["Punkt 3.2, ärendetyp: får inte vara tom"]),
        (DelegationRule(point="3.2", case_type="x", delegate_function=""),
         ["Punkt 3.2, delegat: får inte vara tom (ange en funktion, t.ex. verksamhetschef)"]),
    ],
)
def test_rule_validation(rule, expected):
    assert [str(e) for e in validate_rule(rule)] == expected


def test_duplicate_point_in_a_version_is_refused():
    rule = DelegationRule(point="3.2", case_type="x", delegate_function="y")
    assert [str(e) for e in validate_rule(rule, ["3.2"])] == ["Punkt: 3.2 finns redan i den här delegationsordningen"]


def test_small_helpers():
    assert split_functions("Verksamhetschef, rektor eller Enhetschef/Biträdande rektor") == [
        "verksamhetschef", "rektor", "enhetschef", "biträdande rektor"]
    assert sorted(["3.10", "3.9", "10.1", "3.2a"], key=point_sort_key) == ["3.2a", "3.9", "3.10", "10.1"]
    assert sorted(["Öberg", "Åberg", "Zetterlund", "Äng", "Andersson"], key=swedish_sort_key) == [
        "Andersson", "Zetterlund", "Åberg", "Äng", "Öberg"]
    assert parse_month(" 2016-08 ") == "2016-08"
    assert format_month("2016-08") == "augusti 2016"
    assert month_bounds("2016-02") == (dt.date(2016, 2, 1), dt.date(2016, 2, 29))
    assert month_bounds("2016-12")[1] == dt.date(2016, 12, 31)
    assert months_between("2016-11", "2017-02") == ["2016-11", "2016-12", "2017-01", "2017-02"]
    with pytest.raises(ValueError, match="ingen månad på formen ÅÅÅÅ-MM"):
        parse_month("2016-13")


def test_fts_query_quotes_words_and_keeps_swedish_letters():
    assert fts_query('får "NOT" lön-') == '"får"* "NOT"* "lön"*'
    assert fts_query("...") == ""


def test_needs_own_posting_lists_old_unreported_appealable_decisions():
    old = make(decision_date=dt.date(2016, 6, 1))
    reported = make(decision_date=dt.date(2016, 6, 1), reported_meeting=dt.date(2016, 8, 25))
    party_appeal = make(decision_date=dt.date(2016, 6, 1), appeal_route=AppealRoute.ADMINISTRATIVE)
    recent = make(decision_date=dt.date(2016, 8, 1))
    assert needs_own_posting([old, reported, party_appeal, recent], TODAY, days=60) == [old]


@pytest.mark.parametrize(
    "meeting, decisions, recorded, adjusted, reported",
    [
        (None, 3, 0, False, False),  # not taken up by any meeting
        (dt.date(2016, 9, 22), 3, 0, False, False),  # taken up, minutes not adjusted
        (dt.date(2016, 9, 22), 3, 2, True, False),  # one decision not yet recorded
        (dt.date(2016, 9, 22), 3, 3, True, True),
        (dt.date(2016, 9, 22), 0, 0, False, False),  # empty list: green only once adjusted
        (dt.date(2016, 9, 22), 0, 0, True, True),
    ],
)
def test_a_list_is_reported_when_the_adjusted_minutes_have_it(meeting, decisions, recorded, adjusted, reported):
    from uppfoljning_desktop.domain.delegation import UnitList

    ul = UnitList(unit_id=1, month="2016-08", received_on=dt.date(2016, 9, 5), decision_count=decisions,
                  reported_meeting=meeting, recorded_count=recorded, meeting_adjusted=adjusted)
    assert ul.is_reported is reported
