"""The printed report of delegation decisions, checked through its text."""

from __future__ import annotations

import datetime as dt

import pytest

from uppfoljning_desktop.cli import main
from uppfoljning_desktop.reports.base import extract_text
from uppfoljning_desktop.reports.delegation import render_decisions_report
from uppfoljning_desktop.store import delegation as dstore

MEETING = dt.date(2016, 9, 22)


def test_report_lists_the_units_lists_and_groups_decisions_by_unit_and_month(demo_db):
    dstore.assign_lists_to_meeting(demo_db, MEETING)
    text = extract_text(render_decisions_report(demo_db, MEETING, reference="AVUX/2015:132"))
    flat = " ".join(text.split())
    assert "Delegationsbeslut – anmälan till Arbetsmarknads- och vuxenutbildningsnämnden 22 september 2016" in flat
    assert "Dnr AVUX/2015:132" in flat
    assert "Förhandsversion" not in flat
    for label in ("Vuxenutbildning, augusti 2016 (6 beslut)", "Daglig verksamhet, augusti 2016 (3 beslut)",
                  "Förvaltningskontoret, augusti 2016 (4 beslut)", "Xenter, augusti 2016 (3 beslut)",
                  "Jobbcenter, augusti 2016 (6 beslut)"):
        assert label in flat
    assert "Listor saknas från: Näringsliv, augusti 2016." in flat
    # grouped by unit in the organisation's order, each with its month
    order = [flat.index(h) for h in ("Vuxenutbildning Augusti 2016", "Jobbcenter Augusti 2016",
                                     "Daglig verksamhet Augusti 2016", "Xenter Augusti 2016")]
    assert order == sorted(order)
    assert "Antagning till sfi, kurs B och C, augustiintaget" in flat
    assert "Beviljas för 142 sökande" in flat and "Eva Lindgren" in flat
    assert "Feriearbete för ungdomar, period 3" in flat
    assert "Feriearbete för ungdomar, period 2" not in flat  # July: reported in August
    assert "Antal beslut: 23." in flat


def test_report_before_preparation_is_a_preview_and_empty_report_says_so(demo_db):
    flat = " ".join(extract_text(render_decisions_report(demo_db, MEETING)).split())
    assert "Förhandsversion" in flat and "Jobbcenter, augusti 2016" in flat
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
