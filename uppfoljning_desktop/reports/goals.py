"""The goal section of the interim report (delårsrapport) or annual report (verksamhetsberättelse).

Laid out like the seeds (``seeds/001_…``, ``seeds/003_…``): a summary of every goal's
colour, then per goal area and goal the goal text, its assessment (forecast at interim,
result at year end) with the reasoning or the secretary's reason, the indicator table
(earlier years' outcomes, the target as written in the plan, this period's outcome, rows
for women and men and for sub-groups), a small trend chart per indicator with at least
three values, the goal comment and analysis, and the activities with their status. The
assignments (uppdrag) and focus areas close the section. Table of contents and page
numbers come from ``reports.base.Document``.
"""

from __future__ import annotations

import dataclasses
import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.graphics.charts.lineplots import LinePlot
from reportlab.graphics.shapes import Drawing, Line, String
from reportlab.graphics.widgets.markers import makeMarker
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Table, TableStyle
from sqlite_utils import Database

from uppfoljning_desktop.domain.assessment import (
    COLOUR_HEX,
    CUMULATIVE_UNITS,
    Assessment,
    Colour,
    colour_label,
)
from uppfoljning_desktop.domain.goals import (
    Breakdown,
    CommitteeGoal,
    Indicator,
    MeasureUnit,
    Period,
)
from uppfoljning_desktop.domain.targets import format_target
from uppfoljning_desktop.reports.base import CONTENT_WIDTH, FONT, STYLES, Document, load_letterhead
from uppfoljning_desktop.store import goals as structure
from uppfoljning_desktop.store import goals_followup as follow
from uppfoljning_desktop.store.goals_followup import PlanAssessment, format_value

EARLIER_YEARS = 3


@dataclass
class _Context:
    db: Database
    period: Period
    s: structure.Structure
    result: PlanAssessment
    outcomes: dict[tuple[int, Breakdown, str], object]
    earlier_years: list[int]
    # earlier year-end outcomes, read in bulk: (breakdown, sub-group) -> indicator id -> year -> value
    histories: dict[tuple[Breakdown, str], dict[int, dict[int, Decimal]]] = field(default_factory=dict)

    def history(self, ind: Indicator, bd: Breakdown = Breakdown.TOTAL, sub: str = "") -> dict[int, Decimal]:
        """``follow.year_end_history`` of one indicator row, from the bulk read."""
        found = self.histories.get((bd, sub), {}).get(ind.id)  # type: ignore[arg-type]
        if found is None:  # not read in bulk (an indicator outside the plan's structure)
            found = follow.year_end_history(self.db, ind.id, before_year=self.period.year,  # type: ignore[arg-type]
                                            breakdown=bd, subgroup=sub)
        return found


def load_context(db: Database, period_id: int, plan_id: int | None = None) -> _Context:
    """Everything the report reads from the database, in a few queries."""
    period = structure.get_period(db, period_id)
    plan = structure.get_plan(db, plan_id) if plan_id is not None else structure.plan_for_year(db, period.year)
    assert plan.id is not None
    s = structure.get_structure(db, plan.id, period_id)
    rows: dict[tuple[Breakdown, str], list[int]] = {}
    for ind in s.indicators:
        for sub in ind.subgroup_names:
            for bd in ind.breakdowns:
                rows.setdefault((bd, sub), []).append(ind.id)  # type: ignore[arg-type]
    histories = {(bd, sub): follow.year_end_histories(db, ids, before_year=period.year, breakdown=bd, subgroup=sub)
                 for (bd, sub), ids in rows.items()}
    return _Context(db, period, s, follow.assess_plan(db, plan.id, period_id), follow.list_outcomes(db, period_id),  # type: ignore[arg-type]
                    list(range(period.year - EARLIER_YEARS, period.year)), histories)


def _colour_cell(assessment: Assessment | None, scale: str) -> Table:
    """The colour as a filled box with its label in the plan's words ("Gul", "Ok")."""
    colour = assessment.colour if assessment else None
    fill = colors.HexColor(COLOUR_HEX[colour]) if colour else colors.HexColor("#DDDDDD")
    ink = colors.white if colour in (Colour.GREEN, Colour.RED) else colors.black
    text = colour_label(colour, scale)
    if is_preliminary(assessment):
        text += " – preliminär"
    label = Paragraph(escape(text), STYLES["cell_bold"].clone("colour", textColor=ink))
    t = Table([[label]], colWidths=[32 * mm])
    t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), fill),
                           ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]))
    return t


