"""The goal report tells the truth: navigation reaches its pages, unjudgeable goals are
"Ej bedömd", unconfirmed ones are preliminary (and the report says so on every page),
charts show every breakdown and the target with Swedish ticks, no program-internal text."""

from __future__ import annotations

import io
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pypdf import PdfReader

from uppfoljning_desktop.reports.base import extract_text
from uppfoljning_desktop.reports.goals import build_goal_report, nice_ticks, tick_label
from uppfoljning_desktop.store import goals as store
from uppfoljning_desktop.store import goals_followup as follow


@pytest.fixture
def delar2(demo_db):
    period = store.get_period_by_label(demo_db, "Delår 2 2024")
    return demo_db, period, build_goal_report(demo_db, period.id)


def _outline_pages(reader: PdfReader) -> list[tuple[str, int]]:
    out = []

    def walk(items):
        for item in items:
            if isinstance(item, list):
                walk(item)
            else:
                out.append((item.title, reader.get_destination_page_number(item)))

    walk(reader.outline)
    return out


def test_bookmarks_and_contents_link_to_their_pages(delar2):
    _, _, pdf = delar2
    reader = PdfReader(io.BytesIO(pdf))
    marks = _outline_pages(reader)
    assert len(marks) > 10 and len({page for _, page in marks}) > 5  # not all on page 1
    for title, page in marks:
        assert " ".join(title.split()) in " ".join(reader.pages[page].extract_text().split()), title
    named = {name: reader.get_destination_page_number(dest) for name, dest in reader.named_destinations.items()}
    page_index = {page.indirect_reference.idnum: i for i, page in enumerate(reader.pages)}

    def target(annot) -> int:
        dest = annot["/Dest"] if "/Dest" in annot else annot["/A"]["/D"]
        if isinstance(dest, list):  # an explicit [page /Fit]
            return page_index[dest[0].idnum]
        return named[str(dest)]

    links = [annot.get_object() for page in reader.pages[:2] for annot in page.get("/Annots", [])]
    targets = [target(a) for a in links if a.get("/Subtype") == "/Link"]
    assert len(targets) >= len(marks) and len(set(targets)) > 5


def test_preliminary_until_confirmed(delar2):
    db, period, pdf = delar2
    text = extract_text(pdf)
    assert "PRELIMINÄR" in text and "– preliminär" in text
    result = follow.assess_plan(db, store.plan_for_year(db, 2024).id, period.id)
    for goal_id, a in result.goals.items():
        if a.colour is not None and a.confirmed_at is None:
            follow.confirm_assessment(db, period.id, goal_id=goal_id)
    for council_id, a in result.council_goals.items():
        if a.colour is not None and a.confirmed_at is None:
            follow.confirm_assessment(db, period.id, council_goal_id=council_id)
    confirmed = extract_text(build_goal_report(db, period.id))
    assert "PRELIMINÄR" not in confirmed and "preliminär" not in confirmed


@pytest.mark.parametrize("label", ["Delår 2 2024", "Helår 2024", "Helår 2019"])
def test_no_program_internal_wording_and_one_number_format(demo_db, label):
    period = store.get_period_by_label(demo_db, label)
    text = extract_text(build_goal_report(demo_db, period.id))
    for internal in ("Programmets", "förslag var", "Resultat: röd", "Prognos: röd", "Resultat: grön", "Prognos: gul"):
        assert internal not in text
    assert not re.search(r"\d%", text)  # always "89,9 %" (with a no-break space), never "89,9%"


def test_goal_without_comparable_figures_is_not_assessed(delar2):
    _, _, pdf = delar2
    text = " ".join(extract_text(pdf).split())
    assert "Ej bedömd: " in text
    assert "Inga riktvärden att pröva" not in text


@given(st.floats(min_value=-1e6, max_value=1e6), st.floats(min_value=0.001, max_value=1e6), st.booleans())
def test_ticks_are_round_distinct_and_cover_the_range(low, span, integer):
    high = low + span
    ticks, decimals = nice_ticks(low, high, integer=integer)
    assert ticks[0] <= low + 1e-9 and ticks[-1] >= high - 1e-9 * max(1, abs(high))
    labels = [tick_label(t, decimals, "antal" if integer else "index") for t in ticks]
    assert len(set(labels)) == len(labels)  # no "2,65 / 2,65 / 2,64"
    if integer:
        assert all(float(t).is_integer() for t in ticks) and decimals == 0


def test_tick_labels_are_swedish():
    assert tick_label(274050, 0, "antal") == "274\u00a0050"
    assert tick_label(89.9, 1, "procent") == "89,9\u00a0%"
    ticks, decimals = nice_ticks(2.63, 2.66)
    assert [tick_label(t, decimals, "betyg") for t in ticks][:3] == ["2,63", "2,64", "2,65"]


def test_charts_draw_every_breakdown_with_legend_and_target(demo_db):
    from reportlab.graphics.charts.lineplots import LinePlot
    from reportlab.graphics.shapes import String

    from uppfoljning_desktop.reports import goals as report

    period = store.get_period_by_label(demo_db, "Helår 2019")
    ctx = report.load_context(demo_db, period.id)
    gendered = [i for i in ctx.s.indicators if i.by_gender and report._trend(ctx, i) is not None]
    assert gendered
    drawing = report._trend(ctx, gendered[0])
    plot = next(c for c in drawing.contents if isinstance(c, LinePlot))
    legend = {c.text for c in drawing.contents if isinstance(c, String)}
    assert len(plot.data) == 3 and {"Totalt", "Kvinnor", "Män"} <= legend
    assert any(t.startswith("Riktvärde") for t in legend) or not gendered[0].target_for(period.year).value
