"""The default crisis plan a new plan starts from, written in our own words.

It follows the structure of the administration crisis plan in seeds/003_… (item 4):
checklists for the alarm, receiving it, the assessment, the serious event and the
assembled group; role cards for ordförande, stabschef, loggförare and
informationsansvarig; the group's functions; the crisis room's equipment; external
contacts by category; incident checklists; the evaluation afterwards. The national
numbers (112, 113 13, 114 14, 1177) are public; everything local is left for the
secretary to fill in, and the gaps list shows what is still empty.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from uppfoljning_desktop.domain.crisis import (
    ChecklistSection,
    ChecklistStep,
    ContactCategory,
    CrisisPlan,
    ExternalContact,
    GroupFunction,
    RoleCard,
)

S = ChecklistSection

STEPS: list[tuple[ChecklistSection, str, str]] = [
    (S.ALARM, "Ring 112 om liv, hälsa, egendom eller miljö är i fara.", "Alla"),
    (S.ALARM, "Berätta genast för närmaste chef om allvarliga händelser och tillbud.", "Alla"),
    (S.ALARM, "Ta emot larmet och skriv ner uppgifterna enligt nästa checklista.", "Chef"),
    (S.RECEIVING, "Vem larmar, när, och hur når vi personen igen?", "Larmmottagare"),
    (S.RECEIVING, "Vad har hänt och var?", "Larmmottagare"),
    (S.RECEIVING, "Konsekvenser: vilka och hur många är drabbade; påverkan på miljö, egendom, "
                  "verksamhet; medieintresse; annan påverkan.", "Larmmottagare"),
    (S.RECEIVING, "Hur kan händelsen utvecklas: det värsta och det mest sannolika förloppet.", "Larmmottagare"),
    (S.RECEIVING, "Vilka aktörer är redan igång, vem leder arbetet och vilka mer vet om händelsen?",
     "Larmmottagare"),
    (S.RECEIVING, "Vad behöver de av oss? Se till att du får löpande information.", "Larmmottagare"),
    (S.ASSESSMENT, "Kontrollera uppgifterna: är källan trovärdig, behövs mer information? "
                   "Hämta in det som saknas.", "Chef som tog emot larmet"),
    (S.ASSESSMENT, "Larma förvaltningschefen direkt om människor, miljö, egendom eller "
                   "förtroendet för kommunen kan ta allvarlig skada.", "Chef som tog emot larmet"),
    (S.ASSESSMENT, "Är händelsen inte allvarlig: se till att drabbade och berörda får stöd, "
                   "och följ utvecklingen.", "Chef som tog emot larmet"),
    (S.SERIOUS_EVENT, "Informera kommundirektören eller annan behörig beslutsfattare.", "Förvaltningschef"),
    (S.SERIOUS_EVENT, "Bestäm vilka i förvaltningen som ska delta i krisledningen.", "Förvaltningschef"),
    (S.SERIOUS_EVENT, "Larma krisledningsgruppen enligt kontaktlistan.", "Stabschef"),
    (S.SERIOUS_EVENT, "Larma och aktivera berörda stödfunktioner (POSOM, kommunikation, växel).", "Stabschef"),
    (S.SERIOUS_EVENT, "Bedöm om fler interna eller externa aktörer ska larmas, och om "
                      "samverkanspersoner ska ingå i gruppen.", "Förvaltningschef"),
    (S.SERIOUS_EVENT, "Bedöm om krisledningsnämnden eller nämndens ordförande ska informeras.",
     "Förvaltningschef"),
    (S.SERIOUS_EVENT, "Ta dig till krisledningsrummet så snart du kan.", "De som larmats"),
    (S.GROUP_ASSEMBLED, "Utse vem som leder arbetet, vem som för logg, vem som ansvarar för "
                        "personal och brukare och vem som ansvarar för information.", "Ordförande"),
    (S.GROUP_ASSEMBLED, "Öppna första mötet; fatta brådskande beslut direkt.", "Ordförande"),
    (S.GROUP_ASSEMBLED, "Närvaro: behöver fler kallas in, även från andra förvaltningar, polis "
                        "eller räddningstjänst?", "Ordförande"),
    (S.GROUP_ASSEMBLED, "Gör en gemensam lägesbild och skriv upp den där alla ser den.", "Stabschef"),
    (S.GROUP_ASSEMBLED, "Bedöm det värsta och det mest sannolika förloppet och dess följder.", "Stabschef"),
    (S.GROUP_ASSEMBLED, "Klargör ansvar och mandat mot central krisledning, krisledningsnämnden "
                        "och externa aktörer.", "Ordförande"),
    (S.GROUP_ASSEMBLED, "Bestäm mål och uppgifter: begränsa skador, skydda, ta hand om drabbade; "
                        "räcker resurserna; vem informeras; vem samverkar vi med; vart ska växeln "
                        "koppla samtal; vad måste fortsätta fungera i ordinarie verksamhet.", "Ordförande"),
    (S.GROUP_ASSEMBLED, "Klargör tidpunkter som styr (presskonferens, möten, senaste tid för information).",
     "Informationsansvarig"),
    (S.GROUP_ASSEMBLED, "Planera avlösning i gruppen vid behov.", "Ordförande"),
    (S.GROUP_ASSEMBLED, "Bestäm tid för nästa lägesavstämning och avsluta mötet.", "Ordförande"),
    (S.EVALUATION, "Samla underlag: loggen, mötesanteckningar, utskick, mediebevakning, frågor "
                   "från allmänheten och synpunkter från samverkande aktörer.", "Stabschef"),
    (S.EVALUATION, "Hur fungerade larmkedjan fram till att krisledningen var igång?", "Ordförande"),
    (S.EVALUATION, "Kunde vi leda strategiskt, fatta tidiga och tydliga beslut och delegera?", "Ordförande"),
    (S.EVALUATION, "Hur fungerade rollerna, arbetet i krisledningsrummet och uthålligheten?", "Ordförande"),
    (S.EVALUATION, "Fick vi en relevant lägesbild, och hur fungerade informationsinhämtningen?", "Stabschef"),
    (S.EVALUATION, "Hur fungerade samverkan lokalt och regionalt, och gick planen att använda?", "Stabschef"),
    (S.EVALUATION, "Var vår information snabb, korrekt, begriplig, enhetlig och samordnad? Hur "
                   "upplevde medier, invånare och andra aktörer oss?", "Informationsansvarig"),
    (S.EVALUATION, "Fick de drabbade den hjälp de behövde? Hur fungerade växel och kontaktcenter?",
     "Ordförande"),
    (S.EVALUATION, "Behöver någon tackas särskilt, och behöver personalen stödsamtal?", "Ordförande"),
    (S.EVALUATION, "Sammanfatta: vad kan förebyggas, och vad ändrar vi (planen, samverkan, övningar)?",
     "Ordförande"),
]

ROLE_CARDS: list[tuple[str, str, list[str]]] = [
    ("Ordförande", "Leder krisledningsgruppen och ansvarar för att gruppen fattar de beslut som behövs.", [
        "Fördela ansvaret i gruppen så att alla vet vad de ska göra.",
        "Håll lägesavstämningar så ofta situationen kräver; stoppa inkommande samtal under tiden.",
        "Lägesavstämning: närvaro, läget nu, rapport från varje funktion, uppföljning av tidigare "
        "beslut, nya beslut om uppgifter och inriktning, blick framåt (ett dygn, en vecka), tid för nästa.",
        "Kontrollera att samverkan sker och att besluten genomförs.",
        "Se till att någon ordnar mat och dryck åt gruppen.",
        "Bedöm löpande om gruppen är rätt sammansatt, var den ska arbeta och när den behöver avlösas.",
        "Ta fram en plan för det fortsatta arbetet: mål, uppgifter, tidplan och vilka som ingår.",
        "Vid avlösning: gör en lägesavstämning och låt varje funktion lämna över till sin efterträdare.",
    ]),
    ("Stabschef", "Leder och samordnar det operativa arbetet i krisledningsrummet.", [
        "Se till att alla beslut förs in i beslutsloggen.",
        "Håll ordföranden informerad om hur händelsen utvecklas.",
        "Gör löpande en bedömning av konsekvenserna och av hur läget kan utvecklas.",
        "Hjälp ordföranden att genomföra lägesavstämningar.",
        "Håll lägesbilden aktuell: händelse, konsekvenser, oklarheter och resurser, med en tidsaxel.",
        "Meddela växeln när en lägesavstämning börjar och slutar, så att samtal hålls tillbaka under tiden.",
        "Bedöm när du själv behöver avlösas.",
    ]),
    ("Loggförare", "För händelseloggen så att allt som beslutas och händer finns dokumenterat.", [
        "För loggen löpande och se till att den sparas.",
        "Ta emot skriftliga underlag från gruppens funktioner och för in dem i loggen; spara "
        "pappersunderlagen ifall tekniken slutar fungera.",
        "Visa loggen för hela gruppen, till exempel med projektor.",
        "Håll kontakt med stabschefen och hjälp till när gruppen behöver gå tillbaka i loggen.",
        "Skriv ut beslutsloggen inför varje lägesavstämning.",
        "Bedöm när du själv behöver avlösas.",
    ]),
    ("Informationsansvarig", "Ansvarar för att rätt information når rätt mottagare i rätt tid.", [
        "Se till att besluten inom informationsområdet genomförs.",
        "Bedöm vilka krav händelsen ställer på information och skaffa det stöd du behöver.",
        "Klargör ditt mandat gentemot kommunens centrala kommunikationsfunktion.",
        "Bestäm målgrupper, kanaler, huvudbudskap, talesperson och senaste tid för att gå ut.",
        "Samordna informationen med andra aktörer så att budskapen stämmer överens.",
        "Ge växel, kontaktcenter och telefonsluss skriftliga svar för media, anhöriga och drabbade.",
        "Bedöm löpande behovet av presskonferens, information på andra språk och tolk.",
        "Bedöm när du själv behöver avlösas.",
    ]),
]

FUNCTIONS = ["Ordförande", "Stabschef", "Loggförare", "Informationsansvarig", "HR-funktion"]

EQUIPMENT = [
    "Whiteboardtavlor och pennor som fungerar",
    "Krisplanen och rollkorten, utskrivna",
    "Telefoner märkta med sina nummer",
    "TV och radio",
    "Projektor eller interaktiv skärm",
    "Pärmar, block och pennor",
    "Blädderblock",
    "Utskrivna loggblanketter att använda om datorerna inte fungerar",
]

C = ContactCategory

CONTACTS: list[tuple[ContactCategory, str, str, str]] = [
    (C.MUNICIPALITY, "Kommundirektör", "", ""),
    (C.MUNICIPALITY, "Kommunikationschef", "", ""),
    (C.MUNICIPALITY, "Säkerhetssamordnare", "", ""),
    (C.MUNICIPALITY, "Chef i beredskap, socialtjänsten", "", ""),
    (C.POLICE, "Polisen, vid fara", "", "112"),
    (C.POLICE, "Polisen, övriga ärenden", "", "114 14"),
    (C.POLICE, "Kommunpolis", "", ""),
    (C.RESCUE, "Räddningstjänsten, vid fara", "", "112"),
    (C.RESCUE, "Räddningscentralen", "", ""),
    (C.RESCUE, "Information vid olyckor och kriser", "", "113 13"),
    (C.HEALTH, "Ambulans", "", "112"),
    (C.HEALTH, "Sjukvårdsrådgivning", "", "1177"),
    (C.COUNTY, "Tjänsteman i beredskap (TiB)", "", ""),
    (C.INSURANCE, "Kommunens försäkringsbolag", "", ""),
    (C.INSURANCE, "Försäkringssamordnare", "", ""),
    (C.PROPERTY, "Felanmälan fastighet, akut", "", ""),
    (C.PROPERTY, "Glasmästare, jour", "", ""),
    (C.IT, "IT-servicedesk", "", ""),
]

# (title, guidance, contact roles to link)
INCIDENTS: list[tuple[str, str, list[str]]] = [
    ("Brand", "Räddningstjänsten leder arbetet vid en brand; polisen hjälper till på platsen.\n"
     "- Verksamhetsansvarig kontaktas av räddningscentralen enligt den rutin verksamheten anmält.\n"
     "- Räddningstjänsten kallar en restvärdesledare från försäkringsbolaget; fastighetsägaren "
     "anmäler skadan.\n"
     "- Verksamheten planerar för fortsatt arbete i andra lokaler vid behov.\n"
     "- Behövs bevakning av platsen: kontakta räddningscentralen.",
     ["Räddningstjänsten, vid fara", "Räddningscentralen", "Kommunens försäkringsbolag",
      "Försäkringssamordnare"]),
    ("Skadegörelse", "- Rapportera skadan i kommunens system för incidentrapportering.\n"
     "- Gör en felanmälan till fastighetsförvaltningen och en polisanmälan.\n"
     "- Vid glaskross: kontakta upphandlad glasmästare (jourtid via bevakningsföretaget).",
     ["Felanmälan fastighet, akut", "Glasmästare, jour", "Polisen, övriga ärenden",
      "Kommunens försäkringsbolag"]),
    ("IT-incident eller avbrott i telefonin", "- Anmäl störningar i interna system och datorer "
     "till servicedesk per telefon eller e-post.\n"
     "- Vid avbrott i ett externt verksamhetssystem: kontakta leverantören.\n"
     "- Kontaktcenter felanmäler avbrott i telefonin direkt till servicedesk.",
     ["IT-servicedesk"]),
    ("Olycka där allmänheten är inblandad", "Polis och räddningstjänst hanterar olyckan. "
     "Kommunen kan stödja med psykiskt och socialt omhändertagande (POSOM) för chockade och "
     "oroliga; socialtjänsten beslutar om att aktivera POSOM-gruppen.\n"
     "- Medarbetare som behöver eget stöd hänvisas till företagshälsovården.",
     ["Räddningstjänsten, vid fara", "Chef i beredskap, socialtjänsten", "Sjukvårdsrådgivning"]),
    ("Social oro, kravaller eller upplopp", "Polisen ansvarar för att hantera brott vid "
     "kravaller. Kommunen arbetar förebyggande genom bland annat socialtjänst, fritidsledare "
     "och områdesutvecklare, och tillsammans med frivilliga som nattvandrare; "
     "trygghetssamordnaren samordnar insatserna.",
     ["Kommunpolis", "Polisen, vid fara", "Säkerhetssamordnare"]),
]


@dataclass
class PlanTemplate:
    plan: CrisisPlan
    steps: list[ChecklistStep] = field(default_factory=list)
    role_cards: list[RoleCard] = field(default_factory=list)
    functions: list[GroupFunction] = field(default_factory=list)
    contacts: list[ExternalContact] = field(default_factory=list)
    incidents: list[tuple[str, str, list[str]]] = field(default_factory=list)


def default_template() -> PlanTemplate:
    """A fresh copy of the default plan (the store gives it ids)."""
    return PlanTemplate(
        plan=CrisisPlan(title="Krisledningsplan", room_equipment="\n".join(EQUIPMENT)),
        steps=[ChecklistStep(section=s, text=t, responsible=r, sort_order=i)
               for i, (s, t, r) in enumerate(STEPS, 1)],
        role_cards=[RoleCard(function=f, purpose=p, tasks="\n".join(tasks), sort_order=i)
                    for i, (f, p, tasks) in enumerate(ROLE_CARDS, 1)],
        functions=[GroupFunction(function=f, sort_order=i) for i, f in enumerate(FUNCTIONS, 1)],
        contacts=[ExternalContact(category=c, role=r, name=n, phone=p, sort_order=i)
                  for i, (c, r, n, p) in enumerate(CONTACTS, 1)],
        incidents=[(t, g, list(roles)) for t, g, roles in INCIDENTS],
    )
