"""Fixtures for the Excel machinery: the test-only kind on the demo database, and a
helper that fills in a template with openpyxl as a department head would."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import openpyxl
import pytest

from tests.excel.sample_kind import SampleKind, install

PERIOD = "Delår 2 2016"


@pytest.fixture
def kind(demo_db):
    from uppfoljning_desktop.excel.spec import register_kind, unregister_kind

    install(demo_db)
    k = register_kind(SampleKind())
    yield k
    unregister_kind(k.name)


@pytest.fixture
def make_template(demo_db, kind, tmp_path) -> Callable[..., Path]:
    from uppfoljning_desktop.excel.writer import write_template

    def _make(unit: str = "Jobbcenter", period: str = PERIOD, **kw) -> Path:
        out = tmp_path / "mallar"
        out.mkdir(exist_ok=True)
        return write_template(demo_db, kind, {"period": period, "unit": unit}, out, **kw).path

    return _make


@pytest.fixture
def fill(tmp_path) -> Callable[..., Path]:
    """``fill(template, {"Utfall": {"F4": 71}}, name="x.xlsx", edit=fn)``: a returned file."""

    def _fill(template: Path, cells: dict[str, dict[str, object]], name: str = "", edit=None) -> Path:
        wb = openpyxl.load_workbook(template)
        for sheet, values in cells.items():
            ws = wb[sheet]
            for coordinate, value in values.items():
                ws[coordinate] = value
        if edit is not None:
            edit(wb)
        target = tmp_path / "retur" / (name or template.name)
        target.parent.mkdir(exist_ok=True)
        wb.save(target)
        return target

    return _fill


def messages_of(result) -> list[str]:
    return [str(p) for p in result.problems]


# ---------------------------------------------------------------- LibreOffice (realclient)

@pytest.fixture(scope="session")
def _libreoffices(tmp_path_factory):
    """Headless LibreOffice instances by locale, started on first use, stopped at the end."""
    from tests.libreoffice import LibreOffice, missing_reason

    started: dict[str, LibreOffice] = {}
    workdir = tmp_path_factory.mktemp("libreoffice")

    def get(locale: str) -> LibreOffice:
        reason = missing_reason()
        if reason:
            pytest.skip(reason)
        if locale not in started:
            started[locale] = LibreOffice(locale, workdir).start()
        return started[locale]

    yield get
    for lo in started.values():
        lo.stop()


@pytest.fixture
def lo_sv(_libreoffices):
    """LibreOffice Calc with the Swedish locale setting (decimal comma)."""
    return _libreoffices("sv-SE")


@pytest.fixture
def lo_en(_libreoffices):
    """LibreOffice Calc with the English (US) locale setting (decimal point)."""
    return _libreoffices("en-US")
