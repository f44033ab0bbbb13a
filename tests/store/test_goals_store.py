"""The goals store: periods, structure, outcomes all-or-nothing, statuses, copying, assessments."""

from __future__ import annotations

from decimal import Decimal

import pytest

from uppfoljning_desktop.domain.assessment import Colour
from uppfoljning_desktop.domain.goals import (
    Activity,
    ActivityStatus,
    Assignment,
    Breakdown,
    CommitteeGoal,
    CouncilGoal,
    FocusArea,
    GoalArea,
    Indicator,
    MeasureUnit,
    OutcomeValue,
    Plan,
)
from uppfoljning_desktop.domain.organisation import Unit
from uppfoljning_desktop.errors import NotFound, ValidationFailed
from uppfoljning_desktop.store import goals as store
from uppfoljning_desktop.store import goals_followup as follow
from uppfoljning_desktop.store import organisation as org

D = Decimal


@pytest.fixture
def plan(fresh_db):
    """A slice of Södertälje's plan 2024–2026 (seeds/000): KF-mål 3, nämndmål 3.2 and 3.3."""
    db = fresh_db
    vux = org.save_unit(db, Unit(name="Vuxenutbildning"))
    p = store.save_plan(db, Plan(name="Verksamhetsplan 2024–2026", first_year=2024, last_year=2026))
    area = store.save_area(db, GoalArea(plan_id=p.id, name="Ett socialt hållbart Södertälje"))
    kf = store.save_council_goal(db, CouncilGoal(area_id=area.id, number="3",
                                                 text="Södertälje kommuns invånare har goda livsvillkor"))
    g32 = store.save_goal(db, CommitteeGoal(area_id=area.id, council_goal_id=kf.id, number="3.2",
                                            text="Resultaten i vuxenutbildningen och yrkeshögskolan ska förbättras"))
    g33 = store.save_goal(db, CommitteeGoal(area_id=area.id, council_goal_id=kf.id, number="3.3",
                                            text="Kvaliteten i yrkeshögskolan och vuxenutbildningen ska förbättras"))
    grund = store.save_indicator(db, Indicator(
        goal_id=g32.id, name="Andel som avslutat med godkända betyg, grundläggande nivå (VUX)",
        measure_unit=MeasureUnit.PERCENT, baseline_text="89,9%", baseline_year=2023,
        targets={2024: ">89,9%", 2025: "Öka", 2026: "Öka"}, source="Kolada", unit_id=vux.id, by_gender=True))
    sfi = store.save_indicator(db, Indicator(
        goal_id=g33.id, name="Antal studerande, SFI", measure_unit=MeasureUnit.COUNT, baseline_text="2 243",
        targets={2024: "2 310", 2025: "2 377", 2026: "2 444"}, source="Alvis", unit_id=vux.id,
        subgroups=["Sfi Södertälje", "Sfi Järna"]))
    act = store.save_activity(db, Activity(goal_id=g32.id, text="Införa stödteam för SFI", due="Q2",
                                           unit_id=vux.id))
    return {"db": db, "plan": p, "area": area, "kf": kf, "g32": g32, "g33": g33, "grund": grund, "sfi": sfi,
            "act": act, "vux": vux}


def test_periods_default_and_by_label(plan):
    db = plan["db"]
    labels = [p.label for p in store.list_periods(db, 2024)]
    assert labels == ["Delår 1 2024", "Delår 2 2024", "Helår 2024"]
    assert store.get_period_by_label(db, "delår  2 2024").label == "Delår 2 2024"
    with pytest.raises(NotFound, match="Delår 4 2024"):
        store.get_period_by_label(db, "Delår 4 2024")
    monthly = store.ensure_periods(db, 2027, "månad")
    assert monthly[0].label == "Januari 2027" and monthly[-1].is_year_end and len(monthly) == 12
    assert [p.label for p in store.ensure_periods(db, 2028, "tertial")] == [
        "Tertial 1 2028", "Tertial 2 2028", "Tertial 3 2028"]


def test_indicator_round_trip_keeps_wording_and_key(plan):
    db, grund = plan["db"], plan["grund"]
    again = store.get_indicator(db, grund.key)
    assert again == grund and grund.key.startswith("ind:")
    assert again.targets[2024] == ">89,9%" and again.target_for(2024).value == D("89.9")
    saved = store.save_indicator(db, again)
    assert saved.uuid == grund.uuid


