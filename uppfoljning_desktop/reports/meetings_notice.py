"""Kallelse med föredragningslista and ordförandeförslag, laid out as in the seed
bundle (Botkyrka, 22 September 2016): "Tid", "Plats", the numbered items with their dnr,
the group meetings and practical notes, who to call about absence, signatures."""

from __future__ import annotations

from reportlab.platypus import Flowable, KeepTogether

from uppfoljning_desktop.domain.dates import format_date_time_long, format_time
from uppfoljning_desktop.domain.meetings import default_decision
from uppfoljning_desktop.reports.base import Document
from uppfoljning_desktop.reports.meetings_common import MeetingPack, is_masked, secrecy_text

PUBLIC_BANNER = "OFFENTLIG VERSION"


def _doc(pack: MeetingPack, title: str, kind: str, public: bool) -> Document:
    m = pack.meeting
    return Document(
        pack.letterhead,
        title=f"{title} {pack.committee.name} {m.date.isoformat()}",
        kind=kind,
        date=m.notice_sent_on or pack.deadlines.notice_by or m.date,
        author=pack.secretary.name if pack.secretary else "",
        subject=f"{title}, sammanträde {m.date.isoformat()}",
        banner=PUBLIC_BANNER if public else "",
    )


def agenda_lines(pack: MeetingPack, public: bool) -> list[str]:
    out = []
    for n, item in enumerate(pack.items, start=1):
        text = secrecy_text(item) if is_masked(item, public) else item.title_with_case()
        if item.status.value == "bordlagt":
            text += " (bordlagt)"
        out.append(f"{n}\u2003{text}")
    return out


def notice_story(doc: Document, pack: MeetingPack, public: bool = False) -> list[Flowable]:
    m = pack.meeting
    story: list[Flowable] = [
        doc.p(pack.committee.name, "title"),
        doc.table(
            [["Tid", format_date_time_long(m.date, m.start_time).capitalize()], ["Plats", m.place or "–"]],
            [0.15, 0.85], header=False,
        ),
        doc.space(4),
        doc.p("Ärenden", "h1"),
    ]
    for line in agenda_lines(pack, public):
        story.append(doc.p(line, "body"))
    story.append(doc.space(4))
    if m.group_meetings_time or m.group_meetings:
        when = f" börjar kl. {format_time(m.group_meetings_time)}" if m.group_meetings_time else ""
        story.append(doc.p(f"Gruppmötena{when}", "label"))
        story.append(doc.bullets([f"{g.group} sitter i {g.room}" for g in m.group_meetings]))
    if m.practical_notes:
        story += doc.text_blocks(m.practical_notes)
    c = pack.absence_contact
    if c is not None:
        how = " eller ".join(x for x in (f"på telefon {c.phone}" if c.phone else "", c.email) if x)
        story.append(doc.p(f"Anmäl eventuellt förhinder till {c.name} {how}.".replace("  ", " ")))
    story.append(doc.space(3))
    story.append(doc.p("Välkommen!", "label"))
    people = [pack.chair]
    if pack.secretary is not None:
        people.append((pack.secretary.name, pack.secretary.title or "Nämndsekreterare"))
    story.append(doc.signatures(people))
    return story


def render_notice(pack: MeetingPack, public: bool = False) -> bytes:
    """Kallelse med föredragningslista."""
    doc = _doc(pack, "Kallelse", "KALLELSE", public)
    return doc.build(notice_story(doc, pack, public))


def render_chair_proposals(pack: MeetingPack, public: bool = False) -> bytes:
    """Ordförandeförslag: per item its number, title (dnr), "Beslut" and summary."""
    doc = _doc(pack, "Ordförandeförslag", "ORDFÖRANDEFÖRSLAG", public)
    story: list[Flowable] = [doc.p(pack.committee.name, "title")]
    for n, item in enumerate(pack.items, start=1):
        if is_masked(item, public):
            story.append(KeepTogether([doc.p(f"{n}", "h2"), doc.masked(secrecy_text(item))]))
            continue
        block: list[Flowable] = [doc.p(f"{n}\u2003{item.title_with_case()}", "h2"), doc.p("Beslut", "label")]
        block.append(doc.p(default_decision(item, pack.committee.name) or "–"))
        if item.summary.strip():
            block.append(doc.p("Sammanfattning", "label"))
            block += doc.text_blocks(item.summary)
        story.append(KeepTogether(block[:4]))
        story += block[4:]
    return doc.build(story)
