"""The crisis management plan (krisledningsplan) and the crisis meeting log, as data.

A plan belongs to the administration and exists in versions: each version carries its
"fastställd" date and decision reference, and only the newest version is edited; older
ones are kept as they were adopted. The crisis meeting mode (Krisläge) keeps an event
(händelse) with an append-only log (händelselogg/beslutslogg) and timestamped
versions of the situation picture (lägesbild). No Qt, no SQL here.

The crisis management committee (krisledningsnämnd) and its reporting duties are set
by lag (2006:544) om kommuners och regioners åtgärder inför och vid extraordinära
händelser i fredstid och höjd beredskap (LEH) 2 kap.; the administration's own plan
and log practice follow the municipality's guidelines (see seeds/003_…, item 4).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum

from uppfoljning_desktop.domain.validation import check_email, require
from uppfoljning_desktop.errors import FieldError

MAX_TEXT = 4000


class ChecklistSection(StrEnum):
    """The checklists of the plan, in the order of a crisis (seeds/003_…, 1–5 and 8)."""

    ALARM = "larm"
    RECEIVING = "larmmottagning"
    ASSESSMENT = "bedömning"
    SERIOUS_EVENT = "allvarlig händelse"
    GROUP_ASSEMBLED = "gruppen samlad"
    EVALUATION = "utvärdering"

    @property
    def heading(self) -> str:
        return SECTION_TITLES[self]


SECTION_TITLES: dict[ChecklistSection, str] = {
    ChecklistSection.ALARM: "Larm: händelse i kommunen eller omvärlden",
    ChecklistSection.RECEIVING: "Ta emot larmet och samla fakta",
    ChecklistSection.ASSESSMENT: "Bedömning och larm",
    ChecklistSection.SERIOUS_EVENT: "Åtgärder vid en allvarlig händelse",
    ChecklistSection.GROUP_ASSEMBLED: "Åtgärder när krisledningsgruppen är samlad",
    ChecklistSection.EVALUATION: "Utvärdering efter händelsen",
}


class ContactCategory(StrEnum):
    """Categories of external contacts (samverkan och kontaktpersoner)."""

    MUNICIPALITY = "kommun"
    POLICE = "polis"
    RESCUE = "räddningstjänst"
    HEALTH = "sjukvård"
    COUNTY = "länsstyrelse"
    INSURANCE = "försäkring"
    PROPERTY = "fastighet"
    IT = "IT"
    OTHER = "övrigt"


class EntryType(StrEnum):
    """Type of a log entry."""

    INFORMATION = "information"
    DECISION = "beslut"
    ACTION = "åtgärd"
    SITUATION = "lägesbild"


class EntryStatus(StrEnum):
    """Status of a decision or action when it was logged (a change is a new entry)."""

    NONE = ""
    OPEN = "ej påbörjad"
    ONGOING = "pågår"
    DONE = "klar"
    CANCELLED = "avbruten"


# ---------------------------------------------------------------- the plan


@dataclass
class CrisisPlan:
    """One version of the administration's crisis plan (krisledningsplan)."""

    title: str = "Krisledningsplan"
    version: int = 1
    adopted_on: dt.date | None = None  # "fastställd"
    decision_reference: str = ""  # e.g. "AVUX/2016:60"
    room_place: str = ""  # the crisis room (krisledningsrummet)
    room_equipment: str = ""  # one item per line
    room_notes: str = ""
    verify_months: int = 12  # contacts older than this are flagged
    created_at: dt.datetime | None = None
    id: int | None = None

    @property
    def equipment_items(self) -> list[str]:
        return [line.strip() for line in self.room_equipment.splitlines() if line.strip()]


@dataclass
class ChecklistStep:
    """One step of a checklist: what to do, and which function answers for it."""

    section: ChecklistSection = ChecklistSection.ALARM
    text: str = ""
    responsible: str = ""  # "Ansvarig": a function, "Alla", "Förvaltningschef" …
    sort_order: int = 0
    plan_id: int | None = None
    id: int | None = None


@dataclass
class RoleCard:
    """Rollkort: one function's purpose and tasks (tasks one per line)."""

    function: str = ""
    purpose: str = ""
    tasks: str = ""
    sort_order: int = 0
    plan_id: int | None = None
    id: int | None = None

    @property
    def task_list(self) -> list[str]:
        return [line.strip() for line in self.tasks.splitlines() if line.strip()]


@dataclass(frozen=True)
class ContactPerson:
    """A person as the contact list prints them."""

    name: str = ""
    title: str = ""
    work_phone: str = ""
    private_phone: str = ""
    work_email: str = ""
    private_email: str = ""


