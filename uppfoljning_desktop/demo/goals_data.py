"""The demo's goal structures as data: Södertälje 2024–2026 and Botkyrka 2019.

Södertälje (``seeds/000_…``): goal areas, KF-mål, nämndmål and indicators with their
baselines, targets and sources as written in the plan; the activities are invented.
Botkyrka (``seeds/001_…``): the annual report 2019's goals with their real outcomes
2016–2019 and gender splits. Indicators are mapped to the demo units of
``demo/organisation.py``.

An indicator row: (name, measure unit, baseline, {year: target}, source, unit, flags)
where flags may hold "kön" (split by gender), "lägre" (lower is better), and
"delgrupper" / "fotnot".
"""

from __future__ import annotations

VUX, JOBB, DAGLIG, XENTER, NARING, KONTOR = (
    "Vuxenutbildning", "Jobbcenter", "Daglig verksamhet", "Xenter", "Näringsliv", "Förvaltningskontoret")

T3 = (2024, 2025, 2026)


def targets(*values: str) -> dict[int, str]:
    return {y: v for y, v in zip(T3, values, strict=False) if v}


SODERTALJE: list[tuple[str, str, list[tuple[str, str, list[tuple]]]]] = [
    ("Ett socialt hållbart Södertälje", "", [
        ("1", "Södertälje kommuns barn och unga har goda uppväxtvillkor", [
            ("1.1", "Södertäljebor har bra arbetsmarknadskunskaper.", [
                ("Antal träffar mellan företagare och elever eller studerande (anordnade av nämndens verksamheter)",
                 "antal", "*", targets("4", "Öka", "Öka"), "Näringslivsavdelningen", NARING,
                 {"fotnot": "*Arbetet startas upp under 2024. Därav saknas ingående värde."}),
            ]),
            ("1.2", "Södertäljes unga har goda entreprenöriella styrkor.", [
                ("UF-elever av elever i årskurs 3 gymnasiet, andel", "procent", "16,4%*",
                 targets("Öka", "Öka", "30,0"), "Ung företagsamhet och Skolverket", NARING,
                 {"kön": True, "fotnot": "* Siffra från 2022.", "baseline_year": 2022}),
            ]),
        ]),
        ("2", "Södertälje kommuns invånare har inflytande och är delaktiga", [
            ("2.1", "Södertäljes företagare är nöjda med kommunens myndighetsutövning (vilket påverkar företagsklimatet).", [
                ("Företagarnas helhetsbedömning av servicen i myndighetsutövning, Nöjd Kund Index (NKI)", "index",
                 "72 **", targets("73", "75", "77"), "Stockholm Business Region och SKR", NARING,
                 {"fotnot": "**Siffran gäller 2022. NKI för 2023 rapporteras i april 2024.", "baseline_year": 2022}),
                ("Kommunens service och bemötande vid handläggning av företagsärenden, betyg 1–6", "betyg", "2,63",
                 targets("2,75", "2,9", "3,1"), "Svenskt Näringslivs företagsklimatmätning", NARING, {}),
            ]),
            ("2.2", "Södertäljes företagare är nöjda med dialog och samverkan", [
                ("Företagarträffar, nöjdhet, betyg 1–5", "betyg", "*", targets("4", "4,3", "4,5"),
                 "Näringslivsavdelningen", NARING,
                 {"fotnot": "* Likvärdig mätning av nöjdhet för samtliga träffar införs under 2024."}),
                ("Företagsbesök, nöjdhet, betyg 1–5", "betyg", "**", targets("4", "4,3", "4,5"),
                 "Näringslivsavdelningen", NARING, {"fotnot": "**Mätning av nöjdhet införs under 2024."}),
            ]),
        ]),
        ("3", "Södertälje kommuns invånare har goda livsvillkor", [
            ("3.1", "Fler Södertäljebor ska arbeta", [
                ("Sysselsättningsgrad, andel Södertäljebor 20–64 år", "procent", "77,7%*",
                 targets("Öka", "Öka", "Öka"), "Statistiska centralbyrån", JOBB,
                 {"kön": True, "fotnot": "*Siffra för 2022", "baseline_year": 2022}),
                ("Helårsekvivalenter som försörjs med sociala ersättningar och bidrag, andel av befolkningen 20–64 år",
                 "procent", "14,8%*", targets("Minska", "Minska", "Minska"), "Statistiska centralbyrån", JOBB,
                 {"kön": True, "lägre": True, "baseline_year": 2022}),
            ]),
            ("3.2", "Resultaten i vuxenutbildningen och yrkeshögskolan ska förbättras", [
                ("Andel som avslutat med godkända betyg, grundläggande nivå (VUX)", "procent", "89,9%",
                 targets(">89,9%", "Öka", "Öka"), "Kolada", VUX, {"kön": True}),
                ("Andel som avslutat med godkända betyg, gymnasial nivå (VUX)", "procent", "82,3%",
                 targets(">82,3%", "Öka", "Öka"), "Kolada", VUX, {"kön": True}),
                ("Nationella prov SFI, andel som uppnått målen kurs D", "procent", "78,4%",
                 targets(">78,4%", "Öka", "Öka"), "Siris", VUX, {"kön": True}),
                ("Genomströmning (andel fullföljande studerande/startande) (YH)", "procent", "80 %",
                 targets(">80 %", "Öka", "Öka"), "Yrkeshögskolan", XENTER, {"kön": True}),
                ("Andel examen av fullföljande studerande (YH)", "procent", "81 %",
                 targets(">81 %", "Öka", "Öka"), "Yrkeshögskolan", XENTER, {"kön": True}),
            ]),
            ("3.3", "Kvaliteten i yrkeshögskolan och vuxenutbildningen ska förbättras", [
                ("Antal företag som tar emot LIA-studerande", "antal", "254", targets("275", "300", "325"),
                 "Yrkeshögskolan", XENTER, {}),
                ("Genomsnittligt antal företag representerade i YH-utbildningarnas ledningsgrupper", "antal", "6",
                 targets("7", "8", "8"), "Yrkeshögskolan", XENTER, {}),
                ("Antal studerande, grundläggande nivå", "antal", "506", targets("521", "536", "551"), "Alvis", VUX,
                 {"kön": True}),
                ("Antal studerande, gymnasial nivå", "antal", "3 036", targets("3 127", "3 218", "3 309"), "Alvis",
                 VUX, {"kön": True}),
                ("Antal studerande, SFI", "antal", "2 243", targets("2 310", "2 377", "2 444"), "Alvis", VUX,
                 {"kön": True}),
                ("Andel svarande elever som upplever att de utvecklar sina kunskaper i svenska", "procent", "*",
                 targets("*", "*", "*"), "Vuxenutbildningen", VUX,
                 {"kön": True, "delgrupper": ["Sfi", "Grundläggande vuxenutbildning", "Gymnasial vuxenutbildning"],
                  "fotnot": "*Mätningen är ny och pågår under december 2023; riktvärden sätts när 2023 års "
                            "siffra finns under första kvartalet 2024."}),
            ]),
        ]),
        ("4", "Södertälje kommuns invånare lever tryggt och säkert", [
            ("4.1", "Södertäljes företagare känner sig trygga", [
                ("Företagens upplevelse av påverkan av brottslighet och otrygghet, betyg 1–6", "betyg", "2,72",
                 targets("2,8", "2,9", "3,0"), "Svenskt Näringslivs företagsklimatmätning", NARING, {}),
            ]),
            ("4.2", "Studerande inom Södertäljes vuxenutbildning känner sig trygga", [
                ("Andel av svarande studerande som känner sig trygga", "procent", "*", targets("*", "*", "*"),
                 "Vuxenutbildningen", VUX, {"kön": True, "fotnot": "*Mätningen är ny och pågår under december 2023."}),
                ("Andel av svarande elever som upplevt diskriminering", "procent", "*", targets("*", "*", "*"),
                 "Vuxenutbildningen", VUX, {"kön": True, "lägre": True}),
            ]),
        ]),
        ("5", "Södertälje kommun är en attraktiv plats för att etablera och driva företag i", [
            ("5.1", "Södertälje kommun är en attraktiv kommun att driva företag i", [
                ("Sammanfattande omdöme i Svenskt Näringslivs mätning Lokalt företagsklimat, betyg 1–6", "betyg",
                 "2,8", targets("2,9", "3,0", "3,1"), "Svenskt Näringslivs företagsklimatmätning", NARING, {}),
                ("Arbetsmarknadens tillväxt (antal arbetstillfällen)", "antal", "55 101*",
                 targets("55 500", "56 000", "57 000"), "Statistiska centralbyrån", NARING,
                 {"fotnot": "* Siffra för 2021", "baseline_year": 2021}),
                ("Lokala företag som lämnar anbud vid kommunens upphandlingar, andel", "procent", "25%",
                 targets("27%", "30%", "30%"), "Telge Inköp", KONTOR, {}),
            ]),
            ("5.3", "Södertälje kommun är en attraktiv kommun att besöka", [
                ("Totalt antal kommersiella gästnätter i Södertälje, årligt antal", "antal", "265 039*",
                 targets("294 000", "323 000**", "339 000"), "Tillväxtverkets inkvarteringsstatistik, SCB", NARING,
                 {"fotnot": "* Siffra för 2022. ** 2025 beräknas ett nytt hotell öppna i Södertälje.",
                  "baseline_year": 2022}),
                ("Hotellens beläggningsgrad, snitt över året", "procent", "49,6%*", targets("52%", "52%**", "55%"),
                 "Tillväxtverkets inkvarteringsstatistik, SCB", NARING, {"baseline_year": 2022}),
            ]),
        ]),
    ]),
    ("Ekologiskt hållbara Södertälje", "", [
        ("6", "Senast 2030 är Södertälje kommun klimatneutral", [
            ("6.1", "Södertäljes företagare skapar hållbara verksamheter", [
                ("Antal företag som deltagit på kunskapshöjande seminarier med hållbarhetsinnehåll", "antal", "100",
                 targets("Öka", "Öka", "Öka"), "Näringslivsavdelningen/Södertälje Science Park", NARING, {}),
            ]),
        ]),
    ]),
    ("Ekonomiskt hållbara Södertälje", "", [
        ("8", "Södertälje kommun har god ekonomisk hushållning", [
            ("8.1", "Arbets- och näringslivsnämnden har budget i balans", [
                ("Nämndens budgetföljsamhet (%)", "procent", "*", targets("100", "100", "100"), "Ekonomi", KONTOR,
                 {"fotnot": "*Värde för 2023 finns ej."}),
            ]),
        ]),
        ("9", "Södertälje kommun arbetar effektivt", [
            ("9.1", "Arbets- och näringslivsnämndens verksamheter arbetar effektivt", [
                ("Avtalstrohet (%)", "procent", "*", targets("90", "90", "90"), "Telge Inköp", KONTOR, {}),
            ]),
        ]),
        ("10", "Södertälje kommun kan rekrytera, behålla och utveckla medarbetare med rätt kompetens", [
            ("10.1", "Kontorens arbete med kommunfullmäktiges mål 10", [
                ("Medarbetarengagemang (HME), totalindex", "index", "82", targets("Öka", "Öka", "Öka"),
                 "Mätning Hållbart medarbetarengagemang", KONTOR, {"kön": True}),
                ("Personalomsättning (%)", "procent", "*", targets("10%", "10%", "10%"), "HR-avdelningen", KONTOR,
                 {"lägre": True}),
            ]),
        ]),
    ]),
]

