"""Attachment PDFs for the demo meeting, generated with the shared letterhead from the
seed's facts (Botkyrka, 22 September 2016): the 2017 preparation meetings, interim
report 2 with goal tables, the crisis plan, the follow-up of state labour-market
measures and the delegation lists. Contact details are fictional."""

from __future__ import annotations

import datetime as dt

from uppfoljning_desktop.reports.base import Document, Letterhead

MEMO_DATE = dt.date(2016, 9, 14)

PREP_CHAIR = ["9 januari", "23 januari", "20 februari", "20 mars", "24 april", "29 maj", "14 augusti",
              "28 augusti", "25 september", "23 oktober", "20 november"]
PREP_OPPOSITION = ["16 januari", "6 februari", "6 mars", "3 april", "8 maj", "12 juni", "28 augusti",
                   "11 september", "9 oktober", "6 november", "4 december"]

# Seed goal 1 ("uppleva en hög grad av delaktighet"), per unit: (utfall 2014, mål 2015, mål 2016, utfall 2016) T/K/M
PARTICIPATION = [
    ("Sfi", [("", "80", "80", "79"), ("61", "80", "80", "77"), ("68", "80", "80", "81")]),
    ("Grundläggande vuxenutbildning", [("", "80", "80", "95"), ("85", "80", "80", "96"), ("79", "80", "80", "93")]),
    ("Gymnasial vuxenutbildning", [("68", "70", "87", "88"), ("64", "70", "87", "88"), ("69", "70", "87", "91")]),
    ("Arbetsmarknadsinsatser", [("74", "85", "85", "89"), ("68", "85", "85", "92"), ("88", "85", "85", "86")]),
    ("Yrkeshögskoleutbildningar", [("64", "80", "80", "72"), ("", "80", "80", "73"), ("", "80", "80", "71")]),
    ("Gymnasial spetsutbildning", [("42", "80", "80", "70"), ("", "80", "80", "70"), ("", "80", "80", "70")]),
]
RELATION = [("Daglig verksamhet på företag", "0,84", "1", "Helår"), ("Sfi och grundläggande vuxenutbildning", "0,93", "1", "0,86"),
            ("Gymnasial vuxenutbildning", "0,97", "1", "1,15"), ("Arbetsmarknadsinsatser", "0,98", "1", "1,23"),
            ("Yrkeshögskoleutbildningar", "1", "1", "Helår"), ("Gymnasial spetsutbildning", "0,6", "1", "Helår")]
ECONOMY = [["(mnkr)", "Bokslut 2015", "Utfall 2016", "Budget 2016", "Prognos 2016", "Avvikelse"],
           ["Intäkter", "78,6", "59,3", "88,6", "88,6", "0"], ["Kostnader", "-300,1", "-211,7", "-329,9", "-329,9", "0"],
           ["Netto", "-221,5", "-152,3", "-241,3", "-241,3", "0"], ["Investeringar", "-5,2", "-2,2", "-6,0", "-6,0", "0"]]
GOAL_AREAS = ["Medborgarnas Botkyrka", "Framtidens jobb", "Välfärd med kvalitet för alla", "Grön stad i rörelse",
              "Kultur och kreativitet ger kraft", "En effektiv och kreativ kommunal organisation"]


def _doc(lh: Letterhead, title: str, kind: str = "BILAGA", ref: str = "") -> Document:
    return Document(lh, title=title, kind=kind, date=MEMO_DATE, reference=ref)


def preparation_meetings(lh: Letterhead) -> bytes:
    doc = _doc(lh, "Ordförandeberedningar och oppositionsberedningar 2017", ref="Dnr AVUX/2016:59")
    story = [doc.p("Ordförandeberedningar och oppositionsberedningar 2017", "title"),
             doc.p("Datum för ordförandeberedningar 2017", "h2"),
             doc.bullets([f"måndag {d}" for d in PREP_CHAIR]),
             doc.p("Ordförandeberedningarna hålls kl. 16:00–17:30 på plan 9 i kommunhuset om inget annat meddelas."),
             doc.p("Datum för oppositionsberedningar 2017", "h2"),
             doc.bullets([f"måndag {d}" for d in PREP_OPPOSITION]),
             doc.p("Oppositionsberedningarna hålls kl. 16:00–17:00 på plan 9 i kommunhuset om inget annat meddelas.")]
    return doc.build(story)


