"""The command line: ``uppfoljning`` alone starts the GUI; subcommands work headless.

Areas add their commands from ``uppfoljning_desktop/commands/<area>.py`` with a
``register(registry)`` function, so the CLI grows without this file changing:
``registry.command(name)`` for a top-level command, ``registry.pdf(kind)`` for
``uppfoljning pdf KIND`` and ``registry.excel(name)`` for ``uppfoljning excel NAME``.
Each parser sets ``func=handler`` with ``handler(args, ctx) -> int``.

Errors go to stderr in Swedish with a non-zero exit code: 2 for a known failure (a
``UserError``, or an SQLite failure with a known cause such as a locked database, a
full disk, a read-only or damaged file) or bad arguments, 1 for a bug (with its
traceback).

One writer at a time: every command is taken to write to the database, and holds the
instance lock (``store.lock``, the same one the open window holds) while it runs,
unless its parser says ``set_defaults(writes=False)`` (all ``pdf`` kinds do), or
``writes=`` a function of the parsed arguments (``excel import --dry-run``).
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from uppfoljning_desktop import __version__
from uppfoljning_desktop.errors import UserError

if TYPE_CHECKING:
    import argparse

    from uppfoljning_desktop.store.seals import RecordReport

_ARGPARSE_SV = {
    "usage: ": "användning: ",
    "positional arguments": "argument",
    "options": "flaggor",
    "show this help message and exit": "visa den här hjälpen och avsluta",
    "show program's version number and exit": "visa programmets version och avsluta",
    "the following arguments are required: %s": "följande argument saknas: %s",
    "unrecognized arguments: %s": "okända argument: %s",
    "invalid choice: %(value)r (choose from %(choices)s)": "ogiltigt val: %(value)r (välj bland %(choices)s)",
    "expected one argument": "ett värde saknas",
    "argument %(argument_name)s: %(message)s": "argumentet %(argument_name)s: %(message)s",
    "invalid %(type)s value: %(value)r": "ogiltigt värde: %(value)r",
    "%(prog)s: error: %(message)s\n": "%(prog)s: fel: %(message)s\n",
    "not allowed with argument %s": "får inte användas tillsammans med %s",
}


def _swedish_argparse() -> None:
    """argparse reads its messages through gettext; give it Swedish ones."""
    import argparse

    argparse._ = lambda s: _ARGPARSE_SV.get(s, s)  # type: ignore[attr-defined]
    argparse.ngettext = lambda s, p, n: _ARGPARSE_SV.get(s if n == 1 else p, s if n == 1 else p)  # type: ignore[attr-defined]


@dataclass
class Context:
    """What a command handler needs: where the database is, and how to open it."""

    db_path: Path

    def open_db(self, *, migrate: bool = True):
        from uppfoljning_desktop.store.connection import OpenReport, open_database

        report = OpenReport(self.db_path)
        db = open_database(self.db_path, migrate=migrate, report=report)
        for warning in report.warnings:  # e.g. the daily backup failed: say so, go on
            print(f"Varning: {warning.message}", file=sys.stderr)
            if warning.hint:
                print(warning.hint, file=sys.stderr)
        return db

    def require_existing_db(self):
        if not self.db_path.exists():
            from uppfoljning_desktop.errors import NotFound

            raise NotFound(
                f"Databasen {self.db_path} finns inte.",
                hint="Ange rätt fil med --db, eller skapa en demodatabas med 'uppfoljning --db FIL demo'.",
            )
        return self.open_db()


class Registry:
    """Where area modules add their subcommands."""

    def __init__(self, subparsers: argparse._SubParsersAction) -> None:
        self._subparsers = subparsers
        self._groups: dict[str, argparse._SubParsersAction] = {}

    def command(self, name: str, help: str) -> argparse.ArgumentParser:
        return self._subparsers.add_parser(name, help=help, description=help)

    def group(self, name: str, help: str) -> argparse._SubParsersAction:
        if name not in self._groups:
            parser = self._subparsers.add_parser(name, help=help, description=help)
            sub = parser.add_subparsers(dest=f"{name}_kind", metavar="TYP", required=True)
            self._groups[name] = sub
        return self._groups[name]

    def pdf(self, kind: str, help: str) -> argparse.ArgumentParser:
        sub = self.group("pdf", "Skriv ut ett dokument som PDF")
        parser = sub.add_parser(kind, help=help, description=help)
        parser.set_defaults(writes=False)  # printing only reads: allowed beside an open window
        parser.add_argument("--arkiv", action="store_true",
                            help="arkivformat: taggad PDF/UA-1 och PDF/A-2b (offentliga versioner får det alltid)")
        return parser

    def excel(self, name: str, help: str) -> argparse.ArgumentParser:
        sub = self.group("excel", "Excel-mallar ut och ifyllda filer in")
        return sub.add_parser(name, help=help, description=help)


def _db_default() -> Path:
    from uppfoljning_desktop.paths import default_database_path

    return default_database_path()


def _cmd_demo(args: argparse.Namespace, ctx: Context) -> int:
    if args.years:
        from uppfoljning_desktop.demo.scale import create_scale_demo
        from uppfoljning_desktop.domain.numbers import format_number

        report = create_scale_demo(ctx.db_path, years=args.years, seed=args.seed, force=args.force,
                                   progress=lambda line: print(line, flush=True))
        mb = format_number(round(report.size_bytes / 1_000_000))
        print(f"Demodatabasen med {args.years} års historik skapades: {ctx.db_path} "
              f"({mb} MB på {report.seconds:.0f} s)")
        for what, n in report.counts.items():
            print(f"  {what}: {format_number(n)}")
        return 0
    from uppfoljning_desktop.demo import create_demo

    create_demo(ctx.db_path, force=args.force)
    print(f"Demodatabasen skapades: {ctx.db_path}")
    return 0


def _years(text: str) -> int:
    import argparse

    try:
        years = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"\"{text}\" är inget antal år") from None
    if not 1 <= years <= 50:
        raise argparse.ArgumentTypeError(f"{years} år: ange 1–50 år")
    return years


def _cmd_backup(args: argparse.Namespace, ctx: Context) -> int:
    from uppfoljning_desktop.store.backup import create_backup, list_backups
    from uppfoljning_desktop.store.connection import connect

    if args.list:
        backups = list_backups(ctx.db_path)
        if not backups:
            print(f"Inga säkerhetskopior av {ctx.db_path}.")
        for b in backups:
            print(f"{b.created:%Y-%m-%d %H:%M:%S}  {b.reason_label:<20} {b.path}")
        return 0
    if not ctx.db_path.exists():
        ctx.require_existing_db()
    db = connect(ctx.db_path, create=False)
    try:
        target = create_backup(db, ctx.db_path, reason="manuell")
    finally:
        db.close()
    print(f"Säkerhetskopian sparades och kontrollerades: {target}")
    return 0


def _cmd_restore(args: argparse.Namespace, ctx: Context) -> int:
    from uppfoljning_desktop.store.backup import DAMAGED_SUFFIX, restore_backup

    safety = restore_backup(args.backup, ctx.db_path)
    print(f"{ctx.db_path} återställdes från {args.backup}.")
    if safety is not None and safety.suffix == DAMAGED_SUFFIX:
        print(f"Den skadade filen sparades oförändrad i {safety} (för supporten; den erbjuds inte som "
              "säkerhetskopia).")
    elif safety is not None:
        print(f"Innehållet före återställningen sparades i {safety}.")
    return 0


def _cmd_check(args: argparse.Namespace, ctx: Context) -> int:
    """Each step prints its own lines and returns False when it found a problem; a
    step that fails on a damaged file reports that instead of stopping the check."""
    import sqlite3

    from uppfoljning_desktop.store.backup import integrity_problems
    from uppfoljning_desktop.store.connection import connect

    if not ctx.db_path.exists():
        ctx.require_existing_db()
    print(f"Databas: {ctx.db_path}")
    problems = integrity_problems(ctx.db_path)
    ok = not problems
    if problems:
        print("Integritetskontroll: FEL – filen är skadad")
        print("  Tekniska detaljer (för supporten):")
        for p in problems[:20]:
            print(f"    {p}")
    else:
        print("Integritetskontroll: ok")
    try:
        db = connect(ctx.db_path, create=False)
    except (UserError, sqlite3.DatabaseError) as exc:
        print(f"Öppna: FEL – {getattr(exc, 'message', exc)}")
        db, ok = None, False
    if db is not None:
        try:
            for label, step in _CHECK_STEPS:
                try:
                    ok = step(db) and ok
                except (UserError, sqlite3.DatabaseError):
                    ok = False
                    print(f"{label}: FEL – kunde inte läsas, filen är skadad")
        finally:
            db.close()
    if not ok:
        print("Kontrollen hittade problem.", file=sys.stderr)
        if problems:
            _print_restore_advice(ctx.db_path)
    return 0 if ok else 1


def _check_references(db) -> bool:
    from uppfoljning_desktop.store import schema

    fk = schema.foreign_key_problems(db)
    if fk:
        print(f"Referenser: {len(fk)} rader pekar på något som inte finns")
    else:
        print("Referenser: ok")
    return not fk


def _check_schema(db) -> bool:
    from uppfoljning_desktop.store import schema

    status = schema.migration_status(db)
    if status.unknown:
        print("Schema: skapat av en nyare version av Uppföljning; uppdatera programmet.")
        for s, n in status.unknown:
            print(f"  okänd: {s}/{n}")
        return False
    if status.pending:
        print(f"Schema: {len(status.pending)} uppgraderingar väntar; de görs när databasen öppnas.")
        for s, n in status.pending:
            print(f"  väntar: {s}/{n}")
    else:
        print(f"Schema: aktuellt ({status.applied_count} migreringar)")
    return True


def _check_record(db) -> bool:
    """The seals of the crisis log and adjusted minutes, and the triggers that protect them
    (store.seals); only on a database whose schema is up to date."""
    from uppfoljning_desktop.store import schema
    from uppfoljning_desktop.store.seals import verify_record_report

    if not schema.migration_status(db).up_to_date:
        print("Sigill: kontrolleras när databasen har uppgraderats (öppna den en gång i programmet).")
        return True
    return _print_record_report(verify_record_report(db))


def _print_record_report(report: RecordReport) -> bool:
    """The seals' part of ``check``; True when all is as sealed."""
    if not report.findings:
        print(f"Sigill: ok ({report.seals} sigill i {report.chains} kedjor; krisloggen och justerade protokoll "
              "är som när de förseglades)")
        return True
    print("Sigill: FEL (något har ändrats utanför programmet)")
    for f in report.findings:
        print(f"  {f}")
    print("  Jämför med utskrivna kopior (sigillet står i sidhuvudet) och återställ en säkerhetskopia "
          "från före ändringen.")
    return False


