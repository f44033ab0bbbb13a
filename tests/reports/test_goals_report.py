"""The goal report: extracted text in the right order, TOC and page numbers, and the CLI."""

from __future__ import annotations

import re
from decimal import Decimal

import pytest
from reportlab.graphics.charts.lineplots import LinePlot

from uppfoljning_desktop.cli import main
from uppfoljning_desktop.domain.assessment import CUMULATIVE_UNITS, Colour
from uppfoljning_desktop.domain.goals import (
    Activity,
    ActivityStatus,
    Breakdown,
    CommitteeGoal,
    CouncilGoal,
    GoalArea,
    GoalFollowUp,
    Indicator,
    MeasureUnit,
    OutcomeValue,
    Plan,
)
from uppfoljning_desktop.reports.base import extract_text
from uppfoljning_desktop.reports.goals import build_goal_report
from uppfoljning_desktop.store import goals as store
from uppfoljning_desktop.store import goals_followup as follow

D = Decimal


def _in_order(text: str, parts: list[str]) -> None:
    flat = re.sub(r"\s+", " ", text)
    pos = 0
    for part in parts:
        found = flat.find(part, pos)
        assert found >= 0, f"{part!r} saknas efter position {pos}"
        pos = found + len(part)


@pytest.fixture
def small_plan(fresh_db):
    db = fresh_db
    p = store.save_plan(db, Plan(name="Verksamhetsplan 2024–2026", first_year=2024, last_year=2026))
    area = store.save_area(db, GoalArea(plan_id=p.id, name="Ett socialt hållbart Södertälje"))
    kf = store.save_council_goal(db, CouncilGoal(area_id=area.id, number="3", text="Invånarna har goda livsvillkor"))
    g31 = store.save_goal(db, CommitteeGoal(area_id=area.id, council_goal_id=kf.id, number="3.1",
                                            text="Fler Södertäljebor ska arbeta"))
    g33 = store.save_goal(db, CommitteeGoal(area_id=area.id, council_goal_id=kf.id, number="3.3",
                                            text="Kvaliteten i vuxenutbildningen ska förbättras"))
    sfi = store.save_indicator(db, Indicator(goal_id=g33.id, name="Antal studerande, SFI",
                                             measure_unit=MeasureUnit.COUNT, baseline_text="2 243",
                                             targets={2024: "2 310"}, by_gender=True))
    grade = store.save_indicator(db, Indicator(goal_id=g31.id, name="Sysselsättningsgrad 20–64 år",
                                               baseline_text="77,7%", targets={2024: "Öka"}))
    for year, value in ((2021, "2050"), (2022, "2120"), (2023, "2243")):
        follow.save_outcomes(db, store.ensure_periods(db, year)[-1].id, [OutcomeValue(sfi.key, D(value))])
    d2 = store.get_period_by_label(db, "Delår 2 2024")
    follow.save_outcomes(db, d2.id, [OutcomeValue(sfi.key, D(2301)), OutcomeValue(sfi.key, D(1380), Breakdown.WOMEN),
                                     OutcomeValue(sfi.key, D(921), Breakdown.MEN), OutcomeValue(grade.key, D("78.1"))])
    a = store.save_activity(db, Activity(goal_id=g33.id, text="Stödteam för elever med extra behov", due="Q1"))
    follow.set_activity_status(db, a.key, d2.id, ActivityStatus.DONE)
    follow.save_followup(db, GoalFollowUp(g33.id, d2.id, comment="Nio studerande under riktvärdet.",
                                          analysis="Stödteamet har minskat avbrotten."))
    follow.confirm_assessment(db, d2.id, goal_id=g31.id, override=Colour.RED,
                              reason="Arbetslösheten har ökat under våren.")
    return db, d2


