"""A stand-in that creates the matplotlib canvas on first need, so the window shows at once.

Importing matplotlib takes about a second; ``CanvasHost`` keeps the last events and style and
hands them to the real ``TimelineCanvas`` when ``ensure()`` creates it (right after the window
is shown, or when something needs it). Anything else is forwarded to the real canvas.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from timeline_app.core.models import Event

if TYPE_CHECKING:
    from timeline_app.gui.canvas import TimelineCanvas


ACCESSIBLE_HELP = (
    "Events on a time axis. Left and Right select the previous or next event, + and - zoom, "
    "Home fits every event, Escape clears the selection."
)


class CanvasHost(QWidget):
    event_clicked = Signal(str)
    selection_cleared = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("timelineHost")
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # holds its place in the Tab order
        self._canvas: TimelineCanvas | None = None
        self._events: tuple[Sequence[Event], Sequence[tuple[str, date]], Any, Any] = (
            (),
            (),
            None,
            None,
        )
        self._selected: str | None = None
        self._style: Any = None

    @property
    def ready(self) -> bool:
        return self._canvas is not None

    def ensure(self) -> TimelineCanvas:
        """The real canvas, created (and given the pending events) on first call."""
        if self._canvas is None:
            from timeline_app.gui.canvas import TimelineCanvas

            canvas = TimelineCanvas(self)
            canvas.setAccessibleName("Timeline")
            canvas.event_clicked.connect(self.event_clicked)
            canvas.selection_cleared.connect(self.selection_cleared)
            self._layout.addWidget(canvas)
            target = getattr(canvas, "mpl_canvas", canvas)
            target.setAccessibleName("Timeline")  # the widget that takes the keyboard focus
            target.setAccessibleDescription(ACCESSIBLE_HELP)
            QWidget.setTabOrder(self, target)  # Tab reaches it where the host stands, not last
            self.setFocusProxy(target)
            self._canvas = canvas
            if self._style is not None:
                canvas.set_style(self._style)
            events, pub_dates, colours, titles = self._events
            if events or pub_dates:  # the new canvas already shows an empty timeline
                canvas.set_events(
                    events, publication_dates=pub_dates, doc_colors=colours, doc_titles=titles
                )
                canvas.select_event(self._selected)
        return self._canvas

    def set_events(
        self,
        events: Sequence[Event],
        *,
        publication_dates: Sequence[tuple[str, date]] = (),
        doc_colors: Mapping[str, str] | None = None,
        keep_view: bool = False,
        doc_titles: Mapping[str, str] | None = None,
    ) -> None:
        """Show these events; ``keep_view`` keeps the zoom (after a correction, not a new file).

        ``doc_titles`` (document -> title) names documents in the legend instead of file names.
        """
        self._events = (tuple(events), tuple(publication_dates), doc_colors, doc_titles)
        canvas = self._canvas
        if canvas is None:
            return
        view = canvas.ax.get_xlim()
        canvas.set_events(
            events,
            publication_dates=publication_dates,
            doc_colors=doc_colors,
            doc_titles=doc_titles,
        )
        if not keep_view:
            canvas.show_initial_view()  # also after re-dating, when events may move by years
        elif canvas.ax.get_xlim() != view:
            canvas.ax.set_xlim(*view)
            canvas.mpl_canvas.draw_idle()

    def select_event(self, event_id: str | None) -> None:
        self._selected = event_id
        if self._canvas is not None:
            self._canvas.select_event(event_id)

    def set_style(self, style: Any) -> None:
        self._style = style
        if self._canvas is not None:
            self._canvas.set_style(style)

    @property
    def style_(self) -> Any:
        """The style chosen for the timeline (None: the default light one); images use it too."""
        return self._style

    def fit_all(self) -> None:
        self.ensure().fit_all()

    def __getattr__(self, name: str) -> Any:
        if name.startswith("_"):
            raise AttributeError(name)
        return getattr(self.ensure(), name)
