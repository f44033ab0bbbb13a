"""The demo meeting's contested item, worked through as at a real meeting (the people are
fictional): Delårsrapport 2 gets two motions (the chair's bifall, the Moderates'
återremiss), the order question "avgöras i dag?" goes to a roll-call vote that ends 5–5
and is decided by the chair's casting vote, the decision is built from the beslutsgång,
and the Moderates' members enter a written reservation. Also: a member leaves before the
last items, and a substitute serves for the member with jäv on the confidential item.

Called by ``demo.meetings`` before the minutes are finalised (adjusted minutes cannot
change)."""

from __future__ import annotations

import datetime as dt

from sqlite_utils import Database

from uppfoljning_desktop.domain.meetings import AttendanceStatus
from uppfoljning_desktop.domain.voting import Answer, MotionKind, QuestionKind, StatementKind
from uppfoljning_desktop.store import meeting_items as items
from uppfoljning_desktop.store import motions

CONTESTED_TITLE = "Delårsrapport 2"
MAJORITY_YES = ["Karin Lindqvist", "Leila Haddad", "Tomas Öhman", "Anneli Forsberg", "Mikael Jansson"]


def populate_contested(db: Database, meeting_id: int) -> None:
    item = items.find_item(db, meeting_id, title=CONTESTED_TITLE)
    assert item is not None and item.id is not None
    chair = motions.add_motion(db, item.id, "Karin Lindqvist", MotionKind.APPROVE, "förvaltningens förslag")
    refer = motions.add_motion(
        db, item.id, "Erik Sandberg", MotionKind.REFER_BACK,
        "för att förvaltningen ska redovisa åtgärder mot underskotten i daglig verksamhet och Jobbcenter")
    withdrawn = motions.add_motion(db, item.id, "Fatima Rahimi", MotionKind.POSTPONE)
    motions.withdraw_motion(db, withdrawn.id)  # kept, but not printed
    order = motions.put_question(db, item.id, chair.id, refer.id, kind=QuestionKind.ORDER)
    roll = motions.roll_call(db, item.id)
    answers = {a.name: (Answer.YES if a.name in MAJORITY_YES else Answer.NO) for a in roll}
    motions.record_vote(db, order.id, answers)  # 5–5, the chair's casting vote
    motions.put_question(db, item.id, chair.id, None, kind=QuestionKind.MAIN)
    motions.build_item_decision(db, item.id)
    motions.add_statement(db, item.id, StatementKind.RESERVATION, group="Moderaternas ledamöter",
                          names=["Erik Sandberg", "Birgitta Åkesson", "Jonas Ekdahl"],
                          text="till förmån för eget yrkande om återremiss", written=True)

    secret = items.find_item(db, meeting_id, title="Begäran om utökad insats i daglig verksamhet")
    assert secret is not None and secret.id is not None
    motions.add_change(db, secret.id, "Oskar Bergqvist", AttendanceStatus.SERVING_SUBSTITUTE,
                       replaces_name="Tomas Öhman", to_item_id=secret.id)
    last = items.list_items(db, meeting_id)[-1]
    assert last.id is not None
    motions.add_change(db, last.id, "Mikael Jansson", AttendanceStatus.ABSENT)
    motions.set_times(db, meeting_id, ended_at=dt.time(21, 10), adjustment_time=dt.time(16, 0))
