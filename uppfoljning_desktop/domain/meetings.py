"""Meetings (sammanträden), their items (ärenden) and minutes (protokoll): the data and
the rules that need no database.

Legal sources of the rules here:
- Quorum (beslutsförhet): more than half of the members present, serving substitutes
  counted (KL 6:27); a member with a conflict of interest (jäv) takes no part in the
  item and does not count (KL 6:28-32).
- § numbers run through the calendar year per committee (practice; the minutes record
  every item, KL 5:66-67).
- A secrecy marking states the OSL provision, the date and who marked it (OSL 5:5).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from enum import StrEnum

from uppfoljning_desktop.errors import FieldError


class MeetingState(StrEnum):
    """planerat → kallat → genomfört → justerat → anslaget → nedtaget; the legal steps
    between them are in ``domain.meeting_lifecycle``."""

    PLANNED = "planerat"
    NOTICE_SENT = "kallat"
    HELD = "genomfört"
    ADJUSTED = "justerat"
    POSTED = "anslaget"
    TAKEN_DOWN = "nedtaget"

    @property
    def rank(self) -> int:
        return list(MeetingState).index(self)


class ItemKind(StrEnum):
    """What kind of business an item is; decides the default decision wording."""

    DECISION = "beslutsärende"
    INFORMATION = "informationsärende"
    ORAL_REPORT = "muntlig redovisning"
    DELEGATION_REPORT = "anmälan av delegationsbeslut"
    ELECTION = "val"
    MESSAGES = "meddelanden"

    @property
    def needs_case_number(self) -> bool:
        """Information, oral reports, elections and messages may lack a dnr (seed item 1)."""
        return self in (ItemKind.DECISION, ItemKind.DELEGATION_REPORT)

    @property
    def is_information(self) -> bool:
        return self in (ItemKind.INFORMATION, ItemKind.ORAL_REPORT, ItemKind.MESSAGES)


class ItemStatus(StrEnum):
    ACTIVE = "aktuellt"
    POSTPONED = "bordlagt"
    MOVED = "flyttat"
    WITHDRAWN = "utgår"


class AttendanceStatus(StrEnum):
    PRESENT = "närvarande"
    SERVING_SUBSTITUTE = "tjänstgörande ersättare"
    NON_SERVING_SUBSTITUTE = "ej tjänstgörande ersättare"
    ABSENT = "frånvarande"
    OTHER = "övriga närvarande"

    @property
    def serves(self) -> bool:
        return self in (AttendanceStatus.PRESENT, AttendanceStatus.SERVING_SUBSTITUTE)


DELEGATION_ITEM_TITLE = "Anmälan av delegationsbeslut"

# (title, kind) of the standing items a new committee gets as its template.
DEFAULT_STANDING_ITEMS: tuple[tuple[str, ItemKind], ...] = (
    ("Val av justerare", ItemKind.ELECTION),
    (DELEGATION_ITEM_TITLE, ItemKind.DELEGATION_REPORT),
    ("Meddelanden", ItemKind.MESSAGES),
)


@dataclass
class GroupMeeting:
    """Gruppmöte before the meeting: one room per party group."""

    group: str
    room: str


@dataclass
class Meeting:
    """Sammanträde of a committee."""

    committee_id: int
    date: dt.date
    start_time: dt.time | None = dt.time(18, 0)
    place: str = ""
    state: MeetingState = MeetingState.PLANNED
    group_meetings_time: dt.time | None = None
    group_meetings: list[GroupMeeting] = field(default_factory=list)
    practical_notes: str = ""
    absence_contact_id: int | None = None  # official to call to report absence
    notice_sent_on: dt.date | None = None
    adjusters: list[str] = field(default_factory=list)
    adjustment_place: str = ""
    adjustment_date: dt.date | None = None
    posted_on: dt.date | None = None
    taken_down_on: dt.date | None = None  # the posting (anslag) was taken down
    minutes_kept_at: str = ""
    minutes_finalised: bool = False
    chair_name: str = ""
    secretary_name: str = ""
    id: int | None = None


@dataclass
class AgendaItem:
    """Ärende on a meeting's agenda, with its memo (tjänsteskrivelse) and decision."""

    meeting_id: int
    title: str
    kind: ItemKind = ItemKind.DECISION
    position: int = 0
    case_number: str = ""
    officer: str = ""  # reference person (handläggare)
    recipient: str = ""  # mottagare of the memo
    memo_date: dt.date | None = None
    proposal: str = ""  # förslag till beslut
    summary: str = ""  # sammanfattning
    body: str = ""  # ärendet: paragraphs and "* " bullet lists
    distribution: str = ""  # expedieras till, one per line
    signer1: str = ""  # "Namn, Titel"
    signer2: str = ""
    confidential: bool = False
    osl_provision: str = ""  # "OSL 39 kap. 3 §"
    confidential_on: dt.date | None = None
    confidential_by: str = ""
    status: ItemStatus = ItemStatus.ACTIVE
    standing: bool = False
    decision: str = ""
    dissent: str = ""
    notes: str = ""
    section_no: int | None = None
    immediate_adjustment: bool = False
    immediate_posted_on: dt.date | None = None
    moved_from_item_id: int | None = None
    id: int | None = None

    @property
    def in_minutes(self) -> bool:
        """Postponed items are minuted too (the decision is to postpone); moved and
        withdrawn ones are not."""
        return self.status in (ItemStatus.ACTIVE, ItemStatus.POSTPONED)

    def title_with_case(self) -> str:
        return f"{self.title} ({self.case_number})" if self.case_number else self.title