# (label, step): a step prints its result and returns False on a problem. Add new
# checks here; a step that meets a damaged file is reported under its label.
_CHECK_STEPS: list[tuple[str, Callable[..., bool]]] = [
    ("Referenser", _check_references),
    ("Schema", _check_schema),
    ("Sigill", _check_record),
]


def _print_restore_advice(db_path: Path) -> None:
    from uppfoljning_desktop.store.backup import backup_dir, list_backups, verify_backup_file

    out = sys.stderr
    print("Så återställer du: stäng Uppföljning och återställ den senaste felfria säkerhetskopian, "
          "i programmet med Arkiv → Återställ, eller på kommandoraden:", file=out)
    backups = list_backups(db_path)
    sound = None
    for b in backups:  # newest first: name the newest one that restore will accept
        try:
            verify_backup_file(b.path)
        except UserError:
            continue
        sound = b
        break
    if sound is not None:
        print(f"  uppfoljning --db \"{db_path}\" restore \"{sound.path}\"", file=out)
        count = "1 säkerhetskopia" if len(backups) == 1 else f"{len(backups)} säkerhetskopior"
        print(f"(Den är från {sound.created:%Y-%m-%d %H:%M}. {count} finns i {backup_dir(db_path)}; "
              "'backup --list' visar dem. Den skadade filen sparas först, så inget går förlorat.)", file=out)
    else:
        print(f"  uppfoljning --db \"{db_path}\" restore KOPIA", file=out)
        print(f"Ingen felfri säkerhetskopia finns i {backup_dir(db_path)}; leta efter en äldre kopia av "
              "filen.", file=out)


