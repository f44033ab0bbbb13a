"""The window and the database's safety: read-only locations, the shared instance lock,
a damaged database's failed daily backup (issue 11, points 3 and 4)."""

from __future__ import annotations

import sqlite3

from tests import faults
from uppfoljning_desktop.store import connection
from uppfoljning_desktop.store.lock import holding_lock


def test_a_read_only_database_opens_read_only_and_the_window_says_so(open_window, demo_db_path, monkeypatch, messages):
    monkeypatch.setattr(connection, "is_read_only_location", lambda path: True)
    faults.checkpoint(demo_db_path)
    before = demo_db_path.read_bytes()
    window = open_window(demo_db_path)
    assert window.session.read_only
    assert "skrivskyddad" in window.windowTitle()
    assert "skrivskyddad" in window.path_label.text()
    assert not window.backup_action.isEnabled() and not window.restore_action.isEnabled()
    # reading works …
    page = window.show_area("organisation")
    assert page.admin_form.nameEdit.text() == "Arbetsmarknads- och vuxenutbildningsförvaltningen"
    # … a write is refused in Swedish, and the file is unchanged
    model = page.units.model
    assert not model.setData(model.index(0, 0), "Nytt namn")
    assert any("går inte att skriva" in e for e in messages.errors), messages.errors
    window.close()
    assert demo_db_path.read_bytes() == before


def test_the_window_is_refused_while_a_command_writes(open_window, demo_db_path, qtbot, messages):
    with holding_lock(demo_db_path, "kommandot 'excel import'"):
        window = open_window(demo_db_path, wait=False)
        qtbot.waitUntil(lambda: bool(messages.errors), timeout=10000)
    assert "används just nu av ett Uppföljning-kommando" in messages.errors[0]
    assert not window.session.is_open
    window.session.open(demo_db_path, window)  # the command is done: now it opens
    qtbot.waitUntil(lambda: window.session.is_open, timeout=15000)


def test_a_failed_daily_backup_is_shown_but_the_database_opens(open_window, demo_db_path, messages, qtbot):
    faults.damage_page(demo_db_path, "outcome")  # the goals area is damaged, the rest reads
    window = open_window(demo_db_path)
    assert window.session.is_open
    # the daily backup runs in the background once the window is ready; its failure is a warning
    qtbot.waitUntil(lambda: "klarade inte kontrollen" in window.statusBar().currentMessage(), timeout=10000)
    assert window.statusBar().currentMessage().startswith("Varning: dagens säkerhetskopia misslyckades.")
    page = window.show_area("crisis")
    assert page is not None
    con = sqlite3.connect(demo_db_path)
    assert con.execute("SELECT count(*) FROM crisis_log_entry").fetchone()[0] > 0
    con.close()


def test_a_database_that_does_not_open_can_be_restored_from_the_window(open_window, demo_db_path, qtbot, messages):
    from uppfoljning_desktop.store.backup import create_backup, list_backups
    from uppfoljning_desktop.store.connection import connect

    db = connect(demo_db_path)
    good = create_backup(db, demo_db_path)
    db.close()
    faults.truncate(demo_db_path, 0.02)  # only the first pages are left
    window = open_window(demo_db_path, wait=False)
    qtbot.waitUntil(lambda: bool(messages.errors), timeout=10000)
    assert not window.session.is_open
    assert "skadad" in messages.errors[0]
    messages.choice = 0  # the newest (good) backup
    messages.answer_yes = True
    with qtbot.waitSignal(window.session.opened, timeout=15000):
        window.restore_dialog()
    assert window.session.is_open and window.session.path == demo_db_path.resolve()
    assert [b.path for b in list_backups(demo_db_path)][-1] == good
    con = sqlite3.connect(demo_db_path)
    assert con.execute("SELECT count(*) FROM crisis_log_entry").fetchone()[0] > 0
    con.close()


def test_after_a_read_only_database_a_writable_one_gets_its_actions_back(open_window, demo_db_path, tmp_path,
                                                                          monkeypatch, qtbot):
    import shutil

    other = shutil.copyfile(demo_db_path, tmp_path / "andra.sqlite")
    monkeypatch.setattr(connection, "is_read_only_location", lambda path: path.name == "demo.sqlite")
    window = open_window(demo_db_path)
    assert not window.restore_action.isEnabled()
    with qtbot.waitSignal(window.session.opened, timeout=15000):
        window.session.open(other, window)
    assert not window.session.read_only
    assert window.restore_action.isEnabled() and window.backup_action.isEnabled()
    assert "skrivskyddad" not in window.windowTitle()
