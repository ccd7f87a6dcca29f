"""The matplotlib artists of a timeline, created once and refilled on every layout pass."""

from __future__ import annotations

from datetime import datetime, time
from typing import TYPE_CHECKING

import matplotlib.dates as mdates
import numpy as np
from matplotlib.axes import Axes
from matplotlib.collections import PolyCollection
from matplotlib.colors import to_rgba
from matplotlib.lines import Line2D
from matplotlib.patches import Rectangle

from timeline_app.core.models import Certainty
from timeline_app.plotting.packing import Metrics
from timeline_app.plotting.style import TimelineStyle

if TYPE_CHECKING:
    from timeline_app.plotting.timeline import Placed, TimelineLayout

BAR_HALF = 0.33  # half a bar's height, in rows
DAY_BAR_HALF = 0.2
_FADE_STEPS = (0.22, 0.5, 0.78)  # alpha of the soft ends of approximate bars, outside in

Poly = list[tuple[float, float]]
RGBA = tuple[float, float, float, float]


class TimelineArtists:
    def __init__(self, ax: Axes, style: TimelineStyle) -> None:
        self.ax, self.style = ax, style
        self.band = Rectangle(
            (0, 0), 1, 0, transform=ax.get_yaxis_transform(), facecolor=style.band_face,
            edgecolor="none", zorder=0.1, visible=False,
        )  # fmt: skip
        ax.add_patch(self.band)
        self.bars = PolyCollection([], zorder=2, linewidths=1.0)
        ax.add_collection(self.bars, autolim=False)
        empty = np.empty((0, 2))
        self.markers = ax.scatter(empty[:, 0], empty[:, 1], marker="o", zorder=3)
        self.cluster_marks = ax.scatter(
            empty[:, 0], empty[:, 1], marker="o", zorder=3, color=style.cluster_face, linewidths=0
        )
        self.ring = Line2D(
            [], [], marker="o", linestyle="none", markerfacecolor="none",
            markeredgecolor=style.highlight, markersize=style.marker_size + 7,
            markeredgewidth=1.8, zorder=4,
        )  # fmt: skip
        ax.add_line(self.ring)
        self.outline = Rectangle(
            (0, 0), 0, 0, facecolor="none", edgecolor=style.highlight, linewidth=1.8,
            zorder=4, visible=False,
        )  # fmt: skip
        ax.add_patch(self.outline)
        self._pub_lines: list[Line2D] | None = None

    def update(self, layout: TimelineLayout, x0: float, x1: float, m: Metrics) -> None:
        if self._pub_lines is None:
            self._pub_lines = self._add_publication_lines(layout)
        self._update_band(layout)
        ppu = layout.ax.bbox.width / (x1 - x0)
        polys: list[Poly] = []
        faces: list[RGBA] = []
        edges: list[RGBA] = []
        points = []
        for p in layout.placed.values():
            color = layout.colors[p.event.document]
            iv = p.event.interval
            start, end = mdates.date2num(iv.start), mdates.date2num(iv.end)
            if iv.is_point:
                points.append((p, color))
                if (end - start) * ppu > 10 * m.marker_r:
                    self._bar(polys, faces, edges, start, end, p.y, DAY_BAR_HALF, color, 0.1, False)
            else:
                exact = p.event.certainty is Certainty.EXACT
                alpha = self.style.span_alpha if exact else self.style.approximate_alpha
                end = max(end, start + 2 * m.marker_r / ppu)
                lo, hi = max(start, x0 - 1 / ppu), min(end, x1 + 1 / ppu)
                fade = 0.0 if exact else min(0.22 * (end - start), 14 * m.px_per_pt / ppu)
                self._bar(
                    polys,
                    faces,
                    edges,
                    lo,
                    hi,
                    p.y,
                    BAR_HALF,
                    color,
                    alpha,
                    exact,
                    fade,
                    (start, end),
                )
        self.bars.set_verts(polys)
        self.bars.set_facecolor(faces or "none")
        self.bars.set_edgecolor(edges or "none")
        self._update_markers(points)
        self._update_clusters(layout)
        self._update_selection(layout, x0, x1)

    def _bar(
        self, polys: list[Poly], faces: list[RGBA], edges: list[RGBA], lo: float, hi: float,
        y: float, half: float, color: str, alpha: float, edged: bool, fade: float = 0.0,
        true_span: tuple[float, float] | None = None,
    ) -> None:  # fmt: skip
        base = to_rgba(color)

        def rect(a: float, b: float, face_alpha: float, edge_alpha: float) -> None:
            if b <= a:
                return
            polys.append([(a, y - half), (b, y - half), (b, y + half), (a, y + half)])
            faces.append((*base[:3], face_alpha))
            edges.append((*base[:3], edge_alpha))

        if fade <= 0 or true_span is None:
            rect(lo, hi, alpha, 0.9 if edged else 0.0)
            return
        start, end = true_span
        step = fade / len(_FADE_STEPS)
        core_lo, core_hi = start + fade, end - fade
        for k, a in enumerate(_FADE_STEPS):
            rect(max(start + k * step, lo), min(start + (k + 1) * step, hi), alpha * a, 0.0)
            rect(max(end - (k + 1) * step, lo), min(end - k * step, hi), alpha * a, 0.0)
        rect(max(core_lo, lo), min(core_hi, hi), alpha, 0.0)

    def _update_markers(self, points: list[tuple[Placed, str]]) -> None:
        s = self.style
        offsets = np.array([(p.x, p.y) for p, _ in points]).reshape(-1, 2)
        faces, edges, widths = [], [], []
        for p, color in points:
            if p.event.certainty is Certainty.EXACT:
                faces.append(to_rgba(color))
                edges.append(to_rgba(s.axes_face))
                widths.append(0.8)
            else:
                faces.append(to_rgba(s.axes_face))
                edges.append(to_rgba(color))
                widths.append(1.7)
        self.markers.set_offsets(offsets)
        self.markers.set_sizes(np.full(len(points), s.marker_size**2))
        self.markers.set_facecolor(faces or "none")
        self.markers.set_edgecolor(edges or "none")
        self.markers.set_linewidth(widths or [0.0])

    def _update_clusters(self, layout: TimelineLayout) -> None:
        offsets = np.array([(c.x, row) for c, row in layout.clusters]).reshape(-1, 2)
        self.cluster_marks.set_offsets(offsets)
        self.cluster_marks.set_sizes(np.full(len(offsets), (self.style.marker_size * 2.5) ** 2))

    def _update_selection(self, layout: TimelineLayout, x0: float, x1: float) -> None:
        p = layout.placed.get(layout.selected or "")
        self.ring.set_data([], [])
        self.outline.set_visible(False)
        if p is None:
            return
        iv = p.event.interval
        if iv.is_point:
            self.ring.set_data([p.x], [p.y])
            return
        start = max(mdates.date2num(iv.start), x0)
        end = min(mdates.date2num(iv.end), x1)
        pad = BAR_HALF + 0.08
        self.outline.set_bounds(start, p.y - pad, end - start, 2 * pad)
        self.outline.set_visible(True)

    def _update_band(self, layout: TimelineLayout) -> None:
        rows = layout.band_rows()
        if not rows:
            self.band.set_visible(False)
            return
        _, first, last = rows[-1]
        self.band.set_bounds(0, first - 0.55, 1, last - first + 1.1)
        self.band.set_visible(True)

    def _add_publication_lines(self, layout: TimelineLayout) -> list[Line2D]:
        many = len({doc for doc, _ in layout.publication_dates}) > 1
        lines = []
        for doc, day in layout.publication_dates:
            x = mdates.date2num(datetime.combine(day, time(12)))
            color = layout.colors[doc] if many else self.style.publication_line
            line = Line2D(
                [x, x], [0, 1], transform=self.ax.get_xaxis_transform(), color=color,
                linewidth=1.1, linestyle=(0, (4, 3)), zorder=1.5,
            )  # fmt: skip
            self.ax.add_line(line)
            lines.append(line)
        return lines
