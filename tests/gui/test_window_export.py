"""Saving: timeline images, event data and project files, through (patched) save dialogs."""

from __future__ import annotations

import csv
import json
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from timeline_app.gui import MainWindow
from timeline_app.gui import settings as cfg
from timeline_app.gui.dialogs import EVENT_FILTERS, IMAGE_FILTERS


@pytest.mark.parametrize("suffix", ["png", "svg", "pdf"])
def test_export_image_in_each_format(
    loaded: MainWindow, save_dialog, tmp_path: Path, suffix
) -> None:
    target = tmp_path / f"timeline.{suffix}"
    save_dialog.append((str(target), "PNG image (*.png)"))
    loaded.actions_.export_image.trigger()
    data = target.read_bytes()
    if suffix == "png":
        assert data.startswith(b"\x89PNG\r\n\x1a\n")
    elif suffix == "pdf":
        assert data.startswith(b"%PDF")
    else:
        assert ET.fromstring(data).tag.endswith("svg")
    assert loaded.statusBar().currentMessage().startswith(f"Saved timeline.{suffix}: 10×5 in")
    assert cfg.value(cfg.LAST_IMAGE_FILTER) == next(
        f for f, s in IMAGE_FILTERS.items() if s == suffix
    )
    assert cfg.value(cfg.LAST_SAVE_DIR) == str(tmp_path.resolve())


def test_export_image_without_suffix_uses_the_chosen_filter(
    loaded: MainWindow, save_dialog, tmp_path: Path
) -> None:
    save_dialog.append((str(tmp_path / "plain"), "SVG image (*.svg)"))
    assert loaded.exporting.export_image().endswith("plain.svg")
    assert (tmp_path / "plain.svg").is_file()


def test_export_visible_range_only(loaded: MainWindow, save_dialog, tmp_path: Path) -> None:
    cfg.set_value(cfg.IMAGE_VISIBLE_ONLY, True)
    loaded.canvas.zoom(0.5)
    save_dialog.append((str(tmp_path / "zoomed.png"), "PNG image (*.png)"))
    loaded.actions_.export_image.trigger()
    assert (tmp_path / "zoomed.png").read_bytes().startswith(b"\x89PNG")


def test_a_failed_export_names_the_file(
    loaded: MainWindow, save_dialog, tmp_path: Path, messages
) -> None:
    save_dialog.append((str(tmp_path / "no-such-dir" / "t.png"), "PNG image (*.png)"))
    loaded.actions_.export_image.trigger()
    assert any("t.png" in text for text in messages.texts("warning"))


@pytest.mark.parametrize("chosen", list(EVENT_FILTERS))
def test_export_events_in_each_format(
    loaded: MainWindow, save_dialog, tmp_path: Path, chosen
) -> None:
    fmt, suffix = EVENT_FILTERS[chosen]
    save_dialog.append((str(tmp_path / "events"), chosen))
    written = loaded.exporting.export_events()
    assert written == str(tmp_path / f"events{suffix}")
    text = Path(written).read_text(encoding="utf-8")
    if fmt == "csv":
        rows = list(csv.DictReader(text.splitlines()))
        assert len(rows) == len(loaded.state.events())
    elif fmt in ("json", "timelinejs"):
        json.loads(text)
    elif fmt == "ics":
        assert text.startswith("BEGIN:VCALENDAR")
    else:
        assert "TIMEX3" in text
    assert cfg.value(cfg.LAST_EVENTS_FILTER) == chosen


def test_project_round_trip_keeps_edits_and_dates(
    qtbot, loaded: MainWindow, save_dialog, tmp_path: Path, monkeypatch
) -> None:
    event = loaded.state.events()[0]
    loaded.editing.rename(event, "Renamed in a test")
    assert loaded.isWindowModified()
    project = tmp_path / "strike.timeline.json"
    save_dialog.append((str(tmp_path / "strike"), ""))
    loaded.actions_.save.trigger()
    assert project.is_file()
    assert not loaded.isWindowModified()
    loaded.state.close_all()
    assert loaded.event_table.model.rowCount() == 0
    with qtbot.waitSignal(loaded.documents_loaded, timeout=30_000):
        assert loaded.exporting.open_project(str(project))
    renamed = loaded.state.find_event(event.id)
    assert renamed is not None and renamed.label == "Renamed in a test"
    assert not loaded.isWindowModified()


def _answer_unsaved_box(qtbot, win: MainWindow, button: QMessageBox.StandardButton) -> None:
    box = win.findChild(QMessageBox, "unsavedChangesBox")
    assert box is not None and "not saved" in box.text()
    qtbot.waitExposed(box)
    box.button(button).click()


def test_closing_with_unsaved_edits_asks_without_blocking(qtbot, loaded: MainWindow) -> None:
    loaded.editing.set_hidden(loaded.state.events()[0], True)
    assert not loaded.close()
    _answer_unsaved_box(qtbot, loaded, QMessageBox.StandardButton.Cancel)
    assert loaded.isVisible()
    assert not loaded.close()
    _answer_unsaved_box(qtbot, loaded, QMessageBox.StandardButton.Discard)
    qtbot.waitUntil(lambda: not loaded.isVisible())


