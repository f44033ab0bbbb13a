"""The schedule's CLI commands, run through ``cli.main`` as a user would."""

from __future__ import annotations

from uppfoljning_desktop.cli import main
from uppfoljning_desktop.reports.base import extract_text


def test_generate_move_print_export_create(demo_db_path, tmp_path, capsys):
    db = ["--db", str(demo_db_path)]
    rc = main(db + ["plan", "generate", "--year", "2018", "--weekday", "torsdag", "--time", "19:00-21:30",
                    "--week", "4", "--months", "7:0,12:0",
                    "--prep", "Ordförandeberedning;måndag;16:00-17:30;plan 9 i kommunhuset;17"])
    out = capsys.readouterr().out
    assert rc == 0 and "10 sammanträden, 10 beredningar" in out
    assert main(db + ["plan", "move", "--year", "2018", "--date", "2018-03-22", "--to", "2018-05-10"]) == 0
    out = capsys.readouterr().out
    assert "Konflikt: Sammanträde torsdag 10 maj 2018: dagen är Kristi himmelsfärdsdag." in out
    pdf = tmp_path / "s.pdf"
    assert main(db + ["pdf", "sammantradesordning", "--year", "2018", "-o", str(pdf)]) == 0
    assert "torsdag 10 maj" in extract_text(pdf)
    assert main(db + ["ics", "--year", "2018", "-o", str(tmp_path / "a.ics"), "--per-kind"]) == 0
    assert sorted(p.name for p in tmp_path.glob("a-*.ics")) == ["a-ordforandeberedning.ics", "a-sammantrade.ics"]
    assert main(db + ["plan", "create-meetings", "--year", "2018"]) == 0
    assert "10 sammanträden skapade" in capsys.readouterr().out


def test_bad_input_gets_a_swedish_message_and_code_2(demo_db_path, tmp_path, capsys):
    db = ["--db", str(demo_db_path)]
    assert main(db + ["plan", "generate", "--year", "2018", "--prep", "Ordförandeberedning;måndag"]) == 2
    assert "fem delar" in capsys.readouterr().err
    assert main(db + ["plan", "generate", "--year", "2017"]) == 2
    assert "finns redan" in capsys.readouterr().err
    assert main(db + ["ics", "--year", "2017", "-o", str(tmp_path / "saknas" / "x.ics")]) == 2
    assert "finns inte" in capsys.readouterr().err
    assert main(db + ["pdf", "sammantradesordning", "--year", "2030", "-o", str(tmp_path / "x.pdf")]) == 2
    assert "ingen sammanträdesordning för 2030" in capsys.readouterr().err
    assert not (tmp_path / "x.pdf").exists()
