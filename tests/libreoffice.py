"""LibreOffice as a real client for the tests marked ``realclient``.

One headless ``soffice`` per locale is started for the whole test session (a few seconds
each) with its own profile, whose locale setting ("Sv-SE" or "en-US") is what its input
parser uses when a cell is typed into. Jobs run through ``tests/lo_driver.py`` under the
system python3, which has LibreOffice's Python-UNO bridge (``python3-uno``); the venv
that runs the tests does not. Where LibreOffice or python3-uno is missing, the tests skip
and say what to install (.ci/run installs both).
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import time
from pathlib import Path

DRIVER = Path(__file__).with_name("lo_driver.py")
XLSX = "Calc MS Excel 2007 XML"
ODS = "calc8"
MISSING = ("LibreOffice with Python-UNO is not installed; install it with "
           "'apt-get install --no-install-recommends libreoffice-calc-nogui python3-uno "
           "fonts-crosextra-carlito' (.ci/run does)")

_PROFILE = """<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema"
 xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Setup/L10N"><prop oor:name="ooSetupSystemLocale" oor:op="fuse">
<value>{locale}</value></prop></item>
<item oor:path="/org.openoffice.Office.Common/Misc"><prop oor:name="FirstRun" oor:op="fuse">
<value>false</value></prop></item>
</oor:items>
"""


def soffice() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


def uno_python() -> str | None:
    """A python3 that can import uno (Debian's python3-uno is for /usr/bin/python3)."""
    for candidate in ("/usr/bin/python3", shutil.which("python3")):
        if not candidate or not os.path.exists(candidate):
            continue
        probe = subprocess.run([candidate, "-c", "import uno"], capture_output=True, timeout=30)
        if probe.returncode == 0:
            return candidate
    return None


def missing_reason() -> str | None:
    """Why the real-client tests cannot run here, or None."""
    if soffice() is None or uno_python() is None:
        return MISSING
    return None


class LibreOffice:
    """A headless LibreOffice in one locale, driven over a named pipe."""

    def __init__(self, locale: str, workdir: Path) -> None:
        self.locale = locale
        self.workdir = workdir
        self.pipe = f"uppfoljning_{locale.replace('-', '_')}_{os.getpid()}"
        self.python = uno_python()
        self.process: subprocess.Popen[bytes] | None = None

    def start(self) -> LibreOffice:
        profile = self.workdir / f"profile-{self.locale}"
        (profile / "user").mkdir(parents=True, exist_ok=True)
        (profile / "user" / "registrymodifications.xcu").write_text(
            _PROFILE.format(locale=self.locale), encoding="utf-8")
        self.process = subprocess.Popen(
            [str(soffice()), f"-env:UserInstallation={profile.as_uri()}", "--headless", "--invisible",
             "--norestore", "--nologo", "--nodefault", f"--accept=pipe,name={self.pipe};urp;"],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True,
        )
        self.run([])  # waits until it accepts connections (instances must start one at a time)
        return self

    def stop(self) -> None:
        if self.process is None:
            return
        try:
            os.killpg(self.process.pid, signal.SIGTERM)
            self.process.wait(timeout=20)
        except (ProcessLookupError, subprocess.TimeoutExpired):
            try:
                os.killpg(self.process.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
        self.process = None

    def run(self, ops: list[dict]) -> list[dict]:
        assert self.python is not None
        started = time.monotonic()
        done = subprocess.run(
            [self.python, str(DRIVER)], input=json.dumps({"pipe": self.pipe, "ops": ops}).encode(),
            capture_output=True, timeout=180,
        )
        if done.returncode != 0:
            raise RuntimeError(f"LibreOffice job failed after {time.monotonic() - started:.1f} s:\n"
                               f"{done.stderr.decode(errors='replace')}")
        return json.loads(done.stdout)["results"]

    # ---------------------------------------------------------------- one-step helpers

    def fill(self, src: Path, dst: Path, cells: dict[str, dict[str, str]], filter_name: str = XLSX) -> dict:
        """Type ``cells`` ({sheet: {"D4": "3.10"}}) as a user would, save as ``dst``;
        returns what each cell became ({"Beslut!D4": {"type", "string", "value"}})."""
        return self.run([{"op": "fill", "src": str(src), "dst": str(dst), "filter": filter_name,
                          "cells": cells}])[0]["cells"]

    def convert(self, src: Path, dst: Path, filter_name: str = XLSX) -> Path:
        self.run([{"op": "convert", "src": str(src), "dst": str(dst), "filter": filter_name}])
        return dst

    def inspect(self, src: Path, fonts: list[str] = ()) -> dict:  # type: ignore[assignment]
        return self.run([{"op": "inspect", "src": str(src), "fonts": list(fonts)}])[0]
