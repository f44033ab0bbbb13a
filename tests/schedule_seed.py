"""The 2017 sammanträdesordning of seeds/003_… item 2, shared by the schedule tests."""

from __future__ import annotations

import datetime as dt

from uppfoljning_desktop.domain.schedule import PrepKind, ScheduleRule

D = dt.date

MEETINGS_2017 = [
    D(2017, 1, 19), D(2017, 2, 9), D(2017, 3, 9), D(2017, 4, 6), D(2017, 5, 11), D(2017, 6, 15),
    D(2017, 8, 31), D(2017, 9, 14), D(2017, 10, 12), D(2017, 11, 9), D(2017, 12, 7),
]
CHAIR_2017 = [
    D(2017, 1, 9), D(2017, 1, 23), D(2017, 2, 20), D(2017, 3, 20), D(2017, 4, 24), D(2017, 5, 29),
    D(2017, 8, 14), D(2017, 8, 28), D(2017, 9, 25), D(2017, 10, 23), D(2017, 11, 20),
]
OPPOSITION_2017 = [
    D(2017, 1, 16), D(2017, 2, 6), D(2017, 3, 6), D(2017, 4, 3), D(2017, 5, 8), D(2017, 6, 12),
    D(2017, 8, 28), D(2017, 9, 11), D(2017, 10, 9), D(2017, 11, 6), D(2017, 12, 4),
]
PLACE = "plan 9 i kommunhuset"


def rule_2017() -> ScheduleRule:
    """Thursdays 19:00 in the second week; chair's preparation 17 days before (Monday,
    16:00–17:30), the opposition's 3 days before (Monday, 16:00–17:00)."""
    return ScheduleRule(
        year=2017, weekday=3, start=dt.time(19, 0), end=dt.time(21, 30), place="Kommunhuset, Tumba",
        preferred_week=2,
        prep_kinds=[
            PrepKind("Ordförandeberedning", 0, dt.time(16, 0), dt.time(17, 30), PLACE, 17),
            PrepKind("Oppositionsberedning", 0, dt.time(16, 0), dt.time(17, 0), PLACE, 3),
        ],
    )


# The secretary's edits after generating: (generated date, chosen date) for meetings …
MEETING_EDITS_2017 = {
    D(2017, 1, 12): D(2017, 1, 19), D(2017, 4, 13): D(2017, 4, 6), D(2017, 6, 8): D(2017, 6, 15),
    D(2017, 8, 10): D(2017, 8, 31), D(2017, 12, 14): D(2017, 12, 7),
}
# … and for preparations (after the meetings have moved and taken theirs along).
CHAIR_EDITS_2017 = {D(2017, 1, 2): D(2017, 1, 9)}
