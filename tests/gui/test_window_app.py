"""Start-up, help, layout memory, progress and cancel."""

from __future__ import annotations

import sys
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import QDialog, QTableWidget, QWidget

from timeline_app import __version__
from timeline_app.gui import MainWindow, app, progress
from timeline_app.gui import worker as worker_module
from timeline_app.resources import SAMPLE_ARTICLE, resource_path


@pytest.fixture
def slow_files(monkeypatch: pytest.MonkeyPatch) -> threading.Event:
    """Every file takes until the test sets the returned event (at most 30 s) to analyse."""
    release = threading.Event()
    original = worker_module.run_item

    def slow(item: worker_module.WorkItem, *args: object) -> object:
        release.wait(30)
        return original(item, *args)

    monkeypatch.setattr(worker_module, "run_item", slow)
    return release


def test_resources_are_found_from_the_source_tree_and_a_bundle(monkeypatch, tmp_path) -> None:
    assert resource_path(*SAMPLE_ARTICLE).is_file()
    assert resource_path("icons", "timeline-app.png").is_file()
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert resource_path("samples", "x.txt") == tmp_path / "resources" / "samples" / "x.txt"


def test_no_display_gives_a_clear_message(monkeypatch, capsys) -> None:
    monkeypatch.setattr(sys, "platform", "linux")
    for name in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"):
        monkeypatch.delenv(name, raising=False)
    assert app.run_gui([]) == 2
    assert "no display" in capsys.readouterr().err


def test_help_lists_the_shortcuts(qtbot, window: MainWindow) -> None:
    window.actions_.help.trigger()
    dialog = window.findChild(QDialog, "helpDialog")
    qtbot.waitExposed(dialog)
    table = dialog.findChild(QTableWidget, "shortcutsTable")
    rows = {table.item(r, 0).text(): table.item(r, 1).text() for r in range(table.rowCount())}
    for action, keys in (
        ("Open", "Ctrl+O"),
        ("Save Project", "Ctrl+S"),
        ("Export Image", "Ctrl+E"),
        ("Find", "Ctrl+F"),
        ("Fit All", "Ctrl+0"),
        ("Quit", "Ctrl+Q"),
        ("Help and Shortcuts", "F1"),
        ("Timeline: previous / next event", "Left / Right"),  # regression: the view keys
        ("Timeline: zoom in / out", "+ / -"),  # were nowhere to be found
    ):
        assert rows[action] == keys
    dialog.close()


def test_about_names_the_version_and_licences(window: MainWindow, messages) -> None:
    window.actions_.about.trigger()
    text = messages.texts("about")[0]
    assert __version__ in text
    assert "matplotlib" in text and "LGPL" in text


def test_a_first_window_fits_a_small_screen(qtbot) -> None:
    """Regression: 1280×800 always, so at 200% scaling most of the window was off screen."""
    win = MainWindow()
    qtbot.addWidget(win)
    available = win.screen().availableGeometry()
    assert available.width() < 1280  # the offscreen screen is 800×600
    assert win.width() <= available.width() and win.height() <= available.height()


def test_splitter_sizes_are_remembered(qtbot, temp_settings: Path) -> None:
    first = MainWindow()
    qtbot.addWidget(first)
    first.show()
    first.lower_splitter.setSizes([300, 500, 480])
    sizes = first.lower_splitter.sizes()
    first.close()
    second = MainWindow()
    qtbot.addWidget(second)
    second.show()
    assert second.lower_splitter.sizes() == sizes


def test_progress_shows_while_loading_and_cancel_stops(
    qtbot, window: MainWindow, sample_path: Path, slow_files: threading.Event
) -> None:
    release = slow_files
    with qtbot.waitSignal(window.documents_loaded, timeout=60_000) as blocker:
        window.open_paths([sample_path] * 4)
        qtbot.waitUntil(window.cancel_button.isVisible, timeout=15_000)
        assert window.progress.isVisible()
        window.cancel_button.click()
        release.set()
    assert len(blocker.args[0]) < 4
    assert not window.cancel_button.isVisible()


def test_cancel_stops_a_single_slow_file_from_opening(
    qtbot, window: MainWindow, sample_path: Path, slow_files: threading.Event
) -> None:
    """Regression: Cancel did nothing for one big file: "0%" stayed, then the file opened anyway."""
    release = slow_files
    with qtbot.waitSignal(window.documents_loaded, timeout=60_000) as blocker:
        window.open_paths([sample_path])
        qtbot.waitUntil(window.cancel_button.isVisible, timeout=15_000)
        assert window.progress.maximum() == 0  # busy, no percentage for a single file
        window.cancel_button.click()
        assert not window.cancel_button.isEnabled()
        release.set()
    assert blocker.args[0] == [] and window.state.documents == []
    assert any("cancelled" in text for text in window.message_bar.messages)
    assert not window.load_progress.isVisible()


class _FakeWorker(QObject):
    progressed = Signal(int, int, int, str)
    busy_changed = Signal(bool)

    def __init__(self) -> None:
        super().__init__()
        self.running = True

    def cancel(self) -> None:
        self.running = False

    def working(self) -> bool:
        return self.running

    def is_cancelled(self, _job: int) -> bool:
        return False


