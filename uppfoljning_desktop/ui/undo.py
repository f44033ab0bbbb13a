"""Undo and redo for structural changes (Redigera → Ångra / Gör om, Ctrl+Z / Ctrl+Shift+Z).

Every action a page has already carried out (an item added, rows reordered, an
attachment removed …) is recorded with ``record(widget, text, undo, redo)``: two store
calls, each one transaction, that take the database back and forth. The window keeps
one ``QUndoStack``; a failed undo (the record changed meanwhile) is shown as any save
error and leaves the data as it is.

Text fields keep their own undo (Qt's, per field): the window's Ångra goes to the
focused field while it has something to undo, and to this stack otherwise.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit, QTextEdit, QWidget

from uppfoljning_desktop.ui import messages


class Step(QUndoCommand):
    """One recorded action: ``undo``/``redo`` run the store calls, ``after`` refreshes
    the page. The first ``redo`` (Qt calls it on push) is skipped: the page already did it."""

    def __init__(self, text: str, undo: Callable[[], Any], redo: Callable[[], Any],
                 after: Callable[[], Any] | None, parent: QWidget) -> None:
        super().__init__(text)
        self._undo, self._redo, self._after, self._parent = undo, redo, after, parent
        self._done_once = False

    def _run(self, fn: Callable[[], Any]) -> None:
        try:
            fn()
        except Exception as exc:  # noqa: BLE001 - shown like any save error
            messages.show_error(self._parent, exc)
        if self._after is not None:
            self._after()

    def redo(self) -> None:
        if not self._done_once:
            self._done_once = True
            return
        self._run(self._redo)

    def undo(self) -> None:
        self._run(self._undo)


def stack_for(widget: QWidget) -> QUndoStack | None:
    """The window's undo stack (None for a widget outside the main window)."""
    window = widget.window()
    stack = getattr(window, "undo_stack", None)
    return stack if isinstance(stack, QUndoStack) else None


def record(widget: QWidget, text: str, undo: Callable[[], Any], redo: Callable[[], Any],
           after: Callable[[], Any] | None = None) -> None:
    """Record an action already carried out, so that Ångra can take it back."""
    stack = stack_for(widget)
    if stack is not None:
        stack.push(Step(text, undo, redo, after, widget))


def record_row_removal(editor: QWidget, model: Any, position: int, row: Any,
                       save: Callable[[Any], Any], delete: Callable[[Any], None], name: str) -> None:
    """Ångra for a row removed from an editable table (``table_model.RowTableModel``):
    stored again (with a new id) at its old place; Gör om removes it again."""
    import dataclasses

    from uppfoljning_desktop.ui.i18n import tr

    state = {"row": row}

    def put_back() -> None:
        state["row"] = save(dataclasses.replace(state["row"], id=None))
        model.insert_row(position, state["row"])

    def take_away() -> None:
        delete(state["row"])
        i = next((n for n, r in enumerate(model.rows) if r is state["row"]), -1)
        if i >= 0:
            model.remove_row(i)

    record(editor, tr("borttagning av {name}").format(name=name), put_back, take_away)


def _text_field_can(widget: QWidget | None, redo: bool) -> bool:
    """True when ``widget`` is an editable text field with its own step to undo/redo."""
    if isinstance(widget, QLineEdit) and not widget.isReadOnly():
        return widget.isRedoAvailable() if redo else widget.isUndoAvailable()
    if isinstance(widget, QPlainTextEdit | QTextEdit) and not widget.isReadOnly():
        doc = widget.document()
        return doc.isRedoAvailable() if redo else doc.isUndoAvailable()
    return False


def undo_focused_or_stack(stack: QUndoStack) -> None:
    """Ångra: the focused text field's own last edit, else the last structural change."""
    focused = QApplication.focusWidget()
    if _text_field_can(focused, redo=False):
        focused.undo()  # type: ignore[union-attr]
    else:
        stack.undo()


def redo_focused_or_stack(stack: QUndoStack) -> None:
    focused = QApplication.focusWidget()
    if _text_field_can(focused, redo=True):
        focused.redo()  # type: ignore[union-attr]
    else:
        stack.redo()
