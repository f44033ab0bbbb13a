"""Möteshandlingar: one PDF with the notice, then per item its memo and attachments in
order, a bookmark per item (pypdf merges the parts); plus ``render_meeting_document``,
the one entry point the CLI and the GUI use for every meeting document kind."""

from __future__ import annotations

import datetime as dt
import io
import warnings

from sqlite_utils import Database

from uppfoljning_desktop.errors import UserError
from uppfoljning_desktop.reports.meetings_common import (
    MeetingPack,
    is_masked,
    load_pack,
    secrecy_text,
)

KINDS = {
    "kallelse": "Kallelse med föredragningslista",
    "ordforandeforslag": "Ordförandeförslag",
    "tjansteskrivelse": "Tjänsteskrivelse för ett ärende",
    "protokoll": "Protokoll",
    "protokollsutdrag": "Protokollsutdrag för en paragraf",
    "handlingar": "Möteshandlingar: kallelse, tjänsteskrivelser och bilagor i en PDF",
}
PER_ITEM = {"tjansteskrivelse", "protokollsutdrag"}


def render_bundle(pack: MeetingPack, public: bool = False) -> bytes:
    """Notice + each item's memo + its attachments, bookmarked per item. The public
    version shows a confidential item as one masked page and leaves its attachments out."""
    from pypdf import PdfReader, PdfWriter

    from uppfoljning_desktop.reports.meetings_memo import has_memo, memo_document, memo_story
    from uppfoljning_desktop.reports.meetings_notice import render_notice

    writer = PdfWriter()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        writer.append(PdfReader(io.BytesIO(render_notice(pack, public))), import_outline=False)
        writer.add_outline_item(title="Kallelse med föredragningslista", page_number=0)
        for n, item in enumerate(pack.items, start=1):
            masked = is_masked(item, public)
            if not masked and not has_memo(item, pack):
                continue
            start = len(writer.pages)
            doc = memo_document(pack, item, public)
            writer.append(PdfReader(io.BytesIO(doc.build(memo_story(doc, pack, item, public)))), import_outline=False)
            title = f"{n}. {secrecy_text(item) if masked else item.title_with_case()}"
            parent = writer.add_outline_item(title=title, page_number=start)
            if masked:
                continue
            for a in pack.attachments_of(item):
                assert a.id is not None  # read from the database
                page = len(writer.pages)
                writer.append(PdfReader(io.BytesIO(pack.attachment_data(a.id))), import_outline=False)
                writer.add_outline_item(title=f"Bilaga: {a.title}", page_number=page, parent=parent)
    m = pack.meeting
    writer.add_metadata({
        "/Title": f"Möteshandlingar {pack.committee.name} {m.date.isoformat()}",
        "/Author": pack.letterhead.administration,
        "/Subject": "Offentlig version" if public else "Möteshandlingar",
        "/Creator": "Uppföljning",
    })
    from pypdf.generic import NameObject, TextStringObject

    writer.root_object[NameObject("/Lang")] = TextStringObject("sv-SE")
    writer.page_mode = "/UseOutlines"
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def render_pack_document(pack: MeetingPack, kind: str, *, item_no: int | None = None, public: bool = False) -> bytes:
    """One document of ``kind`` (a key of ``KINDS``) for an already loaded meeting."""
    if kind not in KINDS:
        raise UserError(f"Okänd dokumenttyp \"{kind}\".", hint="Välj bland: " + ", ".join(KINDS) + ".")
    item = None
    if kind in PER_ITEM:
        if item_no is None:
            raise UserError(f"Ange vilket ärende ({KINDS[kind].lower()}) med --item N.",
                            hint=f"Sammanträdet har ärendena 1–{len(pack.items)}.")
        if not 1 <= item_no <= len(pack.items):
            raise UserError(f"Sammanträdet har inget ärende nummer {item_no}.",
                            hint=f"Ärendena är numrerade 1–{len(pack.items)}.")
        item = pack.items[item_no - 1]
    if kind == "kallelse":
        from uppfoljning_desktop.reports.meetings_notice import render_notice

        return render_notice(pack, public)
    if kind == "ordforandeforslag":
        from uppfoljning_desktop.reports.meetings_notice import render_chair_proposals

        return render_chair_proposals(pack, public)
    if kind == "tjansteskrivelse":
        from uppfoljning_desktop.reports.meetings_memo import render_memo

        assert item is not None
        return render_memo(pack, item, public)
    if kind == "protokoll":
        from uppfoljning_desktop.reports.meetings_minutes import render_minutes

        return render_minutes(pack, public)
    if kind == "protokollsutdrag":
        from uppfoljning_desktop.reports.meetings_minutes import render_extract

        assert item is not None
        return render_extract(pack, item, public)
    return render_bundle(pack, public)


def render_meeting_document(
    db: Database, kind: str, meeting_date: dt.date, *, item_no: int | None = None, public: bool = False,
    original: bool = False,
) -> bytes:
    """The PDF of ``kind`` for the committee's meeting on ``meeting_date``; ``original``:
    adjusted minutes as adjusted, without later rättelser."""
    from uppfoljning_desktop.store import meetings as meeting_store

    meeting = meeting_store.get_meeting_by_date(db, meeting_date)
    assert meeting.id is not None  # read from the database
    return render_pack_document(load_pack(db, meeting.id, original=original), kind, item_no=item_no, public=public)
