"""Printed crisis plan: the whole plan, role cards (one per page), the contact list, and
the offline copy for the crisis binder (plan + role cards + contact list in one PDF).

A contact list with private numbers is marked on every page as holding personal data
and not for distribution; the version without them leaves the private columns out
altogether. Event documents (logs, situation picture, evaluation) are in
``reports/crisis_event.py``.
"""

from __future__ import annotations

from pathlib import Path

from reportlab.platypus import Flowable, KeepTogether, PageBreak

from uppfoljning_desktop.domain.crisis import (
    ChecklistSection,
    ContactCategory,
    GroupFunction,
    PlanContent,
    RoleCard,
)
from uppfoljning_desktop.reports.base import Document, Letterhead, load_letterhead

PRIVATE_BANNER = "PERSONUPPGIFTER – FÅR INTE SPRIDAS"
PRIVATE_NOTICE = (
    "Listan innehåller privata telefonnummer och e-postadresser till krisledningsgruppen. "
    "Den är personuppgifter och får bara användas i krisledningsarbetet: sprid den inte, "
    "förvara den inlåst i krispärmen och förstör äldre utskrifter när en ny skrivs ut."
)
NO_PRIVATE_NOTE = "Versionen utan privata telefonnummer och e-postadresser."

UNDER_CRISIS = [
    ChecklistSection.ALARM,
    ChecklistSection.RECEIVING,
    ChecklistSection.ASSESSMENT,
    ChecklistSection.SERIOUS_EVENT,
    ChecklistSection.GROUP_ASSEMBLED,
]


def _status_line(content: PlanContent) -> str:
    plan = content.plan
    adopted = (f"Fastställd {plan.adopted_on.isoformat()}" if plan.adopted_on else "Ej fastställd")
    if plan.decision_reference:
        adopted += f" ({plan.decision_reference})"
    return f"Version {plan.version} · {adopted}"


def _document(content: PlanContent, letterhead: Letterhead, title: str, kind: str, banner: str = "") -> Document:
    return Document(
        letterhead,
        title=title,
        kind=kind,
        date=content.plan.adopted_on,
        reference=content.plan.decision_reference,
        banner=banner,
        extra_header=[f"Version {content.plan.version}"],
    )


# ---------------------------------------------------------------- parts


def checklist_table(content: PlanContent, section: ChecklistSection, *, notes: bool = False) -> Flowable:
    steps = content.steps_in(section)
    if not steps:
        return Document.p("(Inga steg i den här checklistan.)", "small")
    if notes:
        rows = [["Nr", "Steg", "Ansvarig", "Sign", "Anteckningar"]]
        rows += [[str(i), s.text, s.responsible, "", ""] for i, s in enumerate(steps, 1)]
        return Document.table(rows, [0.06, 0.44, 0.17, 0.08, 0.25])
    rows = [["Nr", "Steg", "Ansvarig", "Sign"]]
    rows += [[str(i), s.text, s.responsible, ""] for i, s in enumerate(steps, 1)]
    return Document.table(rows, [0.06, 0.64, 0.2, 0.1])


def role_card_flowables(card: RoleCard, number: str = "") -> list[Flowable]:
    heading = f"{number} Rollkort: {card.function}".strip()
    out: list[Flowable] = [Document.p(heading, "h1")]
    if card.purpose:
        out.append(Document.p(card.purpose, "body"))
    if card.task_list:
        out.append(Document.p("Uppgifter", "h3"))
        out.append(Document.bullets(card.task_list))
    return out


def _person_cells(f: GroupFunction, which: str, include_private: bool) -> list[str]:
    p = f.person(which)
    name = "\n".join(x for x in (p.name or "(saknas)", p.title) if x)
    if include_private:
        phones = "\n".join(x for x in (p.work_phone, p.private_phone and f"privat {p.private_phone}") if x)
        mails = "\n".join(x for x in (p.work_email, p.private_email and f"privat {p.private_email}") if x)
    else:
        phones, mails = p.work_phone, p.work_email
    return [name, phones, mails]


