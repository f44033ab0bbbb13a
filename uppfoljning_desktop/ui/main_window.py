"""The main window: navigation to the areas, the File menu and the status bar."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QTimer
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMainWindow,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from uppfoljning_desktop import APP_NAME, __version__
from uppfoljning_desktop.ui import messages
from uppfoljning_desktop.ui.areas import AREAS, create_page
from uppfoljning_desktop.ui.i18n import tr
from uppfoljning_desktop.ui.session import Session
from uppfoljning_desktop.ui.tasks import run_task

DB_FILTER = QT_TRANSLATE_NOOP("", "Uppföljning-databas (*.sqlite *.db);;Alla filer (*)")



class NoDatabasePage(QWidget):
    """Shown while opening, and when no database could be opened."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.label = QLabel(self)
        self.label.setObjectName("noDatabaseLabel")
        self.label.setWordWrap(True)
        self.open_button = QPushButton(tr("Öppna databas …"), self)
        self.new_button = QPushButton(tr("Ny databas …"), self)
        self.restore_button = QPushButton(tr("Återställ från säkerhetskopia …"), self)
        self.open_button.clicked.connect(window.open_database_dialog)
        self.new_button.clicked.connect(window.new_database_dialog)
        self.restore_button.clicked.connect(window.restore_dialog)
        layout = QVBoxLayout(self)
        layout.addStretch()
        layout.addWidget(self.label)
        row = QHBoxLayout()
        row.addStretch()
        for b in (self.open_button, self.new_button, self.restore_button):
            row.addWidget(b)
        row.addStretch()
        layout.addLayout(row)
        layout.addStretch()
        # Empty until the database starts opening (just after the window appears): the
        # label's first rich text costs ~6 ms, which the first paint need not wait for.
        for b in (self.open_button, self.new_button, self.restore_button):
            b.setVisible(False)

    def set_busy(self, busy: bool, message: str = "") -> None:
        # Centred with HTML: importing the Qt enum namespace costs ~30 ms at start-up.
        import html

        text = html.escape(message or tr("Öppnar databasen …")).replace("\n", "<br>")
        self.label.setText(f"<p align='center'>{text}</p>")
        for b in (self.open_button, self.new_button, self.restore_button):
            b.setVisible(not busy)


