"""E-mail drafts and the return board."""

from __future__ import annotations

import datetime as dt
import email
from email import policy

from tests.excel.conftest import PERIOD
from uppfoljning_desktop.excel.board import ReturnStatus, missing_units, return_board
from uppfoljning_desktop.excel.importer import import_files
from uppfoljning_desktop.excel.sending import write_templates


def _read_eml(path):
    return email.message_from_bytes(path.read_bytes(), policy=policy.default)


def test_eml_draft_to_the_unit_head_with_workbook(demo_db, kind, tmp_path):
    sent = write_templates(demo_db, kind, {"period": PERIOD}, tmp_path, deadline=dt.date(2016, 9, 9), eml=True)
    jc = next(s for s in sent if s.content.scope["unit"] == "Jobbcenter")
    msg = _read_eml(jc.eml_path)
    assert msg["X-Unsent"] == "1"
    assert msg["To"] == "Petra Lind <petra.lind@botkyrka.example>"
    assert msg["From"] == "Sara Björk <sara.bjork@botkyrka.example>"
    assert msg["Subject"] == f"Utfall {PERIOD} för Jobbcenter – senast 2016-09-09"
    body = msg.get_body(("plain",)).get_content()
    assert body.startswith("Hej Petra!")
    assert f"mallen för utfall {PERIOD} för Jobbcenter" in body
    assert "senast fredag 9 september 2016" in body
    assert "070-174 06 12" in body
    [attachment] = list(msg.iter_attachments())
    assert attachment.get_filename() == jc.path.name
    assert attachment.get_content() == jc.path.read_bytes()
    assert attachment.get_content_type() == "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def test_board_shows_returned_missing_and_late(demo_db, kind, tmp_path, fill):
    sent = write_templates(demo_db, kind, {"period": PERIOD}, tmp_path / "ut", deadline=dt.date(2016, 9, 9),
                           now=dt.datetime(2016, 9, 1, 9, 0))
    board = return_board(demo_db, kind, {"period": PERIOD}, today=dt.date(2016, 9, 5))
    assert [(r.unit, r.status) for r in board] == [("Vuxenutbildning", ReturnStatus.MISSING), ("Jobbcenter", ReturnStatus.MISSING)]
    assert board[0].sent_at == dt.datetime(2016, 9, 1, 9, 0) and board[0].deadline == dt.date(2016, 9, 9)
    jc = next(s for s in sent if s.content.scope["unit"] == "Jobbcenter")
    returned = fill(jc.path, {"Utfall": {"F4": 120, "F5": 400}}, name="jc-retur.xlsx")
    assert import_files(demo_db, [returned], now=dt.datetime(2016, 9, 8, 14, 30)).imported
    board = return_board(demo_db, kind, {"period": PERIOD}, today=dt.date(2016, 9, 12))
    by_unit = {r.unit: r for r in board}
    assert by_unit["Vuxenutbildning"].status == ReturnStatus.LATE
    jcrow = by_unit["Jobbcenter"]
    assert (jcrow.status, jcrow.returned_at, jcrow.file_name) == (
        ReturnStatus.RETURNED, dt.datetime(2016, 9, 8, 14, 30), "jc-retur.xlsx")
    assert jcrow.values == 3
    assert any("120 % är mer än 100 %" in w for w in jcrow.warnings)
    assert missing_units(board) == {"Vuxenutbildning"}
    assert return_board(demo_db, kind, {"period": "Delår 1 2016"})[0].status == ReturnStatus.NOT_SENT


def test_reminders_only_for_missing_units(demo_db, kind, tmp_path):
    sent = write_templates(demo_db, kind, {"period": PERIOD}, tmp_path, units={"Vuxenutbildning"}, eml=True,
                           reminder=True, deadline=dt.date(2016, 9, 9))
    assert [s.content.scope["unit"] for s in sent] == ["Vuxenutbildning"]
    msg = _read_eml(sent[0].eml_path)
    assert msg["Subject"].startswith("Påminnelse: Utfall")
    assert "ännu inte fått tillbaka mallen" in msg.get_body(("plain",)).get_content()
