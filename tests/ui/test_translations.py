"""English interface: the project's .ts is built into .qm by the project, and every
user-visible string of ui/ has an English translation."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "translations" / "uppfoljning_en.ts"
BIN = Path(sys.executable).parent


def _tool(name: str) -> str:
    path = shutil.which(name, path=str(BIN)) or shutil.which(name)
    if path is None:
        pytest.fail(f"{name} saknas: installera PySide6-Essentials")
    return path


def _ui_sources() -> list[str]:
    files = [str(p) for p in (ROOT / "uppfoljning_desktop" / "ui").rglob("*.py") if "forms" not in p.parts]
    return files + [str(p) for p in (ROOT / "forms").glob("*.ui")]


def test_every_ui_string_has_an_english_translation(tmp_path):
    ts = tmp_path / "check_en.ts"
    shutil.copyfile(TS, ts)
    subprocess.run([_tool("pyside6-lupdate"), "-silent", *_ui_sources(), "-ts", str(ts)], check=True, cwd=ROOT)
    unfinished = [
        m.findtext("source")
        for m in ET.parse(ts).iter("message")
        if (m.find("translation") is not None and m.find("translation").get("type") == "unfinished")
    ]
    assert unfinished == [], "Oöversatta texter (kör make update-translations och översätt):\n" + "\n".join(unfinished)


def test_english_main_window(tmp_path, open_window, demo_db_path):
    qm = tmp_path / "uppfoljning_en.qm"
    subprocess.run([_tool("pyside6-lrelease"), "-silent", str(TS), "-qm", str(qm)], check=True)
    translator = QTranslator()
    assert translator.load(str(qm))
    QCoreApplication.installTranslator(translator)
    try:
        window = open_window(demo_db_path)
        titles = [window.nav.item(i).text() for i in range(window.nav.count())]
        assert titles == ["Meetings", "Meeting schedule", "Delegation decisions", "Crisis management", "Goal follow-up", "Organisation"]
        assert [a.text() for a in window.menuBar().actions()][0] == "&File"
        page = window.show_area("organisation")
        assert page.tabs.tabText(0) == "Municipality and administration"
        assert page.admin_form.municipalityEditLabel.text() == "&Municipality"
    finally:
        QCoreApplication.removeTranslator(translator)
