"""Every message box and file dialog goes through here, so tests can patch them.

Known failures (``UserError``) are shown as they are, in Swedish; anything else is a
bug: logged with its traceback, and the user gets a short apology instead of Python.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from uppfoljning_desktop.ui.i18n import tr


def error_text(exc: BaseException) -> tuple[str, str]:
    """(message, details) for an exception: a UserError's own words, or a bug notice."""
    from uppfoljning_desktop.errors import UserError  # imported late: start-up time

    if isinstance(exc, UserError):
        return exc.message, exc.hint
    import logging
    import traceback

    logging.getLogger("uppfoljning").error("Oväntat fel:\n%s", "".join(traceback.format_exception(exc)))
    return (
        tr("Ett oväntat fel inträffade. Det du sparat tidigare finns kvar."),
        f"{type(exc).__name__}: {exc}",
    )


def show_error(parent: QWidget | None, exc: BaseException, title: str = "") -> None:
    from PySide6.QtWidgets import (
        QMessageBox,  # dialogs are imported when first shown (start-up time)
    )

    message, details = error_text(exc)
    box = QMessageBox(QMessageBox.Icon.Warning, title or tr("Uppföljning"), message, parent=parent)
    if details:
        box.setInformativeText(details)
    box.exec()


def show_info(parent: QWidget | None, message: str, title: str = "") -> None:
    from PySide6.QtWidgets import QMessageBox

    QMessageBox.information(parent, title or tr("Uppföljning"), message)


def ask_yes_no(parent: QWidget | None, question: str, title: str = "") -> bool:
    from PySide6.QtWidgets import QMessageBox

    answer = QMessageBox.question(parent, title or tr("Uppföljning"), question)
    return answer == QMessageBox.StandardButton.Yes


SAVE, DISCARD, CANCEL = "save", "discard", "cancel"


def ask_unsaved(parent: QWidget | None, question: str, title: str = "") -> str:
    """Spara / Spara inte / Avbryt before unsaved edits are left: SAVE, DISCARD or CANCEL."""
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(QMessageBox.Icon.Question, title or tr("Uppföljning"), question, parent=parent)
    save = box.addButton(tr("Spara"), QMessageBox.ButtonRole.AcceptRole)
    discard = box.addButton(tr("Spara inte"), QMessageBox.ButtonRole.DestructiveRole)
    cancel = box.addButton(tr("Avbryt"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(save)
    box.setEscapeButton(cancel)
    box.exec()
    clicked = box.clickedButton()
    return SAVE if clicked is save else DISCARD if clicked is discard else CANCEL


def ask_print(parent: QWidget | None, printer) -> bool:
    """The print dialog for ``printer`` (a QPrinter it sets up); True to print."""
    from PySide6.QtPrintSupport import QPrintDialog

    dialog = QPrintDialog(printer, parent)
    return dialog.exec() == QPrintDialog.DialogCode.Accepted


def get_open_file_name(parent: QWidget | None, caption: str, directory: str, filter: str) -> str:
    from PySide6.QtWidgets import QFileDialog

    return QFileDialog.getOpenFileName(parent, caption, directory, filter)[0]


def get_save_file_name(parent: QWidget | None, caption: str, directory: str, filter: str) -> str:
    from PySide6.QtWidgets import QFileDialog

    return QFileDialog.getSaveFileName(parent, caption, directory, filter)[0]


def get_existing_directory(parent: QWidget | None, caption: str, directory: str) -> str:
    from PySide6.QtWidgets import QFileDialog

    return QFileDialog.getExistingDirectory(parent, caption, directory)


def choose_item(parent: QWidget | None, title: str, label: str, items: list[str]) -> int | None:
    """Let the user pick one of ``items``; returns its index or None."""
    from PySide6.QtWidgets import QInputDialog

    if not items:
        return None
    text, ok = QInputDialog.getItem(parent, title, label, items, 0, False)
    return items.index(text) if ok else None


def review_findings(parent: QWidget | None, findings: list) -> dict | None:
    """The publication check's findings dialog (``ui.publication_dialog``): the chosen
    ``Decision`` per finding key, or None when the user cancels."""
    from PySide6.QtWidgets import QDialog

    from uppfoljning_desktop.ui.publication_dialog import FindingsDialog

    dialog = FindingsDialog(findings, parent)
    return dialog.decisions() if dialog.exec() == QDialog.DialogCode.Accepted else None
