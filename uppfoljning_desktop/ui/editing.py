"""One editing model for every form: change tracking, the unsaved-changes question,
Ctrl+S and save errors that say what was (not) saved.

A page creates one ``FormEditor`` per form (the meeting, an item, a decision …), tells it
which widgets to watch and how to save, and fills the form inside ``with
editor.loading(key):``. The editor then

* marks the form changed when the user edits a watched widget: the form's Spara button
  is enabled only then, and the window title gets its asterisk (``[*]``);
* keeps unsaved edits of the same record when the page reloads after another save
  (``keeps(key)``), instead of silently overwriting them;
* asks Spara / Spara inte / Avbryt before the form is left (``confirm_leave``: another
  item, another page, closing the window);
* on a refused save, says that nothing of the form was saved and names the changed
  fields by their labels (one transaction per save: all or nothing).

Editors are QObject children of their form widget, so ``confirm_leave(widget)`` and
``save_focused(window)`` find every editor below a page or a window with
``findChildren``: no registry to keep in step.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QDateTimeEdit,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QTableWidget,
    QTextEdit,
    QWidget,
)

from uppfoljning_desktop.ui import messages
from uppfoljning_desktop.ui.i18n import tr


def _signal_for(widget: QWidget):
    if isinstance(widget, QLineEdit):
        return widget.textChanged
    if isinstance(widget, QPlainTextEdit | QTextEdit):
        return widget.textChanged
    if isinstance(widget, QComboBox):
        return widget.currentIndexChanged
    if isinstance(widget, QAbstractButton):
        return widget.toggled
    if isinstance(widget, QDateTimeEdit):
        return widget.dateTimeChanged
    if isinstance(widget, QSpinBox):
        return widget.valueChanged
    if isinstance(widget, QTableWidget):
        return widget.itemChanged
    raise TypeError(f"FormEditor cannot watch {type(widget).__name__}")


def field_label(widget: QWidget) -> str:
    """The label a form shows for ``widget`` (its QFormLayout row label, a check box's
    own text, or the accessible name), without mnemonic ampersands or a colon."""
    text = ""
    parent = widget.parentWidget()
    layout = parent.layout() if parent is not None else None
    if isinstance(layout, QFormLayout):
        label = layout.labelForField(widget)
        if isinstance(label, QLabel):
            text = label.text()
    if not text and isinstance(widget, QAbstractButton):
        text = widget.text()
    if not text:
        text = widget.accessibleName()
    return text.replace("&", "").rstrip(":").strip()


class FormEditor(QObject):
    """The editing state of one form (see the module docstring)."""

    modified_changed = Signal(bool)

    def __init__(
        self,
        form: QWidget,
        what: Callable[[], str] | str,
        save: Callable[[], bool],
        *,
        save_button: QAbstractButton | None = None,
    ) -> None:
        super().__init__(form)
        self.form = form
        self._what = what
        self._save = save
        self.save_button = save_button
        self.key: Any = None
        self._modified = False
        self._loading = 0
        self._saving = False
        self._changed: dict[int, str] = {}  # id(widget) -> label, in the order edited
        self._update_button()

    # ------------------------------------------------------------ tracking

    def watch(self, *widgets: QWidget, label: str = "") -> FormEditor:
        for w in widgets:
            name = label or field_label(w)
            _signal_for(w).connect(lambda *_a, w=w, name=name: self._edited(w, name))
        return self

    def _edited(self, widget: QWidget, name: str) -> None:
        if self._loading:
            return
        if name:
            self._changed.setdefault(id(widget), name)
        self.set_modified(True)

    @property
    def what(self) -> str:
        return self._what() if callable(self._what) else self._what

    @property
    def is_modified(self) -> bool:
        return self._modified

    def changed_fields(self) -> list[str]:
        return list(dict.fromkeys(self._changed.values()))

    def set_modified(self, modified: bool) -> None:
        if not modified:
            self._changed.clear()
        if modified == self._modified:
            return
        self._modified = modified
        self._update_button()
        self.modified_changed.emit(modified)
        update_window_modified(self.form)

    def _update_button(self) -> None:
        if self.save_button is not None:
            self.save_button.setEnabled(self._modified)

    @contextmanager
    def loading(self, key: Any = None) -> Iterator[None]:
        """Fill the form from the store: no change is recorded, and it ends unmodified."""
        self._loading += 1
        try:
            yield
        finally:
            self._loading -= 1
            self.key = key
            self.set_modified(False)

    def reset(self, key: Any = None) -> None:
        """No record in the form (or one filled without ``loading``): unmodified."""
        self.key = key
        self.set_modified(False)

    @contextmanager
    def quiet(self) -> Iterator[None]:
        """Change the form's widgets from code (fill a choice list) without that counting
        as the user's edit, and without touching the modified state."""
        self._loading += 1
        try:
            yield
        finally:
            self._loading -= 1

    def keeps(self, key: Any) -> bool:
        """True when the form holds unsaved edits of the record ``key``: a reload (after
        another form saved) must leave them as they are."""
        return self._modified and not self._saving and key is not None and key == self.key

    # ------------------------------------------------------------ saving

    def save(self) -> bool:
        """Save through the form's save function; True when saved (or nothing to save).
        A refused save leaves the form changed, and the error says that nothing of it
        was saved and which changed fields that covers."""
        from uppfoljning_desktop.errors import UserError

        self._saving = True
        try:
            ok = self._save()
        except UserError as exc:
            messages.show_error(self.form, self.nothing_saved(exc))
            return False
        except Exception as exc:  # noqa: BLE001 - a bug: logged, shown as one
            messages.show_error(self.form, exc)
            return False
        finally:
            self._saving = False
        if ok is not False:
            self.set_modified(False)
            return True
        return False

    def nothing_saved(self, exc: Exception):
        """``exc`` with a hint saying that the whole form was rolled back."""
        from uppfoljning_desktop.errors import UserError

        fields = self.changed_fields()
        if fields:
            note = tr("Ingenting av {what} sparades, inte heller det du ändrade i {fields}. Det du skrev "
                      "finns kvar i formuläret: rätta felet och spara igen.").format(
                what=self.what, fields=", ".join(fields))
        else:
            note = tr("Ingenting av {what} sparades. Det du skrev finns kvar i formuläret: "
                      "rätta felet och spara igen.").format(what=self.what)
        message = getattr(exc, "message", str(exc))
        hint = getattr(exc, "hint", "")
        return UserError(message, hint=f"{note} {hint}".strip())

    def discard(self) -> None:
        self.set_modified(False)

    def confirm_leave(self, parent: QWidget | None = None) -> bool:
        """Before the form is left: True when it may be (saved, discarded or unchanged)."""
        return confirm_leave_editors([self], parent or self.form)


