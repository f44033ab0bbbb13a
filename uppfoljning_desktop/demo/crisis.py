"""Demo crisis plan and one exercise for the AVUX administration.

Built on the seed plan's structure (seeds/003_…, item 4): version 1 adopted with the
seed's decision reference, a current version 2 being revised, a crisis group of
fictional people with numbers from the ranges reserved for fiction, a few honest gaps
left in (as in the real plan) and an exercise ("Övning: brand i Xenters lokaler")
with a realistic log, corrections included, and two situation picture versions.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

from sqlite_utils import Database

from uppfoljning_desktop.domain.crisis import (
    ContactCategory,
    CrisisEvent,
    EntryStatus,
    EntryType,
    ExternalContact,
    GroupFunction,
    LogEntry,
    SituationPicture,
)
from uppfoljning_desktop.store import crisis as store
from uppfoljning_desktop.store import crisis_log as log_store

ORDER = 70

MAIL = "botkyrka.example"

# function, (name, title, work, private, work mail, private mail) primary, deputy
GROUP = [
    ("Ordförande", ("Johan Nordin", "Förvaltningschef", "08-465 004 10", "070-174 06 20", "johan.nordin", "jn.privat"),
     ("Rami Aziz", "Verksamhetschef Xenter", "08-465 004 21", "070-174 06 21", "rami.aziz", "")),
    ("Stabschef", ("Linnea Falk", "Utvecklingschef", "08-465 004 13", "", "linnea.falk", ""),
     ("Maria Holm", "Administrativ chef", "08-465 004 11", "070-174 06 22", "maria.holm", "mh.privat")),
    ("Loggförare", ("Sara Björk", "Nämndsekreterare", "070-174 06 12", "070-174 06 23", "sara.bjork", "sb.privat"),
     ("David Ek", "Utredare", "08-465 004 14", "070-174 06 24", "david.ek", "")),
    ("Informationsansvarig", ("Nora Berg", "Kommunikatör", "08-465 004 25", "", "nora.berg", ""), None),
    ("HR-funktion", ("Karl Wester", "HR-specialist", "08-465 004 26", "", "karl.wester", ""),
     ("Elin Strand", "HR-konsult", "", "", "elin.strand", "")),
    ("Analysfunktion?", None, None),
]

LOCAL_CONTACTS = {
    "Kommundirektör": ("Petra Sundin", "070-174 06 30"),
    "Kommunikationschef": ("Olle Hed", "070-174 06 31"),
    "Säkerhetssamordnare": ("Emma Sjöberg", "08-465 004 15"),
    "Chef i beredskap, socialtjänsten": ("", "08-465 004 32"),
    "Kommunpolis": ("Mats Lind", "070-174 06 33"),
    "Räddningscentralen": ("", "08-465 004 34"),
    "Tjänsteman i beredskap (TiB)": ("", "070-174 06 35"),
    "Kommunens försäkringsbolag": ("Skadeavdelningen", "08-465 004 36"),
    "Försäkringssamordnare": ("(namn + tel)", ""),
    "Felanmälan fastighet, akut": ("", "08-465 004 37"),
    "IT-servicedesk": ("", "08-465 004 38"),
}

T0 = dt.datetime(2026, 10, 14, 9, 0)

# minutes after T0, type, text, from, to, decided by, responsible, follow-up (min), status, corrects (index)
LOG = [
    (2, EntryType.INFORMATION, "Brandlarm i Xenters lokaler, plan 2. Räddningstjänsten på väg. "
     "Verksamhetschefen har utrymt lokalerna; 14 deltagare och 3 personal samlade vid återsamlingsplatsen.",
     "Räddningscentralen", "Ordförande", "", "", None, "", None),
    (6, EntryType.DECISION, "Krisledningsgruppen samlas i krisledningsrummet kl. 09:30.",
     "", "Krisledningsgruppen", "Johan Nordin", "Sara Björk", None, EntryStatus.DONE, None),
    (8, EntryType.ACTION, "Larmat krisledningsgruppen enligt kontaktlistan; ersättare för "
     "informationsansvarig saknas, Olle Hed (kommunikationschef) tillfrågad.",
     "Stabschef", "", "", "Linnea Falk", None, EntryStatus.DONE, None),
    (31, EntryType.SITUATION, "Lägesbild 1 sparad: brand i förråd på plan 2, inga skadade.",
     "Stabschef", "", "", "", None, "", None),
    (34, EntryType.DECISION, "Xenters verksamhet stängs resten av dagen; deltagarna får besked via SMS.",
     "", "Verksamhetschef Xenter", "Johan Nordin", "Rami Aziz", 90, EntryStatus.OPEN, None),
    (36, EntryType.DECISION, "Pressmeddelande ut senast kl. 11:00.", "", "Kommunikationsavdelningen",
     "Johan Nordin", "Nora Berg", 120, EntryStatus.OPEN, None),
    (41, EntryType.INFORMATION, "Räddningstjänsten: branden släckt, rökskador på plan 2. "
     "Restvärdesledare kallad.", "Räddningscentralen", "Stabschef", "", "", None, "", None),
    (44, EntryType.DECISION, "Xenters verksamhet stängs i två dagar (ons–tors); deltagarna får besked "
     "via SMS och brev.", "", "Verksamhetschef Xenter", "Johan Nordin", "Rami Aziz", 90,
     EntryStatus.ONGOING, 4),
    (52, EntryType.ACTION, "Kontakt med försäkringsbolaget: skadeanmälan görs av fastighetsägaren.",
     "Försäkringsbolaget", "Stabschef", "", "Maria Holm", None, EntryStatus.DONE, None),
    (58, EntryType.DECISION, "Deltagarna erbjuds plats i Vuxenutbildningens lokaler i Tumba under "
     "stängningen.", "", "Vuxenutbildning", "Johan Nordin", "Anders Molin", 240, EntryStatus.OPEN, None),
    (63, EntryType.INFORMATION, "Nämndens ordförande informerad per telefon.", "Ordförande",
     "Nämndens ordförande", "", "", None, "", None),
    (75, EntryType.ACTION, "Pressmeddelande publicerat på webben kl. 10:12.", "Informationsansvarig",
     "", "", "Nora Berg", None, EntryStatus.DONE, None),
    (78, EntryType.ACTION, "Pressmeddelande publicerat på webben kl. 10:15 (rätt tid).",
     "Informationsansvarig", "", "", "Nora Berg", None, EntryStatus.DONE, 11),
    (95, EntryType.DECISION, "Nästa lägesavstämning kl. 13:00.", "", "Krisledningsgruppen", "Johan Nordin",
     "Linnea Falk", 240, EntryStatus.OPEN, None),
]


def _function(name: str, primary, deputy, verified: dt.date | None) -> GroupFunction:
    values: dict = {"function": name, "verified_on": verified if primary else None}
    for prefix, person in (("primary", primary), ("deputy", deputy)):
        if person is None:
            continue
        full, title, work, private, mail, private_mail = person
        values.update({
            f"{prefix}_name": full, f"{prefix}_title": title, f"{prefix}_work_phone": work,
            f"{prefix}_private_phone": private, f"{prefix}_work_email": f"{mail}@{MAIL}" if mail else "",
            f"{prefix}_private_email": f"{private_mail}@example.com" if private_mail else "",
        })
    return GroupFunction(**values)


def populate(db: Database) -> None:
    today = dt.date.today()
    plan = store.create_plan_from_template(db, now=dt.datetime(2016, 6, 9, 10, 0))
    plan = dataclasses.replace(
        plan, title="Krisledningsplan", adopted_on=dt.date(2016, 9, 22), decision_reference="AVUX/2016:60",
        room_place="Kommunalhuset plan 9, Avux hörna",
    )
    store.save_plan(db, plan)
    plan = store.create_new_version(db, now=dt.datetime(2026, 9, 1, 10, 0))
    plan = dataclasses.replace(plan, adopted_on=today - dt.timedelta(days=60), decision_reference="AVUX/2026:41")
    store.save_plan(db, plan)
    content = store.load_plan_content(db)
    for f in content.functions:
        store.delete_function(db, f.id)  # type: ignore[arg-type]
    verified = today - dt.timedelta(days=45)
    for i, (name, primary, deputy) in enumerate(GROUP, 1):
        f = _function(name, primary, deputy, verified)
        f.sort_order = i
        store.save_function(db, f)
    for c in content.contacts:
        if c.role in LOCAL_CONTACTS:
            name, phone = LOCAL_CONTACTS[c.role]
            c = dataclasses.replace(c, name=name, phone=phone)
        store.save_contact(db, dataclasses.replace(c, verified_on=verified if c.role != "Kommunpolis"
                                                   else today - dt.timedelta(days=500)))
    store.save_contact(db, ExternalContact(category=ContactCategory.PROPERTY, role="Glasmästare, dagtid",
                                           name="Tumba Glas", phone="08-465 004 39", verified_on=verified))

    event = log_store.start_event(db, CrisisEvent(
        name="Övning: brand i Xenters lokaler", started_at=T0, place="Kommunalhuset plan 9, Avux hörna",
        is_exercise=True, plan_id=plan.id))
    ids: list[int] = []
    for minutes, kind, text, src, to, decided, resp, follow, status, corrects in LOG:
        entry = log_store.append_log_entry(db, LogEntry(
            event_id=event.id, entry_type=kind, text=text, from_whom=src, to_whom=to, decided_by=decided,
            responsible=resp, status=status or EntryStatus.NONE,
            follow_up_at=T0 + dt.timedelta(minutes=minutes + follow) if follow else None,
            corrects_id=ids[corrects] if corrects is not None else None,
        ), now=T0 + dt.timedelta(minutes=minutes), durable=False)
        ids.append(entry.id)  # type: ignore[arg-type]
    log_store.add_situation_picture(db, SituationPicture(
        event_id=event.id, incident="Brand i förråd på plan 2 i Xenters lokaler kl. 08:55. Orsak okänd.",
        consequences="14 deltagare och 3 personal utrymda, inga skadade. Verksamheten kan inte vara kvar i lokalerna.",
        uncertainties="Omfattning av rökskador. Hur länge lokalerna är obrukbara.",
        resources="Räddningstjänsten på plats. Verksamhetschef och två personal vid återsamlingsplatsen.",
    ), now=T0 + dt.timedelta(minutes=31))
    log_store.add_situation_picture(db, SituationPicture(
        event_id=event.id, incident="Branden släckt kl. 09:40. Rökskador på plan 2.",
        consequences="Xenter stängt ons–tors; 14 deltagare behöver annan plats. Lokalt medieintresse.",
        uncertainties="När sanering kan börja; om andra verksamheter i huset påverkas.",
        resources="Restvärdesledare på plats. Vuxenutbildningen i Tumba tar emot deltagarna.",
    ), now=T0 + dt.timedelta(minutes=60))
