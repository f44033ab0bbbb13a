"""Printed crisis meeting documents: the decision log, the full event log, the current
situation picture and the evaluation checklist after the event.

Corrections are shown, never hidden: a corrected entry is printed struck through with
"rättad genom nr N", and the correction says which entry it corrects. An exercise
carries the banner ÖVNING on every page.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Table, TableStyle

from uppfoljning_desktop.domain.crisis import (
    SITUATION_FIELDS,
    ChecklistSection,
    CrisisEvent,
    LogEntry,
    PlanContent,
    SituationPicture,
)
from uppfoljning_desktop.domain.crisis_log import corrected_by, decision_log
from uppfoljning_desktop.domain.dates import format_date_time_long
from uppfoljning_desktop.reports.base import (
    CONTENT_WIDTH,
    FONT,
    HEADER_FILL,
    LINE,
    STYLES,
    Document,
    Letterhead,
    load_letterhead,
)
from uppfoljning_desktop.reports.crisis import checklist_table


def _t(value: dt.datetime | None) -> str:
    return value.strftime("%Y-%m-%d %H:%M") if value else ""


def _hm(value: dt.datetime | None, day: dt.date | None = None) -> str:
    """"09:05" on the event's first day, else "2016-10-06 09:05"."""
    if value is None:
        return ""
    return value.strftime("%H:%M") if day is not None and value.date() == day else _t(value)


def _document(event: CrisisEvent, letterhead: Letterhead, title: str, kind: str) -> Document:
    return Document(
        letterhead,
        title=f"{title}: {event.name}",
        kind=kind,
        date=event.started_at.date() if event.started_at else None,
        reference=f"Händelse {event.id}",
        banner=event.banner,
    )


def _event_header(event: CrisisEvent, title: str) -> list[Flowable]:
    started = format_date_time_long(event.started_at.date(), event.started_at.time()) if event.started_at else ""
    lines = [f"Start: {started}"]
    if event.place:
        lines.append(f"Plats: {event.place}")
    if event.ended_at:
        lines.append(f"Avslutad: {_t(event.ended_at)}")
    out: list[Flowable] = [Document.p(f"{title}: {event.name}", "title")]
    if event.is_exercise:
        out.append(Document.p_markup("<b>ÖVNING</b> – inget i dokumentet gäller en verklig händelse.", "body"))
    out.append(Document.p("\n".join(lines), "body"))
    return out


def _cell(text: str, *, struck: bool = False, note: str = "") -> object:
    if not struck and not note:
        return text  # plain: log_table decides whether it needs wrapping
    body = escape(text).replace("\n", "<br/>")
    if struck:
        body = f"<strike>{body}</strike>"
    if note:
        body += f"<br/><font size='8'><i>{escape(note)}</i></font>"
    return Document.p_markup(body, "cell")


CELL_PADDING = 12  # left + right padding of a table cell (ReportLab's default 6 + 6)


def log_table(rows: list[list[object]], fractions: list[float]) -> Table:
    """The logs' table, built for speed: a cell whose text fits on one line is drawn as a
    plain string (no Paragraph to parse and wrap, the cost of a 500-entry log); longer
    text wraps as a Paragraph. Looks like ``Document.table``."""
    widths = [f * CONTENT_WIDTH for f in fractions]
    size = STYLES["cell"].fontSize
    data: list[list[object]] = []
    for r, row in enumerate(rows):
        out: list[object] = []
        for value, width in zip(row, widths, strict=True):
            if isinstance(value, Flowable):
                out.append(value)
            elif r == 0:
                out.append(Document.p(str(value), "cell_bold"))
            else:
                text = "" if value is None else str(value)
                fits = all(stringWidth(line, FONT, size) <= width - CELL_PADDING for line in text.split("\n"))
                out.append(text if fits else Document.p(text, "cell"))
        data.append(out)
    table = Table(data, colWidths=widths, repeatRows=1, hAlign="LEFT")
    table.setStyle(TableStyle([
        ("FONTNAME", (0, 1), (-1, -1), FONT),
        ("FONTSIZE", (0, 1), (-1, -1), size),
        ("LEADING", (0, 1), (-1, -1), STYLES["cell"].leading),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.3, LINE),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black),
    ]))
    return table


def _follow_up(e: LogEntry, day: dt.date | None) -> str:
    return "\n".join(x for x in (_hm(e.follow_up_at, day), e.status.value) if x)


def _correction_notes(e: LogEntry, by_id: dict[int, LogEntry], fixes: dict[int, list[LogEntry]]) -> tuple[bool, str]:
    notes = []
    if e.corrects_id is not None and e.corrects_id in by_id:
        notes.append(f"Rättelse av nr {by_id[e.corrects_id].number}.")
    later = fixes.get(e.id or 0, [])
    if later:
        notes.append("Rättad genom nr " + ", ".join(str(x.number) for x in later) + ".")
    return bool(later), " ".join(notes)


def decision_log_story(event: CrisisEvent, entries: list[LogEntry]) -> list[Flowable]:
    day = event.started_at.date() if event.started_at else None
    by_id = {e.id: e for e in entries if e.id is not None}
    fixes = corrected_by(entries)
    story = _event_header(event, "Beslutslogg")
    chains = decision_log(entries)
    if not chains:
        return [*story, Document.p("Inga beslut är loggade.", "body")]
    rows: list[list[object]] = [["Nr", "Tid", "Beslut", "Beslutat av", "Ansvarig", "Uppföljning"]]
    for chain in chains:
        for e in chain.entries:
            struck, note = _correction_notes(e, by_id, fixes)
            rows.append([str(e.number), _hm(e.created_at, day), _cell(e.text, struck=struck, note=note),
                         e.decided_by, e.responsible, _follow_up(e, day)])
    story.append(log_table(rows, [0.06, 0.09, 0.41, 0.14, 0.14, 0.16]))
    story.append(Document.p(f"{len(chains)} beslut. Utskrivet {_t(dt.datetime.now())}.", "small"))
    return story


