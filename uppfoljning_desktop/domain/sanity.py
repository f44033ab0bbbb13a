"""Sanity checks a secretary would make herself: warnings she may override, and refusals
where the law decides.

- A meeting on a weekend or a holiday is possible but rare: warn (overridable).
- Justerare (KL 5:69: the minutes are adjusted by the chair and one or more
  justerare the committee appoints among those who took part): a name that is not a
  committee member whose mandate covers the day is warned about; once attendance is
  recorded, a justerare listed as not serving is refused.
- Attendance is proposed only from members whose mandate (mandatperiod) covers the day.
- A minuted item needs a decision (KL 5:63: the minutes state every decision): an
  empty one at finalising is asked about, naming the item (the store's
  ``minutes.items_missing_decision``).
- A follow-up time already past when typed is asked about (a bare "11:00" typed in
  the evening most likely means tomorrow).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence

from uppfoljning_desktop.domain.meetings import Attendance
from uppfoljning_desktop.domain.organisation import Member

WEEKDAYS = ("måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag")


def meeting_day_warning(day: dt.date) -> str | None:
    """Why ``day`` is an odd day for a meeting (a holiday, an eve, a weekend), or None."""
    from uppfoljning_desktop.domain.holidays_se import holiday_name

    name = holiday_name(day)
    if name:
        return f"{day.isoformat()} är {name.lower()} ({WEEKDAYS[day.weekday()]})."
    if day.weekday() >= 5:
        return f"{day.isoformat()} är en {WEEKDAYS[day.weekday()]}."
    return None


def mandate_covers(member: Member, day: dt.date) -> bool:
    """True when the member's mandate (term_start–term_end, open ends allowed) covers ``day``."""
    if member.term_start is not None and day < member.term_start:
        return False
    return member.term_end is None or day <= member.term_end


def members_serving_on(members: Iterable[Member], day: dt.date) -> list[Member]:
    return [m for m in members if mandate_covers(m, day)]


def _fold(name: str) -> str:
    return " ".join(name.split()).casefold()


def adjuster_problems(
    adjusters: Sequence[str], members: Sequence[Member], attendance: Sequence[Attendance], day: dt.date
) -> tuple[list[str], list[str]]:
    """(refusals, warnings) for the justerare of a meeting on ``day``.

    Refused: a justerare the attendance list shows as not serving (absent, non-serving
    substitute, other present). Warned: a name that is no committee member with a
    mandate on ``day``, or that is missing from a recorded attendance list."""
    refusals: list[str] = []
    warnings: list[str] = []
    by_member = {_fold(m.name): m for m in members}
    by_attendance = {_fold(a.name): a for a in attendance}
    for name in adjusters:
        key = _fold(name)
        if not key:
            continue
        present = by_attendance.get(key)
        if present is not None and not present.status.serves:
            refusals.append(f"{name} tjänstgör inte vid sammanträdet ({present.status.value}) "
                            "och kan inte justera protokollet.")
            continue
        member = by_member.get(key)
        if member is None:
            warnings.append(f"{name} finns inte bland nämndens ledamöter och ersättare.")
        elif not mandate_covers(member, day):
            warnings.append(f"{name}s mandat täcker inte {day.isoformat()}.")
        elif attendance and present is None:
            warnings.append(f"{name} finns inte i närvarolistan.")
    return refusals, warnings


def follow_up_in_past(when: dt.datetime | None, now: dt.datetime) -> bool:
    """True when a follow-up time has already passed as it is typed."""
    return when is not None and when < now.replace(second=0, microsecond=0)