@dataclass
class Attachment:
    """Bilaga: a PDF stored in the database."""

    item_id: int
    title: str
    filename: str
    pages: int
    size: int
    position: int = 0
    id: int | None = None


@dataclass
class Attendance:
    """One person's attendance at a meeting."""

    meeting_id: int
    name: str
    status: AttendanceStatus
    party: str = ""
    role: str = ""  # "ordförande", "ledamot", "ersättare", "nämndsekreterare" …
    member_id: int | None = None
    replaces_member_id: int | None = None
    replaces_name: str = ""
    note: str = ""
    id: int | None = None


@dataclass
class HistoryEntry:
    item_id: int
    at: dt.datetime
    text: str


def default_decision(item: AgendaItem, committee_name: str) -> str:
    """The pre-filled decision: the proposal, or for information items
    "<Nämnden> har tagit del av informationen." (as in the seed's chair's proposals)."""
    if item.status is ItemStatus.POSTPONED:
        return f"{committee_name} bordlägger ärendet."
    if item.proposal.strip():
        return item.proposal.strip()
    if item.kind.is_information:
        return f"{committee_name} har tagit del av informationen."
    if item.kind is ItemKind.DELEGATION_REPORT:
        return f"{committee_name} godkänner redovisningen av delegationsbesluten."
    return ""


# ------------------------------------------------------------------ validation


def validate_meeting(m: Meeting) -> list[FieldError]:
    errors: list[FieldError] = []
    if m.adjustment_date is not None and m.adjustment_date < m.date:
        errors.append(
            FieldError(
                "Justeringsdatum",
                f"{m.adjustment_date.isoformat()} ligger före sammanträdet {m.date.isoformat()}",
            )
        )
    if m.posted_on is not None and m.adjustment_date is not None and m.posted_on < m.adjustment_date:
        errors.append(
            FieldError("Anslagsdatum", f"{m.posted_on.isoformat()} ligger före justeringen {m.adjustment_date.isoformat()}")
        )
    if m.notice_sent_on is not None and m.notice_sent_on > m.date:
        errors.append(FieldError("Kallelsen skickad", "ligger efter sammanträdet"))
    for g in m.group_meetings:
        if not g.group.strip():
            errors.append(FieldError("Grupprum", f"lokalen \"{g.room}\" saknar grupp"))  # as the form labels it
    return errors


def validate_item(item: AgendaItem) -> list[FieldError]:
    errors: list[FieldError] = []
    if not item.title.strip():
        errors.append(FieldError("Rubrik", "får inte vara tom"))
    if item.confidential and not item.osl_provision.strip():
        errors.append(FieldError("Sekretess", "ange bestämmelsen i OSL (t.ex. OSL 39 kap. 3 §)"))
    return errors


def missing_for_notice(items: Sequence[AgendaItem]) -> list[str]:
    """What stops the notice from being sent: items without title or case number."""
    problems = []
    for i, item in enumerate(items, start=1):
        if item.status is not ItemStatus.ACTIVE:
            continue
        label = f"Ärende {i}" + (f" ({item.title.strip()})" if item.title.strip() else "")
        if not item.title.strip():
            problems.append(f"{label} saknar rubrik")
        if item.kind.needs_case_number and not item.case_number.strip():
            problems.append(f"{label} saknar diarienummer")
    return problems


# ------------------------------------------------------------------ quorum


@dataclass(frozen=True)
class Quorum:
    """Quorum for one item: ``present`` serving persons counted against ``seats``."""

    seats: int
    present: int
    conflicted: int

    @property
    def required(self) -> int:
        """More than half of the seats (KL 6:27)."""
        return self.seats // 2 + 1

    @property
    def ok(self) -> bool:
        return self.present >= self.required

    def describe(self) -> str:
        text = f"{self.present} av {self.seats} tjänstgör (minst {self.required} krävs)"
        if self.conflicted:
            text += f"; {self.conflicted} jäviga räknas inte"
        return text + ("" if self.ok else ": nämnden är inte beslutsför")


def quorum_for_item(seats: int, serving: Iterable[str | int], conflicted: Iterable[str | int]) -> Quorum:
    """Quorum (KL 6:27) with members who have a conflict of interest on the item left out
    (KL 6:28-32). ``serving`` and ``conflicted`` are person keys (ids or names)."""
    serving_set = set(serving)
    out = serving_set & set(conflicted)
    return Quorum(seats=seats, present=len(serving_set - out), conflicted=len(out))


# ------------------------------------------------------------------ § numbers


def section_numbers(items: Sequence[AgendaItem], first: int) -> list[tuple[AgendaItem, int]]:
    """Number the minuted items in agenda order from ``first`` (running per year)."""
    out = []
    n = first
    for item in items:
        if item.in_minutes:
            out.append((item, n))
            n += 1
    return out
