"""The Qt desktop app. The only package that imports PySide6.

Imports are lazy so ``import timeline_app.gui`` stays cheap; ``MainWindow`` loads on first use.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from timeline_app.gui import _pyside_fix

_pyside_fix.install()

if TYPE_CHECKING:
    from timeline_app.gui.main_window import MainWindow

__all__ = ["MainWindow"]


def __getattr__(name: str) -> Any:
    if name == "MainWindow":
        from timeline_app.gui.main_window import MainWindow

        return MainWindow
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
