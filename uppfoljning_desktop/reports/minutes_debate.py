"""The parts of a protokoll that KL 5:67 (via 6:35) asks for per §, printed as practice
prints them: motions (yrkanden, withdrawn ones left out), the order of putting them
(beslutsgång), the roll-call table of a vote, reservations and protokollsanteckningar by
name, attendance changes from the §, the decision basis (beslutsunderlag), the secrecy
marking (OSL 5:5) in internal versions, and the "Justerandes signatur" boxes drawn on
every page."""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import Flowable, KeepTogether

from uppfoljning_desktop.domain.deadlines import Deadlines, moved_deadlines
from uppfoljning_desktop.domain.meetings import AgendaItem, ItemKind
from uppfoljning_desktop.domain.statutes import DEADLINE_LAW
from uppfoljning_desktop.domain.voting import (
    Answer,
    ItemMinutes,
    Motion,
    Question,
    QuestionKind,
    StatementKind,
    adjusters_decision,
    committee_word,
    describe_change,
    describe_question,
)
from uppfoljning_desktop.reports.base import FONT, MARGIN_BOTTOM, MARGIN_LEFT, Document
from uppfoljning_desktop.reports.meetings_common import MeetingPack, iso

SIGNATURE_RESERVE_MM = 16


def signature_boxes(labels: list[str], attest: bool = False):
    """A page decoration: one box per adjuster ("Justerandes signatur") and, on
    extracts, an "Utdragsbestyrkande" box, above the footer."""

    def draw(canvas: rl_canvas.Canvas) -> None:
        n = len(labels) + (1 if attest else 0)
        width = 32 * mm
        height = 10 * mm
        y = MARGIN_BOTTOM - 5 * mm
        canvas.setStrokeColor(colors.black)
        canvas.setLineWidth(0.5)
        for i in range(n):
            x = MARGIN_LEFT + i * (width + 4 * mm)
            canvas.rect(x, y, width, height)
            canvas.setFont(FONT, 6.5)
            canvas.drawString(x + 1.5 * mm, y + height - 3 * mm,
                              "Utdragsbestyrkande" if i == len(labels) else "Justerandes signatur")

    return draw


def _who_list(motions: list[Motion]) -> list[str]:
    return [m.describe() for m in motions if not m.withdrawn]


def _vote_table(doc: Document, q: Question, motions: dict[int, Motion], committee: str) -> list[Flowable]:
    yes = motions.get(q.yes_motion_id) if q.yes_motion_id else None
    no = motions.get(q.no_motion_id) if q.no_motion_id else None
    rows: list[list[str]] = [["Ledamot/tjänstgörande ersättare", "Parti", "Ja", "Nej", "Avstår"]]
    for b in q.ballots:
        rows.append([b.name, b.party, "X" if b.answer is Answer.YES else "", "X" if b.answer is Answer.NO else "",
                     "X" if b.answer is Answer.ABSTAIN else ""])
    n_yes = sum(1 for b in q.ballots if b.answer is Answer.YES)
    n_no = sum(1 for b in q.ballots if b.answer is Answer.NO)
    n_ab = len(q.ballots) - n_yes - n_no
    rows.append(["Summa", "", str(n_yes), str(n_no), str(n_ab)])
    out: list[Flowable] = [doc.p("Omröstningsresultat", "label"),
                           doc.table(rows, [0.5, 0.14, 0.12, 0.12, 0.12],
                                     extra_styles=[("LINEABOVE", (0, -1), (-1, -1), 0.8, colors.black)])]
    if yes is not None and no is not None:
        side = yes if q.result_motion_id == q.yes_motion_id else no
        text = f"Med {n_yes} ja-röster mot {n_no} nej-röster"
        if n_ab:
            text += f" ({n_ab} avstår)"
        if n_yes == n_no:
            text += " och ordförandens utslagsröst"
        out.append(doc.p(f"{text} beslutar {committee} enligt {side.label()}.", "body"))
    return [KeepTogether(out)]  # the roll call is read as one table


def basis_lines(pack: MeetingPack, item: AgendaItem) -> list[str]:
    """Beslutsunderlag: the memo and the attachments."""
    lines = []
    if item.memo_date is not None and (item.proposal.strip() or item.body.strip()):
        lines.append(f"Tjänsteskrivelse {item.memo_date.isoformat()}")
    lines += [a.title for a in pack.attachments_of(item)]
    return lines


def secrecy_marking(item: AgendaItem) -> str:
    """OSL 5:5: the provision, the date and who marked it (internal versions)."""
    text = f"Sekretess enligt {item.osl_provision.strip() or 'OSL'}"
    extra = ", ".join(x for x in (iso(item.confidential_on) if item.confidential_on else "", item.confidential_by.strip()) if x)
    return f"{text} ({extra})" if extra else text


def decision_text(pack: MeetingPack, item: AgendaItem) -> str:
    """The printed decision; § Val av justerare names the adjusters, place and time."""
    if item.decision.strip():
        return item.decision
    if item.kind is ItemKind.ELECTION and item.title.casefold().startswith("val av justerare"):
        m = pack.meeting
        return adjusters_decision(pack.committee.name, m.adjusters, m.adjustment_place, m.adjustment_date,
                                  pack.adjustment_time)
    return ""


def debate_blocks(doc: Document, pack: MeetingPack, item: AgendaItem, section: str) -> list[Flowable]:
    """Yrkanden, beslutsgång with the voting tables, reservations and notes by name."""
    d: ItemMinutes | None = pack.debate.get(item.id) if item.id is not None else None
    if d is None:
        return []
    committee = committee_word(pack.committee.name)
    motions = {m.id: m for m in d.motions if m.id is not None}
    out: list[Flowable] = []
    shown = _who_list(d.motions)
    if shown:
        out.append(doc.p("Yrkanden", "label"))
        out += [doc.p(line) for line in shown]
    if d.questions:
        out.append(doc.p("Beslutsgång", "label"))
        for q in d.questions:
            out += [doc.p(line) for line in describe_question(q, motions, committee)]
            if q.vote and q.ballots and q.kind is not QuestionKind.ELECTION:
                out += _vote_table(doc, q, motions, committee)
    for kind, heading in ((StatementKind.RESERVATION, "Reservation"), (StatementKind.NOTE, "Protokollsanteckning")):
        statements = [s for s in d.statements if s.kind is kind]
        if statements:
            out.append(doc.p(heading, "label"))
            out += [doc.p(s.describe(section)) for s in statements]
    return out


def change_lines(pack: MeetingPack, item: AgendaItem, section: str) -> list[str]:
    d = pack.debate.get(item.id) if item.id is not None else None
    return [describe_change(c, section) for c in d.changes] if d else []


def moved_note(d: Deadlines) -> str:
    """"Sista dag för anslag (lördag 24 september) flyttas till 2016-09-26 enligt lagen (1930:173) …"."""
    moves = moved_deadlines(d)
    if not moves:
        return ""
    parts = [f"{what} {day.isoformat()} → {moved.isoformat()}" for what, day, moved in moves]
    return ("Sista dag som infaller på lördag, söndag eller helgdag flyttas till närmast följande vardag enligt "
            f"{DEADLINE_LAW} ({'; '.join(parts)}).")

