"""Meeting documents through their extracted text: parts in order, public versions
without any of a confidential item's text or attachment."""

from __future__ import annotations

import datetime as dt
import io

import pytest

from uppfoljning_desktop.errors import UserError
from uppfoljning_desktop.reports.base import extract_text
from uppfoljning_desktop.reports.meetings_bundle import (
    render_meeting_document,
    render_pack_document,
)
from uppfoljning_desktop.reports.meetings_common import load_pack
from uppfoljning_desktop.store import meetings as store

SEPT = dt.date(2016, 9, 22)
SECRET_BITS = ["Begäran om utökad insats", "enskild deltagares", "Uppgifterna om den enskilde",
               "Utredning om utökad insats", "journalen", "AVUX/2016:71", "beviljar utökad insats"]


@pytest.fixture(scope="module")
def docs(tmp_path_factory, _demo_template):
    from uppfoljning_desktop.store.connection import open_database

    db = open_database(_demo_template, auto_backup=False, migrate=False)
    try:
        pack = load_pack(db, store.get_meeting_by_date(db, SEPT).id)
        out = {}
        for kind in ("kallelse", "ordforandeforslag", "protokoll", "handlingar"):
            for public in (False, True):
                out[(kind, public)] = render_pack_document(pack, kind, public=public)
        out[("tjansteskrivelse", False)] = render_pack_document(pack, "tjansteskrivelse", item_no=4)
        out[("protokollsutdrag", False)] = render_pack_document(pack, "protokollsutdrag", item_no=3)
        out[("secret_memo", True)] = render_pack_document(pack, "tjansteskrivelse", item_no=8, public=True)
        out[("secret_memo", False)] = render_pack_document(pack, "tjansteskrivelse", item_no=8)
    finally:
        db.close()
    return out


def in_order(text: str, parts: list[str]) -> bool:
    pos = 0
    flat = " ".join(text.split())
    for p in parts:
        i = flat.find(p, pos)
        if i < 0:
            raise AssertionError(f"{p!r} saknas efter position {pos}")
        pos = i + len(p)
    return True


def test_notice(docs):
    text = extract_text(docs[("kallelse", False)])
    assert in_order(text, ["KALLELSE", "Arbetsmarknads- och vuxenutbildningsnämnden", "Torsdag 22 september 2016, kl. 19:00",
                           "Ärenden", "1 Val av justerare", "3 Sammanträdesordning 2017 (AVUX/2016:59)",
                           "4 Delårsrapport 2 (AVUX/2016:25)", "9 Delegationsbeslut (AVUX/2015:132)",
                           "Gruppmötena börjar kl. 18:30", "Majoriteten sitter i lokal 2:3", "Kaffe",
                           "Anmäl eventuellt förhinder till Sara Björk", "Välkommen!", "Karin Lindqvist (S)", "Ordförande"])
    assert "Org.nr 212000-2882" in text


def test_chair_proposals(docs):
    text = extract_text(docs[("ordforandeforslag", False)])
    assert in_order(text, ["ORDFÖRANDEFÖRSLAG", "2 Information om trainee", "har tagit del av informationen",
                           "3 Sammanträdesordning 2017 (AVUX/2016:59)", "Beslut", "godkänner sammanträdesordningen",
                           "torsdag 19 januari"])


def test_memo(docs):
    text = extract_text(docs[("tjansteskrivelse", False)])
    assert in_order(text, ["TJÄNSTESKRIVELSE", "Dnr AVUX/2016:25", "Referens", "Linnea Falk", "Delårsrapport 2",
                           "Förslag till beslut", "Sammanfattning", "1 527 personer", "Ärendet", "Bilaga",
                           "Delårsrapport 2 2016", "Johan Nordin", "Maria Holm", "Expedieras till",
                           "Kommunledningsförvaltningen"])


def test_minutes(docs):
    text = extract_text(docs[("protokoll", False)])
    assert in_order(text, ["PROTOKOLL", "Beslutande", "Karin Lindqvist (S), ordförande",
                           "Lena Holmberg (SD), tjänstgörande ersättare för Patrik Nyström", "Ej tjänstgörande ersättare",
                           "Övriga närvarande", "Frånvarande", "Justerare", "Erik Sandberg (M)", "Underskrifter",
                           "Bevis om anslag", "Anslaget sätts upp", "2016-09-30", "Sista dag för överklagande", "2016-10-21",
                           "§ 1", "Val av justerare", "§ 3", "Sammanträdesordning 2017", "Reservation",
                           "§ 6", "Nytt personuppgiftsombud", "Protokollsanteckning", "justeras omedelbart",
                           "§ 8", "Tomas Öhman anmäler jäv", "§ 9", "Delegationsbeslut"])


