"""Entry point of the frozen app (PyInstaller): the same main() as the console script."""

from uppfoljning_desktop.cli import main

raise SystemExit(main())
