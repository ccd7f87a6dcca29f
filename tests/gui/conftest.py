"""Shared GUI fixtures: settings in a temp dir, message boxes recorded instead of shown.

Without PySide6 (the headless test run) the whole folder is skipped.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFileDialog, QMessageBox

from timeline_app.gui.main_window import MainWindow
from timeline_app.resources import SAMPLE_ARTICLE, resource_path

LOAD_TIMEOUT_MS = 30_000


@pytest.fixture(autouse=True)
def temp_settings(qapp, tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[Path]:
    """Every test gets empty settings in its own folder."""
    folder = tmp_path / "settings"
    folder.mkdir()
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    qapp.setOrganizationName("timeline-app-tests")
    qapp.setApplicationName(f"gui-{request.node.name}"[:80])
    yield folder


@dataclass
class MessageLog:
    """What message boxes the app showed; ``answer`` is what ``question`` returns."""

    shown: list[tuple[str, str, str]] = field(default_factory=list)
    answer: QMessageBox.StandardButton = QMessageBox.StandardButton.Discard

    def texts(self, kind: str | None = None) -> list[str]:
        return [text for k, _title, text in self.shown if kind is None or k == kind]


@pytest.fixture(autouse=True)
def messages(monkeypatch: pytest.MonkeyPatch) -> MessageLog:
    log = MessageLog()

    def record(kind: str):  # type: ignore[no-untyped-def]
        def show(_parent, title, text, *args, **kwargs):  # type: ignore[no-untyped-def]
            log.shown.append((kind, title, text))
            return log.answer if kind == "question" else QMessageBox.StandardButton.Ok

        return show

    for kind in ("question", "warning", "critical", "information", "about"):
        monkeypatch.setattr(QMessageBox, kind, staticmethod(record(kind)))
    return log


@pytest.fixture
def sample_path() -> Path:
    return resource_path(*SAMPLE_ARTICLE)


@pytest.fixture
def window(qtbot) -> Iterator[MainWindow]:
    win = MainWindow()
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.state.mark_saved()
    win.close()


@pytest.fixture
def open_files(qtbot):  # type: ignore[no-untyped-def]
    """``open_files(window, paths)`` opens and waits; returns the sources that loaded."""

    def run(win: MainWindow, paths: list) -> list[str]:  # type: ignore[type-arg]
        with qtbot.waitSignal(win.documents_loaded, timeout=LOAD_TIMEOUT_MS) as blocker:
            win.open_paths(paths)
        return list(blocker.args[0])

    return run


@pytest.fixture
def loaded(window: MainWindow, sample_path: Path, open_files) -> MainWindow:  # type: ignore[no-untyped-def]
    """The window with the sample article open."""
    open_files(window, [sample_path])
    return window


@pytest.fixture
def open_dialog(monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    """Make QFileDialog.getOpenFileNames return the paths given to the returned setter."""
    chosen: list[str] = []

    def fake(*_args, **_kwargs):  # type: ignore[no-untyped-def]
        return list(chosen), "Articles"

    monkeypatch.setattr(QFileDialog, "getOpenFileNames", staticmethod(fake))
    return chosen


@pytest.fixture
def save_dialog(monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    """Make QFileDialog.getSaveFileName return ``answer[0]`` (path, filter)."""
    answer: list[tuple[str, str]] = []

    def fake(_parent, _caption, _directory, filters="", selected="", *args, **kwargs):  # type: ignore[no-untyped-def]
        path, chosen = answer[0]
        return path, chosen or selected

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(fake))
    return answer
