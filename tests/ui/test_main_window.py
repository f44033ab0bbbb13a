"""The main window on real databases: areas, organisation editing, File menu actions."""

from __future__ import annotations

import sqlite3

from PySide6.QtWidgets import QLabel

from tests.helpers import type_text
from uppfoljning_desktop.store.backup import list_backups
from uppfoljning_desktop.ui.areas import AREAS, NotAvailablePage
from uppfoljning_desktop.ui.main_window import MainWindow


def test_visit_every_area_edit_organisation_and_find_it_after_reopening(open_window, demo_db_path, qtbot, messages):
    window = open_window(demo_db_path)
    window.resize(1024, 700)
    assert window.nav.isEnabled()
    assert str(demo_db_path.resolve()) in window.path_label.text()
    for area in AREAS:
        page = window.show_area(area.key)
        assert window.current_page() is page
        if isinstance(page, NotAvailablePage):
            label = page.findChild(QLabel, "notAvailableLabel")
            assert "inte tillgängligt ännu" in label.text()
            assert page.findChildren(type(window.no_db_page.open_button)) == []  # no fake buttons
    # Every page fits a 1024-pixel-wide laptop screen (pages scroll rather than widen the window).
    assert window.minimumSizeHint().width() <= 1024

    page = window.show_area("organisation")
    assert page.admin_form.nameEdit.text() == "Arbetsmarknads- och vuxenutbildningsförvaltningen"
    type_text(page.admin_form.visitingEdit, "Munkhättevägen 45, Tumba, plan 9")
    page.tabs.setCurrentIndex(1)
    type_text(page.committee_form.committeeNameEdit, "Arbetsmarknads- och vuxenutbildningsnämnden i Botkyrka")
    assert messages.errors == []
    window.close()

    again = open_window(demo_db_path)
    page = again.show_area("organisation")
    assert page.admin_form.visitingEdit.text() == "Munkhättevägen 45, Tumba, plan 9"
    assert page.committee_form.committeeNameEdit.text() == "Arbetsmarknads- och vuxenutbildningsnämnden i Botkyrka"


def test_invalid_field_is_shown_inline_and_not_saved(open_window, demo_db_path):
    window = open_window(demo_db_path)
    page = window.show_area("organisation")
    type_text(page.admin_form.emailEdit, "avux.botkyrka.se")
    assert "ingen giltig e-postadress" in page.admin_form.errorLabel.text()
    con = sqlite3.connect(demo_db_path)
    assert con.execute("SELECT email FROM administration").fetchone()[0] == "avux@botkyrka.example"
    con.close()


def test_add_edit_and_remove_units_in_the_table(open_window, demo_db_path, messages):
    window = open_window(demo_db_path)
    page = window.show_area("organisation")
    editor = page.units
    editor.add_button.click()
    model = editor.model
    row = model.rowCount() - 1
    assert model.rows[row].id is None  # a placeholder, not stored until named
    assert model.setData(model.index(row, 0), "Sfi")
    assert model.setData(model.index(row, 2), "rektor.sfi@botkyrka.example")
    # a duplicate name is refused with a Swedish message, the old value stays
    assert not model.setData(model.index(row, 0), "Jobbcenter")
    assert "\"Jobbcenter\" finns redan" in messages.errors[-1]
    assert model.rows[row].name == "Sfi"
    con = sqlite3.connect(demo_db_path)
    assert con.execute("SELECT head_email FROM unit WHERE name = 'Sfi'").fetchone()[0] == "rektor.sfi@botkyrka.example"
    editor.view.setCurrentIndex(model.index(row, 0))
    editor.remove_selected()
    assert con.execute("SELECT count(*) FROM unit WHERE name = 'Sfi'").fetchone()[0] == 0
    con.close()


def test_member_role_is_a_choice_and_dates_are_checked(open_window, demo_db_path, messages):
    window = open_window(demo_db_path)
    page = window.show_area("organisation")
    model = page.members.model
    assert model.setData(model.index(0, 2), "vice ordförande")
    assert model.rows[0].role.value == "vice ordförande"
    assert not model.setData(model.index(0, 3), "1 januari 2015")
    assert "ÅÅÅÅ-MM-DD" in messages.errors[-1]


