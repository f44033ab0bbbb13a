"""Protokoll and protokollsutdrag: attendance, adjusters, each § with its decision,
dissent and notes, signature lines, and the posting certificate (anslag) with the dates
computed in ``domain.deadlines`` (KL 5:66-69, 8:12, 13:5)."""

from __future__ import annotations

from reportlab.platypus import Flowable, KeepTogether

from uppfoljning_desktop.domain.dates import format_date_time_long, format_day_month, format_time
from uppfoljning_desktop.domain.meetings import (
    AgendaItem,
    AttendanceStatus,
    ItemStatus,
)
from uppfoljning_desktop.domain.statutes import act_in_force
from uppfoljning_desktop.domain.voting import section_span
from uppfoljning_desktop.errors import UserError
from uppfoljning_desktop.reports import minutes_debate as debate
from uppfoljning_desktop.reports.base import Document
from uppfoljning_desktop.reports.meetings_common import MeetingPack, is_masked, iso, secrecy_text
from uppfoljning_desktop.reports.minutes_record import (
    correction_notes,
    seal_header,
    seal_note,
    shown_item,
)


def _require_final(pack: MeetingPack) -> None:
    if not pack.meeting.minutes_finalised:
        raise UserError(
            f"Protokollet från {pack.meeting.date.isoformat()} är inte färdigställt.",
            hint="Färdigställ protokollet (då får ärendena sina paragrafnummer) och skriv sedan ut det.",
        )


def _doc(pack: MeetingPack, kind: str, public: bool, reference: str = "", attest: bool = False) -> Document:
    m = pack.meeting
    return Document(
        pack.letterhead, title=f"{kind.capitalize()} {pack.committee.name} {m.date.isoformat()}", kind=kind,
        date=m.date, reference=reference, author=pack.secretary.name if pack.secretary else "",
        banner="OFFENTLIG VERSION" if public else "", extra_header=seal_header(pack),
        # "Justerandes signatur" on every page: the chair and each adjuster initial it
        page_extras=debate.signature_boxes(["Ordförande", *m.adjusters], attest=attest),
        reserve_bottom_mm=debate.SIGNATURE_RESERVE_MM,
    )


def _who(a) -> str:
    party = f" ({a.party})" if a.party else ""
    return f"{a.name}{party}"


def _serving_sections(pack: MeetingPack) -> dict[str, list[int]]:
    """name → the §§ where the person serves (attendance changes applied)."""
    out: dict[str, list[int]] = {}
    for item in pack.items:
        if item.section_no is None or item.id is None:
            continue
        for a in pack.attendance_at.get(item.id, []):
            if a.status.serves:
                out.setdefault(a.name, []).append(item.section_no)
    return out


def _attendance_rows(pack: MeetingPack) -> list[list[str]]:
    deciding, substitutes, others, absent = [], [], [], []
    serving = _serving_sections(pack)
    every = [i.section_no for i in pack.items if i.section_no is not None]

    def span(a) -> str:
        """", §§ 1–8" for someone who did not serve throughout (left, or stepped in)."""
        mine = serving.get(a.name, [])
        return f", {section_span(mine)}" if mine and every and sorted(mine) != sorted(every) else ""

    for a in pack.attendance:
        if a.status is AttendanceStatus.PRESENT:
            deciding.append(_who(a) + (f", {a.role}" if a.role in ("ordförande", "vice ordförande") else "") + span(a))
        elif a.status is AttendanceStatus.SERVING_SUBSTITUTE:
            deciding.append(f"{_who(a)}, tjänstgörande ersättare för {a.replaces_name}{span(a)}")
        elif a.status is AttendanceStatus.NON_SERVING_SUBSTITUTE:
            substitutes.append(_who(a))
            if serving.get(a.name):  # stepped in for some §§ (e.g. for a member with jäv)
                replaced = {x.replaces_name for i in pack.items if i.id is not None
                            for x in pack.attendance_at.get(i.id, []) if x.name == a.name and x.replaces_name}
                deciding.append(f"{_who(a)}, tjänstgörande ersättare"
                                + (f" för {', '.join(sorted(replaced))}" if replaced else "") + span(a))
        elif a.status is AttendanceStatus.OTHER:
            others.append(a.name + (f", {a.role}" if a.role else ""))
        else:
            absent.append(_who(a))
    rows = [["Beslutande", "\n".join(deciding) or "–"]]
    if substitutes:
        rows.append(["Ej tjänstgörande ersättare", "\n".join(substitutes)])
    if others:
        rows.append(["Övriga närvarande", "\n".join(others)])
    if absent:
        rows.append(["Frånvarande", "\n".join(absent)])
    return rows


