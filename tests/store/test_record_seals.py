"""Tamper evidence: the seal chains over the crisis log and adjusted minutes, and the
attacks a user with sqlite3 could try. Each attack must be named by ``verify_record``
(and so by ``check``); polite SQL is refused by the triggers before that."""

from __future__ import annotations

import datetime as dt
import sqlite3

import pytest

from uppfoljning_desktop.domain.crisis import EntryType, LogEntry
from uppfoljning_desktop.domain.meetings import MeetingState
from uppfoljning_desktop.store import corrections, crisis_log, lifecycle, seals
from uppfoljning_desktop.store import meetings as meeting_store
from uppfoljning_desktop.store.connection import connect

SEPT = dt.date(2016, 9, 22)


def correct(db, date, section, **kwargs):
    meeting = meeting_store.get_meeting_by_date(db, date)
    row = db.execute("SELECT id FROM agenda_item WHERE meeting_id = ? AND section_no = ?", [meeting.id, section]).fetchone()
    if row is None:  # an item of a meeting without §§: its first item
        row = db.execute("SELECT id FROM agenda_item WHERE meeting_id = ? ORDER BY position", [meeting.id]).fetchone()
    return corrections.correct_item(db, row[0], **kwargs)


def texts(db) -> list[str]:
    return [str(f) for f in seals.verify_record(db)]


def raw(path):
    """A plain sqlite3 connection, as a user with the sqlite3 shell would have."""
    return sqlite3.connect(path, isolation_level=None)


def test_the_demo_is_sealed_and_verifies(demo_db):
    chains = dict(demo_db.execute("SELECT chain, count(*) FROM seal GROUP BY chain").fetchall())
    entries = demo_db.execute("SELECT count(*) FROM crisis_log_entry").fetchone()[0]
    sections = demo_db.execute("SELECT count(*) FROM agenda_item WHERE meeting_id = 1 AND section_no IS NOT NULL").fetchone()[0]
    assert chains == {"krislogg/1": entries, "protokoll": sections}
    assert texts(demo_db) == []
    assert len(seals.event_seal(demo_db, 1)) == 64
    assert seals.minutes_seal(demo_db, 1) == seals.chain_head(demo_db, "protokoll")


def test_each_log_entry_is_sealed_in_its_own_transaction(demo_db):
    before = seals.event_seal(demo_db, 1)
    entry = crisis_log.append_log_entry(demo_db, LogEntry(event_id=1, entry_type=EntryType.INFORMATION, text="Läget är lugnt."))
    row = demo_db.execute("SELECT prev, seal FROM seal WHERE subject = 'crisis_log_entry' AND subject_id = ?",
                          [entry.id]).fetchone()
    assert row[0] == before and row[1] == seals.event_seal(demo_db, 1) != before
    assert texts(demo_db) == []


def test_seals_cannot_be_changed_or_deleted_politely(demo_db):
    with pytest.raises(sqlite3.IntegrityError, match="sigill"):
        demo_db.execute("UPDATE seal SET seal = 'x' WHERE seq = 1")
    with pytest.raises(sqlite3.IntegrityError, match="sigill"):
        demo_db.execute("DELETE FROM seal WHERE seq = 1")


def test_adjusted_minutes_refuse_polite_sql(demo_db_path):
    con = raw(demo_db_path)
    for sql in ("UPDATE agenda_item SET decision = 'Annat' WHERE meeting_id = 1 AND section_no = 3",
                "DELETE FROM agenda_item WHERE meeting_id = 1 AND section_no = 3",
                "INSERT INTO agenda_item (meeting_id, position, title) VALUES (1, 99, 'Sent')",
                "UPDATE meeting SET state = 'planerat' WHERE id = 1",
                "UPDATE meeting SET adjustment_date = '2016-10-01' WHERE id = 1",
                "DELETE FROM meeting WHERE id = 1",
                "UPDATE attendance SET status = 'frånvarande' WHERE meeting_id = 1",
                "DELETE FROM item_conflict"):
        with pytest.raises(sqlite3.IntegrityError, match="justerat"):
            con.execute(sql)
    con.execute("UPDATE agenda_item SET body = body || ' ' WHERE meeting_id = 1")  # the memo is not the minutes
    con.close()


def test_illegal_step_in_the_store_writes_nothing(demo_db):
    with pytest.raises(meeting_store.InvalidStateChange, match="kan inte flyttas tillbaka"):
        meeting_store.set_state(demo_db, 1, MeetingState.PLANNED)
    assert meeting_store.get_meeting(demo_db, 1).state is MeetingState.POSTED
    m = meeting_store.get_meeting(demo_db, 1)
    m.adjusters = ["Någon annan"]
    with pytest.raises(Exception, match="Justerare kan inte ändras"):
        meeting_store.save_meeting(demo_db, m)