def _goal_title(goal: CommitteeGoal) -> str:
    """"Nämndmål 3.2 Resultaten …"; unnumbered goals (Botkyrka's) keep their own wording."""
    return f"Nämndmål {goal.title}" if goal.number else goal.title


def _summary(ctx: _Context) -> list[Flowable]:
    scale = ctx.s.plan.scale
    rows: list[list[object]] = [["Mål", "Bedömning"]]
    styles: list[tuple] = []
    for area in ctx.s.areas:
        rows.append([Document.p(area.name, "cell_bold"), ""])
        styles.append(("SPAN", (0, len(rows) - 1), (-1, len(rows) - 1)))
        styles.append(("BACKGROUND", (0, len(rows) - 1), (-1, len(rows) - 1), colors.HexColor("#F4F4F4")))
        for council in ctx.s.council_goals_in(area.id):  # type: ignore[arg-type]
            rows.append([Document.p(council.title, "cell_bold"),
                         _colour_cell(ctx.result.council_goals.get(council.id), scale)])  # type: ignore[arg-type]
            for goal in ctx.s.goals_under(council.id):  # type: ignore[arg-type]
                rows.append([Document.p(_goal_title(goal), "cell"),
                             _colour_cell(ctx.result.goals.get(goal.id), scale)])  # type: ignore[arg-type]
        for goal in ctx.s.goals_in(area.id, None):  # type: ignore[arg-type]
            rows.append([Document.p(_goal_title(goal), "cell"),
                         _colour_cell(ctx.result.goals.get(goal.id), scale)])  # type: ignore[arg-type]
    return [Document.table(rows, [CONTENT_WIDTH - 36 * mm, 36 * mm], extra_styles=styles)]


def _target_text(ind: Indicator, year: int) -> str:
    """The target in the report's one number format ("minst 89,9 %", "2 310"), not as typed."""
    target = ind.target_for(year)
    if target.value is not None and ind.measure_unit == MeasureUnit.PERCENT and not target.percent:
        target = dataclasses.replace(target, percent=True)
    return format_target(target)


def _value(ctx: _Context, ind: Indicator, bd: Breakdown, sub: str) -> str:
    cell = ctx.outcomes.get((ind.id, bd, sub))  # type: ignore[arg-type]
    return format_value(getattr(cell, "value", None), ind.measure_unit)


def _indicator_table(ctx: _Context, indicators: Sequence[Indicator]) -> list[Flowable]:
    year = ctx.period.year
    short = ctx.period.label.replace(f" {year}", "")
    titles = ["Indikator"] + [f"Utfall {y}" for y in ctx.earlier_years] + [f"Riktvärde {year}",
                                                                            f"Utfall {short} {year}", "Nått"]
    rows: list[list[object]] = [[Document.p(h, "cell_bold") for h in titles]]
    styles: list[tuple] = []
    footnotes: list[str] = []
    for ind in indicators:
        judgement = ctx.result.judgements.get(ind.id)  # type: ignore[arg-type]
        met = {True: "Ja", False: "Nej", None: "–"}[judgement.met if judgement else None]
        for sub in ind.subgroup_names:
            for bd in ind.breakdowns:
                history = ctx.history(ind, bd, sub)
                first = bd is Breakdown.TOTAL and sub == ""
                if first:
                    name = Document.p(ind.name, "cell_bold")
                    target = _target_text(ind, year)
                else:
                    label = "   ".join(x for x in (sub, bd.value if bd is not Breakdown.TOTAL else "") if x)
                    name = Document.p(f"\u2003{label}", "cell")
                    target = ""
                earlier = [format_value(history.get(y), ind.measure_unit) for y in ctx.earlier_years]
                rows.append([name, *earlier, target, _value(ctx, ind, bd, sub), met if first else ""])
                if first:
                    styles.append(("LINEABOVE", (0, len(rows) - 1), (-1, len(rows) - 1), 0.8, colors.black))
        if ind.footnote:
            footnotes.append(ind.footnote)
        if not ctx.period.is_year_end and ind.measure_unit in CUMULATIVE_UNITS:
            footnotes.append(f"Antal och belopp för {ctx.period.label} är delårsutfall och jämförs inte med "
                             "helårets riktvärde (Nått: –).")
    n = len(ctx.earlier_years)
    other = (CONTENT_WIDTH * 0.55) / (n + 2)
    widths = [CONTENT_WIDTH * 0.32] + [other] * n + [CONTENT_WIDTH * 0.13, other, other]
    out: list[Flowable] = [Document.table(rows, widths, align_right_from=1, extra_styles=styles)]
    out += [Document.p(f, "small") for f in dict.fromkeys(footnotes)]
    return out


