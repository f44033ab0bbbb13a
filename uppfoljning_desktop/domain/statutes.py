"""Which Kommunallag the minutes cite: the law in force on the meeting date.

Kommunallagen (2017:725) came into force on 1 January 2018 and replaced kommunallagen
(1991:900) (2017:725 övergångsbestämmelser). A meeting held before 2018 was decided, and
is appealed, under the old law: its laglighetsprövning is in 10 kap. (three weeks from
the posting, 10 kap. 4 §); under the new law in 13 kap. (13 kap. 5 §), and the posting
of the adjustment is 8 kap. 12 §.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

NEW_LAW_FROM = dt.date(2018, 1, 1)


@dataclass(frozen=True)
class LocalGovernmentAct:
    """The citations a protokoll needs from the act in force."""

    sfs: str  # "2017:725"
    appeal_chapter: str  # "13 kap."
    appeal_section: str  # "13 kap. 5 §"
    posting_section: str  # "8 kap. 12 §", or "" where we do not cite one

    @property
    def name(self) -> str:
        return f"kommunallagen ({self.sfs})"

    def appeal_text(self) -> str:
        return f"Överklagande enligt {self.appeal_chapter} {self.name} (laglighetsprövning)"

    def posting_text(self) -> str:
        where = f"{self.posting_section} " if self.posting_section else ""
        return f"{where}{self.name}".strip()


KL_1991 = LocalGovernmentAct("1991:900", "10 kap.", "10 kap. 4 §", "")
KL_2017 = LocalGovernmentAct("2017:725", "13 kap.", "13 kap. 5 §", "8 kap. 12 §")


def act_in_force(meeting_date: dt.date) -> LocalGovernmentAct:
    """KL 1991:900 for meetings before 2018, KL 2017:725 from 1 January 2018."""
    return KL_2017 if meeting_date >= NEW_LAW_FROM else KL_1991


DEADLINE_LAW = "lagen (1930:173) om beräkning av lagstadgad tid"
