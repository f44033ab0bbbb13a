"""Demo delegation data: a plausible delegationsordning for AVUX in two versions, and the
units' monthly lists as in ``seeds/003_…`` item 7 (Vuxenutbildning, Daglig verksamhet,
Förvaltningskontoret, Xenter and Jobbcenter handed in August 2016; Näringsliv did not).

June and July were reported at the meeting of 25 August 2016 (§ 52). August goes to the
meeting of 22 September 2016 (built by ``demo/meetings.py``, adjusted and posted), so its
decisions carry that § and the appeal dates of the posting. Three units have handed in
September for the meeting of 20 October; a June decision registered late waits too, and
is listed as needing its own posting. All people are fictional.
"""

from __future__ import annotations

import datetime as dt

from sqlite_utils import Database

from uppfoljning_desktop.domain.delegation import (
    AppealRoute,
    DelegationDecision,
    DelegationRule,
    RuleSet,
)
from uppfoljning_desktop.store import delegation as dstore
from uppfoljning_desktop.store import delegation_register as register
from uppfoljning_desktop.store import organisation as org_store

ORDER = 60

L = AppealRoute.LEGALITY
F = AppealRoute.ADMINISTRATIVE
ALL: tuple[str, ...] = ()
JOB = ("Jobbcenter", "Xenter", "Näringsliv")

# point, case type, delegate, substitute, legal ref, sub-delegation, must report, conditions,
# not delegable, appeal route, units
RULES: list[tuple] = [
    ("1.1", "Brådskande ärenden där nämndens beslut inte kan avvaktas", "Ordförande", "Vice ordförande",
     "KL 6 kap. 39 §", False, True, "Anmäls vid nästa sammanträde", False, L, ALL),
    ("1.2", "Avvisa överklagande som kommit in för sent", "Förvaltningschef", "Administrativ chef",
     "FL 45 §", False, True, "", False, F, ("Förvaltningskontoret",)),
    ("1.3", "Avslag på begäran om allmän handling", "Förvaltningschef", "Administrativ chef",
     "TF 2 kap., OSL 6 kap. 3 §", True, True, "", False, F, ALL),
    ("1.4", "Yttrande till annan myndighet i ärende som inte är av principiell betydelse",
     "Förvaltningschef", "Administrativ chef", "KL 6 kap. 37 §", False, True, "", False, L,
     ("Förvaltningskontoret",)),
    ("1.5", "Yttrande till kommunfullmäktige över motion eller medborgarförslag", "Förvaltningschef", "",
     "KL 6 kap. 38 §", False, True, "Får inte delegeras; punkten finns för att fånga felaktiga beslut",
     True, L, ("Förvaltningskontoret",)),
    ("2.1", "Anställning av verksamhetschef", "Förvaltningschef", "", "LAS, AB", False, True, "", False, L,
     ("Förvaltningskontoret",)),
    ("2.2", "Anställning av övrig personal", "Verksamhetschef, rektor", "Förvaltningschef", "LAS, AB",
     True, True, "Inom budget", False, L, ALL),
    ("2.3", "Beslut om bisyssla", "Verksamhetschef, rektor", "Förvaltningschef", "AB § 8", True, True,
     "", False, L, ALL),
    ("3.1", "Anvisning till kommunal arbetsmarknadsinsats", "Arbetsmarknadskonsulent",
     "Enhetschef", "Lag (2009:47)", False, True, "", False, L, ("Jobbcenter", "Xenter")),
    ("3.2", "Anställning med lönebidrag eller extratjänst inom kommunen", "Verksamhetschef", "Förvaltningschef",
     "Förordning (2015:503)", False, True, "Högst 12 månader per beslut", False, L, ("Jobbcenter",)),
    ("3.3", "Feriearbete för ungdomar", "Enhetschef", "Verksamhetschef", "", True, True, "", False, L,
     ("Jobbcenter",)),
    ("3.4", "Placering på arbetsplats inom daglig verksamhet", "Enhetschef", "Verksamhetschef", "",
     True, True, "", False, L, ("Daglig verksamhet",)),
    ("3.5", "Avtal om praktikplatser med externa arbetsgivare", "Verksamhetschef", "Förvaltningschef",
     "", False, True, "Utan ersättning till arbetsgivaren", False, L, JOB),
    ("4.1", "Mottagande och antagning till kommunal vuxenutbildning", "Rektor", "Biträdande rektor",
     "SL 20 kap. 13, 22 och 33 §§", False, True, "", False, F, ("Vuxenutbildning",)),
    ("4.2", "Beslut att utbildning ska upphöra för en elev", "Rektor", "Verksamhetschef",
     "SL 20 kap. 9 §", False, True, "", False, F, ("Vuxenutbildning",)),
    ("4.3", "Interkommunal ersättning för elev i annan kommun", "Verksamhetschef", "Rektor",
     "SL 20 kap. 21 §", False, True, "", False, L, ("Vuxenutbildning",)),
    ("5.1", "Inköp och avrop inom verksamhetens budget", "Verksamhetschef, rektor", "Förvaltningschef",
     "LOU", True, False, "Högst 100 000 kr per tillfälle", False, L, ALL),
    ("5.2", "Tilldelningsbeslut och avtal i upphandling", "Förvaltningschef", "Administrativ chef",
     "LOU", False, True, "Högst 1 000 000 kr", False, L, ("Förvaltningskontoret",)),
    ("5.3", "Avskrivning av fordran", "Administrativ chef", "Förvaltningschef", "", False, True,
     "Högst 20 000 kr per fordran", False, L, ("Förvaltningskontoret",)),
]

