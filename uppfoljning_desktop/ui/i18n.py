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


def count_phrase(n: int, one: str, many: str) -> str:
    """"1 sida", "2 sidor": the number with the noun agreeing (``one``/``many`` already
    translated). Numbers are grouped as Swedish writes them ("1 234 sidor")."""
    from uppfoljning_desktop.domain.numbers import plural

    return plural(n, one, many)
