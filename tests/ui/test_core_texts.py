"""Every Swedish word the core hands to the interface has an entry in ui.core_texts, so
lupdate sees it and English users get it translated; display only, values unchanged."""

from __future__ import annotations

from enum import Enum

import pytest

from uppfoljning_desktop.domain import (
    assessment,
    crisis,
    crisis_gaps,
    goals,
    meetings,
    organisation,
    schedule,
    voting,
)
from uppfoljning_desktop.domain import delegation as delegation_domain
from uppfoljning_desktop.excel.board import ReturnStatus
from uppfoljning_desktop.excel.spec import Severity
from uppfoljning_desktop.ui.core_texts import CORE_TEXTS, label

ENUMS: list[type[Enum]] = [
    meetings.MeetingState, meetings.ItemKind, meetings.AttendanceStatus,
    organisation.MemberRole, organisation.OfficialRole,
    delegation_domain.AppealRoute,
    crisis.ChecklistSection, crisis.ContactCategory, crisis.EntryType, crisis.EntryStatus, crisis_gaps.GapKind,
    goals.MeasureUnit, goals.Breakdown, goals.ActivityStatus, goals.CompareWith,
    ReturnStatus, Severity,
]
ENUMS += [voting.MotionKind, voting.Answer, voting.QuestionKind, voting.StatementKind]


@pytest.mark.parametrize("enum", ENUMS, ids=lambda e: e.__name__)
def test_every_enum_value_shown_in_the_interface_is_listed(enum):
    assert {str(m.value) for m in enum if m.value} - CORE_TEXTS == set()


def test_weekdays_months_situation_fields_and_scales_are_listed():
    words = set(schedule.WEEKDAYS) | set(schedule.MONTHS) | set(goals.MONTHS)
    words |= {text for _attr, *texts in crisis.SITUATION_FIELDS for text in texts}
    words |= {w for scale in assessment.SCALES.values() for w in scale}
    words |= {assessment.colour_label(None), schedule.ScheduleEvent.label}
    assert words - CORE_TEXTS == set()


def test_life_cycle_actions_are_listed():
    from uppfoljning_desktop.domain.meeting_lifecycle import STEPS

    assert set(STEPS.values()) - CORE_TEXTS == set()


def test_label_keeps_the_swedish_text_without_a_translator():
    assert label(meetings.MeetingState.PLANNED) == "planerat"
    assert label(crisis.EntryStatus("")) == ""
    assert label("måndag") == "måndag"
