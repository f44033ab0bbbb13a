"""Shared fixtures: no test ever touches the real user's files.

- Every test gets its own data and config directories in ``tmp_path`` (autouse).
- ``fresh_db``: a migrated, empty database in a temporary file.
- ``demo_db_path`` / ``demo_db``: a private copy of the demo database (built once per run).
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before any QApplication exists


@pytest.fixture(autouse=True)
def isolated_user_dirs(tmp_path, monkeypatch):
    monkeypatch.setenv("UPPFOLJNING_DATA_DIR", str(tmp_path / "user-data"))
    monkeypatch.setenv("UPPFOLJNING_CONFIG_DIR", str(tmp_path / "user-config"))
    monkeypatch.delenv("UPPFOLJNING_BENCH_EXIT", raising=False)
    return tmp_path


@pytest.fixture
def db_path(tmp_path) -> Path:
    return tmp_path / "test.sqlite"


@pytest.fixture
def fresh_db(db_path):
    from uppfoljning_desktop.store.connection import open_database

    db = open_database(db_path, auto_backup=False)
    yield db
    db.close()


@pytest.fixture(scope="session")
def _demo_template(tmp_path_factory) -> Path:
    from uppfoljning_desktop.demo import create_demo

    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    create_demo(path)
    return path


@pytest.fixture
def demo_db_path(_demo_template, tmp_path) -> Path:
    """A private copy of the demo database (tests may change it freely)."""
    from uppfoljning_desktop.store.connection import connect

    target = tmp_path / "demo.sqlite"
    src = connect(_demo_template)
    try:
        import sqlite3

        dest = sqlite3.connect(target)
        src.conn.backup(dest)
        dest.close()
    finally:
        src.close()
    return target


@pytest.fixture
def demo_db(demo_db_path):
    from uppfoljning_desktop.store.connection import open_database

    db = open_database(demo_db_path, auto_backup=False)
    yield db
    db.close()


def copy_file(src: Path, dst: Path) -> Path:
    shutil.copyfile(src, dst)
    return dst
