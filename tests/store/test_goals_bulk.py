"""The goals store's bulk reads (used by the Excel import) give what the one-at-a-time
reads give, and ``save_outcomes`` keeps its order, checks and all-or-nothing write."""

from __future__ import annotations

from decimal import Decimal

import pytest

from uppfoljning_desktop.domain.goals import Breakdown, OutcomeValue
from uppfoljning_desktop.errors import NotFound, ValidationFailed
from uppfoljning_desktop.store import goals as store
from uppfoljning_desktop.store import goals_followup as follow

D = Decimal


def _all_indicators(db):
    return [i for p in store.list_plans(db) for i in store.list_indicators(db, p.id)]


def test_get_indicators_equals_get_indicator_on_the_demo(demo_db):
    indicators = _all_indicators(demo_db)
    assert len(indicators) > 40
    asked: list[int | str] = []
    for n, ind in enumerate(indicators):  # by id, by key and by bare uuid, mixed
        asked.append([ind.id, ind.key, ind.uuid][n % 3])
    found = store.get_indicators(demo_db, asked + ["ind:finns-inte", 999_999])
    assert list(found) == asked  # in the order asked, the missing ones left out
    for key in asked:
        assert found[key] == store.get_indicator(demo_db, key)
    with pytest.raises(NotFound) as exc:
        store.get_indicator(demo_db, "ind:finns-inte")
    assert store.indicator_not_found("ind:finns-inte").message == exc.value.message


def test_get_indicators_handles_more_than_one_chunk(demo_db):
    keys = [i.key for i in _all_indicators(demo_db)]
    many = keys + [f"ind:saknas-{n}" for n in range(1200)]  # over two IN-lists of 500
    assert set(store.get_indicators(demo_db, many)) == set(keys)
    assert store.get_indicators(demo_db, []) == {}


def test_year_end_histories_equal_year_end_history_on_the_demo(demo_db):
    indicators = _all_indicators(demo_db)
    ids = [i.id for i in indicators]
    for year in (2017, 2019, 2020, 2025):
        for bd in Breakdown:
            bulk = follow.year_end_histories(demo_db, ids, before_year=year, breakdown=bd)
            assert list(bulk) == ids
            for i in ids:
                assert bulk[i] == follow.year_end_history(demo_db, i, before_year=year, breakdown=bd)
    # the demo has real history (Botkyrka 2016–2018), so the comparison is not of empty dicts
    assert sum(len(h) for h in follow.year_end_histories(demo_db, ids, before_year=2019).values()) > 20
    assert follow.year_end_histories(demo_db, [], before_year=2019) == {}


def test_list_indicators_for_unit_still_gives_earlier_outcomes(demo_db):
    helar = store.get_period_by_label(demo_db, "Helår 2019")
    plan = store.plan_for_year(demo_db, 2019)
    units = {i.unit_id for i in store.list_indicators(demo_db, plan.id)}
    seen = 0
    for unit_id in units:
        for row in follow.list_indicators_for_unit(demo_db, helar.id, unit_id):
            history = follow.year_end_history(demo_db, row.indicator.id, before_year=2019)
            assert row.earlier == {y: v for y, v in history.items() if y >= 2016}
            seen += len(row.earlier)
    assert seen > 20


def test_save_outcomes_later_cell_for_the_same_key_wins(demo_db):
    ind = next(i for i in _all_indicators(demo_db) if not i.by_gender and not i.subgroups)
    d2 = store.get_period_by_label(demo_db, "Delår 2 2024")
    n = follow.save_outcomes(demo_db, d2.id, [
        OutcomeValue(ind.key, D(5)),
        OutcomeValue(ind.key, None),  # a delete between two writes of the same cell
        OutcomeValue(ind.key, D(7), comment="  andra  "),
    ])
    assert n == 3
    assert follow.list_outcomes(demo_db, d2.id, [ind.id])[(ind.id, Breakdown.TOTAL, "")].comment == "andra"
    assert follow.get_outcome(demo_db, ind.key, d2.id) == D(7)
    follow.save_outcomes(demo_db, d2.id, [OutcomeValue(ind.key, D(9)), OutcomeValue(ind.id, None)])
    assert follow.get_outcome(demo_db, ind.key, d2.id) is None


def test_save_outcomes_lists_every_problem_in_order_and_writes_nothing(demo_db):
    plain = next(i for i in _all_indicators(demo_db) if not i.by_gender and not i.subgroups)
    d2 = store.get_period_by_label(demo_db, "Delår 2 2024")
    with pytest.raises(ValidationFailed) as exc:
        follow.save_outcomes(demo_db, d2.id, [
            OutcomeValue(plain.key, D(1)),
            OutcomeValue("ind:finns-inte", D(2)),
            OutcomeValue(plain.key, D("NaN"), Breakdown.WOMEN, subgroup="Ingen"),
        ])
    fields = [(e.field, e.message) for e in exc.value.errors]
    label = f"{plain.name}, Ingen (Kvinnor)"
    assert fields == [
        ("ind:finns-inte", "Indikatorn ind:finns-inte finns inte (längre)."),
        (label, "indikatorn redovisas inte uppdelad på kvinnor och män"),
        (label, "delgruppen \"Ingen\" finns inte för indikatorn"),
        (label, "värdet är inget tal"),
    ]
    assert follow.get_outcome(demo_db, plain.key, d2.id) is None
