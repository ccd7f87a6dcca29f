"""Start the desktop app: ``run_gui(files)`` is what ``timeline-app [FILE ...]`` calls."""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence

from timeline_app.resources import resource_path

ICON = ("icons", "timeline-app.png")


def _display_problem() -> str | None:
    """Why no window can be shown, before Qt aborts the process over it."""
    if sys.platform.startswith("linux") and not os.environ.get("QT_QPA_PLATFORM"):
        if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
            return (
                "no display found (DISPLAY and WAYLAND_DISPLAY are unset). Run it in a desktop "
                "session, or use the headless commands: timeline-app tag|events|export --help"
            )
    return None


def run_gui(files: Sequence[str]) -> int:
    """Show the main window, open ``files`` and run the event loop; returns the exit status."""
    problem = _display_problem()
    if problem is not None:
        print(f"timeline-app: {problem}", file=sys.stderr)
        return 2
    from timeline_app import startup

    startup.start(list(files))  # analysed on the other core while Qt and matplotlib load
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    from timeline_app.gui import settings as cfg

    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication([sys.argv[0]])
    app.setOrganizationName(cfg.ORGANIZATION)
    app.setApplicationName(cfg.APPLICATION)
    app.setApplicationDisplayName("Timeline App")
    icon_path = resource_path(*ICON)
    if icon_path.is_file():
        app.setWindowIcon(QIcon(str(icon_path)))
    from PySide6.QtCore import QTimer

    from timeline_app.gui.main_window import MainWindow

    window = MainWindow(lazy_canvas=True)
    window.show()
    QTimer.singleShot(0, window.canvas.ensure)

    def settle() -> None:
        """After the first draw: what the first view need not wait for."""
        startup.canvas_ready()  # this process may now load its own tagger (startup.take)
        from timeline_app import __version__  # importlib.metadata: see timeline_app

        app.setApplicationVersion(__version__)

    window.documents_loaded.connect(lambda *_: QTimer.singleShot(200, settle))
    if files:
        window.open_paths(files)
    else:
        QTimer.singleShot(200, settle)
    return int(app.exec())
