"""Render uppfoljning_desktop/resources/icons/uppfoljning.svg to the per-OS icons in packaging/ (Qt does it)."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ROOT = Path(__file__).resolve().parent.parent


def main() -> int:
    app = QGuiApplication(sys.argv)  # noqa: F841 - needed for painting
    renderer = QSvgRenderer(str(ROOT / "uppfoljning_desktop" / "resources" / "icons" / "uppfoljning.svg"))
    out = ROOT / "packaging" / "windows"
    out.mkdir(parents=True, exist_ok=True)
    for size in (16, 32, 48, 256):
        image = QImage(QSize(size, size), QImage.Format.Format_ARGB32)
        image.fill(0)
        painter = QPainter(image)
        renderer.render(painter)
        painter.end()
        image.save(str(out / f"uppfoljning-{size}.png"))
    big = QImage(str(out / "uppfoljning-256.png"))
    if not big.save(str(out / "uppfoljning.ico"), "ICO"):
        print("Qt:s ICO-skrivare saknas; använd PNG-filerna", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
