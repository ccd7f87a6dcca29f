"""The publication date bar: detected date and source, user override, no date found."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit

from timeline_app.core.models import Certainty, DateSource
from timeline_app.gui import MainWindow

UNDATED = (
    "Council approves new bridge\n\n"
    "The town council approved the new river bridge on Monday after a long debate.\n"
    "Work is due to start next month, the mayor said.\n"
)


def test_bar_shows_the_detected_date_and_its_source(loaded: MainWindow) -> None:
    edit = loaded.findChild(QDateEdit, "publicationDateEdit")
    assert edit.date() == QDate(2023, 3, 13)
    assert "from the article URL" in loaded.pubdate_bar.message.text()


def test_overriding_the_date_re_resolves_every_event(qtbot, loaded: MainWindow) -> None:
    monday = next(e for e in loaded.state.events() if e.timex.text == "Monday")
    assert monday.interval.first_day == date(2023, 3, 13)
    edit = loaded.findChild(QDateEdit, "publicationDateEdit")
    with qtbot.waitSignal(loaded.documents_loaded, timeout=30_000):
        edit.setDate(QDate(2021, 8, 18))
    pub = loaded.state.documents[0].analysis.publication_date
    assert pub is not None and pub.source is DateSource.USER and pub.value == date(2021, 8, 18)
    moved = loaded.state.find_event(monday.id)
    assert moved is not None and moved.interval.first_day == date(2021, 8, 16)
    assert "set by you" in loaded.pubdate_bar.message.text()
    assert loaded.isWindowModified()
    with qtbot.waitSignal(loaded.documents_loaded, timeout=30_000):
        loaded.pubdate_bar.reset_button.click()
    assert loaded.state.find_event(monday.id).interval.first_day == date(2023, 3, 13)


def test_without_a_date_the_bar_asks_for_one(
    qtbot, window: MainWindow, tmp_path: Path, open_files
) -> None:
    article = tmp_path / "bridge.txt"
    article.write_text(UNDATED, encoding="utf-8")
    open_files(window, [article])
    assert "No publication date found" in window.pubdate_bar.message.text()
    doc = window.state.documents[0]
    assert any(t.certainty is Certainty.UNRESOLVED for t in doc.analysis.timexes)
    with qtbot.waitSignal(window.documents_loaded, timeout=30_000):
        window.pubdate_bar.edit.setDate(QDate(2024, 5, 8))
    events = window.state.events()
    assert any(e.interval.first_day == date(2024, 5, 6) for e in events)
    assert "No publication date" not in window.pubdate_bar.message.text()


def test_the_calendar_opens_near_the_articles_dates(
    qtbot, window: MainWindow, tmp_path: Path, open_files
) -> None:
    from PySide6.QtCore import Qt

    article = tmp_path / "bridge.txt"
    article.write_text(UNDATED + "The old bridge closed in May 2019.\n", encoding="utf-8")
    open_files(window, [article])
    assert window.pubdate_bar.likely_month() == date(2019, 5, 31)
    edit = window.pubdate_bar.edit
    calendar = edit.calendarWidget()
    edit.setFocus()
    arrow = edit.rect().center()
    arrow.setX(edit.width() - 6)
    qtbot.mouseClick(edit, Qt.MouseButton.LeftButton, pos=arrow)
    qtbot.waitUntil(calendar.isVisible)
    assert (calendar.yearShown(), calendar.monthShown()) == (2019, 5)
    qtbot.keyClick(calendar, Qt.Key.Key_Escape)


def test_re_dating_refits_the_timeline(qtbot, loaded: MainWindow) -> None:
    loaded.canvas.zoom(0.05)
    zoomed = loaded.canvas.visible_range()
    with qtbot.waitSignal(loaded.documents_loaded, timeout=30_000):
        loaded.pubdate_bar.edit.setDate(QDate(2019, 6, 4))
    first, last = loaded.canvas.visible_range()
    assert (first, last) != zoomed
    monday = next(e for e in loaded.state.events() if e.timex.text == "Monday")
    assert first <= monday.interval.start <= last


def test_a_missing_date_can_be_typed_from_the_keyboard(
    qtbot, window: MainWindow, tmp_path: Path, open_files
) -> None:
    """Regression: over "choose a date" typing made "date20240508"; "2024-05-08" then 2024-12-05."""
    from PySide6.QtCore import Qt

    article = tmp_path / "bridge.txt"
    article.write_text(UNDATED, encoding="utf-8")
    open_files(window, [article])
    edit = window.pubdate_bar.edit
    edit.setFocus()
    qtbot.waitUntil(edit.hasFocus)
    with qtbot.waitSignal(window.documents_loaded, timeout=30_000):
        qtbot.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClicks(edit, "2024-05-08")
        qtbot.keyClick(edit, Qt.Key.Key_Return)
    pub = window.state.documents[0].analysis.publication_date
    assert pub is not None and pub.value == date(2024, 5, 8)


def test_leaving_the_empty_date_unchanged_applies_nothing(
    qtbot, window: MainWindow, tmp_path: Path, open_files
) -> None:
    article = tmp_path / "bridge.txt"
    article.write_text(UNDATED, encoding="utf-8")
    open_files(window, [article])
    edit = window.pubdate_bar.edit
    edit.setFocus()
    qtbot.waitUntil(edit.hasFocus)
    assert edit.text() != "choose a date"  # a real date to type over
    window.event_table.filter_edit.setFocus()
    qtbot.waitUntil(lambda: edit.text() == "choose a date")
    assert not window.worker.busy
    assert window.state.documents[0].analysis.publication_date is None


def test_dates_in_dialogs_take_iso_typing(qtbot, loaded: MainWindow) -> None:
    from timeline_app.gui.dialogs import IntervalDialog

    event = loaded.state.events()[0]
    dialog = IntervalDialog(loaded, "Change Event Date", event.interval)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.first.setFocus()
    qtbot.waitUntil(dialog.first.hasFocus)
    qtbot.keyClicks(dialog.first, "2022-11-07")
    assert dialog.first.date() == QDate(2022, 11, 7)


def test_a_date_typed_just_before_switching_articles_still_applies(
    qtbot, window: MainWindow, sample_path: Path, tmp_path: Path, open_files
) -> None:
    """Regression: switching articles within the 350 ms pause dropped the typed date."""
    article = tmp_path / "bridge.txt"
    article.write_text(UNDATED, encoding="utf-8")
    open_files(window, [sample_path, article])
    window.state.set_current_document(str(article))
    with qtbot.waitSignal(window.documents_loaded, timeout=30_000):
        window.pubdate_bar.edit.setDate(QDate(2024, 5, 8))
        window.state.set_current_document(str(sample_path))
    bridge = window.state.document(str(article))
    assert bridge is not None and bridge.analysis.publication_date is not None
    assert bridge.analysis.publication_date.value == date(2024, 5, 8)
    harbour = window.state.document(str(sample_path))
    assert harbour is not None and harbour.analysis.publication_date.value == date(2023, 3, 13)


def test_a_dateline_without_a_year_is_used_and_the_bar_says_the_year_was_assumed(
    window: MainWindow, tmp_path: Path, open_files
) -> None:
    article = tmp_path / "wire.txt"
    article.write_text(
        "Paintings recovered\n\nSALTREY, March 31 (Meridian Wire) - Police recovered two "
        "paintings on Sunday, officials said.\n",
        encoding="utf-8",
    )
    open_files(window, [article])
    text = window.pubdate_bar.message.text()
    assert "from the dateline" in text and "gives no year" in text and "assumed" in text
    assert window.pubdate_bar.edit.date().month() == 3
    assert window.pubdate_bar.edit.date().day() == 31
