"""Selecting an event anywhere shows it everywhere: canvas, table, article and details."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QWidget

from timeline_app.core.models import Certainty
from timeline_app.gui import MainWindow
from timeline_app.gui.article_view import CERTAINTY_COLOURS, SENTENCE_COLOUR
from timeline_app.gui.event_table import EVENT_ID_ROLE


def _selected_sentence(win: MainWindow) -> str:
    return win.article_view.textCursor().selectedText().replace("\u2029", "\n")


def test_clicking_a_marker_shows_the_event(qtbot, loaded: MainWindow) -> None:
    canvas = loaded.findChild(QWidget, "timelineCanvas")
    positions = loaded.canvas.event_display_positions()
    assert positions, "the sample draws individual markers"
    event_id, point = next(iter(positions.items()))
    with qtbot.waitSignal(loaded.state.selection_changed, timeout=5000):
        qtbot.mouseClick(canvas, Qt.MouseButton.LeftButton, pos=point.toPoint())
    event = loaded.state.find_event(event_id)
    assert event is not None and loaded.state.selected_event_id == event_id
    details = loaded.details.toPlainText()
    assert event.label in details
    assert event.timex.text in details
    assert " ".join(event.sentence_text.split())[:40] in " ".join(details.split())
    assert _selected_sentence(loaded) == event.sentence_text
    sentence = loaded.article_view.extraSelections()[0]
    assert sentence.cursor.selectedText() == event.sentence_text
    assert sentence.format.background().color() == QColor(SENTENCE_COLOUR)
    assert loaded.event_table.selected_event_id() == event_id


def test_selecting_a_row_selects_the_sentence_and_marker(loaded: MainWindow) -> None:
    table = loaded.event_table.view
    index = table.model().index(3, 0)
    table.selectionModel().setCurrentIndex(
        index,
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )
    event_id = index.data(EVENT_ID_ROLE)
    event = loaded.state.find_event(event_id)
    assert loaded.state.selected_event_id == event_id
    assert _selected_sentence(loaded) == event.sentence_text
    assert loaded.canvas.selected_event() == event_id


def test_every_time_expression_is_highlighted_by_certainty(loaded: MainWindow) -> None:
    doc = loaded.state.documents[0]
    selections = loaded.article_view.extraSelections()
    assert not loaded.state.selected_event_id
    assert len(selections) == len(doc.analysis.timexes)
    for selection, timex in zip(selections, doc.analysis.timexes, strict=True):
        assert selection.cursor.selectedText() == timex.text
        assert selection.format.background().color() == QColor(CERTAINTY_COLOURS[timex.certainty])
    assert {t.certainty for t in doc.analysis.timexes} & {Certainty.EXACT, Certainty.INFERRED}


def test_clicking_a_highlighted_expression_selects_its_event(qtbot, loaded: MainWindow) -> None:
    view = loaded.article_view
    event = next(e for e in loaded.state.events() if e.timex.text == "Saturday, March 4")
    cursor = view.cursor_for_range(event.timex.start + 2, event.timex.start + 2)
    view.setTextCursor(cursor)
    view.ensureCursorVisible()
    point = view.cursorRect(cursor).center()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert loaded.state.selected_event_id == event.id
    assert "Saturday, March 4" in loaded.details.toPlainText()


def test_details_say_why_an_event_got_its_date(loaded: MainWindow) -> None:
    event = next(e for e in loaded.state.events() if e.timex.text == "Thursday")
    loaded.state.select_event(event.id)
    text = " ".join(loaded.details.toPlainText().split())
    assert f"Thursday → {event.interval.first_day.isoformat()}" in text
    assert "publication date 2023-03-13" in text
    assert "Publication date: Mon 13 Mar 2023, from the article URL" in text


def test_table_keyboard_navigation_moves_the_selection(qtbot, loaded: MainWindow) -> None:
    table = loaded.event_table.view
    table.setFocus()
    first = loaded.event_table.visible_event_ids()
    loaded.state.select_event(first[0])
    qtbot.keyClick(table, Qt.Key.Key_Down)
    assert loaded.state.selected_event_id == first[1]
    loaded.actions_.next_event.trigger()
    assert loaded.state.selected_event_id == first[2]


def test_filter_box_filters_rows(qtbot, loaded: MainWindow) -> None:
    total = loaded.event_table.proxy.rowCount()
    loaded.actions_.find.trigger()
    qtbot.keyClicks(loaded.event_table.filter_edit, "walkout")
    rows = loaded.event_table.proxy.rowCount()
    assert 0 < rows < total
    labels = [loaded.state.find_event(i).label for i in loaded.event_table.visible_event_ids()]
    assert any("walkout" in label.lower() for label in labels)


def test_typing_a_filter_never_selects_another_event(qtbot, loaded: MainWindow) -> None:
    """Regression: filtering out the selected row moved the selection to a neighbouring event."""
    walkout = next(e for e in loaded.state.events() if e.label == "The walkout began")
    loaded.state.select_event(walkout.id)
    qtbot.keyClicks(loaded.event_table.filter_edit, "monday")
    assert walkout.id not in loaded.event_table.visible_event_ids()
    assert loaded.state.selected_event_id == walkout.id
    assert not loaded.event_table.view.selectionModel().hasSelection()
    loaded.event_table.filter_edit.clear()
    assert loaded.event_table.selected_event_id() == walkout.id


def test_focusing_the_table_selects_no_event(qtbot, loaded: MainWindow) -> None:
    """Regression: Tab into the table (or closing About) selected the first event and scrolled
    the timeline to 2015."""
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QFocusEvent
    from PySide6.QtWidgets import QApplication

    view = loaded.event_table.view
    view.selectionModel().clearCurrentIndex()
    loaded.state.select_event(None)
    QApplication.sendEvent(view, QFocusEvent(QEvent.Type.FocusIn, Qt.FocusReason.TabFocusReason))
    assert loaded.state.selected_event_id is None
    qtbot.keyClick(view, Qt.Key.Key_Space)  # the keyboard user picks the row Qt pointed at
    assert loaded.state.selected_event_id == loaded.event_table.visible_event_ids()[0]


def test_offsets_survive_characters_outside_the_bmp(
    window: MainWindow, tmp_path, open_files
) -> None:
    article = tmp_path / "emoji.txt"
    article.write_text(
        "Festival news 🎉🎉\n\nPublished 14 March 2023.\n\n"
        "The 🎈 parade 🎈 took place on 12 March 2023 in the old town.\n",
        encoding="utf-8",
    )
    open_files(window, [article])
    event = next(e for e in window.state.events() if "12 March 2023" in e.timex.text)
    window.state.select_event(event.id)
    assert window.article_view.textCursor().selectedText() == event.sentence_text
    texts = [s.cursor.selectedText() for s in window.article_view.extraSelections()]
    assert event.timex.text in texts


def test_issue_2_walking_skeleton(qtbot, window: MainWindow, open_dialog, sample_path) -> None:
    """Open the sample through File ▸ Open, click a marker: details and article follow."""
    open_dialog.append(str(sample_path))
    with qtbot.waitSignal(window.documents_loaded, timeout=30_000):
        window.actions_.open.trigger()
    canvas = window.findChild(QWidget, "timelineCanvas")
    positions = window.canvas.event_display_positions()
    clicked = {}
    for event_id, point in positions.items():
        event = window.state.find_event(event_id)
        if event is not None and event.timex.text == "Saturday, March 4":
            clicked = {"id": event_id, "point": point.toPoint()}
    assert clicked, "the walkout marker is drawn on its own"
    qtbot.mouseClick(canvas, Qt.MouseButton.LeftButton, pos=clicked["point"])
    assert window.state.selected_event_id == clicked["id"]
    details = " ".join(window.details.toPlainText().split())
    assert "Sat 4 Mar 2023" in details
    assert "Saturday, March 4" in details
    assert "The walkout began on Saturday, March 4" in details
    assert _selected_sentence(window).startswith("The walkout began on Saturday, March 4")


def test_find_marks_the_words_in_the_article(qtbot, loaded: MainWindow) -> None:
    from timeline_app.gui.article_view import SEARCH_COLOUR

    loaded.actions_.find.trigger()
    qtbot.keyClicks(loaded.event_table.filter_edit, "mediator")
    view = loaded.article_view
    marked = [
        s.cursor.selectedText()
        for s in view.extraSelections()
        if s.format.foreground().color() == QColor(SEARCH_COLOUR)
    ]
    assert marked == ["mediator"] * view.toPlainText().count("mediator")
    loaded.event_table.filter_edit.clear()
    assert view.search_matches() == []


def test_find_matches_the_events_sentences_too(qtbot, loaded: MainWindow) -> None:
    qtbot.keyClicks(loaded.event_table.filter_edit, "union")
    ids = loaded.event_table.visible_event_ids()
    assert ids
    assert all("union" in loaded.state.find_event(i).sentence_text.lower() for i in ids)