def test_not_a_database_gives_a_message_and_the_file_is_untouched(open_window, tmp_path, qtbot, messages):
    path = tmp_path / "anteckningar.txt"
    path.write_text("Det här är ingen databas.\n" * 20, encoding="utf-8")
    window = open_window(path, wait=False)
    qtbot.waitUntil(lambda: bool(messages.errors), timeout=10000)
    assert "ingen Uppföljning-databas" in messages.errors[0]
    assert "ingen Uppföljning-databas" in window.no_db_page.label.text()
    assert window.no_db_page.open_button.isVisible()
    assert not window.nav.isEnabled()
    assert path.read_text(encoding="utf-8").startswith("Det här är ingen databas.")


def test_a_second_instance_on_the_same_file_is_told_so(open_window, demo_db_path, qtbot, messages):
    first = open_window(demo_db_path)
    second = open_window(demo_db_path, wait=False)
    qtbot.waitUntil(lambda: bool(messages.errors), timeout=10000)
    assert "redan öppen i ett annat Uppföljning-fönster" in messages.errors[0]
    assert first.session.is_open and not second.session.is_open


def test_backup_now_and_restore_from_the_gui(open_window, demo_db_path, qtbot, messages):
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.session.daily_backup_done, timeout=15000):  # made in the background
        window.session.open(demo_db_path, window)
    window.backup_now()
    qtbot.waitUntil(lambda: bool(messages.infos), timeout=10000)
    assert "Säkerhetskopian sparades" in messages.infos[0]
    backups = list_backups(demo_db_path)
    assert backups[0].reason == "manuell"  # the newest; the daily one was made at start
    assert {b.reason for b in backups} == {"manuell", "daglig"}

    page = window.show_area("organisation")
    type_text(page.admin_form.municipalityEdit, "Felstavad kommun")
    messages.choice = 0  # the newest backup
    messages.answer_yes = True
    with qtbot.waitSignal(window.session.opened, timeout=15000):
        window.restore_dialog()
    page = window.show_area("organisation")
    assert page.admin_form.municipalityEdit.text() == "Botkyrka kommun"
    assert {b.reason for b in list_backups(demo_db_path)} == {"manuell", "daglig", "fore-aterstallning"}
    assert messages.errors == []


def test_new_database_from_the_file_menu(open_window, demo_db_path, tmp_path, qtbot, messages):
    window = open_window(demo_db_path)
    target = tmp_path / "ny.sqlite"
    messages.save_file = str(target)
    with qtbot.waitSignal(window.session.opened, timeout=15000):
        window.new_database_dialog()
    assert window.session.path == target.resolve()
    assert window.current_page() is window.pages["organisation"]  # empty db: start there
    messages.save_file = str(demo_db_path)
    window.new_database_dialog()
    assert "finns redan" in messages.infos[-1]


def test_the_daily_backup_runs_after_the_window_is_ready(open_window, demo_db_path, qtbot):
    from uppfoljning_desktop.ui.main_window import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    at_ready: list = []
    window.session.opened.connect(lambda: at_ready.append(list_backups(demo_db_path)))
    with qtbot.waitSignal(window.session.daily_backup_done, timeout=15000):
        window.session.open(demo_db_path, window)
    assert at_ready == [[]]  # ready first: the copy did not delay it
    assert [b.reason for b in list_backups(demo_db_path)] == ["daglig"]
    assert "säkerhetskopia är sparad" in window.statusBar().currentMessage()
    window.session.close()


def test_a_failed_daily_backup_warns_and_the_window_stays_usable(open_window, demo_db_path, qtbot, monkeypatch):
    from uppfoljning_desktop.errors import BackupFailed
    from uppfoljning_desktop.store import backup

    def fail(*_a, **_k):
        raise BackupFailed("Säkerhetskopian kunde inte skrivas till mappen.", hint="Disken är full.")

    monkeypatch.setattr(backup, "create_backup", fail)
    window = open_window(demo_db_path, wait=False)
    qtbot.waitUntil(lambda: "Varning" in window.statusBar().currentMessage(), timeout=10000)
    assert "Disken är full" in window.statusBar().currentMessage()
    assert window.session.is_open and window.nav.isEnabled()
