"""Meetings store: creation with standing items, case numbers, items, attachments,
state changes, moving and postponing, all-or-nothing writes."""

from __future__ import annotations

import datetime as dt

import pytest

from uppfoljning_desktop.domain.meetings import ItemKind, ItemStatus, MeetingState
from uppfoljning_desktop.domain.organisation import Committee
from uppfoljning_desktop.errors import UserError, ValidationFailed
from uppfoljning_desktop.reports.base import Document, Letterhead
from uppfoljning_desktop.store import meeting_items as items
from uppfoljning_desktop.store import meetings as store
from uppfoljning_desktop.store import organisation as org

D = dt.date


@pytest.fixture
def db(fresh_db):
    org.save_committee(fresh_db, Committee(name="Arbetsmarknads- och vuxenutbildningsnämnden", code="AVUX"))
    return fresh_db


def pdf_bytes(text: str = "Bilaga") -> bytes:
    doc = Document(Letterhead("Botkyrka kommun", "Förvaltningen"), title=text)
    return doc.build([doc.p(text)])


def test_create_meeting_gets_standing_items(db):
    m = store.create_meeting(db, D(2016, 9, 22), dt.time(19), "Tumba")
    assert m.state is MeetingState.PLANNED
    titles = [i.title for i in items.list_items(db, m.id)]
    assert titles == ["Val av justerare", "Anmälan av delegationsbeslut", "Meddelanden"]
    assert store.find_meeting_by_date(db, D(2016, 9, 22)).id == m.id
    assert store.find_meeting_by_date(db, D(2016, 9, 23)) is None


def test_custom_standing_items_and_duplicate_meeting(db):
    store.save_standing_items(db, [("Val av justerare", ItemKind.ELECTION, ""),
                                   ("Delegationsbeslut", ItemKind.DELEGATION_REPORT, "AVUX/2015:132")])
    m = store.create_meeting(db, D(2016, 9, 22))
    assert [i.case_number for i in items.list_items(db, m.id)] == ["", "AVUX/2015:132"]
    with pytest.raises(store.DuplicateMeeting, match="2016-09-22"):
        store.create_meeting(db, D(2016, 9, 22))


def test_year_of_meetings_is_all_or_nothing(db):
    store.create_meeting(db, D(2017, 3, 9))
    with pytest.raises(store.DuplicateMeeting):
        store.create_meetings_for_year(db, [D(2017, 1, 19), D(2017, 2, 9), D(2017, 3, 9)])
    assert [m.date for m in store.list_meetings(db)] == [D(2017, 3, 9)]
    made = store.create_meetings_for_year(db, [D(2017, 1, 19), D(2017, 2, 9)], dt.time(18), "Tumba")
    assert [m.date for m in store.list_meetings(db, year=2017)] == [D(2017, 1, 19), D(2017, 2, 9), D(2017, 3, 9)]
    assert made[0].place == "Tumba"


def test_case_number_allocation_per_year(db):
    assert store.allocate_case_number(db, "a", year=2016) == "AVUX/2016:1"
    assert store.register_case_number(db, "avux/2016:59", "Sammanträdesordning") == "AVUX/2016:59"
    assert store.allocate_case_number(db, "b", year=2016) == "AVUX/2016:60"
    assert store.allocate_case_number(db, "c", year=2017) == "AVUX/2017:1"
    with pytest.raises(ValidationFailed, match="mönster"):
        store.register_case_number(db, "AVUX 2016-3")
    assert [r["number"] for r in store.list_case_numbers(db, 2016)] == ["AVUX/2016:1", "AVUX/2016:59", "AVUX/2016:60"]


