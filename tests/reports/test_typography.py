"""Typography of every printed document: Swedish hyphenation, no word, date, number or
"§ 16" broken without a hyphen, e-mail addresses broken only after "@" or ".", headings
kept with what follows, the letterhead's font the only font, real dates."""

from __future__ import annotations

import datetime as dt
import io
import re

import pytest
from pypdf import PdfReader
from reportlab.platypus import Paragraph

from tests.reports.typography_check import broken_words
from uppfoljning_desktop.reports import base
from uppfoljning_desktop.reports.base import (
    STYLES,
    Document,
    Letterhead,
    extract_text,
    keep_together,
)

SEPT = dt.date(2016, 9, 22)


@pytest.mark.parametrize("text,expected", [
    ("Fordran om 8 400 kr skrivs av", "Fordran om 8\u00a0400\u00a0kr skrivs av"),
    ("enligt § 16 och 26 kap. 1 § OSL", "enligt §\u00a016 och 26\u00a0kap.\u00a01\u00a0§ OSL"),
    ("kl. 19:00, 85 %, 1 527 personer", "kl.\u00a019:00, 85\u00a0%, 1\u00a0527 personer"),
    ("år 2016 och 2017", "år 2016 och 2017"),  # years are not thousands
])
def test_units_are_kept_together(text, expected):
    assert keep_together(text) == expected


def lines(text: str, width: float) -> list[str]:
    p = Paragraph(text, STYLES["cell"])
    p.wrap(width, 1000)
    return [" ".join(line[1]) if isinstance(line, tuple) else "".join(f.text for f in line.words)
            for line in p.blPara.lines]


@pytest.mark.parametrize("width", [75, 90, 110, 125])
def test_email_breaks_only_after_at_or_dot(width):
    from reportlab.platypus import paragraph

    assert paragraph._splitWord is base._split_word_at_marks  # our split is installed (private API)
    out = lines("privat johan.nordin@botkyrka.example", width)
    assert "".join(out).replace("privat ", "").replace("privat", "") == "johan.nordin@botkyrka.example"
    for line in out[:-1]:
        assert line.endswith(("@", ".", "privat")), out


def test_date_range_breaks_at_its_dash_and_long_words_are_hyphenated():
    assert lines("2016-09-05–2017-06-30", 55) == ["2016-09-05–", "2017-06-30"]
    broken = lines("Lönebidragsanställning Arbetsmarknadskonsulent", 60)
    assert all(line.endswith("-") for line in broken[:-1]) and len(broken) > 2


def test_demo_documents_break_no_word_without_a_hyphen(demo_db):
    from uppfoljning_desktop.reports.crisis import render_plan_kind
    from uppfoljning_desktop.reports.delegation import render_decisions_report
    from uppfoljning_desktop.reports.goals import build_goal_report
    from uppfoljning_desktop.reports.meetings_bundle import render_meeting_document
    from uppfoljning_desktop.store import goals as goal_store

    period = goal_store.get_period_by_label(demo_db, "Delår 2 2024")
    renders = {
        "delegationsbeslut 2016-09-22": lambda: render_decisions_report(demo_db, SEPT),
        "delegationsbeslut 2016-10-20": lambda: render_decisions_report(demo_db, dt.date(2016, 10, 20)),
        "krispärm": lambda: render_plan_kind(demo_db, "krisparm"),
        "protokoll": lambda: render_meeting_document(demo_db, "protokoll", SEPT),
        "kallelse": lambda: render_meeting_document(demo_db, "kallelse", SEPT),
        "måluppföljning": lambda: build_goal_report(demo_db, period.id),
    }
    assert {name: broken_words(render) for name, render in renders.items()} == {name: [] for name in renders}


def test_checker_finds_a_hard_split():
    """The check can fail: a cell too narrow for a word without break points."""
    doc = Document(Letterhead("Botkyrka kommun", "Förvaltningen"), title="x")
    assert broken_words(lambda: doc.build([doc.table([["A", "B"], ["x", "Xyzzy1234567890Qwerty1234567890"]],
                                                     [0.5, 0.1], header=True)])) == ["Xyzzy1234567890Qwerty1234567890"]


def test_heading_keeps_with_what_follows():
    doc = Document(Letterhead("Botkyrka kommun", "Förvaltningen"), title="x")
    filler = [doc.p(f"Rad {i}") for i in range(38)]
    pdf = doc.build([*filler, doc.p("Rubriken som inte får bli ensam", "h2"), doc.p("Texten under rubriken.")])
    pages = [p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages]
    where = [i for i, t in enumerate(pages) if "Rubriken som inte får bli ensam" in t]
    assert where and "Texten under rubriken." in pages[where[0]]


def _font_names(pdf: bytes) -> set[str]:
    names = set()
    for page in PdfReader(io.BytesIO(pdf)).pages:
        fonts = page["/Resources"].get("/Font", {})
        for ref in fonts.values():
            names.add(str(ref.get_object()["/BaseFont"]))
    return names


def test_only_the_letterhead_font_and_real_dates(demo_db):
    from uppfoljning_desktop.reports.crisis import render_plan_kind
    from uppfoljning_desktop.reports.goals import build_goal_report
    from uppfoljning_desktop.store import goals as goal_store

    period = goal_store.get_period_by_label(demo_db, "Delår 2 2024")
    for pdf in (render_plan_kind(demo_db, "krisplan"), build_goal_report(demo_db, period.id)):
        names = _font_names(pdf)
        assert names and all(re.fullmatch(r"/[A-Z]{6}\+LiberationSans(-Bold|-Italic|-BoldItalic)?", n) for n in names), names
        meta = PdfReader(io.BytesIO(pdf)).metadata
        assert not str(meta["/CreationDate"]).startswith("D:2000")
        assert str(meta["/CreationDate"])[2:6] == str(dt.date.today().year)


def test_list_split_across_pages_is_drawn_whole_in_a_two_pass_build():
    """A bullet list split across pages comes back to the frame as indenters, which pass
    attribute writes on to the item inside: the first (layout-only) pass must not leave
    the item undrawable for the second."""
    doc = Document(Letterhead("Botkyrka kommun", "Förvaltningen"), title="x")
    items = [f"Punkt nummer {i} i listan" for i in range(60)]
    pdf = doc.build([*Document.toc(), Document.heading("Rubrik"), *[doc.p(f"Rad {i}") for i in range(25)],
                     doc.bullets(items)])
    text = extract_text(pdf)
    assert all(item in text for item in items)
