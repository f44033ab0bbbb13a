"""Rättelse (correction) of a § in adjusted minutes.

Adjusted minutes are not edited: a correction is a new, recorded version of one field
of one § (what changed, why, who, when), stored append-only next to the adjusted
original (triggers in ``store.lifecycle`` refuse UPDATE and DELETE) and sealed into the
minutes' hash chain (``store.seals``). The protokoll and its utdrag print the current
text with a visible correction note; the adjusted original stays printable
(``original=True``). JO 581-2013: a corrected protocol must show that it was corrected
and what changed.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlite_utils import Database

from uppfoljning_desktop.domain.meeting_lifecycle import is_locked
from uppfoljning_desktop.domain.meetings import AgendaItem
from uppfoljning_desktop.errors import FieldError, UserError, ValidationFailed
from uppfoljning_desktop.store import meeting_items as items_store
from uppfoljning_desktop.store import meetings as meeting_store
from uppfoljning_desktop.store.sqlutil import inserted_id

FIELDS = {"decision": "Beslut", "dissent": "Reservation", "notes": "Protokollsanteckning"}


@dataclass(frozen=True)
class Correction:
    """One rättelse: version 2, 3 … of one field of a § (version 1 is the adjusted text)."""

    item_id: int
    version: int
    field: str
    old_text: str
    new_text: str
    reason: str
    corrected_by: str
    corrected_at: dt.datetime
    id: int | None = None

    @property
    def field_label(self) -> str:
        return FIELDS[self.field]


def _correction(r: dict) -> Correction:
    return Correction(
        id=r["id"], item_id=r["item_id"], version=r["version"], field=r["field"], old_text=r["old_text"],
        new_text=r["new_text"], reason=r["reason"], corrected_by=r["corrected_by"],
        corrected_at=dt.datetime.fromisoformat(r["corrected_at"]),
    )


def list_corrections(db: Database, item_id: int) -> list[Correction]:
    """The §'s corrections, oldest first."""
    return [_correction(r) for r in db.query(
        "SELECT * FROM minutes_correction WHERE item_id = ? ORDER BY version", [item_id])]


def corrections_for_meeting(db: Database, meeting_id: int) -> dict[int, list[Correction]]:
    out: dict[int, list[Correction]] = {}
    for r in db.query(
        """SELECT c.* FROM minutes_correction c JOIN agenda_item a ON a.id = c.item_id
           WHERE a.meeting_id = ? ORDER BY c.item_id, c.version""", [meeting_id]):
        out.setdefault(r["item_id"], []).append(_correction(r))
    return out


def current_text(item: AgendaItem, corrections: list[Correction], field: str) -> str:
    """The field as it reads after the corrections (the adjusted text if none)."""
    text = getattr(item, field)
    for c in corrections:
        if c.field == field:
            text = c.new_text
    return text


def corrected_item(item: AgendaItem, corrections: list[Correction]) -> AgendaItem:
    """A copy of ``item`` with the corrected texts (for printing)."""
    import dataclasses

    return dataclasses.replace(item, decision=current_text(item, corrections, "decision"),
                               dissent=current_text(item, corrections, "dissent"),
                               notes=current_text(item, corrections, "notes"))


def correct_item(
    db: Database,
    item_id: int,
    *,
    new_text: str,
    reason: str,
    corrected_by: str,
    field: str = "decision",
    now: dt.datetime | None = None,
) -> Correction:
    """Record a rättelse of the § of agenda item ``item_id`` in adjusted minutes (one
    transaction, sealed into the minutes' chain). Refused for minutes that are not
    adjusted (edit them instead), an item without §, an empty reason or name, and a text
    that does not change anything."""
    from uppfoljning_desktop.store import seals

    if field not in FIELDS:
        raise ValueError(field)
    with db.atomic():
        item = items_store.get_item(db, item_id)
        meeting = meeting_store.get_meeting(db, item.meeting_id)
        when = meeting.date.isoformat()
        if not is_locked(meeting.state):
            raise UserError(
                f"Protokollet från {when} är inte justerat ({meeting.state.value}).",
                hint="Ett protokoll som inte är justerat ändras direkt under Protokoll; rättelse gäller "
                "justerade protokoll. Inget har ändrats.",
            )
        if item.section_no is None:
            raise UserError(f"Ärendet \"{item.title}\" har ingen paragraf i protokollet från {when}.",
                            hint="Bara paragrafer i protokollet kan rättas. Inget har ändrats.")
        errors = []
        if not reason.strip():
            errors.append(FieldError("Skäl", "ange varför paragrafen rättas"))
        if not corrected_by.strip():
            errors.append(FieldError("Rättad av", "ange vem som rättar"))
        if field == "decision" and not new_text.strip():
            errors.append(FieldError("Beslut", "får inte vara tomt"))
        if errors:
            raise ValidationFailed(errors=errors, what=f"Rättelsen av § {item.section_no}")
        previous = list_corrections(db, item_id)
        old = current_text(item, previous, field)
        if new_text.strip() == old.strip():
            raise UserError(f"{FIELDS[field]} i § {item.section_no} lyder redan så; det finns inget att rätta.",
                            hint="Inget har ändrats.")
        at = (now or dt.datetime.now()).replace(microsecond=0)
        new_id = inserted_id(db.table("minutes_correction").insert({
            "item_id": item_id, "version": len(previous) + 2, "field": field, "old_text": old,
            "new_text": new_text.strip(), "reason": reason.strip(), "corrected_by": corrected_by.strip(),
            "corrected_at": at.isoformat(),
        }))
        items_store.add_history(db, item_id, f"Rättelse av {FIELDS[field].lower()} (§ {item.section_no}): "
                                f"{reason.strip()}")
        seals.seal_correction(db, new_id)
    return _correction(next(iter(db.query("SELECT * FROM minutes_correction WHERE id = ?", [new_id]))))
