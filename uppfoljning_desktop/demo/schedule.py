"""Demo sammanträdesordning 2017, as the committee decided it on 22 September 2016
(``seeds/003_…`` item 2): eleven Thursday meetings and, in the attachment, the chair's
and the opposition's preparation meetings on Mondays.

It is built the way a secretary would: generated from a rule (Thursdays in the second
week, preparations 17 and 3 days before), then five meetings and one preparation moved.
"""

from __future__ import annotations

import datetime as dt

from sqlite_utils import Database

from uppfoljning_desktop.domain.schedule import PrepKind, ScheduleRule
from uppfoljning_desktop.store import schedule as store

ORDER = 30
YEAR = 2017
PREP_PLACE = "plan 9 i kommunhuset"

D = dt.date
MEETING_MOVES = {
    D(2017, 1, 12): D(2017, 1, 19), D(2017, 4, 13): D(2017, 4, 6), D(2017, 6, 8): D(2017, 6, 15),
    D(2017, 8, 10): D(2017, 8, 31), D(2017, 12, 14): D(2017, 12, 7),
}
CHAIR_MOVES = {D(2017, 1, 2): D(2017, 1, 9)}  # the first Monday after the new-year break


def rule() -> ScheduleRule:
    return ScheduleRule(
        year=YEAR, weekday=3, start=dt.time(19, 0), end=dt.time(21, 30),
        place="Kommunhuset, Tumba", preferred_week=2,
        prep_kinds=[
            PrepKind("Ordförandeberedning", 0, dt.time(16, 0), dt.time(17, 30), PREP_PLACE, 17),
            PrepKind("Oppositionsberedning", 0, dt.time(16, 0), dt.time(17, 0), PREP_PLACE, 3),
        ],
    )


def populate(db: Database) -> None:
    plan = store.generate_plan(db, rule())
    for m in plan.meetings:
        if m.date in MEETING_MOVES and m.id is not None:
            store.update_event(db, m.id, date=MEETING_MOVES[m.date])
    for p in store.get_plan(db, YEAR).preparations(0):
        if p.date in CHAIR_MOVES and p.id is not None:
            store.update_event(db, p.id, date=CHAIR_MOVES[p.date])