# unit → [(day, point, subject, decision, delegate, function, sub-delegated from)]
AUGUST: dict[str, list[tuple]] = {
    "Vuxenutbildning": [
        (3, "4.1", "Antagning till sfi, kurs B och C, augustiintaget", "Beviljas för 142 sökande", "Eva Lindgren", "Rektor", ""),
        (3, "4.1", "Antagning till grundläggande vuxenutbildning", "Beviljas för 61 sökande, avslag för 4", "Eva Lindgren", "Rektor", ""),
        (10, "2.2", "Anställning av lärare i svenska för invandrare, tillsvidare", "Anställd från 2016-08-15", "Anders Molin", "Verksamhetschef", "Förvaltningschef"),
        (12, "4.3", "Interkommunal ersättning för elev i Huddinge", "Beviljas för höstterminen 2016", "Anders Molin", "Verksamhetschef", ""),
        (22, "4.2", "Utbildning på gymnasial nivå upphör för en elev", "Upphör från 2016-09-01", "Eva Lindgren", "Rektor", ""),
        (29, "2.3", "Bisyssla som tolk för en lärare", "Beviljas", "Anders Molin", "Verksamhetschef", "Förvaltningschef"),
    ],
    "Daglig verksamhet": [
        (4, "3.4", "Placering på arbetsplats i café Tumba", "Beviljas från 2016-08-08", "Karolina Sjödin", "Enhetschef", "Verksamhetschef"),
        (17, "3.4", "Placering i trädgårdsgruppen", "Beviljas från 2016-08-22", "Karolina Sjödin", "Enhetschef", "Verksamhetschef"),
        (25, "2.2", "Anställning av stödpedagog, visstid", "Anställd 2016-09-01–2017-02-28", "Cecilia Nord", "Verksamhetschef", "Förvaltningschef"),
    ],
    "Förvaltningskontoret": [
        (5, "1.3", "Begäran om utlämnande av handlingar om upphandling av städtjänster", "Avslag enligt OSL 31 kap. 16 §", "Johan Nordin", "Förvaltningschef", ""),
        (16, "5.2", "Tilldelningsbeslut, ramavtal för yrkesutbildning inom vård och omsorg", "Tilldelas två anbudsgivare", "Johan Nordin", "Förvaltningschef", ""),
        (23, "1.4", "Yttrande till Arbetsförmedlingen om lokalt jobbspår", "Yttrande lämnat enligt bilaga", "Maria Holm", "Administrativ chef", ""),
        (30, "5.3", "Avskrivning av fordran på en tidigare hyresgäst", "Fordran om 8 400 kr skrivs av", "Maria Holm", "Administrativ chef", ""),
    ],
    "Xenter": [
        (8, "3.1", "Anvisning till arbetsträning i Xenters verkstad", "Anvisad från 2016-08-15", "Nils Berg", "Arbetsmarknadskonsulent", ""),
        (15, "3.5", "Praktikavtal med byggföretag i Alby", "Avtal tecknat för fyra platser", "Rami Aziz", "Verksamhetschef", ""),
        (26, "3.1", "Anvisning till språkpraktik", "Anvisad från 2016-09-05", "Nils Berg", "Arbetsmarknadskonsulent", ""),
    ],
    "Jobbcenter": [
        (2, "3.3", "Feriearbete för ungdomar, period 3", "112 ungdomar får feriearbete", "Karolina Sjödin", "Enhetschef", "Verksamhetschef"),
        (9, "3.2", "Extratjänst inom äldreomsorgen", "Anställd 12 månader från 2016-09-01", "Petra Lind", "Verksamhetschef", ""),
        (11, "3.2", "Lönebidragsanställning på kommunens fordonsverkstad", "Anställd 12 månader", "Petra Lind", "Verksamhetschef", ""),
        (18, "3.1", "Anvisning till jobbspår för unga som får försörjningsstöd", "Anvisad från 2016-08-22", "Nils Berg", "Arbetsmarknadskonsulent", ""),
        (24, "3.5", "Praktikavtal med ett hotell i Tumba", "Avtal tecknat för två platser", "Petra Lind", "Verksamhetschef", ""),
        (31, "2.2", "Anställning av arbetsmarknadskonsulent, vikariat", "Anställd 2016-09-05–2017-06-30", "Petra Lind", "Verksamhetschef", "Förvaltningschef"),
    ],
}

