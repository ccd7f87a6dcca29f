"""The window's actions, menus and toolbar, built in one place with their shortcuts."""

from __future__ import annotations

from dataclasses import dataclass, fields

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QToolBar


@dataclass(slots=True)
class Actions:
    open: QAction
    open_sample: QAction
    open_project: QAction
    save: QAction
    save_as: QAction
    export_image: QAction
    image_options: QAction
    export_events: QAction
    close_all: QAction
    quit: QAction
    undo: QAction
    redo: QAction
    edit_date: QAction
    rename: QAction
    toggle_hidden: QAction
    add_event: QAction
    find: QAction
    fit: QAction
    next_event: QAction
    previous_event: QAction
    dark: QAction
    help: QAction
    about: QAction
    recent_menu: QMenu

    def shortcut_list(self) -> list[tuple[str, str]]:
        """(action, keys) for the shortcuts dialog."""
        rows = []
        for f in fields(self):
            action = getattr(self, f.name)
            if isinstance(action, QAction) and not action.shortcut().isEmpty():
                keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
                rows.append((action.iconText().replace("&", "").rstrip("…"), keys))
        return rows


def _action(
    window: QMainWindow, text: str, shortcut: QKeySequence | str | None, tip: str
) -> QAction:
    action = QAction(text, window)
    if shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
    action.setToolTip(tip + (f" ({QKeySequence(shortcut).toString()})" if shortcut else ""))
    action.setStatusTip(tip)
    return action


def build_actions(window: QMainWindow) -> Actions:
    key = QKeySequence.StandardKey
    a = Actions(
        open=_action(window, "&Open…", "Ctrl+O", "Open one or more article files"),
        open_sample=_action(window, "Open &Sample Article", None, "Open the bundled example"),
        open_project=_action(window, "Open &Project…", "Ctrl+Shift+O", "Open a saved timeline"),
        save=_action(window, "&Save Project", "Ctrl+S", "Save articles and corrections"),
        save_as=_action(window, "Save Project &As…", "Ctrl+Shift+S", "Save under a new name"),
        export_image=_action(
            window, "Export &Image…", "Ctrl+E", "Save the timeline as PNG/SVG/PDF"
        ),
        image_options=_action(window, "Image Export O&ptions…", None, "Size and range of images"),
        export_events=_action(
            window,
            "Export &Events…",
            "Ctrl+Shift+E",
            "Save events as CSV/JSON/TimelineJS/ICS/TimeML",
        ),
        close_all=_action(window, "&Close All", "Ctrl+W", "Close every open article"),
        quit=_action(window, "&Quit", "Ctrl+Q", "Quit the app"),
        undo=_action(
            window, "&Undo", QKeySequence(key.Undo).toString(), "Undo the last correction"
        ),
        redo=_action(window, "&Redo", "Ctrl+Shift+Z", "Redo the correction undone last"),
        edit_date=_action(window, "Change &Date…", "Ctrl+D", "Correct the selected event's date"),
        rename=_action(window, "Re&name…", "F2", "Change the selected event's label"),
        toggle_hidden=_action(window, "&Hide Event", "Ctrl+H", "Hide or show the selected event"),
        add_event=_action(
            window,
            "&Add Event from Selection…",
            "Ctrl+Shift+A",
            "Make an event of the selected text",
        ),
        find=_action(window, "&Find…", "Ctrl+F", "Filter the events"),
        fit=_action(window, "&Fit All", "Ctrl+0", "Show every event on the timeline"),
        next_event=_action(window, "&Next Event", "Ctrl+Down", "Select the next event in time"),
        previous_event=_action(
            window, "&Previous Event", "Ctrl+Up", "Select the previous event in time"
        ),
        dark=_action(window, "&Dark Timeline", None, "Draw the timeline on a dark background"),
        help=_action(window, "&Help and Shortcuts", "F1", "How to use the app, and its shortcuts"),
        about=_action(window, "&About Timeline App", None, "Version and licences"),
        recent_menu=QMenu("Open &Recent", window),
    )
    a.redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
    a.dark.setCheckable(True)
    a.undo.setIconText("Undo")  # the menu text grows with the step ("Undo Rename …")
    a.redo.setIconText("Redo")
    a.recent_menu.setObjectName("recentMenu")
    _build_menus(window, a)
    _build_toolbar(window, a)
    return a


def _build_menus(window: QMainWindow, a: Actions) -> None:
    bar = window.menuBar()
    file_menu = bar.addMenu("&File")
    file_menu.addActions([a.open, a.open_sample])
    file_menu.addMenu(a.recent_menu)
    file_menu.addSeparator()
    file_menu.addActions([a.open_project, a.save, a.save_as])
    file_menu.addSeparator()
    file_menu.addActions([a.export_image, a.image_options, a.export_events])
    file_menu.addSeparator()
    file_menu.addActions([a.close_all, a.quit])
    edit_menu = bar.addMenu("&Edit")
    edit_menu.addActions([a.undo, a.redo])
    edit_menu.addSeparator()
    edit_menu.addActions([a.edit_date, a.rename, a.toggle_hidden, a.add_event])
    edit_menu.addSeparator()
    edit_menu.addAction(a.find)
    view_menu = bar.addMenu("&View")
    view_menu.addActions([a.fit, a.next_event, a.previous_event])
    view_menu.addSeparator()
    view_menu.addAction(a.dark)
    help_menu = bar.addMenu("&Help")
    help_menu.addActions([a.help, a.about])


def _build_toolbar(window: QMainWindow, a: Actions) -> None:
    toolbar = QToolBar("Main", window)
    toolbar.setObjectName("mainToolBar")
    toolbar.setMovable(False)
    toolbar.addActions([a.open, a.save])
    toolbar.addSeparator()
    toolbar.addActions([a.undo, a.redo])
    toolbar.addSeparator()
    toolbar.addActions([a.edit_date, a.toggle_hidden, a.add_event])
    toolbar.addSeparator()
    toolbar.addActions([a.fit, a.export_image, a.export_events])
    window.addToolBar(toolbar)