def group_table(content: PlanContent, *, include_private: bool) -> Flowable:
    header = ["Funktion", "Namn och titel", "Telefon arbete / privat" if include_private else "Telefon arbete",
              "E-post arbete / privat" if include_private else "E-post arbete"]
    rows = [header]
    for f in content.functions:
        rows.append([f.function, *_person_cells(f, "primary", include_private)])
        rows.append([f"{f.function}, ersättare", *_person_cells(f, "deputy", include_private)])
    return Document.table(rows, [0.22, 0.26, 0.22, 0.30], zebra=True)


def external_contacts(content: PlanContent) -> list[Flowable]:
    out: list[Flowable] = []
    for category in ContactCategory:
        contacts = content.contacts_in(category)
        if not contacts:
            continue
        rows = [["Funktion", "Namn", "Telefon", "E-post / anmärkning"]]
        rows += [[c.role, c.name, c.phone or "(saknas)", "\n".join(x for x in (c.email, c.note) if x)]
                 for c in contacts]
        out.append(KeepTogether([Document.p(category.value.capitalize() if category != ContactCategory.IT
                                            else "IT", "h3"),
                                 Document.table(rows, [0.3, 0.22, 0.18, 0.3])]))
    return out


def incident_flowables(content: PlanContent) -> list[Flowable]:
    out: list[Flowable] = []
    for inc in content.incidents:
        block: list[Flowable] = [Document.p(inc.title, "h2"), *Document.text_blocks(inc.guidance)]
        linked = [c for c in (content.contact(i) for i in inc.contact_ids) if c is not None]
        if linked:
            block.append(Document.p("Kontakter", "h3"))
            block.append(Document.table([["Funktion", "Namn", "Telefon"]] +
                                        [[c.role, c.name, c.phone or "(saknas)"] for c in linked],
                                        [0.45, 0.3, 0.25]))
        out.append(KeepTogether(block))
    return out


def room_flowables(content: PlanContent) -> list[Flowable]:
    plan = content.plan
    out: list[Flowable] = [Document.p(f"Plats: {plan.room_place or '(ej angiven)'}", "body")]
    if plan.equipment_items:
        out.append(Document.p("Utrustning som ska finnas i rummet", "h3"))
        out.append(Document.bullets(plan.equipment_items))
    if plan.room_notes.strip():
        out.extend(Document.text_blocks(plan.room_notes))
    return out


# ---------------------------------------------------------------- stories


def plan_story(content: PlanContent, letterhead: Letterhead, *, include_private: bool) -> list[Flowable]:
    story: list[Flowable] = [
        Document.p(f"{content.plan.title} för {letterhead.administration}", "title"),
        Document.p(_status_line(content), "small"),
        Document.p("Innehåll", "h2"),
    ]
    n_cards = len(content.role_cards)
    toc = ["Under krisen"]
    toc += [f"{i} {s.heading}" for i, s in enumerate(UNDER_CRISIS, 1)]
    toc += [f"6.{i} Rollkort: {c.function}" for i, c in enumerate(content.role_cards, 1)]
    toc += ["7 Krisledningsgruppen", "Efter krisen", "8 Utvärdering",
            "Bilaga 1: Krisledningsrummet", "Bilaga 2: Samverkan och kontaktpersoner",
            "Bilaga 3: Checklistor vid olika händelser"]
    story += [Document.p(line, "body") for line in toc]
    story.append(PageBreak())
    story.append(Document.p("Under krisen", "title"))
    for i, section in enumerate(UNDER_CRISIS, 1):
        story.append(KeepTogether([Document.p(f"{i} {section.heading}", "h1")]))
        story.append(checklist_table(content, section))
    for i, card in enumerate(content.role_cards, 1):
        story.append(KeepTogether(role_card_flowables(card, f"6.{i}" if n_cards else "")))
    story.append(PageBreak())
    story.append(Document.p("7 Krisledningsgruppen", "h1"))
    if include_private:
        story.append(Document.p(PRIVATE_NOTICE, "small"))
    story.append(group_table(content, include_private=include_private))
    story.append(PageBreak())
    story.append(Document.p("Efter krisen", "title"))
    story.append(Document.p(f"8 {ChecklistSection.EVALUATION.heading}", "h1"))
    story.append(checklist_table(content, ChecklistSection.EVALUATION))
    story.append(PageBreak())
    story.append(Document.p("Bilaga 1: Krisledningsrummet", "h1"))
    story += room_flowables(content)
    story.append(Document.p("Bilaga 2: Samverkan och kontaktpersoner", "h1"))
    story += external_contacts(content)
    story.append(PageBreak())
    story.append(Document.p("Bilaga 3: Checklistor vid olika händelser", "h1"))
    story += incident_flowables(content)
    return story


