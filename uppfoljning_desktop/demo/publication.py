"""Demo publication check: the crisis plan attached to the meeting of 22 September 2016
is marked as the crisis module's plan, so the public bundle prints the plan without the
private numbers (and the check then lists the named external contacts' mobile numbers
for the secretary to mask or accept)."""

from __future__ import annotations

import datetime as dt

from sqlite_utils import Database

from uppfoljning_desktop.store import meeting_items as items
from uppfoljning_desktop.store import meetings as meeting_store
from uppfoljning_desktop.store import publication as store

ORDER = 80


def populate(db: Database) -> None:
    meeting = meeting_store.get_meeting_by_date(db, dt.date(2016, 9, 22))
    assert meeting.id is not None  # read from the database
    for item in items.list_items(db, meeting.id):
        assert item.id is not None
        for a in items.list_attachments(db, item.id):
            if a.title == "Krisledningsplan" and a.id is not None:
                store.set_attachment_source(db, a.id, "krisplan")
