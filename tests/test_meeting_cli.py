"""``meeting list``, ``meeting status``, ``meeting correct``, ``pdf protokoll --original``
and ``check`` on the seals, as written in issue 11."""

from __future__ import annotations

import sqlite3

from uppfoljning_desktop.cli import main
from uppfoljning_desktop.reports.base import extract_text
from uppfoljning_desktop.store.connection import connect

DECISION = "Nämnden godkänner sammanträdesordningen för 2017 med junimötet den 15 juni."
REASON = "Junimötets datum beslutades på mötet men föll bort ur protokollet."


def run(path, *args) -> int:
    return main(["--db", str(path), *args])


def state(path, date: str) -> str:
    db = connect(path)
    try:
        return db.execute("SELECT state FROM meeting WHERE date = ?", [date]).fetchone()[0]
    finally:
        db.close()


def test_meeting_list(demo_db_path, capsys):
    assert run(demo_db_path, "meeting", "list") == 0
    assert capsys.readouterr().out.splitlines() == [
        "2016-09-22  anslaget   justerat 2016-09-29, anslaget 2016-09-30",
        "2016-10-20  planerat",
        "2016-11-17  planerat",
    ]


def test_meeting_status_steps_and_refusals(demo_db_path, capsys):
    assert run(demo_db_path, "meeting", "status", "--meeting", "2016-09-22", "--to", "planerat") == 2
    err = capsys.readouterr().err
    assert "kan inte flyttas tillbaka till planerat" in err and "Inget har ändrats" in err
    assert state(demo_db_path, "2016-09-22") == "anslaget"
    assert run(demo_db_path, "meeting", "status", "--meeting", "2016-10-20", "--to", "justerat") == 2
    assert "Tillåtna steg härifrån: genomfört, kallat" in capsys.readouterr().err
    assert run(demo_db_path, "meeting", "status", "--meeting", "2016-10-20", "--to", "kallat", "--date", "2016-10-06") == 0
    assert capsys.readouterr().out.strip() == "Sammanträdet 2016-10-20 är nu kallat (2016-10-06)."
    assert state(demo_db_path, "2016-10-20") == "kallat"
    assert run(demo_db_path, "meeting", "status", "--meeting", "2016-09-22", "--to", "nedtaget",
               "--date", "2016-10-21") == 2
    assert "tidigast 2016-10-22" in capsys.readouterr().err
    assert run(demo_db_path, "meeting", "status", "--meeting", "2016-09-22", "--to", "nedtaget",
               "--date", "2016-10-24") == 0
    capsys.readouterr()
    assert run(demo_db_path, "meeting", "list") == 0
    assert capsys.readouterr().out.splitlines()[0] == \
        "2016-09-22  nedtaget   justerat 2016-09-29, anslaget 2016-09-30, nedtaget 2016-10-24"
    assert run(demo_db_path, "meeting", "status", "--meeting", "2016-09-23", "--to", "kallat") == 2
    assert "Det finns inget sammanträde 2016-09-23" in capsys.readouterr().err


def test_meeting_correct_prints_the_note_and_keeps_the_original(demo_db_path, tmp_path, capsys):
    assert run(demo_db_path, "meeting", "correct", "--meeting", "2016-09-22", "--item", "3",
               "--decision", DECISION, "--reason", REASON) == 0
    out = capsys.readouterr().out
    assert out.startswith("§ 3 (\"Sammanträdesordning 2017\") i protokollet från 2016-09-22 rättades (version 2")
    assert "Sara Björk" in out
    minutes, original, extract = tmp_path / "p.pdf", tmp_path / "o.pdf", tmp_path / "u.pdf"
    assert run(demo_db_path, "pdf", "protokoll", "--meeting", "2016-09-22", "-o", str(minutes)) == 0
    assert run(demo_db_path, "pdf", "protokoll", "--meeting", "2016-09-22", "--original", "-o", str(original)) == 0
    assert run(demo_db_path, "pdf", "protokollsutdrag", "--meeting", "2016-09-22", "--item", "3", "-o", str(extract)) == 0
    for path in (minutes, extract):
        text = " ".join(extract_text(path.read_bytes()).split())
        assert DECISION in text
        assert "Rättelse" in text and "Skäl: " + REASON in text
        assert ("Lydelse före rättelsen: Arbetsmarknads- och vuxenutbildningsnämnden godkänner "
                "sammanträdesordningen för 2017.") in text
    capsys.readouterr()
    text = " ".join(extract_text(original.read_bytes()).split())
    assert DECISION not in text and "Rättelse" not in text and "Justerat original" in text
    assert "godkänner sammanträdesordningen för 2017." in text
    assert run(demo_db_path, "meeting", "list") == 0
    assert capsys.readouterr().out.splitlines()[0].endswith(", 1 rättelse")


def test_meeting_correct_refusals(demo_db_path, capsys):
    assert run(demo_db_path, "meeting", "correct", "--meeting", "2016-10-20", "--item", "1",
               "--decision", DECISION, "--reason", REASON) == 2
    assert "inte justerat" in capsys.readouterr().err
    assert run(demo_db_path, "meeting", "correct", "--meeting", "2016-09-22", "--item", "3",
               "--decision", DECISION, "--reason", " ") == 2
    assert "Skäl: ange varför" in capsys.readouterr().err


def test_printed_seals_match_check(demo_db_path, tmp_path, capsys):
    """The short seal on paper is the chain's seal in the file."""
    from uppfoljning_desktop.store import seals

    minutes, log = tmp_path / "p.pdf", tmp_path / "b.pdf"
    assert run(demo_db_path, "pdf", "protokoll", "--meeting", "2016-09-22", "-o", str(minutes)) == 0
    db = connect(demo_db_path)
    event_id = db.execute("SELECT id FROM crisis_event").fetchone()[0]
    assert run(demo_db_path, "pdf", "beslutslogg", "--event", str(event_id), "-o", str(log)) == 0
    assert f"Sigill {seals.short(seals.minutes_seal(db, 1))}" in extract_text(minutes.read_bytes())
    assert f"Sigill {seals.short(seals.event_seal(db, event_id))}" in extract_text(log.read_bytes())
    db.close()


def test_check_names_the_altered_entry_and_exits_1(demo_db_path, capsys):
    assert run(demo_db_path, "check") == 0
    assert "Sigill: ok (" in capsys.readouterr().out
    con = sqlite3.connect(demo_db_path, isolation_level=None)
    con.execute("DROP TRIGGER crisis_log_entry_no_update")
    con.execute("UPDATE crisis_log_entry SET text = 'Ändrad i efterhand.' WHERE number = 5")
    con.close()
    assert run(demo_db_path, "check") == 1
    out = capsys.readouterr().out
    assert "Sigill: FEL" in out
    assert "Skyddet (triggern) crisis_log_entry_no_update saknas" in out
    assert ", post 5 (" in out and "har ändrats efter att den förseglades" in out
