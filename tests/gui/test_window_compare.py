"""Several articles together: one colour each, a document list with show/hide."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from timeline_app.gui import MainWindow

SECOND = (
    "Ferry crews join port dispute\n\n"
    "Published 14 March 2023\n\n"
    "Ferry crews in Halverston walked out on Tuesday, March 14, in support of dock workers.\n"
    "A ballot on further action will be held on March 28, 2023.\n"
)


@pytest.fixture
def open_two(sample_path: Path, tmp_path: Path, open_files):  # type: ignore[no-untyped-def]
    """Open the sample and a second, shorter article about the same dispute in a window."""

    def run(window: MainWindow) -> Path:
        second = tmp_path / "ferry-crews.txt"
        second.write_text(SECOND, encoding="utf-8")
        open_files(window, [sample_path, second])
        return second

    return run


def test_two_articles_get_their_own_colours_and_can_be_hidden(
    window: MainWindow, sample_path: Path, tmp_path: Path, open_files, open_two
) -> None:
    open_two(window)
    docs = window.state.documents
    assert len(docs) == 2 and docs[0].colour != docs[1].colour
    doc_list = window.document_list
    assert doc_list.isVisible() and doc_list.count() == 2
    table_docs = {
        window.state.find_event(i).document for i in window.event_table.visible_event_ids()
    }
    assert table_docs == {d.source for d in docs}
    doc_list.item(0).setCheckState(Qt.CheckState.Unchecked)
    shown = {window.state.find_event(i).document for i in window.event_table.visible_event_ids()}
    assert shown == {docs[1].source}
    doc_list.setCurrentRow(1)
    assert "Ferry crews" in window.article_view.toPlainText()


def test_closing_one_article_keeps_the_other(
    window: MainWindow, sample_path: Path, tmp_path: Path, open_files, open_two
) -> None:
    open_two(window)
    window.document_list.setCurrentRow(0)
    window.document_list.actions()[0].trigger()
    assert [d.title for d in window.state.documents] == ["Ferry crews join port dispute"]
    assert "Ferry crews" in window.article_view.toPlainText()
    assert not window.document_list.isVisible()


def test_a_new_article_never_reuses_an_open_articles_colour(
    window: MainWindow, sample_path: Path, tmp_path: Path, open_files
) -> None:
    paths = []
    for name in ("a.txt", "b.txt"):
        path = tmp_path / name
        path.write_text(SECOND, encoding="utf-8")
        paths.append(path)
    open_files(window, [sample_path, paths[0]])
    window.state.close_document(str(sample_path))
    open_files(window, [paths[1]])
    colours = [d.colour for d in window.state.documents]
    assert len(set(colours)) == len(colours) == 2


def test_switching_articles_clears_a_selection_from_the_other(
    window: MainWindow, sample_path: Path, tmp_path: Path, open_files, open_two
) -> None:
    open_two(window)
    harbour = next(e for e in window.state.events() if e.document == str(sample_path))
    window.state.select_event(harbour.id)
    assert "Halverston voted" in window.article_view.toPlainText()
    window.document_list.setCurrentRow(1)
    assert window.state.selected_event_id is None
    assert "Select an event" in window.details.toPlainText()


def test_closing_an_article_with_corrections_asks_first(
    window: MainWindow, sample_path: Path, tmp_path: Path, open_files, open_two, messages
) -> None:
    """Regression: Delete in the article list threw away that article's corrections unasked."""
    from PySide6.QtWidgets import QMessageBox

    open_two(window)
    harbour = next(e for e in window.state.events() if e.document == str(sample_path))
    window.state.select_event(harbour.id)
    window.actions_.toggle_hidden.trigger()
    window.document_list.setCurrentRow(0)
    messages.answer = QMessageBox.StandardButton.Cancel
    window.document_list.actions()[0].trigger()
    assert "will be lost" in messages.texts("question")[0]
    assert len(window.state.documents) == 2
    messages.answer = QMessageBox.StandardButton.Discard
    window.document_list.actions()[0].trigger()
    assert [d.title for d in window.state.documents] == ["Ferry crews join port dispute"]