EARLIER = {  # month → unit → same tuples (shorter lists, already reported)
    "2016-06": {
        "Vuxenutbildning": [(14, "4.1", "Antagning till sfi, juniintaget", "Beviljas för 88 sökande", "Eva Lindgren", "Rektor", "")],
        "Jobbcenter": [(20, "3.3", "Feriearbete för ungdomar, period 1", "104 ungdomar får feriearbete", "Karolina Sjödin", "Enhetschef", "Verksamhetschef")],
        "Förvaltningskontoret": [(27, "5.3", "Avskrivning av fordran på kursavgift", "Fordran om 2 300 kr skrivs av", "Maria Holm", "Administrativ chef", "")],
    },
    "2016-07": {
        "Jobbcenter": [(4, "3.3", "Feriearbete för ungdomar, period 2", "97 ungdomar får feriearbete", "Karolina Sjödin", "Enhetschef", "Verksamhetschef")],
        "Daglig verksamhet": [(11, "3.4", "Placering i tvätteriet", "Beviljas från 2016-07-18", "Karolina Sjödin", "Enhetschef", "Verksamhetschef")],
    },
}

SEPTEMBER: dict[str, list[tuple]] = {
    "Vuxenutbildning": [
        (5, "4.1", "Antagning till sfi, septemberintaget", "Beviljas för 97 sökande", "Eva Lindgren", "Rektor", ""),
        (19, "2.2", "Anställning av studie- och yrkesvägledare, tillsvidare", "Anställd från 2016-10-01",
         "Anders Molin", "Verksamhetschef", "Förvaltningschef"),
    ],
    "Jobbcenter": [
        (7, "3.2", "Extratjänst i föreningslivet i Fittja", "Anställd 12 månader från 2016-10-01", "Petra Lind",
         "Verksamhetschef", ""),
        (21, "3.1", "Anvisning till yrkesinriktad praktik", "Anvisad från 2016-09-26", "Nils Berg",
         "Arbetsmarknadskonsulent", ""),
    ],
    "Xenter": [
        (14, "3.5", "Praktikavtal med en bilverkstad i Tullinge", "Avtal tecknat för tre platser", "Rami Aziz",
         "Verksamhetschef", ""),
    ],
}

AUGUST_MEETING = dt.date(2016, 9, 22)
REPORTED_AT = dt.date(2016, 8, 25)
REPORTED_SECTION = 52
POSTED_ON = dt.date(2016, 9, 1)
LAST_APPEAL_DAY = dt.date(2016, 9, 22)


