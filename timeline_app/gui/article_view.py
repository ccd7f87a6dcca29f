"""The article text with every time expression highlighted and the selected event's sentence shown.

Highlights are ``ExtraSelection``s (one per time expression, coloured by certainty); the selected
event's sentence is the text cursor's selection, scrolled into view. Clicking an expression that
belongs to an event selects that event.
"""

from __future__ import annotations

from bisect import bisect_right

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QContextMenuEvent,
    QHelpEvent,
    QMouseEvent,
    QPalette,
    QTextCharFormat,
    QTextCursor,
)
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit, QToolTip, QWidget

from timeline_app.core.models import Certainty, Span, Timex
from timeline_app.gui.formatting import resolution_words
from timeline_app.gui.state import AppState, OpenDocument

CERTAINTY_COLOURS = {
    Certainty.EXACT: "#c9ebc9",
    Certainty.INFERRED: "#cde0fb",
    Certainty.ANCHORED: "#e2d5f5",
    Certainty.VAGUE: "#fde0bd",
    Certainty.UNRESOLVED: "#f2c4c4",
}
SENTENCE_COLOUR = "#fff1a6"
USER_SELECTION_COLOUR = "#9cc3e6"
SEARCH_COLOUR = "#c2410c"
MAX_SEARCH_MATCHES = 500


class _Offsets:
    """Python ``str`` indices to Qt document positions (UTF-16 units) and back."""

    def __init__(self, text: str) -> None:
        self._wide = [i for i, ch in enumerate(text) if ord(ch) > 0xFFFF]

    def to_qt(self, index: int) -> int:
        return index + bisect_right(self._wide, index - 1)

    def from_qt(self, position: int) -> int:
        index = position
        for wide in self._wide:
            if self.to_qt(wide) < position:
                index -= 1
        return index


