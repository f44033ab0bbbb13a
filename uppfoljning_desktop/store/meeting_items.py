"""Agenda items (ärenden): order, case numbers, memo text, confidentiality, attachments
(PDFs stored in the database as BLOBs, never as links to the user's disk), and moving or
postponing an item to a later meeting with its history kept.

The tables belong to the ``meetings`` migration set (``store.meetings``).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import warnings
from collections.abc import Iterable
from dataclasses import fields, replace
from pathlib import Path

from sqlite_utils import Database

from uppfoljning_desktop.domain.meeting_lifecycle import is_locked
from uppfoljning_desktop.domain.meetings import (
    AgendaItem,
    Attachment,
    HistoryEntry,
    ItemKind,
    ItemStatus,
    Meeting,
    validate_item,
)
from uppfoljning_desktop.errors import FieldError, NotFound, UserError, ValidationFailed
from uppfoljning_desktop.store import meetings as meeting_store
from uppfoljning_desktop.store.lifecycle import ITEM_MINUTED_COLUMNS
from uppfoljning_desktop.store.sqlutil import inserted_id, saved_id

MAX_ATTACHMENT_BYTES = 50 * 1024 * 1024


class AttachmentNotPdf(UserError):
    """The file chosen as an attachment is not a readable PDF."""


class SectionCollision(UserError):
    """Two items of one committee and year would get the same § number."""


_DATE_FIELDS = {"memo_date", "confidential_on", "immediate_posted_on"}
_BOOL_FIELDS = {"confidential", "standing", "immediate_adjustment"}


def _item(r: dict) -> AgendaItem:
    values = {}
    for f in fields(AgendaItem):
        v = r[f.name]
        if f.name in _DATE_FIELDS:
            v = dt.date.fromisoformat(v) if v else None
        elif f.name in _BOOL_FIELDS:
            v = bool(v)
        elif f.name == "kind":
            v = ItemKind(v)
        elif f.name == "status":
            v = ItemStatus(v)
        values[f.name] = v
    return AgendaItem(**values)


def _values(item: AgendaItem) -> dict:
    out = {}
    for f in fields(AgendaItem):
        if f.name == "id":
            continue
        v = getattr(item, f.name)
        if f.name in _DATE_FIELDS:
            v = v.isoformat() if v else None
        elif f.name in _BOOL_FIELDS:
            v = int(bool(v))
        elif f.name in ("kind", "status"):
            v = v.value if hasattr(v, "value") else str(v)
        elif isinstance(v, str):
            v = v.strip()
        out[f.name] = v
    return out


def _now() -> str:
    return dt.datetime.now().isoformat(timespec="seconds")


def add_history(db: Database, item_id: int, text: str) -> None:
    db.table("item_history").insert({"item_id": item_id, "at": _now(), "text": text})


# ---------------------------------------------------------------- reading


def get_item(db: Database, item_id: int) -> AgendaItem:
    rows = list(db.query("SELECT * FROM agenda_item WHERE id = ?", [item_id]))
    if not rows:
        raise NotFound(f"Ärendet (id {item_id}) finns inte.", hint="Det kan ha tagits bort.")
    return _item(rows[0])


def list_items(db: Database, meeting_id: int, *, include_moved: bool = False) -> list[AgendaItem]:
    """The meeting's items in agenda order; moved and withdrawn ones only if asked."""
    sql = "SELECT * FROM agenda_item WHERE meeting_id = ?"
    if not include_moved:
        sql += " AND status IN ('aktuellt','bordlagt')"
    return [_item(r) for r in db.query(sql + " ORDER BY position, id", [meeting_id])]


def get_item_by_number(db: Database, meeting_id: int, number: int) -> AgendaItem:
    """Item ``number`` (1-based) as numbered on the agenda."""
    items = list_items(db, meeting_id)
    if not 1 <= number <= len(items):
        raise NotFound(
            f"Sammanträdet har inget ärende nummer {number}.",
            hint=f"Ärendena är numrerade 1–{len(items)}." if items else "Sammanträdet har inga ärenden.",
        )
    return items[number - 1]


def find_item(db: Database, meeting_id: int, *, title: str | None = None, kind: ItemKind | None = None) -> AgendaItem | None:
    """The first active item with ``title`` (case-insensitive) and/or ``kind``, or None."""
    for item in list_items(db, meeting_id):
        if title is not None and item.title.strip().casefold() != title.strip().casefold():
            continue
        if kind is not None and item.kind is not kind:
            continue
        return item
    return None


