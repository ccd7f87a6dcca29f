"""draw_timeline: what is drawn where, and that nothing overlaps at any zoom."""

from __future__ import annotations

import itertools
from datetime import date, datetime

import matplotlib.dates as mdates
import numpy as np
import pytest
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.backends.backend_svg import FigureCanvasSVG
from matplotlib.colors import to_hex
from matplotlib.figure import Figure
from matplotlib.transforms import Bbox

from timeline_app.core.models import Certainty
from timeline_app.plotting import MAX_SPAN, MIN_SPAN, OKABE_ITO, TimelineStyle, draw_timeline
from timeline_app.plotting.timeline import TimelineLayout

MARCH = (date(2023, 3, 1), date(2023, 3, 20))
STRIKE, FOLLOW_UP = "harbour-strike.txt", "harbour-follow-up.txt"


def _draw(events, *, size=(10, 5), dpi=100, canvas=FigureCanvasAgg, xlim=None, **kwargs):
    fig = Figure(figsize=size, dpi=dpi)
    agg = canvas(fig)
    ax = fig.add_subplot()
    layout = draw_timeline(ax, events, TimelineStyle.light(), **kwargs)
    if xlim is not None:
        ax.set_xlim(*(mdates.date2num(datetime.combine(d, datetime.min.time())) for d in xlim))
    if canvas is FigureCanvasAgg:
        agg.draw()
    else:
        fig.savefig(__import__("io").BytesIO(), format="svg")
    return layout


def _overlaps(a: Bbox, b: Bbox, tol: float = 0.5) -> bool:
    return a.x0 + tol < b.x1 and b.x0 + tol < a.x1 and a.y0 + tol < b.y1 and b.y0 + tol < a.y1


def _assert_no_overlap(layout: TimelineLayout) -> int:
    labels = layout.label_boxes()
    assert labels, "nothing was labelled"
    for (ida, a), (idb, b) in itertools.combinations(labels, 2):
        assert not _overlaps(a, b), f"labels of {ida} and {idb} overlap: {a} {b}"
    for (ida, a), (idb, b) in itertools.product(labels, layout.mark_boxes()):
        assert not _overlaps(a, b), f"label of {ida} overlaps the marker of {idb}"
    return len(labels)


ZOOMS = [None, MARCH, (date(2023, 3, 12), date(2023, 3, 14)), (date(1990, 1, 1), date(2040, 1, 1))]


@pytest.mark.parametrize("xlim", ZOOMS)
@pytest.mark.parametrize("canvas", [FigureCanvasAgg, FigureCanvasSVG])
def test_realistic_labels_never_overlap(two_documents, publication_dates, xlim, canvas):
    layout = _draw(two_documents, xlim=xlim, canvas=canvas, publication_dates=publication_dates)
    _assert_no_overlap(layout)


@pytest.mark.parametrize("xlim", [None, (date(2022, 6, 1), date(2022, 8, 1))])
@pytest.mark.parametrize("size", [(10, 5), (6, 3), (16, 9)])
def test_dense_labels_never_overlap(dense, xlim, size):
    layout = _draw(dense, xlim=xlim, size=size)
    assert _assert_no_overlap(layout) >= 10


def test_every_visible_event_is_labelled_or_counted_in_a_cluster(dense):
    layout = _draw(dense)
    hidden_in_clusters = sum(c.count for c, _ in layout.clusters)
    assert hidden_in_clusters > 0
    assert len(layout.placed) + hidden_in_clusters == len(dense)


def test_clusters_split_apart_when_zooming_in(dense):
    wide = _draw(dense)
    narrow = _draw(dense, xlim=(date(2022, 6, 1), date(2022, 6, 20)))
    assert sum(c.count for c, _ in narrow.clusters) < sum(c.count for c, _ in wide.clusters)
    in_june = [
        e for e in dense if date(2022, 6, 1) <= e.interval.midpoint.date() < date(2022, 6, 20)
    ]
    assert {e.id for e in in_june if e.interval.is_point} <= set(narrow.placed)


def test_selected_event_is_always_drawn_even_in_a_crowd(dense):
    crowded = _draw(dense)
    clustered = next(e.id for e in dense if e.id not in crowded.placed and not e.is_vague)
    layout = _draw(dense, selected=clustered)
    assert clustered in layout.placed
    assert any(t.bold and t.event_id == clustered for t, _ in layout.text_layer.boxes)
    _assert_no_overlap(layout)


def test_hidden_events_are_not_drawn(harbour, factory):
    hidden = factory.make_event("secret", date(2023, 3, 14), label="Hidden thing", hidden=True)
    layout = _draw([*harbour, hidden], xlim=MARCH)
    assert "secret" not in layout.by_id
    assert "Hidden thing" not in [t.text for t, _ in layout.text_layer.boxes]


