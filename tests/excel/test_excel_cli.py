"""The CLI: ``excel import`` exit codes and ``--json``; dispatch on the file's kind."""

from __future__ import annotations

import json

from tests.excel.conftest import PERIOD
from uppfoljning_desktop.cli import main


def test_import_json_and_exit_codes(demo_db, demo_db_path, make_template, fill, tmp_path, capsys):
    good = fill(make_template(), {"Utfall": {"F4": 70, "F5": "85 procent"}}, name="jc.xlsx")
    code = main(["--db", str(demo_db_path), "excel", "import", str(good), "--json"])
    out = json.loads(capsys.readouterr().out)
    assert code == 2  # a rejected file is a known failure (1 is kept for bugs)
    assert out["imported"] is False
    [f] = out["files"]
    assert f["status"] == "avvisad"
    assert f["counts"]["errors"] == 1
    assert {"file": "jc.xlsx", "sheet": "Utfall", "cell": "F5", "severity": "fel",
            "message": '"85 procent" är inget tal'} in f["problems"]

    fixed = fill(make_template(), {"Utfall": {"F4": 70, "F5": 400}}, name="jc2.xlsx")
    assert main(["--db", str(demo_db_path), "excel", "import", str(fixed), "--dry-run"]) == 0
    assert "Provkörning" in capsys.readouterr().out
    code = main(["--db", str(demo_db_path), "excel", "import", str(fixed), "--json"])
    out = json.loads(capsys.readouterr().out)
    assert code == 0 and out["imported"] is True
    assert out["files"][0]["kind"] == "testutfall"
    assert out["files"][0]["counts"]["values"] == 3  # two outcomes and the pre-filled status
    assert {"sheet": "Utfall", "cell": "F4", "what": "Andel i arbete eller studier efter 6 månader, Utfall kvinnor och män",
            "old": "", "new": "70"} in out["files"][0]["changes"]


def test_import_human_output_and_wrong_period(demo_db_path, make_template, fill, capsys):
    path = fill(make_template(), {"Utfall": {"F4": 70}})
    code = main(["--db", str(demo_db_path), "excel", "import", str(path), "--period", "Delår 1 2016"])
    captured = capsys.readouterr()
    assert code == 2
    assert f'FEL: filen gäller period "{PERIOD}", inte "Delår 1 2016".' in captured.err
    assert "Inget sparades" in captured.err


def test_templates_for_an_unknown_kind_is_a_clear_error(demo_db_path, tmp_path, capsys):
    code = main(["--db", str(demo_db_path), "excel", "templates", "--period", PERIOD, "--out", str(tmp_path),
                 "--kind", "finnsinte"])
    assert code == 2
    assert 'Malltypen "finnsinte" känns inte igen' in capsys.readouterr().err


def test_templates_with_eml_for_every_unit(kind, demo_db_path, tmp_path, capsys):
    out_dir = tmp_path / "ut"
    code = main(["--db", str(demo_db_path), "excel", "templates", "--period", PERIOD, "--out", str(out_dir),
                 "--kind", "testutfall", "--eml", "--deadline", "2016-09-09"])
    assert code == 0, capsys.readouterr().err
    assert sorted(p.name for p in out_dir.iterdir()) == [
        f"Utfall {PERIOD} – Jobbcenter.eml", f"Utfall {PERIOD} – Jobbcenter.xlsx",
        f"Utfall {PERIOD} – Vuxenutbildning.eml", f"Utfall {PERIOD} – Vuxenutbildning.xlsx",
    ]
    assert "2 mallar sparades" in capsys.readouterr().out
