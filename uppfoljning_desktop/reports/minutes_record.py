"""What the record-keeping adds to a printed protokoll and protokollsutdrag: the visible
note of each rättelse (what changed, why, who, when; JO 581-2013) and the short seal
that lets a paper copy be held against the file later (``store.seals``)."""

from __future__ import annotations

from reportlab.platypus import Flowable

from uppfoljning_desktop.domain.meetings import AgendaItem
from uppfoljning_desktop.reports.base import Document
from uppfoljning_desktop.reports.meetings_common import MeetingPack

SHORT = 12


def shown_item(pack: MeetingPack, item: AgendaItem) -> AgendaItem:
    """The § as printed: its texts after the rättelser (none for the original)."""
    from uppfoljning_desktop.store.corrections import corrected_item

    found = pack.corrections.get(item.id, []) if item.id is not None else []
    return corrected_item(item, found) if found else item


def correction_notes(doc: Document, pack: MeetingPack, item: AgendaItem) -> list[Flowable]:
    """"Rättelse" with one note per correction, oldest first."""
    found = pack.corrections.get(item.id, []) if item.id is not None else []
    if not found:
        return []
    out: list[Flowable] = []
    for c in found:
        out.append(doc.p(f"Rättelse {c.corrected_at:%Y-%m-%d} (version {c.version})", "label"))
        out.append(doc.p(
            f"{c.field_label} har rättats i efterhand av {c.corrected_by} {c.corrected_at:%Y-%m-%d %H:%M}. "
            f"Skäl: {c.reason}", "body"))
        out.append(doc.p(f"Lydelse före rättelsen: {c.old_text or '–'}", "mask"))
    return out


def seal_header(pack: MeetingPack) -> list[str]:
    """The header lines on every page: the short seal, and "Original" for the original."""
    lines = [f"Sigill {pack.seal[:SHORT]}"] if pack.seal else []
    if pack.original and pack.seal:
        lines.append("Justerat original")
    return lines


def seal_note(doc: Document, pack: MeetingPack) -> list[Flowable]:
    """The closing note that explains the seal."""
    if not pack.seal:
        return []
    what = "det justerade originalet" if pack.original else "protokollet med dess rättelser"
    return [doc.space(4), doc.p(
        f"Sigill {pack.seal[:SHORT]} ({what}). Sigillet kan jämföras med databasen: "
        "'uppfoljning check' visar om något i protokollet har ändrats efter justeringen.", "small")]
