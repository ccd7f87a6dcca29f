"""Lane packing and clustering in pixel space: the Qt-free, matplotlib-free heart of the layout.

Only what is visible at the current zoom is laid out. Items are binned by pixel column (bins are
anchored to the data axis, so panning does not reshuffle them); each bin offers at most as many
items as there are lanes, and a first-fit pass puts each item in the first lane whose previous
occupant ends (label included) a gap to its left; when no lane has room for a label on the
right of its mark, a label on the left is tried before giving up. Whatever does not fit becomes a
cluster count for its bin, which splits apart as the user zooms in; a bin with a single event left
over shows that event as a plain mark in the cluster row instead (a cluster of one is no cluster).
"""

from __future__ import annotations

import bisect
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
    loose: IntArray = field(default_factory=lambda: np.zeros(0, np.int64))  # unlabelled, own mark

    @property
    def overflow_row(self) -> bool:
        """Whether a row below the lanes holds clusters or loose marks."""
        return bool(self.clusters) or len(self.loose) > 0

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
) -> tuple[FloatArray, ...]:
    """Extents and label x for the label right of each mark, then for the label left of it."""
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
    mark_left = left
    lab_l = mark_left - m.pad - tw  # the alternative: label left of the mark
    left_ok = ~inside & (lab_l >= 0)
    lab = np.where(flip, lab_l, lab)
    left, right = np.where(flip, lab, left), np.where(flip, mark_right, right)
    alt_lab = np.where(left_ok, lab_l, lab)
    alt_left = np.where(left_ok, lab_l, left)
    alt_right = np.where(left_ok, mark_right, right)
    # zoomed in far enough that a day shows as a faint bar behind its marker: keep it clear
    start_px = (items.start[idx] - x0) * ppu
    day_bar = point & (end_px - start_px > 10 * m.marker_r)
    left, alt_left = (np.where(day_bar, np.minimum(v, start_px), v) for v in (left, alt_left))
    right, alt_right = (np.where(day_bar, np.maximum(v, end_px), v) for v in (right, alt_right))
    return left, right, lab, tw, inside.astype(float), alt_left, alt_right, alt_lab


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
    if not len(items) or x1 <= x0:
        return empty_layout()
    ppu = width / (x1 - x0)
    idx, anchor = visible_anchor(items, x0, x1)
    if not len(idx):
        return empty_layout()
    bin_w = m.bin_px / ppu
    bins = np.floor(anchor / bin_w).astype(np.int64)
    if lanes <= 0:  # no lane: everything visible is counted in clusters (or is a lone mark)
        layout = empty_layout()
        overflow = np.ones(len(idx), bool)
        groups = _clusters(items, idx, bins, overflow, bin_w, x0, x1, m.bin_px / 2 / ppu)
        layout.clusters, layout.loose = _settle_singles(groups, items, x0, x1, ppu, m)
        return layout
    _, first, inverse = np.unique(bins, return_index=True, return_inverse=True)
    rank = np.arange(len(idx)) - first[inverse]
    candidate = rank < 2 * lanes  # a lane may hold one label right and one left of a bin
    sel_pos = np.flatnonzero(idx == selected)
    if len(sel_pos):
        candidate[sel_pos] = True
    cand = np.flatnonzero(candidate)
    wide = np.flatnonzero(idx[cand] == selected)
    ext = _extents(items, idx[cand], anchor[cand], x0, ppu, width, m, wide)
    left, right, lab, tw, inside_f, alt_left, alt_right, alt_lab = ext
    options = (left, right, alt_left, alt_right)
    a_px = (anchor[cand] - x0) * ppu
    mark_left = np.where(items.point[idx[cand]], a_px - m.marker_r, a_px)
    lane, alt = _first_fit(options, mark_left, lanes, m.gap, -1)
    if len(wide) and lane[wide[0]] < 0:  # the selection would vanish into a cluster: seat it first
        lane, alt = _first_fit(options, mark_left, lanes, m.gap, int(wide[0]))
    left, right, lab = (
        np.where(alt, b, a) for a, b in ((left, alt_left), (right, alt_right), (lab, alt_lab))
    )
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
        inside_f[placed] > 0,
    )
    groups = _clusters(items, idx, bins, overflow, bin_w, x0, x1, m.bin_px / 2 / ppu)
    layout.clusters, layout.loose = _settle_singles(groups, items, x0, x1, ppu, m)
    return layout