# Invented activities (text, goal number, due, unit, status at Delår 2 2024, status at Helår 2024)
SODERTALJE_ACTIVITIES = [
    ("Ta fram en plan för företagarträffar med gymnasieskolorna", "1.1", "Q1", NARING, "Klar", "Klar"),
    ("Genomföra temavecka om arbetsmarknaden för elever i årskurs 9", "1.1", "Q4", NARING, "Ej startad", "Klar"),
    ("Utöka samarbetet med Ung företagsamhet", "1.2", "Kontinuerligt", NARING, "Påbörjad", "Påbörjad"),
    ("Införa gemensam nöjdhetsmätning för alla företagarträffar", "2.2", "Q2", NARING, "Klar", "Klar"),
    ("Samordna företagslotsens uppföljning av ärenden", "2.1", "Q3", NARING, "Väntar", "Påbörjad"),
    ("Jobbspår tillsammans med Arbetsförmedlingen inom vård och bygg", "3.1", "Q2", JOBB, "Klar", "Klar"),
    ("Kartlägga deltagare med försörjningsstöd som kan erbjudas yrkesvux", "3.1", "Q3", JOBB, "Påbörjad", "Klar"),
    ("Stödteam för elever med extra behov inom SFI", "3.2", "Q1", VUX, "Klar", "Klar"),
    ("Tydligare kursslut och studieplaner i grundläggande vuxenutbildning", "3.2", "Q3", VUX, "Påbörjad", "Klar"),
    ("Fler LIA-platser genom branschråd", "3.3", "Kontinuerligt", XENTER, "Påbörjad", "Påbörjad"),
    ("Elevenkät om kvalitet och trygghet i vuxenutbildningen", "4.2", "Q1", VUX, "Klar", "Klar"),
    ("Trygghetsvandringar med företagare i centrum (PAX)", "4.1", "Q3", NARING, "Stoppad", "Stoppad"),
    ("Värdskapsutbildning för besöksnäringen", "5.3", "Q2", NARING, "Påbörjad", "Klar"),
    ("Seminarieserie om klimatsmart företagande", "6.1", "Q4", NARING, "Ej startad", "Påbörjad"),
    ("Månatlig prognos per verksamhetsområde", "8.1", "Kontinuerligt", KONTOR, "Påbörjad", "Klar"),
    ("Utbildning i inköpsrutiner för beställare", "9.1", "Q2", KONTOR, "Klar", "Klar"),
]