def test_bad_indicator_is_refused_with_field_names(plan):
    with pytest.raises(ValidationFailed) as e:
        store.save_indicator(plan["db"], Indicator(goal_id=plan["g32"].id, name="Nöjdhet",
                                                   targets={2024: "ungefär fyra"}, subgroups=["A", "a"]))
    text = str(e.value)
    assert "Riktvärde 2024" in text and "Delgrupper" in text and "Nöjdhet" in text


def test_save_outcomes_all_or_nothing(plan):
    db, grund, sfi = plan["db"], plan["grund"], plan["sfi"]
    d2 = store.get_period_by_label(db, "Delår 2 2024")
    n = follow.save_outcomes(db, d2.id, [
        OutcomeValue(grund.key, D("90.5")),
        OutcomeValue(grund.key, D("92"), Breakdown.WOMEN),
        OutcomeValue(grund.id, D("88"), Breakdown.MEN, comment="Färre män avslutade"),
        OutcomeValue(sfi.key, D(1200), subgroup="Sfi Södertälje"),
    ])
    assert n == 4
    assert follow.get_outcome(db, grund.key, d2.id, Breakdown.MEN) == D(88)
    with pytest.raises(ValidationFailed) as e:
        follow.save_outcomes(db, d2.id, [
            OutcomeValue(grund.key, D(1)),  # fine on its own
            OutcomeValue(sfi.key, D(5), Breakdown.WOMEN),  # SFI count is not split by gender
            OutcomeValue(sfi.key, D(5), subgroup="Sfi Nykvarn"),
            OutcomeValue("ind:finns-inte", D(5)),
        ])
    msg = str(e.value)
    assert "Antal studerande, SFI (Kvinnor)" in msg and "Sfi Nykvarn" in msg and "ind:finns-inte" in msg
    assert follow.get_outcome(db, grund.key, d2.id) == D("90.5")  # nothing written


def test_save_functions_nest_in_an_outer_transaction(plan):
    db, grund, act = plan["db"], plan["grund"], plan["act"]
    d2 = store.get_period_by_label(db, "Delår 2 2024")
    with pytest.raises(RuntimeError), db.atomic():
        follow.save_outcomes(db, d2.id, [OutcomeValue(grund.key, D(91))])
        follow.set_activity_status(db, act.key, d2.id, ActivityStatus.DONE)
        raise RuntimeError("the importer found a bad sheet")
    assert follow.get_outcome(db, grund.key, d2.id) is None
    assert follow.get_activity(db, act.key, d2.id).status is ActivityStatus.NOT_STARTED


def test_unit_lists_for_excel(plan):
    db, grund = plan["db"], plan["grund"]
    helar23 = store.ensure_periods(db, 2023)[-1]
    follow.save_outcomes(db, helar23.id, [OutcomeValue(grund.key, D("89.9"))])
    d2 = store.get_period_by_label(db, "Delår 2 2024")
    follow.save_outcomes(db, d2.id, [OutcomeValue(grund.key, D(91), Breakdown.WOMEN)])
    rows = follow.list_indicators_for_unit(db, d2.id, plan["vux"].id)
    assert [r.indicator.name for r in rows] == [plan["grund"].name, "Antal studerande, SFI"]
    first = rows[0]
    assert first.key == grund.key and first.goal.number == "3.2" and first.target.display() == ">89,9%"
    assert first.earlier == {2023: D("89.9")}
    assert first.outcomes[(Breakdown.WOMEN, "")].value == D(91)
    assert rows[1].indicator.subgroup_names == ["", "Sfi Södertälje", "Sfi Järna"]
    acts = follow.list_activities_for_unit(db, d2.id, plan["vux"].id)
    assert [a.key for a in acts] == [plan["act"].key] and acts[0].activity.status is ActivityStatus.NOT_STARTED
    assert follow.list_indicators_for_unit(db, d2.id, None) == []


def test_activity_status_is_kept_per_period(plan):
    db, act = plan["db"], plan["act"]
    d1, d2, helar = store.list_periods(db, 2024)
    follow.set_activity_status(db, act.key, d1.id, "Påbörjad", "Rekrytering pågår")
    assert follow.get_activity(db, act.id, d2.id).status is ActivityStatus.STARTED  # carried forward
    follow.set_activity_status(db, act.key, helar.id, ActivityStatus.DONE)
    assert follow.get_activity(db, act.id, d1.id).comment == "Rekrytering pågår"
    assert follow.get_activity(db, act.id, helar.id).status is ActivityStatus.DONE
    with pytest.raises(ValidationFailed, match="Status"):
        follow.set_activity_status(db, act.key, d1.id, "Nästan klar")


