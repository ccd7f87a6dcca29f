"""Lane packing and clustering in pixel space: the Qt-free, matplotlib-free heart of the layout.

Only what is visible at the current zoom is laid out. Items are binned by pixel column (bins are
anchored to the data axis, so panning does not reshuffle them); each bin offers at most as many
items as there are lanes, and a first-fit pass puts each item in the first lane whose previous
occupant ends (label included) a gap to its left. Whatever does not fit becomes a cluster count
for its bin, which splits apart as the user zooms in.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
from numpy.typing import NDArray

FloatArray = NDArray[np.float64]
IntArray = NDArray[np.int64]
BoolArray = NDArray[np.bool_]


@dataclass(frozen=True, slots=True)
class BandItems:
    """The events of one band as parallel arrays, sorted by start."""

    ids: tuple[str, ...]
    start: FloatArray  # matplotlib date numbers
    end: FloatArray
    point: BoolArray  # drawn as a marker rather than a bar
    label_pt: FloatArray  # estimated label width in points at the label size

    @property
    def mid(self) -> FloatArray:
        return (self.start + self.end) / 2

    def __len__(self) -> int:
        return len(self.ids)


@dataclass(frozen=True, slots=True)
class Metrics:
    """Pixel sizes for one layout pass (they depend on the figure's dpi)."""

    marker_r: float
    pad: float  # between a mark and its label
    gap: float  # between two items in a lane
    bin_px: float  # width of a clustering bin
    px_per_pt: float


@dataclass(slots=True)
class Cluster:
    x: float  # data x of the cluster marker
    count: int
    first: float  # data range its members cover, for zooming into it
    last: float


@dataclass(slots=True)
class BandLayout:
    shown: IntArray  # indices into BandItems
    lane: IntArray
    left: FloatArray  # pixel extents relative to the axes' left edge, label included
    right: FloatArray
    label_x: FloatArray  # left edge of the label, pixels
    label_w: FloatArray
    label_inside: BoolArray  # label sits on its span's bar
    clusters: list[Cluster] = field(default_factory=list)

    @property
    def lanes_used(self) -> int:
        return int(self.lane.max()) + 1 if len(self.lane) else 0


def empty_layout() -> BandLayout:
    z = np.zeros(0)
    return BandLayout(np.zeros(0, np.int64), np.zeros(0, np.int64), z, z, z, z, np.zeros(0, bool))


def visible_anchor(items: BandItems, x0: float, x1: float) -> tuple[IntArray, FloatArray]:
    """Indices of the items in view, and the data x each one is laid out from."""
    mid = items.mid
    anchor = np.where(items.point, mid, np.maximum(items.start, x0))
    vis = np.where(items.point, (mid >= x0) & (mid <= x1), (items.end > x0) & (items.start < x1))
    idx = np.flatnonzero(vis)
    order = np.argsort(anchor[idx], kind="stable")
    idx = idx[order]
    return idx, anchor[idx]


def _extents(
    items: BandItems,
    idx: IntArray,
    anchor: FloatArray,
    x0: float,
    ppu: float,
    width: float,
    m: Metrics,
    wide: IntArray,
) -> tuple[FloatArray, FloatArray, FloatArray, FloatArray, BoolArray]:
    tw = items.label_pt[idx].astype(float) * m.px_per_pt
    tw[wide] *= 1.12  # the selected label is drawn bold
    a = (anchor - x0) * ppu
    point = items.point[idx]
    end_px = np.minimum((items.end[idx] - x0) * ppu, width + 50.0)
    end_px = np.maximum(end_px, a + 2 * m.marker_r)  # a very short span still shows a bar
    inside = ~point & (end_px - np.maximum(a, 0.0) >= tw + 2 * m.pad)
    # default: label right of the marker, on the bar, or right of the bar
    lab = np.where(
        point, a + m.marker_r + m.pad, np.where(inside, np.maximum(a, 0) + m.pad, end_px + m.pad)
    )
    left = np.where(point, a - m.marker_r, a)
    right = np.where(inside, np.maximum(end_px, lab + tw), lab + tw)
    # near the right edge, put an outside label on the left of its mark instead
    mark_right = np.where(point, a + m.marker_r, end_px)
    flip = ~inside & (lab + tw > width) & (left - m.pad - tw >= 0)
    lab = np.where(flip, left - m.pad - tw, lab)
    left, right = np.where(flip, lab, left), np.where(flip, mark_right, right)
    # zoomed in far enough that a day shows as a faint bar behind its marker: keep it clear
    start_px = (items.start[idx] - x0) * ppu
    day_bar = point & (end_px - start_px > 10 * m.marker_r)
    left = np.where(day_bar, np.minimum(left, start_px), left)
    right = np.where(day_bar, np.maximum(right, end_px), right)
    return left, right, lab, tw, inside


def pack_band(
    items: BandItems,
    x0: float,
    x1: float,
    width: float,
    lanes: int,
    m: Metrics,
    selected: int = -1,
) -> BandLayout:
    """Lay out the items of one band visible in ``[x0, x1]`` on an axes ``width`` pixels wide."""
    if not len(items) or lanes <= 0 or x1 <= x0:
        return empty_layout()
    ppu = width / (x1 - x0)
    idx, anchor = visible_anchor(items, x0, x1)
    if not len(idx):
        return empty_layout()
    bin_w = m.bin_px / ppu
    bins = np.floor(anchor / bin_w).astype(np.int64)
    _, first, inverse = np.unique(bins, return_index=True, return_inverse=True)
    rank = np.arange(len(idx)) - first[inverse]
    candidate = rank < lanes
    sel_pos = np.flatnonzero(idx == selected)
    if len(sel_pos):
        candidate[sel_pos] = True
    cand = np.flatnonzero(candidate)
    wide = np.flatnonzero(idx[cand] == selected)
    left, right, lab, tw, inside = _extents(items, idx[cand], anchor[cand], x0, ppu, width, m, wide)
    lane = _first_fit(left, right, lanes, m.gap, -1)
    if len(wide) and lane[wide[0]] < 0:  # the selection would vanish into a cluster: seat it first
        lane = _first_fit(left, right, lanes, m.gap, int(wide[0]))
    placed = lane >= 0
    overflow = np.ones(len(idx), bool)
    overflow[cand[placed]] = False
    layout = BandLayout(
        idx[cand[placed]],
        lane[placed],
        left[placed],
        right[placed],
        lab[placed],
        tw[placed],
        inside[placed],
    )
    layout.clusters = _clusters(items, idx, bins, overflow, bin_w, x0, x1, m.bin_px / 2 / ppu)
    return layout


def _first_fit(left: FloatArray, right: FloatArray, lanes: int, gap: float, first: int) -> IntArray:
    """Lane per item (-1 when none is free); ``first`` (the selection) is placed before the rest."""
    ends = [-np.inf] * lanes
    out = np.full(len(left), -1, np.int64)
    order = list(range(len(left)))
    if first >= 0:
        order.remove(first)
        order.insert(0, first)
    lefts, rights = left.tolist(), right.tolist()
    for i in order:
        lo = lefts[i] - gap
        for k in range(lanes):
            if ends[k] <= lo:
                ends[k] = rights[i]
                out[i] = k
                break
    return out


def _clusters(
    items: BandItems,
    idx: IntArray,
    bins: IntArray,
    overflow: BoolArray,
    bin_w: float,
    x0: float,
    x1: float,
    half: float,
) -> list[Cluster]:
    if not overflow.any():
        return []
    over = idx[overflow]
    obins = bins[overflow]
    keys, start_at, counts = np.unique(obins, return_index=True, return_counts=True)
    out: list[Cluster] = []
    starts, ends = items.start[over], items.end[over]
    for key, s, n in zip(keys.tolist(), start_at.tolist(), counts.tolist(), strict=True):
        centre = min(max((key + 0.5) * bin_w, x0 + half), x1 - half)
        cluster = Cluster(centre, n, float(starts[s : s + n].min()), float(ends[s : s + n].max()))
        if out and cluster.x - out[-1].x < bin_w * 0.9:  # a clamped bin at the edge of the view
            last = out[-1]
            last.count += n
            last.first, last.last = min(last.first, cluster.first), max(last.last, cluster.last)
            continue
        out.append(cluster)
    return out
