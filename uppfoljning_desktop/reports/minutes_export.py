"""The minutes as data (``uppfoljning meeting show --json``): per § the number, title,
motions, questions, votes with each member's answer, decision, reservations, notes and
who served at that § — the same facts the printed protokoll shows (KL 5:67)."""

from __future__ import annotations

import dataclasses
from typing import Any

from uppfoljning_desktop.domain.statutes import act_in_force
from uppfoljning_desktop.domain.voting import (
    Answer,
    QuestionKind,
    StatementKind,
    committee_word,
    describe_question,
)
from uppfoljning_desktop.reports import minutes_debate as debate
from uppfoljning_desktop.reports.meetings_common import MeetingPack, secrecy_text


def _iso(value: Any) -> str | None:
    return value.isoformat() if value is not None else None


def minutes_data(pack: MeetingPack, attendance_at: dict[int, list], public: bool = False) -> dict[str, Any]:
    """``attendance_at``: item id → the attendance at that § (``store.motions.list_attendance_at``)."""
    m = pack.meeting
    sections = []
    for number, item in enumerate(pack.items, start=1):
        assert item.id is not None
        head = f"§ {item.section_no}" if item.section_no else f"ärende {number}"
        entry: dict[str, Any] = {"number": number, "section": item.section_no}
        if public and item.confidential:
            entry["confidential"] = secrecy_text(item)
            sections.append(entry)
            continue
        d = pack.debate.get(item.id)
        motions = {x.id: x for x in d.motions if x.id is not None} if d else {}
        questions = []
        for q in (d.questions if d else []):
            yes = motions.get(q.yes_motion_id) if q.yes_motion_id else None
            no = motions.get(q.no_motion_id) if q.no_motion_id else None
            result = motions.get(q.decided_motion_id) if q.decided_motion_id else None
            qd: dict[str, Any] = {"kind": q.kind.value, "yes": yes.label() if yes else None,
                                  "no": no.label() if no else None, "decided": result.label() if result else None,
                                  "vote": q.vote}
            if q.kind is QuestionKind.ELECTION:
                qd.update(counts=q.counts, lots_winner=q.lots_winner or None)
            elif q.vote:
                n_yes = sum(1 for b in q.ballots if b.answer is Answer.YES)
                n_no = sum(1 for b in q.ballots if b.answer is Answer.NO)
                qd["votes"] = [{"name": b.name, "party": b.party, "answer": b.answer.value} for b in q.ballots]
                qd["count"] = {"ja": n_yes, "nej": n_no, "avstår": len(q.ballots) - n_yes - n_no,
                               "ordförandens_utslagsröst": n_yes == n_no}
            qd["printed"] = describe_question(q, motions, committee_word(pack.committee.name))
            questions.append(qd)
        statements = d.statements if d else []
        by_kind: dict[StatementKind, list[dict[str, Any]]] = {k: [] for k in StatementKind}
        for st in statements:
            by_kind[st.kind].append({"names": st.names, "group": st.group, "text": st.text, "written": st.written,
                                     "printed": st.describe(head)})
        quorum = pack.quorum_of(item)
        entry.update({
            "title": item.title,
            "case_number": item.case_number,
            "confidential": debate.secrecy_marking(item) if item.confidential else None,
            "immediate_adjustment": item.immediate_adjustment,
            "conflicts": pack.conflicts_of(item),
            "quorum": {"present": quorum.present, "seats": quorum.seats, "required": quorum.required, "ok": quorum.ok},
            "attendance": [{"name": a.name, "party": a.party, "status": a.status.value,
                            "replaces": a.replaces_name or None} for a in attendance_at.get(item.id, [])],
            "attendance_changes": debate.change_lines(pack, item, head),
            "motions": [{"mover": x.mover, "party": x.party, "kind": x.kind.value, "text": x.text,
                         "withdrawn": x.withdrawn, "printed": x.describe()} for x in (d.motions if d else [])],
            "questions": questions,
            "decision": debate.decision_text(pack, item),
            "reservations": by_kind[StatementKind.RESERVATION] + ([{"text": item.dissent}] if item.dissent.strip() else []),
            "notes": by_kind[StatementKind.NOTE] + ([{"text": item.notes}] if item.notes.strip() else []),
            "basis": debate.basis_lines(pack, item),
        })
        sections.append(entry)
    return {
        "committee": pack.committee.name,
        "date": m.date.isoformat(),
        "place": m.place,
        "start": m.start_time.strftime("%H:%M") if m.start_time else None,
        "end": pack.ended_at.strftime("%H:%M") if pack.ended_at else None,
        "law": act_in_force(m.date).name,
        "state": m.state.value,
        "finalised": m.minutes_finalised,
        "adjusters": m.adjusters,
        "adjustment": {"place": m.adjustment_place, "date": _iso(m.adjustment_date),
                       "time": pack.adjustment_time.strftime("%H:%M") if pack.adjustment_time else None},
        "posted_on": _iso(m.posted_on),
        "deadlines": {k: _iso(v) for k, v in dataclasses.asdict(pack.deadlines).items()},
        "attendance": [{"name": a.name, "party": a.party, "role": a.role, "status": a.status.value,
                        "replaces": a.replaces_name or None} for a in pack.attendance],
        "sections": sections,
    }
