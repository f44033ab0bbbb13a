"""A template re-saved by LibreOffice (as many units do) imports the same values."""

from __future__ import annotations

import shutil
import subprocess

import pytest

from tests.excel.conftest import PERIOD, messages_of
from tests.excel.sample_kind import stored_activities, stored_outcomes
from uppfoljning_desktop.excel.importer import check_files, import_files

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")


def libreoffice_resave(source, out_dir, profile):
    out_dir.mkdir(exist_ok=True)
    subprocess.run(
        [SOFFICE, f"-env:UserInstallation=file://{profile}", "--headless", "--norestore",
         "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", str(out_dir), str(source)],
        check=True, capture_output=True, timeout=120,
    )
    return out_dir / source.name


@pytest.mark.slow
@pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) is not installed; .ci/run installs libreoffice-calc-nogui")
def test_libreoffice_resave_imports_the_same_values(demo_db, make_template, fill, tmp_path):
    original = fill(make_template(), {
        "Utfall": {"F4": "71 %", "G4": 0.69, "H4": 74, "I4": "-ökning bland kvinnor", "F5": "1 234,5", "F6": 75},
        "Aktiviteter": {"C5": "Påbörjad", "D5": "Första numret i oktober."},
    }, name="jobbcenter.xlsx")
    resaved = libreoffice_resave(original, tmp_path / "lo", tmp_path / "lo-profile")
    assert resaved.read_bytes() != original.read_bytes()

    def snapshot(path):
        batch = check_files(demo_db, [path])
        assert batch.ok, messages_of(batch)
        return {k: [(r.key, r.values) for r in rows] for k, rows in batch.files[0].returned.rows.items()}

    assert snapshot(resaved) == snapshot(original)
    result = import_files(demo_db, [resaved])
    assert result.imported, messages_of(result)
    outcomes = stored_outcomes(demo_db, PERIOD, "Jobbcenter")
    assert (outcomes["jc-arbete"]["total"], outcomes["jc-arbete"]["women"]) == ("71", "69")
    assert outcomes["jc-arbete"]["comment"] == "-ökning bland kvinnor"
    assert outcomes["jc-deltagare"]["total"] == "1234.5"
    assert stored_activities(demo_db, PERIOD, "Jobbcenter")["jc-a2"]["status"] == "Påbörjad"