def _add_list(db: Database, unit_id: int, month: str, received: dt.date, rows: list[tuple], ctx) -> None:
    ul = dstore.open_unit_list(db, unit_id, month, received_on=received, source=f"delegationslista-{month}.xlsx")
    year, mon = (int(x) for x in month.split("-"))
    case_serial = 20 + mon * 5
    for i, (day, point, subject, decision, name, function, sub_from) in enumerate(rows):
        rule = next(r for rules in ctx.rules.values() for r in rules.values() if r.point == point)
        register.save_decision(
            db,
            DelegationDecision(
                decision_date=dt.date(year, mon, day), point=point, subject=subject, decision=decision,
                delegate_name=name, delegate_function=function, unit_id=unit_id, list_id=ul.id,
                case_number=f"AVUX/{year}:{case_serial + i}", sub_delegated_from=sub_from,
                appeal_route=rule.appeal_route,
            ),
            today=received, context=ctx,
        )


def populate(db: Database) -> None:
    units = {u.name: u.id for u in org_store.list_units(db)}
    first = dstore.save_ruleset(db, RuleSet(decided_on=dt.date(2015, 2, 26), reference="AVUX/2015:14, § 12"))
    for (point, case_type, delegate, substitute, legal, sub, report, cond, nd, route, unit_names) in RULES:
        if point in ("1.5", "3.5"):
            continue  # added in the 2016 version
        dstore.save_rule(db, DelegationRule(
            ruleset_id=first.id, point=point, case_type=case_type, delegate_function=delegate,
            substitute_function=substitute, legal_reference=legal, sub_delegation=sub, must_report=report,
            conditions=cond, not_delegable=nd, appeal_route=route,
            unit_ids=tuple(units[n] for n in unit_names),
        ))
    second = dstore.create_ruleset_version(db, dt.date(2016, 2, 25), "AVUX/2016:8, § 15", copy_from=first.id)
    existing = {r.point: r for r in dstore.list_rules(db, second.id)}
    for (point, case_type, delegate, substitute, legal, sub, report, cond, nd, route, unit_names) in RULES:
        if point in existing:
            continue
        dstore.save_rule(db, DelegationRule(
            ruleset_id=second.id, point=point, case_type=case_type, delegate_function=delegate,
            substitute_function=substitute, legal_reference=legal, sub_delegation=sub, must_report=report,
            conditions=cond, not_delegable=nd, appeal_route=route,
            unit_ids=tuple(units[n] for n in unit_names),
        ))
    ctx = register.RuleContext.load(db)
    for month, by_unit in EARLIER.items():
        year, mon = (int(x) for x in month.split("-"))
        received = dt.date(year, mon + 1, 8)
        for unit_name, rows in by_unit.items():
            _add_list(db, units[unit_name], month, received, rows, ctx)
    dstore.assign_lists_to_meeting(db, REPORTED_AT)
    dstore.record_minutes_adjusted(db, REPORTED_AT, REPORTED_SECTION)
    dstore.record_posting(db, REPORTED_AT, POSTED_ON, LAST_APPEAL_DAY)
    for offset, (unit_name, rows) in enumerate(AUGUST.items()):
        _add_list(db, units[unit_name], "2016-08", dt.date(2016, 9, 5 + offset), rows, ctx)
    # The meeting of 22 September 2016 took up the August lists; its minutes are posted.
    dstore.assign_lists_to_meeting(db, AUGUST_MEETING)
    from uppfoljning_desktop.store.delegation_meetings import sync_reporting

    sync_reporting(db)
    for offset, (unit_name, rows) in enumerate(SEPTEMBER.items()):
        _add_list(db, units[unit_name], "2016-09", dt.date(2016, 10, 4 + offset), rows, ctx)
    # An appealable June decision registered late, by hand: not yet reported.
    register.save_decision(db, DelegationDecision(
        decision_date=dt.date(2016, 6, 20), point="1.4", subject="Yttrande till Skolinspektionen om "
        "vuxenutbildningens lokaler", decision="Yttrande lämnat", delegate_name="Johan Nordin",
        delegate_function="Förvaltningschef", unit_id=units["Förvaltningskontoret"],
        case_number="AVUX/2016:44",
    ), today=dt.date(2016, 10, 3), context=ctx)
