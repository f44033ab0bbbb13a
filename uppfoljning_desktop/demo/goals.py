"""Demo goal follow-up: two plans in one database.

* "Verksamhetsplan 2024–2026" after Södertälje's plan (``seeds/000_…``), with invented
  but plausible outcomes for Helår 2022–2023 (from the baselines), Delår 2 2024 and
  Helår 2024, invented activities, the council's focus areas and assignments.
* "Mål och internbudget 2019" after Botkyrka's annual report 2019 (``seeds/001_…``), with
  its real outcomes 2016–2019, the gender splits it gives, its analyses, and its own
  assessments (as confirmations or reasoned overrides of the app's proposals).

The structures themselves are data in ``demo/goals_data.py``.
"""

from __future__ import annotations

import random
from decimal import ROUND_HALF_UP, Decimal

from sqlite_utils import Database

from uppfoljning_desktop.demo import goals_data as data
from uppfoljning_desktop.domain.assessment import Colour
from uppfoljning_desktop.domain.goals import (
    Activity,
    Assignment,
    Breakdown,
    CommitteeGoal,
    CouncilGoal,
    FocusArea,
    GoalArea,
    GoalFollowUp,
    Indicator,
    MeasureUnit,
    OutcomeValue,
    Plan,
)
from uppfoljning_desktop.domain.numbers import parse_number
from uppfoljning_desktop.domain.targets import TargetKind, parse_value
from uppfoljning_desktop.store import goals as store
from uppfoljning_desktop.store import goals_followup as follow
from uppfoljning_desktop.store import organisation as org

ORDER = 40

_DEFAULT_BASE = {"procent": Decimal(80), "betyg": Decimal(4), "antal": Decimal(10), "index": Decimal(70),
                 "kronor": Decimal(1000)}
_PLACES = {"procent": Decimal("0.1"), "betyg": Decimal("0.01"), "antal": Decimal(1), "index": Decimal(1),
           "kronor": Decimal(1)}


def _round(value: Decimal, measure: str) -> Decimal:
    v = value.quantize(_PLACES[measure], rounding=ROUND_HALF_UP)
    if measure == "procent":
        v = min(v, Decimal(100))
    return v.normalize() if v == v.to_integral() else v


def _units(db: Database) -> dict[str, int]:
    return {u.name: u.id for u in org.list_units(db) if u.id is not None}


def populate(db: Database) -> None:
    units = _units(db)
    _populate_sodertalje(db, units)
    _populate_botkyrka(db, units)


# ---------------------------------------------------------------- Södertälje 2024–2026


def _invent(ind: Indicator, rng: random.Random, year: int, previous: Decimal, share: str) -> Decimal:
    """An outcome near the year's target (or near the previous outcome for directions)."""
    target = ind.target_for(year)
    measure = str(ind.measure_unit)
    if target.value is not None and target.kind is not TargetKind.NONE:
        spread = (0.93, 1.04) if share == "delår" else (0.95, 1.06)
        value = target.value * Decimal(str(round(rng.uniform(*spread), 3)))
    else:
        value = previous * Decimal(str(round(rng.uniform(0.97, 1.04), 3)))
    return _round(value, measure)


def _gender(ind: Indicator, total: Decimal, rng: random.Random) -> list[OutcomeValue]:
    measure = str(ind.measure_unit)
    if measure == "antal":
        women = _round(total * Decimal(str(round(rng.uniform(0.52, 0.64), 3))), measure)
        men = total - women
    else:
        women = _round(total * Decimal(str(round(rng.uniform(1.0, 1.05), 3))), measure)
        men = _round(total * 2 - women, measure)
    return [OutcomeValue(ind.id, women, Breakdown.WOMEN), OutcomeValue(ind.id, men, Breakdown.MEN)]  # type: ignore[arg-type]


