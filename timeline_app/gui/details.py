"""The details pane: the selected event, its sentence, its date and why it got that date."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QUrl, Signal
from PySide6.QtWidgets import QTextBrowser, QWidget

from timeline_app.core.models import Certainty, Event
from timeline_app.core.wording import format_interval
from timeline_app.gui.article_view import CERTAINTY_COLOURS
from timeline_app.gui.formatting import (
    CERTAINTY_WORDS,
    certainty_words,
    emphasise,
    publication_words,
    why_words,
)
from timeline_app.gui.state import AppState

HINT = (
    "<p style='color:#555'>Select an event (a marker on the timeline, a row in the table or a "
    "highlighted date in the article) to see its date and why it got it.</p>"
)


def legend_html() -> str:
    """What the highlight colours in the article mean."""
    rows = "".join(
        f"<tr><td style='background:{CERTAINTY_COLOURS[c]}'>&nbsp;&nbsp;&nbsp;&nbsp;</td>"
        f"<td>&nbsp;{escape(CERTAINTY_WORDS[c])}</td></tr>"
        for c in Certainty
    )
    return f"<p style='color:#555'><b>Highlighted dates in the article</b></p><table>{rows}</table>"


ACTIONS = (("edit-date", "Change date…"), ("rename", "Rename…"), ("toggle-hidden", ""))


class EventDetails(QTextBrowser):
    """Read-only rich text, rebuilt whenever the selection or the events change.

    Links under the title ask for a correction: ``action_requested("edit-date")`` and so on.
    """

    action_requested = Signal(str)

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("eventDetails")
        self.setAccessibleName("Event details")
        self.setToolTip("The selected event: its date, source sentence and why it got that date")
        self.setOpenLinks(False)
        self.anchorClicked.connect(self._on_anchor_clicked)
        self._state = state
        state.selection_changed.connect(self._on_changed)
        state.events_changed.connect(self._on_changed)
        self._on_changed()

    def _on_changed(self, *_: object) -> None:
        event = self._state.find_event(self._state.selected_event_id)
        if event is not None:
            self.setHtml(self._html(event))
        else:
            self.setHtml(HINT + (legend_html() if self._state.documents else ""))

    def _on_anchor_clicked(self, url: QUrl) -> None:
        if url.scheme() == "action":
            self.action_requested.emit(url.path())

    def _html(self, event: Event) -> str:
        doc = self._state.document(event.document)
        title = escape(doc.title) if doc is not None else escape(event.document)
        colour = doc.colour if doc is not None else "#888"
        flags = [f for f, on in (("edited", event.edited), ("hidden", event.hidden)) if on]
        parts = [
            f"<h3 style='margin:0'>{escape(event.label)}</h3>",
            f"<p style='margin-top:2px'><span style='color:{colour}'>■</span> {title}"
            + (f" <i>({', '.join(flags)})</i>" if flags else "")
            + "</p>",
            "<p>"
            + " · ".join(
                f"<a href='action:{name}'>{text or ('Show' if event.hidden else 'Hide')}</a>"
                for name, text in ACTIONS
            )
            + "</p>",
            f"<p><b>Date:</b> {escape(format_interval(event.interval))}<br>"
            f"<span style='color:#555'>[{event.interval.start:%Y-%m-%d %H:%M} – "
            f"{event.interval.end:%Y-%m-%d %H:%M}), {event.interval.granularity.value}</span></p>",
            f"<p><b>Certainty:</b> {escape(certainty_words(event))}</p>",
        ]
        for number, mention in enumerate(event.mentions, start=1):
            heading = "Sentence" if len(event.mentions) == 1 else f"Mention {number}"
            parts.append(
                f"<p><b>{heading}:</b> "
                f"{emphasise(mention.sentence_text, mention.sentence.start, mention.timex)}<br>"
                f"<b>Why:</b> {escape(why_words(event, mention.timex))}</p>"
            )
        pub = doc.analysis.publication_date if doc is not None else None
        parts.append(f"<p><b>Publication date:</b> {escape(publication_words(pub))}</p>")
        return "".join(parts)
