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


def adjust_meeting(db, meeting_id: int, on, adjusters=("Ledamot 1", "Ledamot 2")):
    """Adjust finalised minutes the legal way (domain.meeting_lifecycle): adjusters and the
    adjustment date are required, so a test names them instead of relying on defaults."""
    import dataclasses

    from uppfoljning_desktop.domain.meetings import MeetingState
    from uppfoljning_desktop.store import meetings

    m = meetings.get_meeting(db, meeting_id)
    if not m.adjusters:
        meetings.save_meeting(db, dataclasses.replace(m, adjusters=list(adjusters)))
    return meetings.set_state(db, meeting_id, MeetingState.ADJUSTED, today=on, on=on)