SODERTALJE_FOCUS = [
    ("Utveckla Södertälje som växande och attraktiv högskoleort",
     "Genom eftergymnasiala studier och forskning stärka näringslivet och företagsklimatet."),
    ("Stödja och utveckla förhållningssätt hos personalen som främjar tillväxt och ett positivt bemötande av näringslivet",
     "Utbildning, samverkan och kunskapsutbyte inom kommunen och med företagen."),
    ("Fortsätta utvecklingen av vuxenutbildningen utifrån ett arbetsmarknadsperspektiv",
     "Samverkan med det lokala näringslivet för att fånga upp kompetensbehov."),
    ("Stärka arbetet med destinationsutveckling", "Intern samverkan kring besökare och omvärldsbevakning."),
    ("Stärka samarbete mellan kommun och näringsliv i syfte att öka kompetensförsörjningen",
     "Vuxenutbildning, näringslivsavdelning och Arbetsförmedlingen samverkar kring egen försörjning."),
    ("Fortsätta det myndighetsgemensamma arbetet mot välfärdsbrott – PAX",
     "Samverkan utifrån de särskilt utsatta branschernas behov."),
]

SODERTALJE_ASSIGNMENTS = [
    ("KF", "Utveckla Campus Telge",
     "Utreda förutsättningarna för att stärka Campus Telge som ett lärcentrum med flera skolformer.",
     "Delår- och årsbokslut", "Påbörjad"),
    ("nämnd", "Översyn av kommunens servicetjänster",
     "Identifiera vilka tjänster kommunen erbjuder, hur de fungerar och hur avgifterna ser ut.", "April", "Klar"),
    ("nämnd", "Kartläggning av kompetensförsörjningsbehov",
     "Kartlägga arbetsmarknadens behov de kommande åren.", "April", "Klar"),
    ("nämnd", "Utreda om och hur Näringslivsstrategin bör revideras",
     "Föreslå korrigeringar utifrån nya mål och lagar.", "Årsbokslut", "Påbörjad"),
]

