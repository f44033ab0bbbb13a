"""The Sammanträdesplan page: the year at a glance, editing in the list, actions."""

from __future__ import annotations

import dataclasses
import datetime as dt

from tests.schedule_seed import MEETINGS_2017
from uppfoljning_desktop.store import meetings
from uppfoljning_desktop.store import schedule as store


def _page(open_window, path):
    window = open_window(path)
    page = window.show_area("schedule")
    assert page.year.value() == dt.date.today().year + 1  # opens on the year ahead
    page.year.setValue(2017)  # the demo's plan year
    return window, page


def _row_of(page, iso: str, kind: str = "Sammanträde") -> int:
    for r in range(page.table.rowCount()):
        if page.table.item(r, 0).text() == iso and page.table.item(r, 2).text().strip() == kind:
            return r
    raise AssertionError(iso)


def test_page_shows_the_demo_year(open_window, demo_db_path):
    _, page = _page(open_window, demo_db_path)
    assert page.year.value() == 2017
    assert page.table.rowCount() == 33
    assert page.view.meetings == set(MEETINGS_2017)
    assert dt.date(2017, 5, 25) in page.view.holidays
    assert page.conflicts.count() == 0 and "Inga konflikter" in page.conflicts_label.text()
    page.view.day_clicked.emit(dt.date(2017, 3, 9))
    assert page.table.item(page.table.currentRow(), 0).text() == "2017-03-09"


def test_typing_a_holiday_date_shows_the_conflict_and_bad_text_an_error(open_window, demo_db_path, messages):
    window, page = _page(open_window, demo_db_path)
    page.table.item(_row_of(page, "2017-05-11"), 0).setText("2017-05-25")
    assert page.conflicts.count() == 1
    assert "Kristi himmelsfärdsdag" in page.conflicts.item(0).text()
    assert dt.date(2017, 5, 25) in page.view.conflicts
    # the preparations moved along with the meeting
    assert _row_of(page, "2017-05-22", "Oppositionsberedning") >= 0
    page.table.item(_row_of(page, "2017-02-09"), 0).setText("9 feb")
    assert messages.errors and "ÅÅÅÅ-MM-DD" in messages.errors[-1]
    assert store.get_plan(window.session.db, 2017).event("m02").date == dt.date(2017, 2, 9)
    page.table.item(_row_of(page, "2017-02-09"), 3).setText("18:00-21:00")
    assert store.get_plan(window.session.db, 2017).event("m02").start == dt.time(18)


def test_generate_add_remove_and_create(open_window, demo_db_path, messages, qtbot):
    window, page = _page(open_window, demo_db_path)
    rule = dataclasses.replace(store.get_plan(window.session.db, 2017).rule, year=2018, preferred_week=2)
    page.generate_from(rule)
    assert page.year.value() == 2018 and page.table.rowCount() == 33
    assert any("Kristi himmelsfärdsdag" in i for i in messages.infos)  # 10 May 2018, 2nd Thursday
    page.view.select(dt.date(2018, 7, 5))
    page.add_meeting()
    assert page.table.rowCount() == 36
    page.table.selectRow(_row_of(page, "2018-07-05"))
    page.remove_selected()
    assert page.table.rowCount() == 33 and "beredningar tas också bort" in messages.questions[-1]
    messages.choice = 0  # "Inget ärende nu"
    page.create_year()
    qtbot.waitUntil(lambda: any("sammanträden skapades" in i for i in messages.infos), timeout=10000)
    assert len(meetings.list_meetings(window.session.db, year=2018)) == 11
    assert "11 av sammanträdena är skapade" in page.status.text()


def test_save_pdf_and_ics_through_tasks(open_window, demo_db_path, messages, qtbot, tmp_path):
    _, page = _page(open_window, demo_db_path)
    messages.save_file = str(tmp_path / "s.pdf")
    page.save_pdf()
    qtbot.waitUntil(lambda: (tmp_path / "s.pdf").exists() and bool(messages.infos), timeout=15000)
    messages.save_file = str(tmp_path / "s.ics")
    page.save_ics()
    qtbot.waitUntil(lambda: any("33 händelser" in i for i in messages.infos), timeout=10000)
    assert (tmp_path / "s.ics").read_bytes().startswith(b"BEGIN:VCALENDAR")


def test_create_year_of_a_plan_without_meetings_says_so(open_window, demo_db_path, messages, qtbot):
    """A plan whose every meeting was removed: the action explains instead of crashing."""
    window, page = _page(open_window, demo_db_path)
    rule = dataclasses.replace(store.get_plan(window.session.db, 2017).rule, year=2018,
                               meetings_per_month=dict.fromkeys(range(1, 13), 0))
    page.generate_from(rule)
    assert page.plan is not None and page.plan.meetings == []
    messages.choice = 0
    page.create_year()
    qtbot.waitUntil(lambda: any("inga sammanträden att skapa" in e for e in messages.errors), timeout=10000)
    assert meetings.list_meetings(window.session.db, year=2018) == []