def test_closing_can_save_the_project_first(
    qtbot, loaded: MainWindow, save_dialog, tmp_path: Path
) -> None:
    loaded.editing.set_hidden(loaded.state.events()[0], True)
    save_dialog.append((str(tmp_path / "closing.timeline.json"), ""))
    assert not loaded.close()
    _answer_unsaved_box(qtbot, loaded, QMessageBox.StandardButton.Save)
    qtbot.waitUntil(lambda: not loaded.isVisible())
    assert (tmp_path / "closing.timeline.json").is_file()


def test_a_project_opens_through_open_paths(
    qtbot, loaded: MainWindow, save_dialog, tmp_path: Path
) -> None:
    save_dialog.append((str(tmp_path / "p.timeline.json"), ""))
    assert loaded.exporting.save_project_as()
    loaded.state.close_all()
    with qtbot.waitSignal(loaded.documents_loaded, timeout=30_000):
        loaded.open_paths([tmp_path / "p.timeline.json"])
    assert len(loaded.state.documents) == 1
    assert loaded.state.project_path == str(tmp_path / "p.timeline.json")


def test_image_options_are_remembered_and_used(
    loaded: MainWindow, save_dialog, tmp_path: Path, monkeypatch
) -> None:
    from timeline_app.gui import dialogs

    chosen = dialogs.ImageOptions(width=6.0, height=3.0, dpi=100, with_title=False)
    monkeypatch.setattr(dialogs, "ask_image_options", lambda _parent, _current: chosen)
    loaded.actions_.image_options.trigger()
    assert loaded.exporting.image_options() == chosen
    save_dialog.append((str(tmp_path / "small.png"), "PNG image (*.png)"))
    loaded.actions_.export_image.trigger()
    data = (tmp_path / "small.png").read_bytes()
    width = int.from_bytes(data[16:20], "big")
    assert width == 600


def test_opening_a_project_over_unsaved_edits_asks_first(
    loaded: MainWindow, save_dialog, tmp_path: Path, messages
) -> None:
    save_dialog.append((str(tmp_path / "p.timeline.json"), ""))
    assert loaded.exporting.save_project_as()
    loaded.editing.set_hidden(loaded.state.events()[0], True)
    messages.answer = QMessageBox.StandardButton.Cancel
    assert not loaded.exporting.open_project(str(tmp_path / "p.timeline.json"))
    assert loaded.state.events()[0].hidden
    assert any("not saved" in text for text in messages.texts("question"))


def test_a_damaged_project_is_reported(loaded: MainWindow, tmp_path: Path, messages) -> None:
    bad = tmp_path / "bad.timeline.json"
    bad.write_text("{not json", encoding="utf-8")
    assert not loaded.exporting.open_project(str(bad))
    assert any("bad.timeline.json" in text for text in messages.texts("warning"))
    assert len(loaded.state.documents) == 1


def test_a_dirty_window_closed_by_teardown_does_not_block(
    qtbot, sample_path: Path, open_files
) -> None:
    win = MainWindow()
    qtbot.addWidget(win)  # pytest-qt closes it after the test; nobody answers the question
    win.show()
    open_files(win, [sample_path])
    win.editing.set_hidden(win.state.events()[0], True)
    assert win.state.is_dirty


def test_saving_keeps_a_project_article_that_could_not_be_opened(
    qtbot, window: MainWindow, sample_path: Path, save_dialog, tmp_path: Path, open_files
) -> None:
    """Regression: a moved article vanished from the project, with its corrections, on Ctrl+S."""
    from timeline_app.io.project import load_project

    moved = tmp_path / "moved.txt"
    moved.write_text(sample_path.read_text(encoding="utf-8"), encoding="utf-8")
    open_files(window, [moved])
    window.editing.rename(window.state.events()[0], "Kept while missing")
    project = tmp_path / "p.timeline.json"
    save_dialog.append((str(project), ""))
    assert window.exporting.save_project_as()
    moved.rename(tmp_path / "elsewhere.txt")
    with qtbot.waitSignal(window.documents_loaded, timeout=30_000):
        assert window.exporting.open_project(str(project))
    assert "stay in the project" in window.message_bar.label.text()
    open_files(window, [sample_path])
    assert window.exporting.save_project()
    saved = load_project(str(project))
    assert str(moved) in saved.files and str(sample_path) in saved.files
    assert saved.edits_for(str(moved))


def test_exports_are_off_while_every_article_is_hidden(loaded: MainWindow) -> None:
    """Regression: with every article unticked, Export wrote an empty CSV or a blank image."""
    source = loaded.state.documents[0].source
    loaded.state.set_visible(source, False)
    assert not loaded.actions_.export_events.isEnabled()
    assert not loaded.actions_.export_image.isEnabled()
    loaded.state.set_visible(source, True)
    assert loaded.actions_.export_events.isEnabled() and loaded.actions_.export_image.isEnabled()
