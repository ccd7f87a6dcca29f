"""The interactive timeline: hosts the matplotlib figure and turns mouse and keys into view changes.

All drawing is ``timeline_app.plotting.draw_timeline``; this widget only owns the Figure, the
navigation toolbar, the current view and the selection. Wheel zooms about the cursor, a drag pans,
a double-click or Home fits everything, +/- zoom, Left/Right step the selection through time.
New documents open on ``initial_limits``: where their events crowd, not a decade of empty axis
for one old date; the "◀ 2 earlier" / "3 later ▶" hints above the axes widen the view on click.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date, datetime
from typing import Any

import matplotlib.dates as mdates
from matplotlib.backend_bases import KeyEvent, MouseEvent
from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg, NavigationToolbar2QT
from matplotlib.figure import Figure
from PySide6.QtCore import QEvent, QObject, QPointF, Qt, Signal
from PySide6.QtWidgets import QToolTip, QVBoxLayout, QWidget

from timeline_app.core.models import Event
from timeline_app.plotting import TimelineLayout, TimelineStyle, clamp_limits, draw_timeline
from timeline_app.plotting.text import tooltip_text

ZOOM_STEP = 1.25  # one wheel notch or one +/- press
DRAG_THRESHOLD = 4  # logical pixels a press may move and still count as a click


# The navigation buttons kept, with what they say (tooltip) and are called (accessible name).
# Matplotlib's "Configure subplots", "Edit axis/curve parameters" and "Save" are left out:
# margins are the layout's, and saving is File ▸ Export Image with its options.
_TOOL_TEXTS = {
    "home": ("Show every event (Home, or double-click the timeline)", "Show every event"),
    "back": ("Back to the previous view", "Previous view"),
    "forward": ("Forward to the next view", "Next view"),
    "pan": (
        "Pan: drag to move through time. Click again to select events with a click",
        "Pan mode",
    ),
    "zoom": (
        "Zoom: drag a box around the dates to show. Click again to select events with a click",
        "Zoom to box mode",
    ),
}


def _kept_toolitems() -> list[tuple[str, ...] | tuple[None, ...]]:
    kept = [item for item in NavigationToolbar2QT.toolitems if item[3] in (*_TOOL_TEXTS, None)]
    while kept and kept[-1][0] is None:  # no separator left trailing
        kept.pop()
    return kept


class _Toolbar(NavigationToolbar2QT):
    """Matplotlib's navigation buttons only, whose house shows every event as Home does.

    The stock house returns to the first view of its history, which is cleared on every redraw,
    so it did nothing; and the first view is now a window, not everything.
    """

    toolitems = _kept_toolitems()

    def __init__(self, canvas: FigureCanvasQTAgg, parent: QWidget, on_home: Any) -> None:
        self._on_home = on_home
        super().__init__(canvas, parent)
        self.setObjectName("timelineToolbar")
        self.setAccessibleName("Timeline navigation")
        for callback, (tip, name) in _TOOL_TEXTS.items():
            action = self._actions[callback]
            action.setToolTip(tip)
            action.setStatusTip(tip)
            button = self.widgetForAction(action)
            if button is not None:
                button.setAccessibleName(name)
                button.setAccessibleDescription(tip)

    def home(self, *args: Any) -> None:
        self._on_home()

    def leave_mode(self) -> None:
        """Turn Pan or Zoom off, so clicks select events again."""
        mode = getattr(self.mode, "name", "")
        if mode == "PAN":
            self.pan()
        elif mode == "ZOOM":
            self.zoom()


class TimelineCanvas(QWidget):
    """A zoomable, pannable, clickable timeline of events."""

    event_clicked = Signal(str)
    selection_cleared = Signal()

    def __init__(self, parent: QWidget | None = None, style: TimelineStyle | None = None) -> None:
        super().__init__(parent)
        self.figure = Figure(layout=None)
        self.mpl_canvas = FigureCanvasQTAgg(self.figure)
        self.mpl_canvas.setObjectName("timelineCanvas")
        self.mpl_canvas.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.mpl_canvas.setMouseTracking(True)
        self.toolbar = _Toolbar(self.mpl_canvas, self, self.fit_all)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(0)
        box.addWidget(self.toolbar)
        box.addWidget(self.mpl_canvas, 1)
        self.ax = self.figure.add_subplot()
        self._style = style or TimelineStyle.light()
        self._events: tuple[Event, ...] = ()
        self._publication_dates: tuple[tuple[str, date], ...] = ()
        self._doc_colors: Mapping[str, str] | None = None
        self._doc_titles: Mapping[str, str] | None = None
        self._selected: str | None = None
        self._press: tuple[float, float, tuple[float, float]] | None = None  # x, y, xlim
        self._dragged = False
        self._clamping = False
        self._tooltip = ""
        # an initial view computed before the canvas had its real size (it was not shown yet):
        # recomputed once it is shown, unless the view has changed since
        self._provisional_view: tuple[float, float] | None = None
        self.layout_: TimelineLayout = self._redraw(fit=True)
        self.mpl_canvas.installEventFilter(self)
        connect = self.mpl_canvas.mpl_connect
        connect("scroll_event", self._on_scroll)
        connect("button_press_event", self._on_press)
        connect("button_release_event", self._on_release)
        connect("motion_notify_event", self._on_motion)
        connect("key_press_event", self._on_key)
        connect("figure_leave_event", self._on_leave)
        connect("resize_event", lambda _event: self._settle_initial_view())

    # -- public API -----------------------------------------------------------------------------

    def set_events(
        self,
        events: Sequence[Event],
        *,
        publication_dates: Sequence[tuple[str, date]] = (),
        doc_colors: Mapping[str, str] | None = None,
        doc_titles: Mapping[str, str] | None = None,
    ) -> None:
        """Show these events; a selection that still exists is kept.

        ``doc_titles`` (document -> title) names documents in the legend instead of file names.

        The view moves to the initial view when the set of documents changes (or on the first
        events); an edit within the same documents keeps the user's zoom.
        """
        events = tuple(events)
        refit = {e.document for e in events} != {e.document for e in self._events}
        self._events = events
        self._publication_dates = tuple(publication_dates)
        self._doc_colors = dict(doc_colors) if doc_colors else None
        self._doc_titles = dict(doc_titles) if doc_titles else None
        self.layout_ = self._redraw(fit=refit)
        self._selected = self.layout_.selected

    def select_event(self, event_id: str | None) -> None:
        """Highlight an event (None clears) and scroll it into view; emits nothing."""
        self._selected = event_id if event_id in self.layout_.by_id else None
        self.layout_.set_selected(self._selected)
        if self._selected is not None:
            self._scroll_into_view(self._selected)
            if self._provisional_view is not None:  # still the app's view, not the user's
                self._provisional_view = self.ax.get_xlim()
        self.mpl_canvas.draw_idle()

    def selected_event(self) -> str | None:
        return self._selected

    def fit_all(self) -> None:
        """Show every event (Home, double-click, View ▸ Fit All)."""
        self._set_xlim(*self.layout_.fit_limits())

    def show_initial_view(self) -> None:
        """The view a new article opens on: where most events are labelled (see plotting)."""
        self.layout_.ensure_current()
        self._set_xlim(*self.layout_.initial_limits())
        self._note_initial_view()

    def set_style(self, style: TimelineStyle) -> None:
        self._style = style
        self.layout_ = self._redraw(fit=False)

    def timeline_style(self) -> TimelineStyle:
        return self._style

    def event_display_positions(self) -> dict[str, QPointF]:
        """Where each individually drawn event is, in the canvas widget's logical pixels."""
        ratio = self.mpl_canvas.device_pixel_ratio or 1.0
        height = self.figure.bbox.height
        return {
            ident: QPointF(x / ratio, (height - y) / ratio)
            for ident, (x, y) in self.layout_.display_positions().items()
        }

    def visible_range(self) -> tuple[datetime, datetime]:
        lo, hi = self.ax.get_xlim()
        return _to_datetime(lo), _to_datetime(hi)

    def zoom(self, factor: float, about: float | None = None) -> None:
        """Multiply the visible time span by ``factor`` keeping data x ``about`` in place."""
        lo, hi = self.ax.get_xlim()
        centre = (lo + hi) / 2 if about is None else about
        self._set_xlim(centre - (centre - lo) * factor, centre + (hi - centre) * factor)

    def tooltip_text(self) -> str:
        """The hover text currently shown ("" when the cursor is over no event)."""
        return self._tooltip

    # -- drawing --------------------------------------------------------------------------------

    def _redraw(self, *, fit: bool) -> TimelineLayout:
        xlim = self.ax.get_xlim()
        layout = draw_timeline(
            self.ax,
            self._events,
            self._style,
            publication_dates=self._publication_dates,
            selected=self._selected,
            doc_colors=self._doc_colors,
            doc_titles=self._doc_titles,
        )
        self.layout_ = layout
        if fit:
            self.ax.set_xlim(*layout.initial_limits())
            self._note_initial_view()
        else:
            self.ax.set_xlim(*xlim)
        self.ax.callbacks.connect("xlim_changed", self._on_xlim_changed)
        self.toolbar.update()  # forget the old views of the back/forward stack
        self.mpl_canvas.draw_idle()
        return layout

    def _note_initial_view(self) -> None:
        """Remember an initial view computed while hidden, i.e. at the figure's default size."""
        visible = self.mpl_canvas.isVisible()
        self._provisional_view = None if visible else self.ax.get_xlim()

    def _settle_initial_view(self) -> None:
        """Once shown at its real size, compute the initial view again if it is still on."""
        view, self._provisional_view = self._provisional_view, None
        if view is None:
            return
        if not self.mpl_canvas.isVisible():
            self._provisional_view = view  # not yet: wait for the show
            return
        if self.ax.get_xlim() != view:
            return  # the user zoomed or panned meanwhile: keep their view
        self.show_initial_view()
        if self._selected is not None:
            self._scroll_into_view(self._selected)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.mpl_canvas and event.type() == QEvent.Type.Show:
            self._settle_initial_view()  # by now the figure has the widget's size
        return super().eventFilter(watched, event)

    def _set_xlim(self, lo: float, hi: float) -> None:
        self.ax.set_xlim(*clamp_limits(lo, hi))
        self.mpl_canvas.draw_idle()

    def _on_xlim_changed(self, ax: Any) -> None:
        """Keep every change of view, the toolbar's too, within the zoom bounds."""
        if self._clamping:
            return
        lo, hi = ax.get_xlim()
        clamped = clamp_limits(lo, hi)
        if clamped != (lo, hi):
            self._clamping = True
            try:
                ax.set_xlim(*clamped)
            finally:
                self._clamping = False

    def _scroll_into_view(self, event_id: str) -> None:
        """Pan (keeping the zoom) so the event is on screen; a span wider than the view shows
        its start. Nothing moves when it is already inside the view's margins."""
        event = self.layout_.by_id[event_id]
        lo, hi = self.ax.get_xlim()
        start = float(mdates.date2num(event.interval.start))
        end = float(mdates.date2num(event.interval.end))
        width = hi - lo
        margin = width * 0.08
        if end - start > width - 2 * margin:  # longer than the view: its start must show
            if lo + margin <= start <= hi - margin or (start < lo and end > hi):
                return  # its start is on screen, or it spans the whole view already
            new_lo = start - margin
        else:
            if start >= lo + margin and end <= hi - margin:
                return
            centre = (start + end) / 2
            new_lo = centre - width / 2
        self._set_xlim(new_lo, new_lo + width)

    # -- mouse ----------------------------------------------------------------------------------

    def _navigating(self) -> bool:
        return bool(self.toolbar.mode)  # the toolbar's zoom box or pan owns the mouse

    def _on_scroll(self, event: MouseEvent) -> None:
        if event.inaxes is not self.ax:
            return
        self.zoom(ZOOM_STEP ** (-event.step), event.xdata)

    def _on_press(self, event: MouseEvent) -> None:
        if self._navigating() or event.button != 1:
            return
        if event.dblclick:
            self._press = None
            self.fit_all()
            return
        side = self.layout_.edge_hint_at(event.x, event.y)
        if side:
            self._set_xlim(*self.layout_.reveal_limits(side))
            return
        if event.inaxes is self.ax:
            self._press = (event.x, event.y, self.ax.get_xlim())
            self._dragged = False

    def _on_motion(self, event: MouseEvent) -> None:
        if self._press is not None:
            x0, _, (lo, hi) = self._press
            dx = event.x - x0
            ratio = self.mpl_canvas.device_pixel_ratio or 1.0
            if self._dragged or abs(dx) > DRAG_THRESHOLD * ratio:
                self._dragged = True
                shift = -dx * (hi - lo) / self.ax.bbox.width
                self._set_xlim(lo + shift, hi + shift)
            return
        self._update_tooltip(event)

    def _on_release(self, event: MouseEvent) -> None:
        press, self._press = self._press, None
        if press is None or self._dragged or event.button != 1:
            return
        hit = self.layout_.hit_test(press[0], press[1])
        if hit is not None:
            self._select(hit)
            return
        cluster = self.layout_.cluster_at(press[0], press[1])
        if cluster is not None:
            pad = max((cluster.last - cluster.first) * 0.15, 1 / 24)
            self._set_xlim(cluster.first - pad, cluster.last + pad)
            return
        self._selected = None
        self.layout_.set_selected(None)
        self.mpl_canvas.draw_idle()
        self.selection_cleared.emit()

    def _on_leave(self, event: Any) -> None:
        self._set_tooltip("", None)

    def _update_tooltip(self, event: MouseEvent) -> None:
        hit = self.layout_.hit_test(event.x, event.y) if event.inaxes is self.ax else None
        side = self.layout_.edge_hint_at(event.x, event.y)
        if side:
            text = f"Events {'before' if side < 0 else 'after'} this view: click to show them"
        elif hit is None:
            cluster = self.layout_.cluster_at(event.x, event.y) if event.inaxes else None
            text = f"{cluster.count} more events here: click or zoom in" if cluster else ""
        else:
            text = tooltip_text(self.layout_.by_id[hit])
        self._set_tooltip(text, event)

    def _set_tooltip(self, text: str, event: MouseEvent | None) -> None:
        if text == self._tooltip:
            return
        self._tooltip = text
        self.mpl_canvas.setToolTip(text)
        if not text:
            QToolTip.hideText()
            return
        gui = getattr(event, "guiEvent", None)
        if gui is not None and hasattr(gui, "globalPosition"):
            QToolTip.showText(gui.globalPosition().toPoint(), text, self.mpl_canvas)

    # -- keys -----------------------------------------------------------------------------------

    def _on_key(self, event: KeyEvent) -> None:
        key = event.key or ""
        if key in ("+", "="):
            self.zoom(1 / ZOOM_STEP)
        elif key in ("-", "_"):
            self.zoom(ZOOM_STEP)
        elif key == "home":
            self.fit_all()
        elif key in ("left", "right"):
            self._step(-1 if key == "left" else 1)
        elif key == "escape" and self._navigating():
            self.toolbar.leave_mode()  # back to clicking events
        elif key == "escape" and self._selected is not None:
            self._selected = None
            self.layout_.set_selected(None)
            self.mpl_canvas.draw_idle()
            self.selection_cleared.emit()

    def _step(self, direction: int) -> None:
        order = self.layout_.time_order()
        if not order:
            return
        if self._selected in order:
            i = order.index(self._selected) + direction
            if not 0 <= i < len(order):
                return
        else:
            i = 0 if direction > 0 else len(order) - 1
        self._select(order[i])

    def _select(self, event_id: str) -> None:
        self.select_event(event_id)
        self.event_clicked.emit(event_id)


def _to_datetime(num: float) -> datetime:
    return mdates.num2date(num).replace(tzinfo=None)
