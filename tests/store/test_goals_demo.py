"""The demo database carries both plans: Södertälje 2024–2026 and Botkyrka 2019 (real outcomes)."""

from __future__ import annotations

from decimal import Decimal

from uppfoljning_desktop.domain.assessment import Colour
from uppfoljning_desktop.domain.goals import Breakdown
from uppfoljning_desktop.store import goals as store
from uppfoljning_desktop.store import goals_followup as follow
from uppfoljning_desktop.store import organisation as org


def test_demo_has_both_plans(demo_db):
    names = [p.name for p in store.list_plans(demo_db)]
    assert names == ["Mål och internbudget 2019", "Verksamhetsplan 2024–2026"]
    s = store.get_structure(demo_db, store.plan_for_year(demo_db, 2024).id)
    assert [c.number for c in s.council_goals] == ["1", "2", "3", "4", "5", "6", "8", "9", "10"]
    sfi = next(i for i in s.indicators if i.name == "Antal studerande, SFI")
    assert sfi.targets == {2024: "2 310", 2025: "2 377", 2026: "2 444"} and sfi.baseline_text == "2 243"


def test_botkyrka_outcomes_are_the_real_ones(demo_db):
    plan = store.plan_for_year(demo_db, 2019)
    ferie = next(i for i in store.list_indicators(demo_db, plan.id) if i.name.startswith("Andel feriepraktikanter"))
    helar = store.get_period_by_label(demo_db, "Helår 2019")
    assert follow.get_outcome(demo_db, ferie.key, helar.id) == Decimal(85)
    assert follow.get_outcome(demo_db, ferie.key, helar.id, Breakdown.MEN) == Decimal(84)
    assert follow.year_end_history(demo_db, ferie.id, before_year=2019) == {2016: 64, 2017: 73, 2018: 73}
    result = follow.assess_plan(demo_db, plan.id, helar.id)
    colours = [result.goals[g.id].colour for g in store.list_goals(demo_db, plan.id)]
    assert colours.count(Colour.GREEN) == 4 and colours.count(Colour.YELLOW) == 5


def test_excel_api_on_the_demo(demo_db):
    vux = org.get_unit_by_name(demo_db, "Vuxenutbildning")
    d2 = store.get_period_by_label(demo_db, "Delår 2 2024")
    rows = follow.list_indicators_for_unit(demo_db, d2.id, vux.id)
    assert len(rows) >= 8 and all(r.key.startswith("ind:") for r in rows)
    assert all(r.indicator.unit_id == vux.id for r in rows)
    acts = follow.list_activities_for_unit(demo_db, d2.id, vux.id)
    assert {a.activity.status.value for a in acts} <= {"Klar", "Påbörjad", "Ej startad"}
