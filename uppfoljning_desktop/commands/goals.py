"""CLI for goal follow-up: ``uppfoljning pdf uppfoljning --period "Delår 2 2024" -o FILE``."""

from __future__ import annotations

import argparse
from pathlib import Path


def register(registry) -> None:
    p = registry.pdf("uppfoljning", "Måluppföljningen (delårsrapport/verksamhetsberättelse) för en period")
    p.add_argument("--period", required=True, metavar="PERIOD", help='t.ex. "Delår 2 2024" eller "Helår 2019"')
    p.add_argument("--plan", metavar="PLAN", help="verksamhetsplanens namn (annars planen som omfattar året)")
    p.add_argument("-o", "--output", required=True, type=Path, metavar="FIL", help="PDF-filen som skrivs")
    p.set_defaults(func=_cmd_pdf)
    p = registry.command("perioder", "Lista måluppföljningens perioder och verksamhetsplaner")
    p.set_defaults(func=_cmd_periods, writes=False)


def _plan_id(db, name: str | None) -> int | None:
    from uppfoljning_desktop.errors import NotFound
    from uppfoljning_desktop.store import goals as store

    if not name:
        return None
    for plan in store.list_plans(db):
        if plan.name.casefold() == name.strip().casefold():
            return plan.id
    known = "; ".join(p.name for p in store.list_plans(db)) or "inga"
    raise NotFound(f"Verksamhetsplanen \"{name}\" finns inte.", hint=f"Planer: {known}.")


def _cmd_pdf(args: argparse.Namespace, ctx) -> int:
    from uppfoljning_desktop.errors import UserError
    from uppfoljning_desktop.reports.goals import build_goal_report
    from uppfoljning_desktop.store import goals as store
    from uppfoljning_desktop.store.errors import user_errors

    db = ctx.require_existing_db()
    try:
        period = store.get_period_by_label(db, args.period)
        data = build_goal_report(db, period.id, _plan_id(db, args.plan))
    finally:
        db.close()
    output: Path = args.output
    if output.is_dir():
        raise UserError(f"{output} är en mapp.", hint="Ange ett filnamn, t.ex. -o uppfoljning.pdf.")
    tmp = output.with_name(output.name + ".tmp")
    with user_errors(output):
        output.parent.mkdir(parents=True, exist_ok=True)
        tmp.write_bytes(data)
        tmp.replace(output)  # never a half-written PDF under the real name
    print(f"Måluppföljningen för {period.label} sparades: {output}")
    return 0


def _cmd_periods(args: argparse.Namespace, ctx) -> int:
    from uppfoljning_desktop.store import goals as store

    db = ctx.require_existing_db()
    try:
        for plan in store.list_plans(db):
            print(f"{plan.name} ({plan.first_year}–{plan.last_year}, skala {plan.scale})")
            for p in store.list_periods_for_plan(db, plan.id):  # type: ignore[arg-type]
                print(f"  {p.label:<20} t.o.m. {p.end_date}{'  (årsbokslut)' if p.is_year_end else ''}")
    finally:
        db.close()
    return 0
