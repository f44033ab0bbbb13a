"""``uppfoljning excel templates`` and ``uppfoljning excel import``.

``templates`` writes one workbook per unit for a period (and with ``--eml`` one e-mail
draft each). ``import`` checks every file, imports all of them in one transaction only
if none has an error, and exits 0 only when everything was imported; it dispatches on
the kind in each file's metadata, so every template kind uses this one command.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from pathlib import Path

GOALS_KIND = "maluppfoljning"


def register(registry) -> None:
    p = registry.excel("templates", "Skriv en Excel-mall per verksamhet för en period (och e-postutkast)")
    p.add_argument("--period", required=True, metavar="PERIOD", help='t.ex. "Delår 2 2024"')
    p.add_argument("--out", required=True, type=Path, metavar="MAPP", help="mapp där mallarna sparas")
    p.add_argument("--deadline", metavar="ÅÅÅÅ-MM-DD", help="sista dag att skicka tillbaka (står i mallen och e-posten)")
    p.add_argument("--eml", action="store_true", help="skriv också ett e-postutkast (.eml) per verksamhet")
    p.add_argument("--unit", action="append", metavar="VERKSAMHET", help="bara den här verksamheten (kan upprepas)")
    p.add_argument("--kind", default=GOALS_KIND, metavar="TYP", help=argparse.SUPPRESS)
    p.set_defaults(func=_cmd_templates)

    p = registry.excel("import", "Läs in ifyllda Excel-mallar (alla eller inga)")
    p.add_argument("files", nargs="+", type=Path, metavar="FIL", help="returnerade .xlsx-filer")
    p.add_argument("--dry-run", action="store_true", help="kontrollera och visa ändringar, men spara inget")
    p.add_argument("--json", action="store_true", help="skriv resultatet som JSON (per fil: status, antal, problem)")
    p.add_argument("--period", metavar="PERIOD", help="avvisa filer som gäller en annan period")
    p.set_defaults(func=_cmd_import, writes=lambda args: not args.dry_run)


def _parse_deadline(text: str | None) -> dt.date | None:
    if not text:
        return None
    from uppfoljning_desktop.domain.dates import parse_iso_date
    from uppfoljning_desktop.errors import UserError

    try:
        return parse_iso_date(text)
    except ValueError as exc:
        raise UserError(f"--deadline: {exc}.") from None


def _cmd_templates(args: argparse.Namespace, ctx) -> int:
    from uppfoljning_desktop.excel.sending import write_templates
    from uppfoljning_desktop.excel.spec import get_kind

    deadline = _parse_deadline(args.deadline)
    kind = get_kind(args.kind)
    db = ctx.require_existing_db()
    try:
        sent = write_templates(
            db, kind, {"period": args.period}, args.out, deadline=deadline, eml=args.eml,
            units=set(args.unit) if args.unit else None,
        )
    finally:
        db.close()
    for s in sent:
        line = f"{s.path}"
        if s.eml_path:
            line += f"  (e-postutkast: {s.eml_path.name} till {s.content.recipient_email or 'okänd mottagare'})"
        print(line)
    from uppfoljning_desktop.domain.numbers import plural

    print(f"{plural(len(sent), 'mall', 'mallar')} sparades i {args.out}.")
    return 0


def _cmd_import(args: argparse.Namespace, ctx) -> int:
    from uppfoljning_desktop.excel.importer import import_files

    db = ctx.require_existing_db()
    try:
        expected = {"period": args.period} if args.period else None
        result = import_files(db, args.files, dry_run=args.dry_run, expected_scope=expected)
    finally:
        db.close()
    if args.json:
        json.dump(result.as_dict(), sys.stdout, ensure_ascii=False, indent=2)
        print()
    else:
        _print_human(result)
    if result.imported:
        return 0
    # A dry run succeeds when every file would have been imported; a rejected file is a
    # known failure, told in Swedish per file and cell (exit 2; 1 is kept for bugs).
    return 0 if args.dry_run and result.ok else 2


def _print_human(result) -> None:
    for f in result.files:
        print(f"{f.path.name}: {f.status.value} ({f.values} värden, {len(f.changes)} ändringar, "
              f"{len(f.errors)} fel, {len(f.warnings)} varningar)")
        for c in f.changes:
            print(f"  {c.sheet}!{c.cell} {c.label}: {c.old or '(tomt)'} → {c.new or '(tomt)'}")
        for p in f.problems:
            where = f"{p.where}: " if p.where else ""
            print(f"  {p.severity.value.upper()}: {where}{p.message}", file=sys.stderr if p.severity.value == "fel" else sys.stdout)
    if result.imported:
        n = len(result.files)
        print("Filen lästes in." if n == 1 else f"Alla {n} filer lästes in.")
    elif result.dry_run and result.ok:
        print("Provkörning: filerna är felfria; inget sparades.")
    else:
        print("Inget sparades: rätta felen (eller ta bort filen ur inläsningen) och försök igen.", file=sys.stderr)
