"""Guard against a Qt binding that crashes long sessions.

PySide6 6.12.0 decrements None's reference count each time a method that returns nothing
is called from Python. With Python 3.12+ None is immortal and nothing happens; with
Python 3.11 the interpreter dies after some ten thousand calls ("Fatal Python error:
none_dealloc") — an afternoon of editing. pyproject.toml therefore picks the binding
by Python version; this test fails if a combination that crashes is ever installed.
"""

from __future__ import annotations

import os
import subprocess
import sys

CHECK = r"""
import sys
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication(sys.argv)
label = QLabel()
before = sys.getrefcount(None)
for _ in range(200_000):
    label.setText("Sammanträde")
    label.clear()
print("ok", sys.getrefcount(None) - before)
"""


def test_many_calls_of_void_qt_methods_do_not_crash_the_interpreter():
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run([sys.executable, "-c", CHECK], env=env, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr[-500:]
    assert result.stdout.startswith("ok")
