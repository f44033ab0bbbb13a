"""What ships: package data found through importlib.resources, every resource file named
in pyproject's package-data (else a wheel silently lacks it), the lock file covering
pyproject's dependencies, and the translation check of tools/package.py.

The real build (wheel in a fresh venv, PyInstaller, smoke test) is `make package`."""

from __future__ import annotations

import fnmatch
import importlib.util
import re
import tomllib
from pathlib import Path

import pytest

from uppfoljning_desktop.paths import resources_dir

ROOT = Path(__file__).resolve().parent.parent
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))


def _package_tool():
    spec = importlib.util.spec_from_file_location("package_tool", ROOT / "tools" / "package.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_resources_are_found_inside_the_package():
    folder = resources_dir()
    assert folder == ROOT / "uppfoljning_desktop" / "resources"
    assert (folder / "fonts" / "LiberationSans-Regular.ttf").is_file()
    assert (folder / "icons" / "uppfoljning.svg").is_file()


def test_every_resource_file_is_package_data():
    patterns = PYPROJECT["tool"]["setuptools"]["package-data"]["uppfoljning_desktop"]
    package = ROOT / "uppfoljning_desktop"
    files = [p.relative_to(package).as_posix() for p in (package / "resources").rglob("*") if p.is_file()]
    assert any(f.startswith("resources/fonts/") for f in files)
    left_out = [f for f in files if not any(fnmatch.fnmatch(f, pat) for pat in patterns)]
    assert left_out == [], "add these to [tool.setuptools.package-data] in pyproject.toml"


def _name(requirement: str) -> str:
    return re.split(r"[<>=!~;\[ ]", requirement, maxsplit=1)[0].strip().lower().replace("_", "-")


def test_the_lock_files_pin_every_declared_dependency():
    """A library added to pyproject.toml without `make lock` would be missing from CI's
    and the Windows build's environment."""
    project = PYPROJECT["project"]
    runtime = {_name(r) for r in project["dependencies"]}
    extras = {_name(r) for group in project["optional-dependencies"].values() for r in group}

    def pinned(lock: str) -> set[str]:
        text = (ROOT / "requirements" / lock).read_text(encoding="utf-8")
        return {m.group(1).lower().replace("_", "-") for m in re.finditer(r"^([A-Za-z0-9_.-]+)==", text, re.M)}

    assert runtime - pinned("runtime.txt") == set(), "run `make lock`"
    assert (runtime | extras) - pinned("lock.txt") == set(), "run `make lock`"


@pytest.mark.parametrize(
    "translation, missing",
    [
        ("<translation>&amp;File</translation>", []),
        ('<translation type="unfinished"></translation>', ["&Arkiv"]),
        ('<translation type="unfinished">File</translation>', ["&Arkiv"]),
        ("<translation></translation>", ["&Arkiv"]),
        ('<translation type="vanished">File</translation>', []),
        ("<translation><numerusform>%n files</numerusform></translation>", []),
    ],
)
def test_package_build_refuses_an_unfinished_translation(tmp_path, translation, missing):
    ts = tmp_path / "x.ts"
    ts.write_text(f'<?xml version="1.0" encoding="utf-8"?><TS version="2.1" language="en">'
                  f"<context><name></name><message><source>&amp;Arkiv</source>{translation}"
                  f"</message></context></TS>", encoding="utf-8")
    assert _package_tool().unfinished_messages(ts) == missing

