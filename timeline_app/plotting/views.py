"""Which part of the time axis to show: everything, the first view, and the edges' hints.

``initial_limits`` picks the view new documents open on. One event years away (a "since 2015")
or a vague band stretching back years makes a view of everything so wide that the article's own
days collapse into one cluster; so the candidates from ``focus`` are tried at the axes' size
and the one labelling the most events wins.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, time
from typing import TYPE_CHECKING

import matplotlib.dates as mdates
import numpy as np

from timeline_app.core.models import Event
from timeline_app.plotting.focus import LONG_SPAN, focus_windows, trimmed_window
from timeline_app.plotting.text import display_label, text_width_pt

if TYPE_CHECKING:
    from timeline_app.plotting.timeline import TimelineLayout

HOUR = 1 / 24
MIN_SPAN = HOUR  # the closest zoom: one hour across the axes
MAX_SPAN = 3000 * 365.2425  # the widest: three thousand years
DATE_MIN = float(mdates.date2num(datetime(1, 1, 2)))
DATE_MAX = float(mdates.date2num(datetime(9999, 12, 30)))
FOCUS_MAX_SHARE = 0.5  # a first view narrower than everything is at most this share of it

Limits = tuple[float, float]


def fit_limits(layout: TimelineLayout) -> Limits:
    """x limits showing every event, with room on the right for the last labels."""
    span = layout.data_range()
    if span is None:
        today = float(mdates.date2num(datetime.combine(date.today(), time())))
        return today - 15, today + 15
    return padded(layout, *span, layout.events[-3:])


def initial_limits(layout: TimelineLayout) -> Limits:
    """Everything, unless a narrower window labels as many events.

    Setting far outliers aside may cost just their own labels; a window around where the events
    crowd must label at least as many. Events left outside are announced at the edges
    ("◀ 2 earlier"), and Home still shows everything.
    """
    full = fit_limits(layout)
    best, best_count = full, layout.count_labelled(*full)
    trimmed, windows = _candidates(layout)
    for k, (lo, hi) in enumerate([*trimmed, *windows]):
        limits = _window_limits(layout, lo, hi, full)
        if limits is None:
            continue
        count = layout.count_labelled(*limits)
        allowance = sum(offscreen_counts(layout, *limits)) if k < len(trimmed) else 0
        if count >= best_count - allowance:  # as many labels, on a scale where dates can be read
            best, best_count = limits, count
    return best


def _candidates(layout: TimelineLayout) -> tuple[list[Limits], list[Limits]]:
    """The dated events without their far outliers, and windows where they crowd."""
    bands = (layout.main, layout.vague)
    start = np.concatenate([b.items.start for b in bands])
    end = np.concatenate([b.items.end for b in bands])
    dated = np.concatenate([np.full(len(b.items), b is layout.main) for b in bands])
    days = [datetime.combine(d, time(12)) for _, d in layout.publication_dates]
    pubs = np.asarray(mdates.date2num(days), float) if days else np.zeros(0)
    trimmed = trimmed_window(start, end, dated, pubs)
    steer = dated & (end - start <= LONG_SPAN)
    return ([trimmed] if trimmed else []), focus_windows(start, end, steer, pubs)


def _window_limits(layout: TimelineLayout, lo: float, hi: float, full: Limits) -> Limits | None:
    """A candidate window padded for its labels; None when it is barely narrower."""
    if layout.starts is None:  # the events are sorted by start
        moments = [e.interval.start for e in layout.events]
        layout.starts = np.asarray(mdates.date2num(moments), float) if moments else np.zeros(0)
    first = int(np.searchsorted(layout.starts, lo, side="left"))
    last = int(np.searchsorted(layout.starts, hi, side="right"))
    limits = padded(layout, lo, hi, layout.events[max(first, last - 3) : last])
    if limits[1] - limits[0] > FOCUS_MAX_SHARE * (full[1] - full[0]):
        return None  # hiding events would buy no legibility
    return limits


def padded(layout: TimelineLayout, lo: float, hi: float, last: Sequence[Event]) -> Limits:
    """``lo`` .. ``hi`` with a little room on the left and room for ``last``'s labels."""
    if hi - lo < 1:
        lo, hi = lo - 1.5, hi + 1.5
    width = max(layout.ax.bbox.width, 50.0)
    k = layout.figure.dpi / 72
    size = layout.style.label_size
    right_pt = max((text_width_pt(display_label(e.label), size) for e in last), default=0.0)
    right_px = min(right_pt * k + 20 * k, width * 0.25)  # labels past it flip left
    left_px = 16 * k
    per_px = (hi - lo) / max(width - left_px - right_px, 10.0)
    return clamp_limits(lo - left_px * per_px, hi + right_px * per_px)


def offscreen_counts(layout: TimelineLayout, x0: float, x1: float) -> tuple[int, int]:
    """How many events lie wholly before and wholly after the view."""
    before = after = 0
    for band in (layout.main, layout.vague):
        i = band.items
        mid = i.mid
        before += int(np.count_nonzero(np.where(i.point, mid < x0, i.end <= x0)))
        after += int(np.count_nonzero(np.where(i.point, mid > x1, i.start >= x1)))
    return before, after


def reveal_limits(layout: TimelineLayout, side: int) -> Limits:
    """The view widened on one side just enough to show the nearest event beyond it."""
    x0, x1 = layout.ax.get_xlim()
    bands = (layout.main, layout.vague)
    start = np.concatenate([b.items.start for b in bands])
    end = np.concatenate([b.items.end for b in bands])
    key = np.where(np.concatenate([b.items.point for b in bands]), (start + end) / 2, start)
    if side < 0 and (end <= x0).any():
        target = float(key[end <= x0].max())
        return clamp_limits(target - 0.05 * (x1 - target), x1)
    if side > 0 and (start >= x1).any():
        target = float(key[start >= x1].min())
        return clamp_limits(x0, target + 0.3 * (target - x0))
    return x0, x1


def clamp_limits(lo: float, hi: float) -> Limits:
    """Keep a view between one hour and three thousand years wide, inside the date range."""
    centre, span = (lo + hi) / 2, min(max(hi - lo, MIN_SPAN), MAX_SPAN)
    lo, hi = centre - span / 2, centre + span / 2
    if lo < DATE_MIN:
        lo, hi = DATE_MIN, DATE_MIN + span
    if hi > DATE_MAX:
        lo, hi = DATE_MAX - span, DATE_MAX
    return lo, hi
