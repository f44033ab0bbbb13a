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
                data = render_meeting_document(db, kind, args.meeting, item_no=args.item)
        finally:
            db.close()
        out: Path = args.output
        try:
            out.write_bytes(data)
        except OSError as exc:
            raise UserError(f"Det gick inte att skriva {out} ({exc.strerror}).",
                            hint="Kontrollera att mappen finns och att filen inte är öppen i ett annat program.") from None
        print(f"{KINDS[kind].split(' (')[0]} sparad: {out}")
        if args.public:
            masked = sum(1 for d in review.decisions.values() if d == "maskera")
            print(f"Publiceringskontroll: inga ogranskade personuppgifter ({masked} maskerade och "
                  f"{len(review.decisions) - masked} godtagna uppgifter för sammanträdet; privata nummer "
                  "ur krisplanen maskeras alltid).")
        return 0

    return run


def register(registry) -> None:
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
        p.add_argument("-o", "--output", required=True, type=Path, metavar="FIL", help="PDF-filen som skrivs")
        p.set_defaults(func=_handler(kind))
