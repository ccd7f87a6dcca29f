"""Dialogs. The main window calls the ``ask_*`` functions, which tests replace with monkeypatch."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from html import escape
from importlib.metadata import PackageNotFoundError, version

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from timeline_app.core.models import Granularity, Interval
from timeline_app.gui.date_field import DateField

ARTICLE_FILTER = "Articles ({patterns});;Timeline projects (*.timeline.json);;All files (*)"
PROJECT_FILTER = "Timeline projects (*.timeline.json)"
IMAGE_FILTERS = {
    "PNG image (*.png)": "png",
    "SVG image (*.svg)": "svg",
    "PDF document (*.pdf)": "pdf",
}
EVENT_FILTERS = {
    "CSV table (*.csv)": ("csv", ".csv"),
    "JSON (*.json)": ("json", ".json"),
    "TimelineJS (*.json)": ("timelinejs", ".json"),
    "iCalendar (*.ics)": ("ics", ".ics"),
    "TimeML (*.tml)": ("timeml", ".tml"),
}

# (distribution, licence) of what a bundled app ships.
BUNDLED = (
    ("PySide6-Essentials", "LGPL-3.0 (Qt for Python)"),
    ("matplotlib", "Matplotlib licence (PSF-based)"),
    ("numpy", "BSD-3-Clause"),
    ("dateparser", "BSD-3-Clause"),
    ("charset-normalizer", "MIT"),
    ("trafilatura", "Apache-2.0"),
    ("htmldate", "Apache-2.0"),
    ("pypdf", "BSD-3-Clause"),
    ("python-docx", "MIT"),
)


def article_filter(suffixes: tuple[str, ...]) -> str:
    return ARTICLE_FILTER.format(patterns=" ".join(f"*{s}" for s in suffixes))


def ask_open_paths(parent: QWidget, directory: str, suffixes: tuple[str, ...]) -> list[str]:
    paths, _ = QFileDialog.getOpenFileNames(
        parent, "Open Articles", directory, article_filter(suffixes)
    )
    return list(paths)


def ask_open_project(parent: QWidget, directory: str) -> str:
    path, _ = QFileDialog.getOpenFileName(parent, "Open Project", directory, PROJECT_FILTER)
    return str(path)


def ask_save_path(
    parent: QWidget, caption: str, directory: str, filters: list[str], selected: str
) -> tuple[str, str]:
    """A save-file dialog; returns (path, chosen filter) or ("", "")."""
    path, chosen = QFileDialog.getSaveFileName(
        parent, caption, directory, ";;".join(filters), selected
    )
    return str(path), str(chosen)


def with_suffix(path: str, suffix: str, accepted: tuple[str, ...] = ()) -> str:
    """Add ``suffix`` unless the name already ends with it (or any ``accepted`` suffix)."""
    lower = path.lower()
    if lower.endswith(suffix) or any(lower.endswith(s) for s in accepted):
        return path
    return path + suffix


def _lay_out_with_ok_cancel(dialog: QDialog, form: QFormLayout) -> None:
    """The form above OK and Cancel buttons that accept or reject ``dialog``."""
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, dialog
    )
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addLayout(form)
    layout.addWidget(buttons)


def _date_edit(parent: QWidget, value: date) -> DateField:
    return DateField(value, parent)


class IntervalDialog(QDialog):
    """Pick the first and last day of an event (the same day for a one-day event)."""

    def __init__(self, parent: QWidget, title: str, interval: Interval, label: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self._current = interval
        self.label_edit = QLineEdit(label, self)
        self.label_edit.setAccessibleName("Event label")
        self.first = _date_edit(self, interval.first_day)
        self.first.setAccessibleName("First day")
        self.last = _date_edit(self, interval.last_day)
        self.last.setAccessibleName("Last day")
        self.first.dateChanged.connect(self._on_first_changed)
        form = QFormLayout()
        if label:
            form.addRow("&Label:", self.label_edit)
        form.addRow("&From:", self.first)
        form.addRow("&To:", self.last)
        _lay_out_with_ok_cancel(self, form)
        self.label_edit.setCursorPosition(0)
        self.setMinimumWidth(440 if label else 300)

    def _on_first_changed(self, value: QDate) -> None:
        if self.last.date() < value:
            self.last.setDate(value)

    def interval(self) -> Interval:
        first: date = self.first.date().toPython()  # type: ignore[assignment]
        picked: date = self.last.date().toPython()  # type: ignore[assignment]
        return interval_for_days(first, max(first, picked), self._current)


def interval_for_days(first: date, last: date, current: Interval | None = None) -> Interval:
    """The interval of the days ``first`` .. ``last``, as precise as they say.

    Unchanged days keep ``current`` (so "this weekend" stays a weekend); a whole month or year
    becomes one; any other span is a multi-day interval drawn as a bar.
    """
    if current is not None and (current.first_day, current.last_day) == (first, last):
        return current
    if first == last:
        return Interval.day(first)
    next_month = date(last.year + last.month // 12, last.month % 12 + 1, 1)
    same_month = (last.year, last.month) == (first.year, first.month)
    if first.day == 1 and same_month and (next_month - last).days == 1:
        return Interval.days(first, last, Granularity.MONTH)
    if (first.month, first.day, last.month, last.day) == (1, 1, 12, 31) and first.year == last.year:
        return Interval.days(first, last, Granularity.YEAR)
    return Interval.days(first, last, Granularity.WEEK)


def ask_interval(parent: QWidget, current: Interval) -> Interval | None:
    dialog = IntervalDialog(parent, "Change Event Date", current)
    return dialog.interval() if dialog.exec() == QDialog.DialogCode.Accepted else None


def ask_new_event(parent: QWidget, label: str, day: date) -> tuple[str, Interval] | None:
    dialog = IntervalDialog(parent, "Add Event", Interval.day(day), label or "New event")
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.label_edit.text().strip() or "New event", dialog.interval()


def ask_label(parent: QWidget, label: str) -> str | None:
    from PySide6.QtWidgets import QInputDialog

    text, ok = QInputDialog.getText(parent, "Rename Event", "Label:", text=label)
    return text.strip() if ok and text.strip() else None


@dataclass(slots=True)
class ImageOptions:
    width: float = 10.0  # inches
    height: float = 5.0
    dpi: int = 150
    visible_only: bool = False
    with_title: bool = True  # the article's headline above the timeline


class ImageOptionsDialog(QDialog):
    def __init__(self, parent: QWidget, options: ImageOptions) -> None:
        super().__init__(parent)
        self.setWindowTitle("Image Export Options")
        self.width_box = self._inches(options.width)
        self.height_box = self._inches(options.height)
        self.dpi_box = QSpinBox(self)
        self.dpi_box.setRange(50, 1200)
        self.dpi_box.setValue(options.dpi)
        self.visible_box = QCheckBox("Only the range visible on screen", self)
        self.visible_box.setChecked(options.visible_only)
        self.title_box = QCheckBox("Put the article's headline above the timeline", self)
        self.title_box.setChecked(options.with_title)
        form = QFormLayout()
        form.addRow("&Width (inches):", self.width_box)
        form.addRow("&Height (inches):", self.height_box)
        form.addRow("&Resolution (dpi, PNG):", self.dpi_box)
        form.addRow("", self.visible_box)
        form.addRow("", self.title_box)
        _lay_out_with_ok_cancel(self, form)

    def _inches(self, value: float) -> QDoubleSpinBox:
        box = QDoubleSpinBox(self)
        box.setRange(2.0, 40.0)
        box.setSingleStep(0.5)
        box.setValue(value)
        return box

    def options(self) -> ImageOptions:
        return ImageOptions(
            self.width_box.value(),
            self.height_box.value(),
            self.dpi_box.value(),
            self.visible_box.isChecked(),
            self.title_box.isChecked(),
        )


def ask_image_options(parent: QWidget, options: ImageOptions) -> ImageOptions | None:
    dialog = ImageOptionsDialog(parent, options)
    return dialog.options() if dialog.exec() == QDialog.DialogCode.Accepted else None


def _dist_version(name: str) -> str:
    try:
        return version(name)
    except PackageNotFoundError:
        return "not installed"


def about_html(app_version: str) -> str:
    rows = "".join(
        f"<tr><td>{escape(name)}&nbsp;</td><td>{escape(_dist_version(name))}&nbsp;</td>"
        f"<td>{escape(licence)}</td></tr>"
        for name, licence in BUNDLED
    )
    return (
        f"<h3>Timeline App {escape(app_version)}</h3>"
        "<p>Turns a news article into an interactive timeline of its dated events.</p>"
        "<p>Released under the MIT licence. Built with these libraries:</p>"
        f"<table>{rows}</table>"
    )


HELP_TEXT = (
    "<p>Open an article (or drop it on the window). Every dated event appears on the timeline, "
    "in the table and highlighted in the article.</p>"
    "<p>Select an event anywhere — a marker, a table row, a highlighted date — and the other "
    "views follow; the details pane says why it got its date. Scroll on the timeline to zoom, "
    "drag to pan.</p>"
    "<p>Wrong date? Change the publication date in the bar above the timeline, or correct the "
    "event (Edit menu). Every correction can be undone.</p>"
    "<p><b>Shortcuts</b> (every action is also in the menus; Alt opens them):</p>"
)


# Keys that belong to one view rather than to a menu action.
VIEW_KEYS = (
    ("Timeline: previous / next event", "Left / Right"),
    ("Timeline: zoom in / out", "+ / -"),
    ("Timeline: fit every event", "Home"),
    ("Timeline: clear the selection", "Esc"),
    ("Article list: close the article", "Del"),
)


class ShortcutsDialog(QDialog):
    def __init__(self, parent: QWidget, shortcuts: list[tuple[str, str]]) -> None:
        super().__init__(parent)
        self.setWindowTitle("Help and Shortcuts")
        shortcuts = [*shortcuts, *VIEW_KEYS]
        table = QTableWidget(len(shortcuts), 2, self)
        table.setObjectName("shortcutsTable")
        table.setHorizontalHeaderLabels(["Action", "Shortcut"])
        table.verticalHeader().setVisible(False)
        for row, (action, keys) in enumerate(shortcuts):
            table.setItem(row, 0, QTableWidgetItem(action))
            table.setItem(row, 1, QTableWidgetItem(keys))
        table.verticalHeader().setDefaultSectionSize(22)
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        table.resizeColumnsToContents()
        table.horizontalHeader().setStretchLastSection(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        intro = QLabel(HELP_TEXT, self)
        intro.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(table)
        layout.addWidget(buttons)
        self.resize(460, 640)
