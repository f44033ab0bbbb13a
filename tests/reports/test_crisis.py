"""Printed crisis documents, checked through their text."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from pypdf import PdfReader

from uppfoljning_desktop.domain.crisis import CrisisEvent, EntryType, LogEntry
from uppfoljning_desktop.reports.base import extract_text
from uppfoljning_desktop.reports.crisis import PRIVATE_BANNER, render_plan_kind
from uppfoljning_desktop.reports.crisis_event import render_event_kind
from uppfoljning_desktop.store import crisis as store
from uppfoljning_desktop.store import crisis_log as log_store


def pages(pdf: bytes) -> list[str]:
    return [p.extract_text() or "" for p in PdfReader(io.BytesIO(pdf)).pages]


def flat(text: str) -> str:
    return " ".join(text.split())


def private_values(db) -> list[str]:
    content = store.load_plan_content(db)
    values = []
    for f in content.functions:
        for which in ("primary", "deputy"):
            p = f.person(which)
            values += [v for v in (p.private_phone, p.private_email) if v]
    return values


@pytest.mark.parametrize("kind", ["kontaktlista", "krisplan", "krisparm"])
def test_without_private_numbers_none_of_them_is_printed(demo_db, kind):
    secrets = private_values(demo_db)
    assert len(secrets) >= 6  # the demo has private numbers and e-mail addresses
    with_private = flat(extract_text(render_plan_kind(demo_db, kind, include_private=True)))
    without = flat(extract_text(render_plan_kind(demo_db, kind, include_private=False)))
    assert all(s in with_private for s in secrets)
    assert [s for s in secrets if s in without] == []
    assert "PERSONUPPGIFTER" not in without
    assert "privat" not in without.lower().replace("privata", "")


def test_private_contact_list_is_marked_on_every_page(demo_db):
    texts = pages(render_plan_kind(demo_db, "kontaktlista", include_private=True))
    assert len(texts) >= 2
    assert all(PRIVATE_BANNER in flat(t) for t in texts)
    assert "får inte spridas" in flat(texts[0]).lower() and "personuppgifter" in flat(texts[0]).lower()


def test_contact_list_groups_people_and_categories(demo_db):
    text = flat(extract_text(render_plan_kind(demo_db, "kontaktlista", include_private=False)))
    assert text.index("Krisledningsgruppen") < text.index("Johan Nordin") < text.index("Samverkan")
    assert "Loggförare, ersättare" in text and "David Ek" in text
    assert text.index("Polis") < text.index("114 14") < text.index("Länsstyrelse")


def test_whole_plan_in_the_seed_order(demo_db):
    text = flat(extract_text(render_plan_kind(demo_db, "krisplan")))
    order = ["Innehåll", "1 Larm", "2 Ta emot larmet", "3 Bedömning", "4 Åtgärder vid en allvarlig",
             "5 Åtgärder när krisledningsgruppen", "6.1 Rollkort: Ordförande", "6.4 Rollkort: Informationsansvarig",
             "7 Krisledningsgruppen", "Efter krisen", "8 Utvärdering", "Bilaga 1: Krisledningsrummet",
             "Bilaga 2: Samverkan", "Bilaga 3: Checklistor"]
    body = text[text.index("Under krisen"):]
    positions = [body.find(h) for h in order[1:]]
    assert -1 not in positions and positions == sorted(positions)
    assert "Version 2" in text and "Fastställd" in text and "AVUX/2026:41" in text
    assert "Ansvarig" in text and "Sign" in text
    assert "Kommunalhuset plan 9" in text and "Whiteboardtavlor" in text
    assert "Brand" in text and "Räddningstjänsten, vid fara" in text


def test_role_cards_one_per_page(demo_db):
    cards = store.load_plan_content(demo_db).role_cards
    texts = pages(render_plan_kind(demo_db, "rollkort"))
    assert len(texts) == len(cards) == 4
    for card, text in zip(cards, texts, strict=True):
        assert f"Rollkort: {card.function}" in flat(text)
        assert sum(f"Rollkort: {c.function}" in flat(text) for c in cards) == 1


def test_offline_copy_holds_plan_role_cards_and_contacts(demo_db):
    text = flat(extract_text(render_plan_kind(demo_db, "krisparm")))
    assert text.index("Bilaga 3") < text.rindex("Rollkort: Loggförare") < text.rindex("Kontaktlista för krisledning")


@pytest.fixture
def event_with_log(fresh_db):
    store.create_plan_from_template(fresh_db)
    t0 = dt.datetime(2026, 10, 14, 9, 0)
    event = log_store.start_event(fresh_db, CrisisEvent(name="Övning IT-avbrott", started_at=t0, is_exercise=True))

    def add(minutes, text, kind=EntryType.INFORMATION, corrects=None):
        return log_store.append_log_entry(fresh_db, LogEntry(
            event_id=event.id, text=text, entry_type=kind, decided_by="Johan Nordin" if kind == "beslut" else "",
            corrects_id=corrects), now=t0 + dt.timedelta(minutes=minutes))

    add(1, "Servicedesk rapporterar avbrott")
    first = add(5, "Beslut A: stäng e-tjänsten", EntryType.DECISION)
    add(9, "Beslut B: informera på webben", EntryType.DECISION)
    fix = add(12, "Beslut A rättad: stäng e-tjänsten till kl. 12", EntryType.DECISION, corrects=first.id)
    add(15, "Beslut A rättad igen: stäng e-tjänsten till kl. 14", EntryType.DECISION, corrects=fix.id)
    for i in range(60):
        add(20 + i, f"Lägesrapport {i}")
    add(90, "Beslut C: återgå till normalläge", EntryType.DECISION)
    return fresh_db, event


def test_decision_log_in_time_order_with_corrections(event_with_log):
    db, event = event_with_log
    text = flat(extract_text(render_event_kind(db, "beslutslogg", event.id)))
    order = ["Beslut A: stäng", "Rättad genom nr 4", "Beslut A rättad: stäng", "Rättelse av nr 2",
             "Beslut A rättad igen", "Rättelse av nr 4", "Beslut B:", "Beslut C:"]
    positions = [text.find(x) for x in order]
    assert -1 not in positions and positions == sorted(positions)
    assert "Servicedesk" not in text and "Lägesrapport" not in text
    assert "3 beslut" in text


def test_exercise_marked_on_every_page_of_the_event_log(event_with_log):
    db, event = event_with_log
    texts = pages(render_event_kind(db, "handelselogg", event.id))
    assert len(texts) >= 2
    assert all("ÖVNING" in t for t in texts)
    joined = flat("\n".join(texts))
    assert "Servicedesk rapporterar avbrott" in joined and "Lägesrapport 59" in joined
    assert "Rättelse av nr 2" in joined


def test_real_event_has_no_exercise_banner(fresh_db):
    event = log_store.start_event(fresh_db, CrisisEvent(name="Vattenläcka", started_at=dt.datetime(2026, 11, 2, 7, 0)))
    log_store.append_log_entry(fresh_db, LogEntry(event_id=event.id, text="Beslut", entry_type=EntryType.DECISION))
    assert "ÖVNING" not in extract_text(render_event_kind(fresh_db, "beslutslogg", event.id))


def test_situation_picture_and_evaluation(demo_db):
    event = log_store.list_events(demo_db)[0]
    text = flat(extract_text(render_event_kind(demo_db, "lagesbild", event.id)))
    assert "Version 2" in text and "Branden släckt" in text and "Tidigare versioner: 1" in text
    for label in ("Händelse", "Konsekvenser", "Oklarheter", "Resurser"):
        assert label in text
    text = flat(extract_text(render_event_kind(demo_db, "utvardering", event.id)))
    assert "Utvärdering efter händelsen" in text and "larmkedjan" in text and "ÖVNING" in text