def _populate_sodertalje(db: Database, units: dict[str, int]) -> None:
    rng = random.Random(2024)
    plan = store.save_plan(db, Plan(name="Verksamhetsplan 2024–2026", first_year=2024, last_year=2026))
    assert plan.id is not None
    for year in (2021, 2022, 2023):
        store.ensure_periods(db, year)
    d2 = store.get_period_by_label(db, "Delår 2 2024")
    helar = store.get_period_by_label(db, "Helår 2024")
    goals: dict[str, CommitteeGoal] = {}
    for area_name, area_text, councils in data.SODERTALJE:
        area = store.save_area(db, GoalArea(plan_id=plan.id, name=area_name, description=area_text))
        for number, text, committee_goals in councils:
            kf = store.save_council_goal(db, CouncilGoal(area_id=area.id, number=number, text=text))  # type: ignore[arg-type]
            for goal_number, goal_text, indicators in committee_goals:
                goal = store.save_goal(db, CommitteeGoal(area_id=area.id, council_goal_id=kf.id,  # type: ignore[arg-type]
                                                         number=goal_number, text=goal_text))
                goals[goal_number] = goal
                for name, measure, baseline, targets, source, unit, flags in indicators:
                    ind = store.save_indicator(db, Indicator(
                        goal_id=goal.id, name=name, measure_unit=MeasureUnit(measure), baseline_text=baseline,  # type: ignore[arg-type]
                        baseline_year=flags.get("baseline_year", 2023), targets=targets, source=source,
                        unit_id=units.get(unit), by_gender=flags.get("kön", False),
                        subgroups=flags.get("delgrupper", []), footnote=flags.get("fotnot", ""),
                        lower_is_better=flags.get("lägre", False)))
                    _sodertalje_outcomes(db, ind, rng, d2.id, helar.id)  # type: ignore[arg-type]
    for text, number, due, unit, at_d2, at_year_end in data.SODERTALJE_ACTIVITIES:
        a = store.save_activity(db, Activity(goal_id=goals[number].id, text=text, due=due,  # type: ignore[arg-type]
                                             unit_id=units.get(unit), responsible=unit))
        follow.set_activity_status(db, a.id, d2.id, at_d2)  # type: ignore[arg-type]
        if at_year_end != at_d2:
            follow.set_activity_status(db, a.id, helar.id, at_year_end)  # type: ignore[arg-type]
    for title, description in data.SODERTALJE_FOCUS:
        store.save_focus_area(db, FocusArea(plan_id=plan.id, year=2024, title=title, description=description,
                                            reporting="Delår- och årsbokslut"))
    for given_by, title, description, reporting, status in data.SODERTALJE_ASSIGNMENTS:
        store.save_assignment(db, Assignment(plan_id=plan.id, year=2024, title=title, description=description,
                                             given_by=given_by, reporting=reporting, status=status))  # type: ignore[arg-type]
    follow.save_followup(db, GoalFollowUp(goals["3.2"].id, d2.id,  # type: ignore[arg-type]
                         comment="Resultaten för grundläggande nivå ligger över riktvärdet; gymnasial nivå strax under.",
                         analysis="Stödteamet för SFI har gett färre avbrott. Fler kursslut under hösten väntas "
                                  "lyfta andelen godkända på gymnasial nivå till årsbokslutet."))
    follow.save_followup(db, GoalFollowUp(goals["3.1"].id, d2.id,  # type: ignore[arg-type]
                         comment="SCB:s siffror för 2024 kommer först i november.",
                         analysis="Prognosen bygger på Arbetsförmedlingens månadsstatistik."))
    follow.confirm_assessment(db, d2.id, goal_id=goals["3.1"].id, override=Colour.YELLOW,  # type: ignore[arg-type]
                              reason="Arbetslösheten har ökat under våren; sysselsättningsgraden väntas "
                                     "inte öka i år trots att aktiviteterna genomförs.")
    follow.confirm_assessment(db, d2.id, goal_id=goals["3.2"].id)  # type: ignore[arg-type]


