"""The organisation around a committee: kommun, förvaltning, nämnd, people and units.

One database normally serves one secretary: one municipality (kommun), one
administration (förvaltning) and the committee(s) (nämnd) it serves. Validation returns
Swedish field errors; the store refuses to save anything that does not validate.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import StrEnum

from uppfoljning_desktop.domain.validation import check_email, require
from uppfoljning_desktop.errors import FieldError

CODE_RE = re.compile(r"^[A-ZÅÄÖ0-9-]{1,12}$")
DEFAULT_CASE_NUMBER_PATTERN = "{kod}/{år}:{löpnr}"
CASE_PATTERN_FIELDS = ("{kod}", "{år}", "{löpnr}")


class MemberRole(StrEnum):
    """Role of an elected member (ledamot) of the committee."""

    CHAIR = "ordförande"
    VICE_CHAIR = "vice ordförande"
    MEMBER = "ledamot"
    SUBSTITUTE = "ersättare"

    @property
    def is_seat(self) -> bool:
        """Chair, vice chair and ordinary members hold seats; substitutes do not."""
        return self is not MemberRole.SUBSTITUTE


class OfficialRole(StrEnum):
    """Role of an official (tjänsteperson) in the administration."""

    HEAD_OF_ADMINISTRATION = "förvaltningschef"
    HEAD_OF_ADMIN_SERVICES = "administrativ chef"
    SECRETARY = "nämndsekreterare"
    OFFICER = "handläggare"
    OTHER = "övrig"


@dataclass
class Municipality:
    """Kommun."""

    name: str = ""
    id: int | None = None


@dataclass
class Administration:
    """Förvaltning, with the letterhead footer printed on every document."""

    name: str = ""
    postal_address: str = ""
    visiting_address: str = ""
    switchboard: str = ""
    org_number: str = ""
    bankgiro: str = ""
    web: str = ""
    email: str = ""
    id: int | None = None


@dataclass
class Committee:
    """Nämnd: its short code is used in case numbers (``AVUX/2016:59``)."""

    name: str = ""
    code: str = ""
    case_number_pattern: str = DEFAULT_CASE_NUMBER_PATTERN
    notice_period_days: int = 7
    id: int | None = None


@dataclass
class Member:
    """Ledamot or ersättare of a committee."""

    name: str = ""
    party: str = ""
    role: MemberRole = MemberRole.MEMBER
    term_start: dt.date | None = None
    term_end: dt.date | None = None
    committee_id: int | None = None
    id: int | None = None


@dataclass
class Official:
    """Tjänsteperson in the administration."""

    name: str = ""
    title: str = ""
    role: OfficialRole = OfficialRole.OFFICER
    phone: str = ""
    email: str = ""
    id: int | None = None


@dataclass
class Unit:
    """Verksamhet reporting to the committee, with its head (verksamhetschef)."""

    name: str = ""
    head_name: str = ""
    head_email: str = ""
    id: int | None = None


@dataclass
class Organisation:
    """Everything the organisation page shows, loaded at once."""

    municipality: Municipality = field(default_factory=Municipality)
    administration: Administration = field(default_factory=Administration)
    committees: list[Committee] = field(default_factory=list)
    members: list[Member] = field(default_factory=list)
    officials: list[Official] = field(default_factory=list)
    units: list[Unit] = field(default_factory=list)

    @property
    def committee(self) -> Committee | None:
        """The committee this database serves (the first one)."""
        return self.committees[0] if self.committees else None

    def officials_with_role(self, role: OfficialRole) -> list[Official]:
        return [o for o in self.officials if o.role == role]

    def chair(self) -> Member | None:
        return next((m for m in self.members if m.role == MemberRole.CHAIR), None)


def validate_municipality(m: Municipality) -> list[FieldError]:
    errors: list[FieldError] = []
    require(m.name, "Kommunens namn", errors)
    return errors


def validate_administration(a: Administration) -> list[FieldError]:
    errors: list[FieldError] = []
    require(a.name, "Förvaltningens namn", errors)
    check_email(a.email, "E-post", errors)
    if a.org_number.strip() and not re.fullmatch(r"\d{6}-\d{4}", a.org_number.strip()):
        errors.append(FieldError("Org.nr", f"\"{a.org_number}\" ska skrivas som 212000-2882"))
    return errors


def validate_committee(c: Committee, other_codes: Sequence[str] = ()) -> list[FieldError]:
    """``other_codes``: the codes of the database's other committees (duplicates)."""
    errors: list[FieldError] = []
    require(c.name, "Nämndens namn", errors)
    code = c.code.strip().upper()
    if not code:
        errors.append(FieldError("Förkortning", "får inte vara tom (t.ex. AVUX)"))
    elif not CODE_RE.match(code):
        errors.append(
            FieldError("Förkortning", f"\"{code}\" får bara innehålla versaler, siffror och bindestreck")
        )
    elif code.upper() in {o.upper() for o in other_codes}:
        errors.append(FieldError("Förkortning", f"\"{code}\" används redan av en annan nämnd"))
    from uppfoljning_desktop.domain.case_numbers import CaseNumberError, validate_pattern

    try:
        validate_pattern(c.case_number_pattern.strip())
    except CaseNumberError as exc:  # e.g. a typo like {ar}: every number handed out would fail
        errors.append(FieldError("Diarienummermönster", str(exc)))
    if not 0 <= c.notice_period_days <= 60:
        errors.append(FieldError("Kallelsetid", "ska vara mellan 0 och 60 dagar"))
    return errors


def validate_member(m: Member) -> list[FieldError]:
    errors: list[FieldError] = []
    require(m.name, "Namn", errors)
    if m.term_start and m.term_end and m.term_end < m.term_start:
        errors.append(FieldError("Mandatperiod", "slutar före den börjar"))
    return errors


def validate_official(o: Official) -> list[FieldError]:
    errors: list[FieldError] = []
    require(o.name, "Namn", errors)
    check_email(o.email, "E-post", errors)
    return errors


def validate_unit(u: Unit, other_names: Sequence[str] = ()) -> list[FieldError]:
    errors: list[FieldError] = []
    require(u.name, "Verksamhetens namn", errors)
    if u.name.strip() and u.name.strip().casefold() in {n.casefold() for n in other_names}:
        errors.append(FieldError("Verksamhetens namn", f"\"{u.name}\" finns redan"))
    check_email(u.head_email, "Chefens e-post", errors)
    return errors