def build_parser() -> argparse.ArgumentParser:
    import argparse

    _swedish_argparse()
    parser = argparse.ArgumentParser(
        prog="uppfoljning",
        description="Uppföljning: sammanträden, delegationsbeslut, krisledning och måluppföljning. "
        "Utan kommando startar det grafiska programmet.",
    )
    parser.add_argument("--version", action="version", version=f"Uppföljning {__version__}", help="visa programmets version och avsluta")
    parser.add_argument("--db", type=Path, metavar="SÖKVÄG", help="databasfil (annars den vanliga i din användarmapp)")
    sub = parser.add_subparsers(dest="command", metavar="KOMMANDO")
    registry = Registry(sub)

    p = registry.command("gui", "Starta det grafiska programmet (standard)")
    p.set_defaults(func=None)
    p = registry.command("demo", "Skapa en demodatabas med realistiska exempeldata")
    p.add_argument("--force", action="store_true", help="skriv över en befintlig databas")
    p.add_argument("--years", type=_years, metavar="N",
                   help="lägg till N års historik (skalprov: möten, bilagor, beslut, mål, krisloggar)")
    p.add_argument("--seed", type=int, default=1, metavar="N", help="slumpfrö för --years (samma frö, samma data)")
    p.set_defaults(func=_cmd_demo)
    p = registry.command("backup", "Säkerhetskopiera databasen nu (och kontrollera kopian)")
    p.add_argument("--list", action="store_true", help="lista befintliga säkerhetskopior")
    p.set_defaults(func=_cmd_backup, writes=False)  # reads the database (the window backs up too)
    p = registry.command("restore", "Återställ databasen från en säkerhetskopia")
    p.add_argument("backup", type=Path, metavar="KOPIA", help="säkerhetskopians fil")
    p.set_defaults(func=_cmd_restore)
    p = registry.command("check", "Kontrollera databasens integritet och schemaversion")
    p.set_defaults(func=_cmd_check, writes=False)

    for module in _area_command_modules():
        module.register(registry)
    return parser