def test_take_down_after_the_appeal_period(demo_db):
    with pytest.raises(meeting_store.InvalidStateChange, match="tidigast 2016-10-22"):
        meeting_store.set_state(demo_db, 1, MeetingState.TAKEN_DOWN, today=dt.date(2016, 10, 21))
    down = meeting_store.set_state(demo_db, 1, MeetingState.TAKEN_DOWN, today=dt.date(2016, 10, 24))
    assert (down.state, down.taken_down_on) == (MeetingState.TAKEN_DOWN, dt.date(2016, 10, 24))
    assert texts(demo_db) == []


# ---------------------------------------------------------------- attacks


def test_attack_update_with_triggers_dropped_and_recreated(demo_db_path):
    con = raw(demo_db_path)
    sql = con.execute("SELECT sql FROM sqlite_master WHERE name = 'crisis_log_entry_no_update'").fetchone()[0]
    con.execute("DROP TRIGGER crisis_log_entry_no_update")
    con.execute("UPDATE crisis_log_entry SET text = 'Inget beslut fattades.' WHERE event_id = 1 AND number = 3")
    con.execute(sql)
    con.close()
    db = connect(demo_db_path)
    assert texts(db) == [
        "Krisloggen för \"Övning: brand i Xenters lokaler\", post 3 "
        f"({db.execute('SELECT created_at FROM crisis_log_entry WHERE number = 3').fetchone()[0].replace('T', ' ')}) "
        "har ändrats efter att den förseglades."]


def test_attack_update_with_triggers_dropped(demo_db_path):
    con = raw(demo_db_path)
    con.execute("DROP TRIGGER agenda_item_adjusted_no_update")
    con.execute("UPDATE agenda_item SET decision = 'Nämnden avslår.' WHERE meeting_id = 1 AND section_no = 3")
    con.close()
    found = texts(connect(demo_db_path))
    assert "Skyddet (triggern) agenda_item_adjusted_no_update saknas: någon har tagit bort den." in found
    assert any(f.startswith("Protokollet från 2016-09-22, § 3 (") and f.endswith("har ändrats efter att den förseglades.")
               for f in found)


def test_attack_drop_and_add_column(demo_db_path):
    con = raw(demo_db_path)
    con.execute("ALTER TABLE crisis_log_entry DROP COLUMN decided_by")
    con.execute("ALTER TABLE crisis_log_entry ADD COLUMN decided_by TEXT NOT NULL DEFAULT ''")
    con.close()
    found = texts(connect(demo_db_path))
    assert "Tabellen crisis_log_entry har ändrats utanför programmet." in found
    assert any("post" in f and "har ändrats efter att den förseglades" in f for f in found)


def test_attack_writable_schema_disarms_a_trigger(demo_db_path):
    con = raw(demo_db_path)
    con.execute("PRAGMA writable_schema=ON")
    con.execute("UPDATE sqlite_master SET sql = replace(sql, 'BEFORE UPDATE ON crisis_log_entry', "
                "'BEFORE UPDATE OF rowid ON crisis_log_entry') WHERE name = 'crisis_log_entry_no_update'")
    con.execute("PRAGMA writable_schema=OFF")
    con.close()
    con = raw(demo_db_path)  # a new connection reads the edited schema
    con.execute("UPDATE crisis_log_entry SET responsible = 'Ingen' WHERE number = 2")
    con.close()
    found = texts(connect(demo_db_path))
    assert "Skyddet (triggern) crisis_log_entry_no_update har ändrats utanför programmet." in found
    assert any(", post 2 (" in f and "har ändrats" in f for f in found)


def test_attack_backdated_insert(demo_db_path):
    con = raw(demo_db_path)
    con.execute("INSERT INTO crisis_log_entry (event_id, number, created_at, entry_type, text) "
                "VALUES (1, 99, '2016-10-05T08:00:00', 'beslut', 'Beslut i efterhand.')")
    con.close()
    assert texts(connect(demo_db_path)) == [
        "Krisloggen för \"Övning: brand i Xenters lokaler\", post 99 (2016-10-05 08:00:00) saknar sigill: "
        "den har lagts till utanför programmet."]


def test_attack_delete_entry_and_its_seal(demo_db_path):
    con = raw(demo_db_path)
    for t in ("crisis_log_entry_no_delete", "seal_no_delete"):
        con.execute(f"DROP TRIGGER {t}")
    entry_id = con.execute("SELECT id FROM crisis_log_entry WHERE number = 4").fetchone()[0]
    con.execute("DELETE FROM seal WHERE subject = 'crisis_log_entry' AND subject_id = ?", [entry_id])
    con.execute("UPDATE crisis_log_entry SET corrects_id = NULL WHERE corrects_id = ?", [entry_id])
    con.execute("DELETE FROM crisis_log_entry WHERE id = ?", [entry_id])
    con.close()
    found = texts(connect(demo_db_path))
    assert any(f.startswith("Kedjan krislogg/1 är bruten vid sigill 4") for f in found)