def list_history(db: Database, item_id: int) -> list[HistoryEntry]:
    """The item's history, including that of the items it was moved or postponed from."""
    chain = []
    current: int | None = item_id
    while current is not None and current not in chain:
        chain.append(current)
        row = db.execute("SELECT moved_from_item_id FROM agenda_item WHERE id = ?", [current]).fetchone()
        current = row[0] if row else None
    marks = ",".join("?" * len(chain))
    rows = db.query(f"SELECT item_id, at, text FROM item_history WHERE item_id IN ({marks}) ORDER BY at, id", chain)
    return [HistoryEntry(r["item_id"], dt.datetime.fromisoformat(r["at"]), r["text"]) for r in rows]


def case_number_warnings(db: Database, item: AgendaItem) -> list[str]:
    """Other meetings' items with the same case number (allowed, but worth a look)."""
    if not item.case_number:
        return []
    rows = db.query(
        """SELECT m.date, a.title FROM agenda_item a JOIN meeting m ON m.id = a.meeting_id
           WHERE a.case_number = ? AND a.meeting_id != ? AND a.status IN ('aktuellt','bordlagt')
           AND a.id IS NOT ? ORDER BY m.date""",
        [item.case_number, item.meeting_id, item.moved_from_item_id],
    )
    return [f"{item.case_number} finns också på sammanträdet {r['date']} (\"{r['title']}\")" for r in rows]


# ---------------------------------------------------------------- writing


def _check_item(db: Database, item: AgendaItem) -> None:
    errors = validate_item(item)
    if item.case_number and item.status is ItemStatus.ACTIVE:
        dup = db.execute(
            "SELECT position, title FROM agenda_item WHERE meeting_id = ? AND case_number = ? "
            "AND status IN ('aktuellt','bordlagt') AND id IS NOT ?",
            [item.meeting_id, item.case_number, item.id],
        ).fetchone()
        if dup:
            errors.append(FieldError("Diarienummer", f"{item.case_number} används redan av ärendet \"{dup[1]}\" på samma sammanträde"))
    if errors:
        raise ValidationFailed(errors=errors, what=f"Ärendet \"{item.title.strip() or 'utan rubrik'}\"")


def _normalise_case_number(db: Database, item: AgendaItem, year: int, allocate: bool) -> str:
    meeting = meeting_store.get_meeting(db, item.meeting_id)
    if item.case_number.strip():
        return meeting_store.register_case_number(db, item.case_number, item.title, committee_id=meeting.committee_id,
                                                  year=year)
    if allocate and item.kind.needs_case_number:
        return meeting_store.allocate_case_number(db, item.title, year=year, committee_id=meeting.committee_id)
    return ""


def _refuse_if_locked(meeting: Meeting, what: str) -> None:
    """Adjusted minutes (``domain.meeting_lifecycle``) are changed only by a rättelse;
    the triggers of ``store.lifecycle`` refuse it too, this says it in Swedish first."""
    if is_locked(meeting.state):
        raise UserError(
            f"Protokollet från {meeting.date.isoformat()} är {meeting.state.value}; {what}.",
            hint="Ett justerat protokoll ändras bara genom en rättelse av en paragraf. Inget har ändrats.",
        )


def add_item(
    db: Database,
    meeting_id: int,
    title: str,
    *,
    kind: ItemKind = ItemKind.DECISION,
    case_number: str = "",
    allocate: bool = True,
    position: int | None = None,
    **fields_: object,
) -> AgendaItem:
    """Add an item at the end (or at ``position``, 1-based). An empty case number on an
    item that needs one is allocated from the committee's pattern (``allocate``); a
    typed one is validated against the pattern. Other ``AgendaItem`` fields by keyword."""
    with db.atomic():
        meeting = meeting_store.get_meeting(db, meeting_id)
        _refuse_if_locked(meeting, "ärenden kan inte läggas till")
        item = AgendaItem(meeting_id=meeting_id, title=title, kind=ItemKind(kind), case_number=case_number, **fields_)  # type: ignore[arg-type]
        if not item.title.strip():
            raise ValidationFailed(errors=[FieldError("Rubrik", "får inte vara tom")], what="Ärendet")
        item.case_number = _normalise_case_number(db, item, meeting.date.year, allocate)
        _check_item(db, item)
        count = db.execute("SELECT count(*) FROM agenda_item WHERE meeting_id = ?", [meeting_id]).fetchone()[0]
        item.position = count + 1
        item_id = item.id = inserted_id(db.table("agenda_item").insert(_values(item)))
        add_history(db, item_id, f"Lades upp på sammanträdet {meeting.date.isoformat()}")
        if position is not None:
            ids = [i for i in _ids(list_items(db, meeting_id, include_moved=True)) if i != item_id]
            ids.insert(max(0, position - 1), item_id)
            _write_order(db, ids)
        if meeting.minutes_finalised:
            from uppfoljning_desktop.store import minutes

            minutes.renumber_sections(db, meeting_id)
    return get_item(db, item_id)