def _range(pack: MeetingPack) -> str:
    nos = [i.section_no for i in pack.items if i.section_no is not None]
    if not nos:
        return "–"
    return f"§ {nos[0]}" if len(nos) == 1 else f"§§ {min(nos)}–{max(nos)}"


def _certificate(doc: Document, pack: MeetingPack) -> list[Flowable]:
    d = pack.deadlines
    m = pack.meeting
    law = act_in_force(m.date)
    rows = [
        ["Organ", pack.committee.name],
        ["Sammanträdesdatum", m.date.isoformat()],
        ["Justerat", iso(m.adjustment_date) if m.adjustment_date else f"senast {d.adjust_by.isoformat()}"],
        ["Anslaget sätts upp", iso(m.posted_on) if m.posted_on else f"senast {iso(d.post_by)}"],
        ["Sista dag för överklagande", iso(d.appeal_until)],
        ["Anslaget tas ned tidigast", iso(d.take_down_from)],
        ["Förvaringsplats för protokollet", m.minutes_kept_at or pack.letterhead.administration],
    ]
    sec = pack.secretary.name if pack.secretary else ""
    return [KeepTogether([
        doc.p("Bevis om anslag", "h2"),
        doc.p("Protokollet är justerat. Justeringen har tillkännagivits genom anslag på kommunens "
              f"anslagstavla ({law.posting_text()}). {law.appeal_text()} ska ha kommit in inom tre veckor "
              f"från den dag anslaget sattes upp ({law.appeal_section} {law.name}).", "small"),
        doc.table(rows, [0.38, 0.62], header=False),
        *([doc.p(note, "small")] if (note := debate.moved_note(d)) else []),
        doc.signatures([(sec, "Underskrift")], lines=True),
    ])]


def _section(doc: Document, pack: MeetingPack, item: AgendaItem, public: bool) -> list[Flowable]:
    item = shown_item(pack, item)  # after any rättelse (minutes_record)
    head = f"§ {item.section_no}"
    if is_masked(item, public):
        return [KeepTogether([doc.p(head, "h2"), doc.masked(secrecy_text(item))])]
    block: list[Flowable] = [doc.p(f"{head}\u2003{item.title_with_case()}", "h2")]
    if item.confidential:  # internal version: the marking OSL 5:5 asks for
        block.append(doc.p(debate.secrecy_marking(item), "mask"))
    block += [doc.p(line, "small") for line in debate.change_lines(pack, item, head)]
    conflicts = pack.conflicts_of(item)
    if conflicts:
        block.append(doc.p(f"{', '.join(conflicts)} anmäler jäv och deltar inte i handläggningen.", "small"))
    q = pack.quorum_of(item)
    if not q.ok:
        block.append(doc.p(f"Observera: {q.describe()}.", "mask"))
    block.append(doc.p("Beslut", "label"))
    block += doc.text_blocks(debate.decision_text(pack, item)
                             or ("Ärendet bordläggs." if item.status is ItemStatus.POSTPONED else "–"))
    block += correction_notes(doc, pack, item)
    if item.summary.strip():
        block.append(doc.p("Sammanfattning", "label"))
        block += doc.text_blocks(item.summary)
    basis = debate.basis_lines(pack, item)
    if basis:
        block.append(doc.p("Beslutsunderlag", "label"))
        block.append(doc.bullets(basis))
    block += debate.debate_blocks(doc, pack, item, head)
    if item.dissent.strip():
        block.append(doc.p("Reservation", "label"))
        block += doc.text_blocks(item.dissent)
    if item.notes.strip():
        block.append(doc.p("Protokollsanteckning", "label"))
        block += doc.text_blocks(item.notes)
    if item.immediate_adjustment:
        block += _immediate(doc, pack, item)
    if item.distribution.strip():
        block.append(doc.p("Expedieras till: " + ", ".join(x.strip() for x in item.distribution.splitlines() if x.strip()), "small"))
    return [KeepTogether(block[:4]), *block[4:]]


