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


def register(registry) -> None:
    for kind, help_text in KINDS.items():
        p = registry.pdf(kind, help_text)
        p.add_argument("--meeting", required=True, type=_date, metavar="ÅÅÅÅ-MM-DD", help="sammanträdets datum")
        p.add_argument("--item", type=int, metavar="N", help="ärendets nummer på föredragningslistan")
        p.add_argument("--public", action="store_true", help="offentlig version: sekretessärenden maskeras")
        p.add_argument("-o", "--output", required=True, type=Path, metavar="FIL", help="PDF-filen som skrivs")
        p.set_defaults(func=_handler(kind))
