"""CLI for meetings: ``uppfoljning pdf KIND --meeting YYYY-MM-DD [--item N] [--public]
[--original] -o FILE`` for kallelse, ordforandeforslag, tjansteskrivelse, protokoll,
protokollsutdrag and handlingar; and the ``meeting`` group: ``meeting list``,
``meeting status --meeting D --to STATUS [--date D]`` (one legal step of the life cycle,
``domain.meeting_lifecycle``) and ``meeting correct --meeting D --item N --decision TEXT
--reason TEXT`` (a rättelse of an adjusted §)."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path

KINDS = {
    "kallelse": "Kallelse med föredragningslista",
    "ordforandeforslag": "Ordförandeförslag",
    "tjansteskrivelse": "Tjänsteskrivelse för ett ärende (--item N)",
    "protokoll": "Protokoll",
    "protokollsutdrag": "Protokollsutdrag för en paragraf (--item N)",
    "handlingar": "Möteshandlingar: kallelse, tjänsteskrivelser och bilagor i en PDF",
}


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"\"{text}\" är inget datum på formen ÅÅÅÅ-MM-DD") from None


def _handler(kind: str):
    def run(args: argparse.Namespace, ctx) -> int:
        from uppfoljning_desktop.errors import UserError
        from uppfoljning_desktop.reports.meetings_bundle import (
            publish_meeting_document,
            render_meeting_document,
        )

        if (args.accept_findings or args.mask or args.accept) and not args.public:
            raise UserError("--accept-findings, --maskera och --godta gäller bara offentliga versioner.",
                            hint="Lägg till --public.")
        db = ctx.require_existing_db()
        try:
            if args.public:
                data, review = publish_meeting_document(
                    db, kind, args.meeting, item_no=args.item, mask=args.mask, accept=args.accept,
                    accept_all=args.accept_findings)
            else:
                data = render_meeting_document(db, kind, args.meeting, item_no=args.item,
                                               original=getattr(args, "original", False))
        finally:
            db.close()
        out: Path = args.output
        try:
            out.write_bytes(data)
        except OSError as exc:
            raise UserError(f"Det gick inte att skriva {out} ({exc.strerror}).",
                            hint="Kontrollera att mappen finns och att filen inte är öppen i ett annat program.") from None
        print(f"{KINDS[kind].split(' (')[0]} sparades: {out}")
        if args.public:
            masked = sum(1 for d in review.decisions.values() if d == "maskera")
            print(f"Publiceringskontroll: inga ogranskade personuppgifter ({masked} maskerade och "
                  f"{len(review.decisions) - masked} godtagna uppgifter för sammanträdet; privata nummer "
                  "ur krisplanen maskeras alltid).")
        return 0

    return run


def _meeting_show(args: argparse.Namespace, ctx) -> int:
    """``meeting show``: the minutes of one meeting, per § (KL 5:67), as text or JSON."""
    import json

    from uppfoljning_desktop.reports.meetings_common import load_pack
    from uppfoljning_desktop.reports.minutes_export import minutes_data
    from uppfoljning_desktop.store import meetings as meeting_store
    from uppfoljning_desktop.store import motions

    db = ctx.require_existing_db()
    try:
        meeting = meeting_store.get_meeting_by_date(db, args.meeting)
        assert meeting.id is not None
        pack = load_pack(db, meeting.id)
        data = minutes_data(pack, {i.id: motions.list_attendance_at(db, i.id) for i in pack.items if i.id is not None},
                            public=args.public)
    finally:
        db.close()
    if args.json:
        print(json.dumps(data, ensure_ascii=False, indent=2))
        return 0
    print(f"{data['committee']} {data['date']} ({data['state']}), {data['law']}")
    for s in data["sections"]:
        head = f"§ {s['section']}" if s["section"] else f"{s['number']}."
        print(f"\n{head} {s.get('title') or s.get('confidential')}")
        for line in s.get("attendance_changes", []):
            print(f"  {line}")
        for mo in s.get("motions", []):
            print(f"  Yrkande: {mo['printed']}" + (" [återtaget]" if mo["withdrawn"] else ""))
        for q in s.get("questions", []):
            count = q.get("count")
            for line in q["printed"]:
                print(f"  {line}")
            if count:
                print(f"  Omröstning: {count['ja']} ja, {count['nej']} nej, {count['avstår']} avstår"
                      + (", ordförandens utslagsröst" if count["ordförandens_utslagsröst"] else ""))
        if s.get("decision"):
            print(f"  Beslut: {s['decision']}")
        for r in s.get("reservations", []):
            print(f"  Reservation: {r.get('printed') or r['text']}")
        for n in s.get("notes", []):
            print(f"  Protokollsanteckning: {n.get('printed') or n['text']}")
    return 0


def _register_show(registry) -> None:
    p = registry.group("meeting", "Sammanträden och protokoll").add_parser(
        "show", help="Visa protokollet per paragraf: yrkanden, propositioner, omröstningar, beslut, reservationer",
        description="Visa protokollet per paragraf (KL 5:67): yrkanden, propositionsordning, omröstningar med "
                    "varje ledamots röst, beslut, reservationer, protokollsanteckningar och närvaro per paragraf.")
    p.add_argument("--meeting", required=True, type=_date, metavar="ÅÅÅÅ-MM-DD", help="sammanträdets datum")
    p.add_argument("--json", action="store_true", help="skriv ut som JSON")
    p.add_argument("--public", action="store_true", help="offentlig version: sekretessärenden maskeras")
    p.set_defaults(func=_meeting_show, writes=False)  # reads only: allowed beside an open window


def register(registry) -> None:
    _register_show(registry)
    for kind, help_text in KINDS.items():
        p = registry.pdf(kind, help_text)
        p.add_argument("--meeting", required=True, type=_date, metavar="ÅÅÅÅ-MM-DD", help="sammanträdets datum")
        p.add_argument("--item", type=int, metavar="N", help="ärendets nummer på föredragningslistan")
        p.add_argument("--public", action="store_true",
                       help="offentlig version: sekretessärenden maskeras och personuppgifter granskas")
        p.add_argument("--maskera", dest="mask", action="append", default=[], metavar="ID",
                       help="maskera fyndet ID från publiceringskontrollen (kan upprepas)")
        p.add_argument("--godta", dest="accept", action="append", default=[], metavar="ID",
                       help="godta fyndet ID för publicering (kan upprepas)")
        p.add_argument("--accept-findings", action="store_true",
                       help="godta alla fynd som återstår och skriv den offentliga versionen")
        if kind in ("protokoll", "protokollsutdrag"):
            p.add_argument("--original", action="store_true",
                           help="det justerade originalet, utan senare rättelser")
        p.add_argument("-o", "--output", required=True, type=Path, metavar="FIL", help="PDF-filen som skrivs")
        p.set_defaults(func=_handler(kind))
    register_meeting_group(registry)


# ---------------------------------------------------------------- meeting list/status/correct


def _cmd_list(args: argparse.Namespace, ctx) -> int:
    from uppfoljning_desktop.store import corrections
    from uppfoljning_desktop.store import meetings as store

    db = ctx.require_existing_db()
    try:
        meetings = store.list_meetings(db, year=args.year)
        counts = {m.id: sum(len(v) for v in corrections.corrections_for_meeting(db, m.id).values())  # type: ignore[arg-type]
                  for m in meetings}
    finally:
        db.close()
    if not meetings:
        print("Inga sammanträden." if args.year is None else f"Inga sammanträden {args.year}.")
    for m in meetings:
        parts = []
        if m.adjustment_date and m.state.rank >= m.state.ADJUSTED.rank:
            parts.append(f"justerat {m.adjustment_date.isoformat()}")
        if m.posted_on and m.state.rank >= m.state.POSTED.rank:
            parts.append(f"anslaget {m.posted_on.isoformat()}")
        if m.taken_down_on:
            parts.append(f"nedtaget {m.taken_down_on.isoformat()}")
        n = counts[m.id]
        if n:
            parts.append("1 rättelse" if n == 1 else f"{n} rättelser")
        print(f"{m.date.isoformat()}  {m.state.value:<10} {', '.join(parts)}".rstrip())
    return 0


def _cmd_status(args: argparse.Namespace, ctx) -> int:
    from uppfoljning_desktop.domain.meetings import MeetingState
    from uppfoljning_desktop.store import meetings as store

    db = ctx.require_existing_db()
    try:
        m = store.get_meeting_by_date(db, args.meeting)
        assert m.id is not None
        m = store.set_state(db, m.id, MeetingState(args.to), on=args.date)
    finally:
        db.close()
    dates = {"kallat": m.notice_sent_on, "justerat": m.adjustment_date, "anslaget": m.posted_on,
             "nedtaget": m.taken_down_on}
    when = dates.get(m.state.value)
    print(f"Sammanträdet {m.date.isoformat()} är nu {m.state.value}" + (f" ({when.isoformat()})." if when else "."))
    return 0


def _default_corrector(db) -> str:
    from uppfoljning_desktop.domain.organisation import OfficialRole
    from uppfoljning_desktop.store import organisation as org_store

    secretary = next((o for o in org_store.list_officials(db) if o.role == OfficialRole.SECRETARY), None)
    return secretary.name if secretary else ""


def _cmd_correct(args: argparse.Namespace, ctx) -> int:
    from uppfoljning_desktop.store import corrections
    from uppfoljning_desktop.store import meeting_items as items
    from uppfoljning_desktop.store import meetings as store

    db = ctx.require_existing_db()
    try:
        m = store.get_meeting_by_date(db, args.meeting)
        assert m.id is not None
        item = items.get_item_by_number(db, m.id, args.item)
        assert item.id is not None
        c = corrections.correct_item(db, item.id, new_text=args.decision, reason=args.reason,
                                     corrected_by=args.by or _default_corrector(db))
    finally:
        db.close()
    print(f"§ {item.section_no} (\"{item.title}\") i protokollet från {m.date.isoformat()} rättades (version {c.version}, "
          f"{c.corrected_at:%Y-%m-%d %H:%M}, {c.corrected_by}).")
    print("Protokollet och protokollsutdraget visar nu rättelsen; originalet skrivs ut med --original.")
    return 0


def register_meeting_group(registry) -> None:
    from uppfoljning_desktop.domain.meetings import MeetingState

    sub = registry.group("meeting", "Sammanträden: lista, ändra status (justera, anslå …) och rätta paragrafer")
    p = sub.add_parser("list", help="ett sammanträde per rad: datum, status, justering och anslag",
                       description="Ett sammanträde per rad: datum, status och, för justerade protokoll, "
                       "justerings- och anslagsdatum.")
    p.add_argument("--year", type=int, metavar="ÅÅÅÅ", help="bara ett år")
    p.set_defaults(func=_cmd_list, writes=False)
    p = sub.add_parser("status", help="ta ett steg i sammanträdets gång (kallat, genomfört, justerat …)",
                       description="Ta ett tillåtet steg: planerat → kallat → genomfört → justerat → anslaget → "
                       "nedtaget. Ett otillåtet steg ändrar ingenting (slutkod 2).")
    p.add_argument("--meeting", required=True, type=_date, metavar="ÅÅÅÅ-MM-DD", help="sammanträdets datum")
    p.add_argument("--to", required=True, choices=[s.value for s in MeetingState], metavar="STATUS",
                   help="ny status: " + ", ".join(s.value for s in MeetingState))
    p.add_argument("--date", type=_date, metavar="ÅÅÅÅ-MM-DD",
                   help="dagen steget togs (kallelsen skickades, justeringen, anslaget …); annars idag "
                   "eller det datum som redan står på sammanträdet")
    p.set_defaults(func=_cmd_status)
    p = sub.add_parser("correct", help="rätta beslutet i en paragraf i ett justerat protokoll",
                       description="Rättelse av en paragraf i ett justerat protokoll: en ny version med vad som "
                       "ändrades, varför, av vem och när. Originalet finns kvar (JO 581-2013).")
    p.add_argument("--meeting", required=True, type=_date, metavar="ÅÅÅÅ-MM-DD", help="sammanträdets datum")
    p.add_argument("--item", required=True, type=int, metavar="N", help="ärendets nummer på föredragningslistan")
    p.add_argument("--decision", required=True, metavar="TEXT", help="beslutet som det ska lyda")
    p.add_argument("--reason", required=True, metavar="TEXT", help="varför paragrafen rättas")
    p.add_argument("--by", metavar="NAMN", help="vem som rättar (annars nämndsekreteraren)")
    p.set_defaults(func=_cmd_correct)
