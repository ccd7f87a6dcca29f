"""Candidate first views: windows around where a timeline's events crowd together.

One event years away (a "since 2015") or a vague band stretching back years makes a view of
everything so wide that the article's own days collapse into one cluster. The windows offered
here cover a share of the dated events' midpoints (the densest such window), widened a little
and stretched to the whole intervals of the events they hold; the layout then keeps the one
that labels the most events. Long spans do not steer the window: they run off its edges.
"""

from __future__ import annotations

import math

import numpy as np
from numpy.typing import NDArray

FloatArray = NDArray[np.float64]
BoolArray = NDArray[np.bool_]

MAX_OUTLIERS = 0.1  # share of the dated events that may be set aside as far outliers
CORE_SHARES = (0.9, 0.75, 0.6)  # shares of the dated events a window must hold
LONG_SPAN = 62.0  # days: a span this long runs across the view rather than place it
WIDEN = 0.5  # each side gets this share of the window's width, for close neighbours
MIN_WIDTH = 2.0  # days


def focus_windows(
    start: FloatArray, end: FloatArray, steer: BoolArray, anchors: FloatArray
) -> list[tuple[float, float]]:
    """Windows (date numbers) around the densest shares of events, widest first, no repeats.

    ``steer`` marks the events that may place the window (dated, not too long); ``anchors`` are
    extra points that belong to the story (publication dates).
    """
    mids = np.sort(np.concatenate([(start[steer] + end[steer]) / 2, anchors]))
    out: list[tuple[float, float]] = []
    if len(mids) < 4:
        return out
    for share in CORE_SHARES:
        lo, hi = _densest(mids, math.ceil(share * len(mids)))
        width = max(hi - lo, MIN_WIDTH)
        near = mids[(mids >= lo - WIDEN * width) & (mids <= hi + WIDEN * width)]
        lo, hi = float(near.min()), float(near.max())
        held = steer & ((start + end) / 2 >= lo) & ((start + end) / 2 <= hi)
        if held.any():
            lo, hi = min(lo, float(start[held].min())), max(hi, float(end[held].max()))
        if hi - lo < MIN_WIDTH:
            centre = (lo + hi) / 2
            lo, hi = centre - MIN_WIDTH / 2, centre + MIN_WIDTH / 2
        if (lo, hi) not in out:
            out.append((lo, hi))
    return out


def trimmed_window(
    start: FloatArray, end: FloatArray, dated: BoolArray, anchors: FloatArray
) -> tuple[float, float] | None:
    """All dated events but the far outliers: one at an end is set aside while its gap to the
    rest is wider than the rest's whole span (a "since 1961" in an article about 2024)."""
    mids = np.sort(np.concatenate([(start[dated] + end[dated]) / 2, anchors]))
    budget = max(1, int(MAX_OUTLIERS * len(mids)))
    lo_i, hi_i = 0, len(mids) - 1
    while hi_i - lo_i >= 3 and budget > 0:
        rest = max(mids[hi_i - 1] - mids[lo_i + 1], MIN_WIDTH)
        gap_lo, gap_hi = mids[lo_i + 1] - mids[lo_i], mids[hi_i] - mids[hi_i - 1]
        if max(gap_lo, gap_hi) <= rest:
            break
        if gap_lo >= gap_hi:
            lo_i += 1
        else:
            hi_i -= 1
        budget -= 1
    if (lo_i, hi_i) == (0, len(mids) - 1):
        return None
    lo, hi = float(mids[lo_i]), float(mids[hi_i])
    mid = (start + end) / 2
    held = dated & (mid >= lo) & (mid <= hi) & (end - start <= LONG_SPAN)
    if held.any():
        lo, hi = min(lo, float(start[held].min())), max(hi, float(end[held].max()))
    return lo, hi


def _densest(sorted_xs: FloatArray, count: int) -> tuple[float, float]:
    """The narrowest window holding ``count`` of the sorted points."""
    count = min(max(count, 1), len(sorted_xs))
    widths = sorted_xs[count - 1 :] - sorted_xs[: len(sorted_xs) - count + 1]
    i = int(np.argmin(widths))
    return float(sorted_xs[i]), float(sorted_xs[i + count - 1])
