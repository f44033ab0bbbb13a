"""The scale generator (``demo --years N``): realistic, deterministic, and built through the
store so that every rule (§ numbering, adjusted minutes, the append-only crisis log) holds."""

from __future__ import annotations

import hashlib
import io
import random
import sqlite3

import pytest
from pypdf import PdfReader

from uppfoljning_desktop.demo.scale import attachment_pdf, create_scale_demo
from uppfoljning_desktop.domain.meetings import MeetingState
from uppfoljning_desktop.store import meetings as mstore
from uppfoljning_desktop.store.backup import integrity_problems
from uppfoljning_desktop.store.connection import connect

SMALL = dict(years=2, last_year=2013, attachment_scale=0.02, decisions=500, indicators_per_year=40,
             crisis_events=3, crisis_entries=90)


def _fingerprint(path) -> str:
    conn = sqlite3.connect(str(path))
    try:
        parts = [
            conn.execute("SELECT group_concat(date || state, ',') FROM (SELECT * FROM meeting ORDER BY date)").fetchone()[0],
            conn.execute("SELECT group_concat(title || case_number || section_no, ',') FROM "
                         "(SELECT * FROM agenda_item ORDER BY id)").fetchone()[0],
            # the generated history's attachments (the demo's own PDFs carry their creation time)
            conn.execute("SELECT group_concat(sha256, ',') FROM (SELECT t.sha256 FROM item_attachment t "
                         "JOIN agenda_item a ON a.id = t.item_id JOIN meeting m ON m.id = a.meeting_id "
                         "WHERE m.date < '2014' ORDER BY t.id)").fetchone()[0],
            conn.execute("SELECT group_concat(subject, ',') FROM (SELECT * FROM delegation_decision ORDER BY id)").fetchone()[0],
            conn.execute("SELECT group_concat(value, ',') FROM (SELECT * FROM outcome ORDER BY id)").fetchone()[0],
            conn.execute("SELECT group_concat(text, ',') FROM (SELECT * FROM crisis_log_entry ORDER BY id)").fetchone()[0],
        ]
    finally:
        conn.close()
    return hashlib.sha256("|".join(map(str, parts)).encode()).hexdigest()


@pytest.fixture(scope="module")
def small_scale(tmp_path_factory):
    path = tmp_path_factory.mktemp("scale") / "skala.sqlite"
    return create_scale_demo(path, seed=5, **SMALL)


def test_the_history_has_every_kind_of_record(small_scale):
    c = small_scale.counts
    assert c["meetings"] == 22  # eleven a year, none in July
    assert 22 * 8 <= c["items"] <= 22 * 15
    assert c["attachments"] > 0 and c["reservations"] > 0
    assert c["delegation_decisions"] == 500
    assert c["indicators"] == 80 and c["outcomes"] == 80 * 3 * 3  # T/K/M in each of three periods
    assert c["crisis_events"] == 3 and c["crisis_log_entries"] == 90
    assert integrity_problems(small_scale.path) == []
    conn = sqlite3.connect(str(small_scale.path))
    reported, posted = conn.execute("SELECT count(reported_meeting), count(appeal_start) FROM delegation_decision "
                                    "WHERE decision_date < '2013-12-01'").fetchone()
    conn.close()
    assert reported == posted > 400  # each meeting took up the lists received before it


def test_generated_meetings_are_adjusted_and_posted_with_numbered_paragraphs(small_scale):
    db = connect(small_scale.path)
    try:
        history = [m for m in mstore.list_meetings(db) if m.date.year in (2012, 2013)]
        assert len(history) == 22
        assert all(m.state is MeetingState.POSTED and m.adjustment_date and m.posted_on and m.adjusters
                   for m in history)
        sections = [r[0] for r in db.execute(
            "SELECT section_no FROM agenda_item JOIN meeting ON meeting.id = meeting_id "
            "WHERE meeting.date LIKE '2013-%' ORDER BY meeting.date, position").fetchall()]
        assert sections == list(range(1, len(sections) + 1))  # § numbers run through the year
    finally:
        db.close()


def test_same_seed_same_database_other_seed_other_data(small_scale, tmp_path):
    again = create_scale_demo(tmp_path / "igen.sqlite", seed=5, **SMALL)
    other = create_scale_demo(tmp_path / "annan.sqlite", seed=6, **SMALL)
    assert _fingerprint(again.path) == _fingerprint(small_scale.path)
    assert _fingerprint(other.path) != _fingerprint(small_scale.path)


@pytest.mark.parametrize("size", [3_000, 250_000, 1_200_000])
def test_attachments_are_readable_pdfs_of_the_asked_size_and_all_different(size):
    rng = random.Random(1)
    a, b = attachment_pdf(rng, size, "Bilaga (1) å"), attachment_pdf(rng, size, "Bilaga (1) å")
    assert a != b
    assert abs(len(a) - size) < 1500
    reader = PdfReader(io.BytesIO(a))
    assert len(reader.pages) == 1
    assert "Bilaga 1" in reader.pages[0].extract_text()


@pytest.mark.parametrize("years", ["0", "51", "tjugo"])
def test_the_cli_refuses_an_impossible_number_of_years(tmp_path, capsys, years):
    from uppfoljning_desktop.cli import main

    with pytest.raises(SystemExit) as info:
        main(["--db", str(tmp_path / "x.sqlite"), "demo", "--years", years])
    assert info.value.code == 2
    assert "år" in capsys.readouterr().err
    assert not (tmp_path / "x.sqlite").exists()
