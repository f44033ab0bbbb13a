"""The gaps list (Brister) finds each kind of gap, and nothing in a complete plan."""

from __future__ import annotations

import datetime as dt

import pytest

from uppfoljning_desktop.domain.crisis import (
    ChecklistSection,
    ChecklistStep,
    ContactCategory,
    CrisisPlan,
    ExternalContact,
    GroupFunction,
    IncidentChecklist,
    PlanContent,
    RoleCard,
)
from uppfoljning_desktop.domain.crisis_gaps import GapKind, add_months, find_gaps, is_placeholder

TODAY = dt.date(2026, 11, 23)
RECENT = dt.date(2026, 10, 1)


def complete_plan() -> PlanContent:
    return PlanContent(
        plan=CrisisPlan(adopted_on=dt.date(2026, 6, 9), room_place="Kommunalhuset plan 9"),
        steps=[ChecklistStep(ChecklistSection.ALARM, "Ring 112 vid fara", "Alla")],
        role_cards=[RoleCard("Loggförare", "För loggen", "För loggen löpande")],
        functions=[GroupFunction(
            function="Loggförare", primary_name="Sara Björk", primary_work_phone="070-174 06 12",
            deputy_name="David Ek", deputy_private_phone="070-174 06 14", verified_on=RECENT)],
        contacts=[ExternalContact(ContactCategory.COUNTY, "Tjänsteman i beredskap", phone="070-174 06 40",
                                  verified_on=RECENT)],
        incidents=[IncidentChecklist("Brand", "Räddningstjänsten leder arbetet.")],
    )


def kinds(content: PlanContent) -> list[tuple[GapKind, str]]:
    return [(g.kind, g.where) for g in find_gaps(content, TODAY)]


def test_a_complete_plan_has_no_gaps():
    assert kinds(complete_plan()) == []


def test_function_without_person_or_deputy():
    c = complete_plan()
    c.functions.append(GroupFunction(function="Informationsansvarig"))
    c.functions[0].deputy_name = ""
    found = kinds(c)
    assert (GapKind.NO_DEPUTY, "Krisledningsgrupp: Loggförare") in found
    assert (GapKind.NO_PERSON, "Krisledningsgrupp: Informationsansvarig") in found
    assert (GapKind.NO_DEPUTY, "Krisledningsgrupp: Informationsansvarig") in found
    # an empty function has nobody to verify
    assert (GapKind.NOT_VERIFIED, "Krisledningsgrupp: Informationsansvarig") not in found


def test_people_and_contacts_without_a_number():
    c = complete_plan()
    c.functions[0].primary_work_phone = ""
    c.contacts[0].phone = "  "
    found = kinds(c)
    assert (GapKind.NO_NUMBER, "Krisledningsgrupp: Loggförare") in found
    assert (GapKind.NO_NUMBER, "Kontakter: länsstyrelse, Tjänsteman i beredskap") in found


@pytest.mark.parametrize("role,name,phone", [
    ("Försäkringssamordnare", "(namn + tel)", ""),
    ("Säkerhetschef", "", "(namn + tel)"),
    ("Trygghetssamordnare?", "", "070-174 06 50"),
    ("Fastighetschef", "XXX", "070-174 06 51"),
])
def test_placeholder_contacts(role, name, phone):
    c = complete_plan()
    c.contacts.append(ExternalContact(ContactCategory.MUNICIPALITY, role, name, phone, verified_on=RECENT))
    assert any(k == GapKind.PLACEHOLDER and w.startswith("Kontakter: kommun") for k, w in kinds(c))


def test_placeholder_function_and_texts():
    c = complete_plan()
    c.functions.append(GroupFunction(function="Analysfunktion?"))
    c.incidents.append(IncidentChecklist("Skadegörelse", "Övriga fastighetsfrågor: Fastighetschef (namn + tel)"))
    c.steps.append(ChecklistStep(ChecklistSection.ASSESSMENT, "Vem har larmat?", "Chef"))  # a question, not a hole
    found = kinds(c)
    assert (GapKind.PLACEHOLDER, "Krisledningsgrupp: Analysfunktion?") in found
    assert (GapKind.PLACEHOLDER, "Incident: Skadegörelse") in found
    assert not any(w.startswith("Checklista") for _, w in found)


def test_contacts_not_verified_within_the_set_months():
    c = complete_plan()
    c.contacts[0].verified_on = dt.date(2025, 11, 22)  # 12 months and a day
    c.functions[0].verified_on = None
    found = kinds(c)
    assert (GapKind.NOT_VERIFIED, "Kontakter: länsstyrelse, Tjänsteman i beredskap") in found
    assert (GapKind.NOT_VERIFIED, "Krisledningsgrupp: Loggförare") in found
    c.plan.verify_months = 13
    c.functions[0].verified_on = RECENT
    assert kinds(c) == []


@pytest.mark.parametrize("adopted,gap", [
    (None, True),
    (dt.date(2025, 11, 22), True),
    (dt.date(2025, 11, 23), False),
    (dt.date(2026, 1, 1), False),
])
def test_plan_not_adopted_within_a_year(adopted, gap):
    c = complete_plan()
    c.plan.adopted_on = adopted
    assert ((GapKind.PLAN_NOT_ADOPTED, "Planen") in kinds(c)) is gap


def test_crisis_room_without_place():
    c = complete_plan()
    c.plan.room_place = ""
    assert (GapKind.PLACEHOLDER, "Krisledningsrummet") in kinds(c)


def test_add_months_clamps_the_day():
    assert add_months(dt.date(2026, 3, 31), -1) == dt.date(2026, 2, 28)
    assert add_months(dt.date(2026, 11, 23), -12) == dt.date(2025, 11, 23)


@pytest.mark.parametrize("text,expected", [
    ("(namn + tel)", True), ("Analysfunktion?", True), ("…", True), ("N.N.", True),
    ("Kommundirektör", False), ("", False), ("08-721 22 00", False),
])
def test_is_placeholder(text, expected):
    assert is_placeholder(text) is expected


def test_the_default_template_shows_its_empty_places(fresh_db):
    from uppfoljning_desktop.store import crisis as store

    store.create_plan_from_template(fresh_db)
    gaps = find_gaps(store.load_plan_content(fresh_db), TODAY)
    found = {g.kind for g in gaps}
    assert {GapKind.NO_PERSON, GapKind.NO_DEPUTY, GapKind.NO_NUMBER, GapKind.PLAN_NOT_ADOPTED} <= found
