"""Allows ``python -m uppfoljning_desktop`` (the same as the ``uppfoljning`` command)."""

from uppfoljning_desktop.launch import main

raise SystemExit(main())