def _area_command_modules():
    import importlib
    import pkgutil

    import uppfoljning_desktop.commands as package

    for info in sorted(pkgutil.iter_modules(package.__path__), key=lambda i: i.name):
        yield importlib.import_module(f"{package.__name__}.{info.name}")


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if not argv or argv[0] == "--db" and len(argv) == 2:
        # The GUI path: no argparse, no area modules: the window must appear fast.
        db = Path(argv[1]) if argv else None
        return _run_gui(db)
    parser = build_parser()
    args = parser.parse_args(argv)
    func: Callable | None = getattr(args, "func", None)
    if func is None:
        return _run_gui(args.db)
    ctx = Context(db_path=args.db or _db_default())
    try:
        with _write_lock(args, ctx):
            if getattr(args, "arkiv", False) or getattr(args, "public", False):
                # Published and archived documents are tagged PDF/UA-1 + PDF/A-2b (docs/documents.md).
                from uppfoljning_desktop.reports.base import archival

                with archival():
                    return int(func(args, ctx) or 0)
            return int(func(args, ctx) or 0)
    except UserError as exc:
        print(f"Fel: {exc.message}", file=sys.stderr)
        if exc.hint:
            print(exc.hint, file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("Avbrutet.", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # The output went to a pipe that closed early (`uppfoljning kris | head`): not an error.
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except Exception as exc:  # noqa: BLE001 - a bug: say so, with the traceback for the report
        import traceback

        known = _known_failure(exc, ctx.db_path)
        if known is not None:
            print(f"Fel: {known.message}", file=sys.stderr)
            if known.hint:
                print(known.hint, file=sys.stderr)
            return 2

        print("Internt fel i Uppföljning (en bugg). Skicka texten nedan till supporten:", file=sys.stderr)
        traceback.print_exc()
        return 1


def _write_lock(args: argparse.Namespace, ctx: Context):
    """The instance lock for a writing command (see the module docstring)."""
    import contextlib

    writes = getattr(args, "writes", True)
    if callable(writes):
        writes = writes(args)
    if not writes:
        return contextlib.nullcontext()
    from uppfoljning_desktop.store.lock import holding_lock

    name = " ".join(filter(None, [args.command, getattr(args, f"{args.command}_kind", None)]))
    return holding_lock(ctx.db_path, f"kommandot '{name}'")


def _known_failure(exc: BaseException, db_path: Path) -> UserError | None:
    """An SQLite or OS failure with a known cause (locked, disk full, read-only, damaged)
    that reached the top without being translated on the way."""
    import errno
    import sqlite3

    from uppfoljning_desktop.store.errors import translate_error

    if isinstance(exc, sqlite3.Error):
        return translate_error(exc, db_path)
    if isinstance(exc, OSError) and exc.errno in (errno.ENOSPC, errno.EROFS):
        return translate_error(exc, exc.filename or db_path)
    return None


def _run_gui(db: Path | None) -> int:
    from uppfoljning_desktop.ui.app import run_gui

    return run_gui(db, [sys.argv[0]])


if __name__ == "__main__":
    raise SystemExit(main())
