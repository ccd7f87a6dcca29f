"""Candidate first views, on plain date numbers."""

from __future__ import annotations

import numpy as np
import pytest

from timeline_app.plotting.focus import focus_windows, trimmed_window


def _events(mids, length=1.0):
    mids = np.asarray(mids, float)
    return mids - length / 2, mids + length / 2


def test_a_far_outlier_is_set_aside_and_the_rest_kept():
    start, end = _events([0, 20_000, 20_010, 20_020, 20_030, 20_040])
    lo, hi = trimmed_window(start, end, np.ones(6, bool), np.zeros(0))
    assert lo == pytest.approx(20_000 - 0.5) and hi == pytest.approx(20_040 + 0.5)


def test_evenly_spread_events_have_no_outliers():
    start, end = _events(np.linspace(0, 700, 50))
    assert trimmed_window(start, end, np.ones(50, bool), np.zeros(0)) is None


def test_at_most_a_tenth_of_the_events_count_as_outliers():
    start, end = _events([0, 1, 5000, 5001, 5002, 5003])  # two far ones: only one may go
    assert trimmed_window(start, end, np.ones(6, bool), np.zeros(0)) is None


@pytest.mark.parametrize("share_days", [(0, 30), (300, 330)])
def test_windows_frame_the_densest_events_and_cover_their_intervals(share_days):
    first, last = share_days
    mids = [*np.linspace(first, last, 12), 2000, -3000]
    start, end = _events(mids, 3.0)
    windows = focus_windows(start, end, np.ones(len(mids), bool), np.zeros(0))
    assert windows
    lo, hi = windows[-1]
    assert lo == pytest.approx(first - 1.5) and hi == pytest.approx(last + 1.5)


def test_too_few_events_offer_no_window():
    start, end = _events([0, 100, 200])
    assert focus_windows(start, end, np.ones(3, bool), np.zeros(0)) == []
