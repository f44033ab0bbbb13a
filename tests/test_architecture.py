"""The headless core stays headless: PySide6 only inside ``ui/`` (STYLE.md)."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "uppfoljning_desktop"


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def test_no_qt_outside_ui():
    offenders = []
    for path in PACKAGE.rglob("*.py"):
        if "ui" in path.relative_to(PACKAGE).parts[:1]:
            continue
        if any(n == "PySide6" or n.startswith(("PySide6.", "shiboken6")) for n in _imports(path)):
            offenders.append(str(path.relative_to(PACKAGE)))
    assert offenders == []


def test_the_check_itself_sees_a_qt_import(tmp_path):
    sample = tmp_path / "x.py"
    sample.write_text("def f():\n    from PySide6.QtCore import QDate\n")
    assert "PySide6.QtCore" in _imports(sample)


def test_core_packages_exist():
    for name in ("domain", "store", "excel", "reports", "ui", "demo", "commands"):
        assert (PACKAGE / name / "__init__.py").is_file(), name
    assert (PACKAGE / "cli.py").is_file()


def _sql_calls(path: Path) -> list[int]:
    """Lines that run SQL directly (``x.execute(…)``, ``x.query(…)``, ``executemany``)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return [
        node.lineno
        for node in ast.walk(tree)
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr in {"execute", "executemany", "executescript", "query"}
    ]


def test_sql_only_in_store():
    offenders = []
    for path in PACKAGE.rglob("*.py"):
        rel = path.relative_to(PACKAGE)
        if rel.parts[0] == "store":
            continue
        offenders += [f"{rel}:{line}" for line in _sql_calls(path)]
    assert offenders == []
