"""The meeting's life cycle as one state machine: which steps are legal, and what each
step needs. The store refuses an illegal step (in the same transaction as the write),
the command line and the window offer only the legal ones; all three ask here.

planerat → kallat → genomfört → justerat → anslaget → nedtaget

Rules and their sources:
- A meeting may be marked held (genomfört) directly from planerat (the notice went out
  some other way), but not before its date.
- Before adjustment a step back is allowed (kallelsen återkallas, genomfört by mistake);
  minutes that are finalised must be reopened first, which is itself legal only before
  adjustment.
- Adjustment (justering) needs finalised minutes, adjusters (justerare) and the
  adjustment date, which is not before the meeting nor in the future (KL 5:69, 6:35).
- Posting (anslag) only after adjustment, not before the adjustment date (KL 8:12).
- Take-down (nedtaget) not before the appeal period has ended (KL 8:12, 13:5).
- No step backwards from justerat onwards: adjusted minutes are a public document
  (TF 2:10). The only change after adjustment is a rättelse of one § that leaves the
  original readable (JO 581-2013), see ``store.corrections``.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from uppfoljning_desktop.domain.meetings import Meeting, MeetingState
from uppfoljning_desktop.errors import UserError

ORDER: tuple[MeetingState, ...] = tuple(MeetingState)
LOCKED_FROM = MeetingState.ADJUSTED

# The legal steps: (from, to) → the Swedish name of the action offered for it.
STEPS: dict[tuple[MeetingState, MeetingState], str] = {
    (MeetingState.PLANNED, MeetingState.NOTICE_SENT): "Markera kallelsen som skickad",
    (MeetingState.PLANNED, MeetingState.HELD): "Markera som genomfört",
    (MeetingState.NOTICE_SENT, MeetingState.HELD): "Markera som genomfört",
    (MeetingState.HELD, MeetingState.ADJUSTED): "Justera protokollet",
    (MeetingState.ADJUSTED, MeetingState.POSTED): "Sätt upp anslaget",
    (MeetingState.POSTED, MeetingState.TAKEN_DOWN): "Ta ned anslaget",
    (MeetingState.NOTICE_SENT, MeetingState.PLANNED): "Ångra kallelsen",
    (MeetingState.HELD, MeetingState.NOTICE_SENT): "Ångra genomfört",
}


class IllegalStep(UserError):
    """A life-cycle step that is not allowed, or that the meeting is not ready for."""


@dataclass(frozen=True)
class Step:
    """One legal step: the target state and the action's Swedish name."""

    target: MeetingState
    label: str


def is_locked(state: MeetingState) -> bool:
    """Adjusted (or later) minutes: their text can only change through a rättelse."""
    return MeetingState(state).rank >= LOCKED_FROM.rank


def next_steps(state: MeetingState) -> list[Step]:
    """The steps the meeting may take from ``state`` (forward first)."""
    state = MeetingState(state)
    steps = [Step(to, label) for (frm, to), label in STEPS.items() if frm is state]
    return sorted(steps, key=lambda s: -s.target.rank)


def step_label(current: MeetingState, target: MeetingState) -> str:
    return STEPS.get((MeetingState(current), MeetingState(target)), "")


def can_reopen_minutes(meeting: Meeting) -> bool:
    """Finalised minutes may be reopened (§§ cleared) before adjustment only."""
    return meeting.minutes_finalised and not is_locked(meeting.state)


def require_reopen(meeting: Meeting) -> None:
    if is_locked(meeting.state):
        raise IllegalStep(
            f"Protokollet från {meeting.date.isoformat()} är {meeting.state.value} och kan inte öppnas igen.",
            hint="Ett justerat protokoll ändras bara genom en rättelse av en paragraf "
            "(\"Rätta paragraf…\" eller 'meeting correct'). Inget har ändrats.",
        )
    if not meeting.minutes_finalised:
        raise IllegalStep(f"Protokollet från {meeting.date.isoformat()} är inte färdigställt; det är redan öppet.")


