from __future__ import annotations

import datetime as dt

import pytest

from uppfoljning_desktop.domain.organisation import (
    Administration,
    Committee,
    Member,
    MemberRole,
    Municipality,
    Official,
    OfficialRole,
    Unit,
)
from uppfoljning_desktop.errors import NotFound, UserError, ValidationFailed
from uppfoljning_desktop.store import organisation as store
from uppfoljning_desktop.store.connection import open_database


def test_organisation_survives_a_restart(fresh_db, db_path):
    store.save_municipality(fresh_db, Municipality(name="Botkyrka kommun"))
    store.save_administration(fresh_db, Administration(name="AVUF", org_number="212000-2882", email="avux@botkyrka.example"))
    c = store.save_committee(fresh_db, Committee(name="Arbetsmarknads- och vuxenutbildningsnämnden", code="avux"))
    store.save_member(fresh_db, Member(name="Åsa Öberg", party="S", role=MemberRole.CHAIR, term_start=dt.date(2015, 1, 1)))
    store.save_official(fresh_db, Official(name="Sara Björk", role=OfficialRole.SECRETARY, email="sara.bjork@botkyrka.example"))
    store.save_unit(fresh_db, Unit(name="Daglig verksamhet", head_name="Cecilia Nord"))
    fresh_db.close()

    db = open_database(db_path, auto_backup=False)
    try:
        org = store.get_organisation(db)
        assert org.municipality.name == "Botkyrka kommun"
        assert org.administration.org_number == "212000-2882"
        assert org.committee.code == "AVUX" and org.committee.id == c.id
        assert org.chair().name == "Åsa Öberg"
        assert org.members[0].term_start == dt.date(2015, 1, 1)
        assert org.officials_with_role(OfficialRole.SECRETARY)[0].name == "Sara Björk"
        assert store.get_unit_by_name(db, "daglig verksamhet").head_name == "Cecilia Nord"
    finally:
        db.close()


def test_invalid_input_is_refused_and_nothing_written(fresh_db):
    store.save_committee(fresh_db, Committee(name="Nämnd A", code="AVUX"))
    with pytest.raises(ValidationFailed) as info:
        store.save_committee(fresh_db, Committee(name="", code="avux"))
    text = str(info.value)
    assert "Nämndens namn: får inte vara tomt" in text
    assert '"AVUX" används redan' in text
    assert [c.name for c in store.list_committees(fresh_db)] == ["Nämnd A"]
    with pytest.raises(ValidationFailed, match="ingen giltig e-postadress"):
        store.save_official(fresh_db, Official(name="X", email="x@"))
    assert store.list_officials(fresh_db) == []


def test_unknown_unit_names_the_known_ones(demo_db):
    with pytest.raises(NotFound, match="Kända verksamheter: Vuxenutbildning"):
        store.get_unit_by_name(demo_db, "Socialtjänst")


def test_no_committee_yet_is_a_clear_message(fresh_db):
    with pytest.raises(NotFound, match="Ingen nämnd"):
        store.get_committee(fresh_db)


def test_demo_organisation_is_the_seed_committee(demo_db):
    org = store.get_organisation(demo_db)
    assert org.committee.name == "Arbetsmarknads- och vuxenutbildningsnämnden"
    assert org.committee.code == "AVUX"
    assert [u.name for u in org.units] == [
        "Vuxenutbildning", "Jobbcenter", "Daglig verksamhet", "Xenter", "Näringsliv", "Förvaltningskontoret",
    ]
    seats = [m for m in org.members if m.role.is_seat]
    assert len(seats) == 11 and org.chair() is not None


def test_deleting_a_unit_still_referred_to_is_refused_in_swedish(fresh_db):
    unit = store.save_unit(fresh_db, Unit(name="Jobbcenter"))
    fresh_db.execute("CREATE TABLE ref (unit_id INTEGER REFERENCES unit(id))")
    fresh_db.execute("INSERT INTO ref VALUES (?)", [unit.id])
    with pytest.raises(UserError, match="Jobbcenter"):
        store.delete_unit(fresh_db, unit.id)
    assert [u.name for u in store.list_units(fresh_db)] == ["Jobbcenter"]
