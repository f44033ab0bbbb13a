"""Helpers the tests import (``from tests.helpers import type_text``)."""

from __future__ import annotations


def type_text(widget, text: str) -> None:
    """Type Swedish text: ``qtbot.keyClicks`` aborts the process on non-ASCII keys
    (see TECH_NOTES.md), so insert the text and send the signals a user would."""
    from PySide6.QtWidgets import QLineEdit

    if isinstance(widget, QLineEdit):
        widget.setFocus()
        widget.clear()
        widget.insert(text)
        widget.editingFinished.emit()
    else:
        widget.setPlainText(text)
