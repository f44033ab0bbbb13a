"""Allows ``python -m uppfoljning_desktop``."""

from uppfoljning_desktop.cli import main

raise SystemExit(main())
