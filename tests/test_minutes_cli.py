"""``uppfoljning meeting show``: the minutes per § as JSON and text, a Swedish error for
an unknown meeting (exit 2)."""

from __future__ import annotations

import json

from uppfoljning_desktop.cli import main


def test_meeting_show_json(demo_db_path, capsys):
    assert main(["--db", str(demo_db_path), "meeting", "show", "--meeting", "2016-09-22", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["law"] == "kommunallagen (1991:900)" and data["end"] == "21:10"
    s4 = next(s for s in data["sections"] if s["title"] == "Delårsrapport 2")
    assert s4["section"] == 4
    assert [(m["mover"], m["kind"], m["withdrawn"]) for m in s4["motions"]] == [
        ("Karin Lindqvist", "bifall", False), ("Erik Sandberg", "återremiss", False), ("Fatima Rahimi", "bordläggning", True)]
    vote = s4["questions"][0]
    assert vote["kind"] == "ordningsfråga" and vote["count"] == {"ja": 5, "nej": 5, "avstår": 0,
                                                                  "ordförandens_utslagsröst": True}
    assert {"name": "Erik Sandberg", "party": "M", "answer": "Nej"} in vote["votes"]
    assert len(vote["votes"]) == 10
    assert s4["decision"].startswith("Arbetsmarknads- och vuxenutbildningsnämnden godkänner delårsrapporteringen")
    assert s4["reservations"][0]["group"] == "Moderaternas ledamöter" and s4["reservations"][0]["written"]
    s8 = next(s for s in data["sections"] if s["section"] == 8)
    serving = {a["name"]: a for a in s8["attendance"]}
    assert serving["Oskar Bergqvist"]["replaces"] == "Tomas Öhman" and s8["conflicts"] == ["Tomas Öhman"]
    assert s8["quorum"]["ok"] and s8["quorum"]["present"] == 10
    s9 = next(s for s in data["sections"] if s["section"] == 9)
    assert {a["name"]: a["status"] for a in s9["attendance"]}["Mikael Jansson"] == "frånvarande"


def test_meeting_show_public_masks_and_text_output(demo_db_path, capsys):
    assert main(["--db", str(demo_db_path), "meeting", "show", "--meeting", "2016-09-22", "--json", "--public"]) == 0
    s8 = next(s for s in json.loads(capsys.readouterr().out)["sections"] if s["section"] == 8)
    assert s8 == {"number": 8, "section": 8, "confidential": "Sekretess enligt OSL 26 kap. 1 §"}
    assert main(["--db", str(demo_db_path), "meeting", "show", "--meeting", "2016-09-22"]) == 0
    out = capsys.readouterr().out
    assert "Omröstning: 5 ja, 5 nej, 0 avstår, ordförandens utslagsröst" in out
    assert main(["--db", str(demo_db_path), "meeting", "show", "--meeting", "2016-09-23"]) == 2
    assert "2016-09-23" in capsys.readouterr().err