@dataclass
class GroupFunction:
    """A function of the crisis management group with its primary and deputy person."""

    function: str = ""
    primary_name: str = ""
    primary_title: str = ""
    primary_work_phone: str = ""
    primary_private_phone: str = ""
    primary_work_email: str = ""
    primary_private_email: str = ""
    deputy_name: str = ""
    deputy_title: str = ""
    deputy_work_phone: str = ""
    deputy_private_phone: str = ""
    deputy_work_email: str = ""
    deputy_private_email: str = ""
    verified_on: dt.date | None = None
    sort_order: int = 0
    plan_id: int | None = None
    id: int | None = None

    def person(self, which: str) -> ContactPerson:
        """``which`` is "primary" or "deputy"."""
        return ContactPerson(
            name=getattr(self, f"{which}_name"),
            title=getattr(self, f"{which}_title"),
            work_phone=getattr(self, f"{which}_work_phone"),
            private_phone=getattr(self, f"{which}_private_phone"),
            work_email=getattr(self, f"{which}_work_email"),
            private_email=getattr(self, f"{which}_private_email"),
        )

    @property
    def primary(self) -> ContactPerson:
        return self.person("primary")

    @property
    def deputy(self) -> ContactPerson:
        return self.person("deputy")


@dataclass
class ExternalContact:
    """An external or municipal contact (samverkan och kontaktpersoner)."""

    category: ContactCategory = ContactCategory.OTHER
    role: str = ""  # "Kommundirektör", "Tjänsteman i beredskap" …
    name: str = ""
    phone: str = ""
    email: str = ""
    note: str = ""
    verified_on: dt.date | None = None
    sort_order: int = 0
    plan_id: int | None = None
    id: int | None = None

    @property
    def label(self) -> str:
        return ", ".join(x for x in (self.role, self.name) if x)


@dataclass
class IncidentChecklist:
    """What to do at a kind of incident (brand, skadegörelse …) and whom to call."""

    title: str = ""
    guidance: str = ""
    contact_ids: list[int] = field(default_factory=list)
    sort_order: int = 0
    plan_id: int | None = None
    id: int | None = None


@dataclass
class PlanContent:
    """A whole plan version, loaded at once (reports, gaps, the offline copy)."""

    plan: CrisisPlan
    steps: list[ChecklistStep] = field(default_factory=list)
    role_cards: list[RoleCard] = field(default_factory=list)
    functions: list[GroupFunction] = field(default_factory=list)
    contacts: list[ExternalContact] = field(default_factory=list)
    incidents: list[IncidentChecklist] = field(default_factory=list)

    def steps_in(self, section: ChecklistSection) -> list[ChecklistStep]:
        return [s for s in self.steps if s.section == section]

    def contact(self, contact_id: int) -> ExternalContact | None:
        return next((c for c in self.contacts if c.id == contact_id), None)

    def contacts_in(self, category: ContactCategory) -> list[ExternalContact]:
        return [c for c in self.contacts if c.category == category]


# ---------------------------------------------------------------- crisis meetings


@dataclass
class CrisisEvent:
    """A crisis (or an exercise, övning) the group meets about."""

    name: str = ""
    started_at: dt.datetime | None = None
    place: str = ""
    is_exercise: bool = False
    ended_at: dt.datetime | None = None
    plan_id: int | None = None
    id: int | None = None

    @property
    def banner(self) -> str:
        """Printed on every page and shown on screen for an exercise."""
        return "ÖVNING" if self.is_exercise else ""


@dataclass
class LogEntry:
    """One entry of the event log. Never changed: a correction is a new entry."""

    event_id: int | None = None
    entry_type: EntryType = EntryType.INFORMATION
    text: str = ""
    from_whom: str = ""
    to_whom: str = ""
    decided_by: str = ""
    responsible: str = ""
    follow_up_at: dt.datetime | None = None
    status: EntryStatus = EntryStatus.NONE
    corrects_id: int | None = None  # the entry this one corrects
    number: int = 0  # running number within the event, set by the store
    created_at: dt.datetime | None = None  # set by the store
    id: int | None = None


@dataclass
class SituationPicture:
    """Lägesbild: one timestamped version (händelse, konsekvenser, oklarheter, resurser)."""

    event_id: int | None = None
    incident: str = ""
    consequences: str = ""
    uncertainties: str = ""
    resources: str = ""
    version: int = 0  # set by the store
    created_at: dt.datetime | None = None
    id: int | None = None


