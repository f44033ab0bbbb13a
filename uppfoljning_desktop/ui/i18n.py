"""``tr(text)``: translate a user-visible Swedish string into the interface language.

The sources are Swedish; ``resources/translations/uppfoljning_en.ts`` holds English.
``pyside6-lupdate`` files a bare ``tr("…")`` call under the global (empty) context, so
that is the context looked up here. Inside QObject subclasses ``self.tr("…")`` works too
(context = class name), as does ``QCoreApplication.translate("Context", "…")``.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)


def invalid_field(what: str, field: str, message: str):
    """A ``UserError`` for a field the page itself could not read (a date, a time), worded
    wholly in the interface language; ``what``, ``field`` and ``message`` are already
    translated. (The core's ``ValidationFailed`` words its frame in Swedish.)"""
    from uppfoljning_desktop.errors import UserError

    return UserError(tr("{what} sparades inte:\n• {field}: {message}").format(what=what, field=field, message=message))
