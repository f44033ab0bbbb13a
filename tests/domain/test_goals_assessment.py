"""The assessment rule (seeds/000) on table-driven cases, ties and missing values included."""

from __future__ import annotations

import datetime as dt

import pytest

from uppfoljning_desktop.domain.assessment import (
    Assessment,
    Colour,
    Evidence,
    Proposal,
    activity_counts,
    colour_from_label,
    colour_label,
    evidence_for_goal,
    propose_colour,
    propose_council_colour,
    validate_override,
)
from uppfoljning_desktop.domain.goals import Activity, ActivityStatus, periods_for_year

G, Y, R = Colour.GREEN, Colour.YELLOW, Colour.RED


@pytest.mark.parametrize(
    ("met", "judged", "done", "total", "expected"),
    [
        (4, 4, 6, 6, G),  # all
        (3, 4, 5, 6, G),  # majority of both
        (2, 3, 2, 3, G),
        (2, 4, 5, 6, Y),  # tie on targets: half is not a majority
        (3, 4, 3, 6, Y),  # tie on activities
        (1, 4, 5, 6, Y),  # a few targets
        (3, 4, 1, 6, Y),  # targets fine, activities lag
        (0, 4, 5, 6, Y),  # no target met but most activities done: partly
        (0, 4, 3, 6, R),  # no target met, half (= a few) activities
        (0, 4, 1, 6, R),
        (0, 4, 0, 6, R),
        (0, 1, 0, 0, R),  # targets only
        (1, 2, 0, 0, Y),
        (2, 2, 0, 0, G),
        (0, 0, 4, 6, G),  # activities only (no judgeable target)
        (0, 0, 3, 6, Y),
        (0, 0, 0, 6, R),
        (0, 0, 0, 0, None),  # nothing to go on
    ],
)
def test_proposed_colour(met, judged, done, total, expected):
    p = propose_colour(Evidence(met, judged, 0, done, total))
    assert p.colour is expected


def test_reasoning_names_the_counts():
    p = propose_colour(Evidence(3, 4, 1, 5, 6))
    assert p.reasoning.startswith("3 av 4 riktvärden nådda, 5 av 6 aktiviteter klara")
    assert "1 indikator utan jämförbart utfall" in p.reasoning
    assert p.reasoning.endswith("Resultat: målet uppfylls helt eller till stor del.")
    f = propose_colour(Evidence(1, 2, 0, 0, 0, forecast=True))
    assert f.reasoning.endswith("Prognos: målet uppfylls delvis.") and "hittills" in f.reasoning
    none = propose_colour(Evidence(0, 0, 0, 0, 0))
    assert none.colour is None and "Underlag saknas" in none.reasoning


@pytest.mark.parametrize("done,total", [(0, 0), (0, 3), (3, 3)])
def test_goal_whose_indicators_cannot_be_judged_is_not_assessed(done, total):
    """No outcome or no target for any indicator: "Ej bedömd" with the reason, whatever
    the activities say (it was proposed red on activities alone)."""
    p = propose_colour(Evidence(0, 0, 2, done, total, forecast=True))
    assert p.colour is None
    assert p.reasoning.startswith("Ej bedömd: ingen av de 2 indikatorerna har ett utfall som kan jämföras med ett riktvärde")


@pytest.mark.parametrize("scale", ["grön-gul-röd", "bra-ok-har brister", "måluppfyllelse"])
def test_reasoning_has_no_colour_words(scale):
    """The reasoning reads right in every scale: no "röd" in a God/Godtagbar report."""
    for e in (Evidence(0, 3, 0, 0, 2), Evidence(1, 3, 1, 0, 2), Evidence(3, 3, 2, 0, 2)):
        text = propose_colour(e).reasoning.casefold()
        assert not any(w in text for w in ("grön", "gul", "röd", "bra", " ok"))
    assert "gul" not in propose_council_colour([G, Y, R]).reasoning


def test_missing_values_are_not_counted_as_missed():
    period = periods_for_year(2024)[2]
    e = evidence_for_goal([True, None, None, False, True], [], period)
    assert (e.targets_met, e.targets_judged, e.targets_lacking) == (2, 3, 2)
    assert propose_colour(e).colour is Y or propose_colour(e).colour is G
    assert propose_colour(e).colour is G  # 2 of 3 judged is a majority


def _act(status, due=""):
    return Activity(goal_id=1, text="x", due=due, status=status)


def test_activities_forecast_at_interim_result_at_year_end():
    d1, d2, year_end = periods_for_year(2024)
    acts = [
        _act(ActivityStatus.DONE),
        _act(ActivityStatus.STARTED),
        _act(ActivityStatus.NOT_STARTED, "Q4"),  # not due yet at delår 2
        _act(ActivityStatus.NOT_STARTED, "Q1"),  # overdue
        _act(ActivityStatus.WAITING),
        _act(ActivityStatus.STOPPED),
        _act(ActivityStatus.NOT_STARTED, "Kontinuerligt"),
    ]
    assert activity_counts(acts, d2) == (4, 7)
    assert activity_counts(acts, year_end) == (1, 7)
    assert activity_counts([_act(ActivityStatus.NOT_STARTED, "2024-05-15")], d1) == (1, 1)
    assert activity_counts([_act(ActivityStatus.NOT_STARTED, "2024-05-15")], d2) == (0, 1)
    assert d2.end_date == dt.date(2024, 8, 31)


@pytest.mark.parametrize(
    ("colours", "expected"),
    [
        ([G], G),
        ([G, G, Y], G),
        ([G, Y], Y),  # tie
        ([G, R], Y),  # tie
        ([R, R, G], R),
        ([R, Y], Y),
        ([G, None], G),  # the unassessed goal is left out
        ([None, None], None),
        ([], None),
    ],
)
def test_council_goal_weighs_its_committee_goals(colours, expected):
    assert propose_council_colour(colours).colour is expected


def test_council_reasoning():
    p = propose_council_colour([G, G, Y, None])
    assert p.reasoning.startswith("Av 3 bedömda nämndmål: 2 uppfylls helt eller till stor del, 1 uppfylls delvis "
                                  "(1 ej bedömt). Resultat: målet uppfylls helt eller till stor del.")


def test_override_needs_a_reason_and_is_what_counts():
    assert validate_override(R, "  ")[0].field == "Motivering"
    assert validate_override(R, "Budgeten räcker inte") == []
    assert validate_override(None, "") == []
    a = Assessment(Proposal(G, "3 av 4 …"), override=Y, reason="Enkäten hade låg svarsfrekvens")
    assert a.colour is Y and a.is_overridden and a.explanation == "Enkäten hade låg svarsfrekvens"
    assert Assessment(Proposal(G, "3 av 4 …")).explanation == "3 av 4 …"


@pytest.mark.parametrize(
    ("scale", "labels"),
    [("grön-gul-röd", ("Grön", "Gul", "Röd")), ("bra-ok-har brister", ("Bra", "Ok", "Har brister"))],
)
def test_scale_is_a_setting(scale, labels):
    assert tuple(colour_label(c, scale) for c in (G, Y, R)) == labels
    assert [colour_from_label(x, scale) for x in labels] == [G, Y, R]
    assert colour_label(None, scale) == "Ej bedömd"
    with pytest.raises(ValueError, match="ingen bedömning"):
        colour_from_label("lila", scale)
