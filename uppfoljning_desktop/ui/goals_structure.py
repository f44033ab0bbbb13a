"""The structure tab: a tree of goal areas, KF-mål, nämndmål, indicators and activities,
with an editor for the selected node (the indicator editor holds baseline, one target per
plan year as written, source, responsible unit, gender split and sub-groups)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QSplitter,
    QStackedWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from uppfoljning_desktop.domain.goals import (
    Activity,
    CommitteeGoal,
    CompareWith,
    CouncilGoal,
    GoalArea,
    Indicator,
    MeasureUnit,
)
from uppfoljning_desktop.domain.organisation import Unit
from uppfoljning_desktop.ui import editing
from uppfoljning_desktop.ui.core_texts import label as core_label
from uppfoljning_desktop.ui.i18n import tr

ROLE = Qt.ItemDataRole.UserRole


def node_key(obj: Any) -> tuple[str, Any] | None:
    """Which node a form holds (the type and id), to keep its unsaved edits on reload."""
    return (type(obj).__name__, getattr(obj, "id", None)) if obj is not None else None


class TextNodeEditor(QWidget):
    """Goal area, KF-mål or nämndmål: number, text, description."""

    def __init__(self, save: Callable[[Any], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._save, self._obj = save, None
        self.number = QLineEdit(self)
        self.text = QLineEdit(self)
        self.description = QPlainTextEdit(self)
        self.save_button = QPushButton(tr("Spara"), self)
        self.save_button.clicked.connect(lambda: self.save())
        self.form = QFormLayout(self)
        self.form.addRow(tr("Nummer:"), self.number)
        self.form.addRow(tr("Text:"), self.text)
        self.form.addRow(tr("Beskrivning:"), self.description)
        self.form.addRow("", self.save_button)
        self.editing = editing.FormEditor(self, lambda: f"\"{self.text.text()}\"", self._save_form,
                                          save_button=self.save_button)
        self.editing.watch(self.number, self.text, self.description)

    def load(self, obj: Any) -> None:
        if self.editing.keeps(node_key(obj)):
            return
        with self.editing.loading(node_key(obj)):
            self._fill(obj)

    def _fill(self, obj: Any) -> None:
        self._obj = obj
        has_number = not isinstance(obj, GoalArea)
        self.number.setVisible(has_number)
        self.form.labelForField(self.number).setVisible(has_number)
        self.number.setText(getattr(obj, "number", ""))
        self.text.setText(obj.name if isinstance(obj, GoalArea) else obj.text)
        self.description.setPlainText(obj.description)

    def save(self) -> bool:
        return self.editing.save()

    def _save_form(self) -> bool:
        obj = self._obj
        if obj is None:
            return False
        if isinstance(obj, GoalArea):
            new = replace(obj, name=self.text.text(), description=self.description.toPlainText())
        else:
            new = replace(obj, number=self.number.text(), text=self.text.text(),
                          description=self.description.toPlainText())
        return bool(self._save(new))


class IndicatorEditor(QWidget):
    def __init__(self, save: Callable[[Indicator], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._save = save
        self._obj: Indicator | None = None
        self._years: list[int] = []
        self.name = QLineEdit(self)
        self.measure = QComboBox(self)
        for m in MeasureUnit:
            self.measure.addItem(core_label(m), m.value)
        self.baseline = QLineEdit(self)
        self.baseline.setPlaceholderText(tr("t.ex. 89,9 % eller * när värde saknas"))
        self.baseline_year = QSpinBox(self)
        self.baseline_year.setRange(0, 2100)
        self.baseline_year.setSpecialValueText(tr("okänt"))
        self.targets_box = QWidget(self)
        self.targets_layout = QHBoxLayout(self.targets_box)
        self.targets_layout.setContentsMargins(0, 0, 0, 0)
        self.targets_box.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.target_edits: dict[int, QLineEdit] = {}
        self.source = QLineEdit(self)
        self.unit = QComboBox(self)
        self.by_gender = QCheckBox(tr("Redovisas för kvinnor och män"), self)
        self.lower = QCheckBox(tr("Lägre värde är bättre (t.ex. personalomsättning, ranking)"), self)
        self.compare = QComboBox(self)
        for c in CompareWith:
            self.compare.addItem(core_label(c), c.value)
        self.subgroups = QLineEdit(self)
        self.subgroups.setPlaceholderText(tr("t.ex. Sfi; Grundläggande vuxenutbildning"))
        self.footnote = QPlainTextEdit(self)
        self.footnote.setMaximumHeight(60)
        self.save_button = QPushButton(tr("Spara indikatorn"), self)
        self.save_button.clicked.connect(lambda: self.save())
        form = QFormLayout(self)
        form.addRow(tr("Indikator:"), self.name)
        form.addRow(tr("Enhet:"), self.measure)
        form.addRow(tr("Ingående värde:"), self.baseline)
        form.addRow(tr("Ingående värdets år:"), self.baseline_year)
        form.addRow(tr("Riktvärden:"), self.targets_box)
        form.addRow(tr("Källa:"), self.source)
        form.addRow(tr("Ansvarig verksamhet:"), self.unit)
        form.addRow("", self.by_gender)
        form.addRow("", self.lower)
        form.addRow(tr("Öka/Minska jämförs med:"), self.compare)
        form.addRow(tr("Delgrupper:"), self.subgroups)
        form.addRow(tr("Fotnot:"), self.footnote)
        form.addRow("", self.save_button)
        self.editing = editing.FormEditor(self, lambda: tr("indikatorn \"{n}\"").format(n=self.name.text()),
                                          self._save_form, save_button=self.save_button)
        self.editing.watch(self.name, self.measure, self.baseline, self.baseline_year, self.source, self.unit,
                           self.by_gender, self.lower, self.compare, self.subgroups, self.footnote)

    def set_context(self, years: list[int], units: list[Unit]) -> None:
        with self.editing.quiet():
            self._set_context(years, units)

    def _set_context(self, years: list[int], units: list[Unit]) -> None:
        if years != self._years:
            for edit in self.target_edits.values():
                edit.deleteLater()
            while self.targets_layout.count():
                self.targets_layout.takeAt(0)
            self.target_edits = {}
            for y in years:
                edit = QLineEdit(self.targets_box)
                edit.setPlaceholderText(str(y))
                edit.setToolTip(tr("Riktvärde {year}: tal, >82,3 %, högst 12 %, Öka, Minska, bibehålla eller *")
                                .format(year=y))
                self.targets_layout.addWidget(QLabel(str(y), self.targets_box))
                self.targets_layout.addWidget(edit)
                self.target_edits[y] = edit
                self.editing.watch(edit, label=tr("Riktvärde {year}").format(year=y))
            self._years = list(years)
        chosen = self.unit.currentData()
        self.unit.clear()
        self.unit.addItem(tr("(ingen)"), None)
        for u in units:
            self.unit.addItem(u.name, u.id)
        self.unit.setCurrentIndex(max(0, self.unit.findData(chosen)))  # an unsaved choice stays

    def load(self, ind: Indicator) -> None:
        if self.editing.keeps(node_key(ind)):
            return
        with self.editing.loading(node_key(ind)):
            self._fill(ind)

    def _fill(self, ind: Indicator) -> None:
        self._obj = ind
        self.name.setText(ind.name)
        self.measure.setCurrentIndex(self.measure.findData(str(ind.measure_unit)))
        self.baseline.setText(ind.baseline_text)
        self.baseline_year.setValue(ind.baseline_year or 0)
        for y, edit in self.target_edits.items():
            edit.setText(ind.targets.get(y, ""))
        self.source.setText(ind.source)
        self.unit.setCurrentIndex(max(0, self.unit.findData(ind.unit_id)))
        self.by_gender.setChecked(ind.by_gender)
        self.lower.setChecked(ind.lower_is_better)
        self.compare.setCurrentIndex(self.compare.findData(str(ind.compare_with)))
        self.subgroups.setText("; ".join(ind.subgroups))
        self.footnote.setPlainText(ind.footnote)

    def edited(self) -> Indicator | None:
        if self._obj is None:
            return None
        targets = dict(self._obj.targets)
        targets.update({y: e.text() for y, e in self.target_edits.items()})
        return replace(
            self._obj, name=self.name.text(), measure_unit=MeasureUnit(self.measure.currentData()),
            baseline_text=self.baseline.text(), baseline_year=self.baseline_year.value() or None,
            targets={y: t for y, t in targets.items() if t.strip()}, source=self.source.text(),
            unit_id=self.unit.currentData(), by_gender=self.by_gender.isChecked(),
            lower_is_better=self.lower.isChecked(), compare_with=CompareWith(self.compare.currentData()),
            subgroups=[s.strip() for s in self.subgroups.text().split(";") if s.strip()],
            footnote=self.footnote.toPlainText())

    def save(self) -> bool:
        return self.editing.save()

    def _save_form(self) -> bool:
        ind = self.edited()
        return ind is not None and bool(self._save(ind))


class ActivityEditor(QWidget):
    def __init__(self, save: Callable[[Activity], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._save = save
        self._obj: Activity | None = None
        self.text = QPlainTextEdit(self)
        self.text.setMaximumHeight(70)
        self.due = QComboBox(self)
        self.due.setEditable(True)
        self.due.addItems(["", "Q1", "Q2", "Q3", "Q4", "Kontinuerligt"])
        self.due.setToolTip(tr("Q1–Q4, Kontinuerligt eller ett datum ÅÅÅÅ-MM-DD"))
        self.responsible = QLineEdit(self)
        self.unit = QComboBox(self)
        self.save_button = QPushButton(tr("Spara aktiviteten"), self)
        self.save_button.clicked.connect(lambda: self.save())
        form = QFormLayout(self)
        form.addRow(tr("Aktivitet:"), self.text)
        form.addRow(tr("Klart:"), self.due)
        form.addRow(tr("Ansvarig:"), self.responsible)
        form.addRow(tr("Verksamhet:"), self.unit)
        form.addRow("", self.save_button)
        self.editing = editing.FormEditor(self, tr("aktiviteten"), self._save_form, save_button=self.save_button)
        self.editing.watch(self.text, self.due, self.responsible, self.unit)

    def set_units(self, units: list[Unit]) -> None:
        with self.editing.quiet():
            self._set_units(units)

    def _set_units(self, units: list[Unit]) -> None:
        chosen = self.unit.currentData()
        self.unit.clear()
        self.unit.addItem(tr("(ingen)"), None)
        for u in units:
            self.unit.addItem(u.name, u.id)
        self.unit.setCurrentIndex(max(0, self.unit.findData(chosen)))  # an unsaved choice stays

    def load(self, a: Activity) -> None:
        if self.editing.keeps(node_key(a)):
            return
        with self.editing.loading(node_key(a)):
            self._fill(a)

    def _fill(self, a: Activity) -> None:
        self._obj = a
        self.text.setPlainText(a.text)
        self.due.setCurrentText(a.due)
        self.responsible.setText(a.responsible)
        self.unit.setCurrentIndex(max(0, self.unit.findData(a.unit_id)))

    def save(self) -> bool:
        return self.editing.save()

    def _save_form(self) -> bool:
        if self._obj is None:
            return False
        return bool(self._save(replace(self._obj, text=self.text.toPlainText(), due=self.due.currentText(),
                                       responsible=self.responsible.text(), unit_id=self.unit.currentData())))


class StructureView(QWidget):
    """Tree + editors. ``save(obj)`` / ``delete(obj)`` / ``add(kind, parent_obj)`` are the page's."""

    def __init__(self, save: Callable[[Any], None], delete: Callable[[Any], None],
                 add: Callable[[str, Any], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tree = QTreeWidget(self)
        self.tree.setHeaderLabels([tr("Struktur")])
        self.tree.currentItemChanged.connect(self._current_changed)
        self.editors = QStackedWidget(self)
        self.empty = QLabel(tr("Välj ett mål, en indikator eller en aktivitet i trädet."), self)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.text_editor = TextNodeEditor(save, self)
        self.indicator_editor = IndicatorEditor(save, self)
        self.activity_editor = ActivityEditor(save, self)
        for w in (self.empty, self.text_editor, self.indicator_editor, self.activity_editor):
            self.editors.addWidget(w)
        self._add, self._delete = add, delete
        buttons = QHBoxLayout()
        self.add_buttons: dict[str, QPushButton] = {}
        for kind, label in (("area", tr("Nytt målområde")), ("council", tr("Nytt KF-mål")),
                            ("goal", tr("Nytt nämndmål")), ("indicator", tr("Ny indikator")),
                            ("activity", tr("Ny aktivitet"))):
            b = QPushButton(label, self)
            b.clicked.connect(lambda _=False, k=kind: self._add(k, self.selected()))
            buttons.addWidget(b)
            self.add_buttons[kind] = b
        self.remove_button = QPushButton(tr("Ta bort"), self)
        self.remove_button.clicked.connect(lambda: self.selected() is not None and self._delete(self.selected()))
        buttons.addWidget(self.remove_button)
        buttons.addStretch()
        splitter = QSplitter(self)
        splitter.addWidget(self.tree)
        splitter.addWidget(self.editors)
        splitter.setSizes([520, 480])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        layout.addLayout(buttons)

    def selected(self) -> Any:
        item = self.tree.currentItem()
        return item.data(0, ROLE) if item is not None else None

    def load(self, structure, units: list[Unit]) -> None:
        """Fill the tree from a ``store.goals.Structure``; keeps the selected node."""
        keep_key = node_key(self.selected())
        self.indicator_editor.set_context(list(structure.plan.years), units)
        self.activity_editor.set_units(units)
        self.tree.blockSignals(True)
        self.tree.clear()
        select = None

        def add(parent, obj, text: str) -> QTreeWidgetItem:
            nonlocal select
            item = QTreeWidgetItem(parent, [text])
            item.setData(0, ROLE, obj)
            item.setToolTip(0, text)
            if keep_key == (type(obj).__name__, obj.id):
                select = item
            return item

        def add_goal(parent, goal: CommitteeGoal) -> None:
            g = add(parent, goal, tr("Nämndmål {title}").format(title=goal.title) if goal.number else goal.title)
            for ind in structure.indicators_of(goal.id):
                add(g, ind, f"▸ {ind.name}")
            for a in structure.activities_of(goal.id):
                add(g, a, tr("Aktivitet: {text}").format(text=a.text))

        for area in structure.areas:
            a_item = add(self.tree, area, tr("Målområde: {name}").format(name=area.name))
            for c in structure.council_goals_in(area.id):
                c_item = add(a_item, c, c.title)
                for goal in structure.goals_under(c.id):
                    add_goal(c_item, goal)
            for goal in structure.goals_in(area.id, None):
                add_goal(a_item, goal)
        self.tree.expandToDepth(1)
        if select is not None:
            self.tree.setCurrentItem(select)
        self.tree.blockSignals(False)
        self._show_selected()

    def _current_changed(self, current: QTreeWidgetItem | None, previous: QTreeWidgetItem | None) -> None:
        """Another node chosen: first the unsaved edits of the one in the form."""
        shown = self.editors.currentWidget()
        form = getattr(shown, "editing", None)
        new_key = node_key(current.data(0, ROLE)) if current is not None else None
        if form is not None and form.key != new_key and not form.confirm_leave(self):
            self.tree.blockSignals(True)
            self.tree.setCurrentItem(previous)
            self.tree.blockSignals(False)
            return
        if new_key is not None and self.selected() is not None and node_key(self.selected()) != new_key:
            # saving reloaded the tree: choose the wanted node again
            self._select_key(new_key)
        self._show_selected()

    def _select_key(self, key) -> None:
        from PySide6.QtWidgets import QTreeWidgetItemIterator

        it = QTreeWidgetItemIterator(self.tree)
        while it.value() is not None:
            if node_key(it.value().data(0, ROLE)) == key:
                self.tree.blockSignals(True)
                self.tree.setCurrentItem(it.value())
                self.tree.blockSignals(False)
                return
            it += 1

    def _show_selected(self) -> None:
        obj = self.selected()
        if isinstance(obj, Indicator):
            self.indicator_editor.load(obj)
            self.editors.setCurrentWidget(self.indicator_editor)
        elif isinstance(obj, Activity):
            self.activity_editor.load(obj)
            self.editors.setCurrentWidget(self.activity_editor)
        elif isinstance(obj, (GoalArea, CouncilGoal, CommitteeGoal)):
            self.text_editor.load(obj)
            self.editors.setCurrentWidget(self.text_editor)
        else:
            self.editors.setCurrentWidget(self.empty)