def role_cards_story(content: PlanContent) -> list[Flowable]:
    story: list[Flowable] = []
    for i, card in enumerate(content.role_cards):
        if i:
            story.append(PageBreak())
        story += role_card_flowables(card)
        story.append(Document.p(_status_line(content), "small"))
    return story or [Document.p("Planen har inga rollkort.", "body")]


def contact_list_story(content: PlanContent, letterhead: Letterhead, *, include_private: bool) -> list[Flowable]:
    story: list[Flowable] = [
        Document.p(f"Kontaktlista för krisledning, {letterhead.administration}", "title"),
        Document.p(_status_line(content), "small"),
        Document.p(PRIVATE_NOTICE if include_private else NO_PRIVATE_NOTE, "small"),
        Document.p("Krisledningsgruppen", "h1"),
        group_table(content, include_private=include_private),
        Document.p(f"Krisledningsrummet: {content.plan.room_place or '(ej angivet)'}", "body"),
        Document.p("Samverkan och kontaktpersoner", "h1"),
    ]
    story += external_contacts(content)
    return story


# ---------------------------------------------------------------- documents


def _banner(include_private: bool) -> str:
    return PRIVATE_BANNER if include_private else ""


def render_plan(content: PlanContent, letterhead: Letterhead, target: Path | str | None = None, *,
                include_private: bool = True) -> bytes:
    doc = _document(content, letterhead, content.plan.title, "KRISLEDNINGSPLAN", _banner(include_private))
    return doc.build(plan_story(content, letterhead, include_private=include_private), target)


def render_role_cards(content: PlanContent, letterhead: Letterhead, target: Path | str | None = None) -> bytes:
    doc = _document(content, letterhead, "Rollkort", "ROLLKORT")
    return doc.build(role_cards_story(content), target)


def render_contact_list(content: PlanContent, letterhead: Letterhead, target: Path | str | None = None, *,
                        include_private: bool = True) -> bytes:
    doc = _document(content, letterhead, "Kontaktlista för krisledning", "KONTAKTLISTA", _banner(include_private))
    return doc.build(contact_list_story(content, letterhead, include_private=include_private), target)


def render_offline_copy(content: PlanContent, letterhead: Letterhead, target: Path | str | None = None, *,
                        include_private: bool = True) -> bytes:
    """The crisis binder / USB copy: the whole plan, every role card on its own page and
    the contact list, in one PDF."""
    story = plan_story(content, letterhead, include_private=include_private)
    story += [PageBreak(), *role_cards_story(content), PageBreak()]
    story += contact_list_story(content, letterhead, include_private=include_private)
    doc = _document(content, letterhead, f"{content.plan.title} – offlinekopia", "KRISPÄRM", _banner(include_private))
    return doc.build(story, target)


KINDS = ("krisplan", "rollkort", "kontaktlista", "krisparm")


def render_plan_kind(db, kind: str, target: Path | str | None = None, *, include_private: bool = True,
                     plan_id: int | None = None) -> bytes:
    """Load the plan from ``db`` and print ``kind`` (one of ``KINDS``)."""
    from uppfoljning_desktop.store import crisis as store

    content = store.load_plan_content(db, plan_id)
    letterhead = load_letterhead(db)
    if kind == "krisplan":
        return render_plan(content, letterhead, target, include_private=include_private)
    if kind == "rollkort":
        return render_role_cards(content, letterhead, target)
    if kind == "kontaktlista":
        return render_contact_list(content, letterhead, target, include_private=include_private)
    if kind == "krisparm":
        return render_offline_copy(content, letterhead, target, include_private=include_private)
    raise ValueError(kind)