def save_item(db: Database, item: AgendaItem, *, allocate: bool = False) -> AgendaItem:
    """Save an edited item (one transaction). Position, status and § number are changed
    through ``reorder_items``, ``move_item``/``postpone_item`` and the minutes. With
    ``allocate``, an item that needs a case number and has none gets the next one in the
    same transaction, so a refused save hands out no number."""
    item_id = item.id
    assert item_id is not None
    with db.atomic():
        current = get_item(db, item_id)
        meeting = meeting_store.get_meeting(db, current.meeting_id)
        item = replace(item, meeting_id=current.meeting_id, position=current.position, status=current.status,
                       section_no=current.section_no, moved_from_item_id=current.moved_from_item_id)
        if item.case_number.strip() != current.case_number or (allocate and not item.case_number.strip()):
            item.case_number = _normalise_case_number(db, item, meeting.date.year, allocate=allocate)
        _check_item(db, item)
        if is_locked(meeting.state) and any(
                _values(item)[c] != _values(current)[c] for c in ITEM_MINUTED_COLUMNS if c in _values(item)):
            _refuse_if_locked(meeting, f"ärendet \"{current.title}\" står i det och kan inte ändras där")
        if item.confidential and not current.confidential:
            item.confidential_on = item.confidential_on or dt.date.today()
            add_history(db, item_id, f"Sekretessmarkerades ({item.osl_provision}) av {item.confidential_by or 'okänd'}")
        db.table("agenda_item").update(item_id, _values(item))
    return get_item(db, item_id)


def _ids(items: Iterable[AgendaItem]) -> list[int]:
    """The ids of items read from the database (which always have one)."""
    return [saved_id(i) for i in items]


def _write_order(db: Database, ids: list[int]) -> None:
    # Two passes: positions are not unique, but keep them dense and in the new order.
    for pos, item_id in enumerate(ids, start=1):
        db.execute("UPDATE agenda_item SET position = ? WHERE id = ?", [pos, item_id])


def reorder_items(db: Database, meeting_id: int, item_ids: list[int]) -> list[AgendaItem]:
    """Put the meeting's items in the order of ``item_ids`` (all of its listed items).
    In finalised minutes the §§ follow the new order within the meeting's own range."""
    with db.atomic():
        current = list_items(db, meeting_id, include_moved=True)
        listed = _ids(list_items(db, meeting_id))
        if sorted(item_ids) != sorted(listed):
            raise UserError("Ordningen gäller inte sammanträdets ärenden.", hint="Läs in sammanträdet igen och försök på nytt.")
        hidden = [i for i in _ids(current) if i not in set(item_ids)]
        _write_order(db, list(item_ids) + hidden)
        meeting = meeting_store.get_meeting(db, meeting_id)
        if meeting.minutes_finalised:
            from uppfoljning_desktop.store import minutes

            minutes.renumber_sections(db, meeting_id)
    return list_items(db, meeting_id)


def delete_item(db: Database, item_id: int) -> None:
    with db.atomic():
        item = get_item(db, item_id)
        if item.section_no is not None:
            raise UserError(
                f"Ärendet \"{item.title}\" har § {item.section_no} i ett färdigställt protokoll och kan inte tas bort.",
                hint="Markera det i stället som utgånget genom att flytta det, eller rätta protokollet.",
            )
        db.execute("DELETE FROM agenda_item WHERE id = ?", [item_id])
        _write_order(db, _ids(list_items(db, item.meeting_id, include_moved=True)))


