""""Rätta paragraf…": the dialog for a rättelse of a § in adjusted minutes (the new
decision, why, and who), recorded through ``store.corrections`` (JO 581-2013)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from uppfoljning_desktop.ui.i18n import tr


class CorrectionDialog(QDialog):
    """Asks for the corrected decision, the reason and the corrector's name."""

    def __init__(self, parent: QWidget | None, heading: str, current: str, corrector: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Rätta paragraf"))
        form = QFormLayout(self)
        intro = QLabel(tr("Rättelsen sparas som en ny version. Det justerade originalet finns kvar och "
                          "protokollet visar vad som ändrades, varför, av vem och när."), self)
        intro.setWordWrap(True)
        form.addRow(intro)
        form.addRow(tr("Paragraf"), QLabel(heading, self))
        self.current = QPlainTextEdit(self)
        self.current.setPlainText(current)
        self.current.setReadOnly(True)
        self.current.setFixedHeight(60)
        self.decision = QPlainTextEdit(self)
        self.decision.setPlainText(current)
        self.reason = QLineEdit(self)
        self.reason.setPlaceholderText(tr("t.ex. skrivfel: beslutet lydde så på sammanträdet"))
        self.corrector = QLineEdit(corrector, self)
        form.addRow(tr("Nuvarande lydelse"), self.current)
        form.addRow(tr("Beslut (rättat)"), self.decision)
        form.addRow(tr("Skäl"), self.reason)
        form.addRow(tr("Rättad av"), self.corrector)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def values(self) -> tuple[str, str, str]:
        return self.decision.toPlainText(), self.reason.text(), self.corrector.text()
