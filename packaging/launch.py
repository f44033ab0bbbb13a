"""Entry point of the frozen app (PyInstaller): the same main() as the console script."""

from uppfoljning_desktop.launch import main

raise SystemExit(main())
