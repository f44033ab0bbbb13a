"""Demo meetings: the meeting of 22 September 2016 as in the seed bundle (its seven items
with their case numbers, memos written anew on the seed's facts, generated attachment
PDFs), a confidential example item, finalised and posted minutes with attendance of the
demo members, and two planned autumn meetings."""

from __future__ import annotations

import datetime as dt

from sqlite_utils import Database

from uppfoljning_desktop.demo import meetings_attachments as att
from uppfoljning_desktop.domain.meetings import (
    DELEGATION_ITEM_TITLE,
    AttendanceStatus,
    GroupMeeting,
    ItemKind,
    MeetingState,
)
from uppfoljning_desktop.domain.organisation import OfficialRole
from uppfoljning_desktop.reports.base import load_letterhead
from uppfoljning_desktop.store import meeting_items as items
from uppfoljning_desktop.store import meetings as store
from uppfoljning_desktop.store import minutes
from uppfoljning_desktop.store import organisation as org

ORDER = 20
MEETING_DATE = dt.date(2016, 9, 22)
NAME = "Arbetsmarknads- och vuxenutbildningsnämnden"
HEAD = "Johan Nordin, Förvaltningschef"
ADMIN = "Maria Holm, Administrativ chef"

SCHEDULE_2017 = ["19 januari", "9 februari", "9 mars", "6 april", "11 maj", "15 juni", "31 augusti",
                 "14 september", "12 oktober", "9 november", "7 december"]

