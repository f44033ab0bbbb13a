"""Uppföljning: the committee secretary's desktop program.

The package is split into a headless core (domain, store, excel, reports, demo, cli)
and a thin Qt shell (ui). Only ``ui`` may import PySide6.
"""

__version__ = "0.1.0"
APP_NAME = "Uppföljning"
