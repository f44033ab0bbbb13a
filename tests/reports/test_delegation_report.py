"""The printed report of delegation decisions, checked through its text."""

from __future__ import annotations

import datetime as dt

import pytest

from uppfoljning_desktop.cli import main
from uppfoljning_desktop.reports.base import extract_text
from uppfoljning_desktop.reports.delegation import render_decisions_report
from uppfoljning_desktop.store import delegation as dstore

MEETING = dt.date(2016, 10, 20)


def test_report_lists_the_units_lists_and_groups_decisions_by_unit_and_month(demo_db):
    dstore.assign_lists_to_meeting(demo_db, MEETING)
    text = extract_text(render_decisions_report(demo_db, MEETING, reference="AVUX/2015:132"))
    flat = " ".join(text.split())
    assert "Delegationsbeslut – anmälan till Arbetsmarknads- och vuxenutbildningsnämnden 20 oktober 2016" in flat
    assert "Dnr AVUX/2015:132" in flat
    assert "Förhandsversion" not in flat
    for label in ("Vuxenutbildning, september 2016 (2 beslut)", "Jobbcenter, september 2016 (2 beslut)",
                  "Xenter, september 2016 (1 beslut)", "Förvaltningskontoret, juni 2016 (1 beslut)"):
        assert label in flat
    assert ("Listor saknas från: Daglig verksamhet, september 2016; Näringsliv, september 2016; "
            "Förvaltningskontoret, september 2016.") in flat  # the organisation's order
    # grouped by unit in the organisation's order, each with its month
    order = [flat.index(h) for h in ("Vuxenutbildning September 2016", "Jobbcenter September 2016",
                                     "Xenter September 2016", "Förvaltningskontoret Juni 2016")]
    assert order == sorted(order)
    assert "Antagning till sfi, septemberintaget" in flat
    assert "Beviljas för 97 sökande" in flat and "Eva Lindgren" in flat
    assert "Yttrande till Skolinspektionen om vuxenutbildningens lokaler" in flat
    assert "Feriearbete för ungdomar, period 3" not in flat  # August: reported in September
    assert "Antal beslut: 6." in flat


def test_report_of_a_held_meeting_shows_what_it_took_up(demo_db):
    flat = " ".join(extract_text(render_decisions_report(demo_db, dt.date(2016, 9, 22))).split())
    assert "Jobbcenter, augusti 2016 (6 beslut)" in flat and "Xenter, augusti 2016 (3 beslut)" in flat
    assert "Listor saknas från: Näringsliv, augusti 2016." in flat
    assert "Förhandsversion" not in flat and "Antal beslut: 22." in flat


def test_report_before_preparation_is_a_preview_and_empty_report_says_so(demo_db):
    flat = " ".join(extract_text(render_decisions_report(demo_db, MEETING)).split())
    assert "Förhandsversion" in flat and "Jobbcenter, september 2016" in flat
    empty = " ".join(extract_text(render_decisions_report(demo_db, dt.date(2016, 3, 1))).split())
    assert "Inga listor över delegationsbeslut har lämnats in sedan förra anmälan." in empty


def test_cli_pdf(demo_db_path, tmp_path, capsys):
    out = tmp_path / "delegationsbeslut.pdf"
    code = main(["--db", str(demo_db_path), "pdf", "delegationsbeslut", "--meeting", "2016-09-22", "-o", str(out)])
    assert code == 0
    assert "Xenter, augusti 2016" in " ".join(extract_text(out).split())
    with pytest.raises(SystemExit) as exit_info:
        main(["--db", str(demo_db_path), "pdf", "delegationsbeslut", "--meeting", "22/9", "-o", str(out)])
    assert exit_info.value.code == 2
    assert "ÅÅÅÅ-MM-DD" in capsys.readouterr().err