ITEMS: list[dict] = [
    dict(title="Information om trainee och utbildningskontrakt", kind=ItemKind.ORAL_REPORT, officer="Linnea Falk",
         summary="Jobbcenter berättar hur arbetet med traineejobb och utbildningskontrakt för unga 20–24 år "
                 "har kommit i gång tillsammans med Arbetsförmedlingen."),
    dict(title="Sammanträdesordning 2017", case_number="AVUX/2016:59", officer="Sara Björk",
         proposal=f"{NAME} godkänner sammanträdesordningen för 2017.",
         summary="Varje höst bestämmer nämnden när den ska sammanträda under nästa år. Förvaltningen föreslår "
                 "följande torsdagar 2017:\n\n" + "\n".join(f"* torsdag {d}" for d in SCHEDULE_2017),
         body="Datumen är valda så att de inte krockar med helgdagar och så att ordförandeberedning och "
              "oppositionsberedning hinner hållas före varje sammanträde. Beredningarnas datum finns i bilagan.",
         distribution="Kommunledningsförvaltningen", attachments=[("Ordförandeberedningar och oppositionsberedningar 2017", "preparation_meetings")]),
    dict(title="Delårsrapport 2", case_number="AVUX/2016:25", officer="Linnea Falk",
         proposal=f"{NAME} godkänner delårsrapporteringen för delår 2, 2016.",
         summary="Ettårsplanen för 2016 följs upp tre gånger om året. Under januari–augusti har 1 049 kvinnor och "
                 "478 män, sammanlagt 1 527 personer, tagit ett steg närmare arbete eller studier. Målet för helåret "
                 "är 3 300 personer varav 2 100 i arbete eller utbildning.\n\nPrognosen för helåret är en budget i "
                 "balans, trots underskott i daglig verksamhet och Jobbcenter och en IT-kostnad över ramen.",
         body="Av dem som avslutade en insats mellan juli 2015 och januari 2016 har 457 kvinnor och 285 män gått "
              "vidare till arbete eller studier efter sex månader. Andelen är god, men antalet följs upp på för få "
              "deltagare för att målet ska nås.\n\nPengarna från ändringsbudgeten (12,1 mnkr) räcker längre än "
              "beräknat eftersom några utbildningar startade senare eller ställdes in.",
         distribution="Kommunledningsförvaltningen", attachments=[("Delårsrapport 2 2016", "interim_report")]),
    dict(title="Ny krisplan för Arbetsmarknads- och vuxenutbildningsförvaltningen", case_number="AVUX/2016:60",
         officer="Emma Sjöberg",
         proposal=f"{NAME} fastställer förvaltningens lokala krisledningsplan och överlämnar den till kommunfullmäktige.",
         summary="Förvaltningen har tagit fram en krisledningsplan enligt kommunledningsförvaltningens riktlinjer. "
                 "Förvaltningens ledningsgrupp beslutade om planen 2016-06-09.",
         body="Planen beskriver hur larm tas emot, hur krisledningsgruppen samlas och arbetar, rollkort för "
              "ordförande, stabschef, loggförare och informationsansvarig, samt kontaktlistor.",
         distribution="Kommunfullmäktige", attachments=[("Krisledningsplan", "crisis_plan")]),
    dict(title="Nytt personuppgiftsombud", case_number="AVUX/2016:70", officer="Sara Björk",
         proposal=f"{NAME} utser Maria Holm till tjänsteförrättande personuppgiftsombud för nämnden och ger "
                  "förvaltningschefen rätt att anmäla ombudet till Datainspektionen.",
         summary="Nämnden är personuppgiftsansvarig inom sitt område enligt personuppgiftslagen (1998:204) och kan "
                 "utse ett ombud som självständigt ser till att personuppgifter behandlas korrekt.",
         body="Ombudet ska föra en förteckning över behandlingar av personuppgifter och hjälpa den som vill få "
              "felaktiga uppgifter rättade. Utses ett ombud ska det anmälas till Datainspektionen.\n\n"
              "* Uppdraget läggs på förvaltningen\n* Anmälan görs av förvaltningschefen",
         distribution="Datainspektionen"),
    dict(title="Uppföljning av statliga åtgärder för minskad arbetslöshet", case_number="AVUX/2016:63",
         kind=ItemKind.INFORMATION, officer="Linnea Falk",
         proposal=f"{NAME} har tagit del av informationen.",
         summary="Ordföranden och förste vice ordföranden har gett förvaltningen i uppdrag att redovisa extratjänster, "
                 "traineejobb och utbildningskontrakt vid varje sammanträde från september 2016.",
         body="Den första uppföljningen visar få deltagare under våren. Dialogen med Arbetsförmedlingen väntas ge "
              "fler platser under hösten. Jobbcenter ansvarar för genomförandet tillsammans med vuxenutbildningen.",
         attachments=[("Månadsuppföljning januari–augusti 2016", "state_measures")]),
    dict(title="Begäran om utökad insats i daglig verksamhet", case_number="", officer="David Ek",
         proposal=f"{NAME} beviljar utökad insats enligt utredningen.",
         summary="Utredningen gäller en enskild deltagares behov av utökat stöd.",
         body="Uppgifterna om den enskilde omfattas av sekretess.",
         confidential=True, osl_provision="OSL 26 kap. 1 §", confidential_on=dt.date(2016, 9, 12),
         confidential_by="Sara Björk",
         attachments=[("Utredning", "confidential_investigation")]),
]

UNITS_REPORTED = ["Botkyrka Vuxenutbildning", "Daglig verksamhet", "Förvaltningskontoret", "Xenter Botkyrka", "Jobbcenter Botkyrka"]


