"""Crisis commands: print the plan, role cards, contact list, offline copy and event logs.

    uppfoljning [--db FIL] pdf krisplan|rollkort|kontaktlista|krisparm [--utan-privata] -o FIL
    uppfoljning [--db FIL] pdf beslutslogg|handelselogg|lagesbild|utvardering --event ID -o FIL
    uppfoljning [--db FIL] krislogg --event ID [--typ beslut] TEXT   (append one log entry)
    uppfoljning [--db FIL] kris                                         (events and gaps)
"""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path

PLAN_HELP = {
    "krisplan": "Hela krisledningsplanen",
    "rollkort": "Rollkorten, ett per sida",
    "kontaktlista": "Kontaktlistan (krisledningsgruppen och externa kontakter)",
    "krisparm": "Offlinekopia för krispärmen: plan, rollkort och kontaktlista i en PDF",
}
EVENT_HELP = {
    "beslutslogg": "Beslutsloggen för en händelse, med rättelser",
    "handelselogg": "Hela händelseloggen, med rättelser",
    "lagesbild": "Den aktuella lägesbilden",
    "utvardering": "Utvärderingschecklistan efter händelsen",
}


def _write_plan(args: argparse.Namespace, ctx) -> int:
    from uppfoljning_desktop.reports.crisis import render_plan_kind

    db = ctx.require_existing_db()
    try:
        render_plan_kind(db, args.kind, args.output, include_private=not getattr(args, "utan_privata", False))
    finally:
        db.close()
    print(f"{PLAN_HELP[args.kind]} sparades: {args.output}")
    return 0


def _write_event(args: argparse.Namespace, ctx) -> int:
    from uppfoljning_desktop.reports.crisis_event import render_event_kind

    db = ctx.require_existing_db()
    try:
        render_event_kind(db, args.kind, args.event, args.output)
    finally:
        db.close()
    print(f"{EVENT_HELP[args.kind]} sparades: {args.output}")
    return 0


def _append(args: argparse.Namespace, ctx) -> int:
    from uppfoljning_desktop.domain.crisis import EntryType, LogEntry
    from uppfoljning_desktop.store import crisis_log

    ctx.require_existing_db().close()  # migrate, back up, refuse a missing file
    db = crisis_log.open_log_connection(ctx.db_path)
    try:
        corrects_id = None
        if args.rattar is not None:
            match = [e for e in crisis_log.list_log_entries(db, args.event) if e.number == args.rattar]
            if not match:
                from uppfoljning_desktop.errors import NotFound

                raise NotFound(f"Händelse {args.event} har ingen loggpost nr {args.rattar}.",
                               hint="Se numren i den utskrivna händelseloggen.")
            corrects_id = match[0].id
        entry = crisis_log.append_log_entry(db, LogEntry(
            event_id=args.event, entry_type=EntryType(args.typ), text=" ".join(args.text),
            decided_by=args.beslutat_av or "", responsible=args.ansvarig or "", corrects_id=corrects_id,
        ))
    finally:
        db.close()
    print(f"Loggpost nr {entry.number} sparad {entry.created_at:%H:%M:%S}.")
    return 0


def _overview(args: argparse.Namespace, ctx) -> int:
    from uppfoljning_desktop.domain.crisis_gaps import find_gaps
    from uppfoljning_desktop.store import crisis as store
    from uppfoljning_desktop.store import crisis_log

    db = ctx.require_existing_db()
    try:
        plan = store.get_current_plan(db)
        if plan is None:
            print("Ingen krisplan finns ännu.")
        else:
            adopted = plan.adopted_on.isoformat() if plan.adopted_on else "ej fastställd"
            print(f"Krisplan version {plan.version}, fastställd: {adopted} {plan.decision_reference}".rstrip())
            gaps = find_gaps(store.load_plan_content(db), dt.date.today())
            print(f"Brister: {len(gaps)}")
            for g in gaps:
                print(f"  {g.where}: {g.message}")
        for e in crisis_log.list_events(db):
            mark = " (ÖVNING)" if e.is_exercise else ""
            print(f"Händelse {e.id}: {e.name}{mark}, start {e.started_at:%Y-%m-%d %H:%M}")
    finally:
        db.close()
    return 0


def register(registry) -> None:
    from uppfoljning_desktop.domain.crisis import EntryType

    for kind, help_text in PLAN_HELP.items():
        p = registry.pdf(kind, help_text)
        p.add_argument("--utan-privata", action="store_true",
                       help="utan privata telefonnummer och e-postadresser (rollkorten har inga)")
        p.add_argument("-o", "--output", type=Path, required=True, metavar="FIL", help="PDF-filen som skapas")
        p.set_defaults(func=_write_plan, kind=kind)
    for kind, help_text in EVENT_HELP.items():
        p = registry.pdf(kind, help_text)
        p.add_argument("--event", type=int, required=True, metavar="ID", help="händelsens id (se 'uppfoljning kris')")
        p.add_argument("-o", "--output", type=Path, required=True, metavar="FIL", help="PDF-filen som skapas")
        p.set_defaults(func=_write_event, kind=kind)
    p = registry.command("krislogg", "Skriv en post i en händelses logg (sparas direkt på disk)")
    p.add_argument("--event", type=int, required=True, metavar="ID", help="händelsens id")
    p.add_argument("--typ", choices=[t.value for t in EntryType], default=EntryType.INFORMATION.value,
                   help="posttyp (standard: information)")
    p.add_argument("--beslutat-av", metavar="NAMN")
    p.add_argument("--ansvarig", metavar="NAMN")
    p.add_argument("--rattar", type=int, metavar="NR", help="numret på posten som rättas")
    p.add_argument("text", nargs="+", help="postens text")
    p.set_defaults(func=_append)
    p = registry.command("kris", "Visa krisplanens version, brister och händelser")
    p.set_defaults(func=_overview, writes=False)