def test_attack_forged_seal_is_caught_by_the_next(demo_db_path):
    """Recomputing one entry's seal is not enough: the next seal covers it."""
    con = raw(demo_db_path)
    for t in ("crisis_log_entry_no_update", "seal_no_update"):
        con.execute(f"DROP TRIGGER {t}")
    con.execute("UPDATE crisis_log_entry SET text = 'Ändrad.' WHERE number = 2")
    db = connect(demo_db_path)
    entry_id, = db.execute("SELECT id FROM crisis_log_entry WHERE number = 2").fetchone()
    prev, seq = db.execute("SELECT prev, seq FROM seal WHERE subject_id = ? AND subject = 'crisis_log_entry'",
                           [entry_id]).fetchone()
    forged = seals.compute_seal(prev, seals._canonical("krislogg/1", seq, "crisis_log_entry", entry_id,
                                                       seals._content(db, "crisis_log_entry", entry_id)))
    con.execute("UPDATE seal SET seal = ? WHERE subject_id = ? AND subject = 'crisis_log_entry'", [forged, entry_id])
    con.close()
    found = texts(db)
    assert any(f.startswith("Kedjan krislogg/1 är bruten vid sigill 3") for f in found)


# ---------------------------------------------------------------- rättelse


def test_correction_is_recorded_sealed_and_append_only(demo_db):
    before = seals.minutes_seal(demo_db, 1)
    c = correct(demo_db, SEPT, 3, new_text="Nämnden godkänner sammanträdesordningen för 2017 "
                                    "med ändringen att junimötet flyttas.", reason="Skrivfel: ändringen beslutades "
                                    "på mötet men kom inte med.", corrected_by="Sara Björk",
                                    now=dt.datetime(2016, 10, 3, 9, 0))
    assert (c.version, c.field, c.corrected_by) == (2, "decision", "Sara Björk")
    assert c.old_text == "Arbetsmarknads- och vuxenutbildningsnämnden godkänner sammanträdesordningen för 2017."
    item = demo_db.execute("SELECT decision FROM agenda_item WHERE id = ?", [c.item_id]).fetchone()[0]
    assert item == c.old_text  # the adjusted original stays as adjusted
    assert seals.minutes_seal(demo_db, 1) != before and seals.minutes_seal(demo_db, 1, original=True) == before
    assert texts(demo_db) == []
    with pytest.raises(sqlite3.IntegrityError, match="rättelse"):
        demo_db.execute("UPDATE minutes_correction SET reason = 'x'")
    with pytest.raises(sqlite3.IntegrityError, match="rättelse"):
        demo_db.execute("DELETE FROM minutes_correction")
    second = correct(demo_db, SEPT, 3, new_text="Tredje lydelsen.", reason="Ny rättelse.",
                                         corrected_by="Sara Björk")
    assert (second.version, second.old_text) == (3, c.new_text)


@pytest.mark.parametrize(("date", "section", "kwargs", "message"), [
    (dt.date(2016, 10, 20), 1, {}, "inte justerat"),
    (SEPT, 3, {"reason": " "}, "Skäl: ange varför"),
    (SEPT, 3, {"corrected_by": ""}, "Rättad av"),
    (SEPT, 3, {"new_text": "Arbetsmarknads- och vuxenutbildningsnämnden godkänner sammanträdesordningen för 2017."},
     "finns inget att rätta"),
])
def test_correction_refusals(demo_db, date, section, kwargs, message):
    args = {"new_text": "Ny lydelse.", "reason": "Skrivfel.", "corrected_by": "Sara Björk", **kwargs}
    with pytest.raises(Exception, match=message):
        correct(demo_db, date, section, **args)
    assert demo_db.execute("SELECT count(*) FROM minutes_correction").fetchone()[0] == 0


def test_attack_on_a_correction_is_named(demo_db_path):
    db = connect(demo_db_path)
    correct(db, SEPT, 3, new_text="Ny lydelse.", reason="Skrivfel.", corrected_by="Sara Björk")
    db.close()
    con = raw(demo_db_path)
    con.execute("DROP TRIGGER minutes_correction_no_update")
    con.execute("UPDATE minutes_correction SET reason = 'Politiskt önskemål.'")
    con.close()
    found = texts(connect(demo_db_path))
    assert "Rättelsen av protokollet från 2016-09-22, § 3 (version 2) har ändrats efter att den förseglades." in found


def test_protecting_triggers_are_all_checked():
    ref = seals.reference_schema()
    for name in lifecycle.PROTECTING_TRIGGERS + ("crisis_log_entry_no_update", "seal_no_delete"):
        assert ("trigger", name) in ref


# ---------------------------------------------------------------- migration


