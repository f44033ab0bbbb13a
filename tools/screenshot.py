"""Screenshot of the main window on an area, as a user would see it.

    xvfb-run -a -s "-screen 0 1280x800x24" python tools/screenshot.py --db demo.sqlite \
        --area organisation -o screenshots/organisation.png

An area page may define ``prepare_screenshot()`` to put itself in a telling state
(select a meeting, open a tab). Settings go to a temporary folder, never the user's.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", required=True, type=Path)
    parser.add_argument("--area", default="organisation")
    parser.add_argument("--language", default="sv")
    parser.add_argument("-o", "--output", required=True, type=Path)
    parser.add_argument("--size", default="1280x800")
    args = parser.parse_args()
    tmp = tempfile.mkdtemp()
    os.environ.setdefault("UPPFOLJNING_CONFIG_DIR", tmp)

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from uppfoljning_desktop.settings import Settings, save_settings
    from uppfoljning_desktop.ui.app import install_translators
    from uppfoljning_desktop.ui.main_window import MainWindow

    save_settings(Settings(language=args.language))
    app = QApplication(sys.argv)
    install_translators(app, args.language)
    window = MainWindow()
    w, h = (int(x) for x in args.size.split("x"))
    window.resize(w, h)
    window.show()

    def opened() -> None:
        page = window.show_area(args.area)
        prepare = getattr(page, "prepare_screenshot", None)
        if prepare is not None:
            prepare()
        QTimer.singleShot(600, shoot)

    def shoot() -> None:
        args.output.parent.mkdir(parents=True, exist_ok=True)
        window.grab().save(str(args.output))
        print(args.output)
        app.quit()

    window.session.opened.connect(opened)
    window.session.open_failed.connect(lambda e: (print(e, file=sys.stderr), app.exit(2)))
    window.session.open(args.db, window)
    return app.exec()


if __name__ == "__main__":
    raise SystemExit(main())
