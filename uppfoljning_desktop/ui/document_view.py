"""One document view for every document the app prints: preview in the window, print
(through the print dialog or straight to the default printer) and save as PDF.

Documents are ReportLab PDFs built in a worker thread (``preview`` runs the area's
``render(db, path)`` through ``run_task``). Qt cannot print a PDF file, so
``print_document`` renders each page onto the ``QPrinter`` (TECH_NOTES: ~4 ms a page),
at most 300 dpi so that a high-resolution printer does not need a gigabyte image.
The print dialog goes through ``messages.ask_print`` and the default printer through
``default_printer()``: tests print to a PDF file instead.
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QRectF, QSize, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from uppfoljning_desktop.ui import messages
from uppfoljning_desktop.ui.i18n import count_phrase, tr
from uppfoljning_desktop.ui.tasks import run_task

MAX_PRINT_DPI = 300


def default_printer():
    """The system's default printer as a ``QPrinter``, or None when there is none."""
    from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

    info = QPrinterInfo.defaultPrinter()
    if info.isNull():
        return None
    return QPrinter(info, QPrinter.PrinterMode.HighResolution)


def print_document(document: QPdfDocument, printer) -> int:
    """Render every page of ``document`` onto ``printer``; returns the number of pages."""
    from uppfoljning_desktop.errors import UserError

    painter = QPainter()
    if not painter.begin(printer):
        raise UserError(tr("Skrivaren {name} kunde inte startas.").format(name=printer.printerName() or "?"),
                        hint=tr("Kontrollera skrivaren, eller spara dokumentet som PDF och skriv ut det därifrån."))
    pages = document.pageCount()
    try:
        area = painter.viewport()
        for page in range(pages):
            if page:
                printer.newPage()
            size = document.pagePointSize(page)
            scale = min(area.width() / size.width(), area.height() / size.height())
            target = QRectF(0, 0, size.width() * scale, size.height() * scale)
            dpi = min(printer.resolution(), MAX_PRINT_DPI)
            image = document.render(page, QSize(int(size.width() * dpi / 72), int(size.height() * dpi / 72)))
            painter.drawImage(target, image)
    finally:
        painter.end()
    return pages


class DocumentView(QWidget):
    """A PDF in the window with Skriv ut …, Spara som PDF … and Öppna i PDF-läsare."""

    loaded = Signal()
    printed = Signal(int)  # pages sent to the printer

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.print_button = QPushButton(tr("Skriv ut …"), self)
        self.save_button = QPushButton(tr("Spara som PDF …"), self)
        self.open_button = QPushButton(tr("Öppna i PDF-läsare"), self)
        self.status = QLabel(self)
        self.print_button.clicked.connect(lambda: self.print_with_dialog())
        self.save_button.clicked.connect(lambda: self.save_as())
        self.open_button.clicked.connect(self.open_external)
        self.toolbar = QHBoxLayout()
        self.toolbar.setContentsMargins(0, 0, 0, 0)
        for w in (self.print_button, self.save_button, self.open_button):
            self.toolbar.addWidget(w)
        self.toolbar.addWidget(self.status, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.toolbar)
        layout.addWidget(self.view, 1)
        self.path: Path | None = None
        self._tmpdir: str | None = None
        self._update()

    def _update(self) -> None:
        has = self.path is not None
        for b in (self.print_button, self.save_button, self.open_button):
            b.setEnabled(has)

    def temp_path(self, stem: str) -> Path:
        """A file in this view's own temporary folder (removed with the view)."""
        if self._tmpdir is None:
            folder = tempfile.mkdtemp(prefix="uppfoljning-")
            self._tmpdir = folder
            self.destroyed.connect(lambda *_: shutil.rmtree(folder, ignore_errors=True))
        return Path(self._tmpdir) / f"{stem}.pdf"

    def load_bytes(self, data: bytes, stem: str) -> None:
        path = self.temp_path(stem)
        self.document.close()
        path.write_bytes(data)
        self.load_file(path)

    def load_file(self, path: Path | str) -> None:
        self.document.close()
        self.document.load(str(path))
        self.path = Path(path)
        self.status.setText(count_phrase(self.document.pageCount(), tr("sida"), tr("sidor")))
        self._update()
        self.loaded.emit()

    def print_with_dialog(self) -> bool:
        """Skriv ut …: the print dialog, then the pages. True when printed."""
        from PySide6.QtPrintSupport import QPrinter

        if self.path is None:
            return False
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.path.stem)
        if not messages.ask_print(self, printer):
            return False
        return self._print(printer)

    def print_now(self) -> bool:
        """Straight to the default printer (no dialog); the print dialog if there is none."""
        printer = default_printer()
        if printer is None:
            return self.print_with_dialog()
        if self.path is not None:
            printer.setDocName(self.path.stem)
        return self._print(printer)

    def _print(self, printer) -> bool:
        try:
            pages = print_document(self.document, printer)
        except Exception as exc:  # noqa: BLE001 - a UserError or a bug, shown either way
            messages.show_error(self, exc)
            return False
        self.last_printer_name = printer.printerName() or printer.outputFileName()
        self.printed.emit(pages)
        return True

    def save_as(self) -> str:
        if self.path is None:
            return ""
        target = messages.get_save_file_name(self, tr("Spara som PDF"), self.path.name, tr("PDF (*.pdf)"))
        if not target:
            return ""
        from uppfoljning_desktop.store.errors import user_errors

        with user_errors(Path(target)):
            shutil.copyfile(self.path, target)
        messages.show_info(self, tr("PDF sparad: {path}").format(path=target))
        return target

    def open_external(self) -> None:
        if self.path is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.path)))


class DocumentDialog(QDialog):
    """A separate, non-modal window with one document (from any area)."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.viewer = DocumentView(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.viewer)
        self.resize(760, 640)


def build_document(parent: QWidget, session, stem: str, render: Callable[[Any, str], Any], *,
                   on_built: Callable[[Path], None], label: str = ""):
    """Build a PDF in a worker thread with ``render(db, path)`` into a temporary file and
    hand its path to ``on_built`` on the GUI thread. Returns the task."""
    folder = Path(tempfile.mkdtemp(prefix="uppfoljning-"))
    path = folder / f"{stem}.pdf"

    def work() -> Path:
        db = session.worker_connection()
        try:
            render(db, str(path))
        finally:
            db.close()
        return path

    def failed(exc: BaseException) -> None:
        shutil.rmtree(folder, ignore_errors=True)
        messages.show_error(parent, exc)

    return run_task(parent, work, on_success=on_built, on_failure=failed, label=label or tr("Skapar PDF …"))


def preview(parent: QWidget, session, title: str, stem: str, render: Callable[[Any, str], Any]):
    """Förhandsgranska: build the document, then show it in a ``DocumentDialog`` (kept as
    ``parent.document_dialog``) where it can be printed and saved. Returns the task."""

    def show(path: Path) -> None:
        dialog = getattr(parent, "document_dialog", None)
        if dialog is None:
            dialog = DocumentDialog(title, parent)
            parent.document_dialog = dialog
        dialog.setWindowTitle(title)
        data = path.read_bytes()
        shutil.rmtree(path.parent, ignore_errors=True)
        dialog.viewer.load_bytes(data, stem)
        dialog.show()
        dialog.raise_()

    return build_document(parent, session, stem, render, on_built=show)
