"""Preview and print everywhere through the shared document view (ui/document_view.py):
every area's document opens in the view, prints through a QPrinter (to a PDF file here)
and saves; in crisis mode Ctrl+P prints the decision log at once."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from uppfoljning_desktop.reports.base import extract_text


def _pdf_pages(path) -> int:
    from pypdf import PdfReader

    return len(PdfReader(str(path)).pages)


def _wait_dialog(qtbot, owner, task):
    qtbot.waitUntil(lambda: getattr(owner, "document_dialog", None) is not None
                    and owner.document_dialog.viewer.path is not None, timeout=20000)
    del task
    return owner.document_dialog.viewer


def test_print_meeting_document_through_printer(open_window, demo_db_path, qtbot, messages, tmp_path):
    window = open_window(demo_db_path)
    page = window.show_area("meetings")
    page.select_meeting_by_date(dt.date(2016, 9, 22))
    tab = page.preview_tab
    page.tabs.setCurrentWidget(tab)
    assert not tab.print_button.isEnabled()
    tab.select("kallelse")
    with qtbot.waitSignal(tab.loaded, timeout=20000):
        tab.show_button.click()
    pages = tab.document.pageCount()
    assert tab.status.text() == (f"{pages} sidor" if pages != 1 else "1 sida")
    messages.print_to = ""  # the dialog cancelled: nothing printed
    assert not tab.viewer.print_with_dialog()
    messages.print_to = str(tmp_path / "utskrift.pdf")
    with qtbot.waitSignal(tab.viewer.printed, timeout=20000) as printed:
        tab.print_button.click()
    assert printed.args == [pages] and _pdf_pages(tmp_path / "utskrift.pdf") == pages
    messages.save_file = str(tmp_path / "kallelse.pdf")
    tab.viewer.save_button.click()
    assert "KALLELSE" in extract_text(messages.save_file)


@pytest.mark.parametrize("area, start, expected", [
    ("schedule", lambda page: (page.year.setValue(2017), page.preview_pdf())[1], "Sammanträdesordning"),
    ("goals", lambda page: page.preview_pdf(), "Måluppföljning"),
    ("delegation", lambda page: page.preview_report(), "delegationsbeslut"),
])
def test_print_preview_in_every_area(open_window, demo_db_path, qtbot, messages, tmp_path, area, start, expected):
    window = open_window(demo_db_path)
    page = window.show_area(area)
    messages.choice = 0
    task = start(page)
    assert task is not None
    viewer = _wait_dialog(qtbot, page, task)
    assert viewer.document.pageCount() >= 1 and viewer.print_button.isEnabled()
    messages.save_file = str(tmp_path / f"{area}.pdf")
    assert viewer.save_as() == messages.save_file
    assert expected.casefold() in extract_text(messages.save_file).casefold()
    messages.print_to = str(tmp_path / f"{area}-utskrift.pdf")
    assert viewer.print_with_dialog()
    assert _pdf_pages(messages.print_to) == viewer.document.pageCount()


def test_print_preview_crisis_documents(open_window, demo_db_path, qtbot, messages, tmp_path):
    window = open_window(demo_db_path)
    crisis = window.show_area("crisis")
    editor = crisis.plan_editor
    editor.print_combo.setCurrentIndex(3)  # Kontaktlista
    viewer = _wait_dialog(qtbot, editor, editor.preview_selected())
    messages.save_file = str(tmp_path / "kontakter.pdf")
    viewer.save_as()
    assert "Kontaktlista" in extract_text(messages.save_file)
    mode = crisis.mode
    viewer = _wait_dialog(qtbot, mode, mode.preview_event("lagesbild"))
    assert viewer.document.pageCount() >= 1


@pytest.fixture
def default_printer_to_pdf(monkeypatch, tmp_path):
    """The default printer is a PDF file here (no printer in the test machine)."""
    from PySide6.QtPrintSupport import QPrinter

    from uppfoljning_desktop.ui import document_view

    target = tmp_path / "standardskrivare.pdf"

    def printer():
        p = QPrinter(QPrinter.PrinterMode.HighResolution)
        p.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        p.setOutputFileName(str(target))
        return p

    monkeypatch.setattr(document_view, "default_printer", printer)
    return target


def test_print_crisis_ctrl_p_prints_decision_log_at_once(open_window, demo_db_path, qtbot, messages,
                                                         default_printer_to_pdf):
    window = open_window(demo_db_path)
    crisis = window.show_area("crisis")
    mode = crisis.mode
    crisis.tabs.setCurrentWidget(mode)
    window.activateWindow()
    mode.text_edit.setFocus()
    qtbot.keyClick(mode.text_edit, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: getattr(mode, "printed_log", None) is not None, timeout=20000)
    assert mode.printed_log and default_printer_to_pdf.exists() and _pdf_pages(default_printer_to_pdf) >= 1
    assert messages.printed == [] and messages.save_file == ""  # no dialog of any kind
    assert mode.print_confirmation.isVisible()
    assert "skickades till skrivaren" in mode.print_confirmation.text()
    assert "skickades till skrivaren" in window.statusBar().currentMessage()


def test_print_crisis_ctrl_shift_p_gives_the_dialog(open_window, demo_db_path, qtbot, messages, tmp_path,
                                                    default_printer_to_pdf):
    window = open_window(demo_db_path)
    crisis = window.show_area("crisis")
    mode = crisis.mode
    crisis.tabs.setCurrentWidget(mode)
    window.activateWindow()
    mode.text_edit.setFocus()
    messages.print_to = str(tmp_path / "valda-skrivaren.pdf")
    qtbot.keyClick(mode.text_edit, Qt.Key.Key_P,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: getattr(mode, "printed_log", None) is not None, timeout=20000)
    assert messages.printed == [messages.print_to] and _pdf_pages(messages.print_to) >= 1
    assert not default_printer_to_pdf.exists()
