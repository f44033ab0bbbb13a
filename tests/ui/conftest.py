"""GUI test helpers: no modal dialog may block a test, Swedish text is typed safely."""

from __future__ import annotations

from dataclasses import dataclass, field

import pytest


@dataclass
class MessageLog:
    """What the app tried to tell or ask the user (instead of modal boxes)."""

    errors: list[str] = field(default_factory=list)
    infos: list[str] = field(default_factory=list)
    questions: list[str] = field(default_factory=list)
    answer_yes: bool = True
    open_file: str = ""
    save_file: str = ""
    directory: str = ""
    choice: int | None = 0
    findings: list = field(default_factory=list)  # what the publication check showed
    findings_answer: str | None = "maskera"  # decision for every finding, None = cancel
    # Spara / Spara inte / Avbryt before unsaved edits are left ("save", "discard",
    # "cancel"); discarding by default keeps tests that do not care as they were.
    unsaved_answer: str = "discard"
    unsaved: list[str] = field(default_factory=list)
    # The print dialog: "print" to this PDF file (empty: the dialog is cancelled).
    print_to: str = ""
    printed: list[str] = field(default_factory=list)

    @property
    def all(self) -> list[str]:
        return self.errors + self.infos + self.questions


@pytest.fixture(autouse=True)
def messages(monkeypatch) -> MessageLog:
    from uppfoljning_desktop.ui import messages as m

    log = MessageLog()

    def show_error(parent, exc, title=""):
        text, hint = m.error_text(exc)
        log.errors.append(f"{text} {hint}".strip())

    monkeypatch.setattr(m, "show_error", show_error)
    monkeypatch.setattr(m, "show_info", lambda parent, text, title="": log.infos.append(text))
    monkeypatch.setattr(
        m, "ask_yes_no", lambda parent, q, title="": (log.questions.append(q), log.answer_yes)[1]
    )
    monkeypatch.setattr(
        m, "ask_unsaved", lambda parent, q, title="": (log.unsaved.append(q), log.unsaved_answer)[1]
    )

    def ask_print(parent, printer):
        if not log.print_to:
            return False
        from PySide6.QtPrintSupport import QPrinter

        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(log.print_to)
        printer.setResolution(96)  # pages as images at 96 dpi: fast enough for tests
        log.printed.append(log.print_to)
        return True

    monkeypatch.setattr(m, "ask_print", ask_print)
    monkeypatch.setattr(m, "get_open_file_name", lambda *a, **k: log.open_file)
    monkeypatch.setattr(m, "get_save_file_name", lambda *a, **k: log.save_file)
    monkeypatch.setattr(m, "get_existing_directory", lambda *a, **k: log.directory)
    monkeypatch.setattr(m, "choose_item", lambda parent, title, label, items: log.choice)

    def review_findings(parent, findings):
        from uppfoljning_desktop.domain.publication import Decision

        log.findings.extend(findings)
        if log.findings_answer is None:
            return None
        return {f.key: Decision(log.findings_answer) for f in findings}

    monkeypatch.setattr(m, "review_findings", review_findings)
    return log


@pytest.fixture
def open_window(qtbot):
    """Open the main window on a database and wait until it is open."""
    from uppfoljning_desktop.ui.main_window import MainWindow

    windows = []

    def _open(path, *, wait: bool = True):
        window = MainWindow()
        qtbot.addWidget(window)
        window.show()
        windows.append(window)
        if wait:
            with qtbot.waitSignal(window.session.opened, timeout=15000):
                window.session.open(path, window)
        else:
            window.session.open(path, window)
        return window

    yield _open
    for w in windows:
        w.session.close()
