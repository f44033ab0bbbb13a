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
