"""The one helper for work off the GUI thread: results, known failures, bugs, progress."""

from __future__ import annotations

import threading

from uppfoljning_desktop.errors import UserError
from uppfoljning_desktop.ui.tasks import call, run_task


def test_result_arrives_on_the_gui_thread(qtbot):
    seen = {}
    gui = threading.get_ident()

    def work():
        seen["worker"] = threading.get_ident()
        return 42

    task = run_task(None, work, on_success=lambda r: seen.update(result=r, thread=threading.get_ident()))
    qtbot.waitUntil(lambda: "result" in seen, timeout=5000)
    assert seen["result"] == 42 and seen["thread"] == gui and seen["worker"] != gui
    assert task.fn is work


def test_known_failure_is_shown_in_swedish(qtbot, messages):
    def work():
        raise UserError("Filen X.xlsx är ingen arbetsbok.", hint="Välj en .xlsx-fil.")

    run_task(None, work)
    qtbot.waitUntil(lambda: bool(messages.errors), timeout=5000)
    assert messages.errors == ["Filen X.xlsx är ingen arbetsbok. Välj en .xlsx-fil."]


def test_a_bug_is_logged_and_the_user_gets_no_traceback(qtbot, messages, caplog):
    run_task(None, lambda: {}["saknas"])
    qtbot.waitUntil(lambda: bool(messages.errors), timeout=5000)
    assert messages.errors[0].startswith("Ett oväntat fel inträffade.")
    assert "Traceback" in caplog.text and "KeyError" in caplog.text


def test_progress_callback_and_status_bar(qtbot):
    from PySide6.QtWidgets import QMainWindow

    window = QMainWindow()
    qtbot.addWidget(window)
    window.show()
    done = []

    def work(progress):
        for i in range(3):
            progress(i + 1, 3, f"Fil {i + 1} av 3")
        return "klart"

    run_task(window, work, with_progress=True, label="Importerar …", on_success=done.append)
    assert window.statusBar().currentMessage() == "Importerar …"
    qtbot.waitUntil(lambda: bool(done), timeout=5000)
    assert done == ["klart"]  # work() got its progress callback and ran to the end
    assert window.statusBar().currentMessage() == ""


def test_call_reports_failures_and_returns_ok_flag(messages):
    assert call(None, lambda: 5) == (True, 5)
    ok, result = call(None, lambda: (_ for _ in ()).throw(UserError("Fel i fältet Namn")))
    assert (ok, result) == (False, None)
    assert messages.errors == ["Fel i fältet Namn"]
