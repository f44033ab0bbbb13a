"""Starting the GUI: QApplication, translations, the main window, the database."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QTimer, QTranslator
from PySide6.QtWidgets import QApplication

from uppfoljning_desktop import APP_NAME
from uppfoljning_desktop.paths import resources_dir


def install_translators(app: QApplication, language: str) -> list[QTranslator]:
    """Swedish by default (with Qt's own ``qtbase_sv`` for standard buttons); English
    from the project's ``uppfoljning_en.qm`` when chosen and built."""
    translators: list[QTranslator] = []
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if language == "en":
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.Sweden))
        ours = QTranslator(app)
        if ours.load(str(resources_dir() / "translations" / "uppfoljning_en.qm")):
            translators.append(ours)
        else:
            import logging

            logging.getLogger("uppfoljning").warning(
                "uppfoljning_en.qm saknas (kör 'make translations'); gränssnittet visas på svenska"
            )
    else:
        QLocale.setDefault(QLocale(QLocale.Language.Swedish, QLocale.Country.Sweden))
        qt = QTranslator(app)
        if qt.load("qtbase_sv", qt_dir):
            translators.append(qt)
    for t in translators:
        app.installTranslator(t)
    return translators


def run_gui(db_path: Path | None = None, argv: list[str] | None = None) -> int:
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName("Uppfoljning")

    from uppfoljning_desktop.settings import load_settings

    settings = load_settings()
    install_translators(app, settings.language)

    from uppfoljning_desktop.ui.main_window import MainWindow

    window = MainWindow()
    icon = resources_dir() / "icons" / "uppfoljning.svg"
    if icon.exists():
        from PySide6.QtGui import QIcon

        app.setWindowIcon(QIcon(str(icon)))
    window.show()

    _bench_hooks(app, window)

    if db_path is None:
        last = Path(settings.last_database) if settings.last_database else None
        db_path = last if last is not None and last.exists() else None
    if db_path is None:
        from uppfoljning_desktop.paths import default_database_path

        db_path = default_database_path()
    QTimer.singleShot(0, lambda: window.session.open(db_path, window))
    return app.exec()


def _bench_hooks(app: QApplication, window) -> None:
    """For bench/startup.py and the package smoke test (tools/package.py) only: report
    seconds since the process was spawned (the caller passes its spawn time in
    UPPFOLJNING_BENCH_T0) when the window is on screen ("shown") or when the database is
    open and the first area page is filled ("ready"), and the first menu's title (which
    tells whether the English translation was loaded). A windowed Windows program has
    no stdout; there the exit code alone tells that "ready" was reached."""
    mode = os.environ.get("UPPFOLJNING_BENCH_EXIT")
    if not mode:
        return
    import time

    t0 = float(os.environ["UPPFOLJNING_BENCH_T0"])

    def report(what: str) -> None:
        if sys.stdout is not None:
            print(f"BENCH {what} {time.time() - t0:.4f}", flush=True)

    menus = window.menuBar().actions()
    if menus and sys.stdout is not None:
        print(f"BENCH-MENU {menus[0].text()}", flush=True)

    QTimer.singleShot(0, lambda: report("shown"))
    if mode == "shown":
        QTimer.singleShot(0, app.quit)
    else:
        window.session.opened.connect(lambda: (report("ready"), QTimer.singleShot(0, app.quit)))
        window.session.open_failed.connect(lambda _e: app.exit(3))