class ArticleView(QPlainTextEdit):
    """Read-only view of the current document; listens to ``AppState``."""

    add_event_requested = Signal(int, int)  # start, end of the selected text (str indices)

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("articleView")
        self.setAccessibleName("Article text")
        self.setToolTip("The article. Highlighted: time expressions (colour shows certainty).")
        self.setReadOnly(True)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.setCenterOnScroll(True)
        self._user_palette = self._selection_palette(QColor(USER_SELECTION_COLOUR))
        # The selected event's sentence is the text cursor's selection, drawn transparent so the
        # sentence and time expression highlights (extra selections) show through it.
        self._sentence_palette = self._selection_palette(QColor(0, 0, 0, 0))
        self.setPalette(self._user_palette)
        self.selectionChanged.connect(self._on_text_selection_changed)
        self._state = state
        self._source: str | None = None
        self._text = ""
        self._search = ""
        self._offsets = _Offsets("")
        self._timex_events: dict[int, str] = {}
        state.current_document_changed.connect(self._on_current_document_changed)
        state.documents_changed.connect(self._on_documents_changed)
        state.events_changed.connect(self._on_events_changed)
        state.selection_changed.connect(self._on_selection_changed)

    # -- what tests and other views ask -------------------------------------------------------
    @property
    def source(self) -> str | None:
        return self._source

    def timex_at(self, index: int) -> Timex | None:
        doc = self._state.document(self._source)
        if doc is None:
            return None
        return next((t for t in doc.analysis.timexes if t.start <= index < t.end), None)

    def set_search(self, text: str) -> None:
        """Mark every occurrence of ``text`` (case-insensitive) and scroll to the first."""
        self._search = text.strip()
        self._highlight()
        matches = self.search_matches()
        if matches and not self.textCursor().hasSelection():
            self.setTextCursor(self.cursor_for_range(matches[0][0], matches[0][0]))
            self.centerCursor()

    def search_matches(self) -> list[tuple[int, int]]:
        if not self._search:
            return []
        text, needle = self._text.casefold(), self._search.casefold()
        matches: list[tuple[int, int]] = []
        start = text.find(needle)
        while start >= 0 and len(matches) < MAX_SEARCH_MATCHES:
            matches.append((start, start + len(needle)))
            start = text.find(needle, start + len(needle))
        return matches

    def selected_range(self) -> tuple[int, int] | None:
        """The text the user selected, as ``str`` indices into the document, or None.

        The selected event's sentence is shown as a selection too; that one is not the user's.
        """
        selected = self._cursor_range()
        return None if selected is not None and selected == self._event_sentence() else selected

    def _cursor_range(self) -> tuple[int, int] | None:
        cursor = self.textCursor()
        if not cursor.hasSelection():
            return None
        return (
            self._offsets.from_qt(cursor.selectionStart()),
            self._offsets.from_qt(cursor.selectionEnd()),
        )

    def _event_sentence(self) -> tuple[int, int] | None:
        event = self._state.find_event(self._state.selected_event_id)
        if event is None or event.document != self._source:
            return None
        return (event.sentence.start, event.sentence.end)

    def cursor_for_range(self, start: int, end: int) -> QTextCursor:
        cursor = QTextCursor(self.document())
        cursor.setPosition(self._offsets.to_qt(start))
        cursor.setPosition(self._offsets.to_qt(end), QTextCursor.MoveMode.KeepAnchor)
        return cursor

    # -- Qt overrides ---------------------------------------------------------------------------
    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        if event.button() != Qt.MouseButton.LeftButton or self.textCursor().hasSelection():
            return
        position = self.cursorForPosition(event.position().toPoint()).position()
        self._select_event_at(self._offsets.from_qt(position))

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            position = self.cursorForPosition(event.pos()).position()
            timex = self.timex_at(self._offsets.from_qt(position))
            if timex is None:
                QToolTip.hideText()
            else:
                QToolTip.showText(event.globalPos(), resolution_words(timex), self.viewport())
            return True
        return super().viewportEvent(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        menu = self.createStandardContextMenu(event.pos())
        selected = self.selected_range()
        action = menu.addAction("Add Event from Selection…")
        action.setEnabled(selected is not None and self._source is not None)
        if selected is not None:
            action.triggered.connect(lambda: self.add_event_requested.emit(*selected))
        menu.exec(event.globalPos())
        menu.deleteLater()

    # -- listeners ------------------------------------------------------------------------------
    def _on_current_document_changed(self, source: str | None) -> None:
        self._show(self._state.document(source))

    def _on_documents_changed(self) -> None:
        doc = self._state.document(self._source)
        if doc is None or doc.analysis.document.text != self._text:
            self._show(self._state.current_document)

    def _on_events_changed(self) -> None:
        self._index_events()
        self._highlight()

    def _on_selection_changed(self, event_id: str | None) -> None:
        event = self._state.find_event(event_id)
        if event is not None and event.document != self._source:
            self._show(self._state.document(event.document))
        self._highlight()
        if event is None:
            cursor = self.textCursor()
            cursor.clearSelection()
            self.setTextCursor(cursor)
            return
        self.setTextCursor(self.cursor_for_range(event.sentence.start, event.sentence.end))
        self.centerCursor()

    def _on_text_selection_changed(self) -> None:
        sentence = self._event_sentence()
        is_sentence = sentence is not None and self._cursor_range() == sentence
        self.setPalette(self._sentence_palette if is_sentence else self._user_palette)

    # -- internals ------------------------------------------------------------------------------
    def _selection_palette(self, highlight: QColor) -> QPalette:
        palette = QPalette(self.palette())
        for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
            palette.setColor(group, QPalette.ColorRole.Highlight, highlight)
            text = palette.color(group, QPalette.ColorRole.Text)
            palette.setColor(group, QPalette.ColorRole.HighlightedText, text)
        return palette

    def _show(self, doc: OpenDocument | None) -> None:
        self._source = doc.source if doc is not None else None
        text = doc.analysis.document.text if doc is not None else ""
        self._text = text
        self._offsets = _Offsets(text)
        self.setPlainText(text)
        self.setAccessibleDescription(doc.title if doc is not None else "no article open")
        self._index_events()
        self._highlight()

    def _index_events(self) -> None:
        self._timex_events = {}
        for event in self._state.events():
            if event.document == self._source:
                for mention in event.mentions:
                    self._timex_events.setdefault(mention.timex.start, event.id)

    def _select_event_at(self, index: int) -> None:
        timex = self.timex_at(index)
        if timex is not None and timex.start in self._timex_events:
            self._state.select_event(self._timex_events[timex.start])

    def _highlight(self) -> None:
        doc = self._state.document(self._source)
        selections: list[QTextEdit.ExtraSelection] = []
        if doc is not None:
            selected = self._state.find_event(self._state.selected_event_id)
            selected_starts = (
                {m.timex.start for m in selected.mentions}
                if selected is not None and selected.document == self._source
                else set()
            )
            if selected is not None and selected.document == self._source:
                for mention in selected.mentions:
                    selections.append(self._sentence_selection(mention.sentence))
            for timex in doc.analysis.timexes:
                selections.append(self._timex_selection(timex, timex.start in selected_starts))
            selections.extend(self._search_selections())
        self.setExtraSelections(selections)

    def _search_selections(self) -> list[QTextEdit.ExtraSelection]:
        fmt = QTextCharFormat()
        fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
        fmt.setUnderlineColor(QColor(SEARCH_COLOUR))
        fmt.setFontUnderline(True)
        fmt.setForeground(QColor(SEARCH_COLOUR))
        selections = []
        for start, end in self.search_matches():
            selection = QTextEdit.ExtraSelection()
            selection.cursor = self.cursor_for_range(start, end)
            selection.format = fmt
            selections.append(selection)
        return selections

    def _sentence_selection(self, sentence: Span) -> QTextEdit.ExtraSelection:
        fmt = QTextCharFormat()
        fmt.setBackground(QColor(SENTENCE_COLOUR))
        selection = QTextEdit.ExtraSelection()
        selection.cursor = self.cursor_for_range(sentence.start, sentence.end)
        selection.format = fmt
        return selection

    def _timex_selection(self, timex: Timex, emphasised: bool) -> QTextEdit.ExtraSelection:
        fmt = QTextCharFormat()
        fmt.setBackground(QColor(CERTAINTY_COLOURS[timex.certainty]))
        if timex.certainty is Certainty.UNRESOLVED:
            fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DotLine)
        if emphasised:
            fmt.setFontWeight(700)
            fmt.setFontUnderline(True)
        selection = QTextEdit.ExtraSelection()
        selection.cursor = self.cursor_for_range(timex.start, timex.end)
        selection.format = fmt
        return selection