def _immediate(doc: Document, pack: MeetingPack, item: AgendaItem) -> list[Flowable]:
    """An immediately adjusted § carries its own signatures and posting line (practice):
    it is public and appealable from its own posting."""
    d = pack.deadlines_of(item)
    m = pack.meeting
    law = act_in_force(m.date)
    out: list[Flowable] = [doc.p("Paragrafen justeras omedelbart.", "label")]
    people = [(pack.chair[0], "Ordförande")] + [(a, "Justerare") for a in m.adjusters]
    out.append(doc.signatures(people, lines=True))
    if d is not None:
        posted = f"Anslaget sattes upp {iso(item.immediate_posted_on)}" if item.immediate_posted_on \
            else f"Anslås senast {iso(d.post_by)}"
        out.append(doc.p(f"Justerad {m.date.isoformat()}. {posted}; sista dag för överklagande "
                         f"{iso(d.appeal_until)} ({law.appeal_section} {law.name}); anslaget tas ned tidigast "
                         f"{iso(d.take_down_from)}.", "small"))
        note = debate.moved_note(d)
        if note:
            out.append(doc.p(note, "small"))
    return [KeepTogether(out)]


def _adjusters(pack: MeetingPack) -> list[tuple[str, str]]:
    sec = pack.secretary.name if pack.secretary else ""
    return [(sec, "Sekreterare"), (pack.chair[0], "Ordförande")] + [(a, "Justerare") for a in pack.meeting.adjusters]


def render_minutes(pack: MeetingPack, public: bool = False) -> bytes:
    """Protokoll (the public version masks confidential §§)."""
    _require_final(pack)
    m = pack.meeting
    doc = _doc(pack, "PROTOKOLL", public, _range(pack))
    adj = m.adjustment_date
    ended = f"–{format_time(pack.ended_at)}" if pack.ended_at else ""
    adj_time = f", kl. {format_time(pack.adjustment_time)}" if adj and pack.adjustment_time else ""
    story: list[Flowable] = [
        doc.p(pack.committee.name, "title"),
        doc.table([["Plats och tid", f"{m.place}, {format_date_time_long(m.date, m.start_time)}{ended}"]]
                  + _attendance_rows(pack)
                  + [["Justerare", ", ".join(m.adjusters) or "–"],
                     ["Justeringens plats och tid",
                      ", ".join(x for x in (m.adjustment_place, (format_day_month(adj) + adj_time) if adj else "") if x) or "–"],
                     ["Paragrafer", _range(pack)]],
                  [0.3, 0.7], header=False),
        doc.p("Underskrifter", "h2"),
        doc.signatures(_adjusters(pack)[:2], lines=True),
        doc.signatures(_adjusters(pack)[2:] or [("", "Justerare")], lines=True),
        doc.space(4),
        *_certificate(doc, pack),
    ]
    from reportlab.platypus import PageBreak

    story.append(PageBreak())
    for item in pack.items:
        story += _section(doc, pack, item, public)
    story += seal_note(doc, pack)
    return doc.build(story)


def render_extract(pack: MeetingPack, item: AgendaItem, public: bool = False) -> bytes:
    """Protokollsutdrag: one § with the meeting's header and an attestation line."""
    _require_final(pack)
    if item.section_no is None:
        raise UserError(f"Ärendet \"{item.title}\" har ingen paragraf i protokollet.",
                        hint="Bara behandlade ärenden (inte flyttade) får protokollsutdrag.")
    m = pack.meeting
    doc = _doc(pack, "PROTOKOLLSUTDRAG", public, f"§ {item.section_no}", attest=True)
    d = pack.deadlines_of(item) if item.immediate_adjustment else pack.deadlines
    adjusted = m.date if item.immediate_adjustment else m.adjustment_date
    posted = item.immediate_posted_on if item.immediate_adjustment else m.posted_on
    story: list[Flowable] = [
        doc.p(pack.committee.name, "title"),
        doc.table([
            ["Sammanträdesdatum", m.date.isoformat()],
            ["Justerat", iso(adjusted) if adjusted else f"senast {iso(d.adjust_by if d else None)}"],
            ["Anslaget", f"{iso(posted)} – {iso(d.take_down_from if d else None)}" if posted
             else f"senast {iso(d.post_by if d else None)}"],
            ["Sista dag för överklagande", iso(d.appeal_until if d else None)],
        ], [0.38, 0.62], header=False),
        *_section(doc, pack, item, public),
        doc.space(6),
        doc.signatures([(a, "Justerandes signatur") for a in m.adjusters[:2]] or [("", "Justerandes signatur")], lines=True),
        doc.signatures([(pack.secretary.name if pack.secretary else "", "Utdragsbestyrkande")], lines=True),
        *seal_note(doc, pack),
    ]
    return doc.build(story)