SERIES = {  # breakdown: (legend, colour, dash pattern)
    Breakdown.TOTAL: ("Totalt", "#1F4E79", None),
    Breakdown.WOMEN: ("Kvinnor", "#B03A2E", [3, 1.5]),
    Breakdown.MEN: ("Män", "#3A7D44", [1, 1.2]),
}
TARGET_COLOUR = "#7F7F7F"


def nice_ticks(low: float, high: float, *, integer: bool = False, count: int = 4) -> tuple[list[float], int]:
    """Axis ticks on round steps (1, 2, 2,5 or 5 times a power of ten) covering
    ``low``–``high``, and the decimals their labels need: no two labels alike, whole
    numbers only for counts (``integer``)."""
    span = high - low or abs(high) or 1.0
    raw = span / count
    magnitude = 10 ** math.floor(math.log10(raw))
    step = next(m * magnitude for m in (1, 2, 2.5, 5, 10) if m * magnitude >= raw)
    if integer:
        step = max(1.0, math.ceil(step))
    decimals = 0 if integer else max(0, -Decimal(str(round(step, 10))).normalize().as_tuple().exponent)  # type: ignore[operator]
    first = math.floor(low / step) * step
    ticks: list[float] = []
    value = first
    while value <= high + step * 1e-9 or len(ticks) < 2:
        ticks.append(round(value, 10))
        value += step
    if ticks[-1] < high:
        ticks.append(round(value, 10))
    return ticks, decimals


def tick_label(value: float, decimals: int, measure_unit: str) -> str:
    """A tick as the tables print numbers: "274 050", "89,9 %"."""
    number = Decimal(str(value)).quantize(Decimal(1).scaleb(-decimals))
    return format_value(number, measure_unit)


def _series(ctx: _Context, ind: Indicator, part_year: bool) -> list[tuple[Breakdown, list[tuple[int, Decimal]]]]:
    out = []
    for bd in ind.breakdowns:
        points = sorted(ctx.history(ind, bd).items())
        current = getattr(ctx.outcomes.get((ind.id, bd, "")), "value", None)  # type: ignore[arg-type]
        if current is not None and not part_year:
            points.append((ctx.period.year, current))
        if points:
            out.append((bd, points))
    return out


def _trend(ctx: _Context, ind: Indicator) -> Drawing | None:
    """A small line chart, one line per breakdown (Totalt, Kvinnor, Män) with a legend and
    the year's target as a dashed line, when the total has at least three values. A
    part-year count or amount is left out (it is not comparable with full years)."""
    part_year = not ctx.period.is_year_end and ind.measure_unit in CUMULATIVE_UNITS
    series = _series(ctx, ind, part_year)
    total = next((pts for bd, pts in series if bd is Breakdown.TOTAL), [])
    if len(total) < 3:
        return None
    target = ind.target_for(ctx.period.year)
    target_value = float(target.value) if target.value is not None and not target.is_direction else None
    width, height = CONTENT_WIDTH / 3 - 4 * mm, 46 * mm
    d = Drawing(width, height)
    title = ind.name if len(ind.name) <= 48 else ind.name[:46] + "…"
    d.add(String(2, height - 9, title, fontName=FONT, fontSize=6.5))
    plot = LinePlot()
    plot.x, plot.y, plot.width, plot.height = 34, 24, width - 40, height - 38
    plot.data = [[(float(y), float(v)) for y, v in pts] for _, pts in series]
    for i, (bd, _) in enumerate(series):
        _, colour, dash = SERIES[bd]
        plot.lines[i].strokeColor = colors.HexColor(colour)
        plot.lines[i].strokeWidth = 1.2
        plot.lines[i].symbol = makeMarker("FilledCircle", size=2.5)
        if dash:
            plot.lines[i].strokeDashArray = dash
    years = sorted({y for _, pts in series for y, _ in pts})
    plot.xValueAxis.valueMin = years[0] - 0.3
    plot.xValueAxis.valueMax = years[-1] + 0.3
    plot.xValueAxis.valueSteps = years
    plot.xValueAxis.labelTextFormat = "%d"
    for axis in (plot.xValueAxis, plot.yValueAxis):
        axis.labels.fontName = FONT
        axis.labels.fontSize = 6
    values = [float(v) for _, pts in series for _, v in pts] + ([target_value] if target_value is not None else [])
    low, high = min(values), max(values)
    pad = (high - low) * 0.15 or max(abs(high) * 0.1, 1)
    low = max(0.0, low - pad) if low >= 0 else low - pad
    ticks, decimals = nice_ticks(low, high + pad, integer=ind.measure_unit == MeasureUnit.COUNT)
    plot.yValueAxis.valueMin, plot.yValueAxis.valueMax = ticks[0], ticks[-1]
    plot.yValueAxis.valueSteps = ticks
    plot.yValueAxis.labelTextFormat = lambda v: tick_label(v, decimals, ind.measure_unit)
    d.add(plot)
    legend = [(SERIES[bd][0], SERIES[bd][1], SERIES[bd][2]) for bd, _ in series]
    if target_value is not None:
        y = plot.y + (target_value - ticks[0]) / (ticks[-1] - ticks[0]) * plot.height
        d.add(Line(plot.x, y, plot.x + plot.width, y, strokeColor=colors.HexColor(TARGET_COLOUR),
                   strokeWidth=0.8, strokeDashArray=[4, 2]))
        legend.append((f"Riktvärde {ctx.period.year}", TARGET_COLOUR, [4, 2]))
    x = 2.0
    for text, colour, dash in legend:
        d.add(Line(x, 4, x + 9, 4, strokeColor=colors.HexColor(colour), strokeWidth=1.2, strokeDashArray=dash))
        d.add(String(x + 11, 2, text, fontName=FONT, fontSize=5.5))
        x += 14 + stringWidth(text, FONT, 5.5)
    return d