def _sodertalje_outcomes(db: Database, ind: Indicator, rng: random.Random, d2_id: int, helar_id: int) -> None:
    measure = str(ind.measure_unit)
    base = parse_value(ind.baseline_text).value
    start = base if base is not None else _DEFAULT_BASE[measure]
    history: dict[int, Decimal] = {}
    if base is not None:
        history[ind.baseline_year or 2023] = base
        for year in range((ind.baseline_year or 2023) + 1, 2024):
            history[year] = _round(base * Decimal(str(round(rng.uniform(0.98, 1.04), 3))), measure)
        history[(ind.baseline_year or 2023) - 1] = _round(base * Decimal(str(round(rng.uniform(0.94, 1.01), 3))),
                                                          measure)
    for year, value in history.items():
        period = store.ensure_periods(db, year)[-1]
        follow.save_outcomes(db, period.id, [OutcomeValue(ind.id, value)])  # type: ignore[arg-type]
    previous = history.get(2023, start)
    for period_id, kind in ((d2_id, "delår"), (helar_id, "helår")):
        total = _invent(ind, rng, 2024, previous, kind)
        cells = [OutcomeValue(ind.id, total)]  # type: ignore[arg-type]
        if ind.by_gender:
            cells += _gender(ind, total, rng)
        for sub in ind.subgroups:
            cells.append(OutcomeValue(ind.id, _round(total * Decimal(str(round(rng.uniform(0.9, 1.1), 3))), measure),  # type: ignore[arg-type]
                                      subgroup=sub))
        follow.save_outcomes(db, period_id, cells)


# ---------------------------------------------------------------- Botkyrka 2019


def _populate_botkyrka(db: Database, units: dict[str, int]) -> None:
    plan = store.save_plan(db, Plan(name="Mål och internbudget 2019", first_year=2019, last_year=2019,
                                    scale="måluppfyllelse"))
    assert plan.id is not None
    year_end = {y: store.ensure_periods(db, y)[-1] for y in range(2016, 2020)}
    helar = year_end[2019]
    assert helar.id is not None
    for area_name, goals in data.BOTKYRKA:
        area = store.save_area(db, GoalArea(plan_id=plan.id, name=area_name))
        for goal_text, _colour, analysis, verdict, indicators in goals:
            goal = store.save_goal(db, CommitteeGoal(area_id=area.id, number="", text=goal_text))  # type: ignore[arg-type]
            assert goal.id is not None
            for name, measure, outcomes, target, unit, flags in indicators:
                first = min(outcomes)
                ind = store.save_indicator(db, Indicator(
                    goal_id=goal.id, name=name, measure_unit=MeasureUnit(measure),
                    baseline_text=outcomes[first] + (" %" if measure == "procent" else "") if first < 2019 else "",
                    baseline_year=first if first < 2019 else None, targets={2019: target} if target else {},
                    source="Förvaltningens uppföljning", unit_id=units.get(unit), by_gender="K" in flags,
                    lower_is_better=flags.get("lägre", False), footnote=(
                        "Resultatet per kön visar utfallet för kvinnor respektive män." if "K" in flags else "")))
                for year, text in outcomes.items():
                    cells = [OutcomeValue(ind.id, parse_number(text))]  # type: ignore[arg-type]
                    for code, bd in (("K", Breakdown.WOMEN), ("M", Breakdown.MEN)):
                        if year in flags.get(code, {}):
                            cells.append(OutcomeValue(ind.id, parse_number(flags[code][year]), bd))  # type: ignore[arg-type]
                    follow.save_outcomes(db, year_end[year].id, cells)  # type: ignore[arg-type]
            follow.save_followup(db, GoalFollowUp(goal.id, helar.id, comment=verdict, analysis=analysis))
    result = follow.assess_plan(db, plan.id, helar.id)
    wanted = [colour for _, goals in data.BOTKYRKA for _, colour, *_ in goals]
    for goal, colour_text in zip(store.list_goals(db, plan.id), wanted, strict=True):
        colour = Colour(colour_text)
        if result.goals[goal.id].proposal.colour is colour:  # type: ignore[index]
            follow.confirm_assessment(db, helar.id, goal_id=goal.id)
        else:
            verdict = follow.get_followup(db, goal.id, helar.id).comment  # type: ignore[arg-type]
            follow.confirm_assessment(db, helar.id, goal_id=goal.id, override=colour,
                                      reason=f"Förvaltningens samlade bedömning i verksamhetsberättelsen: {verdict}")