def populate(db: Database) -> None:
    committee = org.get_committee(db)
    store.save_standing_items(db, [("Val av justerare", ItemKind.ELECTION, ""),
                                   (DELEGATION_ITEM_TITLE, ItemKind.DELEGATION_REPORT, "AVUX/2015:132")])
    officials = org.list_officials(db)
    secretary = next(o for o in officials if o.role == OfficialRole.SECRETARY)
    m = store.create_meeting(
        db, MEETING_DATE, dt.time(19, 0), "Sal Tumba, kommunhuset", committee_id=committee.id,
        group_meetings_time=dt.time(18, 30),
        group_meetings=[GroupMeeting("Majoriteten", "lokal 2:3"), GroupMeeting("Oppositionen", "Helges restaurang")],
        practical_notes="Kaffe, te och smörgås serveras i samband med gruppmötena.",
        absence_contact_id=secretary.id, adjusters=["Erik Sandberg (M)"],
        adjustment_place="Kommunhuset, Tumba", minutes_kept_at="Arbetsmarknads- och vuxenutbildningsförvaltningen, Tumba",
    )
    lh = load_letterhead(db)
    delegation = items.find_item(db, m.id, kind=ItemKind.DELEGATION_REPORT)
    assert delegation is not None
    for spec in ITEMS:
        spec = dict(spec)
        attachments = spec.pop("attachments", [])
        item = items.add_item(db, m.id, spec.pop("title"), memo_date=att.MEMO_DATE, signer1=HEAD, signer2=ADMIN,
                              recipient=NAME, position=delegation.position, **spec)
        delegation = items.get_item(db, delegation.id)
        for title, maker in attachments:
            items.add_attachment(db, item.id, f"{maker}.pdf", getattr(att, maker)(lh), title)
    delegation.title = "Delegationsbeslut"
    delegation.officer = "Sara Björk"
    delegation.memo_date = att.MEMO_DATE
    delegation.signer1 = HEAD
    delegation.proposal = f"{NAME} godkänner redovisningen av delegationsbesluten."
    delegation.summary = ("Nämnden beslutar om mål, inriktning och kvalitet och i frågor av principiell natur. Andra "
                          "ärenden är delegerade till förvaltningschefen, som i sin tur delegerar vidare.\n\n"
                          "Följande listor över delegationsbeslut har lämnats in:\n"
                          + "\n".join(f"* {u}, augusti 2016" for u in UNITS_REPORTED))
    items.save_item(db, delegation)
    for unit in UNITS_REPORTED:
        items.add_attachment(db, delegation.id, f"delegation-{unit}.pdf", att.delegation_list(lh, unit), f"{unit}, augusti 2016")

    store.set_state(db, m.id, MeetingState.NOTICE_SENT, today=dt.date(2016, 9, 14))
    rows = minutes.default_attendance(db, m.id)
    by_name = {r.name: r for r in rows}
    by_name["Patrik Nyström"].status = AttendanceStatus.ABSENT
    by_name["Hanna Lundgren"].status = AttendanceStatus.ABSENT
    by_name["Lena Holmberg"].status = AttendanceStatus.SERVING_SUBSTITUTE
    by_name["Lena Holmberg"].replaces_member_id = by_name["Patrik Nyström"].member_id
    from uppfoljning_desktop.domain.meetings import Attendance

    rows += [Attendance(m.id, o.name, AttendanceStatus.OTHER, role=o.title.lower())
             for o in officials if o.role in (OfficialRole.HEAD_OF_ADMINISTRATION, OfficialRole.SECRETARY)]
    minutes.save_attendance(db, m.id, rows)
    confidential = items.find_item(db, m.id, title="Begäran om utökad insats i daglig verksamhet")
    assert confidential is not None
    minutes.set_conflicts(db, confidential.id, ["Tomas Öhman"])
    personal = items.find_item(db, m.id, title="Nytt personuppgiftsombud")
    assert personal is not None
    minutes.record_decision(db, personal.id, immediate_adjustment=True,
                            notes="Vänsterpartiets ledamot lämnar en protokollsanteckning om att ombudet bör få utbildning.")
    schedule = items.find_item(db, m.id, title="Sammanträdesordning 2017")
    assert schedule is not None
    minutes.record_decision(db, schedule.id, dissent="Sverigedemokraternas ersättare reserverar sig till förmån för eget förslag om tio sammanträden.")
    from uppfoljning_desktop.demo.minutes_debate import populate_contested

    populate_contested(db, m.id)  # motions, a tied roll call, a reservation (KL 5:67)
    minutes.finalise_minutes(db, m.id)
    m = store.get_meeting(db, m.id)
    m.adjustment_date = dt.date(2016, 9, 29)
    m.posted_on = dt.date(2016, 9, 30)
    store.save_meeting(db, m)
    store.set_state(db, m.id, MeetingState.ADJUSTED, today=dt.date(2016, 9, 29))
    store.set_state(db, m.id, MeetingState.POSTED, today=dt.date(2016, 9, 30))

    for date in (dt.date(2016, 10, 20), dt.date(2016, 11, 17)):
        store.create_meeting(db, date, dt.time(18, 0), "Sal Tumba, kommunhuset", committee_id=committee.id,
                             absence_contact_id=secretary.id)