def _charts(ctx: _Context, indicators: Sequence[Indicator]) -> list[Flowable]:
    drawings = [d for d in (_trend(ctx, i) for i in indicators) if d is not None]
    if not drawings:
        return []
    rows = [drawings[i:i + 3] for i in range(0, len(drawings), 3)]
    rows[-1] += [""] * (3 - len(rows[-1]))
    t = Table(rows, colWidths=[CONTENT_WIDTH / 3] * 3, hAlign="LEFT")
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    caption = "Utveckling över tid: helårsutfall"
    if not ctx.period.is_year_end:
        caption += f" och, som sista punkt, utfallet för {ctx.period.label} (antal och belopp bara för hela år)"
    return [KeepTogether([Document.p(caption, "small"), t])]


def _assessment_block(assessment: Assessment | None, scale: str, forecast: bool) -> list[Flowable]:
    """The colour and what it rests on: the secretary's reason for an override, else the
    reasoning; an assessment not yet confirmed is marked "Preliminär"."""
    if assessment is None:
        return []
    heading = "Prognos för måluppfyllelse" if forecast else "Bedömning av måluppfyllelse"
    if is_preliminary(assessment):
        heading += " (preliminär)"
    t = Table([[_colour_cell(assessment, scale), Document.p(assessment.explanation, "cell")]],
              colWidths=[36 * mm, CONTENT_WIDTH - 36 * mm], hAlign="LEFT")
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    return [KeepTogether([Document.p(heading, "h3"), t])]


def is_preliminary(assessment: Assessment | None) -> bool:
    """A colour not yet confirmed by the secretary (units may still be reporting)."""
    return assessment is not None and assessment.colour is not None and assessment.confirmed_at is None


def _goal_section(ctx: _Context, goal: CommitteeGoal) -> list[Flowable]:
    story: list[Flowable] = [Document.heading(_goal_title(goal), "h2", level=1)]
    if goal.description:
        story += Document.text_blocks(goal.description)
    story += _assessment_block(ctx.result.goals.get(goal.id), ctx.s.plan.scale,  # type: ignore[arg-type]
                               not ctx.period.is_year_end)
    indicators = ctx.s.indicators_of(goal.id)  # type: ignore[arg-type]
    if indicators:
        table = _indicator_table(ctx, indicators)
        story.append(KeepTogether([Document.p("Indikatorer", "h3"), table[0]]))
        story += table[1:]
        story += _charts(ctx, indicators)
    f = follow.get_followup(ctx.db, goal.id, ctx.period.id)  # type: ignore[arg-type]
    if f.comment:
        story += [Document.p("Målkommentar", "h3"), *Document.text_blocks(f.comment)]
    if f.analysis:
        story += [Document.p("Analys", "h3"), *Document.text_blocks(f.analysis)]
    activities = ctx.s.activities_of(goal.id)  # type: ignore[arg-type]
    if activities:
        rows: list[list[object]] = [["Aktivitet", "Klart", "Ansvarig", "Status", "Kommentar"]]
        rows += [[a.text, a.due, a.responsible, a.status.value, a.comment] for a in activities]
        story.append(KeepTogether([Document.p("Aktiviteter", "h3"),
                                   Document.table(rows, [0.36, 0.15, 0.15, 0.12, 0.22])]))
    return story