def test_assessment_proposal_confirm_and_override(plan):
    db, grund, sfi = plan["db"], plan["grund"], plan["sfi"]
    helar = store.get_period_by_label(db, "Helår 2024")
    follow.save_outcomes(db, helar.id, [OutcomeValue(grund.key, D(91)), OutcomeValue(sfi.key, D(2301))])
    follow.set_activity_status(db, plan["act"].key, helar.id, ActivityStatus.DONE)
    result = follow.assess_plan(db, plan["plan"].id, helar.id)
    g32, g33 = result.goals[plan["g32"].id], result.goals[plan["g33"].id]
    assert g32.colour is Colour.GREEN and g32.proposal.reasoning.startswith(
        "1 av 1 riktvärden nådda, 1 av 1 aktiviteter klara")
    assert g33.colour is Colour.RED  # 2 301 < 2 310, no activities
    assert result.council_goals[plan["kf"].id].colour is Colour.YELLOW  # tie → yellow
    with pytest.raises(ValidationFailed, match="Motivering"):
        follow.confirm_assessment(db, helar.id, goal_id=plan["g33"].id, override="gul")
    follow.confirm_assessment(db, helar.id, goal_id=plan["g33"].id, override=Colour.YELLOW,
                              reason="Nio studerande under riktvärdet; i praktiken nått")
    result = follow.assess_plan(db, plan["plan"].id, helar.id)
    assert result.goals[plan["g33"].id].colour is Colour.YELLOW
    assert result.goals[plan["g33"].id].explanation.startswith("Nio studerande")
    assert result.council_goals[plan["kf"].id].colour is Colour.YELLOW  # green + yellow: a tie
    follow.clear_assessment(db, helar.id, goal_id=plan["g33"].id)
    assert follow.assess_plan(db, plan["plan"].id, helar.id).goals[plan["g33"].id].colour is Colour.RED


def test_copy_plan_to_a_new_period(plan):
    db, grund = plan["db"], plan["grund"]
    helar26 = store.ensure_periods(db, 2026)[-1]
    follow.save_outcomes(db, helar26.id, [OutcomeValue(grund.key, D("93.5"))])
    store.save_assignment(db, Assignment(plan_id=plan["plan"].id, year=2024, title="Utveckla Campus Telge"))
    store.save_focus_area(db, FocusArea(plan_id=plan["plan"].id, year=2024, title="Stärka destinationsutveckling"))
    new = store.copy_plan(db, plan["plan"].id, "Verksamhetsplan 2027–2029", 2027, 2029)
    old_s, new_s = store.get_structure(db, plan["plan"].id), store.get_structure(db, new.id)
    assert [g.title for g in new_s.goals] == [g.title for g in old_s.goals]
    assert [c.title for c in new_s.council_goals] == ["KF-mål 3: Södertälje kommuns invånare har goda livsvillkor"]
    copied = new_s.indicators[0]
    assert copied.name == grund.name and copied.uuid != grund.uuid
    assert copied.targets == {} and copied.baseline_text == "93,5 %" and copied.baseline_year == 2026
    assert [a.text for a in new_s.activities] == ["Införa stödteam för SFI"]
    assert new_s.goals[0].council_goal_id == new_s.council_goals[0].id
    assert [a.title for a in store.list_assignments(db, new.id)] == ["Utveckla Campus Telge"]
    assert store.list_assignments(db, new.id)[0].year == 2027
    assert [p.label for p in store.list_periods(db, 2029)] == ["Delår 1 2029", "Delår 2 2029", "Helår 2029"]
    # the old plan is untouched
    assert store.get_structure(db, plan["plan"].id).indicators[0].targets[2024] == ">89,9%"


def test_deleting_a_goal_removes_its_indicators_and_outcomes(plan):
    db = plan["db"]
    d2 = store.get_period_by_label(db, "Delår 2 2024")
    follow.save_outcomes(db, d2.id, [OutcomeValue(plan["sfi"].key, D(1))])
    store.delete_goal(db, plan["g33"].id)
    assert [i.name for i in store.list_indicators(db, plan["plan"].id)] == [plan["grund"].name]
    assert db.execute("SELECT count(*) FROM outcome").fetchone()[0] == 0
