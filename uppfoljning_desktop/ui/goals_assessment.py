"""The assessment view: every goal's proposed colour with the reasoning, and the override.

The secretary reads why the app proposes a colour ("3 av 4 riktvärden nådda, 5 av 6
aktiviteter klara"), confirms it, or picks another colour; another colour needs a
reason, which the report then prints as the assessment.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from uppfoljning_desktop.domain.assessment import COLOUR_HEX, Assessment, Colour, colour_label


def tr(text: str) -> str:
    return QCoreApplication.translate("GoalsAssessment", text)


@dataclass
class AssessmentRow:
    title: str
    assessment: Assessment
    goal_id: int | None = None
    council_goal_id: int | None = None


class AssessmentView(QWidget):
    """Table of assessments plus the confirm/override form for the selected one."""

    def __init__(self, confirm: Callable[[AssessmentRow, Colour | None, str], bool],
                 clear: Callable[[AssessmentRow], bool], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._confirm, self._clear = confirm, clear
        self.rows: list[AssessmentRow] = []
        self.scale = "grön-gul-röd"
        self.table = QTableWidget(0, 4, self)
        self.table.setHorizontalHeaderLabels([tr("Mål"), tr("Förslag"), tr("Bedömning"), tr("Resonemang / motivering")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        for c in (1, 2):
            header.setSectionResizeMode(c, QHeaderView.ResizeMode.ResizeToContents)
        self.table.currentCellChanged.connect(lambda *_: self._show_selected())

        self.reasoning = QLabel(self)
        self.reasoning.setWordWrap(True)
        self.choice = QComboBox(self)
        self.reason = QPlainTextEdit(self)
        self.reason.setPlaceholderText(tr("Varför avviker bedömningen från förslaget? (krävs för en annan färg)"))
        self.reason.setMaximumHeight(70)
        self.confirm_button = QPushButton(tr("Bekräfta bedömning"), self)
        self.clear_button = QPushButton(tr("Återställ till förslaget"), self)
        self.confirm_button.clicked.connect(self.confirm_selected)
        self.clear_button.clicked.connect(self.clear_selected)
        form = QFormLayout()
        form.addRow(tr("Förslagets resonemang:"), self.reasoning)
        form.addRow(tr("Bedömning:"), self.choice)
        form.addRow(tr("Motivering:"), self.reason)
        buttons = QHBoxLayout()
        buttons.addWidget(self.confirm_button)
        buttons.addWidget(self.clear_button)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 3)
        layout.addLayout(form)
        layout.addLayout(buttons)

    def set_rows(self, rows: list[AssessmentRow], scale: str) -> None:
        current = self.table.currentRow()
        self.rows, self.scale = rows, scale
        self.choice.clear()
        self.choice.addItem(tr("Enligt förslaget"), None)
        for colour in Colour:
            self.choice.addItem(colour_label(colour, scale), colour)
        self.table.setRowCount(len(rows))
        for i, row in enumerate(rows):
            a = row.assessment
            title = QTableWidgetItem(row.title)
            if row.council_goal_id is not None:
                font = title.font()
                font.setBold(True)
                title.setFont(font)
            self.table.setItem(i, 0, title)
            self.table.setItem(i, 1, self._colour_item(a.proposal.colour))
            final = self._colour_item(a.colour)
            if a.confirmed_at is None:
                final.setText(final.text() + " " + tr("(ej bekräftad)"))
            self.table.setItem(i, 2, final)
            self.table.setItem(i, 3, QTableWidgetItem(a.explanation))
        self.table.resizeRowsToContents()
        if rows:
            self.table.setCurrentCell(min(max(current, 0), len(rows) - 1), 0)
        self._show_selected()

    def _colour_item(self, colour: Colour | None) -> QTableWidgetItem:
        item = QTableWidgetItem(colour_label(colour, self.scale))
        if colour is not None:
            item.setBackground(QBrush(QColor(COLOUR_HEX[colour])))
            item.setForeground(QBrush(QColor("white" if colour is not Colour.YELLOW else "black")))
        item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
        return item

    def selected(self) -> AssessmentRow | None:
        i = self.table.currentRow()
        return self.rows[i] if 0 <= i < len(self.rows) else None

    def _show_selected(self) -> None:
        row = self.selected()
        enabled = row is not None
        for w in (self.choice, self.reason, self.confirm_button, self.clear_button):
            w.setEnabled(enabled)
        if row is None:
            self.reasoning.clear()
            return
        a = row.assessment
        self.reasoning.setText(a.proposal.reasoning)
        self.choice.setCurrentIndex(self.choice.findData(a.override) if a.override else 0)
        self.reason.setPlainText(a.reason)

    def confirm_selected(self) -> None:
        row = self.selected()
        if row is not None:
            self._confirm(row, self.choice.currentData(), self.reason.toPlainText())

    def clear_selected(self) -> None:
        row = self.selected()
        if row is not None:
            self._clear(row)