def _carry_to(db: Database, item: AgendaItem, target_meeting_id: int, status: ItemStatus, verb: str) -> AgendaItem:
    item_id = saved_id(item)
    source = meeting_store.get_meeting(db, item.meeting_id)
    target = meeting_store.get_meeting(db, target_meeting_id)
    _refuse_if_locked(source, f"ärendet \"{item.title}\" kan inte {verb} därifrån")
    _refuse_if_locked(target, f"ärenden kan inte {verb} dit")
    if item.status is not ItemStatus.ACTIVE:
        # Its copy is already on a later meeting; a second would put the case there twice.
        raise UserError(
            f"Ärendet \"{item.title}\" är redan {item.status.value} från sammanträdet {source.date.isoformat()}.",
            hint="Flytta eller bordlägg i stället ärendet på det sammanträde där det nu finns.",
        )
    if target.date <= source.date:
        raise UserError(
            f"Ärendet \"{item.title}\" kan bara {verb} till ett senare sammanträde än {source.date.isoformat()}.",
            hint=f"Välj ett sammanträde efter {source.date.isoformat()}.",
        )
    if item.section_no is not None and status is ItemStatus.MOVED:
        raise UserError(
            f"Ärendet \"{item.title}\" har redan § {item.section_no} i protokollet från {source.date.isoformat()}.",
            hint="Ett ärende som har behandlats kan bordläggas men inte flyttas.",
        )
    db.execute("UPDATE agenda_item SET status = ? WHERE id = ?", [status.value, item.id])
    if status is ItemStatus.MOVED:
        _write_order(db, _ids(list_items(db, item.meeting_id)) + [item_id])
    word = "Bordlades" if status is ItemStatus.POSTPONED else "Flyttades"
    add_history(db, item_id, f"{word} {source.date.isoformat()} till sammanträdet {target.date.isoformat()}")
    copy = replace(item, id=None, meeting_id=target_meeting_id, status=ItemStatus.ACTIVE, section_no=None,
                   decision="", dissent="", notes="", immediate_adjustment=False, immediate_posted_on=None,
                   moved_from_item_id=item.id)
    count = db.execute("SELECT count(*) FROM agenda_item WHERE meeting_id = ?", [target_meeting_id]).fetchone()[0]
    copy.position = count + 1
    new_id = inserted_id(db.table("agenda_item").insert(_values(copy)))
    for a in db.query("SELECT position, title, filename, pages, size, sha256, data FROM item_attachment WHERE item_id = ?", [item.id]):
        db.table("item_attachment").insert({**a, "item_id": new_id})
    add_history(db, new_id, f"{'Bordlagt' if status is ItemStatus.POSTPONED else 'Flyttat'} från sammanträdet {source.date.isoformat()}")
    if target.minutes_finalised:
        from uppfoljning_desktop.store import minutes

        minutes.renumber_sections(db, target_meeting_id)
    return get_item(db, new_id)


def move_item(db: Database, item_id: int, target_meeting_id: int) -> AgendaItem:
    """Move an item (before it is dealt with) to a later meeting; returns the new item.
    The old one stays, marked "flyttat", so its history is visible on both."""
    with db.atomic():
        return _carry_to(db, get_item(db, item_id), target_meeting_id, ItemStatus.MOVED, "flyttas")


def postpone_item(db: Database, item_id: int, target_meeting_id: int) -> AgendaItem:
    """Bordläggning: the item stays in this meeting's minutes ("bordläggs") and comes back
    on ``target_meeting_id``; returns the new item."""
    with db.atomic():
        item = get_item(db, item_id)
        return _carry_to(db, item, target_meeting_id, ItemStatus.POSTPONED, "bordläggas")


def cancel_carry(db: Database, copy_id: int, order: list[int] | None = None) -> AgendaItem:
    """Take back a move or a postponement (Ångra): the copy on the later meeting is
    removed and the item is current again on its own meeting (in ``order``, the item ids
    as they were, when given). Refused once the copy has a § or a decision of its own:
    it has been dealt with there. Returns the item on its own meeting."""
    with db.atomic():
        copy = get_item(db, copy_id)
        if copy.moved_from_item_id is None:
            raise UserError(f"Ärendet \"{copy.title}\" är inte flyttat eller bordlagt hit.")
        target = meeting_store.get_meeting(db, copy.meeting_id)
        if copy.section_no is not None or copy.decision.strip():
            raise UserError(
                f"Ärendet \"{copy.title}\" är redan behandlat på sammanträdet {target.date.isoformat()} "
                "och kan inte flyttas tillbaka.",
                hint="Inget har ändrats.",
            )
        original = get_item(db, copy.moved_from_item_id)
        db.execute("DELETE FROM agenda_item WHERE id = ?", [copy_id])
        _write_order(db, _ids(list_items(db, copy.meeting_id, include_moved=True)))
        db.execute("UPDATE agenda_item SET status = ? WHERE id = ?", [ItemStatus.ACTIVE.value, original.id])
        word = "Bordläggningen" if original.status is ItemStatus.POSTPONED else "Flyttningen"
        add_history(db, saved_id(original), f"{word} till sammanträdet {target.date.isoformat()} ångrades")
        if order:
            _write_order(db, order + [i for i in _ids(list_items(db, original.meeting_id, include_moved=True))
                                      if i not in order])
    return get_item(db, saved_id(original))