class MainWindow(QMainWindow):
    def __init__(self, session: Session | None = None) -> None:
        super().__init__()
        self.session = session or Session()
        self.setWindowTitle(APP_NAME)
        self.resize(1180, 760)
        self._area_row = -1  # the area on show (to go back to when leaving is cancelled)

        self.nav = QListWidget(self)
        self.nav.setObjectName("navigation")
        self.nav.setFixedWidth(210)
        self.nav.setStyleSheet(
            "QListWidget#navigation { font-size: 11pt; border: none; background: palette(window); }"
            "QListWidget#navigation::item { padding: 9px 10px; border-radius: 4px; }"
            "QListWidget#navigation::item:selected { background: #1F5F8B; color: white; }"
        )
        for area in AREAS:
            self.nav.addItem(area.display_title)
        self.stack = QStackedWidget(self)
        self.no_db_page = NoDatabasePage(self)
        self.stack.addWidget(self.no_db_page)
        self.pages: dict[str, QWidget] = {}
        self._holders: dict[str, QWidget] = {}  # each page's scroll area in the stack

        central = QWidget(self)
        layout = QHBoxLayout(central)
        layout.addWidget(self.nav)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.nav.currentRowChanged.connect(self._show_area)
        self.nav.setEnabled(False)

        self.path_label = QLabel(self)
        self.path_label.setObjectName("databasePath")
        self.statusBar().addPermanentWidget(self.path_label)
        self._build_menus()

        self._window_settings = self._load_window_settings()
        self.session.opening.connect(self._on_opening)
        self.session.opened.connect(self._on_opened)
        self.session.open_failed.connect(self._on_open_failed)
        self.session.closed.connect(self._on_closed)
        self.session.daily_backup_done.connect(self._on_daily_backup_done)
        self.session.daily_backup_failed.connect(self._on_daily_backup_failed)

    # ------------------------------------------------------------ menus

    def _build_menus(self) -> None:
        # Menus are built without QAction/QKeySequence imports, and the shortcuts are set
        # 0.1 s after the window appears: the first setShortcut call makes PySide build
        # ~100 Qt enum types (30–70 ms here), which would otherwise delay the window.
        file_menu = self.menuBar().addMenu(tr("&Arkiv"))
        self.new_action = file_menu.addAction(tr("&Ny databas …"), self.new_database_dialog)
        self.open_action = file_menu.addAction(tr("&Öppna databas …"), self.open_database_dialog)
        self.recent_menu = file_menu.addMenu(tr("Senaste databaser"))
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        self.save_action = file_menu.addAction(tr("&Spara"), self.save_current_form)
        file_menu.addSeparator()
        self.backup_action = file_menu.addAction(tr("&Säkerhetskopiera nu"), self.backup_now)
        self.restore_action = file_menu.addAction(tr("Å&terställ från säkerhetskopia …"), self.restore_dialog)
        file_menu.addSeparator()
        self.quit_action = file_menu.addAction(tr("A&vsluta"), self.close)

        from PySide6.QtGui import QUndoStack

        # Redigera: text fields undo their own typing; structural changes (items,
        # attachments, members, steps, contacts) go through this stack (ui/undo.py).
        self.undo_stack = QUndoStack(self)
        edit_menu = self.menuBar().addMenu(tr("&Redigera"))
        self.undo_action = edit_menu.addAction(tr("&Ångra"), self.undo)
        self.redo_action = edit_menu.addAction(tr("&Gör om"), self.redo)
        edit_menu.aboutToShow.connect(self._update_undo_texts)

        settings_menu = self.menuBar().addMenu(tr("&Inställningar"))
        self.language_menu = settings_menu.addMenu(tr("Språk"))
        self.language_menu.aboutToShow.connect(self._fill_language_menu)

        help_menu = self.menuBar().addMenu(tr("&Hjälp"))
        help_menu.addAction(tr("&Om Uppföljning"), self.show_about)
        self._set_db_actions_enabled(False)
        QTimer.singleShot(100, self._install_shortcuts)

    def _install_shortcuts(self) -> None:
        from PySide6.QtGui import QKeySequence

        self.new_action.setShortcut(QKeySequence.StandardKey.New)
        self.open_action.setShortcut(QKeySequence.StandardKey.Open)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.save_action.setShortcut(QKeySequence.StandardKey.Save)
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])

    def _fill_language_menu(self) -> None:
        from PySide6.QtGui import QActionGroup

        from uppfoljning_desktop.settings import load_settings

        self.language_menu.clear()
        group = QActionGroup(self.language_menu)
        current = load_settings().language
        for code, label in (("sv", "Svenska"), ("en", "English")):
            action = self.language_menu.addAction(label, lambda c=code: self.set_language(c))
            action.setCheckable(True)
            action.setChecked(code == current)
            group.addAction(action)

    def _set_db_actions_enabled(self, enabled: bool) -> None:
        self.backup_action.setEnabled(enabled)

    def _fill_recent_menu(self) -> None:
        from uppfoljning_desktop.settings import load_settings

        self.recent_menu.clear()
        recent = load_settings().recent_databases
        if not recent:
            self.recent_menu.addAction(tr("(inga)")).setEnabled(False)
        for path in recent:
            self.recent_menu.addAction(path, lambda p=path: self.confirm_unsaved() and self.session.open(p, self))

    # ------------------------------------------------------------ undo

    def undo(self) -> None:
        from uppfoljning_desktop.ui.undo import undo_focused_or_stack

        undo_focused_or_stack(self.undo_stack)

    def redo(self) -> None:
        from uppfoljning_desktop.ui.undo import redo_focused_or_stack

        redo_focused_or_stack(self.undo_stack)

    def _update_undo_texts(self) -> None:
        stack = self.undo_stack
        self.undo_action.setText(tr("&Ångra {what}").format(what=stack.undoText()) if stack.canUndo() else tr("&Ångra"))
        self.redo_action.setText(tr("&Gör om {what}").format(what=stack.redoText()) if stack.canRedo() else tr("&Gör om"))

    # ------------------------------------------------------------ unsaved edits

    def confirm_unsaved(self) -> bool:
        """Before the database is closed or replaced: Spara / Spara inte / Avbryt for
        every changed form. True when it may go ahead."""
        from uppfoljning_desktop.ui import editing

        return editing.confirm_leave(self)

    def save_current_form(self) -> None:
        """Ctrl+S: save the form being edited."""
        from uppfoljning_desktop.ui import editing

        if editing.save_focused(self):
            self.statusBar().showMessage(tr("Sparat."), 3000)

    # ------------------------------------------------------------ areas

    def _show_area(self, row: int) -> None:
        if row < 0 or not self.session.is_open:
            return
        current = self.stack.currentWidget()
        if row != self._area_row and current in self._holders.values():
            from uppfoljning_desktop.ui import editing

            if not editing.confirm_leave(current, self):
                self.nav.blockSignals(True)
                self.nav.setCurrentRow(self._area_row)
                self.nav.blockSignals(False)
                return
        self._area_row = row
        area = AREAS[row]
        page = self.pages.get(area.key)
        if page is None:
            page = create_page(area, self.session, self.stack)
            page.setObjectName(f"page_{area.key}")
            self.pages[area.key] = page
            # In a scroll area, so that a page with many controls scrolls on a small
            # screen instead of making the window wider than the screen.
            from PySide6.QtWidgets import QFrame, QScrollArea

            holder = QScrollArea(self.stack)
            holder.setFrameShape(QFrame.Shape.NoFrame)
            holder.setWidgetResizable(True)
            holder.setWidget(page)
            self._holders[area.key] = holder
            self.stack.addWidget(holder)
            self._restore_splitters(area.key, page)
        self.stack.setCurrentWidget(self._holders[area.key])

    def current_page(self) -> QWidget | None:
        """The area page on show (None while no database is open)."""
        current = self.stack.currentWidget()
        return next((self.pages[k] for k, h in self._holders.items() if h is current), None)

    def show_area(self, key: str) -> QWidget:
        row = next(i for i, a in enumerate(AREAS) if a.key == key)
        self.nav.setCurrentRow(row)
        self._show_area(row)
        return self.pages[key]

    # ------------------------------------------------------------ session

    def _on_opening(self, path: str) -> None:
        self.no_db_page.set_busy(True)
        self.stack.setCurrentWidget(self.no_db_page)
        self.path_label.setText(path)

    def _on_opened(self) -> None:
        self.nav.setEnabled(True)
        self._set_db_actions_enabled(True)
        self.path_label.setText(str(self.session.path))
        # [*]: Qt shows an asterisk there while a form has unsaved changes
        self.setWindowTitle(f"{APP_NAME} – {self.session.path.name}[*]")
        report = self.session.report
        if report is not None and report.applied_migrations:
            self.statusBar().showMessage(
                tr("Databasen uppgraderades; en säkerhetskopia sparades först."), 8000
            )
        self.restore_action.setEnabled(True)  # (a read-only database before switched it off)
        if self.session.read_only:
            self._show_read_only()
        if report is not None and report.warnings:
            # e.g. the daily backup failed: say so, but let the secretary read and print
            warning = report.warnings[0]
            self.statusBar().showMessage(f"{warning.message} {warning.hint}".strip())
        from uppfoljning_desktop.store import organisation as org_store

        last = self._window_settings.get("area")
        if not org_store.list_committees(self.session.db):
            self.show_area("organisation")  # a new database: start with who we are
        elif self.nav.currentRow() < 0:
            self.show_area(last if any(a.key == last for a in AREAS) else "meetings")
        else:
            self._show_area(self.nav.currentRow())

    def _on_daily_backup_done(self, _path: str) -> None:
        if not self.statusBar().currentMessage():  # never over a message the user is reading
            self.statusBar().showMessage(tr("Dagens säkerhetskopia är sparad och kontrollerad."), 5000)

    def _on_daily_backup_failed(self, why: str) -> None:
        self.statusBar().showMessage(tr("Varning: dagens säkerhetskopia misslyckades. {why}").format(why=why), 30000)

    def _show_read_only(self) -> None:
        """A database on a read-only location: say so where it is always seen (title and
        status bar) and switch off the file actions that would write."""
        assert self.session.path is not None
        note = tr("skrivskyddad: kan läsas och skrivas ut, inte ändras")
        self.setWindowTitle(f"{APP_NAME} – {self.session.path.name} ({note})")
        self.path_label.setText(f"{self.session.path}  [{note}]")
        self.statusBar().showMessage(
            tr("Databasen ligger på en skrivskyddad plats. Kopiera den till en mapp där du får skriva "
               "för att kunna ändra i den."))
        self.backup_action.setEnabled(False)
        self.restore_action.setEnabled(False)

    def _on_open_failed(self, exc: BaseException) -> None:
        message, hint = messages.error_text(exc)
        self.no_db_page.set_busy(False, f"{message}\n\n{hint}".strip())
        self.stack.setCurrentWidget(self.no_db_page)
        self.nav.setEnabled(False)
        self._set_db_actions_enabled(False)
        self.path_label.setText(tr("Ingen databas öppen"))
        self.restore_action.setEnabled(True)  # a damaged file can be restored from here
        messages.show_error(self, exc)

    def _on_closed(self) -> None:
        for holder in self._holders.values():
            self.stack.removeWidget(holder)
            holder.deleteLater()
        self._holders.clear()
        self.pages.clear()
        self._area_row = -1
        self.setWindowModified(False)
        self.undo_stack.clear()  # the steps belong to the database just closed
        self.nav.setEnabled(False)
        self._set_db_actions_enabled(False)

    # ------------------------------------------------------------ file actions

    def _start_dir(self) -> str:
        return str(self.session.path.parent) if self.session.path else str(Path.home())

    def open_database_dialog(self) -> None:
        if not self.confirm_unsaved():
            return
        path = messages.get_open_file_name(self, tr("Öppna databas"), self._start_dir(), tr(DB_FILTER))
        if path:
            self.session.open(path, self)

    def new_database_dialog(self) -> None:
        if not self.confirm_unsaved():
            return
        path = messages.get_save_file_name(
            self, tr("Ny databas"), str(Path(self._start_dir()) / "ny-databas.sqlite"), tr(DB_FILTER)
        )
        if not path:
            return
        if Path(path).exists():
            messages.show_info(
                self, tr("Filen {path} finns redan. Välj ett annat namn; ingen fil skrivs över.").format(path=path)
            )
            return
        self.session.open(path, self)

    def backup_now(self) -> None:
        if not self.session.is_open:
            return
        path = self.session.path

        def work():
            from uppfoljning_desktop.store.backup import create_backup

            db = self.session.worker_connection()
            try:
                return create_backup(db, path, reason="manuell")
            finally:
                db.close()

        run_task(
            self,
            work,
            label=tr("Säkerhetskopierar …"),
            on_success=lambda target: messages.show_info(
                self, tr("Säkerhetskopian sparades:\n{path}").format(path=target)
            ),
        )

    def restore_dialog(self) -> None:
        from uppfoljning_desktop.store.backup import list_backups

        # A database that could not be opened (damaged, truncated) is the case restore
        # exists for: offer it for that file too.
        db_path = self.session.path or self.session.failed_path
        if db_path is None:
            messages.show_info(self, tr("Öppna först den databas som ska återställas."))
            return
        if not self.confirm_unsaved():
            return
        backups = list_backups(db_path)
        labels = [f"{b.created:%Y-%m-%d %H:%M:%S} – {b.reason_label}" for b in backups]
        labels.append(tr("Välj en fil …"))
        choice = messages.choose_item(
            self, tr("Återställ"), tr("Återställ {name} från:").format(name=db_path.name), labels
        )
        if choice is None:
            return
        if choice == len(backups):
            source = messages.get_open_file_name(self, tr("Välj säkerhetskopia"), self._start_dir(), tr(DB_FILTER))
            if not source:
                return
        else:
            source = str(backups[choice].path)
        if not messages.ask_yes_no(
            self,
            tr("Ersätta allt innehåll i {name} med säkerhetskopian?\n"
               "Nuvarande innehåll sparas först som en egen säkerhetskopia.").format(name=db_path.name),
        ):
            return
        self.restore_from(source)

    def restore_from(self, source: str | Path) -> None:
        from uppfoljning_desktop.errors import DatabaseInUse
        from uppfoljning_desktop.store.backup import restore_backup

        db_path = self.session.path or self.session.failed_path
        assert db_path is not None
        lock = None
        if self.session.is_open:
            self.session.release_connection()  # the window keeps holding the instance lock
            self._on_closed()
        else:
            try:  # the file did not open: hold its lock for the restore
                lock = self.session.acquire_lock(db_path)
            except DatabaseInUse as exc:
                messages.show_error(self, exc)
                return

        def reopen(_=None) -> None:
            if lock is not None:
                lock.release()
            self.session.open(db_path, self)

        def failed(exc: BaseException) -> None:
            messages.show_error(self, exc)
            reopen()

        run_task(
            self,
            lambda: restore_backup(source, db_path),
            label=tr("Återställer …"),
            on_success=reopen,
            on_failure=failed,
        )

    def set_language(self, code: str) -> None:
        from uppfoljning_desktop.settings import load_settings, save_settings

        settings = load_settings()
        settings.language = code
        save_settings(settings)
        messages.show_info(self, tr("Språket byts när du startar om Uppföljning."))

    def show_about(self) -> None:
        messages.show_info(
            self,
            tr("{app} {version}\nNämndsekreterarens program för sammanträden, delegationsbeslut, "
               "krisledning och måluppföljning.").format(app=APP_NAME, version=__version__),
        )

    # ------------------------------------------------------------ window state

    def _load_window_settings(self) -> dict:
        """Size and position as they were left (applied now: before the window shows)."""
        from PySide6.QtCore import QByteArray

        from uppfoljning_desktop.settings import load_settings

        state = load_settings().window
        geometry = state.get("geometry")
        if isinstance(geometry, str):
            self.restoreGeometry(QByteArray.fromBase64(geometry.encode("ascii")))
        return state

    def _restore_splitters(self, key: str, page: QWidget) -> None:
        from PySide6.QtCore import QByteArray
        from PySide6.QtWidgets import QSplitter

        saved = self._window_settings.get("splitters", {})
        for n, splitter in enumerate(page.findChildren(QSplitter)):
            state = saved.get(f"{key}/{n}")
            if isinstance(state, str):
                splitter.restoreState(QByteArray.fromBase64(state.encode("ascii")))

    def save_window_state(self) -> None:
        """Size, splitters and the last page, for the next start (settings.json)."""
        from PySide6.QtWidgets import QSplitter

        from uppfoljning_desktop.settings import load_settings, save_settings

        def b64(data) -> str:
            return bytes(data.toBase64()).decode("ascii")

        settings = load_settings()
        splitters = dict(settings.window.get("splitters", {}))
        for key, page in self.pages.items():
            for n, splitter in enumerate(page.findChildren(QSplitter)):
                splitters[f"{key}/{n}"] = b64(splitter.saveState())
        state = {"geometry": b64(self.saveGeometry()), "splitters": splitters}
        page = self.current_page()
        current = next((k for k, p in self.pages.items() if p is page), None)
        state["area"] = current or settings.window.get("area", "")
        settings.window = state
        try:
            save_settings(settings)
        except OSError:
            pass  # a read-only profile: the window opens as new next time, nothing else lost
        self._window_settings = state

    def closeEvent(self, event) -> None:
        if self.session.is_open and not self.confirm_unsaved():
            event.ignore()
            return
        self.save_window_state()
        self.session.close()
        super().closeEvent(event)
