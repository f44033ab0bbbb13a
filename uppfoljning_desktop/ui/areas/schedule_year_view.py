"""A painted year at a glance: twelve month grids with meetings, preparations, holidays
and conflicts marked, so a clash is visible without reading a list."""

from __future__ import annotations

import calendar
import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from uppfoljning_desktop.ui.i18n import tr

MEETING = QColor("#1f5fa8")
PREPARATION = QColor("#3c8d5a")
HOLIDAY_FILL = QColor("#fbe3e3")
HOLIDAY_TEXT = QColor("#b00020")
CONFLICT = QColor("#e07000")
WEEKEND_TEXT = QColor("#8a8a8a")
SELECTED = QColor("#ffd54a")


MONTH_NAMES = (QT_TRANSLATE_NOOP("", "januari"), QT_TRANSLATE_NOOP("", "februari"), QT_TRANSLATE_NOOP("", "mars"),
               QT_TRANSLATE_NOOP("", "april"), QT_TRANSLATE_NOOP("", "maj"), QT_TRANSLATE_NOOP("", "juni"),
               QT_TRANSLATE_NOOP("", "juli"), QT_TRANSLATE_NOOP("", "augusti"), QT_TRANSLATE_NOOP("", "september"),
               QT_TRANSLATE_NOOP("", "oktober"), QT_TRANSLATE_NOOP("", "november"), QT_TRANSLATE_NOOP("", "december"))
# First letters of the weekdays, Monday first (the two T's are the same letter in English too).
DAY_LETTERS = (QT_TRANSLATE_NOOP("", "M"), QT_TRANSLATE_NOOP("", "T"), QT_TRANSLATE_NOOP("", "O"),
               QT_TRANSLATE_NOOP("", "T"), QT_TRANSLATE_NOOP("", "F"), QT_TRANSLATE_NOOP("", "L"),
               QT_TRANSLATE_NOOP("", "S"))


class YearView(QWidget):
    """Twelve months in a 4 × 3 grid; ``day_clicked`` carries the date clicked."""

    day_clicked = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.year = dt.date.today().year
        self.meetings: set[dt.date] = set()
        self.preparations: set[dt.date] = set()
        self.holidays: dict[dt.date, str] = {}
        self.conflicts: set[dt.date] = set()
        self.selected: dt.date | None = None
        self._cells: list[tuple[QRectF, dt.date]] = []
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def sizeHint(self) -> QSize:
        return QSize(640, 520)

    def set_data(self, year: int, meetings, preparations, holidays, conflicts) -> None:
        self.year = year
        self.meetings, self.preparations = set(meetings), set(preparations)
        self.holidays, self.conflicts = dict(holidays), set(conflicts)
        self.update()

    def select(self, d: dt.date | None) -> None:
        self.selected = d
        self.update()

    def _tooltip_for(self, d: dt.date) -> str:
        parts = []
        if d in self.meetings:
            parts.append(tr("Sammanträde"))
        if d in self.preparations:
            parts.append(tr("Beredning"))
        if d in self.holidays:
            parts.append(self.holidays[d])
        if d in self.conflicts:
            parts.append(tr("Konflikt"))
        return f"{d.isoformat()}: " + ", ".join(parts) if parts else d.isoformat()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        d = self._date_at(event.position())
        self.setToolTip(self._tooltip_for(d) if d else "")

    def mousePressEvent(self, event: QMouseEvent) -> None:
        d = self._date_at(event.position())
        if d is not None:
            self.select(d)
            self.day_clicked.emit(d)

    def _date_at(self, pos) -> dt.date | None:
        return next((d for rect, d in self._cells if rect.contains(pos)), None)

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.fillRect(self.rect(), self.palette().base())
        self._cells = []
        cols, rows = 4, 3
        mw, mh = self.width() / cols, self.height() / rows
        for month in range(1, 13):
            col, row = (month - 1) % cols, (month - 1) // cols
            self._paint_month(p, month, QRectF(col * mw + 4, row * mh + 4, mw - 8, mh - 8))
        p.end()

    def _paint_month(self, p: QPainter, month: int, area: QRectF) -> None:
        title_h = 18
        cell_w = area.width() / 7
        cell_h = min((area.height() - title_h - 14) / 6, cell_w)
        bold = QFont(self.font())
        bold.setBold(True)
        p.setFont(bold)
        p.setPen(self.palette().text().color())
        p.drawText(QRectF(area.left(), area.top(), area.width(), title_h), Qt.AlignmentFlag.AlignLeft,
                   tr(MONTH_NAMES[month - 1]).capitalize())
        small = QFont(self.font())
        small.setPointSizeF(max(6.5, self.font().pointSizeF() - 1.5))
        p.setFont(small)
        for i, letter in enumerate(DAY_LETTERS):
            p.setPen(WEEKEND_TEXT)
            p.drawText(QRectF(area.left() + i * cell_w, area.top() + title_h, cell_w, 14),
                       Qt.AlignmentFlag.AlignCenter, tr(letter))
        p.setFont(self._day_font(cell_w))
        top = area.top() + title_h + 14
        for week, days in enumerate(calendar.Calendar().monthdatescalendar(self.year, month)):
            for wd, d in enumerate(days):
                if d.month != month:
                    continue
                rect = QRectF(area.left() + wd * cell_w + 1, top + week * cell_h + 1, cell_w - 2, cell_h - 2)
                self._cells.append((rect, d))
                self._paint_day(p, d, rect)

    def _day_font(self, cell_w: float) -> QFont:
        """The widget's font, made smaller until "28" fits a day cell with a margin, so
        day numbers never run together in a narrow window."""
        from PySide6.QtGui import QFontMetricsF

        font = QFont(self.font())
        size = font.pointSizeF() if font.pointSizeF() > 0 else 10.0
        while size > 6.0:
            font.setPointSizeF(size)
            if QFontMetricsF(font).horizontalAdvance("28") <= cell_w - 5:
                break
            size -= 0.5
        return font

    def _paint_day(self, p: QPainter, d: dt.date, rect: QRectF) -> None:
        text_color = self.palette().text().color()
        if d in self.holidays:
            p.fillRect(rect, HOLIDAY_FILL)
            text_color = HOLIDAY_TEXT
        elif d.weekday() >= 5:
            text_color = WEEKEND_TEXT
        if d in self.meetings:
            p.setBrush(MEETING)
            p.setPen(Qt.PenStyle.NoPen)
            p.drawRoundedRect(rect, 3, 3)
            text_color = QColor("white")
        elif d in self.preparations:
            p.setBrush(PREPARATION)
            p.setPen(Qt.PenStyle.NoPen)
            p.drawEllipse(rect.adjusted(2, 1, -2, -1))
            text_color = QColor("white")
        if d in self.conflicts:
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.setPen(QPen(CONFLICT, 2.5))
            p.drawRect(rect.adjusted(1, 1, -1, -1))
        if d == self.selected:
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.setPen(QPen(SELECTED, 2))
            p.drawRect(rect)
        p.setPen(text_color)
        p.drawText(rect, Qt.AlignmentFlag.AlignCenter, str(d.day))
