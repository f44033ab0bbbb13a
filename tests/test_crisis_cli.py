"""The crisis CLI: pdf krisplan|rollkort|kontaktlista [--utan-privata], pdf beslutslogg --event."""

from __future__ import annotations

import pytest

from uppfoljning_desktop.cli import main
from uppfoljning_desktop.reports.base import extract_text


@pytest.mark.parametrize("kind,expected", [
    ("krisplan", "Under krisen"), ("rollkort", "Rollkort: Stabschef"), ("kontaktlista", "Samverkan"),
    ("krisparm", "Kontaktlista för krisledning"),
])
def test_plan_pdfs(demo_db_path, tmp_path, capsys, kind, expected):
    out = tmp_path / f"{kind}.pdf"
    assert main(["--db", str(demo_db_path), "pdf", kind, "--utan-privata", "-o", str(out)]) == 0
    text = extract_text(out)
    assert expected in text and "070-174 06 20" not in text
    assert str(out) in capsys.readouterr().out


def test_decision_log_and_append(demo_db_path, tmp_path, capsys):
    assert main(["--db", str(demo_db_path), "krislogg", "--event", "1", "--typ", "beslut",
                 "--beslutat-av", "Johan Nordin", "--rattar", "14", "Nästa", "lägesavstämning", "kl.", "13:30"]) == 0
    assert "Loggpost nr 15 sparad" in capsys.readouterr().out
    out = tmp_path / "bl.pdf"
    assert main(["--db", str(demo_db_path), "pdf", "beslutslogg", "--event", "1", "-o", str(out)]) == 0
    text = " ".join(extract_text(out).split())
    assert "Nästa lägesavstämning kl. 13:30" in text and "Rättelse av nr 14" in text and "ÖVNING" in text


def test_errors_are_swedish(demo_db_path, tmp_path, capsys):
    out = tmp_path / "x.pdf"
    assert main(["--db", str(demo_db_path), "pdf", "beslutslogg", "--event", "99", "-o", str(out)]) == 2
    assert "Händelsen med id 99 finns inte" in capsys.readouterr().err
    assert not out.exists()
    assert main(["--db", str(demo_db_path), "krislogg", "--event", "1", "--rattar", "99", "x"]) == 2
    assert "ingen loggpost nr 99" in capsys.readouterr().err
    assert main(["--db", str(tmp_path / "saknas.sqlite"), "pdf", "krisplan", "-o", str(out)]) == 2


def test_overview_lists_gaps_and_events(demo_db_path, capsys):
    assert main(["--db", str(demo_db_path), "kris"]) == 0
    text = capsys.readouterr().out
    assert "Brister:" in text and "Analysfunktion?" in text and "(ÖVNING)" in text