def test_report_text_in_order(small_plan):
    db, d2 = small_plan
    text = extract_text(build_goal_report(db, d2.id))
    _in_order(text, [
        "DELÅRSRAPPORT", "Måluppföljning Delår 2 2024", "Innehåll",
        "Sammanfattning av måluppfyllelse", "Nämndmål 3.1 Fler Södertäljebor ska arbeta",
        "Nämndmål 3.3 Kvaliteten",  # the table of contents
        "Sammanfattning av måluppfyllelse", "KF-mål 3: Invånarna har goda livsvillkor", "Röd – preliminär",
        "Nämndmål 3.1 Fler Södertäljebor ska arbeta", "Röd", "Nämndmål 3.3", "Ej bedömd",  # summary table
        "Målområde: Ett socialt hållbart Södertälje", "KF-mål 3: Invånarna har goda livsvillkor",
        "Prognos för måluppfyllelse (preliminär)", "Av 1 bedömt nämndmål: 1 uppfylls inte (1 ej bedömt)",
        "Nämndmål 3.1 Fler Södertäljebor ska arbeta", "Röd", "Arbetslösheten har ökat under våren.",
        "Sysselsättningsgrad 20–64 år", "Öka", "78,1 %", "Ja",
        "Nämndmål 3.3 Kvaliteten", "Ej bedömd: indikatorn har inte ett utfall som kan jämföras med ett riktvärde "
        "för perioden (1 av 1 aktiviteter klara eller på väg).",
        "Utfall 2021", "Utfall 2022", "Utfall 2023", "Riktvärde 2024", "Utfall Delår 2 2024",
        "Antal studerande, SFI", "2 050", "2 120", "2 243", "2 310", "2 301", "–",  # a part-year count is not judged
        "Kvinnor", "1 380", "Män", "921", "jämförs inte med helårets riktvärde",
        "Utveckling över tid", "Målkommentar", "Nio studerande under riktvärdet.", "Analys",
        "Stödteamet har minskat avbrotten.", "Aktiviteter", "Stödteam för elever med extra behov", "Q1", "Klar",
    ])
    assert re.search(r"\b1 \(\d\)", text)  # page numbers "1 (n)"


def test_year_end_report_is_a_result_in_the_plans_scale(demo_db):
    helar = store.get_period_by_label(demo_db, "Helår 2019")
    text = re.sub(r"\s+", " ", extract_text(build_goal_report(demo_db, helar.id)))
    assert "VERKSAMHETSBERÄTTELSE" in text and "Bedömning av måluppfyllelse" in text
    assert "Prognos för måluppfyllelse" not in text
    assert "God måluppfyllelse" in text and "Godtagbar måluppfyllelse" in text
    _in_order(text, ["Andel feriepraktikanter", "64 %", "73 %", "73 %", "75 %", "85 %", "Ja", "Kvinnor", "85 %",
                     "Män", "84 %"])


def test_cli_pdf(demo_db_path, tmp_path, capsys):
    out = tmp_path / "ut" / "uppfoljning.pdf"
    assert main(["--db", str(demo_db_path), "pdf", "uppfoljning", "--period", "Delår 2 2024", "-o", str(out)]) == 0
    assert "Måluppföljning Delår 2 2024" in extract_text(out)
    assert main(["--db", str(demo_db_path), "pdf", "uppfoljning", "--period", "Delår 3 2024", "-o", str(out)]) == 2
    err = capsys.readouterr().err
    assert 'Perioden "Delår 3 2024" finns inte' in err