def test_vague_events_sit_in_their_own_band_below_the_dated_ones(harbour):
    layout = _draw(harbour, xlim=MARCH)
    vague = [p for p in layout.placed.values() if p.event.is_vague]
    dated = [p for p in layout.placed.values() if not p.event.is_vague]
    assert vague and dated
    assert min(p.y for p in vague) > max(p.y for p in dated)
    titles = [t.text for t, _ in layout.text_layer.boxes]
    assert "Vague" in titles


def test_day_events_are_markers_at_the_middle_of_their_day(harbour):
    layout = _draw(harbour, xlim=MARCH)
    walkout = layout.placed["walkout"]
    assert walkout.x == pytest.approx(mdates.date2num(datetime(2023, 3, 4, 12)))
    offsets = layout.artists.markers.get_offsets()
    assert any(np.allclose(o, (walkout.x, walkout.y)) for o in offsets)


def test_spans_are_bars_covering_exactly_their_interval(harbour):
    layout = _draw(harbour, xlim=(date(2023, 1, 15), date(2023, 3, 20)))
    offer = next(e for e in harbour if e.id == "offer")  # February, inferred: soft ends
    start, end = mdates.date2num(offer.interval.start), mdates.date2num(offer.interval.end)
    y = layout.placed["offer"].y
    xs = [
        v[:, 0]
        for v in (p.vertices for p in layout.artists.bars.get_paths())
        if abs((v[:, 1].min() + v[:, 1].max()) / 2 - y) < 0.01
    ]
    assert min(x.min() for x in xs) == pytest.approx(start)
    assert max(x.max() for x in xs) == pytest.approx(end)
    assert len(xs) > 1  # core plus fading ends


def test_inferred_dates_look_different_from_stated_ones(harbour):
    layout = _draw(harbour, xlim=MARCH)
    faces = layout.artists.markers.get_facecolors()
    offsets = [tuple(o) for o in layout.artists.markers.get_offsets()]
    by_pos = dict(zip(offsets, faces, strict=True))
    stated = by_pos[(layout.placed["walkout"].x, layout.placed["walkout"].y)]
    inferred = by_pos[(layout.placed["draft"].x, layout.placed["draft"].y)]
    assert to_hex(stated) == OKABE_ITO["blue"].lower()
    assert to_hex(inferred) == "#ffffff"  # an open marker


def test_each_document_gets_its_own_colour_and_a_legend(two_documents, publication_dates):
    layout = _draw(two_documents, publication_dates=publication_dates, xlim=MARCH)
    assert layout.colors[STRIKE] != layout.colors[FOLLOW_UP]
    assert set(layout.colors.values()) <= {c.upper() for c in OKABE_ITO.values()}
    texts = [t.text for t, _ in layout.text_layer.boxes]
    assert {STRIKE, FOLLOW_UP} <= set(texts)
    assert texts.count("Published 13 Mar 2023") == 1 and "Published 17 Mar 2023" in texts


def test_caller_chosen_document_colours_win(two_documents):
    layout = _draw(two_documents, doc_colors={FOLLOW_UP: "#CC79A7"})
    assert layout.colors[FOLLOW_UP] == "#CC79A7"
    assert layout.colors[STRIKE] != "#CC79A7"


def test_publication_date_is_a_labelled_line(harbour):
    layout = _draw(harbour, publication_dates=[(STRIKE, date(2023, 3, 13))], xlim=MARCH)
    (line,) = layout.artists._pub_lines or []
    assert line.get_xdata()[0] == pytest.approx(mdates.date2num(datetime(2023, 3, 13, 12)))
    assert "Published 13 Mar 2023" in [t.text for t, _ in layout.text_layer.boxes]


@pytest.mark.parametrize("span_days", [MIN_SPAN, 0.5, 3, 30, 400, 365 * 40, 365 * 400, MAX_SPAN])
def test_date_axis_reads_at_every_zoom(harbour, span_days):
    fig = Figure(figsize=(10, 4), dpi=100)
    canvas = FigureCanvasAgg(fig)
    ax = fig.add_subplot()
    draw_timeline(ax, harbour, TimelineStyle.light())
    centre = mdates.date2num(datetime(2023, 3, 13, 9))
    ax.set_xlim(centre - span_days / 2, centre + span_days / 2)
    canvas.draw()
    labels = [t.get_text() for t in ax.get_xticklabels() if t.get_text()]
    assert 3 <= len(labels) <= 12
    assert all(a != b for a, b in itertools.pairwise(labels))


def test_labels_are_measured_generously(harbour):
    """The layout's width estimate is never smaller than what Agg really paints."""
    layout = _draw(harbour, xlim=MARCH)
    for ident, box in layout.label_boxes():
        estimate = layout.placed[ident].right - layout.placed[ident].left
        assert box.width <= estimate + 0.5


