"""English for the Swedish words the headless core shows in the interface.

The core (``domain/``) may not import PySide6, so its enum values, weekday and month
names, assessment scales and situation-picture fields are Swedish plain strings. The
interface shows them through ``label(value)``; the literals below make them visible to
pyside6-lupdate (global context, like ``ui.i18n.tr``). Only the display is translated:
stored values and comparisons keep the Swedish value (``tests/ui/test_core_texts.py``
checks that every value of the listed enums and constants is here).
"""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QT_TRANSLATE_NOOP

from uppfoljning_desktop.ui.i18n import tr

CORE_TEXTS: frozenset[str] = frozenset((
    # domain.meetings.MeetingState
    QT_TRANSLATE_NOOP("", "planerat"),
    QT_TRANSLATE_NOOP("", "kallat"),
    QT_TRANSLATE_NOOP("", "genomfört"),
    QT_TRANSLATE_NOOP("", "justerat"),
    QT_TRANSLATE_NOOP("", "anslaget"),
    QT_TRANSLATE_NOOP("", "nedtaget"),
    # domain.meeting_lifecycle.STEPS: the actions offered for each legal step
    QT_TRANSLATE_NOOP("", "Markera kallelsen som skickad"),
    QT_TRANSLATE_NOOP("", "Markera som genomfört"),
    QT_TRANSLATE_NOOP("", "Justera protokollet"),
    QT_TRANSLATE_NOOP("", "Sätt upp anslaget"),
    QT_TRANSLATE_NOOP("", "Ta ned anslaget"),
    QT_TRANSLATE_NOOP("", "Ångra kallelsen"),
    QT_TRANSLATE_NOOP("", "Ångra genomfört"),
    # domain.meetings.ItemKind
    QT_TRANSLATE_NOOP("", "beslutsärende"),
    QT_TRANSLATE_NOOP("", "informationsärende"),
    QT_TRANSLATE_NOOP("", "muntlig redovisning"),
    QT_TRANSLATE_NOOP("", "anmälan av delegationsbeslut"),
    QT_TRANSLATE_NOOP("", "val"),
    QT_TRANSLATE_NOOP("", "meddelanden"),
    # domain.meetings.AttendanceStatus
    QT_TRANSLATE_NOOP("", "närvarande"),
    QT_TRANSLATE_NOOP("", "tjänstgörande ersättare"),
    QT_TRANSLATE_NOOP("", "ej tjänstgörande ersättare"),
    QT_TRANSLATE_NOOP("", "frånvarande"),
    QT_TRANSLATE_NOOP("", "övriga närvarande"),
    # domain.organisation.MemberRole
    QT_TRANSLATE_NOOP("", "ordförande"),
    QT_TRANSLATE_NOOP("", "vice ordförande"),
    QT_TRANSLATE_NOOP("", "ledamot"),
    QT_TRANSLATE_NOOP("", "ersättare"),
    # domain.organisation.OfficialRole
    QT_TRANSLATE_NOOP("", "förvaltningschef"),
    QT_TRANSLATE_NOOP("", "administrativ chef"),
    QT_TRANSLATE_NOOP("", "nämndsekreterare"),
    QT_TRANSLATE_NOOP("", "handläggare"),
    QT_TRANSLATE_NOOP("", "övrig"),
    # domain.schedule: the meeting event's label
    QT_TRANSLATE_NOOP("", "Sammanträde"),
    # domain.schedule.WEEKDAYS
    QT_TRANSLATE_NOOP("", "måndag"),
    QT_TRANSLATE_NOOP("", "tisdag"),
    QT_TRANSLATE_NOOP("", "onsdag"),
    QT_TRANSLATE_NOOP("", "torsdag"),
    QT_TRANSLATE_NOOP("", "fredag"),
    QT_TRANSLATE_NOOP("", "lördag"),
    QT_TRANSLATE_NOOP("", "söndag"),
    # domain.schedule.MONTHS, domain.goals.MONTHS
    QT_TRANSLATE_NOOP("", "januari"),
    QT_TRANSLATE_NOOP("", "februari"),
    QT_TRANSLATE_NOOP("", "mars"),
    QT_TRANSLATE_NOOP("", "april"),
    QT_TRANSLATE_NOOP("", "maj"),
    QT_TRANSLATE_NOOP("", "juni"),
    QT_TRANSLATE_NOOP("", "juli"),
    QT_TRANSLATE_NOOP("", "augusti"),
    QT_TRANSLATE_NOOP("", "september"),
    QT_TRANSLATE_NOOP("", "oktober"),
    QT_TRANSLATE_NOOP("", "november"),
    QT_TRANSLATE_NOOP("", "december"),
    # domain.delegation.AppealRoute
    QT_TRANSLATE_NOOP("", "laglighetsprövning"),
    QT_TRANSLATE_NOOP("", "förvaltningsbesvär"),
    # domain.crisis.ChecklistSection
    QT_TRANSLATE_NOOP("", "larm"),
    QT_TRANSLATE_NOOP("", "larmmottagning"),
    QT_TRANSLATE_NOOP("", "bedömning"),
    QT_TRANSLATE_NOOP("", "allvarlig händelse"),
    QT_TRANSLATE_NOOP("", "gruppen samlad"),
    QT_TRANSLATE_NOOP("", "utvärdering"),
    # domain.crisis.ContactCategory
    QT_TRANSLATE_NOOP("", "kommun"),
    QT_TRANSLATE_NOOP("", "polis"),
    QT_TRANSLATE_NOOP("", "räddningstjänst"),
    QT_TRANSLATE_NOOP("", "sjukvård"),
    QT_TRANSLATE_NOOP("", "länsstyrelse"),
    QT_TRANSLATE_NOOP("", "försäkring"),
    QT_TRANSLATE_NOOP("", "fastighet"),
    QT_TRANSLATE_NOOP("", "IT"),
    QT_TRANSLATE_NOOP("", "övrigt"),
    # domain.crisis.EntryType
    QT_TRANSLATE_NOOP("", "information"),
    QT_TRANSLATE_NOOP("", "beslut"),
    QT_TRANSLATE_NOOP("", "åtgärd"),
    QT_TRANSLATE_NOOP("", "lägesbild"),
    # domain.crisis.EntryStatus (the empty status is shown as "(ingen)")
    QT_TRANSLATE_NOOP("", "ej påbörjad"),
    QT_TRANSLATE_NOOP("", "pågår"),
    QT_TRANSLATE_NOOP("", "klar"),
    QT_TRANSLATE_NOOP("", "avbruten"),
    # domain.crisis.SITUATION_FIELDS: labels and hints
    QT_TRANSLATE_NOOP("", "Händelse"),
    QT_TRANSLATE_NOOP("", "Vad har hänt, var, när och varför?"),
    QT_TRANSLATE_NOOP("", "Konsekvenser"),
    QT_TRANSLATE_NOOP("", "Vilka och hur många är drabbade, och hur? Vad är skadat? Medieintresse?"),
    QT_TRANSLATE_NOOP("", "Oklarheter"),
    QT_TRANSLATE_NOOP("", "Vad vet vi inte? Vilken information behöver vi ta in?"),
    QT_TRANSLATE_NOOP("", "Resurser"),
    QT_TRANSLATE_NOOP("", "Vilka resurser är insatta och med vilka uppgifter? Räcker de? Vad behövs på sikt?"),
    # domain.crisis_gaps.GapKind
    QT_TRANSLATE_NOOP("", "saknar person"),
    QT_TRANSLATE_NOOP("", "saknar ersättare"),
    QT_TRANSLATE_NOOP("", "saknar telefonnummer"),
    QT_TRANSLATE_NOOP("", "platshållare"),
    QT_TRANSLATE_NOOP("", "ej kontrollerad"),
    QT_TRANSLATE_NOOP("", "planen ej fastställd"),
    # domain.goals.MeasureUnit
    QT_TRANSLATE_NOOP("", "procent"),
    QT_TRANSLATE_NOOP("", "antal"),
    QT_TRANSLATE_NOOP("", "betyg"),
    QT_TRANSLATE_NOOP("", "index"),
    QT_TRANSLATE_NOOP("", "kronor"),
    # domain.goals.Breakdown
    QT_TRANSLATE_NOOP("", "Kvinnor och män"),
    QT_TRANSLATE_NOOP("", "Kvinnor"),
    QT_TRANSLATE_NOOP("", "Män"),
    # domain.goals.ActivityStatus
    QT_TRANSLATE_NOOP("", "Ej startad"),
    QT_TRANSLATE_NOOP("", "Påbörjad"),
    QT_TRANSLATE_NOOP("", "Väntar"),
    QT_TRANSLATE_NOOP("", "Klar"),
    QT_TRANSLATE_NOOP("", "Stoppad"),
    # domain.goals.CompareWith
    QT_TRANSLATE_NOOP("", "föregående utfall"),
    QT_TRANSLATE_NOOP("", "ingående värde"),
    # domain.assessment.SCALES and colour_label
    QT_TRANSLATE_NOOP("", "Grön"),
    QT_TRANSLATE_NOOP("", "Gul"),
    QT_TRANSLATE_NOOP("", "Röd"),
    QT_TRANSLATE_NOOP("", "Bra"),
    QT_TRANSLATE_NOOP("", "Ok"),
    QT_TRANSLATE_NOOP("", "Har brister"),
    QT_TRANSLATE_NOOP("", "God måluppfyllelse"),
    QT_TRANSLATE_NOOP("", "Godtagbar måluppfyllelse"),
    QT_TRANSLATE_NOOP("", "Ej uppfyllt"),
    QT_TRANSLATE_NOOP("", "Ej bedömd"),
    # excel.board.ReturnStatus
    QT_TRANSLATE_NOOP("", "Inkommen"),
    QT_TRANSLATE_NOOP("", "Saknas"),
    QT_TRANSLATE_NOOP("", "Försenad"),
    QT_TRANSLATE_NOOP("", "Ej skickad"),
    # domain.voting.MotionKind, Answer, QuestionKind, StatementKind
    QT_TRANSLATE_NOOP("", "bifall"),
    QT_TRANSLATE_NOOP("", "avslag"),
    QT_TRANSLATE_NOOP("", "återremiss"),
    QT_TRANSLATE_NOOP("", "bordläggning"),
    QT_TRANSLATE_NOOP("", "ändring"),
    QT_TRANSLATE_NOOP("", "tillägg"),
    QT_TRANSLATE_NOOP("", "Ja"),
    QT_TRANSLATE_NOOP("", "Nej"),
    QT_TRANSLATE_NOOP("", "Avstår"),
    QT_TRANSLATE_NOOP("", "huvudfråga"),
    QT_TRANSLATE_NOOP("", "tilläggsfråga"),
    QT_TRANSLATE_NOOP("", "ordningsfråga"),
    QT_TRANSLATE_NOOP("", "reservation"),
    QT_TRANSLATE_NOOP("", "protokollsanteckning"),
    # excel.spec.Severity
    QT_TRANSLATE_NOOP("", "fel"),
    QT_TRANSLATE_NOOP("", "varning"),
))


def label(value: Enum | str) -> str:
    """The interface's word for a core value (an enum member or a Swedish constant)."""
    text = str(value.value) if isinstance(value, Enum) else value
    return tr(text) if text else text


def month_label(month: str) -> str:
    """``"2016-08"`` → "augusti 2016" (or "August 2016" in the English interface)."""
    from uppfoljning_desktop.domain.delegation import MONTH_NAMES, parse_month

    year, mon = parse_month(month).split("-")
    return f"{label(MONTH_NAMES[int(mon) - 1])} {year}"