def build_goal_report(db: Database, period_id: int, plan_id: int | None = None,
                      target: Path | str | None = None) -> bytes:
    """The PDF of the goal section for one period; returns the bytes (and writes ``target``)."""
    from uppfoljning_desktop.store import organisation as org_store

    ctx = load_context(db, period_id, plan_id)
    period, s, plan = ctx.period, ctx.s, ctx.s.plan
    assert plan.id is not None
    committee = org_store.list_committees(db)
    committee_name = committee[0].name if committee else ""
    kind = "VERKSAMHETSBERÄTTELSE" if period.is_year_end else "DELÅRSRAPPORT"
    title = f"Måluppföljning {period.label}"
    preliminary = any(is_preliminary(a) for a in (*ctx.result.goals.values(), *ctx.result.council_goals.values()))
    doc = Document(load_letterhead(db), title=title, kind=kind, date=period.end_date, subject=plan.name,
                   extra_header=[period.label], watermark="PRELIMINÄR" if preliminary else "")
    word = "Resultat" if period.is_year_end else "Prognos"
    story: list[Flowable] = [
        Document.p(title, "title"),
        Document.p(f"{committee_name} · {plan.name}".strip(" ·"), "body"),
        Document.p(f"{word} för måluppfyllelse. Bedömningen görs per nämndmål utifrån hur många av "
                   "indikatorernas riktvärden som nås och hur många aktiviteter som genomförs; ett KF-mål "
                   "bedöms utifrån sina nämndmål. Skala: "
                   + " / ".join(colour_label(c, plan.scale) for c in Colour) + ". " + (
                       "Bedömningar märkta preliminär är inte fastställda ännu." if preliminary else ""), "small"),
        *Document.toc(),
        Document.heading("Sammanfattning av måluppfyllelse", "h1"),
        *_summary(ctx),
    ]
    for area in s.areas:
        story.append(Document.heading(f"Målområde: {area.name}", "h1"))
        if area.description:
            story += Document.text_blocks(area.description)
        for council in s.council_goals_in(area.id):  # type: ignore[arg-type]
            story.append(Document.p(council.title, "h2"))
            if council.description:
                story += Document.text_blocks(council.description)
            story += _assessment_block(ctx.result.council_goals.get(council.id), plan.scale,  # type: ignore[arg-type]
                                       not period.is_year_end)
            for goal in s.goals_under(council.id):  # type: ignore[arg-type]
                story += _goal_section(ctx, goal)
        for goal in s.goals_in(area.id, None):  # type: ignore[arg-type]
            story += _goal_section(ctx, goal)
    story += _assignments(db, plan.id, period.year)
    return doc.build(story, target)


def _assignments(db: Database, plan_id: int, year: int) -> list[Flowable]:
    story: list[Flowable] = []
    assignments = structure.list_assignments(db, plan_id, year)
    if assignments:
        rows: list[list[object]] = [["Uppdrag", "Från", "Avrapporteras", "Status", "Kommentar"]]
        rows += [[f"{a.title}\n{a.description}".strip(), "Kommunfullmäktige" if a.given_by == "KF" else "Nämnden",
                  a.reporting, a.status.value, a.comment] for a in assignments]
        story += [Document.heading("Uppdrag", "h1"), Document.table(rows, [0.40, 0.16, 0.16, 0.12, 0.16])]
    focus = structure.list_focus_areas(db, plan_id, year)
    if focus:
        rows = [["Fokusområde", "Beskrivning", "Avrapporteras"]]
        rows += [[f.title, f.description, f.reporting] for f in focus]
        story += [Document.heading("Nämndspecifika fokusområden", "h1"),
                  KeepTogether(Document.table(rows, [0.36, 0.44, 0.20]))]
    return story