# Botkyrka 2019 (seeds/001): outcomes are real. Row: (name, measure, {year: outcome}, target 2019,
# unit, flags); flags "K"/"M": {year: value} gender splits; "lägre": lower is better.
BOTKYRKA: list[tuple[str, list[tuple[str, str, str, str, list[tuple]]]]] = [
    ("Möjliggöra Botkyrkabornas medskapande av samhället", [
        ("AVUN bidrar till att Botkyrkaborna är mer delaktiga i den lokala demokratin", "grön",
         "Studiebesök i riksdagen, information om statsskick och demokrati, EU-valet följdes på tv och en "
         "temavecka om demokrati genomfördes.", "Vår bedömning är att målet är uppfyllt.", [
             ("Genomförda informationsinsatser kring EU-valet 2019", "antal", {2019: "5"}, "5", VUX, {}),
         ]),
        ("AVUN bidrar till att Botkyrkaborna kan påverka kommunala frågor som intresserar dem", "grön",
         "85 % av de svarande feriepraktikanterna är nöjda. Enkäten skickades digitalt och svarsfrekvensen "
         "ökade. Informationstillfällena och besöken på arbetsplatserna har förbättrats.",
         "Vår bedömning är att målet är uppfyllt.", [
             ("Andel feriepraktikanter som upplever sin feriepraktik som meningsfull ökar", "procent",
              {2016: "64", 2017: "73", 2018: "73", 2019: "85"}, "75 %", JOBB,
              {"K": {2019: "85"}, "M": {2019: "84"}}),
             ("Andelen synpunkter som besvaras av förvaltningens verksamheter inom 10 dagar ökar", "procent",
              {2019: "90"}, "", KONTOR, {}),
         ]),
    ]),
    ("Möjliggöra Botkyrkabornas livslånga lärande", [
        ("Nämnden bidrar till Botkyrkabornas tillgång till utbildning med hög kvalitet", "gul",
         "SFI:s genomströmning ökade tack vare SFI-processen och stödteamet. Andelen godkända i svenska som "
         "andraspråk minskade när fler läste på distans. Beläggningen på YH-utbildningarna ökade.",
         "Bedömningen är att vi nått godtagbar måluppfyllelse.", [
             ("Andelen elever på Sfi som klarat högsta kurs på sin studieväg inom två år ökar", "procent",
              {2016: "37", 2017: "36", 2018: "33", 2019: "33"}, "", VUX,
              {"K": {2017: "42", 2018: "40", 2019: "43"}, "M": {2017: "28", 2018: "25", 2019: "23"}}),
             ("Elevernas genomströmning i svenska för invandrare ökar", "procent", {2018: "68", 2019: "73"}, "",
              VUX, {}),
             ("Andel elever som får godkänt i Svenska som andraspråk ökar", "procent",
              {2016: "77", 2017: "81", 2018: "80", 2019: "78"}, "", VUX, {}),
             ("Beläggningsgraden på kommunens yrkeshögskoleutbildningar ökar", "procent",
              {2017: "76", 2018: "78", 2019: "85"}, "", XENTER, {}),
             ("Elevernas genomsnittliga värde i helhetsbedömningen av sin vuxenutbildning ökar", "betyg",
              {2018: "4,3", 2019: "4,4"}, "", VUX, {}),
         ]),
        ("Nämnden bidrar till Botkyrkabornas goda förutsättningar för ett livslångt lärande", "gul",
         "Fler ungdomar inom KAA går till nationellt gymnasieprogram men målet nås inte. Andelen med "
         "examensbevis från YH sjönk. Alla behöriga sökande till gymnasial vuxenutbildning erbjöds plats.",
         "Vår bedömning är en godtagbar måluppfyllnad.", [
             ("Andel ungdomar inom det kommunala aktivitetsansvaret (KAA) som går till nationellt "
              "gymnasieprogram ökar", "procent", {2016: "9", 2017: "5", 2018: "10", 2019: "13"}, "15 %", JOBB,
              {"K": {2018: "9", 2019: "10"}, "M": {2018: "11", 2019: "14"}}),
             ("Andel studerande på yrkeshögskoleutbildning som tar examen ökar", "procent",
              {2017: "85", 2018: "95", 2019: "91"}, "95 %", XENTER,
              {"K": {2018: "95", 2019: "91"}, "M": {2018: "96", 2019: "89"}}),
             ("Andelen beviljade ansökningar till gymnasial vuxenutbildning ökar", "procent",
              {2017: "40", 2018: "40", 2019: "100"}, "", VUX, {}),
         ]),
    ]),
    ("Möjliggöra arbete och företagande för Botkyrkaborna", [
        ("Nämnden bidrar till att Botkyrkabor försörjer sig på eget arbete eller företagande", "gul",
         "YH-studerande inom grafiska utbildningar har svårare att få arbete; utbildningen läggs ned. 71 % av "
         "eleverna från yrkesinriktad vuxenutbildning har egen försörjning.",
         "Bedömningen är en godtagbar måluppfyllnad.", [
             ("Andelen yrkeshögskolestuderande som går vidare till eget företag eller arbete ökar", "procent",
              {2016: "90", 2017: "93", 2018: "81", 2019: "80"}, "93 %", XENTER, {}),
             ("Andel elever som startar eget företag efter utbildningen svenska för entreprenörer ökar", "procent",
              {2016: "20", 2017: "22", 2018: "23,3", 2019: "25"}, "35 %", NARING, {}),
             ("Andel unga 16–24 år inom Ungdomsgarantin som går vidare till arbete eller studier ökar", "procent",
              {2016: "44", 2017: "48", 2018: "58", 2019: "58"}, "54 %", JOBB,
              {"K": {2018: "55", 2019: "39"}, "M": {2018: "60", 2019: "73"}}),
             ("Andel deltagare 25–64 år i arbetsmarknadsinsats som går vidare till arbete ökar", "procent",
              {2017: "26", 2018: "24", 2019: "26"}, "", JOBB, {"K": {2019: "22"}, "M": {2019: "32"}}),
         ]),
        ("Nämnden bidrar till att Botkyrka präglas av entreprenörskap, växande företag och ett rikt näringsliv",
         "gul",
         "Botkyrka utsågs för andra året i rad till Bästa Tillväxt i länet. NKI ligger kvar på samma nivå. "
         "Fler idéburna organisationer har anslutit sig till den lokala överenskommelsen.",
         "Vår bedömning är en godtagbar måluppfyllnad.", [
             ("Antalet organisationer som anslutit sig till den lokala överenskommelsen ökar", "antal",
              {2017: "7", 2018: "18", 2019: "31"}, "30", NARING, {}),
             ("Botkyrkas ranking i Svenskt Näringslivs mätning förbättras", "antal",
              {2016: "143", 2017: "145", 2018: "170", 2019: "182"}, "120", NARING, {"lägre": True}),
             ("Antalet nystartade företag i Botkyrka ökar", "antal",
              {2016: "590", 2017: "536", 2018: "549", 2019: "555"}, "630", NARING, {}),
             ("NKI för företag ökar", "index", {2017: "68", 2018: "70", 2019: "70"}, "", NARING, {}),
         ]),
    ]),
    ("Möta Botkyrkabornas behov av stöd för att leva ett självständigt liv", [
        ("Nämnden bidrar till att Botkyrkabor med behov av stöd har ett tryggt, meningsfullt och självständigt liv",
         "grön",
         "Fler deltagare upplever delaktighet och inflytande; svarsfrekvensen steg till 81 %. Godkända "
         "genomförandeplaner ökade med 20 procentenheter efter utbildning av personalen och arbetssättet IBIC.",
         "Vår bedömning är en god måluppfyllnad.", [
             ("Andelen deltagare i daglig verksamhet som upplever en hög grad av delaktighet och inflytande ökar",
              "procent", {2016: "75", 2017: "65", 2018: "70", 2019: "79"}, "77 %", DAGLIG,
              {"K": {2018: "80", 2019: "81"}, "M": {2018: "67", 2019: "78"}}),
             ("Andel genomförandeplaner som är godkända av deltagaren ökar", "procent", {2018: "70", 2019: "90"},
              "", DAGLIG, {}),
         ]),
    ]),
    ("Effektiv organisation", [
        ("Nämnden bidrar till att Botkyrka kommun är en attraktiv arbetsgivare", "grön",
         "Personalomsättningen sjönk och frisknärvaron ökade trots flera organisationsförändringar. "
         "Resultatet för hållbart medarbetarengagemang sjönk något, vilket var väntat.",
         "Vår bedömning är att måluppfyllnaden är god.", [
             ("Andelen medarbetare med kompetens i jämlikhetsfrågor ska öka", "procent",
              {2017: "75", 2018: "78", 2019: "85"}, "85 %", KONTOR, {}),
             ("Personalomsättning (nyanställda i % av antalet anställda) ska minska", "procent",
              {2016: "13", 2017: "11,6", 2018: "13,6", 2019: "12,6"}, "", KONTOR, {"lägre": True}),
             ("Andelen frisknärvaro för medarbetare i förvaltningen ökar", "procent",
              {2016: "93", 2017: "92,9", 2018: "93,8", 2019: "94,5"}, "96 %", KONTOR, {}),
             ("Förvaltningens genomsnittliga nivå på hållbart medarbetarengagemang ökar", "index",
              {2016: "69", 2017: "77", 2018: "76", 2019: "75"}, "77", KONTOR, {}),
             ("Kompetenshöjande insatser för att stärka den digitala kunskapsnivån ökar", "antal",
              {2019: "17"}, "10", KONTOR, {}),
         ]),
        ("Nämndens mål 7:3a – Ökad andel ekologisk och vegetarisk mat", "gul",
         "Andelen ekologiska livsmedel har ökat varje år sedan 2017 men målvärdet nås inte; ekologiska färska "
         "råvaror har inte gått att köpa.", "Vår bedömning är att målet är godtagbart.", [
             ("Andel ekologiska livsmedel som köps in ökar", "procent",
              {2016: "24,4", 2017: "24,4", 2018: "26,1", 2019: "30"}, "35 %", DAGLIG, {}),
         ]),
    ]),
]
