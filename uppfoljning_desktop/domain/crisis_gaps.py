"""Brister: what is missing or stale in a crisis plan, so it is fixed before a crisis.

The seed plan (seeds/003_…, item 4) is full of "(namn + tel)" holes and functions
such as "Analysfunktion?" with nobody behind them. The checks here make those visible:

- a group function without a primary person or without a deputy;
- a person or contact without any phone number;
- placeholder entries ("(namn + tel)", "?", "XXX", "saknas" …);
- contacts not verified within the plan's number of months;
- a plan not adopted (fastställd) within the last year.

Sources: LEH (lag 2006:544) 2 kap. 1 § requires the municipality to adopt a plan for
extraordinary events for each term of office; the yearly review of the administration's
plan is the municipality's guideline, not statute, so the interval is a plan setting
(``verify_months``) for contacts and one year for the plan as a whole.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from enum import StrEnum

from uppfoljning_desktop.domain.crisis import PlanContent

# In long texts only unmistakable holes count; in a name or number field also "?", "…".
TEXT_PLACEHOLDER_RE = re.compile(r"\(\s*namn|namn\s*\+\s*tel|\bxxx+\b|\btbd\b", re.IGNORECASE)
FIELD_PLACEHOLDER_RE = re.compile(
    r"\(\s*namn|namn\s*\+\s*tel|\?\s*$|\bxxx+\b|\bsaknas\b|\btbd\b|^n\.?\s?n\.?$|\.\.\.|…",
    re.IGNORECASE,
)
PHONE_RE = re.compile(r"\d")


class GapKind(StrEnum):
    NO_PERSON = "saknar person"
    NO_DEPUTY = "saknar ersättare"
    NO_NUMBER = "saknar telefonnummer"
    PLACEHOLDER = "platshållare"
    NOT_VERIFIED = "ej kontrollerad"
    PLAN_NOT_ADOPTED = "planen ej fastställd"


@dataclass(frozen=True)
class Gap:
    """One gap: what kind, where in the plan, and what to do."""

    kind: GapKind
    where: str  # "Krisledningsgrupp: Stabschef", "Kontakter: Polis, Kommunpolis"
    message: str


def is_placeholder(text: str) -> bool:
    """A name, function or number field that only holds a placeholder ("Analysfunktion?")."""
    return bool(text.strip()) and bool(FIELD_PLACEHOLDER_RE.search(text.strip()))


def has_placeholder_text(text: str) -> bool:
    """A longer text (a step, a task, guidance) with a hole such as "(namn + tel)"."""
    return bool(TEXT_PLACEHOLDER_RE.search(text))


def add_months(d: dt.date, months: int) -> dt.date:
    month = d.month - 1 + months
    year = d.year + month // 12
    month = month % 12 + 1
    import calendar

    return dt.date(year, month, min(d.day, calendar.monthrange(year, month)[1]))


def find_gaps(content: PlanContent, today: dt.date) -> list[Gap]:
    """Every gap in ``content`` as of ``today``, plan first, then group, contacts, texts."""
    gaps: list[Gap] = []
    plan = content.plan
    if plan.adopted_on is None:
        gaps.append(Gap(GapKind.PLAN_NOT_ADOPTED, "Planen",
                        "Planen har inget fastställt datum. Ange när och genom vilket beslut den fastställdes."))
    elif add_months(plan.adopted_on, 12) < today:
        gaps.append(Gap(GapKind.PLAN_NOT_ADOPTED, "Planen",
                        f"Planen fastställdes {plan.adopted_on.isoformat()}, för mer än ett år sedan. "
                        "Gå igenom den och fastställ en ny version."))
    limit = add_months(today, -plan.verify_months)

    for f in content.functions:
        where = f"Krisledningsgrupp: {f.function}"
        if is_placeholder(f.function):
            gaps.append(Gap(GapKind.PLACEHOLDER, where, "Funktionen är bara en platshållare. "
                            "Bestäm om den behövs och vem som har den."))
        if not f.primary_name.strip():
            gaps.append(Gap(GapKind.NO_PERSON, where, "Ingen ordinarie person är utsedd."))
        if not f.deputy_name.strip():
            gaps.append(Gap(GapKind.NO_DEPUTY, where, "Ingen ersättare är utsedd."))
        for which, label in (("primary", "ordinarie"), ("deputy", "ersättare")):
            p = f.person(which)
            if not p.name.strip():
                continue
            if is_placeholder(p.name):
                gaps.append(Gap(GapKind.PLACEHOLDER, where, f"Namnet på {label} är en platshållare: \"{p.name}\"."))
            if not (PHONE_RE.search(p.work_phone) or PHONE_RE.search(p.private_phone)):
                gaps.append(Gap(GapKind.NO_NUMBER, where, f"{p.name} ({label}) har inget telefonnummer."))
        if (f.primary_name.strip() or f.deputy_name.strip()) and (f.verified_on is None or f.verified_on < limit):
            gaps.append(Gap(GapKind.NOT_VERIFIED, where, _verify_text(f.verified_on, plan.verify_months)))

    for c in content.contacts:
        where = f"Kontakter: {c.category.value}, {c.label or '(utan namn)'}"
        if is_placeholder(c.role) or is_placeholder(c.name) or is_placeholder(c.phone):
            gaps.append(Gap(GapKind.PLACEHOLDER, where, "Kontakten är en platshållare: fyll i namn och nummer."))
        if not PHONE_RE.search(c.phone):
            gaps.append(Gap(GapKind.NO_NUMBER, where, "Kontakten har inget telefonnummer."))
        if c.verified_on is None or c.verified_on < limit:
            gaps.append(Gap(GapKind.NOT_VERIFIED, where, _verify_text(c.verified_on, plan.verify_months)))

    for card in content.role_cards:
        if is_placeholder(card.function) or has_placeholder_text(card.tasks):
            gaps.append(Gap(GapKind.PLACEHOLDER, f"Rollkort: {card.function}",
                            "Rollkortet innehåller en platshållare."))
    for step in content.steps:
        if is_placeholder(step.responsible) or has_placeholder_text(step.text):
            gaps.append(Gap(GapKind.PLACEHOLDER, f"Checklista: {step.section.heading}",
                            f"Steget \"{step.text[:60]}\" innehåller en platshållare."))
    for inc in content.incidents:
        if has_placeholder_text(inc.guidance):
            gaps.append(Gap(GapKind.PLACEHOLDER, f"Incident: {inc.title}",
                            "Texten innehåller en platshållare."))
    if not content.plan.room_place.strip():
        gaps.append(Gap(GapKind.PLACEHOLDER, "Krisledningsrummet", "Ingen plats är angiven för krisledningsrummet."))
    return gaps


def _verify_text(verified_on: dt.date | None, months: int) -> str:
    if verified_on is None:
        return "Uppgifterna har aldrig kontrollerats. Ring eller mejla och ange kontrolldatum."
    return (f"Senast kontrollerad {verified_on.isoformat()}, för mer än {months} månader sedan. "
            "Kontrollera uppgifterna och ange nytt datum.")