def test_extract(docs):
    text = extract_text(docs[("protokollsutdrag", False)])
    assert in_order(text, ["PROTOKOLLSUTDRAG", "§ 3", "Sammanträdesdatum 2016-09-22", "Sammanträdesordning 2017",
                           "Beslut", "Justerandes signatur", "Utdragsbestyrkande"])
    assert "Delårsrapport" not in text


def test_bundle_has_bookmark_per_item_and_attachments(docs):
    from pypdf import PdfReader

    data = docs[("handlingar", False)]
    reader = PdfReader(io.BytesIO(data))
    assert len(reader.pages) >= 30
    titles = [o.title for o in reader.outline if not isinstance(o, list)]
    assert titles[0] == "Kallelse med föredragningslista"
    assert "4. Delårsrapport 2 (AVUX/2016:25)" in titles
    assert "8. Begäran om utökad insats i daglig verksamhet (AVUX/2016:71)" in titles
    assert reader.metadata.title.startswith("Möteshandlingar")
    text = extract_text(data)
    assert in_order(text, ["KALLELSE", "TJÄNSTESKRIVELSE", "Sammanträdesordning 2017", "Ordförandeberedningar",
                           "Delårsrapport 2", "Målområde", "Krisledningsplan", "Rollkort", "Utredning om utökad insats",
                           "Delegationsbeslut", "Jobbcenter Botkyrka, augusti 2016"])


@pytest.mark.parametrize("kind", ["kallelse", "ordforandeforslag", "protokoll", "handlingar", "secret_memo"])
def test_public_versions_hide_confidential_item(docs, kind):
    public = extract_text(docs[(kind, True)])
    assert "OFFENTLIG VERSION" in public
    assert "Sekretess enligt OSL 26 kap. 1 §" in public
    for bit in SECRET_BITS:
        assert bit not in " ".join(public.split()), bit
    if kind != "secret_memo":
        full = " ".join(extract_text(docs[(kind, False)]).split())
        assert any(bit in full for bit in SECRET_BITS)  # the check can fail
    else:
        assert "Begäran om utökad insats" in extract_text(docs[("secret_memo", False)])


def test_public_memo_metadata_hides_confidential_item(docs):
    """The masked memo's PDF properties name nothing of the item either (not even its officer)."""
    from pypdf import PdfReader

    full = PdfReader(io.BytesIO(docs[("secret_memo", False)])).metadata
    public = PdfReader(io.BytesIO(docs[("secret_memo", True)])).metadata
    assert full["/Author"] == "David Ek"  # the check can fail
    assert "David Ek" not in " ".join(str(v) for v in public.values())
    assert not any(bit in str(v) for v in public.values() for bit in SECRET_BITS)


def test_public_bundle_leaves_attachment_out(docs):
    from pypdf import PdfReader

    public = PdfReader(io.BytesIO(docs[("handlingar", True)]))
    assert "Utredning om utökad insats" in extract_text(docs[("handlingar", False)])  # the check can fail
    assert "Utredning om utökad insats" not in extract_text(docs[("handlingar", True)])  # the investigation is gone
    assert "8. Sekretess enligt OSL 26 kap. 1 §" in [o.title for o in public.outline if not isinstance(o, list)]


def test_errors_in_swedish(demo_db):
    with pytest.raises(UserError, match="inget sammanträde 2016-09-23"):
        render_meeting_document(demo_db, "kallelse", dt.date(2016, 9, 23))
    with pytest.raises(UserError, match="--item"):
        render_meeting_document(demo_db, "tjansteskrivelse", SEPT)
    with pytest.raises(UserError, match="inget ärende nummer 42"):
        render_meeting_document(demo_db, "protokollsutdrag", SEPT, item_no=42)
    with pytest.raises(UserError, match="inte färdigställt"):
        render_meeting_document(demo_db, "protokoll", dt.date(2016, 10, 20))


def test_cli_writes_pdf(demo_db_path, tmp_path, capsys):
    from uppfoljning_desktop.cli import main

    out = tmp_path / "kallelse.pdf"
    assert main(["--db", str(demo_db_path), "pdf", "kallelse", "--meeting", "2016-09-22", "--public", "-o", str(out)]) == 0
    assert "OFFENTLIG VERSION" in extract_text(out)
    with pytest.raises(SystemExit) as exc:
        main(["--db", str(demo_db_path), "pdf", "protokoll", "--meeting", "2016-13-01", "-o", str(out)])
    assert exc.value.code == 2
    assert "inget datum på formen ÅÅÅÅ-MM-DD" in capsys.readouterr().err
    assert main(["--db", str(demo_db_path), "pdf", "protokoll", "--meeting", "2016-10-20", "-o", str(out)]) == 2
    assert "inte färdigställt" in capsys.readouterr().err
