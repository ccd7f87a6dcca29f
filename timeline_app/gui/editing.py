"""Correction flows: change an event's date or label, hide/show it, add one from selected text,
change a document's publication date.

Every change is an undoable command on the state's ``QUndoStack``.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from timeline_app.core.edits import AddEvent
from timeline_app.core.models import Event, Interval, Span
from timeline_app.gui import commands
from timeline_app.gui.article_view import ArticleView
from timeline_app.gui.state import AppState

if TYPE_CHECKING:
    from timeline_app.gui.actions import Actions

LABEL_MAX = 60


class Editing(QObject):
    # about to undo or redo: a change still waiting to be applied (a date being typed) goes first
    step_requested = Signal()

    def __init__(self, window: QWidget, state: AppState, article: ArticleView) -> None:
        super().__init__(window)
        self._window = window
        self._state = state
        self._article = article
        self._actions: Actions | None = None
        article.add_event_requested.connect(self.add_event_from_range)
        article.selectionChanged.connect(self.update_actions)

    def connect_actions(self, actions: Actions) -> None:
        self._actions = actions
        stack = self._state.undo_stack
        actions.undo.triggered.connect(self.undo)
        actions.redo.triggered.connect(self.redo)
        stack.canUndoChanged.connect(actions.undo.setEnabled)
        stack.canRedoChanged.connect(actions.redo.setEnabled)
        stack.undoTextChanged.connect(lambda t: _set_step_text(actions.undo, "Undo", t))
        stack.redoTextChanged.connect(lambda t: _set_step_text(actions.redo, "Redo", t))
        actions.undo.setEnabled(False)
        actions.redo.setEnabled(False)
        actions.edit_date.triggered.connect(self._on_edit_date)
        actions.rename.triggered.connect(self._on_rename)
        actions.toggle_hidden.triggered.connect(self._on_toggle_hidden)
        actions.add_event.triggered.connect(self._on_add_event)
        self._state.events_changed.connect(self.update_actions)
        self.update_actions()

    def update_actions(self, *_: object) -> None:
        if self._actions is None:
            return
        event = self._selected()
        for action in (self._actions.edit_date, self._actions.rename, self._actions.toggle_hidden):
            action.setEnabled(event is not None)
        hidden = event is not None and event.hidden
        self._actions.toggle_hidden.setText("S&how Event" if hidden else "&Hide Event")
        self._actions.add_event.setEnabled(self._article.selected_range() is not None)

    def undo(self) -> None:
        self.step_requested.emit()
        self._state.undo_stack.undo()

    def redo(self) -> None:
        self.step_requested.emit()
        self._state.undo_stack.redo()

    # -- the edits ------------------------------------------------------------------------------
    def change_publication_date(
        self, source: str, day: date | None, merge_key: object = None
    ) -> None:
        """Re-date ``source`` against ``day`` (None: the date found in it) as one undo step;
        changes with the same ``merge_key`` (one visit to the date field) make one step."""
        command = commands.publication_date(self._state, source, day, merge_key)
        if command is not None:
            self._state.undo_stack.push(command)

    def change_date(self, event: Event, interval: Interval) -> None:
        if interval != event.interval:
            self._state.undo_stack.push(commands.edit_date(self._state, event, interval))

    def rename(self, event: Event, label: str) -> None:
        if label and label != event.label:
            self._state.undo_stack.push(commands.edit_label(self._state, event, label))

    def rename_by_id(self, event_id: str, label: str) -> None:
        event = self._state.find_event(event_id)
        if event is not None:
            self.rename(event, label)

    def set_hidden(self, event: Event, hidden: bool) -> None:
        if hidden != event.hidden:
            self._state.undo_stack.push(commands.set_hidden(self._state, event, hidden))

    def add_event_from_range(self, start: int, end: int) -> None:
        from timeline_app.gui import dialogs

        doc = self._state.document(self._article.source)
        if doc is None or end <= start:
            return
        text = doc.analysis.document.text
        timex = next(
            (t for t in doc.analysis.timexes if start <= t.start and t.end <= end and t.interval),
            None,
        )
        pub = doc.analysis.publication_date
        day = (
            timex.interval.first_day
            if timex and timex.interval
            else (pub.value if pub else date.today())
        )
        answer = dialogs.ask_new_event(self._window, _label(text[start:end]), day)
        if answer is None:
            return
        label, interval = answer
        edit = AddEvent.from_selection(doc.analysis.document, Span(start, end), interval, label)
        self._state.undo_stack.push(commands.add_event(self._state, doc.source, edit))
        self._state.select_event(edit.event_id)

    # -- handlers -------------------------------------------------------------------------------
    def _selected(self) -> Event | None:
        return self._state.find_event(self._state.selected_event_id)

    def _on_edit_date(self) -> None:
        from timeline_app.gui import dialogs

        event = self._selected()
        if event is not None:
            interval = dialogs.ask_interval(self._window, event.interval)
            if interval is not None:
                self.change_date(event, interval)

    def _on_rename(self) -> None:
        from timeline_app.gui import dialogs

        event = self._selected()
        if event is not None:
            label = dialogs.ask_label(self._window, event.label)
            if label is not None:
                self.rename(event, label)

    def _on_toggle_hidden(self) -> None:
        event = self._selected()
        if event is not None:
            self.set_hidden(event, not event.hidden)

    def _on_add_event(self) -> None:
        selected = self._article.selected_range()
        if selected is not None:
            self.add_event_from_range(*selected)


def _set_step_text(action: QAction, verb: str, step: str) -> None:
    action.setText(f"&{verb} {step}".rstrip())
    action.setIconText(verb)
    action.setToolTip(f"{verb} {step}".rstrip() + f" ({action.shortcut().toString()})")


def _label(text: str) -> str:
    words = " ".join(text.split())
    return words if len(words) <= LABEL_MAX else words[: LABEL_MAX - 1].rstrip() + "…"
