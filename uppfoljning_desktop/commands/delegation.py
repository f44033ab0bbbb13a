"""CLI for delegation decisions: the printed report to the committee and the Excel
templates (returned files are read with the common ``excel import``).

    uppfoljning --db FIL pdf delegationsbeslut --meeting 2016-09-22 -o delegationsbeslut.pdf
    uppfoljning --db FIL excel delegation-template --unit Jobbcenter --month 2016-08 -o lista.xlsx
    uppfoljning --db FIL excel delegation-rules --version 2016-02-25 -o delegationsordning.xlsx
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


def _month(text: str) -> str:
    from uppfoljning_desktop.domain.delegation import parse_month

    try:
        return parse_month(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def _write(kind_name: str, scope: dict[str, str], output: Path, ctx) -> Path:
    from uppfoljning_desktop.excel.spec import get_kind
    from uppfoljning_desktop.excel.writer import write_template

    db = ctx.require_existing_db()
    try:
        return write_template(db, get_kind(kind_name), scope, output).path
    finally:
        db.close()


def _cmd_template(args: argparse.Namespace, ctx) -> int:
    path = _write("delegationslista", {"unit": args.unit, "month": args.month}, args.output, ctx)
    print(f"Mallen för {args.unit} {args.month} sparades i {path}")
    print("Läs in den ifyllda filen med: uppfoljning excel import FIL")
    return 0


def _cmd_rules(args: argparse.Namespace, ctx) -> int:
    version = args.version
    if version is None:
        from uppfoljning_desktop.store.delegation import list_rulesets

        db = ctx.require_existing_db()
        try:
            versions = list_rulesets(db)
        finally:
            db.close()
        if not versions:
            from uppfoljning_desktop.errors import NotFound

            raise NotFound("Det finns ingen delegationsordning att exportera.")
        version = versions[-1].decided_on
    path = _write("delegationsordning", {"version": version.isoformat()}, args.output, ctx)
    print(f"Delegationsordningen beslutad {version.isoformat()} sparades i {path}")
    return 0


def register(registry) -> None:
    p = registry.pdf("delegationsbeslut", "Anmälan av delegationsbeslut till ett sammanträde")
    p.add_argument("--meeting", required=True, type=_date, metavar="ÅÅÅÅ-MM-DD", help="sammanträdets datum")
    p.add_argument("--dnr", metavar="DNR", help="ärendets diarienummer, t.ex. AVUX/2015:132")
    p.add_argument("-o", "--output", required=True, type=Path, metavar="FIL", help="PDF-filen som skapas")
    p.set_defaults(func=_cmd_pdf)

    p = registry.excel("delegation-template", "Excel-mall för en verksamhets delegationsbeslut under en månad")
    p.add_argument("--unit", required=True, metavar="VERKSAMHET", help="t.ex. Jobbcenter")
    p.add_argument("--month", required=True, type=_month, metavar="ÅÅÅÅ-MM", help="t.ex. 2016-08")
    p.add_argument("-o", "--output", required=True, type=Path, metavar="FIL", help="mallen som skapas (.xlsx)")
    p.set_defaults(func=_cmd_template)

    p = registry.excel("delegation-rules", "Delegationsordningen som Excel-blad (ändra och läs in med excel import)")
    p.add_argument("--version", type=_date, metavar="ÅÅÅÅ-MM-DD", help="versionens beslutsdatum (annars den senaste)")
    p.add_argument("-o", "--output", required=True, type=Path, metavar="FIL", help="filen som skapas (.xlsx)")
    p.set_defaults(func=_cmd_rules)
