"""The one Qt-side state object: open documents, their analyses, the user's edits, the selection.

Views get an ``AppState`` and listen to its signals; it never knows them. Undoable changes go
through ``undo_stack`` (see ``commands.py``), which calls ``add_edit``/``remove_edit`` and
``request_publication_date``.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from timeline_app.core.models import DateSource, Event

if TYPE_CHECKING:
    from timeline_app.core.edits import Edit
    from timeline_app.core.pipeline import Analysis

# Colour-blind friendly (Okabe-Ito), one per open document in order of opening.
DOC_COLOURS = ("#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000")


@dataclass(slots=True)
class OpenDocument:
    """One open article: its latest analysis, colour and whether the timeline shows it."""

    analysis: Analysis
    colour: str
    visible: bool = True
    edits: list[Edit] = field(default_factory=list)

    @property
    def source(self) -> str:
        return self.analysis.document.source

    @property
    def title(self) -> str:
        return self.analysis.document.title or Path(self.source).name

    def edited(self) -> Analysis:
        """The analysis with this document's current edits applied."""
        from timeline_app.core.pipeline import with_edits

        return with_edits(self.analysis, self.edits)

    def events(self) -> list[Event]:
        return list(self.edited().events)


class AppState(QObject):
    documents_changed = Signal()  # opened, closed, shown/hidden, re-analysed
    events_changed = Signal()  # anything that changes the list or content of events
    selection_changed = Signal(object)  # event id or None
    current_document_changed = Signal(object)  # source or None
    dirty_changed = Signal(bool)
    # source, date or None (the date found in the article): the opening flow re-analyses it
    publication_date_requested = Signal(str, object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._documents: dict[str, OpenDocument] = {}
        self._selected: str | None = None
        self._current: str | None = None
        self._events: dict[str, Event] = {}
        self._requested_dates: dict[str, date | None] = {}  # asked for, not analysed yet
        self._open_hidden: set[str] = set()  # a project's unticked articles, until they open
        self.project_path: str | None = None
        self._changed_outside_undo = False
        self.undo_stack = QUndoStack(self)
        self.undo_stack.cleanChanged.connect(self._on_clean_changed)

    # -- documents -----------------------------------------------------------------------------
    @property
    def documents(self) -> list[OpenDocument]:
        return list(self._documents.values())

    def document(self, source: str | None) -> OpenDocument | None:
        return self._documents.get(source) if source is not None else None

    def add_analysis(self, analysis: Analysis, edits: list[Edit] | None = None) -> None:
        """Open a new document, or replace the analysis of one already open (keeping its edits)."""
        source = analysis.document.source
        if self._requested_dates.get(source, ...) == _override(analysis):
            del self._requested_dates[source]
        existing = self._documents.get(source)
        if existing is not None:
            existing.analysis = analysis
            if edits is not None:
                existing.edits = list(edits)
        else:
            self._documents[source] = OpenDocument(
                analysis,
                self._free_colour(),
                visible=source not in self._open_hidden,
                edits=list(edits or []),
            )
            self._open_hidden.discard(source)
        self._refresh()
        if self._current is None or existing is None:
            self.set_current_document(source)

    def close_document(self, source: str) -> None:
        """Close one article; undo steps for it then do nothing."""
        if self._documents.pop(source, None) is None:
            return
        self._requested_dates.pop(source, None)
        self.mark_changed()
        if self._current == source:
            self._current = None
            remaining = next(iter(self._documents), None)
            self._refresh()
            self.set_current_document(remaining)
            if not self._documents:
                self.close_all()
            return
        self._refresh()

    def close_all(self) -> None:
        self._documents.clear()
        self._requested_dates.clear()
        self._open_hidden.clear()
        self.project_path = None
        self.undo_stack.clear()
        self.mark_saved()
        self.select_event(None)
        self._refresh()
        self.set_current_document(None)

    def set_visible(self, source: str, visible: bool) -> None:
        """Show or hide an article's events (the project saves which are hidden)."""
        doc = self._documents.get(source)
        if doc is None or doc.visible == visible:
            return
        doc.visible = visible
        self.mark_changed()
        self._refresh()

    def open_hidden(self, sources: Iterable[str]) -> None:
        """Open these articles hidden when they arrive (a project saved them unticked)."""
        self._open_hidden.update(sources)

    def set_current_document(self, source: str | None) -> None:
        if source == self._current:
            return
        self._current = source
        self.current_document_changed.emit(source)
        selected = self.find_event(self._selected)
        if selected is not None and selected.document != source:
            self.select_event(None)  # its sentence is no longer on screen

    @property
    def current_document(self) -> OpenDocument | None:
        return self.document(self._current)

    # -- events --------------------------------------------------------------------------------
    def events(self, *, include_hidden: bool = True) -> list[Event]:
        """Events of the visible documents, with the user's edits applied."""
        return [e for e in self._events.values() if include_hidden or not e.hidden]

    def find_event(self, event_id: str | None) -> Event | None:
        return self._events.get(event_id) if event_id is not None else None

    def doc_colours(self) -> dict[str, str]:
        return {d.source: d.colour for d in self._documents.values()}

    def doc_titles(self) -> dict[str, str]:
        """Each visible document's title (its file name where it has none), by source."""
        return {d.source: d.title for d in self._documents.values() if d.visible}

    def publication_dates(self) -> list[tuple[str, date]]:
        return [
            (d.source, d.analysis.publication_date.value)
            for d in self._documents.values()
            if d.visible and d.analysis.publication_date is not None
        ]

    # -- selection -----------------------------------------------------------------------------
    @property
    def selected_event_id(self) -> str | None:
        return self._selected

    def select_event(self, event_id: str | None) -> None:
        if event_id is not None and event_id not in self._events:
            event_id = None
        if event_id == self._selected:
            return
        self._selected = event_id
        event = self.find_event(event_id)
        if event is not None:
            self.set_current_document(event.document)
        self.selection_changed.emit(event_id)

    # -- publication dates -----------------------------------------------------------------------
    def publication_override(self, source: str) -> date | None:
        """The date the user chose for ``source`` (None: the one found in the article), counting
        one asked for whose re-analysis has not arrived yet."""
        if source in self._requested_dates:
            return self._requested_dates[source]
        doc = self._documents.get(source)
        return _override(doc.analysis) if doc is not None else None

    def request_publication_date(self, source: str, day: date | None) -> None:
        """Re-date ``source`` against ``day`` (None: the date found in the article)."""
        if source not in self._documents:  # closed since the change was made
            return
        self._requested_dates[source] = day
        self.publication_date_requested.emit(source, day)

    def publication_request_failed(self, source: str) -> None:
        """The re-analysis did not happen: the document keeps the date it has."""
        self._requested_dates.pop(source, None)

    # -- edits (called by the undo commands) ---------------------------------------------------
    def add_edit(self, source: str, edit: Edit) -> None:
        doc = self._documents.get(source)
        if doc is None:  # closed since the edit was made
            return
        doc.edits.append(edit)
        self._refresh()

    def remove_edit(self, source: str, edit: Edit) -> None:
        doc = self._documents.get(source)
        if doc is None:
            return
        for i in range(len(doc.edits) - 1, -1, -1):
            if doc.edits[i] is edit:
                del doc.edits[i]
                break
        self._refresh()

    def edits(self, source: str) -> list[Edit]:
        return list(self._documents[source].edits)

    @property
    def is_dirty(self) -> bool:
        return self._changed_outside_undo or not self.undo_stack.isClean()

    def mark_changed(self) -> None:
        """A change the undo stack does not track (closing or hiding an article)."""
        if not self.is_dirty:
            self._changed_outside_undo = True
            self.dirty_changed.emit(True)
        self._changed_outside_undo = True

    def mark_saved(self, path: str | None = None) -> None:
        if path is not None:
            self.project_path = path
        was_dirty = self.is_dirty
        self._changed_outside_undo = False
        self.undo_stack.setClean()
        if was_dirty:
            self.dirty_changed.emit(False)

    def analyses_with_edits(self, *, include_hidden: bool = False) -> list[Analysis]:
        """Each visible document's analysis with the user's edits applied (for exports)."""
        analyses = [d.edited() for d in self._documents.values() if d.visible]
        if include_hidden:
            return analyses
        return [dataclasses.replace(a, events=a.visible_events) for a in analyses]

    def _free_colour(self) -> str:
        """The first palette colour no open document uses; then shades of the palette."""
        used = [d.colour for d in self._documents.values()]
        free = [c for c in DOC_COLOURS if c not in used]
        if free:
            return free[0]
        from timeline_app.plotting.style import TimelineStyle, palette_shades  # loaded by now

        shades = [c for c in palette_shades(TimelineStyle.light()) if c not in used]
        return shades[0] if shades else DOC_COLOURS[len(used) % len(DOC_COLOURS)]

    def _refresh(self) -> None:
        events: dict[str, Event] = {}
        for doc in self._documents.values():
            if doc.visible:
                events.update((e.id, e) for e in doc.events())
        self._events = events
        self.documents_changed.emit()
        self.events_changed.emit()
        if self._selected is not None and self._selected not in events:
            self.select_event(None)

    def _on_clean_changed(self, clean: bool) -> None:
        self.dirty_changed.emit(self._changed_outside_undo or not clean)


def _override(analysis: Analysis) -> date | None:
    pub = analysis.publication_date
    return pub.value if pub is not None and pub.source is DateSource.USER else None


__all__ = ["DOC_COLOURS", "AppState", "OpenDocument"]
