"""Replace module-local ``def tr(text): return QCoreApplication.translate("Ctx", text)``
helpers by the shared ``ui.i18n.tr``: lupdate files a bare ``tr("…")`` under the global
context, so a local helper with its own context would never find its translation."""

from __future__ import annotations

import re
import sys
from pathlib import Path

LOCAL = re.compile(
    r'\n*def tr\(text: str\) -> str:\n(?:    """[^\n]*"""\n)?    return QCoreApplication\.translate\("[^"]*", text\)\n'
)


def fix(path: Path) -> bool:
    s = path.read_text(encoding="utf-8")
    new, n = LOCAL.subn("\n", s)
    if not n:
        return False
    lines = new.split("\n")
    # Insert at the top of the imports; `ruff check --fix` sorts it into place.
    idx = next(i for i, line in enumerate(lines) if line.startswith(("from ", "import ")) and "__future__" not in line)
    lines.insert(idx, "from uppfoljning_desktop.ui.i18n import tr")
    new = "\n".join(lines)
    path.write_text(new, encoding="utf-8")
    return True


if __name__ == "__main__":
    root = Path(sys.argv[1] if len(sys.argv) > 1 else "uppfoljning_desktop/ui")
    for p in sorted(root.rglob("*.py")):
        if "forms" not in p.parts and p.name != "i18n.py" and fix(p):
            print("fixed", p)
