"""Möteshandlingar: one PDF with the notice, then per item its memo and attachments in
order, a bookmark per item (pypdf merges the parts); plus ``render_meeting_document``,
the one entry point the CLI and the GUI use for every meeting document kind."""

from __future__ import annotations

import datetime as dt
import io
import warnings
from collections.abc import Sequence

from sqlite_utils import Database

from uppfoljning_desktop.domain.meetings import Attachment
from uppfoljning_desktop.domain.publication import Review
from uppfoljning_desktop.errors import UserError
from uppfoljning_desktop.reports.base import is_archival, masking, pdf_date
from uppfoljning_desktop.reports.meetings_common import (
    MeetingPack,
    is_masked,
    load_pack,
    secrecy_text,
)
from uppfoljning_desktop.reports.publication import Part

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
    return compose_bundle(pack, public)[0]


def publication_document(pack: MeetingPack) -> str:
    """The name under which the publication check records decisions: one per meeting, so
    a value masked in the bundle is masked in the minutes too."""
    return f"Sammanträde {pack.meeting.date.isoformat()}"


def _public_masks(pack: MeetingPack, public: bool) -> list[str]:
    if not public or pack._db is None:
        return []
    from uppfoljning_desktop.reports.publication import public_masks

    return public_masks(pack._db, publication_document(pack))


def _attachment_bytes(pack: MeetingPack, a: Attachment, public: bool, masks: list[str]) -> bytes:
    """An attachment as printed: in a public version a crisis plan or contact list marked
    as such is the crisis module's version without private numbers, and a page of any
    other attachment that carries a masked value is replaced by a masked page."""
    assert a.id is not None  # read from the database
    if public and pack._db is not None:
        from uppfoljning_desktop.store import publication as pub_store

        source = pub_store.attachment_sources(pack._db).get(a.id)
        if source is not None:
            from uppfoljning_desktop.reports.crisis import render_plan_kind

            return render_plan_kind(pack._db, source, include_private=False)
    data = pack.attachment_data(a.id)
    if public and masks:
        from uppfoljning_desktop.reports.publication import masked_attachment_pages

        data = masked_attachment_pages(data, masks, pack.letterhead, a.title)
    return data


def compose_bundle(pack: MeetingPack, public: bool = False) -> tuple[bytes, list[Part]]:
    """The bundle and its parts (notice, each memo, each attachment) with their pages."""
    from pypdf import PdfReader, PdfWriter

    from uppfoljning_desktop.reports.meetings_memo import has_memo, memo_document, memo_story
    from uppfoljning_desktop.reports.meetings_notice import render_notice
    from uppfoljning_desktop.reports.tagging import is_tagged, merge_structure, tag_untagged

    masks = _public_masks(pack, public)
    parts: list[Part] = []
    writer = PdfWriter()
    accessible = is_archival()
    sources: list[tuple[PdfReader, int, str]] = []

    def append(title: str, data: bytes) -> int:
        start = len(writer.pages)
        if accessible and not is_tagged(data):
            data = tag_untagged(data, title)
        reader = PdfReader(io.BytesIO(data))
        writer.append(reader, import_outline=False)
        parts.append(Part(title, start, len(writer.pages) - start, data))
        sources.append((reader, start, title))
        return start

    with warnings.catch_warnings(), masking(masks):
        warnings.simplefilter("ignore")
        append("Kallelse", render_notice(pack, public))
        writer.add_outline_item(title="Kallelse med föredragningslista", page_number=0)
        for n, item in enumerate(pack.items, start=1):
            masked = is_masked(item, public)
            if not masked and not has_memo(item, pack):
                continue
            doc = memo_document(pack, item, public)
            start = append(f"Tjänsteskrivelse ärende {n}", doc.build(memo_story(doc, pack, item, public)))
            title = f"{n}. {secrecy_text(item) if masked else item.title_with_case()}"
            parent = writer.add_outline_item(title=title, page_number=start)
            if masked:
                continue
            for a in pack.attachments_of(item):
                page = append(f"Bilaga: {a.title}", _attachment_bytes(pack, a, public, masks))
                writer.add_outline_item(title=f"Bilaga: {a.title}", page_number=page, parent=parent)
    m = pack.meeting
    stamp = pdf_date()
    writer.add_metadata({
        "/Title": f"Möteshandlingar {pack.committee.name} {m.date.isoformat()}",
        "/Author": pack.letterhead.administration,
        "/Subject": "Offentlig version" if public else "Möteshandlingar",
        "/Creator": "Uppföljning",
        "/CreationDate": stamp,
        "/ModDate": stamp,
    })
    from pypdf.generic import BooleanObject, DictionaryObject, NameObject, TextStringObject

    writer.root_object[NameObject("/Lang")] = TextStringObject("sv-SE")
    writer.root_object[NameObject("/ViewerPreferences")] = DictionaryObject(
        {NameObject("/DisplayDocTitle"): BooleanObject(True)})
    writer.page_mode = "/UseOutlines"
    if accessible:
        merge_structure(writer, sources, title=f"Möteshandlingar {pack.committee.name} {m.date.isoformat()}",
                        author=pack.letterhead.administration,
                        subject="Offentlig version" if public else "Möteshandlingar")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue(), parts


def render_pack_document(pack: MeetingPack, kind: str, *, item_no: int | None = None, public: bool = False) -> bytes:
    """One document of ``kind`` (a key of ``KINDS``) for an already loaded meeting; a
    public version leaves out what the publication check masks (``reports.publication``)."""
    return render_pack_output(pack, kind, item_no=item_no, public=public)[0]


def render_pack_output(pack: MeetingPack, kind: str, *, item_no: int | None = None,
                       public: bool = False) -> tuple[bytes, list[Part]]:
    """As ``render_pack_document``, with the parts of the file for the publication check."""
    if kind == "handlingar":
        return compose_bundle(pack, public)
    with masking(_public_masks(pack, public)):
        data = _render_single(pack, kind, item_no, public)
    from pypdf import PdfReader

    return data, [Part(KINDS[kind].split(":")[0], 0, len(PdfReader(io.BytesIO(data)).pages))]


def _render_single(pack: MeetingPack, kind: str, item_no: int | None, public: bool) -> bytes:
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
    raise AssertionError(kind)  # handlingar is composed by render_pack_output


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


def publish_meeting_document(
    db: Database, kind: str, meeting_date: dt.date, *, item_no: int | None = None,
    mask: Sequence[str] = (), accept: Sequence[str] = (), accept_all: bool = False,
) -> tuple[bytes, Review]:
    """The public version of ``kind`` after the publication check: raises
    ``FindingsUnresolved`` (a ``UserError`` listing document, page and value) while a
    finding is neither masked nor accepted; ``mask``/``accept`` take finding ids."""
    from uppfoljning_desktop.reports.publication import publish
    from uppfoljning_desktop.store import meetings as meeting_store

    meeting = meeting_store.get_meeting_by_date(db, meeting_date)
    assert meeting.id is not None  # read from the database
    meeting_id = meeting.id
    document = publication_document(load_pack(db, meeting_id))

    def render() -> tuple[bytes, list[Part]]:
        return render_pack_output(load_pack(db, meeting_id), kind, item_no=item_no, public=True)

    return publish(db, document, render, mask=mask, accept=accept, accept_all=accept_all)