# ---------------------------------------------------------------- attachments


def check_pdf(data: bytes, filename: str) -> int:
    """The page count of a readable PDF; raises ``AttachmentNotPdf`` naming the file."""
    name = Path(filename).name
    if len(data) > MAX_ATTACHMENT_BYTES:
        raise AttachmentNotPdf(f"Filen {name} är för stor ({len(data) // 1_000_000} MB).", hint="Bilagor får vara högst 50 MB.")
    if not data.lstrip()[:5] == b"%PDF-":
        raise AttachmentNotPdf(f"Filen {name} är ingen PDF-fil.", hint="Spara dokumentet som PDF och bifoga det igen.")
    from pypdf import PdfReader

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            reader = PdfReader(io.BytesIO(data))
            if reader.is_encrypted:
                raise AttachmentNotPdf(f"Filen {name} är lösenordsskyddad.", hint="Spara en kopia utan lösenord och bifoga den.")
            pages = len(reader.pages)
            for page in reader.pages[:1]:
                page.extract_text()
    except AttachmentNotPdf:
        raise
    except Exception as exc:  # noqa: BLE001 - any parser failure means "not readable"
        raise AttachmentNotPdf(f"Filen {name} går inte att läsa som PDF ({type(exc).__name__}).",
                               hint="Filen kan vara skadad. Spara om den som PDF och försök igen.") from None
    if pages < 1:
        raise AttachmentNotPdf(f"Filen {name} har inga sidor.", hint="Välj en annan fil.")
    return pages


def add_attachment(db: Database, item_id: int, filename: str, data: bytes, title: str = "") -> Attachment:
    """Store a PDF with the item (refused at once, with its name, if not a readable PDF)."""
    pages = check_pdf(data, filename)
    name = Path(filename).name
    with db.atomic():
        get_item(db, item_id)
        position = db.execute("SELECT coalesce(max(position), 0) + 1 FROM item_attachment WHERE item_id = ?", [item_id]).fetchone()[0]
        new_id = inserted_id(db.table("item_attachment").insert({
            "item_id": item_id, "position": position, "title": (title or Path(name).stem).strip(), "filename": name,
            "pages": pages, "size": len(data), "sha256": hashlib.sha256(data).hexdigest(), "data": data,
        }))
        add_history(db, item_id, f"Bilagan {name} lades till")
    return get_attachment(db, new_id)


def add_attachment_from_file(db: Database, item_id: int, path: Path | str, title: str = "") -> Attachment:
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise AttachmentNotPdf(f"Filen {path.name} går inte att läsa ({exc.strerror}).", hint=f"Kontrollera filen {path}.") from None
    return add_attachment(db, item_id, path.name, data, title)


def _attachment(r: dict) -> Attachment:
    return Attachment(id=r["id"], item_id=r["item_id"], title=r["title"], filename=r["filename"],
                      pages=r["pages"], size=r["size"], position=r["position"])


def get_attachment(db: Database, attachment_id: int) -> Attachment:
    rows = list(db.query("SELECT id, item_id, title, filename, pages, size, position FROM item_attachment WHERE id = ?", [attachment_id]))
    if not rows:
        raise NotFound(f"Bilagan (id {attachment_id}) finns inte.")
    return _attachment(rows[0])


def list_attachments(db: Database, item_id: int) -> list[Attachment]:
    return [_attachment(r) for r in db.query(
        "SELECT id, item_id, title, filename, pages, size, position FROM item_attachment WHERE item_id = ? ORDER BY position, id",
        [item_id])]


def attachment_data(db: Database, attachment_id: int) -> bytes:
    row = db.execute("SELECT data FROM item_attachment WHERE id = ?", [attachment_id]).fetchone()
    if row is None:
        raise NotFound(f"Bilagan (id {attachment_id}) finns inte.")
    return bytes(row[0])


def remove_attachment(db: Database, attachment_id: int) -> None:
    with db.atomic():
        a = get_attachment(db, attachment_id)
        db.execute("DELETE FROM item_attachment WHERE id = ?", [attachment_id])
        add_history(db, a.item_id, f"Bilagan {a.filename} togs bort")
