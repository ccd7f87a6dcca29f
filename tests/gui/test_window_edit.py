"""Corrections: change a date, rename, hide/show and add events, all undoable."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from timeline_app.core.models import Interval
from timeline_app.core.wording import format_interval
from timeline_app.gui import MainWindow, dialogs
from timeline_app.gui.event_table import DATE, LABEL


def _row_texts(win: MainWindow, event_id: str) -> list[str]:
    model = win.event_table.model
    row = model.row_of(event_id)
    return [model.index(row, c).data() for c in range(model.columnCount())]


def test_change_date_then_undo_and_redo(loaded: MainWindow, monkeypatch) -> None:
    event = loaded.state.events()[0]
    new = Interval.day(date(2023, 2, 1))
    monkeypatch.setattr(dialogs, "ask_interval", lambda _parent, _current: new)
    loaded.state.select_event(event.id)
    loaded.actions_.edit_date.trigger()
    assert _row_texts(loaded, event.id)[DATE] == format_interval(new, weekday=False)
    assert "Wed 1 Feb 2023" in loaded.details.toPlainText()
    assert loaded.isWindowModified()
    loaded.actions_.undo.trigger()
    assert _row_texts(loaded, event.id)[DATE] == format_interval(event.interval, weekday=False)
    assert not loaded.isWindowModified()
    loaded.actions_.redo.trigger()
    assert loaded.state.find_event(event.id).interval == new


def test_rename_in_the_table(loaded: MainWindow) -> None:
    event = loaded.state.events()[1]
    model = loaded.event_table.model
    index = model.index(model.row_of(event.id), LABEL)
    assert model.setData(index, "Strike vote")
    assert _row_texts(loaded, event.id)[LABEL] == "Strike vote"
    assert loaded.state.undo_stack.undoText().startswith("Rename")


def test_hide_and_show_an_event(loaded: MainWindow) -> None:
    event = loaded.state.events()[2]
    loaded.state.select_event(event.id)
    loaded.actions_.toggle_hidden.trigger()
    assert loaded.state.find_event(event.id).hidden
    assert _row_texts(loaded, event.id)[LABEL].endswith("(hidden)")
    assert event.id not in loaded.canvas.event_display_positions()
    assert loaded.actions_.toggle_hidden.text().replace("&", "") == "Show Event"
    loaded.actions_.toggle_hidden.trigger()
    assert not loaded.state.find_event(event.id).hidden


def test_renaming_a_hidden_event_in_the_table_starts_from_its_label(loaded: MainWindow) -> None:
    """Regression: the cell editor held "… (hidden)", which then became part of the label."""
    from PySide6.QtCore import Qt

    event = loaded.state.events()[2]
    loaded.state.select_event(event.id)
    loaded.actions_.toggle_hidden.trigger()
    model = loaded.event_table.model
    index = model.index(model.row_of(event.id), LABEL)
    assert index.data(Qt.ItemDataRole.EditRole) == event.label
    assert index.data().endswith("(hidden)")


def test_selecting_an_event_does_not_offer_to_add_its_sentence(loaded: MainWindow) -> None:
    """Regression: the sentence shown for the selected event counted as selected text, so
    "Add Event from Selection" lit up with nothing selected by the user."""
    event = loaded.state.events()[3]
    loaded.state.select_event(event.id)
    assert loaded.article_view.textCursor().hasSelection()  # how the sentence is shown
    assert not loaded.actions_.add_event.isEnabled()
    view = loaded.article_view
    view.setTextCursor(view.cursor_for_range(event.sentence.start, event.sentence.start + 12))
    assert loaded.actions_.add_event.isEnabled()


def test_details_say_a_changed_date_was_set_by_the_user(loaded: MainWindow, monkeypatch) -> None:
    """Regression: after Change Date the details still said "exact: the text names the date"
    and explained the old date ("Saturday, March 4 → 2023-03-04")."""
    event = next(e for e in loaded.state.events() if e.timex.text == "Saturday, March 4")
    assert "set by you" not in loaded.details.toPlainText()
    monkeypatch.setattr(dialogs, "ask_interval", lambda *_: Interval.day(date(2023, 3, 5)))
    loaded.state.select_event(event.id)
    loaded.actions_.edit_date.trigger()
    text = loaded.details.toPlainText()
    assert "Certainty: set by you" in text
    assert "you changed the date; the text gave Saturday, March 4 → 2023-03-04" in text
    model = loaded.event_table.model
    tip = model.index(model.row_of(event.id), LABEL).data(Qt.ItemDataRole.ToolTipRole)
    assert tip.endswith("(set by you)")  # the table's tooltip agrees


def test_details_of_an_added_event_say_the_user_added_it(loaded: MainWindow, monkeypatch) -> None:
    view = loaded.article_view
    start = view.toPlainText().index("Related article")
    monkeypatch.setattr(
        dialogs, "ask_new_event", lambda *_: ("Fuel prices", Interval.day(date(2023, 3, 1)))
    )
    loaded.editing.add_event_from_range(start, start + len("Related article"))
    text = loaded.details.toPlainText()
    assert "you added this event" in text and ", user" not in text


def test_add_an_event_from_selected_text(loaded: MainWindow, monkeypatch) -> None:
    view = loaded.article_view
    text = view.toPlainText()
    start = text.index("A fruit importer")
    end = start + len("A fruit importer said two of her shipments had spoiled")
    view.setTextCursor(view.cursor_for_range(start, end))
    assert loaded.actions_.add_event.isEnabled()
    asked = {}

    def answer(_parent, label, day):  # type: ignore[no-untyped-def]
        asked.update(label=label, day=day)
        return "Fruit spoiled", Interval.day(date(2023, 3, 8))

    monkeypatch.setattr(dialogs, "ask_new_event", answer)
    before = len(loaded.state.events())
    loaded.actions_.add_event.trigger()
    assert asked["label"].startswith("A fruit importer")
    assert len(loaded.state.events()) == before + 1
    added = loaded.state.find_event(loaded.state.selected_event_id)
    assert added is not None and added.label == "Fruit spoiled"
    assert "Fruit spoiled" in loaded.details.toPlainText()
    loaded.actions_.undo.trigger()
    assert len(loaded.state.events()) == before


def test_double_clicking_a_date_opens_the_date_picker(
    qtbot, loaded: MainWindow, monkeypatch
) -> None:
    from PySide6.QtCore import Qt

    asked = []
    monkeypatch.setattr(dialogs, "ask_interval", lambda _p, current: asked.append(current))
    table = loaded.event_table.view
    index = table.model().index(0, DATE)
    rect = table.visualRect(index)
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    selected = loaded.state.find_event(loaded.state.selected_event_id)
    assert asked == [selected.interval]


def test_links_in_the_details_pane_correct_the_event(loaded: MainWindow) -> None:
    from PySide6.QtCore import QUrl

    event = loaded.state.events()[0]
    loaded.state.select_event(event.id)
    assert "Hide" in loaded.details.toPlainText()
    loaded.details.anchorClicked.emit(QUrl("action:toggle-hidden"))
    assert loaded.state.find_event(event.id).hidden
    assert "Show" in loaded.details.toPlainText()


def test_hovering_an_expression_explains_its_date(qtbot, loaded: MainWindow) -> None:
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QHelpEvent
    from PySide6.QtWidgets import QToolTip

    view = loaded.article_view
    event = next(e for e in loaded.state.events() if e.timex.text == "Thursday")
    cursor = view.cursor_for_range(event.timex.start + 1, event.timex.start + 1)
    view.setTextCursor(cursor)
    view.centerCursor()
    point = view.cursorRect(cursor).center()
    help_event = QHelpEvent(QEvent.Type.ToolTip, point, view.viewport().mapToGlobal(point))
    assert view.viewportEvent(help_event)
    qtbot.waitUntil(QToolTip.isVisible)
    assert QToolTip.text().startswith("Thursday → 2023-03-16")


def test_a_correction_keeps_the_timeline_zoom(loaded: MainWindow) -> None:
    loaded.canvas.zoom(0.1)
    view = loaded.canvas.visible_range()
    loaded.editing.rename(loaded.state.events()[0], "Still zoomed")
    assert loaded.canvas.visible_range() == view
    loaded.actions_.fit.trigger()
    assert loaded.canvas.visible_range() != view