def test_an_empty_timeline_draws(harbour):
    layout = _draw([])
    assert layout.placed == {}
    assert layout.hit_test(100, 100) is None


def test_synthetic_factory_is_reproducible(factory):
    first, again = factory.synthetic_events(20), factory.synthetic_events(20)
    assert [e.id for e in first] == [e.id for e in again]
    assert any(e.certainty is Certainty.VAGUE for e in factory.synthetic_events(200))


@pytest.mark.parametrize(
    "xlim", [None, (date(2022, 1, 1), date(2022, 6, 1)), (date(2022, 6, 1), date(2022, 7, 1))]
)
def test_a_cluster_always_holds_two_or_more_and_lone_events_draw_unlabelled(dense, xlim):
    layout = _draw(dense, xlim=xlim)
    assert all(c.count >= 2 for c, _ in layout.clusters)
    labelled = {ident for ident, _ in layout.label_boxes()}
    loose = set(layout.placed) - labelled
    for ident in loose:
        x, y = layout.placed[ident].x, layout.placed[ident].y
        assert y == max(p.y for p in layout.placed.values() if p.event.is_vague is False) or (
            layout.by_id[ident].is_vague
        )
        assert layout.hit_test(*layout.ax.transData.transform((x, y))) == ident
    if xlim == (date(2022, 1, 1), date(2022, 6, 1)):
        assert loose, "five crowded months leave some bins with one event over"
    _assert_no_overlap(layout)


def test_labels_use_the_height_there_is(dense):
    """A typical window (1250 x 330 px canvas) gives a crowded dated band seven lanes or more."""
    layout = _draw(dense, size=(12.5, 3.3), xlim=(date(2022, 3, 1), date(2022, 6, 1)))
    assert layout.main.layout is not None and layout.main.layout.clusters
    assert layout.main.layout.lanes_used >= 7
    _assert_no_overlap(layout)


def _with_outliers(factory) -> list:
    """The strike article plus what made its first view useless: a date years away."""
    d = date
    return [
        *factory.harbour_events(),
        factory.make_event("pier", d(1998, 1, 1), d(1998, 12, 31), label="Old pier rebuilt",
                           granularity=factory.G.YEAR, expression="in 1998"),
        *(factory.make_event(f"day{i}", d(2023, 3, 5 + i), label=f"Picket line day {i}")
          for i in range(6)),
    ]  # fmt: skip


def test_first_view_frames_the_crowded_days_and_says_what_lies_outside(factory):
    events = _with_outliers(factory)
    pubs = [(STRIKE, date(2023, 3, 13))]
    fig = Figure(figsize=(12.5, 3.3), dpi=100)
    canvas = FigureCanvasAgg(fig)
    layout = draw_timeline(fig.add_subplot(), events, TimelineStyle.light(), publication_dates=pubs)
    full = layout.fit_limits()
    canvas.draw()
    labelled_full = len(layout.label_boxes())
    first = layout.initial_limits()
    layout.ax.set_xlim(*first)
    canvas.draw()
    assert first[1] - first[0] < (full[1] - full[0]) / 10
    assert len(layout.label_boxes()) > labelled_full
    assert {"walkout", "vote", "draft"} <= {ident for ident, _ in layout.label_boxes()}
    before, after = layout.offscreen_counts(*first)
    assert before >= 2  # the pier, the allowances of 2015
    texts = [t.text for t, _ in layout.text_layer.boxes]
    assert f"◀ {before} earlier" in texts
    assert (f"{after} later ▶" in texts) == (after > 0)
    _assert_no_overlap(layout)


def test_first_view_shows_everything_when_nothing_is_gained(factory):
    events = [
        factory.make_event(f"e{i}", date(2023, 3, 1 + 7 * i), label=f"E{i}") for i in range(4)
    ]
    fig = Figure(figsize=(10, 4), dpi=100)
    FigureCanvasAgg(fig)
    layout = draw_timeline(fig.add_subplot(), events, TimelineStyle.light())
    assert layout.initial_limits() == pytest.approx(layout.fit_limits())
    assert layout.offscreen_counts(*layout.fit_limits()) == (0, 0)


def test_reveal_widens_the_view_to_the_nearest_event_beyond_each_edge(harbour):
    layout = _draw(harbour, xlim=MARCH)
    lo, hi = layout.ax.get_xlim()
    new_lo, new_hi = layout.reveal_limits(-1)
    assert new_hi == hi and new_lo < mdates.date2num(datetime(2023, 2, 1))  # the February offer
    assert new_lo > mdates.date2num(datetime(2022, 1, 1))  # not all the way back to 2015
    new_lo, new_hi = layout.reveal_limits(1)
    assert new_lo == lo and new_hi > mdates.date2num(datetime(2024, 1, 1))