@pytest.mark.parametrize("label", ["Delår 2 2024", "Helår 2024", "Helår 2019"])
def test_bulk_histories_give_the_same_table_values_and_charts(demo_db, label):
    """The report reads earlier year-end outcomes in bulk; every indicator table cell and
    every trend chart must show what one ``year_end_history`` per row gives."""
    from uppfoljning_desktop.reports import goals as report
    from uppfoljning_desktop.store.goals_followup import format_value

    period = store.get_period_by_label(demo_db, label)
    queries: list[str] = []
    demo_db.conn.set_trace_callback(queries.append)
    try:
        ctx = report.load_context(demo_db, period.id)
    finally:
        demo_db.conn.set_trace_callback(None)
    # one query per (breakdown, sub-group) and one in assess_plan, not one per table row
    history_queries = sum("p.is_year_end = 1 AND p.year <" in q for q in queries)
    assert history_queries <= len(ctx.histories) + 1
    checked = charts = filled = 0
    for goal in ctx.s.goals:
        indicators = ctx.s.indicators_of(goal.id)
        if not indicators:
            continue
        table = report._indicator_table(ctx, indicators)[0]
        rows = [[getattr(c, "text", c) for c in row] for row in table._cellvalues[1:]]
        expected = []
        for ind in indicators:
            for sub in ind.subgroup_names:
                for bd in ind.breakdowns:
                    history = follow.year_end_history(demo_db, ind.id, before_year=period.year, breakdown=bd,
                                                      subgroup=sub)
                    expected.append([format_value(history.get(y), ind.measure_unit) for y in ctx.earlier_years])
        n = len(ctx.earlier_years)
        assert [r[1:1 + n] for r in rows] == expected
        checked += len(expected)
        filled += sum(v != format_value(None, ind.measure_unit) for row in expected for v in row)
        for ind in indicators:
            drawing = report._trend(ctx, ind)
            points = sorted(follow.year_end_history(demo_db, ind.id, before_year=period.year).items())
            current = getattr(ctx.outcomes.get((ind.id, Breakdown.TOTAL, "")), "value", None)
            part_year = not period.is_year_end and ind.measure_unit in CUMULATIVE_UNITS
            if current is not None and not part_year:  # a part-year count is not drawn among full years
                points.append((period.year, current))
            if len(points) < 3:
                assert drawing is None
                continue
            plot = next(c for c in drawing.contents if isinstance(c, LinePlot))
            assert plot.data[0] == [(float(y), float(v)) for y, v in points]  # the total comes first
            assert len(plot.data) == len(ind.breakdowns)  # one line per breakdown
            charts += 1
    assert checked > 0
    assert history_queries < checked or label == "Helår 2019"
    if label == "Delår 2 2024":
        assert checked == 71 and charts == 17 and filled > 0


def _page_streams(pdf: bytes) -> list[bytes]:
    import io

    from pypdf import PdfReader

    return [page.get_contents().get_data() for page in PdfReader(io.BytesIO(pdf)).pages]


def test_demo_report_is_laid_out_in_two_passes_and_draws_each_chart_once(demo_db, monkeypatch):
    """The table of contents starts with the headings' real size, so ReportLab's
    multiBuild settles after two passes; the first only lays out (its pages are thrown
    away), so the 17 trend charts are drawn once, in the pass that is saved."""
    from reportlab.graphics.shapes import Drawing

    from uppfoljning_desktop.reports import base

    passes: list[int] = []
    drawn: list[int] = []
    build, draw_on = base._TocDocTemplate.build, Drawing.drawOn
    monkeypatch.setattr(base._TocDocTemplate, "build", lambda self, *a, **k: (passes.append(1), build(self, *a, **k))[1])
    monkeypatch.setattr(Drawing, "drawOn", lambda self, *a, **k: (drawn.append(1), draw_on(self, *a, **k))[1])
    d2 = store.get_period_by_label(demo_db, "Delår 2 2024")
    build_goal_report(demo_db, d2.id)
    assert len(passes) == 2
    assert len(drawn) == 17


@pytest.mark.parametrize("label", ["Delår 2 2024", "Helår 2019"])
def test_two_pass_build_gives_the_same_pages_as_plain_multibuild(demo_db, monkeypatch, label):
    """Every page's content (text, page numbers in the TOC, charts) is the same as when
    ReportLab's multiBuild starts from an empty table of contents and draws every pass."""
    from uppfoljning_desktop.reports import base

    period = store.get_period_by_label(demo_db, label)
    fast = _page_streams(build_goal_report(demo_db, period.id))
    monkeypatch.setattr(base, "_prefill_toc", lambda story, tocs: False)
    plain = _page_streams(build_goal_report(demo_db, period.id))
    assert len(fast) == len(plain) > 1
    assert fast == plain


def test_a_400_digit_outcome_stored_before_the_import_bounded_it_prints_instead_of_crashing(demo_db):
    """Issue 11: such a figure once made 'pdf uppfoljning' fail with a layout error. The
    import refuses it now; a database written earlier still prints."""
    period = store.get_period_by_label(demo_db, "Delår 2 2024")
    row = demo_db.execute("SELECT id FROM outcome WHERE period_id = ? AND breakdown = 'T' LIMIT 1",
                          [period.id]).fetchone()
    demo_db.execute("UPDATE outcome SET value = ? WHERE id = ?", ["9" * 400, row[0]])
    demo_db.conn.commit()
    text = extract_text(build_goal_report(demo_db, period.id))
    assert "1,00 · 10" in text.replace("\u00a0", " ")