def apply_step(
    meeting: Meeting,
    target: MeetingState,
    *,
    today: dt.date,
    on: dt.date | None = None,
    notice_problems: Sequence[str] = (),
    earliest_take_down: dt.date | None = None,
) -> Meeting:
    """The meeting after the step to ``target`` (state and the step's date set), or
    ``IllegalStep`` naming what stands in the way. ``on`` is the step's date (notice
    sent, adjusted, posted, taken down); without it the date already entered on the
    meeting is used, or today (except for adjustment, whose date must be given).
    ``notice_problems`` are the items that stop the notice (``missing_for_notice``);
    ``earliest_take_down`` the day after the last appeal day."""
    current = MeetingState(meeting.state)
    target = MeetingState(target)
    when = meeting.date.isoformat()
    if target is current:
        raise IllegalStep(f"Sammanträdet {when} är redan {target.value}.", hint="Inget har ändrats.")
    if (current, target) not in STEPS:
        legal = ", ".join(s.target.value for s in next_steps(current)) or "inga"
        if is_locked(current) and target.rank < current.rank:
            text = (f"Sammanträdet {when} är {current.value}; ett justerat protokoll kan inte flyttas "
                    f"tillbaka till {target.value}.")
            hint = ("Ett justerat protokoll är en allmän handling. Rätta en paragraf med en rättelse "
                    "i stället (JO 581-2013). Inget har ändrats.")
        else:
            text = f"Sammanträdet {when} kan inte gå från {current.value} till {target.value}."
            hint = f"Tillåtna steg härifrån: {legal}. Inget har ändrats."
        raise IllegalStep(text, hint=hint)
    problems: list[str] = []
    updates: dict[str, object] = {"state": target}
    if target.rank < current.rank:  # a step back, before adjustment
        if meeting.minutes_finalised:
            problems.append("protokollet är färdigställt; öppna det igen först")
        if target is MeetingState.PLANNED:
            updates["notice_sent_on"] = None
    elif target is MeetingState.NOTICE_SENT:
        problems += list(notice_problems)
        sent = on or meeting.notice_sent_on or min(today, meeting.date)
        if sent > meeting.date:
            problems.append(f"kallelsen kan inte ha skickats {sent.isoformat()}, efter sammanträdet")
        elif sent > today:
            problems.append(f"kallelsedagen {sent.isoformat()} har inte kommit än")
        updates["notice_sent_on"] = sent
    elif target is MeetingState.HELD:
        if today < meeting.date:
            problems.append(f"sammanträdet är {when} och kan inte vara genomfört före den dagen")
    elif target is MeetingState.ADJUSTED:
        adjusted = on or meeting.adjustment_date
        if not meeting.minutes_finalised:
            problems.append("protokollet är inte färdigställt (färdigställ det först, då numreras paragraferna)")
        if not [a for a in meeting.adjusters if a.strip()]:
            problems.append("justerare saknas (fyll i Justerare)")
        if adjusted is None:
            problems.append("justeringsdatum saknas (fyll i Justeras den, eller ange --date)")
        elif adjusted < meeting.date:
            problems.append(f"justeringsdatumet {adjusted.isoformat()} ligger före sammanträdet")
        elif adjusted > today:
            problems.append(f"justeringsdatumet {adjusted.isoformat()} har inte kommit än")
        updates["adjustment_date"] = adjusted
    elif target is MeetingState.POSTED:
        posted = on or meeting.posted_on or today
        if meeting.adjustment_date is not None and posted < meeting.adjustment_date:
            problems.append(f"anslaget {posted.isoformat()} ligger före justeringen {meeting.adjustment_date.isoformat()}")
        if posted > today:
            problems.append(f"anslagsdagen {posted.isoformat()} har inte kommit än")
        updates["posted_on"] = posted
    elif target is MeetingState.TAKEN_DOWN:
        down = on or today
        if earliest_take_down is not None and down < earliest_take_down:
            problems.append(f"anslaget får tas ned tidigast {earliest_take_down.isoformat()}, när tiden "
                            "för överklagande har gått ut (KL 8:12, 13:5)")
        if meeting.posted_on is not None and down < meeting.posted_on:
            problems.append(f"{down.isoformat()} ligger före anslaget {meeting.posted_on.isoformat()}")
        if down > today:
            problems.append(f"{down.isoformat()} har inte kommit än")
        updates["taken_down_on"] = down
    if problems:
        raise IllegalStep(
            f"Sammanträdet {when} kan inte bli {target.value}:\n" + "\n".join(f"• {p}" for p in problems),
            hint="Åtgärda det som står ovan och försök igen. Inget har ändrats.",
        )
    return dataclasses.replace(meeting, **updates)  # type: ignore[arg-type]
