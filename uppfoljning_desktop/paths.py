"""Where the app keeps its files.

The database lives in the per-user *local* (not roaming) data directory: on Windows
``%LOCALAPPDATA%\\Uppfoljning``, on Linux ``~/.local/share/uppfoljning``. Never on a
network share or a synced folder (SQLite's locking is not safe there).

Tests and portable installs override the folders with the environment variables
``UPPFOLJNING_DATA_DIR`` and ``UPPFOLJNING_CONFIG_DIR``.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_DIR_NAME = "Uppfoljning"
DEFAULT_DB_NAME = "uppfoljning.sqlite"


def user_data_dir() -> Path:
    """Per-user local data directory (created on demand)."""
    override = os.environ.get("UPPFOLJNING_DATA_DIR")
    if override:
        return Path(override)
    import platformdirs  # imported late: it is not needed for a start with --db

    return Path(platformdirs.user_data_dir(APP_DIR_NAME, appauthor=False, roaming=False))


def user_config_dir() -> Path:
    """Per-user local configuration directory (settings, recent databases)."""
    override = os.environ.get("UPPFOLJNING_CONFIG_DIR")
    if override:
        return Path(override)
    import platformdirs

    return Path(platformdirs.user_config_dir(APP_DIR_NAME, appauthor=False, roaming=False))


def default_database_path() -> Path:
    return user_data_dir() / DEFAULT_DB_NAME


def resources_dir() -> Path:
    """The top-level ``resources/`` folder, also inside a PyInstaller bundle."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"