def _first_fit(
    ext: tuple[FloatArray, FloatArray, FloatArray, FloatArray],
    mark_left: FloatArray,
    lanes: int,
    gap: float,
    first: int,
) -> tuple[IntArray, BoolArray]:
    """Lane per item (-1 when none is free) and whether its label went left of its mark.

    Each lane keeps its occupied pixel intervals sorted (they are disjoint, so their right ends
    are sorted too): an item fits when the interval before its right end ends a gap left of it.
    A label goes right of its mark unless it would cover the next item's mark and the left is
    free: then the next item can share the lane, labels pointing away from each other. ``first``
    (the selection) is placed before the rest.
    """
    left, right, alt_left, alt_right = (v.tolist() for v in ext)
    starts: list[list[float]] = [[] for _ in range(lanes)]
    ends: list[list[float]] = [[] for _ in range(lanes)]
    out = np.full(len(left), -1, np.int64)
    alt = np.zeros(len(left), bool)
    order = list(range(len(left)))
    if first >= 0:
        order.remove(first)
        order.insert(0, first)
    nxt = [*mark_left.tolist()[1:], np.inf]
    bisect_left = bisect.bisect_left
    for i in order:
        plain = (left[i], right[i], False)
        options = [plain]
        if right[i] + gap > nxt[i] and alt_left[i] != left[i]:  # it crowds the next mark
            options.insert(0, (alt_left[i], alt_right[i], True))
        for k in range(lanes):
            lane_starts, lane_ends = starts[k], ends[k]
            for lo, hi, is_alt in options:
                if lane_ends and lane_ends[-1] + gap > lo:  # not simply past the lane's end
                    at = bisect_left(lane_starts, hi + gap)  # from ``at`` on: clear of it
                    if at and lane_ends[at - 1] + gap > lo:
                        continue
                at = bisect_left(lane_starts, lo)
                lane_starts.insert(at, lo)
                lane_ends.insert(at, hi)
                out[i], alt[i] = k, is_alt
                break
            else:
                continue
            break
    return out, alt


def _clusters(
    items: BandItems,
    idx: IntArray,
    bins: IntArray,
    overflow: BoolArray,
    bin_w: float,
    x0: float,
    x1: float,
    half: float,
) -> list[tuple[Cluster, list[int]]]:
    """Overflowing items counted per bin, with the indices of each bin's members."""
    if not overflow.any():
        return []
    over = idx[overflow]
    obins = bins[overflow]
    keys, start_at, counts = np.unique(obins, return_index=True, return_counts=True)
    out: list[Cluster] = []
    members: list[list[int]] = []
    starts, ends = items.start[over], items.end[over]
    for key, s, n in zip(keys.tolist(), start_at.tolist(), counts.tolist(), strict=True):
        centre = min(max((key + 0.5) * bin_w, x0 + half), x1 - half)
        cluster = Cluster(centre, n, float(starts[s : s + n].min()), float(ends[s : s + n].max()))
        if out and cluster.x - out[-1].x < bin_w * 0.9:  # a clamped bin at the edge of the view
            last = out[-1]
            last.count += n
            last.first, last.last = min(last.first, cluster.first), max(last.last, cluster.last)
            members[-1].extend(range(s, s + n))
            continue
        out.append(cluster)
        members.append(list(range(s, s + n)))
    return [(c, [int(over[i]) for i in m]) for c, m in zip(out, members, strict=True)]


def _settle_singles(
    groups: list[tuple[Cluster, list[int]]],
    items: BandItems,
    x0: float,
    x1: float,
    ppu: float,
    m: Metrics,
) -> tuple[list[Cluster], IntArray]:
    """Clusters of two or more, and the items left alone in their bin, drawn as their own mark.

    A lone item whose mark would touch a cluster marker or another lone mark joins that
    neighbour instead (two lone items become a cluster of two), so the row stays legible and
    every mark in it can be hovered.
    """
    badge = m.bin_px * 0.35
    row: list[tuple[float, float, Cluster | int]] = []  # pixel extent and what holds it
    for cluster, _ in groups:
        if cluster.count > 1:
            cx = (cluster.x - x0) * ppu
            row.append((cx - badge, cx + badge, cluster))
    for cluster, members in groups:
        if cluster.count > 1:
            continue
        (i,) = members
        if items.point[i]:
            a = (items.start[i] + items.end[i]) / 2
            lo = hi = (a - x0) * ppu
        else:
            lo, hi = (max(items.start[i], x0) - x0) * ppu, (min(items.end[i], x1) - x0) * ppu
        lo, hi = lo - m.marker_r - 2, hi + m.marker_r + 2
        hit = next((k for k, (a, b, _) in enumerate(row) if a < hi and lo < b), -1)
        if hit < 0:
            row.append((lo, hi, i))
            continue
        a, b, holder = row[hit]
        if isinstance(holder, int):  # two lone items: a cluster of two where the first was
            holder = _merged(Cluster(cluster.x, 0, cluster.first, cluster.last), holder, items)
            row[hit] = (a, b, holder)
        _merge_into(holder, cluster)
    clusters = sorted((h for _, _, h in row if isinstance(h, Cluster)), key=lambda c: c.x)
    loose = sorted(h for _, _, h in row if isinstance(h, int))
    return clusters, np.asarray(loose, np.int64)


def _merged(cluster: Cluster, i: int, items: BandItems) -> Cluster:
    first, last = float(items.start[i]), float(items.end[i])
    point = float((first + last) / 2) if items.point[i] else cluster.x
    return Cluster(point, 1, min(cluster.first, first), max(cluster.last, last))


def _merge_into(holder: Cluster, single: Cluster) -> None:
    holder.count += single.count
    holder.first, holder.last = min(holder.first, single.first), max(holder.last, single.last)