def test_with_two_articles_the_labels_stay_readable(
    window: MainWindow, sample_path: Path, tmp_path: Path, open_files, open_two
) -> None:
    """Regression: a Document column of cut titles ("Dock …") squeezed labels to ~100 px."""
    from timeline_app.gui.event_table import DOCUMENT, LABEL

    open_two(window)
    view = window.event_table.view
    assert not view.isColumnHidden(DOCUMENT)
    assert view.columnWidth(LABEL) >= 160
    cell = window.event_table.proxy.index(0, DOCUMENT)
    assert cell.data() == "" and cell.data(Qt.ItemDataRole.ToolTipRole) in {
        d.title for d in window.state.documents
    }


def test_long_titles_never_hide_a_row_of_the_article_list(
    window: MainWindow, sample_path: Path, tmp_path: Path, open_files
) -> None:
    """Regression: a long title added a horizontal scroll bar that covered the second row."""
    second = tmp_path / "long.txt"
    second.write_text("A very long headline " * 8 + "\n\n" + SECOND, encoding="utf-8")
    open_files(window, [sample_path, second])
    doc_list = window.document_list
    assert not doc_list.horizontalScrollBar().isVisible()
    for row in range(doc_list.count()):
        rect = doc_list.visualItemRect(doc_list.item(row))
        assert doc_list.viewport().rect().contains(rect.topLeft())
        assert rect.bottom() <= doc_list.viewport().rect().bottom()


def test_the_window_title_names_one_headline_and_counts_the_rest(
    window: MainWindow, sample_path: Path, tmp_path: Path, open_files
) -> None:
    """Regression: three headlines joined by commas made a title bar no one could read."""
    paths = [sample_path]
    for n in range(3):
        path = tmp_path / f"ferry-{n}.txt"
        path.write_text(SECOND, encoding="utf-8")
        paths.append(path)
    open_files(window, paths)
    title = window.windowHandle().title()
    assert title.startswith("Dock workers end nine-day strike as port authority agrees to pay deal")
    assert "(+3 more)" in title and "Ferry" not in title


def _listed_documents(win: MainWindow) -> set[str]:
    return {win.state.find_event(i).document for i in win.event_table.visible_event_ids()}


def _drawn_documents(win: MainWindow) -> set[str]:
    return {win.state.find_event(i).document for i in win.canvas.event_display_positions()}


def test_hiding_an_article_marks_the_project_changed(window: MainWindow, open_two) -> None:
    open_two(window)
    assert not window.isWindowModified()
    window.document_list.item(0).setCheckState(Qt.CheckState.Unchecked)
    assert window.isWindowModified()


def test_a_hidden_article_stays_hidden_in_the_reopened_project(
    qtbot, window: MainWindow, open_two, save_dialog, tmp_path: Path, open_files
) -> None:
    ferry = str(open_two(window))
    harbour = window.state.documents[0].source
    window.document_list.item(0).setCheckState(Qt.CheckState.Unchecked)
    project = tmp_path / "compare.timeline.json"
    save_dialog.append((str(project), ""))
    window.actions_.save.trigger()
    assert not window.isWindowModified()
    assert window.close()

    reopened = MainWindow()
    qtbot.addWidget(reopened)
    reopened.resize(1280, 800)
    reopened.show()
    qtbot.waitExposed(reopened)
    open_files(reopened, [project])
    doc_list = reopened.document_list
    assert [doc_list.item(r).text() for r in range(doc_list.count())] == [
        d.title for d in window.state.documents
    ]
    assert doc_list.item(0).checkState() == Qt.CheckState.Unchecked
    assert doc_list.item(1).checkState() == Qt.CheckState.Checked
    assert _listed_documents(reopened) == {ferry}
    assert _drawn_documents(reopened) == {ferry}
    assert not reopened.isWindowModified()

    doc_list.item(0).setCheckState(Qt.CheckState.Checked)  # and it can be shown again
    assert _listed_documents(reopened) == {harbour, ferry}
    assert _drawn_documents(reopened) == {harbour, ferry}
    assert reopened.isWindowModified()
    reopened.state.mark_saved()
    reopened.close()
