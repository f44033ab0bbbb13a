"""CLI for the sammanträdesordning: generate, show and edit the plan, print, export, create.

    uppfoljning --db F plan generate --year 2017 --weekday torsdag --time 19:00-21:30 --week 2 \
        --prep "Ordförandeberedning;måndag;16:00-17:30;plan 9 i kommunhuset;17"
    uppfoljning --db F plan show --year 2017
    uppfoljning --db F plan move --year 2017 --date 2017-01-12 --to 2017-01-19
    uppfoljning --db F pdf sammantradesordning --year 2017 -o sammantradesordning-2017.pdf
    uppfoljning --db F ics --year 2017 -o 2017.ics [--kind sammanträde] [--per-kind]
    uppfoljning --db F plan create-meetings --year 2017 --item-meeting 2016-09-22
"""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path

from uppfoljning_desktop.errors import UserError


def _date(text: str) -> dt.date:
    from uppfoljning_desktop.domain.dates import parse_iso_date

    try:
        return parse_iso_date(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def _parsed(fn, text: str):
    try:
        return fn(text)
    except ValueError as exc:
        raise UserError(str(exc)) from None


def _check_folder(path: Path) -> None:
    folder = path.resolve().parent
    if not folder.is_dir():
        raise UserError(f"Mappen {folder} finns inte; {path.name} sparades inte.",
                        hint="Skapa mappen först eller ange en annan sökväg med -o.")


def register(registry) -> None:
    plan = registry.group("plan", "Sammanträdesordning: generera, visa och ändra nästa års datum")
    p = plan.add_parser("generate", help="Generera årets sammanträden och beredningar från en regel",
                        description="Generera årets sammanträden och beredningar från en regel. "
                        "Helgdagar, midsommarafton, julafton och nyårsafton föreslås aldrig.")
    p.add_argument("--year", type=int, required=True, metavar="ÅÅÅÅ")
    p.add_argument("--weekday", default="torsdag", metavar="VECKODAG", help="sammanträdesdag (standard torsdag)")
    p.add_argument("--time", default="18:00-21:00", metavar="TT:MM-TT:MM", help="tid (standard 18:00-21:00)")
    p.add_argument("--place", default="", metavar="PLATS")
    p.add_argument("--week", type=int, default=2, metavar="N", help="vecka i månaden 1–4, 5 = sista (standard 2)")
    p.add_argument("--months", default="", metavar="M:ANTAL,…",
                   help="antal sammanträden per månad där det avviker från ett i månaden och inget i juli, t.ex. 7:0,12:2")
    p.add_argument("--prep", action="append", default=[], metavar="NAMN;VECKODAG;TID;PLATS;DAGAR",
                   help="beredningsserie, t.ex. \"Ordförandeberedning;måndag;16:00-17:30;plan 9;17\" (kan upprepas)")
    p.add_argument("--replace", action="store_true", help="ersätt en befintlig plan för året")
    p.set_defaults(func=_cmd_generate)

    p = plan.add_parser("show", help="Visa planen och dess konflikter")
    p.add_argument("--year", type=int, required=True, metavar="ÅÅÅÅ")
    p.set_defaults(func=_cmd_show, writes=False)

    p = plan.add_parser("move", help="Flytta ett datum (ett sammanträde tar med sig sina beredningar)")
    p.add_argument("--year", type=int, required=True, metavar="ÅÅÅÅ")
    p.add_argument("--date", type=_date, required=True, metavar="ÅÅÅÅ-MM-DD", help="nuvarande datum")
    p.add_argument("--to", type=_date, required=True, metavar="ÅÅÅÅ-MM-DD", help="nytt datum")
    p.add_argument("--kind", metavar="TYP", help="sammanträde eller beredningens namn, när flera ligger samma dag")
    p.set_defaults(func=_cmd_move)

    p = plan.add_parser("add", help="Lägg till ett sammanträde (med beredningar enligt regeln)")
    p.add_argument("--year", type=int, required=True, metavar="ÅÅÅÅ")
    p.add_argument("--date", type=_date, required=True, metavar="ÅÅÅÅ-MM-DD")
    p.set_defaults(func=_cmd_add)

    p = plan.add_parser("remove", help="Ta bort ett datum (ett sammanträde tar med sig sina beredningar)")
    p.add_argument("--year", type=int, required=True, metavar="ÅÅÅÅ")
    p.add_argument("--date", type=_date, required=True, metavar="ÅÅÅÅ-MM-DD")
    p.add_argument("--kind", metavar="TYP")
    p.set_defaults(func=_cmd_remove)

    p = plan.add_parser("create-meetings", help="Skapa årets sammanträden och ärendet om sammanträdesordningen")
    p.add_argument("--year", type=int, required=True, metavar="ÅÅÅÅ")
    p.add_argument("--item-meeting", type=_date, metavar="ÅÅÅÅ-MM-DD",
                   help="sammanträdet där ärendet \"Sammanträdesordning ÅÅÅÅ\" ska tas upp")
    p.set_defaults(func=_cmd_create)

    p = registry.pdf("sammantradesordning", "Sammanträdesordning ÅÅÅÅ med bilaga om beredningar")
    p.add_argument("--year", type=int, required=True, metavar="ÅÅÅÅ")
    p.add_argument("-o", "--output", type=Path, required=True, metavar="FIL")
    p.set_defaults(func=_cmd_pdf)

    p = registry.command("ics", "Exportera sammanträden och beredningar till kalendern (.ics för Outlook)")
    p.add_argument("--year", type=int, required=True, metavar="ÅÅÅÅ")
    p.add_argument("-o", "--output", type=Path, required=True, metavar="FIL")
    p.add_argument("--kind", action="append", metavar="TYP",
                   help="bara den här typen: sammanträde eller en beredning (kan upprepas)")
    p.add_argument("--per-kind", action="store_true", help="en fil per typ: FIL-sammantrade.ics …")
    p.set_defaults(func=_cmd_ics, writes=False)


def _cmd_generate(args, ctx) -> int:
    from uppfoljning_desktop.domain.schedule import (
        WEEKDAYS,
        ScheduleRule,
        parse_months,
        parse_prep_kind,
        parse_time_span,
        parse_weekday,
    )
    from uppfoljning_desktop.store import schedule as store

    start, end = _parsed(lambda t: parse_time_span(t, "--time"), args.time)
    rule = ScheduleRule(
        year=args.year, weekday=_parsed(lambda t: parse_weekday(t, "--weekday"), args.weekday),
        start=start, end=end, place=args.place, preferred_week=args.week,
        meetings_per_month=_parsed(parse_months, args.months),
        prep_kinds=[_parsed(parse_prep_kind, p) for p in args.prep],
    )
    db = ctx.require_existing_db()
    try:
        plan = store.generate_plan(db, rule, replace=args.replace)
        conflicts = store.list_conflicts(db, args.year)
    finally:
        db.close()
    print(f"Sammanträdesordning {args.year}: {len(plan.meetings)} sammanträden, "
          f"{len(plan.preparations())} beredningar ({WEEKDAYS[rule.weekday]}ar, vecka {rule.preferred_week}).")
    _print_plan(plan, conflicts)
    return 0


def _print_plan(plan, conflicts) -> None:
    from uppfoljning_desktop.domain.dates import format_date_long, format_time

    for e in plan.events:
        time = f"{format_time(e.start)}–{format_time(e.end)}" if e.start and e.end else ""
        indent = "" if e.meeting_key is None else "    "
        print(f"{indent}{e.date.isoformat()}  {format_date_long(e.date):<28} {time:<12} {e.label}"
              + (f"  ({e.place})" if e.place else ""))
        if e.note:
            print(f"{indent}    Obs: {e.note}")
    if conflicts:
        print(f"\n{len(conflicts)} konflikter:")
        for c in conflicts:
            print(f"  • {c.message}")
    else:
        print("\nInga konflikter.")


def _cmd_show(args, ctx) -> int:
    from uppfoljning_desktop.store import schedule as store

    db = ctx.require_existing_db()
    try:
        plan = store.get_plan(db, args.year)
        conflicts = store.list_conflicts(db, args.year)
    finally:
        db.close()
    _print_plan(plan, conflicts)
    return 0


def _cmd_move(args, ctx) -> int:
    from uppfoljning_desktop.domain.dates import format_date_long
    from uppfoljning_desktop.store import schedule as store

    db = ctx.require_existing_db()
    try:
        event = store.find_event_on(store.get_plan(db, args.year), args.date, args.kind)
        assert event.id is not None
        moved = store.update_event(db, event.id, date=args.to)
        conflicts = [c for c in store.list_conflicts(db, args.year) if moved.key in c.event_keys]
    finally:
        db.close()
    print(f"{moved.label} flyttat från {format_date_long(args.date)} till {format_date_long(moved.date)}.")
    for c in conflicts:
        print(f"Konflikt: {c.message}")
    return 0


def _cmd_add(args, ctx) -> int:
    from uppfoljning_desktop.domain.dates import format_date_long
    from uppfoljning_desktop.store import schedule as store

    db = ctx.require_existing_db()
    try:
        added = store.add_meeting(db, args.year, args.date)
        preps = [e for e in store.get_plan(db, args.year).events if e.meeting_key == added.key]
    finally:
        db.close()
    print(f"Sammanträde {format_date_long(added.date)} tillagt, med {len(preps)} beredningar.")
    return 0


def _cmd_remove(args, ctx) -> int:
    from uppfoljning_desktop.domain.dates import format_date_long
    from uppfoljning_desktop.store import schedule as store

    db = ctx.require_existing_db()
    try:
        event = store.find_event_on(store.get_plan(db, args.year), args.date, args.kind)
        assert event.id is not None
        store.delete_event(db, event.id)
    finally:
        db.close()
    print(f"{event.label} {format_date_long(event.date)} borttaget.")
    return 0


def _cmd_create(args, ctx) -> int:
    from uppfoljning_desktop.store.schedule_year import create_year

    db = ctx.require_existing_db()
    try:
        result = create_year(db, args.year, args.item_meeting)
    finally:
        db.close()
    print(f"{len(result.created)} sammanträden skapade, {len(result.linked)} fanns redan och kopplades till planen.")
    if result.item is not None:
        verb = "fanns redan" if result.item_existed else "lades upp"
        print(f"Ärendet \"{result.item.title}\" ({result.item.case_number}) {verb} på sammanträdet {args.item_meeting}.")
    return 0


def _cmd_pdf(args, ctx) -> int:
    from uppfoljning_desktop.reports.schedule import render_schedule_for_year
    from uppfoljning_desktop.store.errors import user_errors

    _check_folder(args.output)
    db = ctx.require_existing_db()
    try:
        with user_errors(args.output):
            render_schedule_for_year(db, args.year, args.output)
    finally:
        db.close()
    print(f"Sammanträdesordning {args.year} sparades i {args.output}")
    return 0


def _kind_slug(label: str) -> str:
    return label.casefold().translate(str.maketrans("åäöé ", "aaoe-"))


def _cancelled_note(db, year: int, kinds) -> str:
    from uppfoljning_desktop.reports.schedule_ics import select_events
    from uppfoljning_desktop.store import schedule as store

    n = len(select_events(store.get_plan(db, year), kinds, cancelled=True))
    return f" (och {n} borttagna som avbokningar)" if n else ""


def _cmd_ics(args, ctx) -> int:
    from uppfoljning_desktop.reports.schedule_ics import export_ics_for_year, kind_labels
    from uppfoljning_desktop.store import schedule as store
    from uppfoljning_desktop.store.errors import user_errors

    _check_folder(args.output)
    db = ctx.require_existing_db()
    try:
        if args.per_kind:
            labels = args.kind or kind_labels(store.get_plan(db, args.year))
            for label in labels:
                target = args.output.with_name(f"{args.output.stem}-{_kind_slug(label)}{args.output.suffix or '.ics'}")
                with user_errors(target):
                    n = export_ics_for_year(db, args.year, target, kinds=[label])
                print(f"{n} händelser ({label}) sparades i {target}{_cancelled_note(db, args.year, [label])}")
        else:
            with user_errors(args.output):
                n = export_ics_for_year(db, args.year, args.output, kinds=args.kind)
            print(f"{n} händelser sparades i {args.output}{_cancelled_note(db, args.year, args.kind)}")
    finally:
        db.close()
    return 0
