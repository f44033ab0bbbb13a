"""Måluppföljning: the plan's structure, the outcome grid per period, activity statuses,
the assessments with their reasoning and override, and the goal report as PDF.

Every edit is one store call (one transaction) made the moment it is committed; the PDF
is built in the background through ``ui.tasks.run_task``.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from uppfoljning_desktop.domain.assessment import SCALES, Colour
from uppfoljning_desktop.domain.goals import (
    Activity,
    ActivityStatus,
    CommitteeGoal,
    CouncilGoal,
    GoalArea,
    Indicator,
    MeasureUnit,
)
from uppfoljning_desktop.store import goals as store
from uppfoljning_desktop.store import goals_followup as follow
from uppfoljning_desktop.store import organisation as org_store
from uppfoljning_desktop.ui import messages, tasks
from uppfoljning_desktop.ui.areas import AreaPage
from uppfoljning_desktop.ui.core_texts import label as core_label
from uppfoljning_desktop.ui.goals_assessment import AssessmentRow, AssessmentView
from uppfoljning_desktop.ui.goals_grid import (
    ActivityModel,
    EnterMovesDownView,
    GridRow,
    OutcomeModel,
)
from uppfoljning_desktop.ui.goals_structure import StructureView
from uppfoljning_desktop.ui.i18n import tr
from uppfoljning_desktop.ui.session import Session
from uppfoljning_desktop.ui.table_model import ChoiceDelegate


class CopyPlanDialog(QDialog):
    def __init__(self, name: str, first: int, last: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Kopiera planen till en ny period"))
        self.name = QLineEdit(name, self)
        self.first = QSpinBox(self)
        self.last = QSpinBox(self)
        for spin, value in ((self.first, first), (self.last, last)):
            spin.setRange(2000, 2100)
            spin.setValue(value)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        box.accepted.connect(self.accept)
        box.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(tr("Den nya planens namn:"), self.name)
        form.addRow(tr("Första år:"), self.first)
        form.addRow(tr("Sista år:"), self.last)
        self.scheme = QComboBox(self)
        for key, label in (("delår", tr("Delår 1, delår 2, helår")), ("tertial", tr("Tertial 1–3")),
                           ("månad", tr("Varje månad"))):
            self.scheme.addItem(label, key)
        self.scheme_label = QLabel(tr("Perioder:"), self)
        form.addRow(self.scheme_label, self.scheme)
        form.addRow(box)


class Page(AreaPage):
    area_key = "goals"

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.plan_combo = QComboBox(self)
        self.period_combo = QComboBox(self)
        self.plan_combo.currentIndexChanged.connect(self._plan_changed)
        self.period_combo.currentIndexChanged.connect(self._period_changed)
        self.pdf_button = QPushButton(tr("Förhandsgranska måluppföljningen …"), self)
        self.pdf_button.clicked.connect(self.preview_pdf)
        self.copy_button = QPushButton(tr("Kopiera planen till ny period …"), self)
        self.copy_button.clicked.connect(self.copy_plan_dialog)
        top = QHBoxLayout()
        top.addWidget(QLabel(tr("Verksamhetsplan:"), self))
        top.addWidget(self.plan_combo)
        top.addWidget(QLabel(tr("Period:"), self))
        top.addWidget(self.period_combo)
        self.scale_combo = QComboBox(self)
        for key, words in SCALES.items():
            self.scale_combo.addItem(" / ".join(core_label(w) for w in words), key)
        self.scale_combo.setMaximumWidth(280)
        self.scale_combo.setToolTip(tr("Bedömningsskalan i planens egna ord"))
        self.scale_combo.currentIndexChanged.connect(self._scale_changed)
        top.addWidget(QLabel(tr("Skala:"), self))
        top.addWidget(self.scale_combo)
        top.addStretch()
        for combo in (self.plan_combo, self.period_combo, self.scale_combo):
            # Long plan names must not make the window wider than a laptop screen.
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(14)

        self.tabs = QTabWidget(self)
        self.structure = StructureView(self.save_node, self.delete_node, self.add_node, self)
        self.outcome_model = OutcomeModel(self._save_outcomes, self)
        self.outcome_view = EnterMovesDownView(self)
        self.outcome_view.setModel(self.outcome_model)
        header = self.outcome_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate((230, 380, 130, 120, 80, 80)):
            header.resizeSection(column, width)
        self.activity_model = ActivityModel(self._save_status, self)
        self.activity_view = EnterMovesDownView(self)
        self.activity_view.setModel(self.activity_model)
        self.activity_view.setItemDelegateForColumn(
            ActivityModel.STATUS, ChoiceDelegate([s.value for s in ActivityStatus], self.activity_view))
        self.activity_view.horizontalHeader().setStretchLastSection(True)
        for column, width in enumerate((260, 380, 90, 130, 100)):
            self.activity_view.horizontalHeader().resizeSection(column, width)
        self.assessment = AssessmentView(self._confirm, self._clear, self)
        self.tabs.addTab(self.outcome_view, tr("Utfall"))
        self.tabs.addTab(self.activity_view, tr("Aktiviteter"))
        self.tabs.addTab(self.assessment, tr("Bedömning"))
        self.tabs.addTab(self.structure, tr("Struktur"))
        from uppfoljning_desktop.ui.excel_panel import ExcelPanel  # the Excel round trip (issue 6)

        self.excel = ExcelPanel(session, self, show_period=False)
        self.tabs.addTab(self.excel, tr("Excel"))
        self.tabs.currentChanged.connect(lambda _: self._load_tab())
        self.empty_label = QLabel(tr("Ingen verksamhetsplan finns ännu. Skapa en med knappen nedan."), self)
        self.new_plan_button = QPushButton(tr("Ny verksamhetsplan …"), self)
        self.new_plan_button.clicked.connect(self.new_plan_dialog)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tabs)
        bottom = QHBoxLayout()
        bottom.addWidget(self.empty_label)
        bottom.addStretch()
        bottom.addWidget(self.pdf_button)
        bottom.addWidget(self.copy_button)
        bottom.addWidget(self.new_plan_button)
        layout.addLayout(bottom)
        self._loading = False

    @property
    def db(self):
        return self.session.db

    # ------------------------------------------------------------ selection

    def plan_id(self) -> int | None:
        return self.plan_combo.currentData()

    def period_id(self) -> int | None:
        return self.period_combo.currentData()

    def select(self, plan_name: str | None = None, period_label: str | None = None, tab: str | None = None) -> None:
        """Pick a plan, period and tab by their names (tests and the screenshot use this)."""
        if plan_name is not None:
            self.plan_combo.setCurrentIndex(self.plan_combo.findText(plan_name))
        if period_label is not None:
            self.period_combo.setCurrentIndex(self.period_combo.findText(period_label))
        if tab is not None:
            for i in range(self.tabs.count()):
                if self.tabs.tabText(i) == tab:
                    self.tabs.setCurrentIndex(i)

    def prepare_screenshot(self) -> None:
        self.select("Verksamhetsplan 2024–2026", "Delår 2 2024", tr("Utfall"))

    def reload(self) -> None:
        if self.db is None:
            return
        self._loading = True
        keep = self.plan_combo.currentText()
        self.plan_combo.clear()
        plans = store.list_plans(self.db)
        for plan in reversed(plans):  # the newest first
            self.plan_combo.addItem(plan.name, plan.id)
        self.empty_label.setVisible(not plans)
        if keep:
            self.plan_combo.setCurrentIndex(max(0, self.plan_combo.findText(keep)))
        self._loading = False
        self._plan_changed()

    def _plan_changed(self, *_: Any) -> None:
        if self._loading or self.db is None:
            return
        self._loading = True
        keep = self.period_combo.currentText()
        self.period_combo.clear()
        plan_id = self.plan_id()
        if plan_id is not None:
            plan = store.get_plan(self.db, plan_id)
            self.scale_combo.setCurrentIndex(max(0, self.scale_combo.findData(plan.scale)))
            periods = store.list_periods_for_plan(self.db, plan_id)
            for p in periods:
                self.period_combo.addItem(p.label, p.id)
            from uppfoljning_desktop.store.goals_followup import periods_with_outcomes

            reported = periods_with_outcomes(self.db)
            default = next((p.label for p in reversed(periods) if p.id in reported), periods[0].label if periods else "")
            self.period_combo.setCurrentIndex(max(0, self.period_combo.findText(keep or default)))
            if self.period_combo.currentIndex() < 0 or (keep and self.period_combo.findText(keep) < 0):
                self.period_combo.setCurrentIndex(max(0, self.period_combo.findText(default)))
        self._loading = False
        self._load_all()

    def _period_changed(self, *_: Any) -> None:
        if not self._loading:
            self._load_all()

    # ------------------------------------------------------------ loading

    def _load_all(self) -> None:
        for w in (self.tabs, self.pdf_button, self.copy_button):
            w.setEnabled(self.plan_id() is not None)
        self._load_tab(all_tabs=True)

    def _load_tab(self, all_tabs: bool = False) -> None:
        if self.db is None or self.plan_id() is None:
            return
        current = self.tabs.currentWidget()
        if all_tabs or current is self.outcome_view:
            self.load_outcomes()
        if all_tabs or current is self.activity_view:
            self.load_activities()
        if all_tabs or current is self.assessment:
            self.load_assessment()
        if all_tabs or current is self.structure:
            self.load_structure()
        if all_tabs or current is self.excel:
            self.excel.reload(self.period_combo.currentText())

    def load_structure(self) -> None:
        self.structure.load(store.get_structure(self.db, self.plan_id()), org_store.list_units(self.db))

    def load_outcomes(self) -> None:
        period_id = self.period_id()
        if period_id is None:
            self.outcome_model.set_rows([])
            return
        period = store.get_period(self.db, period_id)
        s = store.get_structure(self.db, self.plan_id())
        goals = {g.id: g for g in s.goals}
        outcomes = follow.list_outcomes(self.db, period_id)
        rows: list[GridRow] = []
        for ind in s.indicators:
            target = ind.target_for(period.year).display()
            goal = goals[ind.goal_id]
            for sub in ind.subgroup_names:
                for bd in ind.breakdowns:
                    history = follow.year_end_history(self.db, ind.id, before_year=period.year, breakdown=bd,
                                                      subgroup=sub)
                    previous = follow.format_value(history.get(max(history)) if history else None,
                                                   str(ind.measure_unit)).replace("\u00a0", " ")
                    cell = outcomes.get((ind.id, bd, sub))  # type: ignore[arg-type]
                    rows.append(GridRow(ind, goal.title, bd, sub, target, previous,
                                        cell.value if cell else None, cell.comment if cell else ""))
        self.outcome_model.set_rows(rows)

    def load_activities(self) -> None:
        period_id = self.period_id()
        if period_id is None:
            self.activity_model.set_rows([])
            return
        goals = {g.id: g for g in store.list_goals(self.db, self.plan_id())}
        self.activity_model.set_rows([(goals[a.goal_id].title, a)
                                      for a in store.list_activities(self.db, self.plan_id(), period_id)])

    def load_assessment(self) -> None:
        period_id = self.period_id()
        if period_id is None:
            return
        plan_id = self.plan_id()
        result = follow.assess_plan(self.db, plan_id, period_id)
        s = store.get_structure(self.db, plan_id)
        rows: list[AssessmentRow] = []
        for area in s.areas:
            for c in s.council_goals_in(area.id):
                rows.append(AssessmentRow(c.title, result.council_goals[c.id], council_goal_id=c.id))
                rows += [AssessmentRow(f"    {g.title}", result.goals[g.id], goal_id=g.id) for g in s.goals_under(c.id)]
            rows += [AssessmentRow(g.title, result.goals[g.id], goal_id=g.id) for g in s.goals_in(area.id, None)]
        self.assessment.set_rows(rows, s.plan.scale)

    # ------------------------------------------------------------ writes

    def _changed(self) -> None:
        self.session.notify_changed(self.area_key)

    def _save_outcomes(self, values) -> int:
        n = follow.save_outcomes(self.db, self.period_id(), values)
        self._changed()
        return n

    def _save_status(self, activity: Activity, status: ActivityStatus, comment: str) -> Activity:
        saved = follow.set_activity_status(self.db, activity.id, self.period_id(), status, comment)
        self._changed()
        return saved

    def _confirm(self, row: AssessmentRow, colour: Colour | None, reason: str) -> bool:
        ok, _ = tasks.call(self, lambda: follow.confirm_assessment(
            self.db, self.period_id(), goal_id=row.goal_id, council_goal_id=row.council_goal_id,
            override=colour, reason=reason))
        if ok:
            self._changed()
            self.load_assessment()
        return ok

    def _clear(self, row: AssessmentRow) -> bool:
        ok, _ = tasks.call(self, lambda: follow.clear_assessment(
            self.db, self.period_id(), goal_id=row.goal_id, council_goal_id=row.council_goal_id))
        if ok:
            self._changed()
            self.load_assessment()
        return ok

    def save_node(self, obj: Any) -> bool:
        """Save a node (raises a UserError when refused: the node's form says what was
        not saved)."""
        savers = {GoalArea: store.save_area, CouncilGoal: store.save_council_goal, CommitteeGoal: store.save_goal,
                  Indicator: store.save_indicator, Activity: store.save_activity}
        savers[type(obj)](self.db, obj)
        for editor in (self.structure.text_editor, self.structure.indicator_editor, self.structure.activity_editor):
            if editor.editing.key == (type(obj).__name__, obj.id):
                editor.editing.set_modified(False)  # saved: the reload below may fill it
        self._changed()
        self.structure.load(store.get_structure(self.db, self.plan_id()), org_store.list_units(self.db))
        return True

    def delete_node(self, obj: Any) -> None:
        deleters = {GoalArea: store.delete_area, CouncilGoal: store.delete_council_goal,
                    CommitteeGoal: store.delete_goal, Indicator: store.delete_indicator,
                    Activity: store.delete_activity}
        name = getattr(obj, "name", None) or getattr(obj, "text", "")
        question = tr("Ta bort \"{name}\" med allt som hör till (indikatorer, utfall, aktiviteter)?").format(name=name)
        if not messages.ask_yes_no(self, question):
            return
        ok, _ = tasks.call(self, lambda: deleters[type(obj)](self.db, obj.id))
        if ok:
            self._changed()
            self.load_structure()

    def add_node(self, kind: str, selected: Any) -> None:
        """Add a new node under the selection (or say what to select first)."""
        plan_id = self.plan_id()
        area_id = getattr(selected, "area_id", None) if not isinstance(selected, GoalArea) else selected.id
        goal_id = selected.id if isinstance(selected, CommitteeGoal) else getattr(selected, "goal_id", None)
        if isinstance(selected, (Indicator, Activity)):
            area_id = store.get_goal(self.db, selected.goal_id).area_id
        new: Any
        if kind == "area":
            new = GoalArea(plan_id=plan_id, name=tr("Nytt målområde"))
        elif kind in ("council", "goal") and area_id is None:
            messages.show_info(self, tr("Välj först det målområde målet ska ligga under."))
            return
        elif kind == "council":
            new = CouncilGoal(area_id=area_id, number="", text=tr("Nytt KF-mål"))
        elif kind == "goal":
            council = selected.id if isinstance(selected, CouncilGoal) else getattr(selected, "council_goal_id", None)
            new = CommitteeGoal(area_id=area_id, council_goal_id=council, number="", text=tr("Nytt nämndmål"))
        elif goal_id is None:
            messages.show_info(self, tr("Välj först det nämndmål som indikatorn eller aktiviteten hör till."))
            return
        elif kind == "indicator":
            new = Indicator(goal_id=goal_id, name=tr("Ny indikator"), measure_unit=MeasureUnit.PERCENT)
        else:
            new = Activity(goal_id=goal_id, text=tr("Ny aktivitet"))
        tasks.call(self, lambda: self.save_node(new))

    # ------------------------------------------------------------ plans and printing

    def new_plan_dialog(self) -> None:
        import datetime as dt

        year = dt.date.today().year
        dialog = CopyPlanDialog(tr("Verksamhetsplan {year}").format(year=year), year, year + 2, self)
        dialog.setWindowTitle(tr("Ny verksamhetsplan"))
        if dialog.exec() == QDialog.DialogCode.Accepted:
            from uppfoljning_desktop.domain.goals import Plan

            plan = Plan(name=dialog.name.text(), first_year=dialog.first.value(), last_year=dialog.last.value(),
                        period_scheme=dialog.scheme.currentData())
            ok, saved = tasks.call(self, lambda: store.save_plan(self.db, plan))
            if ok:
                self._changed()
                self.reload()
                self.plan_combo.setCurrentIndex(self.plan_combo.findText(saved.name))

    def copy_plan_dialog(self) -> None:
        plan = store.get_plan(self.db, self.plan_id())
        span = plan.last_year - plan.first_year
        first = plan.last_year + 1
        name = tr("Verksamhetsplan {first}–{last}").format(first=first, last=first + span)
        dialog = CopyPlanDialog(name, first, first + span, self)
        dialog.scheme.hide()  # a copy keeps the plan's period scheme
        dialog.scheme_label.hide()
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.copy_plan(dialog.name.text(), dialog.first.value(), dialog.last.value())

    def copy_plan(self, name: str, first_year: int, last_year: int) -> None:
        plan_id = self.plan_id()
        ok, new = tasks.call(self, lambda: store.copy_plan(self.db, plan_id, name, first_year, last_year))
        if ok:
            self._changed()
            self.reload()
            self.plan_combo.setCurrentIndex(self.plan_combo.findText(new.name))
            messages.show_info(self, tr("Planen kopierades till \"{name}\". Utfall och bedömningar följer inte "
                                        "med; ingående värden är fjolårets utfall där sådana finns.").format(name=new.name))

    def preview_pdf(self):
        """The goal report in the shared document view (print, save as PDF)."""
        from uppfoljning_desktop.ui.document_view import preview

        period_id, plan_id, label = self.period_id(), self.plan_id(), self.period_combo.currentText()
        if period_id is None:
            return None

        def render(db, path: str) -> None:
            from uppfoljning_desktop.reports.goals import build_goal_report

            Path(path).write_bytes(build_goal_report(db, period_id, plan_id))

        return preview(self, self.session, tr("Måluppföljning {label}").format(label=label),
                       f"Måluppföljning {label}", render)

    def print_pdf(self) -> None:
        period_id, plan_id, label = self.period_id(), self.plan_id(), self.period_combo.currentText()
        if period_id is None:
            return
        suggested = str(Path.home() / f"Måluppföljning {label}.pdf")
        path = messages.get_save_file_name(self, tr("Spara måluppföljningen som PDF"), suggested, tr("PDF (*.pdf)"))
        if not path:
            return
        session = self.session

        def work() -> str:
            from uppfoljning_desktop.reports.goals import build_goal_report
            from uppfoljning_desktop.store.errors import user_errors

            db = session.worker_connection()
            try:
                data = build_goal_report(db, period_id, plan_id)
            finally:
                db.close()
            target = Path(path)
            tmp = target.with_name(target.name + ".tmp")
            with user_errors(target):
                tmp.write_bytes(data)
                tmp.replace(target)
            return str(target)

        tasks.run_task(self, work, label=tr("Skapar måluppföljningen …"),
                       on_success=lambda p: messages.show_info(self, tr("Måluppföljningen sparades: {path}")
                                                               .format(path=p)))

    def _scale_changed(self, *_: Any) -> None:
        if not self._loading and self.plan_id() is not None:
            scale = self.scale_combo.currentData()
            if scale != store.get_plan(self.db, self.plan_id()).scale:
                self.set_plan_scale(scale)

    def set_plan_scale(self, scale: str) -> None:
        """Change the plan's assessment scale (Grön/Gul/Röd, Bra/Ok/Har brister …)."""
        plan = store.get_plan(self.db, self.plan_id())
        ok, _ = tasks.call(self, lambda: store.save_plan(self.db, replace(plan, scale=scale)))
        if ok:
            self._changed()
            self.load_assessment()