def test_edge_hints_are_where_they_are_drawn(harbour):
    layout = _draw(harbour, xlim=MARCH)
    boxes = dict(layout.text_layer.hint_boxes())
    assert set(boxes) == {-1, 1}
    assert boxes[-1].x1 < boxes[1].x0

    def centre(box: Bbox) -> tuple[float, float]:
        return (box.x0 + box.x1) / 2, (box.y0 + box.y1) / 2

    assert layout.edge_hint_at(*centre(boxes[-1])) == -1
    assert layout.edge_hint_at(*centre(boxes[1])) == 1
    assert layout.edge_hint_at(*centre(layout.ax.bbox)) == 0


def test_close_publication_dates_both_get_a_label(two_documents, publication_dates):
    layout = _draw(two_documents, publication_dates=publication_dates)  # years wide: 4 days apart
    texts = [t.text for t, _ in layout.text_layer.boxes]
    assert any(t.endswith("13 Mar 2023") for t in texts)
    assert any(t.endswith("17 Mar 2023") for t in texts)
    pub_boxes = [b for t, b in layout.text_layer.boxes if t.text.endswith("Mar 2023")]
    assert not _overlaps(*pub_boxes)


@pytest.mark.parametrize(
    ("height_in", "dpi"),
    [(1.2, 100), (1.0, 100), (0.9, 100), (1.0, 200), (0.72, 200)],  # 200 dpi: QT_SCALE_FACTOR=2
)
def test_a_very_short_figure_still_shows_a_row_of_events(
    two_documents, publication_dates, height_in, dpi
):
    layout = _draw(
        two_documents, size=(10, height_in), dpi=dpi, publication_dates=publication_dates,
        xlim=MARCH,
    )  # fmt: skip
    ax = layout.ax
    bottom, top = ax.get_ylim()
    rows = [y for _, y in layout.positions.values()] + [row for _, row in layout.clusters]
    assert rows, "no event and no cluster drawn"
    assert any(top < y < bottom for y in rows)  # on screen, not below the axes
    assert all(y < bottom for _, row in layout.clusters for y in [row])
    k = dpi / 72  # the margins above the axes gave way to a lane and a half, or all went
    bare = layout.figure.bbox.height - 38 * k
    assert ax.bbox.height >= min(1.4 * layout.style.lane_height * k, bare - 1)
    for title, first, _ in layout.band_rows():
        assert first < bottom, f"{title} band title below the axes"


def test_a_short_figure_drops_the_legend_before_the_publication_row(two_documents):
    layout = _draw(two_documents, size=(10, 1.1), publication_dates=[(STRIKE, date(2023, 3, 13))])
    assert layout.margin_rows() == (True, False)
    tall = _draw(two_documents, size=(10, 3), publication_dates=[(STRIKE, date(2023, 3, 13))])
    assert tall.margin_rows() == (True, True)


def _legend_texts(layout: TimelineLayout) -> list[tuple[str, Bbox]]:
    bbox = layout.ax.bbox
    return [(t.text, b) for t, b in layout.text_layer.boxes if b.y0 > bbox.y1 + 20]


def test_the_legend_names_documents_by_their_titles_shortened(two_documents):
    titles = {STRIKE: "Dock workers vote to end the nine-day harbour strike after talks"}
    layout = _draw(two_documents, xlim=MARCH, doc_titles=titles)
    texts = [t for t, _ in _legend_texts(layout)]
    assert FOLLOW_UP in texts  # no title given: its file name
    (title,) = [t for t in texts if t.startswith("Dock workers")]
    assert len(title) <= 28 and title.endswith("…")
    assert STRIKE not in texts


def test_a_legend_of_twenty_documents_shows_what_fits_and_counts_the_rest(factory):
    events = [
        factory.make_event(f"e{i}", date(2023, 3, 1 + i), label=f"Event {i}", document=f"d{i}.txt")
        for i in range(20)
    ]
    titles = {f"d{i}.txt": f"Council debates library plans, part {i}" for i in range(20)}
    layout = _draw(events, doc_titles=titles)
    legend = _legend_texts(layout)
    texts = [t for t, _ in legend]
    more = [t for t in texts if t.endswith(" more")]
    assert len(more) == 1
    shown = [t for t in texts if t.startswith("Council")]
    assert 1 <= len(shown) < 20
    assert more[0] == f"+{20 - len(shown)} more"
    assert all(b.x0 >= 0 and b.x1 <= layout.figure.bbox.width for _, b in legend)


def test_titles_are_optional_everywhere(two_documents):
    layout = _draw(two_documents, xlim=MARCH)  # no doc_titles: file names, as before
    assert {STRIKE, FOLLOW_UP} <= {t for t, _ in _legend_texts(layout)}