def event_log_story(event: CrisisEvent, entries: list[LogEntry]) -> list[Flowable]:
    day = event.started_at.date() if event.started_at else None
    by_id = {e.id: e for e in entries if e.id is not None}
    fixes = corrected_by(entries)
    story = _event_header(event, "Händelselogg")
    if not entries:
        return [*story, Document.p("Loggen är tom.", "body")]
    rows: list[list[object]] = [["Nr", "Tid", "Typ", "Text", "Från, till, beslut, ansvar", "Uppföljning"]]
    for e in sorted(entries, key=lambda x: x.number):
        struck, note = _correction_notes(e, by_id, fixes)
        who = "\n".join(x for x in (e.from_whom and f"från {e.from_whom}", e.to_whom and f"till {e.to_whom}",
                                    e.decided_by and f"beslut: {e.decided_by}",
                                    e.responsible and f"ansvar: {e.responsible}") if x)
        rows.append([str(e.number), _hm(e.created_at, day), e.entry_type.value,
                     _cell(e.text, struck=struck, note=note), who, _follow_up(e, day)])
    story.append(log_table(rows, [0.055, 0.075, 0.12, 0.385, 0.225, 0.14]))
    story.append(Document.p(f"{len(entries)} loggposter. Utskrivet {_t(dt.datetime.now())}.", "small"))
    return story


def situation_story(event: CrisisEvent, pictures: list[SituationPicture]) -> list[Flowable]:
    story = _event_header(event, "Lägesbild")
    if not pictures:
        return [*story, Document.p("Ingen lägesbild är sparad.", "body")]
    current = pictures[-1]
    story.append(Document.p(f"Version {current.version}, sparad {_t(current.created_at)}", "h2"))
    rows = [[Document.p(label, "cell_bold"), _cell(getattr(current, attr) or "–")]
            for attr, label, _ in SITUATION_FIELDS]
    story.append(Document.table(rows, [0.2, 0.8], header=False))
    if len(pictures) > 1:
        story.append(Document.p("Tidigare versioner: " + ", ".join(
            f"{p.version} ({_t(p.created_at)})" for p in pictures[:-1]), "small"))
    return story


def evaluation_story(event: CrisisEvent, entries: list[LogEntry], content: PlanContent | None) -> list[Flowable]:
    story = _event_header(event, "Utvärdering")
    decisions = decision_log(entries)
    story.append(Document.p(
        f"Underlag: händelseloggen med {len(entries)} poster, varav {len(decisions)} beslut. "
        "Skriv ut beslutsloggen och händelseloggen och ta med dem till utvärderingen.", "body"))
    if content is None:
        story.append(Document.p("Ingen krisplan finns: utvärderingschecklistan saknas.", "body"))
    else:
        story.append(Document.p(ChecklistSection.EVALUATION.heading, "h1"))
        story.append(checklist_table(content, ChecklistSection.EVALUATION, notes=True))
    story.append(Document.p("Beslut om åtgärder efter utvärderingen", "h2"))
    story.append(Document.table([["Åtgärd", "Ansvarig", "Klart senast"]] + [["", "", ""] for _ in range(5)],
                                [0.6, 0.22, 0.18]))
    return story


# ---------------------------------------------------------------- documents

EVENT_KINDS = {
    "beslutslogg": ("Beslutslogg", "BESLUTSLOGG"),
    "handelselogg": ("Händelselogg", "HÄNDELSELOGG"),
    "lagesbild": ("Lägesbild", "LÄGESBILD"),
    "utvardering": ("Utvärdering", "UTVÄRDERING"),
}


def render_event_kind(db, kind: str, event_id: int, target: Path | str | None = None) -> bytes:
    """Load event ``event_id`` from ``db`` and print ``kind`` (a key of ``EVENT_KINDS``)."""
    from uppfoljning_desktop.errors import NotFound
    from uppfoljning_desktop.store import crisis as plan_store
    from uppfoljning_desktop.store import crisis_log as log_store

    event = log_store.get_event(db, event_id)
    title, doc_kind = EVENT_KINDS[kind]
    doc = _document(event, load_letterhead(db), title, doc_kind)
    if kind == "lagesbild":
        story = situation_story(event, log_store.list_situation_pictures(db, event_id))
    else:
        entries = log_store.list_log_entries(db, event_id)
        if kind == "beslutslogg":
            story = decision_log_story(event, entries)
        elif kind == "handelselogg":
            story = event_log_story(event, entries)
        else:
            try:
                content = plan_store.load_plan_content(db, event.plan_id)
            except NotFound:
                content = None
            story = evaluation_story(event, entries, content)
        if kind in ("beslutslogg", "handelselogg"):
            story += _seal(doc, db, event_id, entries)
    return doc.build(story, target)


def _seal(doc: Document, db, event_id: int, entries: list[LogEntry]) -> list[Flowable]:
    """The log's short seal (store.seals) in the header and at the end: it covers every
    entry up to the last, so a paper copy can be held against the file later."""
    from uppfoljning_desktop.store import seals

    seal = seals.event_seal(db, event_id)
    if not seal or not entries:
        return []
    doc.extra_header = [*doc.extra_header, f"Sigill {seals.short(seal)}"]
    return [doc.space(4), doc.p(
        f"Sigill {seals.short(seal)}: täcker loggens poster 1–{entries[-1].number}. 'uppfoljning check' visar om "
        "någon post har ändrats, tagits bort eller lagts till i efterhand.", "small")]
