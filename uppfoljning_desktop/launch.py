"""The ``uppfoljning`` command: the window as fast as possible, else the CLI.

Starting the GUI imports only what the window needs before it is on screen (no
argparse, no area modules, no store); every other invocation goes to ``cli.main``.
"""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if not args or (len(args) == 2 and args[0] == "--db"):
        from pathlib import Path

        from uppfoljning_desktop.ui.app import run_gui

        return run_gui(Path(args[1]) if args else None, [sys.argv[0]])
    from uppfoljning_desktop.cli import main as cli_main

    return cli_main(args)


if __name__ == "__main__":
    raise SystemExit(main())
