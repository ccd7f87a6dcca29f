"""The live layout of a drawn timeline: lanes for the current view, and what the canvas asks.

The y axis counts rows (inverted, row 0 at the top): the dated band's lanes, a row of cluster
markers when some events do not fit, then the vague band. One row is a fixed number of points
tall, so labels keep their size and spacing whatever the window's height.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time
from typing import Any

import matplotlib.dates as mdates
import numpy as np
from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.transforms import Bbox

from timeline_app.core.models import Event
from timeline_app.plotting import views
from timeline_app.plotting.artists import TimelineArtists
from timeline_app.plotting.layers import LayoutGuard, TextItem, TextLayer
from timeline_app.plotting.margins import (
    LegendEntry,
    band_title_width,
    has_top_row,
    legend_entries,
    margin_texts,
)
from timeline_app.plotting.packing import BandItems, BandLayout, Cluster, Metrics, pack_band
from timeline_app.plotting.style import TimelineStyle, document_colors
from timeline_app.plotting.text import display_label, text_width_pt
from timeline_app.plotting.views import MAX_SPAN, MIN_SPAN, clamp_limits

__all__ = ["MAX_SPAN", "MIN_SPAN", "Placed", "TimelineLayout", "clamp_limits"]

MAX_VAGUE_LANES = 6
MIN_AXES_LANES = 1.5  # the margins give way before the axes gets less than this many lanes
BAND_GAP = 0.9  # rows between the dated and the vague band


@dataclass(frozen=True, slots=True)
class Placed:
    """One event as laid out for the current view."""

    event: Event
    x: float  # data x of its mark (marker centre, or middle of the visible part of its bar)
    y: float  # row
    left: float  # display pixels, label included
    right: float


@dataclass(slots=True)
class Band:
    items: BandItems
    events: tuple[Event, ...]
    offset: float = 0.0
    layout: BandLayout | None = None
    packed_for: tuple[object, ...] = ()  # what the layout was packed for


def _to_num(moments: Sequence[datetime]) -> np.ndarray:
    return np.asarray(mdates.date2num(list(moments)), dtype=float) if moments else np.zeros(0)


class TimelineLayout:
    """What ``draw_timeline`` drew, kept current with the view; the canvas hit-tests with it."""

    def __init__(
        self,
        ax: Axes,
        events: Sequence[Event],
        style: TimelineStyle,
        publication_dates: Sequence[tuple[str, date]],
        selected: str | None,
        doc_colors: Mapping[str, str] | None,
        doc_titles: Mapping[str, str] | None = None,
    ) -> None:
        self.ax = ax
        self.doc_titles: Mapping[str, str] = dict(doc_titles or {})
        self.style = style
        self.events = tuple(sorted((e for e in events if not e.hidden), key=_time_key))
        self.by_id = {e.id: e for e in self.events}
        self.colors = document_colors((e.document for e in self.events), style, doc_colors)
        self.publication_dates = tuple(publication_dates)
        for doc, _ in self.publication_dates:
            self.colors.setdefault(doc, document_colors([doc], style, self.colors)[doc])
        self.selected = selected if selected in self.by_id else None
        self.extra_top_pt = 0.0  # room an exporter asks for (a title)
        self.extra_bottom_pt = 0.0  # (a footer)
        self.main = self._band([e for e in self.events if not e.is_vague])
        self.vague = self._band([e for e in self.events if e.is_vague])
        self.placed: dict[str, Placed] = {}
        self.clusters: list[tuple[Cluster, float]] = []  # with their row
        self._texts: list[TextItem] = []
        self._key: tuple[object, ...] | None = None
        self._legend: list[LegendEntry] | None = None
        self.starts: np.ndarray | None = None  # of ``events``, as date numbers, once asked for
        self.artists = TimelineArtists(ax, style)
        self.guard = LayoutGuard(self.ensure_current)
        self.text_layer = TextLayer(style.font_family, lambda: self._texts)
        ax.add_artist(self.guard)
        ax.add_artist(self.text_layer)

    def _band(self, events: list[Event]) -> Band:
        size, family = self.style.label_size, self.style.font_family
        items = BandItems(
            ids=tuple(e.id for e in events),
            start=_to_num([e.interval.start for e in events]),
            end=_to_num([e.interval.end for e in events]),
            point=np.array([e.interval.is_point for e in events], bool),
            label_pt=np.array(
                [text_width_pt(display_label(e.label), size, family) for e in events]
            ),
        )
        return Band(items, tuple(events))

    # -- queries -----------------------------------------------------------------------------

    @property
    def figure(self) -> Figure:
        fig = self.ax.get_figure(root=True)
        assert isinstance(fig, Figure)
        return fig

    @property
    def positions(self) -> dict[str, tuple[float, float]]:
        """Data position (date number, row) of every event drawn individually in this view."""
        self.ensure_current()
        return {k: (p.x, p.y) for k, p in self.placed.items()}

    def display_positions(self) -> dict[str, tuple[float, float]]:
        """The same positions in matplotlib display pixels (origin bottom left)."""
        self.ensure_current()
        if not self.placed:
            return {}
        ids = list(self.placed)
        xy = np.array([(self.placed[k].x, self.placed[k].y) for k in ids])
        out = self.ax.transData.transform(xy)
        return {k: (float(x), float(y)) for k, (x, y) in zip(ids, out, strict=True)}

    def hit_test(self, x: float, y: float) -> str | None:
        """The event whose mark or label covers display pixel (x, y), if any."""
        self.ensure_current()
        if not self.placed:
            return None
        ids = list(self.placed)
        p = [self.placed[k] for k in ids]
        left = np.array([q.left for q in p]) + self.ax.bbox.x0 - 2
        right = np.array([q.right for q in p]) + self.ax.bbox.x0 + 2
        rows = np.array([(0.0, q.y) for q in p])
        dy = np.abs(self.ax.transData.transform(rows)[:, 1] - y)
        hits = np.flatnonzero((left <= x) & (x <= right) & (dy <= self._row_px() * 0.5))
        return ids[hits[np.argmin(dy[hits])]] if len(hits) else None

    def cluster_at(self, x: float, y: float) -> Cluster | None:
        self.ensure_current()
        radius = self.style.marker_size * 1.3 * self.figure.dpi / 72
        for cluster, row in self.clusters:
            cx, cy = self.ax.transData.transform((cluster.x, row))
            if (cx - x) ** 2 + (cy - y) ** 2 <= radius**2:
                return cluster
        return None

    def label_boxes(self) -> list[tuple[str, Bbox]]:
        """Display boxes of the event labels painted by the last draw."""
        return [(t.event_id, b) for t, b in self.text_layer.boxes if t.event_id is not None]

    def mark_boxes(self) -> list[tuple[str, Bbox]]:
        """Display boxes of the markers painted by the last draw."""
        r = self.style.marker_size / 2 * self.figure.dpi / 72
        return [
            (ident, Bbox.from_extents(x - r, y - r, x + r, y + r))
            for ident, (x, y) in self.display_positions().items()
            if self.by_id[ident].interval.is_point
        ]

    def time_order(self) -> list[str]:
        return [e.id for e in self.events]

    def data_range(self) -> tuple[float, float] | None:
        """First start and last end of all events and publication dates, as date numbers."""
        parts = [b.items.start for b in (self.main, self.vague)]
        parts += [b.items.end for b in (self.main, self.vague)]
        parts.append(
            np.array(
                [mdates.date2num(datetime.combine(d, time(12))) for _, d in self.publication_dates]
            )
        )
        xs = np.concatenate([np.asarray(p, float).ravel() for p in parts])
        if not len(xs):
            return None
        return float(xs.min()), float(xs.max())

    def fit_limits(self) -> tuple[float, float]:
        """x limits showing every event, with room on the right for the last labels."""
        return views.fit_limits(self)

    def initial_limits(self) -> tuple[float, float]:
        """The view new documents open on (see ``views.initial_limits``)."""
        limits = views.initial_limits(self)
        self._key = None  # the trial packs replaced the bands' layouts
        return limits

    def count_labelled(self, x0: float, x1: float) -> int:
        """How many events a view from ``x0`` to ``x1`` would label (lays the bands out)."""
        self._pack(x0, x1, self._metrics())
        self._key = None
        return sum(len(b.layout.shown) for b in (self.main, self.vague) if b.layout is not None)

    def offscreen_counts(self, x0: float, x1: float) -> tuple[int, int]:
        """How many events lie wholly before and wholly after the view."""
        return views.offscreen_counts(self, x0, x1)

    def edge_hint_at(self, x: float, y: float) -> int:
        """-1 or +1 when display pixel (x, y) is on the "earlier" or "later" hint, else 0."""
        for side, box in self.text_layer.hint_boxes():
            if box.x0 - 3 <= x <= box.x1 + 3 and box.y0 - 3 <= y <= box.y1 + 3:
                return side
        return 0

    def reveal_limits(self, side: int) -> tuple[float, float]:
        """The view widened on one side just enough to show the nearest event beyond it."""
        return views.reveal_limits(self, side)

    # -- layout ------------------------------------------------------------------------------

    def set_selected(self, event_id: str | None) -> None:
        self.selected = event_id if event_id in self.by_id else None
        self._key = None

    def invalidate(self) -> None:
        self._key = None

    def locate_axes(self, ax: Any, renderer: Any = None) -> Bbox:
        """Axes position in figure fractions from margins fixed in points."""
        fig = self.figure
        k = fig.dpi / 72
        w, h = max(fig.bbox.width, 1.0), max(fig.bbox.height, 1.0)
        left = (band_title_width(self.style) + 14 if len(self.vague.items) else 12) * k
        right = 14 * k
        top_row, legend = self.margin_rows()
        top = (8 + (15 if top_row else 0) + (15 if legend else 0)) * k
        top += self.extra_top_pt * k
        bottom = (30 + self.extra_bottom_pt) * k
        aw, ah = max(w - left - right, 10.0), max(h - top - bottom, 10.0)
        return Bbox.from_bounds(left / w, bottom / h, aw / w, ah / h)

    def margin_rows(self) -> tuple[bool, bool]:
        """Whether the row above the axes (publication dates, edge hints) and the legend row are
        drawn: on a very short figure they give way, the legend first, so a row of events fits.
        """
        top_row, legend = has_top_row(self), bool(self.legend_entries())
        fig = self.figure
        free = fig.bbox.height / (fig.dpi / 72) - 38 - self.extra_top_pt - self.extra_bottom_pt
        need = MIN_AXES_LANES * self.style.lane_height
        if legend and free - 15 * (top_row + legend) < need:
            legend = False
        if top_row and free - 15 < need:
            top_row = False
        return top_row, legend

    def ensure_current(self) -> None:
        ax = self.ax
        ax.apply_aspect(self.locate_axes(ax))
        if self._view_key() == self._key:
            return
        self._relayout()
        self._key = self._view_key()

    def _view_key(self) -> tuple[object, ...]:
        ax = self.ax
        bounds = tuple(np.round(ax.bbox.bounds, 3))
        return (ax.get_xlim(), ax.get_ylim(), bounds, self.figure.dpi, self.selected)

    def _metrics(self) -> Metrics:
        k = self.figure.dpi / 72
        return Metrics(
            marker_r=self.style.marker_size / 2 * k,
            pad=4 * k,
            gap=10 * k,
            bin_px=max(26 * k, self.style.small_size * 4.2 * k),
            px_per_pt=k,
        )

    def _lane_px(self) -> float:
        return self.style.lane_height * self.figure.dpi / 72

    def _row_px(self) -> float:
        lo, hi = self.ax.get_ylim()
        return self.ax.bbox.height / max(abs(lo - hi), 1e-9)

    def _relayout(self) -> None:
        ax = self.ax
        x0, x1 = ax.get_xlim()
        height = ax.bbox.height
        metrics = self._metrics()
        main_rows, vague_rows = self._pack(x0, x1, metrics)
        has_vague = self.vague.layout is not None
        self.main.offset = 0.0
        self.vague.offset = max(main_rows, 1) + BAND_GAP
        used = self.vague.offset + max(vague_rows, 1) if has_vague else max(main_rows, 1)
        row_px = min(max(height / (used + 0.4), self._lane_px()), self._lane_px() * 1.45)
        top = -min(0.7, height / row_px / 2)  # a single row that barely fits: centred
        bottom = top + height / row_px
        if ax.get_ylim() != (bottom, top):
            ax.set_ylim(bottom, top)
        self._collect(x0, x1, metrics)

    def _pack(self, x0: float, x1: float, metrics: Metrics) -> tuple[int, int]:
        """Pack both bands into the rows the axes has; returns the rows each band uses.

        The vague band first says how many rows it would like (it is small), the dated band gets
        the rest, and the vague band then may use whatever the dated band left free. A band only
        gives a row to clusters when something overflows.
        """
        rows = max(int(self.ax.bbox.height / self._lane_px()), 1)
        has_vague = self._vague_fits(rows)
        if not has_vague:
            self.vague.layout, self.vague.packed_for = None, ()
        gap_rows = int(BAND_GAP + 1.0) if has_vague else 0
        vague_want = 0
        if has_vague:
            probe = self._pack_band(self.vague, x0, x1, MAX_VAGUE_LANES, metrics)
            vague_want = min(max(_rows(probe), 1), max(1, rows // 4))
        main_rows = _rows(self._pack_band(self.main, x0, x1, rows - gap_rows - vague_want, metrics))
        if has_vague:
            spare = rows - max(main_rows, 1) - gap_rows
            self._pack_band(self.vague, x0, x1, min(MAX_VAGUE_LANES + 1, max(spare, 1)), metrics)
        return main_rows, _rows(self.vague.layout)

    def _vague_fits(self, rows: int | None = None) -> bool:
        """Whether the vague band is drawn: it has events and the axes has rows for both bands."""
        if rows is None:
            rows = max(int(self.ax.bbox.height / self._lane_px()), 1)
        return len(self.vague.items) > 0 and rows >= 3

    def _pack_band(self, band: Band, x0: float, x1: float, rows: int, m: Metrics) -> BandLayout:
        """Pack into at most ``rows`` rows, the last kept for clusters when some are needed.

        Packed into one lane fewer first; only when a little overflows is the last row tried
        as a lane too (a lane holds at most a width's worth of bare marks). With a single row,
        that row shows cluster badges, unless every event fits in it as a lane.
        """
        width = self.ax.bbox.width
        rows = max(rows, 1)
        key = (x0, x1, width, rows, m.px_per_pt, self._selected_index(band))
        if band.layout is not None and band.packed_for == key:
            return band.layout
        sel = key[-1]
        lay = pack_band(band.items, x0, x1, width, rows - 1, m, sel)
        over = sum(c.count for c in lay.clusters) + len(lay.loose)
        if 0 < over <= width / (2 * m.marker_r + m.gap):
            whole = pack_band(band.items, x0, x1, width, rows, m, sel)
            if not whole.overflow_row:
                lay = whole
        band.packed_for = key
        band.layout = lay
        return lay

    def _selected_index(self, band: Band) -> int:
        if self.selected is None:
            return -1
        try:
            return band.items.ids.index(self.selected)
        except ValueError:
            return -1

    def _collect(self, x0: float, x1: float, metrics: Metrics) -> None:
        """Turn the band layouts into placed events, artists' data and text items."""
        self.placed, self.clusters, texts = {}, [], []
        ax_left = self.ax.bbox.x0
        to_y = self.ax.transData.transform
        for band in (self.main, self.vague):
            lay = band.layout
            if lay is None:
                continue
            for j, i in enumerate(lay.shown.tolist()):
                event = band.events[i]
                row = band.offset + int(lay.lane[j])
                iv_start, iv_end = band.items.start[i], band.items.end[i]
                if band.items.point[i]:
                    x = (iv_start + iv_end) / 2
                else:
                    x = (max(iv_start, x0) + min(iv_end, x1)) / 2
                self.placed[event.id] = Placed(
                    event, float(x), row, float(lay.left[j]), float(lay.right[j])
                )
                yc = to_y((x0, row))[1]
                texts.append(
                    TextItem(
                        display_label(event.label),
                        ax_left + float(lay.label_x[j]),
                        yc,
                        self.style.text,
                        self.style.label_size,
                        bold=event.id == self.selected,
                        event_id=event.id,
                        halo=None if lay.label_inside[j] else self.style.axes_face,
                    )
                )
            cluster_row = band.offset + lay.lanes_used
            self._place_loose(band, lay.loose, cluster_row, x0, x1, metrics)
            for cluster in lay.clusters:
                self.clusters.append((cluster, cluster_row))
                cx, cy = to_y((cluster.x, cluster_row))
                texts.append(
                    TextItem(
                        _count(cluster.count),
                        cx,
                        cy,
                        self.style.cluster_text,
                        self.style.small_size,
                        bold=True,
                        ha="center",
                    )
                )
        texts.extend(margin_texts(self, x0, x1))
        self._texts = texts
        self.artists.update(self, x0, x1, metrics)

    def _place_loose(
        self, band: Band, loose: np.ndarray, row: float, x0: float, x1: float, m: Metrics
    ) -> None:
        """Lone overflowing events: their own unlabelled mark in the cluster row."""
        ppu = self.ax.bbox.width / (x1 - x0)
        for i in loose.tolist():
            event, start, end = band.events[i], band.items.start[i], band.items.end[i]
            if band.items.point[i]:
                x = (start + end) / 2
                lo = hi = (x - x0) * ppu
            else:
                x = (max(start, x0) + min(end, x1)) / 2
                lo, hi = (max(start, x0) - x0) * ppu, (min(end, x1) - x0) * ppu
            left, right = lo - m.marker_r, hi + m.marker_r
            self.placed[event.id] = Placed(event, float(x), row, float(left), float(right))

    # -- margins ----------------------------------------------------------------------------

    def legend_entries(self) -> list[LegendEntry]:
        if self._legend is None:
            self._legend = legend_entries(self)
        return self._legend

    def band_rows(self) -> list[tuple[str, float, float]]:
        """(title, first row, last row) of each band drawn."""
        if self.vague.layout is None:
            return []
        main_last = self.vague.offset - BAND_GAP - 1
        vague_rows = _rows(self.vague.layout)
        return [
            ("Dated", 0.0, max(main_last, 0.0)),
            ("Vague", self.vague.offset, self.vague.offset + max(vague_rows, 1) - 1),
        ]


def _rows(layout: BandLayout | None) -> int:
    """Rows a band layout fills: its lanes, and the row of clusters and loose marks if any."""
    if layout is None:
        return 0
    return layout.lanes_used + (1 if layout.overflow_row else 0)


def _count(n: int) -> str:
    if n < 1000:
        return str(n)
    return f"{n / 1000:.1f}k" if n < 10000 else f"{n // 1000}k"


def _time_key(event: Event) -> tuple[datetime, datetime, str]:
    return (event.interval.start, event.interval.end, event.id)
