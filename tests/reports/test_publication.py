"""Public versions and the publication check on the demo: the CLI refuses while findings
are unreviewed, records masks and accepts, and no private number of the demo's contact
lists (the crisis module's and the attached plan's) appears in any public PDF."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from uppfoljning_desktop.cli import main
from uppfoljning_desktop.demo import meetings_attachments
from uppfoljning_desktop.domain.publication import Decision
from uppfoljning_desktop.reports.base import extract_text
from uppfoljning_desktop.reports.meetings_bundle import (
    KINDS,
    publish_meeting_document,
    render_meeting_document,
)
from uppfoljning_desktop.store import meeting_items
from uppfoljning_desktop.store import publication as store

SEPT = dt.date(2016, 9, 22)


def private_values(db) -> list[str]:
    """The demo's private numbers and addresses: the crisis module's private column and
    the "Mobil" column of the crisis plan the secretary attached as a PDF."""
    values = store.private_values(db)
    values += [c[3] for c in meetings_attachments.CONTACTS]
    assert len(values) > 10
    return values


def assert_clean(text: str, values: list[str]) -> None:
    flat = " ".join(text.split())
    digits = "".join(ch for ch in flat if ch.isdigit() or ch == " ")
    for v in values:
        assert v not in flat, v
        if "@" not in v:
            assert "".join(ch for ch in v if ch.isdigit()) not in digits.replace(" ", ""), v


@pytest.mark.slow  # lays out and reads the 38-page bundle several times
def test_cli_refuses_with_findings_then_writes_with_accept(demo_db_path, tmp_path, capsys):
    out = tmp_path / "h.pdf"
    args = ["--db", str(demo_db_path), "pdf", "handlingar", "--meeting", "2016-09-22", "--public", "-o", str(out)]
    assert main(args) == 2
    err = capsys.readouterr().err
    assert "personuppgifter som inte är granskade" in err
    # what (with whose it is), document part and page
    assert re.search(r"telefonnummer 070-174 06 30 \(«[^»]*Petra Sundin 070-174 06 30»\): Bilaga: Krisledningsplan, sida \d", err)
    assert "--accept-findings" in err and not out.exists()
    assert main([*args, "--accept-findings"]) == 0
    assert "Publiceringskontroll" in capsys.readouterr().out
    from uppfoljning_desktop.store.connection import open_database

    db = open_database(demo_db_path, auto_backup=False)
    try:
        text = extract_text(out)
        assert_clean(text, private_values(db))
        decisions = store.list_decisions(db, "Sammanträde 2016-09-22")
        assert decisions and set(decisions.values()) == {Decision.ACCEPT}
    finally:
        db.close()
    assert main(args) == 0  # the decisions hold for the next run


@pytest.mark.slow  # lays out and reads the 38-page bundle several times
def test_mask_by_id_prints_masked_and_is_recorded(demo_db, tmp_path):
    with pytest.raises(Exception) as exc:
        publish_meeting_document(demo_db, "handlingar", SEPT)
    key = next(line.split("]")[0].strip(" [") for line in str(exc.value).splitlines() if "070-174 06 30" in line)
    data, review = publish_meeting_document(demo_db, "handlingar", SEPT, mask=[key], accept_all=True)
    text = extract_text(data)
    assert "070-174 06 30" not in text and "[maskerad]" in text
    assert review.decisions[key] == Decision.MASK and not review.unresolved
    # the minutes of the same meeting share the decisions
    _, minutes_review = publish_meeting_document(demo_db, "protokoll", SEPT)
    assert not minutes_review.unresolved


def test_private_values_cannot_be_accepted(demo_db):
    from uppfoljning_desktop.domain.publication import Finding, FindingKind
    from uppfoljning_desktop.errors import UserError

    f = Finding("Sammanträde 2016-09-22", "Bilaga", 1, 1, FindingKind.PRIVATE, "070-174 06 20", mandatory=True)
    with pytest.raises(UserError, match="privat i krisplanen"):
        store.record_decisions(demo_db, [f], Decision.ACCEPT)


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_every_public_document_of_the_demo_is_clean(demo_db, kind):
    item = 4 if kind in ("tjansteskrivelse", "protokollsutdrag") else None
    data = render_meeting_document(demo_db, kind, SEPT, item_no=item, public=True)
    assert_clean(extract_text(data), private_values(demo_db))


@pytest.mark.slow  # lays out and reads the 38-page bundle several times
def test_unlinked_crisis_plan_pages_are_masked(demo_db):
    """An attached PDF that is not marked as the crisis plan: its pages that carry a
    private number are replaced by a masked page; the other pages stay."""
    for attachment_id in store.attachment_sources(demo_db):
        store.set_attachment_source(demo_db, attachment_id, None)
    internal = extract_text(render_meeting_document(demo_db, "handlingar", SEPT))
    assert "070-174 06 20" in internal  # the secretary's own copy is untouched
    data = render_meeting_document(demo_db, "handlingar", SEPT, public=True)
    text = extract_text(data)
    assert_clean(text, private_values(demo_db))
    assert "Sidan innehåller personuppgifter" in text and "Bilaga: Krisledningsplan" in text
    assert "1 Larm – händelse i kommunen eller omvärlden" in text  # unaffected pages of the plan remain


def test_masked_value_in_generated_text(demo_db):
    """A masked value is left out of the memo text itself (not just attachments)."""
    m = [i for i in meeting_items.list_items(demo_db, demo_db.execute("SELECT id FROM meeting WHERE date = '2016-09-22'").fetchone()[0])]
    item = m[5]
    item.body += "\n\nFrågor besvaras av Anna Andersson, Storgatan 12, tel 070-174 06 88."
    meeting_items.save_item(demo_db, item)
    with pytest.raises(Exception) as exc:
        publish_meeting_document(demo_db, "tjansteskrivelse", SEPT, item_no=6)
    message = str(exc.value)
    assert re.search(r"gatuadress Storgatan 12 \(«[^»]*Anna Andersson, Storgatan 12[^»]*»\): Tjänsteskrivelse", message)
    assert "070-174 06 88" in message
    keys = [line.split("]")[0].strip(" [") for line in message.splitlines() if line.strip().startswith("[")]
    data, _ = publish_meeting_document(demo_db, "tjansteskrivelse", SEPT, item_no=6, mask=keys)
    text = " ".join(extract_text(data).split())
    assert "Storgatan 12" not in text and "070-174 06 88" not in text
    assert "Anna Andersson, [maskerad], tel [maskerad]" in text
