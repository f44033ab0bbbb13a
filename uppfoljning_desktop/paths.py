"""Where the app keeps its files.

The database lives in the per-user *local* (not roaming) data directory: on Windows
``%LOCALAPPDATA%\\Uppfoljning``, on Linux ``~/.local/share/uppfoljning``. Never on a
network share or a synced folder (SQLite's locking is not safe there).

Tests and portable installs override the folders with the environment variables
``UPPFOLJNING_DATA_DIR`` and ``UPPFOLJNING_CONFIG_DIR``.
"""

from __future__ import annotations

import os
from importlib.resources import files
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
    """The package's data folder ``uppfoljning_desktop/resources`` (fonts, icon, .qm).

    Found through ``importlib.resources``, so it is the same in a source checkout, an
    editable install, an installed wheel and a PyInstaller bundle (which unpacks package
    data under ``_internal/uppfoljning_desktop/resources``). ReportLab and Qt want real
    file names; every way the app is installed keeps the package on disk, and a zipped
    install is refused with a clear message rather than failing later on a font."""
    folder = files("uppfoljning_desktop") / "resources"
    if not isinstance(folder, Path):
        raise RuntimeError(f"Uppföljning måste installeras uppackat (inte i en zip-fil): {folder}")
    return folder