def test_pattern_without_year_numbers_on_across_years(fresh_db):
    """A pattern without {år} cannot tell the years apart: its serial runs on (a second
    year's "AVUX-1" would collide with the first's), and a typed number takes the
    meeting's year in the register."""
    org.save_committee(fresh_db, Committee(name="Nämnden", code="AVUX", case_number_pattern="{kod}-{löpnr}"))
    first = store.create_meeting(fresh_db, D(2018, 3, 1), with_standing_items=False)
    second = store.create_meeting(fresh_db, D(2019, 3, 7), with_standing_items=False)
    assert items.add_item(fresh_db, first.id, "a").case_number == "AVUX-1"
    assert items.add_item(fresh_db, second.id, "b").case_number == "AVUX-2"
    assert items.add_item(fresh_db, second.id, "c", case_number="avux-40").case_number == "AVUX-40"
    assert items.add_item(fresh_db, first.id, "d").case_number == "AVUX-41"
    assert [(r["number"], r["year"]) for r in store.list_case_numbers(fresh_db)] == [
        ("AVUX-1", 2018), ("AVUX-41", 2018), ("AVUX-2", 2019), ("AVUX-40", 2019)]


def test_add_item_allocates_or_validates(db):
    m = store.create_meeting(db, D(2016, 9, 22))
    a = items.add_item(db, m.id, "Sammanträdesordning 2017", case_number="AVUX/2016:59", proposal="Godkänner.")
    b = items.add_item(db, m.id, "Ny krisplan")
    assert b.case_number == "AVUX/2016:60"
    c = items.add_item(db, m.id, "Information om trainee", kind=ItemKind.ORAL_REPORT, position=1)
    assert c.case_number == ""
    assert [i.title for i in items.list_items(db, m.id)][:2] == ["Information om trainee", "Val av justerare"]
    with pytest.raises(ValidationFailed, match="samma sammanträde"):
        items.add_item(db, m.id, "Dubblett", case_number="AVUX/2016:59")
    with pytest.raises(ValidationFailed, match="mönster"):
        items.add_item(db, m.id, "Fel", case_number="2016/59")
    assert items.get_item_by_number(db, m.id, 1).id == c.id
    a.summary = "I september …"
    assert items.save_item(db, a).summary == "I september …"
    other = store.create_meeting(db, D(2016, 10, 20))
    d = items.add_item(db, other.id, "Sammanträdesordning igen", case_number="AVUX/2016:59")
    assert items.case_number_warnings(db, d) == [
        'AVUX/2016:59 finns också på sammanträdet 2016-09-22 ("Sammanträdesordning 2017")'
    ]


def test_notice_refused_with_list_of_missing(db):
    m = store.create_meeting(db, D(2016, 9, 22), with_standing_items=False)
    items.add_item(db, m.id, "Delegationsbeslut", kind=ItemKind.DELEGATION_REPORT, allocate=False)
    with pytest.raises(store.InvalidStateChange, match="Ärende 1 \\(Delegationsbeslut\\) saknar diarienummer"):
        store.set_state(db, m.id, MeetingState.NOTICE_SENT, today=D(2016, 9, 14))
    assert store.get_meeting(db, m.id).state is MeetingState.PLANNED
    it = items.list_items(db, m.id)[0]
    it.case_number = "AVUX/2015:132"
    items.save_item(db, it)
    sent = store.set_state(db, m.id, MeetingState.NOTICE_SENT, today=D(2016, 9, 14))
    assert sent.state is MeetingState.NOTICE_SENT and sent.notice_sent_on == D(2016, 9, 14)
    with pytest.raises(store.InvalidStateChange, match="kan inte gå från kallat till justerat"):
        store.set_state(db, m.id, MeetingState.ADJUSTED)


def test_adjustment_before_meeting_is_refused(db):
    m = store.create_meeting(db, D(2016, 9, 22))
    m.adjustment_date = D(2016, 9, 20)
    with pytest.raises(ValidationFailed, match="Justeringsdatum: 2016-09-20 ligger före sammanträdet"):
        store.save_meeting(db, m)
    assert store.get_meeting(db, m.id).adjustment_date is None


