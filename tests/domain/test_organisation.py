from __future__ import annotations

import datetime as dt

import pytest

from uppfoljning_desktop.domain.organisation import (
    Administration,
    Committee,
    Member,
    MemberRole,
    Official,
    Unit,
    validate_administration,
    validate_committee,
    validate_member,
    validate_official,
    validate_unit,
)


def fields(errors):
    return [(e.field, e.message) for e in errors]


def test_valid_committee_has_no_errors():
    assert validate_committee(Committee(name="Arbetsmarknads- och vuxenutbildningsnämnden", code="AVUX")) == []


@pytest.mark.parametrize(
    "committee, others, field, fragment",
    [
        (Committee(name="", code="AVUX"), [], "Nämndens namn", "tomt"),
        (Committee(name="N", code=""), [], "Förkortning", "tom"),
        (Committee(name="N", code="av ux"), [], "Förkortning", "versaler"),
        (Committee(name="N", code="AVUX"), ["avux"], "Förkortning", "används redan"),
        (Committee(name="N", code="AVUX", case_number_pattern="{kod}/{år}"), [], "Diarienummermönster", "{löpnr}"),
        (Committee(name="N", code="AVUX", case_number_pattern="{kod}/{ar}:{löpnr}"), [], "Diarienummermönster", "okända fält: {ar}"),
        (Committee(name="N", code="AVUX", case_number_pattern="{löpnr}-{löpnr}"), [], "Diarienummermönster", "mer än en gång"),
        (Committee(name="N", code="AVUX", notice_period_days=90), [], "Kallelsetid", "mellan 0 och 60"),
    ],
)
def test_committee_errors(committee, others, field, fragment):
    errors = validate_committee(committee, others)
    assert any(f == field and fragment in m for f, m in fields(errors)), fields(errors)


def test_email_and_org_number_checked():
    errors = fields(validate_administration(Administration(name="F", email="ann.botkyrka.se", org_number="2120002882")))
    assert ("E-post", "\"ann.botkyrka.se\" är ingen giltig e-postadress") in errors
    assert any(f == "Org.nr" for f, _ in errors)
    assert fields(validate_official(Official(name="A", email="a@b"))) == [
        ("E-post", "\"a@b\" är ingen giltig e-postadress")
    ]


def test_member_term_and_name():
    errors = fields(validate_member(Member(name=" ", term_start=dt.date(2019, 1, 1), term_end=dt.date(2018, 1, 1))))
    assert ("Namn", "får inte vara tomt") in errors
    assert ("Mandatperiod", "slutar före den börjar") in errors
    assert MemberRole.CHAIR.is_seat and not MemberRole.SUBSTITUTE.is_seat


def test_unit_duplicate_is_case_insensitive():
    errors = fields(validate_unit(Unit(name="jobbcenter"), ["Jobbcenter"]))
    assert errors == [("Verksamhetens namn", "\"jobbcenter\" finns redan")]