@pytest.mark.parametrize("still_working", [True, False])
def test_progress_shows_only_if_the_job_still_runs(qtbot, still_working: bool) -> None:
    """Regression: start-up kept the GUI thread busy past 300 ms, so the bar showed (and
    repainted the window) for a file whose results were only waiting to be delivered."""
    worker = _FakeWorker()
    box = progress.LoadProgress(worker)  # type: ignore[arg-type]
    qtbot.addWidget(box)
    worker.busy_changed.emit(True)
    worker.running = still_working
    with qtbot.waitSignal(box._show_timer.timeout):
        pass
    assert box.isVisible() is still_working


def test_quitting_during_a_slow_file_hides_the_window_at_once(
    qtbot, sample_path: Path, monkeypatch, slow_files: threading.Event
) -> None:
    """Regression: the window stayed up, frozen, until the file being analysed was done."""
    release = slow_files
    win = MainWindow()
    qtbot.addWidget(win)
    win.show()
    win.open_paths([sample_path])
    seen: list[bool] = []
    shutdown = win.worker.shutdown

    def record_and_shutdown() -> None:
        seen.append(win.isVisible())
        release.set()  # the file finishes a while later
        shutdown()

    monkeypatch.setattr(win.worker, "shutdown", record_and_shutdown)
    win.close()
    assert seen == [False]


def test_a_file_opened_after_cancel_shows_its_own_progress(
    qtbot, window: MainWindow, sample_path: Path, slow_files: threading.Event
) -> None:
    """Regression: after Cancel, the next file's progress kept saying "Cancelling…"."""
    release = slow_files
    # every delivery is recorded, so the second cannot slip by between two waits
    loaded: list[list[str]] = []
    window.documents_loaded.connect(loaded.append)
    window.open_paths([sample_path])
    qtbot.waitUntil(window.cancel_button.isVisible, timeout=15_000)
    window.cancel_button.click()
    window.open_paths([sample_path])  # queued behind the cancelled one
    release.set()
    qtbot.waitUntil(lambda: len(loaded) >= 2, timeout=60_000)
    assert loaded == [[], [str(sample_path)]]
    assert window.cancel_button.isEnabled()
    assert "Cancelling" not in window.load_progress.label.text()


def test_a_quick_open_never_flashes_the_progress_bar(
    qtbot, window: MainWindow, sample_path: Path, open_files
) -> None:
    """Regression: the bar showed (and repainted the window) for every small file at start-up."""
    shows: list[QEvent.Type] = []

    class Spy(QObject):
        def eventFilter(self, _watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Show:
                shows.append(event.type())
            return False

    spy = Spy(window)
    window.load_progress.installEventFilter(spy)
    assert progress.SHOW_AFTER_MS >= 200  # longer than the sample takes to open
    open_files(window, [sample_path])
    assert shows == [] and not window.load_progress.isVisible()


def test_an_edited_window_title_names_the_app_once(loaded: MainWindow) -> None:
    """Regression: "Dock workers … — Timeline App* — Timeline App" once a correction was made."""
    loaded.actions_.next_event.trigger()
    loaded.actions_.toggle_hidden.trigger()
    title = loaded.windowHandle().title()
    assert loaded.isWindowModified()
    assert title.startswith("Dock workers end nine-day strike") and "*" in title
    assert title.endswith("— Timeline App") and title.count("Timeline App") == 1


def _tab_order(start: QWidget) -> list[str]:
    names, widget = [], start.nextInFocusChain()
    while widget is not start:
        takes_tab = widget.focusPolicy().value & Qt.FocusPolicy.TabFocus.value
        if takes_tab and widget.isVisible() and widget.focusProxy() is None and widget.objectName():
            names.append(widget.objectName())
        widget = widget.nextInFocusChain()
    return [n for n in names if not n.startswith("qt_")]


def test_tab_goes_from_the_date_to_the_timeline_and_down_the_panes(loaded: MainWindow) -> None:
    """Regression: the timeline came last, after the details (the canvas is made lazily)."""
    order = _tab_order(loaded.pubdate_bar.edit)
    assert order[:5] == [
        "timelineCanvas",
        "articleView",
        "eventFilter",
        "eventTable",
        "eventDetails",
    ]
    canvas = loaded.findChild(QWidget, "timelineCanvas")
    assert canvas.accessibleName() == "Timeline" and "zoom" in canvas.accessibleDescription()


@pytest.mark.parametrize(
    "name", ["articleView", "eventTable", "eventDetails", "publicationDateEdit"]
)
def test_views_have_accessible_names(loaded: MainWindow, name: str) -> None:
    from PySide6.QtWidgets import QWidget

    widget = loaded.findChild(QWidget, name)
    assert widget.accessibleName() and widget.toolTip()


def test_run_gui_shows_the_window_and_opens_files(
    qtbot, qapp, monkeypatch, sample_path: Path
) -> None:
    from PySide6.QtWidgets import QApplication

    seen = {}

    def fake_exec() -> int:
        shown = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
        window = next(w for w in shown if isinstance(w, MainWindow))
        qtbot.addWidget(window)
        qtbot.waitUntil(lambda: len(window.state.documents) == 1, timeout=30_000)
        seen.update(visible=True, title=window.windowTitle())
        seen.update(icon=not QApplication.windowIcon().isNull(), name=qapp.applicationName())
        window.close()
        return 0

    monkeypatch.setattr(qapp, "exec", fake_exec)
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    assert app.run_gui([str(sample_path)]) == 0
    assert seen["visible"] and seen["icon"] and seen["name"] == "timeline-app"
    assert seen["title"].startswith("Dock workers end nine-day strike")