def test_migration_seals_existing_history_as_found(tmp_path):
    """A database from before the seals: its adjusted minutes and log are sealed by the
    migration, nedtaget becomes a valid state, and old states keep working."""
    from uppfoljning_desktop.store import schema

    path = tmp_path / "old.sqlite"
    db = connect(path)
    schema.apply_migrations(db, stop_before=("lifecycle", "m001_meeting_lifecycle"))
    db.execute("INSERT INTO committee (administration_id, name, code) VALUES (1, 'Nämnden', 'N')")
    db.execute("INSERT INTO meeting (committee_id, date, state, minutes_finalised, adjusters, adjustment_date) "
               "VALUES (1, '2016-09-22', 'anslaget', 1, '[\"A\"]', '2016-09-29')")
    db.execute("INSERT INTO meeting (committee_id, date, state) VALUES (1, '2016-10-20', 'kallat')")
    db.execute("INSERT INTO agenda_item (meeting_id, position, title, decision, section_no) "
               "VALUES (1, 1, 'Budget', 'Antas.', 1)")
    db.execute("INSERT INTO crisis_event (name, started_at, is_exercise) VALUES ('Övning', '2016-10-05T09:00:00', 1)")
    for n in (1, 2):
        db.execute("INSERT INTO crisis_log_entry (event_id, number, created_at, entry_type, text) "
                   "VALUES (1, ?, '2016-10-05T09:0?:00', 'information', 'Post')".replace("?:00", f"{n}:00"), [n])
    schema.apply_migrations(db)
    assert db.execute("SELECT count(*) FROM seal").fetchone()[0] == 3
    assert texts(db) == []
    assert [m.state for m in meeting_store.list_meetings(db)] == [MeetingState.POSTED, MeetingState.NOTICE_SENT]
    db.execute("UPDATE meeting SET state = 'nedtaget', taken_down_on = '2016-10-24' WHERE id = 1")
    assert meeting_store.get_meeting(db, 1).state is MeetingState.TAKEN_DOWN
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_attack_drop_the_seal_table(demo_db_path):
    con = raw(demo_db_path)
    con.execute("PRAGMA writable_schema=ON")
    con.execute("DELETE FROM sqlite_master WHERE tbl_name = 'seal'")
    con.execute("PRAGMA writable_schema=OFF")
    con.close()
    assert texts(connect(demo_db_path)) == ["Tabellen seal saknas: sigillen har tagits bort."]


def test_removing_people_from_the_organisation_keeps_adjusted_minutes(demo_db):
    """Members and officials may leave the organisation: their rows in adjusted minutes
    (attendance, the absence contact) lose the link, not the text, and the seals hold."""
    from uppfoljning_desktop.store import organisation as org

    member = demo_db.execute("SELECT member_id FROM attendance WHERE meeting_id = 1 AND member_id IS NOT NULL "
                             "AND replaces_name = '' LIMIT 1").fetchone()[0]
    replaced = demo_db.execute("SELECT replaces_member_id FROM attendance WHERE replaces_member_id IS NOT NULL"
                               ).fetchone()[0]
    contact = demo_db.execute("SELECT absence_contact_id FROM meeting WHERE id = 1").fetchone()[0]
    org.delete_member(demo_db, member)
    org.delete_member(demo_db, replaced)
    if contact is not None:
        org.delete_official(demo_db, contact)
    assert texts(demo_db) == []


def test_the_vote_of_adjusted_minutes_is_refused_politely_and_seen_when_forced(demo_db_path):
    """The beslutsgång (KL 5:67) is part of the sealed protokoll: a changed vote in the
    demo's contested § is refused by its trigger, and found by check when forced."""
    con = raw(demo_db_path)
    question = con.execute("SELECT q.id, a.section_no FROM question q JOIN agenda_item a ON a.id = q.item_id "
                           "JOIN ballot b ON b.question_id = q.id WHERE a.meeting_id = 1 LIMIT 1").fetchone()
    assert question is not None, "the demo's contested item has a roll-call vote"
    with pytest.raises(sqlite3.IntegrityError, match="justerat"):
        con.execute("UPDATE ballot SET answer = 'Avstår' WHERE question_id = ?", [question[0]])
    with pytest.raises(sqlite3.IntegrityError, match="justerat"):
        con.execute("DELETE FROM statement WHERE item_id IN (SELECT id FROM agenda_item WHERE meeting_id = 1)")
    con.execute("DROP TRIGGER ballot_adjusted_no_update")
    con.execute("UPDATE ballot SET answer = 'Avstår' WHERE question_id = ?", [question[0]])
    con.close()
    found = texts(connect(demo_db_path))
    assert "Skyddet (triggern) ballot_adjusted_no_update saknas: någon har tagit bort den." in found
    assert any(f.startswith(f"Protokollet från 2016-09-22, § {question[1]} (") for f in found)
