"""The findings dialog of the publication check: before a public document is shown,
printed or saved, the secretary decides for each personal data finding (document part,
page, what) whether it is masked or published. Shown through ``ui.messages``."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from uppfoljning_desktop.domain.publication import Decision, Finding
from uppfoljning_desktop.ui.i18n import tr

# domain.publication.FindingKind values, for lupdate
KIND_TEXTS = (
    QT_TRANSLATE_NOOP("", "personnummer"),
    QT_TRANSLATE_NOOP("", "telefonnummer"),
    QT_TRANSLATE_NOOP("", "e-postadress"),
    QT_TRANSLATE_NOOP("", "gatuadress"),
    QT_TRANSLATE_NOOP("", "privat uppgift i krisplanen"),
)
CHOICES = [(Decision.MASK, QT_TRANSLATE_NOOP("", "Maskera")), (Decision.ACCEPT, QT_TRANSLATE_NOOP("", "Publicera"))]


def group_findings(findings: Sequence[Finding]) -> list[list[Finding]]:
    """One row per value: the places it was found, in order."""
    groups: dict[str, list[Finding]] = {}
    for f in findings:
        groups.setdefault(f.key, []).append(f)
    return list(groups.values())


class FindingsDialog(QDialog):
    """A table of findings with a "Maskera / Publicera" choice per value."""

    def __init__(self, findings: Sequence[Finding], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Publiceringskontroll"))
        self.rows = group_findings(findings)
        intro = QLabel(tr("Den offentliga versionen innehåller uppgifter som kan vara personuppgifter. "
                          "Välj för varje uppgift om den ska maskeras eller publiceras. Besluten sparas "
                          "för sammanträdet."), self)
        intro.setWordWrap(True)
        self.table = QTableWidget(len(self.rows), 4, self)
        self.table.setHorizontalHeaderLabels([tr("Uppgift"), tr("Typ"), tr("Var"), tr("Beslut")])
        self.combos: list[QComboBox] = []
        for r, group in enumerate(self.rows):
            first = group[0]
            places = "; ".join(f.where for f in group)
            for c, text in enumerate((first.value, tr(first.kind.value), places)):
                cell = QTableWidgetItem(text)
                cell.setToolTip(first.context if c == 0 and first.context else text)  # whose it is
                self.table.setItem(r, c, cell)
            combo = QComboBox(self.table)
            for decision, text in CHOICES:
                combo.addItem(tr(text), decision.value)
            self.table.setCellWidget(r, 3, combo)
            self.combos.append(combo)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.resizeColumnsToContents()
        mask_all = QPushButton(tr("Maskera alla"), self)
        mask_all.clicked.connect(lambda: [c.setCurrentIndex(0) for c in self.combos])
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(mask_all)
        layout.addWidget(buttons)
        self.resize(820, 420)

    def decisions(self) -> dict[str, Decision]:
        """The chosen decision per finding key."""
        return {group[0].key: Decision(combo.currentData()) for group, combo in zip(self.rows, self.combos, strict=True)}
