"""Lane packing and clustering on plain arrays, with no figure involved."""

from __future__ import annotations

import itertools

import numpy as np
import pytest

from timeline_app.plotting.packing import BandItems, Metrics, pack_band

M = Metrics(marker_r=4, pad=4, gap=10, bin_px=40, px_per_pt=1)


def _items(starts, ends=None, widths=60.0) -> BandItems:
    starts = np.asarray(starts, float)
    ends = starts + 1 if ends is None else np.asarray(ends, float)
    return BandItems(
        ids=tuple(f"e{i}" for i in range(len(starts))),
        start=starts,
        end=ends,
        point=(ends - starts) <= 1,
        label_pt=np.full(len(starts), widths),
    )


def test_far_apart_events_share_the_first_lane():
    layout = pack_band(_items([0, 50, 100]), -1, 110, 1100, lanes=5, m=M)
    assert layout.lane.tolist() == [0, 0, 0]
    assert layout.clusters == []


def test_close_events_stack_in_lanes_without_overlap():
    layout = pack_band(_items([10, 10.5, 11, 11.5]), 0, 100, 1000, lanes=5, m=M)
    assert sorted(layout.lane.tolist()) == [0, 1, 2, 3]
    for lane in set(layout.lane.tolist()):
        spans = sorted(
            (layout.left[i], layout.right[i]) for i in np.flatnonzero(layout.lane == lane)
        )
        assert all(a[1] + M.gap <= b[0] for a, b in itertools.pairwise(spans))


def test_what_does_not_fit_is_counted_in_a_cluster():
    layout = pack_band(_items([10] * 7), 0, 100, 1000, lanes=3, m=M)
    assert len(layout.shown) == 3
    assert [c.count for c in layout.clusters] == [4]
    assert layout.clusters[0].first == 10 and layout.clusters[0].last == 11


def test_only_what_is_in_view_is_laid_out():
    layout = pack_band(_items([-50, 5, 500]), 0, 100, 1000, lanes=3, m=M)
    assert layout.shown.tolist() == [1]
    assert layout.clusters == []


def test_a_long_span_carries_its_label_inside_and_starts_at_the_view_edge():
    items = _items([-10], [200], widths=50)
    layout = pack_band(items, 0, 100, 1000, lanes=2, m=M)
    assert layout.label_inside.tolist() == [True]
    assert layout.label_x[0] == pytest.approx(M.pad)


def test_labels_near_the_right_edge_flip_to_the_left():
    layout = pack_band(_items([98]), 0, 100, 1000, lanes=2, m=M)
    assert layout.label_x[0] + layout.label_w[0] <= 985 - M.marker_r


def test_the_selection_is_never_clustered():
    items = _items([10] * 7)
    layout = pack_band(items, 0, 100, 1000, lanes=3, m=M, selected=6)
    assert 6 in layout.shown.tolist()


def test_clusters_stay_put_while_panning():
    items = _items(np.linspace(40, 41, 30))
    a = pack_band(items, 0, 100, 1000, lanes=2, m=M)
    b = pack_band(items, 10, 110, 1000, lanes=2, m=M)
    assert [c.x for c in a.clusters] == pytest.approx([c.x for c in b.clusters])


def test_a_lone_overflowing_event_is_its_own_mark_not_a_cluster_of_one():
    layout = pack_band(_items([10, 10]), 0, 100, 1000, lanes=1, m=M)
    assert layout.clusters == []
    assert layout.loose.tolist() == [1]
    assert layout.overflow_row


def test_clusters_hold_two_or_more():
    layout = pack_band(_items([10, 10, 10, 40, 40]), 0, 100, 1000, lanes=1, m=M)
    assert [c.count for c in layout.clusters] == [2]
    assert layout.loose.tolist() == [4]


def test_close_neighbours_share_a_lane_with_labels_pointing_apart():
    layout = pack_band(_items([10, 13]), 0, 100, 1000, lanes=1, m=M)
    assert layout.lane.tolist() == [0, 0]
    first, second = layout.shown.tolist().index(0), layout.shown.tolist().index(1)
    assert layout.label_x[first] + layout.label_w[first] < 100  # left of its marker at x=100 px
    assert layout.label_x[second] > 130  # right of its marker at x=130 px
    assert layout.right[first] + M.gap <= layout.left[second]


def test_labels_stay_right_when_nothing_follows_closely():
    layout = pack_band(_items([10, 50]), 0, 100, 1000, lanes=1, m=M)
    assert (layout.label_x > np.array([100, 500])).all()


def test_a_label_never_goes_left_past_the_view_edge():
    layout = pack_band(_items([1, 2]), 0, 100, 1000, lanes=1, m=M)
    assert (layout.left >= 0).all()
