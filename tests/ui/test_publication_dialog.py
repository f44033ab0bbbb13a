"""GUI: a public document is shown only after the findings dialog; masks are recorded
and the document is laid out again without the masked values."""

from __future__ import annotations

import datetime as dt

from uppfoljning_desktop.domain.publication import Decision, Finding, FindingKind
from uppfoljning_desktop.reports.base import extract_text
from uppfoljning_desktop.store import meeting_items as items_store
from uppfoljning_desktop.store import meetings as meeting_store
from uppfoljning_desktop.store import publication as pub_store
from uppfoljning_desktop.ui.publication_dialog import FindingsDialog


def test_dialog_rows_and_choices(qtbot):
    doc = "Sammanträde 2016-09-22"
    findings = [Finding(doc, "Kallelse", 1, 1, FindingKind.PHONE, "070-174 06 88"),
                Finding(doc, "Bilaga: Plan", 2, 7, FindingKind.PHONE, "070-174 06 88"),
                Finding(doc, "Kallelse", 1, 1, FindingKind.ADDRESS, "Storgatan 12")]
    dialog = FindingsDialog(findings)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 2  # one row per value
    assert "Bilaga: Plan, sida 2 (sida 7 i filen)" in dialog.table.item(0, 2).text()
    dialog.combos[1].setCurrentIndex(1)
    assert dialog.decisions() == {findings[0].key: Decision.MASK, findings[2].key: Decision.ACCEPT}


def test_public_preview_asks_and_masks(open_window, demo_db_path, qtbot, messages):
    window = open_window(demo_db_path)
    db = window.session.db
    meeting = meeting_store.get_meeting_by_date(db, dt.date(2016, 9, 22))
    item = items_store.list_items(db, meeting.id)[5]
    item.body += "\n\nFrågor besvaras av Anna Andersson, tel 070-174 06 88."
    items_store.save_item(db, item)
    page = window.show_area("meetings")
    page.select_meeting_by_date(dt.date(2016, 9, 22))
    tab = page.preview_tab
    tab.select("tjansteskrivelse", 6, public=True)

    messages.findings_answer = None  # cancel: nothing is shown
    tab.show_button.click()
    qtbot.waitUntil(lambda: bool(messages.findings), timeout=20000)
    qtbot.waitUntil(lambda: "granskade" in tab.status.text(), timeout=5000)
    assert tab.current_path is None

    messages.findings.clear()
    messages.findings_answer = "maskera"
    with qtbot.waitSignal(tab.loaded, timeout=30000):
        tab.show_button.click()
    assert [f.value for f in messages.findings] == ["070-174 06 88"]
    text = extract_text(tab.current_path)
    assert "070-174 06 88" not in text and "[maskerad]" in text
    assert set(pub_store.list_decisions(db, "Sammanträde 2016-09-22").values()) == {Decision.MASK}
    assert messages.errors == []
