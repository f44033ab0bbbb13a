"""The rule dialog: year, weekday, time, place, week of the month, meetings per month
and the preparation series, turned into a ``ScheduleRule``."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, QTime
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from uppfoljning_desktop.domain.schedule import (
    MONTHS,
    WEEKDAYS,
    PrepKind,
    ScheduleRule,
    parse_time,
    parse_weekday,
)
from uppfoljning_desktop.ui.i18n import tr

PREP_COLUMNS = (QT_TRANSLATE_NOOP("", "Namn"), QT_TRANSLATE_NOOP("", "Veckodag"), QT_TRANSLATE_NOOP("", "Från"),
                QT_TRANSLATE_NOOP("", "Till"), QT_TRANSLATE_NOOP("", "Plats"), QT_TRANSLATE_NOOP("", "Dagar före"))


def _qtime(t: dt.time) -> QTime:
    return QTime(t.hour, t.minute)


def _time(q: QTime) -> dt.time:
    return dt.time(q.hour(), q.minute())


class RuleDialog(QDialog):
    def __init__(self, rule: ScheduleRule, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Generera sammanträdesordning"))
        form = QFormLayout()
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        self.year.setValue(rule.year)
        self.weekday = QComboBox()
        self.weekday.addItems([tr(w) for w in WEEKDAYS[:5]])
        self.weekday.setCurrentIndex(rule.weekday)
        self.start, self.end = QTimeEdit(_qtime(rule.start)), QTimeEdit(_qtime(rule.end))
        times = QHBoxLayout()
        times.addWidget(self.start)
        times.addWidget(QLabel("–"))
        times.addWidget(self.end)
        self.place = QLineEdit(rule.place)
        self.week = QComboBox()
        self.week.addItems([tr("första"), tr("andra"), tr("tredje"), tr("fjärde"), tr("sista")])
        self.week.setCurrentIndex(rule.preferred_week - 1)
        form.addRow(tr("År"), self.year)
        form.addRow(tr("Veckodag"), self.weekday)
        form.addRow(tr("Tid"), times)
        form.addRow(tr("Plats"), self.place)
        form.addRow(tr("Vecka i månaden"), self.week)

        months_box = QGroupBox(tr("Sammanträden per månad"))
        grid = QGridLayout(months_box)
        self.months: dict[int, QSpinBox] = {}
        for m in range(1, 13):
            spin = QSpinBox()
            spin.setRange(0, 4)
            spin.setValue(rule.meetings_per_month.get(m, 1))
            self.months[m] = spin
            grid.addWidget(QLabel(tr(MONTHS[m - 1])[:3]), (m - 1) // 6 * 2, (m - 1) % 6)
            grid.addWidget(spin, (m - 1) // 6 * 2 + 1, (m - 1) % 6)

        preps_box = QGroupBox(tr("Beredningar"))
        self.preps = QTableWidget(0, len(PREP_COLUMNS))
        self.preps.setHorizontalHeaderLabels([tr(c) for c in PREP_COLUMNS])
        self.preps.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.preps.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        for k in rule.prep_kinds:
            self._add_prep_row(k)
        add, remove = QPushButton(tr("Lägg till beredning")), QPushButton(tr("Ta bort beredning"))
        add.clicked.connect(lambda: self._add_prep_row(PrepKind(name=tr("Beredning"), days_before=7)))
        remove.clicked.connect(lambda: self.preps.removeRow(self.preps.currentRow()))
        buttons_row = QHBoxLayout()
        buttons_row.addWidget(add)
        buttons_row.addWidget(remove)
        buttons_row.addStretch()
        pv = QVBoxLayout(preps_box)
        pv.addWidget(self.preps)
        pv.addLayout(buttons_row)

        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020")
        self.error.setWordWrap(True)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        box.accepted.connect(self._accept)
        box.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(months_box)
        layout.addWidget(preps_box)
        layout.addWidget(self.error)
        layout.addWidget(box)
        self.resize(640, 620)
        self.rule: ScheduleRule | None = None

    def _add_prep_row(self, k: PrepKind) -> None:
        r = self.preps.rowCount()
        self.preps.insertRow(r)
        values = (k.name, WEEKDAYS[k.weekday], f"{k.start:%H:%M}", f"{k.end:%H:%M}", k.place, str(k.days_before))
        for c, v in enumerate(values):
            self.preps.setItem(r, c, QTableWidgetItem(v))

    def build_rule(self) -> ScheduleRule:
        """The rule in the form; ``ValueError`` in Swedish naming the row and column."""
        kinds = []
        for r in range(self.preps.rowCount()):
            cell = [(self.preps.item(r, c).text() if self.preps.item(r, c) else "").strip()
                    for c in range(len(PREP_COLUMNS))]
            where = tr("Beredning rad {n}").format(n=r + 1)
            if not cell[5].isdigit():
                raise ValueError(tr("{where}: \"{v}\" är inget antal dagar").format(where=where, v=cell[5]))
            kinds.append(PrepKind(
                name=cell[0], weekday=parse_weekday(cell[1], where), start=parse_time(cell[2], where),
                end=parse_time(cell[3], where), place=cell[4], days_before=int(cell[5]),
            ))
        return ScheduleRule(
            year=self.year.value(), weekday=self.weekday.currentIndex(), start=_time(self.start.time()),
            end=_time(self.end.time()), place=self.place.text().strip(),
            preferred_week=self.week.currentIndex() + 1,
            meetings_per_month={m: s.value() for m, s in self.months.items()}, prep_kinds=kinds,
        )

    def _accept(self) -> None:
        from uppfoljning_desktop.domain.schedule import validate_rule

        try:
            rule = self.build_rule()
        except ValueError as exc:
            self.error.setText(str(exc))
            return
        problems = validate_rule(rule)
        if problems:
            self.error.setText("\n".join(str(p) for p in problems))
            return
        self.rule = rule
        self.accept()