def interim_report(lh: Letterhead) -> bytes:
    doc = _doc(lh, "Delårsrapport 2 2016", "DELÅRSRAPPORT", "Dnr AVUX/2016:25")
    story = [doc.p("Delårsrapport 2 2016 för arbetsmarknads- och vuxenutbildningsnämnden", "title"),
             doc.p("Ansvar och uppdrag", "h1"),
             doc.p("Nämnden är huvudman för vuxenutbildningen med svenska för invandrare, yrkeshögskole- och "
                   "eftergymnasiala utbildningar, samordnar kommunens arbetsmarknadsåtgärder, driver daglig "
                   "verksamhet på uppdrag av fullmäktige och ansvarar för näringslivsservice och social ekonomi."),
             doc.p("Ekonomi", "h1"),
             doc.table(ECONOMY, align_right_from=1),
             doc.p("Prognosen för helåret är en budget i balans. Daglig verksamhet och Jobbcenter visar underskott, "
                   "vuxenutbildningen överskott tack vare högre statsbidrag. Av ändringsbudgetens 12,1 mnkr väntas "
                   "omkring 2,7 mnkr bli kvar vid årets slut.")]
    for area in GOAL_AREAS:
        story.append(doc.p(f"Målområde {area}", "h1"))
        story.append(doc.p("Mål 1 Botkyrkaborna är mer delaktiga i samhällsutvecklingen", "h2"))
        rows = [["Mätbart mål (procent)", "Utfall 2014", "Mål 2015", "Mål 2016", "Utfall 2016"]]
        for unit, values in PARTICIPATION:
            rows.append([unit, "", "", "", ""])
            for label, v in zip(("Kvinnor och män", "Kvinnor", "Män"), values, strict=True):
                rows.append([f"    {label}", *v])
        story.append(doc.table(rows, [0.44, 0.14, 0.14, 0.14, 0.14], align_right_from=1, zebra=True))
        story.append(doc.p("Mål 2 Lika goda resultat för kvinnor och män", "h2"))
        story.append(doc.table([["Mätbart mål (relation)", "Utfall 2015", "Mål 2016", "Utfall 2016"], *map(list, RELATION)],
                               [0.52, 0.16, 0.16, 0.16], align_right_from=1))
        story.append(doc.p("Mål 4 Fler Botkyrkabor kan försörja sig på eget arbete eller företagande", "h2"))
        story.append(doc.p("Andel i arbete eller studier sex månader efter avslutad insats (procent)", "small"))
        story.append(doc.table(rows, [0.44, 0.14, 0.14, 0.14, 0.14], align_right_from=1, zebra=True))
        story.append(doc.p("Under januari–augusti har 1 049 kvinnor och 478 män (1 527 personer) gjort en "
                           "stegförflyttning. Sex månader efter avslutad insats har 457 kvinnor och 285 män gått vidare "
                           "till arbete eller studier. Andelen är god men antalet deltagare i uppföljningen är litet."))
        from reportlab.platypus import PageBreak

        story.append(PageBreak())
    return doc.build(story[:-1])


CHECKLISTS = [
    ("1 Larm – händelse i kommunen eller omvärlden", ["Vid nödläge: ring 112", "Larma förvaltningschefen",
                                                       "Förvaltningschefen bedömer om krisledningsgruppen ska samlas"]),
    ("2 Larmmottagning och faktainsamling", ["Notera tid, plats och vad som hänt", "Vilka är drabbade?",
                                             "Vilka verksamheter berörs?", "Starta händelseloggen"]),
    ("3 Bedömning, larm och åtgärder", ["Gör en första lägesbild", "Besluta om larm av krisledningsgruppen",
                                        "Informera kommunledningsförvaltningen"]),
    ("4 Åtgärder vid allvarlig händelse", ["Samla gruppen i krisledningsrummet", "Utse loggförare",
                                           "Fastställ informationsansvar", "Planera nästa lägesavstämning"]),
    ("5 När krisledningsgruppen är samlad", ["Lägesbild", "Beslut om åtgärder", "Information internt och externt",
                                             "Personalens behov av stöd", "Uthållighet och avlösning"]),
    ("8 Utvärdering", ["Samla händelseloggen", "Håll en utvärdering inom en månad", "Uppdatera planen"]),
]
ROLES = [("Ordförande i krisledningsgruppen", "Leder arbetet, fattar beslut och ansvarar för att lägesbilden är gemensam."),
         ("Stabschef", "Samordnar gruppens arbete, planerar lägesavstämningar och ser till att besluten genomförs."),
         ("Loggförare", "För händelse- och beslutslogg med tid, vem, vad och beslut."),
         ("Informationsansvarig", "Ansvarar för information till medarbetare, deltagare, media och allmänhet.")]
CONTACTS = [("Johan Nordin", "Förvaltningschef", "08-465 004 10", "070-174 06 20"),
            ("Maria Holm", "Administrativ chef", "08-465 004 11", "070-174 06 21"),
            ("Emma Sjöberg", "Säkerhetssamordnare", "08-465 004 15", "070-174 06 22"),
            ("Sara Björk", "Nämndsekreterare", "070-174 06 12", "070-174 06 23"),
            ("Anders Molin", "Verksamhetschef Vuxenutbildning", "08-465 004 16", "070-174 06 24"),
            ("Petra Lind", "Verksamhetschef Jobbcenter", "08-465 004 17", "070-174 06 25"),
            ("Cecilia Nord", "Verksamhetschef Daglig verksamhet", "08-465 004 18", "070-174 06 26"),
            ("Rami Aziz", "Verksamhetschef Xenter", "08-465 004 19", "070-174 06 27")]