SITUATION_FIELDS: tuple[tuple[str, str, str], ...] = (
    ("incident", "Händelse", "Vad har hänt, var, när och varför?"),
    ("consequences", "Konsekvenser", "Vilka och hur många är drabbade, och hur? Vad är skadat? Medieintresse?"),
    ("uncertainties", "Oklarheter", "Vad vet vi inte? Vilken information behöver vi ta in?"),
    ("resources", "Resurser", "Vilka resurser är insatta och med vilka uppgifter? Räcker de? Vad behövs på sikt?"),
)


# ---------------------------------------------------------------- validation


def _length(value: str, label: str, errors: list[FieldError]) -> None:
    if len(value) > MAX_TEXT:
        errors.append(FieldError(label, f"är för lång ({len(value)} tecken, högst {MAX_TEXT})"))


def validate_plan(plan: CrisisPlan, *, today: dt.date | None = None) -> list[FieldError]:
    errors: list[FieldError] = []
    require(plan.title, "Planens namn", errors)
    if plan.adopted_on and today and plan.adopted_on > today:
        errors.append(FieldError("Fastställd", f"{plan.adopted_on.isoformat()} ligger i framtiden"))
    if not 1 <= plan.verify_months <= 60:
        errors.append(FieldError("Kontrollintervall", "ska vara mellan 1 och 60 månader"))
    return errors


def validate_step(step: ChecklistStep) -> list[FieldError]:
    errors: list[FieldError] = []
    require(step.text, "Steg", errors)
    _length(step.text, "Steg", errors)
    return errors


def validate_role_card(card: RoleCard) -> list[FieldError]:
    errors: list[FieldError] = []
    require(card.function, "Funktion", errors)
    _length(card.tasks, "Uppgifter", errors)
    return errors


def validate_function(f: GroupFunction) -> list[FieldError]:
    errors: list[FieldError] = []
    require(f.function, "Funktion", errors)
    for attr, label in (
        ("primary_work_email", "Ordinarie: e-post arbete"),
        ("primary_private_email", "Ordinarie: e-post privat"),
        ("deputy_work_email", "Ersättare: e-post arbete"),
        ("deputy_private_email", "Ersättare: e-post privat"),
    ):
        check_email(getattr(f, attr), label, errors)
    return errors


def validate_contact(c: ExternalContact) -> list[FieldError]:
    errors: list[FieldError] = []
    if not (c.role.strip() or c.name.strip()):
        errors.append(FieldError("Funktion eller namn", "ange minst det ena"))
    check_email(c.email, "E-post", errors)
    return errors


def validate_incident(i: IncidentChecklist) -> list[FieldError]:
    errors: list[FieldError] = []
    require(i.title, "Händelsetyp", errors)
    _length(i.guidance, "Vad gör jag", errors)
    return errors


def validate_event(e: CrisisEvent) -> list[FieldError]:
    errors: list[FieldError] = []
    require(e.name, "Händelsens namn", errors)
    if e.started_at is None:
        errors.append(FieldError("Starttid", "saknas"))
    if e.started_at and e.ended_at and e.ended_at < e.started_at:
        errors.append(FieldError("Sluttid", "ligger före starttiden"))
    return errors


def validate_log_entry(entry: LogEntry) -> list[FieldError]:
    errors: list[FieldError] = []
    require(entry.text, "Text", errors)
    for attr, label in (("text", "Text"), ("from_whom", "Från"), ("to_whom", "Till"),
                        ("decided_by", "Beslutat av"), ("responsible", "Ansvarig")):
        _length(getattr(entry, attr), label, errors)
    try:
        EntryType(entry.entry_type)
    except ValueError:
        errors.append(FieldError("Typ", f"\"{entry.entry_type}\" är ingen loggtyp "
                                 f"({', '.join(t.value for t in EntryType)})"))
    try:
        EntryStatus(entry.status)
    except ValueError:
        errors.append(FieldError("Status", f"\"{entry.status}\" är ingen status "
                                 f"({', '.join(s.value for s in EntryStatus if s.value)})"))
    return errors


def validate_situation(s: SituationPicture) -> list[FieldError]:
    errors: list[FieldError] = []
    if not any(getattr(s, attr).strip() for attr, _, _ in SITUATION_FIELDS):
        errors.append(FieldError("Lägesbild", "alla fyra fälten är tomma"))
    for attr, label, _ in SITUATION_FIELDS:
        _length(getattr(s, attr), label, errors)
    return errors
