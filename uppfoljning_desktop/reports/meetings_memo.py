"""Tjänsteskrivelse (service memo) per item, as in the seed: reference and recipient,
title, "Förslag till beslut", "Sammanfattning", "Ärendet", "Bilaga", the two signing
officials, "Expedieras till" and the administration's letterhead footer."""

from __future__ import annotations

from reportlab.platypus import Flowable

from uppfoljning_desktop.domain.meetings import AgendaItem
from uppfoljning_desktop.reports.base import Document
from uppfoljning_desktop.reports.meetings_common import (
    MeetingPack,
    is_masked,
    secrecy_text,
    split_signer,
)


def has_memo(item: AgendaItem, pack: MeetingPack) -> bool:
    """Standing items without any text get no memo page in the bundle."""
    return bool(item.proposal.strip() or item.summary.strip() or item.body.strip() or pack.attachments_of(item))


def memo_document(pack: MeetingPack, item: AgendaItem, public: bool = False) -> Document:
    masked = is_masked(item, public)
    return Document(
        pack.letterhead,
        title=f"Tjänsteskrivelse {'' if masked else item.title}".strip(),
        kind="TJÄNSTESKRIVELSE",
        date=item.memo_date or pack.meeting.notice_sent_on or pack.deadlines.notice_by,
        reference="" if masked or not item.case_number else f"Dnr {item.case_number}",
        author=pack.letterhead.administration if masked else item.officer or pack.letterhead.administration,
        banner="OFFENTLIG VERSION" if public else "",
    )


def memo_story(doc: Document, pack: MeetingPack, item: AgendaItem, public: bool = False) -> list[Flowable]:
    n = pack.number_of(item)
    if is_masked(item, public):
        return [doc.p(f"Ärende {n}", "h1"), doc.masked(secrecy_text(item))]
    story: list[Flowable] = [
        doc.table(
            [["Referens", "Mottagare"], [item.officer or "–", item.recipient or pack.committee.name]],
            [0.5, 0.5], header=True,
        ),
        doc.space(6),
        doc.p(item.title, "title"),
    ]
    if item.confidential:
        story.append(doc.p(
            f"{secrecy_text(item)}, sekretessmarkerat {item.confidential_on.isoformat() if item.confidential_on else ''}"
            f" av {item.confidential_by or 'okänd'}", "mask"))
    sections = (("Förslag till beslut", item.proposal), ("Sammanfattning", item.summary), ("Ärendet", item.body))
    for heading, text in sections:
        if text.strip():
            story.append(doc.p(heading, "h2"))
            story += doc.text_blocks(text)
    attachments = pack.attachments_of(item)
    if attachments:
        story.append(doc.p("Bilaga" if len(attachments) == 1 else "Bilagor", "h2"))
        story += [doc.p(f"{a.title}" + ("" if len(attachments) == 1 else f" (bilaga {i})")) for i, a in enumerate(attachments, 1)]
    signers = [split_signer(s) for s in (item.signer1, item.signer2) if s.strip()]
    if signers:
        story.append(doc.signatures(signers))
    if item.distribution.strip():
        story.append(doc.space(6))
        story.append(doc.p("_________", "small"))
        story.append(doc.p("Expedieras till", "label"))
        story += [doc.p(line.strip()) for line in item.distribution.splitlines() if line.strip()]
    return story


def render_memo(pack: MeetingPack, item: AgendaItem, public: bool = False) -> bytes:
    doc = memo_document(pack, item, public)
    return doc.build(memo_story(doc, pack, item, public))
