"""Run store, report and import work off the GUI thread, with one error handling.

Like Anki's ``CollectionOp``/``QueryOp``: ``run_task`` runs ``fn`` in the thread pool,
shows a busy indicator in the status bar (and a progress dialog for long work), reports
failures through ``messages.show_error`` and hands the result to ``on_success`` on the
GUI thread. With ``with_progress=True``, ``fn`` is called with a keyword argument
``progress``, a callback ``progress(done, total, text)`` that moves the progress dialog.
Writes announce themselves through ``Session.changed`` so that views refresh.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QWidget

from uppfoljning_desktop.ui import messages

_running: set[Task] = set()


class _Signals(QObject):
    succeeded = Signal(object)
    failed = Signal(object)
    progressed = Signal(int, int, str)


class Task(QRunnable):
    def __init__(self, fn: Callable[..., Any], with_progress: bool = False) -> None:
        super().__init__()
        self.setAutoDelete(False)
        self.fn = fn
        self.with_progress = with_progress
        self.signals = _Signals()

    def run(self) -> None:  # runs in a worker thread
        try:
            if self.with_progress:
                result = self.fn(progress=lambda d, t, s="": self._emit(self.signals.progressed, d, t, s))
            else:
                result = self.fn()
        except BaseException as exc:  # noqa: BLE001 - reported on the GUI thread
            self._emit(self.signals.failed, exc)
        else:
            self._emit(self.signals.succeeded, result)

    @staticmethod
    def _emit(signal, *args) -> None:
        try:
            signal.emit(*args)
        except RuntimeError:
            pass  # the application is quitting and the receiver is gone


def run_task(
    parent: QWidget | None,
    fn: Callable[..., Any],
    *,
    on_success: Callable[[Any], None] | None = None,
    on_failure: Callable[[BaseException], None] | None = None,
    label: str = "",
    with_progress: bool = False,
    show_progress_after_ms: int = 400,
    quiet: bool = False,
) -> Task:
    """Start ``fn`` in the background; returns the task (tests wait on its signals).

    ``quiet`` work (the daily backup) never opens a progress dialog: its progress is
    shown in the status bar while the user goes on working."""
    task = Task(fn, with_progress)
    _running.add(task)
    dialog: list = []  # the QProgressDialog, once shown

    def show_dialog() -> None:
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QProgressDialog

        if task in _running and label and parent is not None:
            d = QProgressDialog(label, "", 0, 0, parent)
            d.setCancelButton(None)
            d.setWindowModality(Qt.WindowModality.WindowModal)
            d.setMinimumDuration(0)
            d.show()
            dialog.append(d)

    def finish() -> None:
        _running.discard(task)
        for d in dialog:
            d.close()
        status = _status_bar(parent)
        # quiet work clears only its own line: never a message the user is reading meanwhile
        if status is not None and (not quiet or _own_line(status, label)):
            status.clearMessage()

    def succeeded(result: Any) -> None:
        finish()
        if on_success is not None:
            on_success(result)

    def failed(exc: BaseException) -> None:
        finish()
        if on_failure is not None:
            on_failure(exc)
        else:
            messages.show_error(parent, exc)

    def progressed(done: int, total: int, text: str) -> None:
        status = _status_bar(parent)
        if quiet and status is not None and total and _own_line(status, label):
            status.showMessage(f"{label} {100 * done // total} %")
        for d in dialog:
            d.setMaximum(total)
            d.setValue(done)
            if text:
                d.setLabelText(text)

    task.signals.succeeded.connect(succeeded)
    task.signals.failed.connect(failed)
    task.signals.progressed.connect(progressed)
    status = _status_bar(parent)
    if status is not None and label and (not quiet or not status.currentMessage()):
        status.showMessage(label)
    if label and not quiet:
        QTimer.singleShot(show_progress_after_ms, show_dialog)
    QThreadPool.globalInstance().start(task)
    return task


def call(parent: QWidget | None, fn: Callable[[], Any]) -> tuple[bool, Any]:
    """Run a quick store call on the GUI thread with the same error handling.

    For single-row saves that take a millisecond; anything that can take long goes
    through ``run_task``. Returns ``(ok, result)``.
    """
    try:
        return True, fn()
    except Exception as exc:  # noqa: BLE001 - shown to the user, bugs logged
        messages.show_error(parent, exc)
        return False, None


def _own_line(status, label: str) -> bool:
    """The status bar shows nothing, or this quiet task's own progress."""
    current = status.currentMessage()
    return not current or current.startswith(label)


def _status_bar(parent: QWidget | None):
    try:
        window = parent.window() if parent is not None else None
    except RuntimeError:  # the window closed while the work ran (a background backup)
        return None
    return window.statusBar() if window is not None and hasattr(window, "statusBar") else None
