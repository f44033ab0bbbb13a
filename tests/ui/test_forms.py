"""The compiled forms in ui/forms/ match their Qt Designer sources in forms/."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
FORMS = sorted((ROOT / "forms").glob("*.ui"))


def _strip_header(text: str) -> list[str]:
    return [line for line in text.splitlines() if not line.startswith("## Created by")]


@pytest.mark.parametrize("form", FORMS, ids=[f.stem for f in FORMS])
def test_compiled_form_is_up_to_date(form, tmp_path):
    uic = shutil.which("pyside6-uic", path=str(Path(sys.executable).parent)) or shutil.which("pyside6-uic")
    out = tmp_path / f"{form.stem}_ui.py"
    subprocess.run([uic, str(form), "-o", str(out)], check=True)
    committed = ROOT / "uppfoljning_desktop" / "ui" / "forms" / f"{form.stem}_ui.py"
    assert committed.exists(), f"kör make forms: {committed.name} saknas"
    assert _strip_header(committed.read_text(encoding="utf-8")) == _strip_header(out.read_text(encoding="utf-8")), (
        f"{committed.name} är inaktuell: kör make forms"
    )
