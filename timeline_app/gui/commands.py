"""Undoable corrections: each command adds one edit to a document and removes it on undo."""

from __future__ import annotations

from PySide6.QtGui import QUndoCommand

from timeline_app.core.edits import AddEvent, Edit, EditDate, EditLabel, HideEvent
from timeline_app.core.models import Event, Interval
from timeline_app.gui.formatting import format_interval
from timeline_app.gui.state import AppState


class EditCommand(QUndoCommand):
    """Apply ``edit`` to the document ``source``; undo takes exactly that edit back out."""

    def __init__(self, state: AppState, source: str, edit: Edit, text: str) -> None:
        super().__init__(text)
        self._state = state
        self._source = source
        self.edit = edit

    def redo(self) -> None:
        self._state.add_edit(self._source, self.edit)

    def undo(self) -> None:
        self._state.remove_edit(self._source, self.edit)


def edit_date(state: AppState, event: Event, interval: Interval) -> EditCommand:
    edit = EditDate(event.id, interval, event.sentence_text)
    text = f"Change Date of “{event.label}” to {format_interval(interval)}"
    return EditCommand(state, event.document, edit, text)


def edit_label(state: AppState, event: Event, label: str) -> EditCommand:
    edit = EditLabel(event.id, label, event.sentence_text)
    return EditCommand(state, event.document, edit, f"Rename to “{label}”")


def set_hidden(state: AppState, event: Event, hidden: bool) -> EditCommand:
    verb = "Hide" if hidden else "Show"
    edit = HideEvent(event.id, hidden, event.sentence_text)
    return EditCommand(state, event.document, edit, f"{verb} “{event.label}”")


def add_event(state: AppState, source: str, edit: AddEvent) -> EditCommand:
    return EditCommand(state, source, edit, f"Add Event “{edit.label}”")
