"""CLI for meeting documents: ``uppfoljning pdf KIND --meeting YYYY-MM-DD [--item N]
[--public] -o FILE`` for kallelse, ordforandeforslag, tjansteskrivelse, protokoll,
protokollsutdrag and handlingar."""

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
        from uppfoljning_desktop.reports.meetings_bundle import render_meeting_document

        db = ctx.require_existing_db()
        try:
            data = render_meeting_document(db, kind, args.meeting, item_no=args.item, public=args.public)
        finally:
            db.close()
        out: Path = args.output
        try:
            out.write_bytes(data)
        except OSError as exc:
            raise UserError(f"Det gick inte att skriva {out} ({exc.strerror}).",
                            hint="Kontrollera att mappen finns och att filen inte är öppen i ett annat program.") from None
        print(f"{KINDS[kind].split(' (')[0]} sparad: {out}")
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
    p.set_defaults(func=_meeting_show)


def register(registry) -> None:
    _register_show(registry)
    for kind, help_text in KINDS.items():
        p = registry.pdf(kind, help_text)
        p.add_argument("--meeting", required=True, type=_date, metavar="ÅÅÅÅ-MM-DD", help="sammanträdets datum")
        p.add_argument("--item", type=int, metavar="N", help="ärendets nummer på föredragningslistan")
        p.add_argument("--public", action="store_true", help="offentlig version: sekretessärenden maskeras")
        p.add_argument("-o", "--output", required=True, type=Path, metavar="FIL", help="PDF-filen som skrivs")
        p.set_defaults(func=_handler(kind))