def crisis_plan(lh: Letterhead) -> bytes:
    from reportlab.platypus import PageBreak

    doc = _doc(lh, "Krisledningsplan", "KRISLEDNINGSPLAN", "Dnr AVUX/2016:60")
    story = [doc.p("Krisledningsplan för Arbetsmarknads- och vuxenutbildningsförvaltningen", "title"),
             doc.p("Innehåll", "h1"),
             doc.bullets([c[0] for c in CHECKLISTS] + [f"6 Rollkort: {r[0]}" for r in ROLES]
                         + ["7 Förvaltningens krisledningsgrupp", "Bilaga 1: Informationshantering och beslutslogg",
                            "Bilaga 2: Krisledningsrummet", "Bilaga 3: Samverkan och kontaktpersoner"]),
             PageBreak()]
    for title, steps in CHECKLISTS:
        story.append(doc.p(title, "h1"))
        story.append(doc.table([["Åtgärd", "Ansvarig", "Sign"]] + [[s, "", ""] for s in steps], [0.64, 0.24, 0.12]))
    story.append(PageBreak())
    for title, text in ROLES:
        story += [doc.p(f"Rollkort för {title.lower()}", "h1"), doc.p(text),
                  doc.bullets(["Läs in lägesbilden", "Stäm av med ordföranden", "Dokumentera beslut i loggen"])]
    story.append(PageBreak())
    story.append(doc.p("7 Förvaltningens krisledningsgrupp", "h1"))
    story.append(doc.table([["Namn", "Funktion", "Arbete", "Mobil"], *map(list, CONTACTS)], [0.25, 0.35, 0.2, 0.2]))
    story.append(doc.p("Bilaga 2: Krisledningsrummet", "h1"))
    story.append(doc.bullets(["Plan 9, förvaltningens hörna", "Dator med skrivare och reservström",
                              "Whiteboard, blädderblock och pennor", "Radio och telefonlista i pärm"]))
    return doc.build(story)


STATE_MEASURES = [["Period", "Antal i åtgärden", "Nya", "Vidtagna åtgärder", "Kommentar"],
                  ["Jan–juni 2016", "3 (1 kvinna, 2 män)", "3", "Två av tjänsterna tillsattes av personer som tidigare haft kommunala jobb.",
                   "Få extratjänster i landet; Arbetsförmedlingen stöttar lokalkontoren under hösten."],
                  ["Juli 2016", "1 kvinna", "4", "Personen har tidigare haft kommunalt jobb.", ""],
                  ["Augusti 2016", "4", "0", "Dialog med Arbetsförmedlingen om fler platser.", "Fler väntas inom socialtjänsten."]]


def state_measures(lh: Letterhead) -> bytes:
    doc = _doc(lh, "Uppföljning av statliga åtgärder", ref="Dnr AVUX/2016:63")
    story = [doc.p("Uppföljning av statliga åtgärder för minskad arbetslöshet 2016", "title")]
    for measure in ("Extra tjänster", "Traineejobb", "Utbildningskontrakt"):
        story.append(doc.p(measure, "h1"))
        story.append(doc.table(STATE_MEASURES, [0.15, 0.17, 0.08, 0.3, 0.3]))
    return doc.build(story)


def delegation_list(lh: Letterhead, unit: str) -> bytes:
    doc = _doc(lh, f"Delegationsbeslut {unit} augusti 2016", "DELEGATIONSBESLUT", "Dnr AVUX/2015:132")
    rows = [["Datum", "Punkt", "Beslut", "Delegat"]] + [
        [f"2016-08-{d:02d}", f"{p}", text, "Verksamhetschef"]
        for d, p, text in ((3, "4.2", "Antagning till kurs"), (10, "4.3", "Avbrott i studier"),
                           (17, "6.1", "Attest av inköp över 100 000 kr"), (24, "4.2", "Antagning till kurs"),
                           (30, "7.4", "Tillfällig anställning"))
    ]
    return doc.build([doc.p(f"Delegationsbeslut {unit}, augusti 2016", "title"), doc.table(rows, [0.15, 0.1, 0.5, 0.25])])


def confidential_investigation(lh: Letterhead) -> bytes:
    doc = _doc(lh, "Utredning om insats för enskild", "UTREDNING", "Dnr AVUX/2016:71")
    return doc.build([doc.p("Utredning om utökad insats i daglig verksamhet", "title"),
                      doc.p("Den enskilde har sedan 2014 deltagit i daglig verksamhet tre dagar i veckan. "
                            "Utredaren bedömer att behovet av stöd har ökat under året."),
                      doc.p("Uppgifter om hälsa och familjeförhållanden framgår av journalen.")])
