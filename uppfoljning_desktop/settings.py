"""User settings that belong to the person, not to a database.

Kept as a small JSON file in the user's config directory so that the headless core
and the GUI read the same values, and tests can point it into ``tmp_path``.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from uppfoljning_desktop.paths import user_config_dir

MAX_RECENT = 8


class Settings:
    """The person's settings (a plain class: it is read before the window appears, and
    dataclasses cost start-up time)."""

    FIELDS = ("language", "recent_databases", "last_database", "window")

    def __init__(self, language: str = "sv", recent_databases: list[str] | None = None, last_database: str = "",
                 window: dict | None = None) -> None:
        self.language = language  # "sv" or "en": the interface language
        self.recent_databases = list(recent_databases or [])
        self.last_database = last_database
        # The main window as it was left: "geometry" (Qt's saveGeometry, base64), "area"
        # (the last page's key) and "splitters" ({"<area>/<n>": saveState, base64}).
        self.window = dict(window) if isinstance(window, dict) else {}

    def as_dict(self) -> dict:
        return {name: getattr(self, name) for name in self.FIELDS}

    def remember_database(self, path: Path | str) -> None:
        p = str(Path(path).resolve())
        self.recent_databases = [p] + [r for r in self.recent_databases if r != p]
        del self.recent_databases[MAX_RECENT:]
        self.last_database = p


def settings_path() -> Path:
    return user_config_dir() / "settings.json"


def load_settings() -> Settings:
    try:
        data = json.loads(settings_path().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return Settings()
    known = {k: v for k, v in data.items() if k in Settings.FIELDS}
    try:
        return Settings(**known)
    except TypeError:
        return Settings()


def save_settings(settings: Settings) -> None:
    """Write atomically: a crash never leaves half a settings file."""
    path = settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(settings.as_dict(), ensure_ascii=False, indent=2), encoding="utf-8")
    os.replace(tmp, path)
