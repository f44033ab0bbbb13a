"""The command line: ``uppfoljning`` alone starts the GUI; subcommands work headless.

Areas add their commands from ``uppfoljning_desktop/commands/<area>.py`` with a
``register(registry)`` function, so the CLI grows without this file changing:
``registry.command(name)`` for a top-level command, ``registry.pdf(kind)`` for
``uppfoljning pdf KIND`` and ``registry.excel(name)`` for ``uppfoljning excel NAME``.
Each parser sets ``func=handler`` with ``handler(args, ctx) -> int``.

Errors go to stderr in Swedish with a non-zero exit code: 2 for a known failure (a
``UserError``) or bad arguments, 1 for a bug (with its traceback).
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
        from uppfoljning_desktop.store.connection import open_database

        return open_database(self.db_path, migrate=migrate)

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
    from uppfoljning_desktop.demo import create_demo

    create_demo(ctx.db_path, force=args.force)
    print(f"Demodatabasen skapades: {ctx.db_path}")
    return 0


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
    from uppfoljning_desktop.store.backup import restore_backup

    safety = restore_backup(args.backup, ctx.db_path)
    print(f"{ctx.db_path} återställdes från {args.backup}.")
    print(f"Innehållet före återställningen sparades i {safety}.")
    return 0


def _cmd_check(args: argparse.Namespace, ctx: Context) -> int:
    from uppfoljning_desktop.store import schema
    from uppfoljning_desktop.store.backup import integrity_problems
    from uppfoljning_desktop.store.connection import connect

    if not ctx.db_path.exists():
        ctx.require_existing_db()
    db = connect(ctx.db_path, create=False)
    try:
        problems = integrity_problems(ctx.db_path)
        fk = schema.foreign_key_problems(db)
        status = schema.migration_status(db)
    finally:
        db.close()
    ok = True
    print(f"Databas: {ctx.db_path}")
    if problems:
        ok = False
        print("Integritetskontroll: FEL")
        for p in problems[:20]:
            print(f"  {p}")
    else:
        print("Integritetskontroll: ok")
    if fk:
        ok = False
        print(f"Referenser: {len(fk)} rader pekar på något som inte finns")
    if status.unknown:
        ok = False
        print("Schema: skapat av en nyare version av Uppföljning; uppdatera programmet.")
        for s, n in status.unknown:
            print(f"  okänd: {s}/{n}")
    elif status.pending:
        print(f"Schema: {len(status.pending)} uppgraderingar väntar; de görs när databasen öppnas.")
        for s, n in status.pending:
            print(f"  väntar: {s}/{n}")
    else:
        print(f"Schema: aktuellt ({status.applied_count} migreringar)")
    if not ok:
        print("Kontrollen hittade problem.", file=sys.stderr)
    return 0 if ok else 1


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
    p.set_defaults(func=_cmd_demo)
    p = registry.command("backup", "Säkerhetskopiera databasen nu (och kontrollera kopian)")
    p.add_argument("--list", action="store_true", help="lista befintliga säkerhetskopior")
    p.set_defaults(func=_cmd_backup)
    p = registry.command("restore", "Återställ databasen från en säkerhetskopia")
    p.add_argument("backup", type=Path, metavar="KOPIA", help="säkerhetskopians fil")
    p.set_defaults(func=_cmd_restore)
    p = registry.command("check", "Kontrollera databasens integritet och schemaversion")
    p.set_defaults(func=_cmd_check)

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
    except Exception:  # noqa: BLE001 - a bug: say so, with the traceback for the report
        import traceback

        print("Internt fel i Uppföljning (en bugg). Skicka texten nedan till supporten:", file=sys.stderr)
        traceback.print_exc()
        return 1


def _run_gui(db: Path | None) -> int:
    from uppfoljning_desktop.ui.app import run_gui

    return run_gui(db, [sys.argv[0]])


if __name__ == "__main__":
    raise SystemExit(main())
