"""The areas of the main window, in navigation order.

Each area lives in ``ui/areas/<module>.py`` and defines ``Page(session, parent)``, a
``AreaPage`` subclass. An area whose module does not exist yet shows a plain "not yet
available" page: no fake buttons. Pages are created the first time they are visited,
which keeps the start fast.
"""

from __future__ import annotations

import importlib

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from uppfoljning_desktop.ui.session import Session


class Area:
    """One area of the navigation (a plain class: dataclasses cost start-up time)."""

    __slots__ = ("key", "title")

    def __init__(self, key: str, title: str) -> None:
        self.key = key
        self.title = title  # Swedish source text, translated at display time

    @property
    def display_title(self) -> str:
        return QCoreApplication.translate("Areas", self.title)


AREAS: tuple[Area, ...] = (
    Area("meetings", QT_TRANSLATE_NOOP("Areas", "Sammanträden")),
    Area("schedule", QT_TRANSLATE_NOOP("Areas", "Sammanträdesplan")),
    Area("delegation", QT_TRANSLATE_NOOP("Areas", "Delegationsbeslut")),
    Area("crisis", QT_TRANSLATE_NOOP("Areas", "Krisledning")),
    Area("goals", QT_TRANSLATE_NOOP("Areas", "Måluppföljning")),
    Area("organisation", QT_TRANSLATE_NOOP("Areas", "Organisation")),
)


class AreaPage(QWidget):
    """Base of every area page: reloads when the database opens or its data changes."""

    area_key = ""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        session.opened.connect(self.reload)
        session.changed.connect(self._on_changed)
        session.about_to_close.connect(self.save_pending)

    def _on_changed(self, area: str) -> None:
        if area != self.area_key and self.isVisible():
            self.reload()

    def reload(self) -> None:
        """Read the page's data from ``self.session.db`` again."""

    def save_pending(self) -> None:
        """Save an edit still in progress (the database is about to close). By default
        the focused editor is left, which makes it report ``editingFinished``."""
        from PySide6.QtWidgets import QApplication

        focused = QApplication.focusWidget()
        if focused is not None and self.isAncestorOf(focused):
            focused.clearFocus()


class NotAvailablePage(QWidget):
    def __init__(self, area: Area, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        label = QLabel(
            QCoreApplication.translate(
                "Areas", "{area} är inte tillgängligt ännu i den här versionen av Uppföljning."
            ).format(area=area.display_title)
        )
        label.setObjectName("notAvailableLabel")
        label.setText(f"<p align='center'>{label.text()}</p>")
        label.setWordWrap(True)
        layout.addWidget(label)


def create_page(area: Area, session: Session, parent: QWidget | None = None) -> QWidget:
    module_name = f"{__name__}.{area.key}"
    try:
        module = importlib.import_module(module_name)
    except ModuleNotFoundError as exc:
        if exc.name != module_name:
            raise
        return NotAvailablePage(area, parent)
    page = module.Page(session, parent)
    if session.is_open:
        page.reload()
    return page