# ---------------------------------------------------------------- window level


def editors_below(widget: QWidget) -> list[FormEditor]:
    return [e for e in widget.findChildren(FormEditor)]


def modified_editors(widget: QWidget) -> list[FormEditor]:
    return [e for e in editors_below(widget) if e.is_modified]


def update_window_modified(widget: QWidget) -> None:
    window = widget.window()
    if window is not None:
        window.setWindowModified(bool(modified_editors(window)))


def confirm_leave_editors(editors: list[FormEditor], parent: QWidget) -> bool:
    changed = [e for e in editors if e.is_modified]
    if not changed:
        return True
    names = "\n".join(f"• {e.what}" for e in changed)
    answer = messages.ask_unsaved(parent, tr("Du har ändringar som inte är sparade:\n{names}\n\n"
                                             "Vill du spara dem?").format(names=names))
    if answer == messages.CANCEL:
        return False
    if answer == messages.DISCARD:
        for e in changed:
            e.discard()
        return True
    return all(e.save() for e in changed)


def confirm_leave(widget: QWidget, parent: QWidget | None = None) -> bool:
    """Before everything below ``widget`` is left (a page, the window): asks once for all
    changed forms. True when leaving may go ahead."""
    return confirm_leave_editors(editors_below(widget), parent or widget)


def save_focused(window: QWidget) -> bool | None:
    """Ctrl+S: save the form that has the focus, or else the only changed visible form.
    None when there was nothing to save."""
    focused = QApplication.focusWidget()
    editors = [e for e in editors_below(window) if e.form.isVisible()]
    if focused is not None:
        holding = [e for e in editors if e.form.isAncestorOf(focused) or e.form is focused]
        if holding:
            # the innermost form with the focus
            holding.sort(key=lambda e: _depth(e.form), reverse=True)
            return holding[0].save() if holding[0].is_modified else None
    changed = [e for e in editors if e.is_modified]
    if not changed:
        return None
    return all(e.save() for e in changed)


def _depth(widget: QWidget) -> int:
    n = 0
    w: QWidget | None = widget
    while w is not None:
        n += 1
        w = w.parentWidget()
    return n
