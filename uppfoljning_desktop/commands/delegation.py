"""CLI for delegation decisions: the printed report to the committee.

    uppfoljning --db FIL pdf delegationsbeslut --meeting 2016-09-22 -o delegationsbeslut.pdf
"""

from __future__ import annotations

import argparse
from pathlib import Path


def _date(text: str):
    from uppfoljning_desktop.domain.dates import parse_iso_date

    try:
        return parse_iso_date(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def _cmd_pdf(args: argparse.Namespace, ctx) -> int:
    from uppfoljning_desktop.reports.delegation import render_decisions_report
    from uppfoljning_desktop.store.errors import user_errors

    db = ctx.require_existing_db()
    try:
        with user_errors(args.output):
            render_decisions_report(db, args.meeting, args.output, reference=args.dnr or "")
    finally:
        db.close()
    print(f"Delegationsbesluten till sammanträdet {args.meeting.isoformat()} sparades i {args.output}")
    return 0


def register(registry) -> None:
    p = registry.pdf("delegationsbeslut", "Anmälan av delegationsbeslut till ett sammanträde")
    p.add_argument("--meeting", required=True, type=_date, metavar="ÅÅÅÅ-MM-DD", help="sammanträdets datum")
    p.add_argument("--dnr", metavar="DNR", help="ärendets diarienummer, t.ex. AVUX/2015:132")
    p.add_argument("-o", "--output", required=True, type=Path, metavar="FIL", help="PDF-filen som skapas")
    p.set_defaults(func=_cmd_pdf)
