"""The crisis plan store: template, versions, editing only the newest version."""

from __future__ import annotations

import datetime as dt

import pytest

from uppfoljning_desktop.domain.crisis import (
    ChecklistSection,
    ChecklistStep,
    ContactCategory,
    ExternalContact,
    GroupFunction,
    IncidentChecklist,
    RoleCard,
)
from uppfoljning_desktop.errors import NotFound, UserError, ValidationFailed
from uppfoljning_desktop.store import crisis as store


def test_new_plan_starts_from_the_template(fresh_db):
    plan = store.create_plan_from_template(fresh_db)
    content = store.load_plan_content(fresh_db)
    assert plan.version == 1 and plan.adopted_on is None
    assert {s.section for s in content.steps} == set(ChecklistSection)
    assert [c.function for c in content.role_cards] == ["Ordförande", "Stabschef", "Loggförare", "Informationsansvarig"]
    assert "Loggförare" in [f.function for f in content.functions]
    assert {c.category for c in content.contacts} >= {ContactCategory.POLICE, ContactCategory.RESCUE}
    assert [i.title for i in content.incidents][:2] == ["Brand", "Skadegörelse"]
    fire = content.incidents[0]
    assert [content.contact(c).role for c in fire.contact_ids][0] == "Räddningstjänsten, vid fara"
    assert content.plan.equipment_items  # the crisis room's equipment list
    with pytest.raises(UserError, match="redan en krisplan"):
        store.create_plan_from_template(fresh_db)


def test_no_plan_gives_a_swedish_message(fresh_db):
    assert store.get_current_plan(fresh_db) is None
    with pytest.raises(NotFound, match="ingen krisplan"):
        store.load_plan_content(fresh_db)


def test_new_version_keeps_the_old_one_unchanged_and_read_only(fresh_db):
    plan = store.create_plan_from_template(fresh_db)
    plan.adopted_on = dt.date(2016, 9, 22)
    plan.decision_reference = "AVUX/2016:60"
    store.save_plan(fresh_db, plan)
    v2 = store.create_new_version(fresh_db)
    assert (v2.version, v2.adopted_on, v2.decision_reference) == (2, None, "")
    versions = store.list_plan_versions(fresh_db)
    assert [(p.version, p.adopted_on) for p in versions] == [(2, None), (1, dt.date(2016, 9, 22))]
    old = store.load_plan_content(fresh_db, plan.id)
    new = store.load_plan_content(fresh_db)
    assert len(new.steps) == len(old.steps) and len(new.contacts) == len(old.contacts)
    # incident links point at the new version's contacts
    assert set(new.incidents[0].contact_ids) <= {c.id for c in new.contacts}
    step = old.steps[0]
    step.text = "Ändrad"
    with pytest.raises(UserError, match="tidigare version"):
        store.save_step(fresh_db, step)
    with pytest.raises(UserError, match="tidigare version"):
        store.delete_step(fresh_db, step.id)
    assert store.load_plan_content(fresh_db, plan.id).steps[0].text != "Ändrad"


def test_parts_are_saved_validated_and_deleted(fresh_db):
    store.create_plan_from_template(fresh_db)
    card = store.save_role_card(fresh_db, RoleCard(function="HR-funktion", purpose="Personalfrågor", tasks="Stöd chefer\nOrdna avlösning"))
    assert card.id and card.sort_order == 5 and card.task_list == ["Stöd chefer", "Ordna avlösning"]
    f = store.save_function(fresh_db, GroupFunction(function="Analysfunktion", primary_name="Åsa Öberg",
                                                    primary_work_phone="08-465 004 20"))
    assert f.primary.name == "Åsa Öberg"
    with pytest.raises(ValidationFailed, match="Ersättare: e-post arbete"):
        store.save_function(fresh_db, GroupFunction(function="X", deputy_work_email="inte-en-adress"))
    with pytest.raises(ValidationFailed, match="Steg: får inte vara tomt"):
        store.save_step(fresh_db, ChecklistStep(section=ChecklistSection.ALARM, text="  "))
    c = store.save_contact(fresh_db, ExternalContact(category=ContactCategory.IT, role="Leverantör", phone="08-465 004 30"))
    inc = store.save_incident(fresh_db, IncidentChecklist(title="Strömavbrott", guidance="Ring", contact_ids=[c.id, c.id]))
    assert inc.contact_ids == [c.id]
    assert store.load_plan_content(fresh_db).incidents[-1].contact_ids == [c.id]
    with pytest.raises(ValidationFailed, match="Kontakter"):
        store.save_incident(fresh_db, IncidentChecklist(title="Y", contact_ids=[99999]))
    store.delete_contact(fresh_db, c.id)
    assert store.load_plan_content(fresh_db).incidents[-1].contact_ids == []
    store.mark_verified(fresh_db, "function", f.id, dt.date(2026, 11, 1))
    saved = next(x for x in store.load_plan_content(fresh_db).functions if x.id == f.id)
    assert saved.verified_on == dt.date(2026, 11, 1)


def test_plan_fields_are_validated(fresh_db):
    plan = store.create_plan_from_template(fresh_db)
    plan.adopted_on = dt.date(2030, 1, 1)
    plan.verify_months = 0
    with pytest.raises(ValidationFailed) as info:
        store.save_plan(fresh_db, plan, today=dt.date(2026, 11, 23))
    text = str(info.value)
    assert "Fastställd" in text and "Kontrollintervall" in text
