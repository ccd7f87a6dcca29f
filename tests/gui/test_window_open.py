"""Opening articles: the welcome page, File ▸ Open, the sample, errors, recent files."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QPlainTextEdit, QTableView, QTextBrowser

from timeline_app.gui import MainWindow
from timeline_app.gui import settings as cfg
from timeline_app.resources import SAMPLE_ARTICLE, resource_path


def test_empty_window_shows_the_welcome_page(window: MainWindow) -> None:
    assert window.objectName() == "mainWindow"
    assert window.pages.currentWidget() is window.welcome
    assert window.welcome.open_button.text().replace("&", "") == "Open article…"
    assert window.welcome.sample_button.text().replace("&", "") == "Open sample article"
    for name, kind in (
        ("articleView", QPlainTextEdit),
        ("eventDetails", QTextBrowser),
        ("eventTable", QTableView),
    ):
        assert window.findChild(kind, name) is not None
    assert window.findChild(object, "timelineCanvas") is not None


def test_open_through_the_file_dialog(qtbot, window: MainWindow, open_dialog, sample_path) -> None:
    open_dialog.append(str(sample_path))
    with qtbot.waitSignal(window.documents_loaded, timeout=30_000):
        window.actions_.open.trigger()
    assert window.pages.currentWidget() is window.workspace
    article = window.article_view
    assert article.toPlainText().startswith("Dock workers end nine-day strike")
    assert article.isReadOnly()
    assert window.event_table.model.rowCount() > 5
    assert window.event_table.model.rowCount() == len(window.state.events())
    assert cfg.recent_files() == [str(sample_path.resolve())]


def test_sample_button_opens_the_sample(qtbot, window: MainWindow) -> None:
    with qtbot.waitSignal(window.documents_loaded, timeout=30_000):
        qtbot.mouseClick(window.welcome.sample_button, Qt.MouseButton.LeftButton)
    assert "Halverston" in window.article_view.toPlainText()


def test_a_bad_file_is_named_and_the_rest_still_open(
    window: MainWindow, sample_path: Path, tmp_path: Path, open_files
) -> None:
    missing = tmp_path / "gone.txt"
    sources = open_files(window, [missing, sample_path])
    assert len(sources) == 1
    assert window.message_bar.isVisible()
    assert "gone.txt" in window.message_bar.label.text()
    assert len(window.state.documents) == 1


def test_a_file_that_fails_alone_leaves_the_welcome_page_up(
    window: MainWindow, tmp_path: Path, open_files
) -> None:
    """Regression: the error switched to an empty workspace (blank axes, empty table)."""
    open_files(window, [tmp_path / "gone.txt"])
    assert window.pages.currentWidget() is window.welcome
    assert window.message_bar.isVisible() and "gone.txt" in window.message_bar.label.text()
    assert window.welcome.open_button.isVisible()
    open_files(window, [resource_path(*SAMPLE_ARTICLE)])
    assert not window.message_bar.isVisible()  # the next open clears the old error


def test_dropping_a_file_opens_it(qtbot, window: MainWindow, sample_path: Path) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(sample_path))])
    drop = QDropEvent(
        QPoint(10, 10).toPointF(),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
    )
    with qtbot.waitSignal(window.documents_loaded, timeout=30_000):
        window.dropEvent(drop)
    assert len(window.state.documents) == 1


def test_open_recent_lists_and_reopens(qtbot, loaded: MainWindow, sample_path: Path) -> None:
    menu = loaded.actions_.recent_menu
    names = [a.text() for a in menu.actions() if not a.isSeparator()]
    assert names[0] == sample_path.name
    loaded.state.close_all()
    with qtbot.waitSignal(loaded.documents_loaded, timeout=30_000):
        menu.actions()[0].trigger()
    assert len(loaded.state.documents) == 1


def test_recent_files_with_the_same_name_are_told_apart(
    window: MainWindow, sample_path: Path, tmp_path: Path, open_files
) -> None:
    """Regression: two "article.txt" from different folders looked the same in Open Recent."""
    paths = []
    for folder in ("monday", "tuesday"):
        (tmp_path / folder).mkdir()
        path = tmp_path / folder / "article.txt"
        path.write_text(sample_path.read_text(encoding="utf-8"), encoding="utf-8")
        paths.append(path)
    open_files(window, paths)
    menu = window.actions_.recent_menu
    texts = [a.text() for a in menu.actions() if a.toolTip().endswith("article.txt")]
    assert sorted(texts) == ["article.txt — monday", "article.txt — tuesday"]
    assert menu.toolTipsVisible()


def test_a_recent_file_that_is_gone_leaves_the_list(
    window: MainWindow, tmp_path: Path, open_files
) -> None:
    """Regression: a deleted article stayed in Open Recent and on the welcome page forever."""
    gone = tmp_path / "gone.txt"
    cfg.add_recent_file(str(gone))
    window._refresh_recent_menu()
    open_files(window, [gone])
    assert str(gone.resolve()) not in cfg.recent_files()
    tips = [a.toolTip() for a in window.actions_.recent_menu.actions()]
    assert str(gone.resolve()) not in tips


def test_welcome_page_offers_recent_articles(qtbot, loaded: MainWindow, sample_path: Path) -> None:
    from PySide6.QtWidgets import QPushButton

    loaded.state.close_all()
    assert loaded.pages.currentWidget() is loaded.welcome
    links = [b for b in loaded.welcome.findChildren(QPushButton) if b.toolTip() == str(sample_path)]
    assert len(links) == 1 and links[0].text() == sample_path.name
    with qtbot.waitSignal(loaded.documents_loaded, timeout=30_000):
        links[0].click()
    assert len(loaded.state.documents) == 1


def test_after_opening_the_event_table_has_the_keyboard(loaded: MainWindow) -> None:
    loaded.activateWindow()
    assert loaded.focusWidget() is loaded.event_table.view


def test_reopening_an_open_file_keeps_its_corrections(
    loaded: MainWindow, sample_path: Path, open_files
) -> None:
    event = loaded.state.events()[0]
    loaded.editing.rename(event, "Kept")
    open_files(loaded, [sample_path])
    assert len(loaded.state.documents) == 1
    assert loaded.state.find_event(event.id).label == "Kept"
