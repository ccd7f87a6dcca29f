"""Undoable corrections: each command adds one edit to a document and removes it on undo, or
sets a document's publication date and sets the previous one back on undo."""

from __future__ import annotations

from datetime import date

from PySide6.QtGui import QUndoCommand

from timeline_app.core.edits import AddEvent, Edit, EditDate, EditLabel, HideEvent
from timeline_app.core.models import Event, Interval
from timeline_app.core.wording import format_interval
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


class PublicationDateCommand(QUndoCommand):
    """Re-date a document against ``new`` (None: the date found in it); undo goes back to ``old``.

    Changes with the same ``merge_key`` for the same document (one visit to the date field, where
    every pause in typing applies the date) merge into one step; a step that ends where it began
    disappears.
    """

    ID = 1

    def __init__(
        self, state: AppState, source: str, old: date | None, new: date | None, title: str
    ) -> None:
        super().__init__(f"Change Publication Date of “{_short(title)}”")
        self._state = state
        self.source = source
        self.old = old
        self.new = new
        self.merge_key: object = None

    def id(self) -> int:
        return self.ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not (
            isinstance(other, PublicationDateCommand)
            and other.source == self.source
            and self.merge_key is not None
            and other.merge_key == self.merge_key
        ):
            return False
        self.new = other.new
        self.setObsolete(self.new == self.old)
        return True

    def redo(self) -> None:
        self._state.request_publication_date(self.source, self.new)

    def undo(self) -> None:
        self._state.request_publication_date(self.source, self.old)


def _short(title: str, limit: int = 40) -> str:
    """A headline short enough for the Edit menu."""
    return title if len(title) <= limit else title[: limit - 1].rstrip() + "…"


def publication_date(
    state: AppState, source: str, day: date | None, merge_key: object = None
) -> PublicationDateCommand | None:
    """The step that re-dates ``source`` against ``day``; None when that is its date already."""
    doc = state.document(source)
    old = state.publication_override(source)
    if doc is None or old == day:
        return None
    command = PublicationDateCommand(state, source, old, day, doc.title)
    command.merge_key = merge_key
    return command