def test_attachments_stored_in_database(db, tmp_path):
    m = store.create_meeting(db, D(2016, 9, 22))
    it = items.add_item(db, m.id, "Delårsrapport 2", case_number="AVUX/2016:25")
    f = tmp_path / "Delårsrapport.pdf"
    f.write_bytes(pdf_bytes("Delårsrapport 2"))
    a = items.add_attachment_from_file(db, it.id, f)
    f.unlink()  # stored in the database, not linked
    assert a.pages == 1 and a.title == "Delårsrapport"
    assert items.attachment_data(db, a.id).startswith(b"%PDF")
    bad = tmp_path / "anteckningar.pdf"
    bad.write_bytes("Detta är ingen pdf".encode())
    with pytest.raises(items.AttachmentNotPdf, match="anteckningar.pdf"):
        items.add_attachment_from_file(db, it.id, bad)
    with pytest.raises(items.AttachmentNotPdf, match="trasig.pdf"):
        items.add_attachment(db, it.id, "trasig.pdf", b"%PDF-1.4\n garbage")
    assert len(items.list_attachments(db, it.id)) == 1


def test_move_and_postpone_keep_history(db):
    sept = store.create_meeting(db, D(2016, 9, 22), with_standing_items=False)
    octo = store.create_meeting(db, D(2016, 10, 20), with_standing_items=False)
    it = items.add_item(db, sept.id, "Nytt personuppgiftsombud", case_number="AVUX/2016:70")
    items.add_attachment(db, it.id, "ombud.pdf", pdf_bytes())
    moved = items.move_item(db, it.id, octo.id)
    assert items.get_item(db, it.id).status is ItemStatus.MOVED
    assert items.list_items(db, sept.id) == []
    assert moved.meeting_id == octo.id and moved.case_number == "AVUX/2016:70"
    assert len(items.list_attachments(db, moved.id)) == 1
    texts = [h.text for h in items.list_history(db, moved.id)]
    assert texts[0].startswith("Lades upp på sammanträdet 2016-09-22")
    assert any("Flyttades 2016-09-22 till sammanträdet 2016-10-20" in t for t in texts)
    with pytest.raises(Exception, match="senare sammanträde"):
        items.move_item(db, moved.id, sept.id)
    nov = store.create_meeting(db, D(2016, 11, 17), with_standing_items=False)
    back = items.postpone_item(db, moved.id, nov.id)
    assert items.get_item(db, moved.id).status is ItemStatus.POSTPONED
    assert [i.id for i in items.list_items(db, octo.id)] == [moved.id]  # still minuted as "bordlagt"
    assert back.moved_from_item_id == moved.id


def test_an_item_is_carried_on_only_once(db):
    """A postponed (or moved) item already has its copy on the later meeting: postponing
    or moving it again would put the same case on the agendas twice."""
    sept = store.create_meeting(db, D(2016, 9, 22), with_standing_items=False)
    octo = store.create_meeting(db, D(2016, 10, 20), with_standing_items=False)
    nov = store.create_meeting(db, D(2016, 11, 17), with_standing_items=False)
    it = items.add_item(db, sept.id, "Nytt personuppgiftsombud", case_number="AVUX/2016:70")
    items.postpone_item(db, it.id, octo.id)
    for again in (items.postpone_item, items.move_item):
        with pytest.raises(UserError, match="redan bordlagt"):
            again(db, it.id, nov.id)
    moved = items.move_item(db, items.list_items(db, octo.id)[0].id, nov.id)
    with pytest.raises(UserError, match="redan flyttat"):
        items.postpone_item(db, moved.moved_from_item_id, nov.id)
    assert [i.title for i in items.list_items(db, nov.id)] == ["Nytt personuppgiftsombud"]


def test_reorder(db):
    m = store.create_meeting(db, D(2016, 9, 22))
    ids = [i.id for i in items.list_items(db, m.id)]
    items.reorder_items(db, m.id, list(reversed(ids)))
    assert [i.id for i in items.list_items(db, m.id)] == list(reversed(ids))
    with pytest.raises(Exception, match="Ordningen"):
        items.reorder_items(db, m.id, ids[:1])
