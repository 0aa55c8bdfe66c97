"""Start-up of the window: show it first, open the database behind it.

Importing SQLAlchemy and opening (perhaps migrating) the database costs more than
starting Qt, so the order is: QApplication, translations, a cheap check of the file
(no SQLAlchemy), the window shown, and only then ``open_database()`` on a worker. The
window learns the result by signal. A file that must not be opened is refused with a
dialog before any window appears, and nothing is written to it.
"""

from __future__ import annotations

import os
import sys
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QWidget

from .. import __version__, config
from ..messages import QT_TRANSLATE_NOOP
from .i18n import install_translators, translated
from .main_window import MainWindow
from .settings import Settings
from .workers import BackgroundOp, run_in_background, wait_for_all

if TYPE_CHECKING:
    from ..db import Database

EXIT_OK = 0
EXIT_BAD_DATABASE = 2

# Set to 1 by benchmarks/bench_startup.py: print "shown" at the first event-loop turn
# after the window is shown, "ready" once the database is open, then quit.
ENV_STARTUP_PROBE = "RAPPORT_STARTUP_PROBE"


def open_and_count(target: str, create_folder: bool) -> tuple[Database, int]:
    """Worker side of start-up: open (migrate, back up) the database, count contacts."""
    from ..db import open_database
    from ..services.stats import active_contact_count

    database = open_database(target, create_folder=create_folder)
    try:
        with database.session_scope() as session:
            count = active_contact_count(session)
    except BaseException:
        database.dispose()
        raise
    return database, count


def _is_in_memory(target: str) -> bool:
    if target == ":memory:":
        return True
    if not config.is_url(target) or not target.startswith("sqlite"):
        return False
    rest = target.split("://", 1)[1]
    return rest in ("", "/", "/:memory:") or "mode=memory" in rest


class Rapport(QObject):
    """One running window on one database: start-up, failure and shutdown."""

    databaseReady = Signal(object)
    # The exit code the application should end with (emitted on a fatal error).
    finished = Signal(int)

    def __init__(self, settings: Settings, target: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.target = target
        self.window: MainWindow | None = None
        self.database: Database | None = None
        self.exit_code = EXIT_OK
        self._closing = False
        self.open_op: BackgroundOp | None = None
        self._is_default = target == str(config.default_db_path())

    def precheck(self) -> bool:
        """Refuse, with a dialog, a file that must not be opened (nothing is written)."""
        try:
            if _is_in_memory(self.target):
                # Each thread would get its own empty database, and nothing would be kept.
                raise config.DatabaseFileError(
                    QT_TRANSLATE_NOOP(
                        "Database",
                        "{target} is a database in memory; the window needs a file. "
                        "Use --db with a file name.",
                    ),
                    target=self.target,
                )
            config.check_database_file(self.target, create_default_folder=self._is_default)
        except (config.DatabaseFileError, OSError) as exc:
            self._fail(exc, None)
            return False
        return True

    def start(self) -> MainWindow:
        """Show the window, then open the database on a worker."""
        self.window = MainWindow(self.settings, self.target)
        self.window.show()
        self.window.show_busy(self.tr("Opening the database…"))
        # Start the worker on the next event-loop turn, once the window is on screen:
        # importing SQLAlchemy holds the GIL and would otherwise slow the first paint.
        QTimer.singleShot(0, self._open_in_background)
        return self.window

    def _open_in_background(self) -> None:
        if self._closing:
            return
        target, create = self.target, self._is_default

        def work(cancel: Any) -> tuple[Database, int] | None:
            database, count = open_and_count(target, create)
            if cancel.is_set():  # the window closed meanwhile: nobody will take it
                database.dispose()
                return None
            return database, count

        self.open_op = run_in_background(
            work,
            on_done=self._on_opened, on_error=self._on_failed, parent=self,
        )

    def _on_opened(self, result: tuple[Database, int] | None) -> None:
        if result is None:
            return
        database, count = result
        if self._closing or self.window is None:  # closed while the database was opening
            database.dispose()
            return
        self.database = database
        self.window.set_database(database, count)
        self.databaseReady.emit(database)

    def _on_failed(self, exc: BaseException) -> None:
        self._fail(exc, self.window)
        if self.window is not None:
            self.window.close()

    def _fail(self, exc: BaseException, parent: QWidget | None) -> None:
        from PySide6.QtWidgets import QMessageBox

        self.exit_code = EXIT_BAD_DATABASE
        text = translated(exc)
        if getattr(exc, "file_unchanged", False) or isinstance(exc, config.DatabaseFileError):
            text = self.tr("{reason}\n\nNothing was changed in the file.").format(reason=text)
        QMessageBox.critical(parent, self.tr("Rapport cannot open the database"), text)
        self.finished.emit(EXIT_BAD_DATABASE)

    def shutdown(self) -> None:
        """Close the window, wait for workers, close the database (after the event loop).

        An open (or upgrade) still running is waited for, not abandoned: stopping it
        halfway could leave a half-upgraded file. Told it is no longer wanted, the
        worker closes the database itself (its result would never be delivered: the
        event loop has ended).
        """
        self._closing = True
        if self.open_op is not None:
            self.open_op.cancel()
        notifier = getattr(self.window, "notifier", None)
        if notifier is not None:
            notifier.stop()
        if self.window is not None and self.window.isVisible():
            # Hidden, not closed: with no event loop left, a close would ask the
            # application to quit again, and Qt would then end every later event loop
            # at once (which in-process tests run after this).
            self.window.save_state()
            self.window.hide()
        wait_for_all(-1)
        if self.database is not None:
            self.database.dispose()
            self.database = None


def create_application(argv: list[str] | None = None) -> QApplication:
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(argv or sys.argv)
    app.setOrganizationName(config.ORG_NAME)
    app.setApplicationName(config.APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("rapport")
    return app


def _install_probe(app: QApplication, rapport: Rapport) -> None:
    def mark(word: str) -> None:
        print(word, flush=True)

    QTimer.singleShot(0, lambda: mark("shown"))

    def ready(_db: Any) -> None:
        mark("ready")
        app.quit()

    rapport.databaseReady.connect(ready)


def run_gui(target: str) -> int:
    """Open the window on ``target`` and run until it closes; returns the exit code."""
    app = create_application()
    settings = Settings()
    install_translators(app, settings.language)
    rapport = Rapport(settings, target)
    if not rapport.precheck():
        return rapport.exit_code
    rapport.finished.connect(app.exit)
    if os.environ.get(ENV_STARTUP_PROBE) == "1":
        _install_probe(app, rapport)  # before start(): its mark runs before the worker starts
    # The app ends when the main window is closed, not when the last window of any kind
    # goes (a dialog closing after the loop has ended must not ask for another quit).
    app.setQuitOnLastWindowClosed(False)
    window = rapport.start()
    window.closed.connect(app.quit)
    code = app.exec()
    rapport.shutdown()
    return rapport.exit_code or code
