"""Demo organisation: Botkyrka's labour-market and adult-education committee (AVUX).

The administration's letterhead facts come from the seed documents; every person is
fictional.
"""

from __future__ import annotations

import datetime as dt

from sqlite_utils import Database

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
from uppfoljning_desktop.store import organisation as store

ORDER = 10

TERM_START = dt.date(2015, 1, 1)
TERM_END = dt.date(2018, 12, 31)

MEMBERS = [
    ("Karin Lindqvist", "S", MemberRole.CHAIR),
    ("Erik Sandberg", "M", MemberRole.VICE_CHAIR),
    ("Leila Haddad", "S", MemberRole.MEMBER),
    ("Tomas Öhman", "S", MemberRole.MEMBER),
    ("Anneli Forsberg", "V", MemberRole.MEMBER),
    ("Mikael Jansson", "MP", MemberRole.MEMBER),
    ("Birgitta Åkesson", "M", MemberRole.MEMBER),
    ("Jonas Ekdahl", "M", MemberRole.MEMBER),
    ("Hanna Lundgren", "L", MemberRole.MEMBER),
    ("Patrik Nyström", "SD", MemberRole.MEMBER),
    ("Fatima Rahimi", "C", MemberRole.MEMBER),
    ("Oskar Bergqvist", "S", MemberRole.SUBSTITUTE),
    ("Sofia Alm", "S", MemberRole.SUBSTITUTE),
    ("Ahmed Yusuf", "V", MemberRole.SUBSTITUTE),
    ("Gunilla Strand", "M", MemberRole.SUBSTITUTE),
    ("Peter Wikström", "KD", MemberRole.SUBSTITUTE),
    ("Lena Holmberg", "SD", MemberRole.SUBSTITUTE),
]

OFFICIALS = [
    ("Johan Nordin", "Förvaltningschef", OfficialRole.HEAD_OF_ADMINISTRATION, "08-465 004 10"),
    ("Maria Holm", "Administrativ chef", OfficialRole.HEAD_OF_ADMIN_SERVICES, "08-465 004 11"),
    ("Sara Björk", "Nämndsekreterare", OfficialRole.SECRETARY, "070-174 06 12"),
    ("Linnea Falk", "Controller", OfficialRole.OFFICER, "08-465 004 13"),
    ("David Ek", "Utredare", OfficialRole.OFFICER, "08-465 004 14"),
    ("Emma Sjöberg", "Säkerhetssamordnare", OfficialRole.OFFICER, "08-465 004 15"),
]

UNITS = [
    ("Vuxenutbildning", "Anders Molin"),
    ("Jobbcenter", "Petra Lind"),
    ("Daglig verksamhet", "Cecilia Nord"),
    ("Xenter", "Rami Aziz"),
    ("Näringsliv", "Ulf Dahl"),
    ("Förvaltningskontoret", "Maria Holm"),
]


def email_for(name: str) -> str:
    plain = name.lower().translate(str.maketrans("åäöé ", "aaoe."))
    return f"{plain}@botkyrka.example"


def populate(db: Database) -> None:
    store.save_municipality(db, Municipality(name="Botkyrka kommun"))
    store.save_administration(
        db,
        Administration(
            name="Arbetsmarknads- och vuxenutbildningsförvaltningen",
            postal_address="Botkyrka kommun, 147 85 TUMBA",
            visiting_address="Munkhättevägen 45, Tumba",
            switchboard="08-530 610 00",
            org_number="212000-2882",
            bankgiro="624-1061",
            web="www.botkyrka.se",
            email="avux@botkyrka.example",
        ),
    )
    committee = store.save_committee(
        db,
        Committee(
            name="Arbetsmarknads- och vuxenutbildningsnämnden",
            code="AVUX",
            notice_period_days=7,
        ),
    )
    for name, party, role in MEMBERS:
        store.save_member(
            db,
            Member(
                name=name, party=party, role=role, term_start=TERM_START, term_end=TERM_END,
                committee_id=committee.id,
            ),
        )
    for name, title, role, phone in OFFICIALS:
        store.save_official(db, Official(name=name, title=title, role=role, phone=phone, email=email_for(name)))
    for name, head in UNITS:
        store.save_unit(db, Unit(name=name, head_name=head, head_email=email_for(head)))
