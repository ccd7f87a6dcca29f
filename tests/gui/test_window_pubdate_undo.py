"""Changing the publication date is an undo step: undo re-dates every event back, redo again."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt

from timeline_app.gui import MainWindow
from timeline_app.gui.event_table import DATE

DETECTED = QDate(2023, 3, 13)  # the sample's date, from its URL


def _monday_row(win: MainWindow) -> str:
    """The table's date cell of the sample's "Monday" event."""
    monday = next(e for e in win.state.events() if e.timex.text == "Monday")
    model = win.event_table.model
    return model.index(model.row_of(monday.id), DATE).data()


def _type_date(qtbot, win: MainWindow, text: str) -> None:  # type: ignore[no-untyped-def]
    """Type ``text`` into the date field as a user does, pausing after each key, then Enter."""
    edit = win.pubdate_bar.edit
    edit.setFocus()
    qtbot.waitUntil(edit.hasFocus)
    qtbot.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    for key in text:
        qtbot.keyClicks(edit, key)
        # a slow typist: every pause long enough to apply the date typed so far
        qtbot.waitUntil(lambda: not win.pubdate_bar._timer.isActive(), timeout=2000)
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    _wait_dated(qtbot, win, date.fromisoformat(text))


def _wait_dated(qtbot, win: MainWindow, day: date) -> None:  # type: ignore[no-untyped-def]
    """Wait until the article's events are resolved against ``day``."""

    def dated() -> bool:
        pub = win.state.documents[0].analysis.publication_date
        return pub is not None and pub.value == day and not win.worker.busy

    qtbot.waitUntil(dated, timeout=30_000)


def _step(qtbot, win: MainWindow, key: str) -> None:  # type: ignore[no-untyped-def]
    """Press an undo/redo shortcut in the event table and wait for the re-dating."""
    modifiers = {
        "Ctrl+Z": Qt.KeyboardModifier.ControlModifier,
        "Ctrl+Shift+Z": Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
        "Ctrl+Y": Qt.KeyboardModifier.ControlModifier,
    }[key]
    letter = Qt.Key.Key_Y if key.endswith("Y") else Qt.Key.Key_Z
    view = win.event_table.view
    view.setFocus()
    qtbot.waitUntil(view.hasFocus)
    with qtbot.waitSignal(win.documents_loaded, timeout=30_000):
        qtbot.keyClick(view, letter, modifiers)


@pytest.mark.parametrize("redo_key", ["Ctrl+Shift+Z", "Ctrl+Y"])
def test_undo_restores_the_detected_date_and_redo_applies_it_again(
    qtbot, loaded: MainWindow, redo_key: str
) -> None:
    assert _monday_row(loaded) == "13 Mar 2023"
    _type_date(qtbot, loaded, "2021-08-18")
    edit = loaded.pubdate_bar.edit
    assert edit.date() == QDate(2021, 8, 18)
    assert _monday_row(loaded) == "16 Aug 2021"
    undo_text = loaded.actions_.undo.text().replace("&", "")
    assert undo_text.startswith("Undo Change Publication Date of “")
    assert loaded.isWindowModified()

    _step(qtbot, loaded, "Ctrl+Z")
    assert edit.date() == DETECTED
    assert _monday_row(loaded) == "13 Mar 2023"
    assert "from the article URL" in loaded.pubdate_bar.message.text()
    assert not loaded.isWindowModified()  # back where the project was

    _step(qtbot, loaded, redo_key)
    assert edit.date() == QDate(2021, 8, 18)
    assert _monday_row(loaded) == "16 Aug 2021"
    assert "set by you" in loaded.pubdate_bar.message.text()


def test_a_date_typed_digit_by_digit_is_one_undo_step(qtbot, loaded: MainWindow) -> None:
    stack = loaded.state.undo_stack
    _type_date(qtbot, loaded, "2021-08-18")
    assert stack.count() == 1
    _step(qtbot, loaded, "Ctrl+Z")
    assert loaded.pubdate_bar.edit.date() == DETECTED
    assert not stack.canUndo()


def test_undo_does_not_count_as_a_new_change(qtbot, loaded: MainWindow) -> None:
    """Showing the undone date in the field must not push a change of its own."""
    stack = loaded.state.undo_stack
    _type_date(qtbot, loaded, "2021-08-18")
    _step(qtbot, loaded, "Ctrl+Z")
    assert not loaded.pubdate_bar._timer.isActive()
    assert (stack.count(), stack.index()) == (1, 0)
    assert stack.canRedo()
    assert not loaded.worker.busy


def test_two_visits_to_the_field_are_two_steps_undone_in_turn(qtbot, loaded: MainWindow) -> None:
    _type_date(qtbot, loaded, "2021-08-18")
    _type_date(qtbot, loaded, "2019-06-04")
    assert loaded.state.undo_stack.count() == 2
    assert _monday_row(loaded) == "3 Jun 2019"
    _step(qtbot, loaded, "Ctrl+Z")
    assert loaded.pubdate_bar.edit.date() == QDate(2021, 8, 18)  # the earlier override
    assert _monday_row(loaded) == "16 Aug 2021"
    _step(qtbot, loaded, "Ctrl+Z")
    assert loaded.pubdate_bar.edit.date() == DETECTED
    assert _monday_row(loaded) == "13 Mar 2023"


def test_use_detected_is_an_undo_step_too(qtbot, loaded: MainWindow) -> None:
    _type_date(qtbot, loaded, "2021-08-18")
    with qtbot.waitSignal(loaded.documents_loaded, timeout=30_000):
        loaded.pubdate_bar.reset_button.click()
    assert loaded.pubdate_bar.edit.date() == DETECTED
    _step(qtbot, loaded, "Ctrl+Z")
    assert loaded.pubdate_bar.edit.date() == QDate(2021, 8, 18)
    assert _monday_row(loaded) == "16 Aug 2021"


def test_a_visit_that_ends_on_the_date_it_began_with_leaves_no_step(
    qtbot, loaded: MainWindow
) -> None:
    """Arrow up a day and back down again: the date is as it was, and there is nothing to undo."""
    edit = loaded.pubdate_bar.edit
    edit.setFocus()
    qtbot.waitUntil(edit.hasFocus)
    edit.setSelectedSection(edit.Section.DaySection)
    for key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
        qtbot.keyClick(edit, key)
        qtbot.waitUntil(lambda: not loaded.pubdate_bar._timer.isActive(), timeout=2000)
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    _wait_dated(qtbot, loaded, date(2023, 3, 13))
    assert edit.date() == DETECTED
    assert loaded.state.undo_stack.count() == 0
    assert not loaded.actions_.undo.isEnabled()


def test_undo_applies_a_date_still_waiting_for_the_pause_first(qtbot, loaded: MainWindow) -> None:
    """Undo clicked within the typing pause: the typed date becomes a step, and is undone."""
    _type_date(qtbot, loaded, "2021-08-18")
    edit = loaded.pubdate_bar.edit
    edit.setDate(QDate(2019, 6, 4))
    assert loaded.pubdate_bar._timer.isActive()
    loaded.actions_.undo.trigger()
    _wait_dated(qtbot, loaded, date(2021, 8, 18))
    assert edit.date() == QDate(2021, 8, 18)
    assert _monday_row(loaded) == "16 Aug 2021"
    loaded.actions_.redo.trigger()
    _wait_dated(qtbot, loaded, date(2019, 6, 4))
    assert _monday_row(loaded) == "3 Jun 2019"
