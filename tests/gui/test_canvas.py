"""The timeline canvas: clicks, wheel, drag, keys and hover, driven as a user would."""

from __future__ import annotations

import importlib.util
import sys
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication

from timeline_app.gui.canvas import TimelineCanvas
from timeline_app.plotting import MAX_SPAN, MIN_SPAN, TimelineStyle

_spec = importlib.util.spec_from_file_location(
    "plotting_factory", Path(__file__).parents[1] / "plotting" / "conftest.py"
)
assert _spec is not None and _spec.loader is not None
factory = importlib.util.module_from_spec(_spec)
sys.modules["plotting_factory"] = factory
_spec.loader.exec_module(factory)


@pytest.fixture
def canvas(qtbot) -> TimelineCanvas:
    widget = TimelineCanvas()
    qtbot.addWidget(widget)
    widget.resize(1000, 560)
    widget.show()
    qtbot.waitExposed(widget)
    widget.set_events(
        factory.harbour_events(),
        publication_dates=[(factory.STRIKE, factory.STRIKE_PUBLISHED)],
    )
    widget.fit_all()  # these tests start from the whole timeline, 2015 to 2024
    widget.mpl_canvas.draw()
    return widget


def _span(widget: TimelineCanvas) -> float:
    lo, hi = widget.ax.get_xlim()
    return hi - lo


def _wheel(widget: TimelineCanvas, pos: QPointF, notches: int) -> None:
    event = QWheelEvent(
        pos,
        QPointF(widget.mpl_canvas.mapToGlobal(pos.toPoint())),
        QPoint(0, 0),
        QPoint(0, 120 * notches),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(widget.mpl_canvas, event)


def _data_x_at(widget: TimelineCanvas, pos: QPointF) -> float:
    ratio = widget.mpl_canvas.device_pixel_ratio
    x = pos.x() * ratio
    return float(widget.ax.transData.inverted().transform((x, 0))[0])


def test_canvas_is_named_for_the_lead(canvas):
    assert canvas.mpl_canvas.objectName() == "timelineCanvas"


def test_click_at_each_reported_position_selects_that_event(canvas, qtbot):
    canvas.zoom(0.05, _data_x_at(canvas, QPointF(700, 100)))
    canvas.mpl_canvas.draw()
    positions = canvas.event_display_positions()
    assert len(positions) >= 5
    for ident, pos in list(positions.items())[:8]:
        with qtbot.waitSignal(canvas.event_clicked) as blocker:
            qtbot.mouseClick(canvas.mpl_canvas, Qt.MouseButton.LeftButton, pos=pos.toPoint())
        assert blocker.args == [ident]
        assert canvas.selected_event() == ident


def test_click_on_empty_space_clears_the_selection(canvas, qtbot):
    canvas.select_event("walkout")
    empty = QPoint(canvas.mpl_canvas.width() // 2, canvas.mpl_canvas.height() - 60)
    assert canvas.layout_.hit_test(*_mpl_xy(canvas, empty)) is None
    with qtbot.waitSignal(canvas.selection_cleared):
        qtbot.mouseClick(canvas.mpl_canvas, Qt.MouseButton.LeftButton, pos=empty)
    assert canvas.selected_event() is None


def _mpl_xy(widget: TimelineCanvas, pos: QPoint) -> tuple[float, float]:
    ratio = widget.mpl_canvas.device_pixel_ratio
    return pos.x() * ratio, widget.figure.bbox.height - pos.y() * ratio


def test_wheel_zooms_about_the_cursor(canvas):
    pos = QPointF(300, 200)
    before_x, before_span = _data_x_at(canvas, pos), _span(canvas)
    _wheel(canvas, pos, 2)
    assert _span(canvas) == pytest.approx(before_span / 1.25**2)
    assert _data_x_at(canvas, pos) == pytest.approx(before_x, abs=before_span * 1e-6)
    _wheel(canvas, pos, -2)
    assert _span(canvas) == pytest.approx(before_span)


def test_zoom_is_bounded_both_ways(canvas):
    pos = QPointF(500, 200)
    for _ in range(200):
        _wheel(canvas, pos, 3)
    assert _span(canvas) == pytest.approx(MIN_SPAN)
    canvas.mpl_canvas.draw()  # a draw at the closest zoom does not lock up
    for _ in range(200):
        _wheel(canvas, pos, -3)
    assert _span(canvas) == pytest.approx(MAX_SPAN)
    canvas.mpl_canvas.draw()


def test_drag_pans_by_the_distance_moved(canvas, qtbot):
    lo, hi = canvas.ax.get_xlim()
    per_px = (hi - lo) / canvas.ax.bbox.width * canvas.mpl_canvas.device_pixel_ratio
    start, end = QPoint(600, 300), QPoint(400, 300)
    qtbot.mousePress(canvas.mpl_canvas, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(canvas.mpl_canvas, pos=QPoint(500, 300))
    qtbot.mouseMove(canvas.mpl_canvas, pos=end)
    qtbot.mouseRelease(canvas.mpl_canvas, Qt.MouseButton.LeftButton, pos=end)
    new_lo, new_hi = canvas.ax.get_xlim()
    assert new_hi - new_lo == pytest.approx(hi - lo)
    assert new_lo - lo == pytest.approx(200 * per_px, rel=0.02)


@pytest.mark.parametrize(("key", "factor"), [(Qt.Key.Key_Plus, 1 / 1.25), (Qt.Key.Key_Minus, 1.25)])
def test_plus_and_minus_keys_zoom(canvas, qtbot, key, factor):
    before = _span(canvas)
    canvas.mpl_canvas.setFocus()
    qtbot.keyClick(canvas.mpl_canvas, key)
    assert _span(canvas) == pytest.approx(before * factor)


def test_home_and_double_click_fit_everything(canvas, qtbot):
    fitted = canvas.layout_.fit_limits()
    canvas.zoom(0.01)
    qtbot.keyClick(canvas.mpl_canvas, Qt.Key.Key_Home)
    assert canvas.ax.get_xlim() == pytest.approx(fitted)
    canvas.zoom(0.01)
    qtbot.mouseDClick(canvas.mpl_canvas, Qt.MouseButton.LeftButton, pos=QPoint(500, 300))
    assert canvas.ax.get_xlim() == pytest.approx(fitted)


def test_left_and_right_step_through_time_and_scroll_into_view(canvas, qtbot):
    canvas.select_event("walkout")
    order = canvas.layout_.time_order()
    with qtbot.waitSignal(canvas.event_clicked) as blocker:
        qtbot.keyClick(canvas.mpl_canvas, Qt.Key.Key_Right)
    assert blocker.args == [order[order.index("walkout") + 1]]
    canvas.zoom(0.002)  # a few hours around the middle: the first event is far off screen
    with qtbot.waitSignal(canvas.event_clicked):
        for _ in range(len(order)):
            qtbot.keyClick(canvas.mpl_canvas, Qt.Key.Key_Left)
    first = order[0]
    assert canvas.selected_event() == first
    assert first in canvas.event_display_positions()
    pos = canvas.event_display_positions()[first]
    assert 0 <= pos.x() <= canvas.mpl_canvas.width()


def test_positions_follow_zoom_pan_and_resize(canvas, qtbot):
    def check() -> None:
        canvas.mpl_canvas.draw()
        positions = canvas.event_display_positions()
        assert positions
        for ident, pos in positions.items():
            assert canvas.layout_.hit_test(*_mpl_xy_f(canvas, pos)) == ident

    check()
    canvas.zoom(0.03, _data_x_at(canvas, QPointF(700, 0)))
    check()
    lo, hi = canvas.ax.get_xlim()
    canvas.ax.set_xlim(lo + (hi - lo) * 0.2, hi + (hi - lo) * 0.2)
    check()
    canvas.resize(700, 420)
    qtbot.waitUntil(lambda: canvas.mpl_canvas.width() < 800)
    check()


def _mpl_xy_f(widget: TimelineCanvas, pos: QPointF) -> tuple[float, float]:
    ratio = widget.mpl_canvas.device_pixel_ratio
    return pos.x() * ratio, widget.figure.bbox.height - pos.y() * ratio


def test_hover_shows_date_label_and_expression(canvas, qtbot):
    canvas.zoom(0.05, _data_x_at(canvas, QPointF(700, 100)))
    canvas.mpl_canvas.draw()
    pos = canvas.event_display_positions()["draft"].toPoint()
    qtbot.mouseMove(canvas.mpl_canvas, pos=pos)
    qtbot.waitUntil(lambda: canvas.tooltip_text() != "")
    assert (
        canvas.tooltip_text()
        == "Sun 12 Mar 2023 (inferred)\nDraft agreement signed\n“late on Sunday”"
    )
    assert canvas.mpl_canvas.toolTip() == canvas.tooltip_text()


def test_selection_survives_a_style_change(canvas):
    canvas.select_event("vote")
    view = canvas.ax.get_xlim()
    canvas.set_style(TimelineStyle.dark())
    assert canvas.selected_event() == "vote"
    assert canvas.ax.get_xlim() == pytest.approx(view)
    assert canvas.figure.get_facecolor()[0] < 0.2


def test_visible_range_is_the_view(canvas):
    start, end = canvas.visible_range()
    assert start.date() < date(2016, 1, 1) and end.date() > date(2024, 1, 31)


def test_editing_events_keeps_the_zoom_but_new_documents_refit(canvas):
    canvas.zoom(0.1)
    zoomed = canvas.ax.get_xlim()
    edited = [e for e in factory.harbour_events() if e.id != "walkout"]
    canvas.set_events(edited, publication_dates=[(factory.STRIKE, factory.STRIKE_PUBLISHED)])
    assert canvas.ax.get_xlim() == pytest.approx(zoomed)
    canvas.set_events(factory.harbour_events() + factory.follow_up_events())
    assert canvas.ax.get_xlim() == pytest.approx(canvas.layout_.initial_limits())


def test_toolbar_pan_works_alongside_and_does_not_select(canvas, qtbot):
    before = canvas.ax.get_xlim()
    canvas.toolbar.pan()
    target = next(iter(canvas.event_display_positions().values())).toPoint()
    with qtbot.assertNotEmitted(canvas.event_clicked):
        qtbot.mousePress(canvas.mpl_canvas, Qt.MouseButton.LeftButton, pos=target)
        qtbot.mouseMove(canvas.mpl_canvas, pos=target + QPoint(60, 0))
        qtbot.mouseMove(canvas.mpl_canvas, pos=target + QPoint(120, 0))
        qtbot.mouseRelease(
            canvas.mpl_canvas, Qt.MouseButton.LeftButton, pos=target + QPoint(120, 0)
        )
    after = canvas.ax.get_xlim()
    assert after[0] < before[0]
    assert after[1] - after[0] == pytest.approx(before[1] - before[0])
    canvas.toolbar.pan()  # off again
    canvas.mpl_canvas.draw()
    for ident, pos in canvas.event_display_positions().items():
        assert canvas.layout_.hit_test(*_mpl_xy_f(canvas, pos)) == ident


def test_clicking_a_cluster_zooms_into_it(qtbot):
    widget = TimelineCanvas()
    qtbot.addWidget(widget)
    widget.resize(900, 400)
    widget.show()
    qtbot.waitExposed(widget)
    widget.set_events(factory.synthetic_events(500))
    widget.mpl_canvas.draw()
    cluster, row = widget.layout_.clusters[0]
    x, y = widget.ax.transData.transform((cluster.x, row))
    ratio = widget.mpl_canvas.device_pixel_ratio
    pos = QPoint(round(x / ratio), round((widget.figure.bbox.height - y) / ratio))
    before = _span(widget)
    qtbot.mouseClick(widget.mpl_canvas, Qt.MouseButton.LeftButton, pos=pos)
    assert _span(widget) < before / 5
    lo, hi = widget.ax.get_xlim()
    assert lo <= cluster.first and cluster.last <= hi


def test_toolbar_zoom_box_narrows_the_view_and_rows_stay_readable(canvas, qtbot):
    before = _span(canvas)
    rows_before = canvas.ax.get_ylim()
    canvas.toolbar.zoom()
    start, end = QPoint(400, 150), QPoint(600, 300)
    qtbot.mousePress(canvas.mpl_canvas, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(canvas.mpl_canvas, pos=QPoint(500, 200))
    qtbot.mouseMove(canvas.mpl_canvas, pos=end)
    qtbot.mouseRelease(canvas.mpl_canvas, Qt.MouseButton.LeftButton, pos=end)
    canvas.toolbar.zoom()
    assert _span(canvas) < before / 3
    canvas.mpl_canvas.draw()
    # the box also zoomed y; the layout puts its own row scale back
    assert abs(canvas.ax.get_ylim()[0] - canvas.ax.get_ylim()[1]) == pytest.approx(
        abs(rows_before[0] - rows_before[1]), rel=0.5
    )
    assert canvas.layout_.label_boxes()


@pytest.fixture
def typical(qtbot) -> TimelineCanvas:
    """A canvas of a typical window's size (about 1250 x 330 px) showing a far outlier."""
    widget = TimelineCanvas()
    qtbot.addWidget(widget)
    widget.resize(1250, 330 + widget.toolbar.sizeHint().height())
    widget.show()
    qtbot.waitExposed(widget)
    widget.set_events(
        factory.outlier_events(), publication_dates=[(factory.STRIKE, factory.STRIKE_PUBLISHED)]
    )
    widget.show_initial_view()
    widget.mpl_canvas.draw()
    return widget


def test_new_documents_open_where_the_events_are_and_home_shows_all(typical, qtbot):
    first = typical.ax.get_xlim()
    assert first == pytest.approx(typical.layout_.initial_limits())
    start, end = typical.visible_range()
    assert date(2023, 1, 1) <= start.date() and end.date() <= date(2023, 12, 31)
    assert {"walkout", "vote", "draft"} <= set(typical.event_display_positions())
    qtbot.keyClick(typical.mpl_canvas, Qt.Key.Key_Home)
    assert typical.ax.get_xlim() == pytest.approx(typical.layout_.fit_limits())
    assert typical.visible_range()[0].date() < date(1998, 1, 1)


def _hint_pos(widget: TimelineCanvas, side: int) -> QPoint:
    box = dict(widget.layout_.text_layer.hint_boxes())[side]
    ratio = widget.mpl_canvas.device_pixel_ratio
    x, y = (box.x0 + box.x1) / 2, (box.y0 + box.y1) / 2
    return QPoint(round(x / ratio), round((widget.figure.bbox.height - y) / ratio))


def test_the_toolbar_house_button_shows_every_event(typical):
    typical.zoom(0.2)
    home = next(a for a in typical.toolbar.actions() if a.text() == "Home")
    home.trigger()
    assert typical.ax.get_xlim() == pytest.approx(typical.layout_.fit_limits())


def test_the_earlier_hint_names_and_reveals_what_lies_before(typical, qtbot):
    pos = _hint_pos(typical, -1)
    qtbot.mouseMove(typical.mpl_canvas, pos=pos)
    qtbot.waitUntil(lambda: typical.tooltip_text() != "")
    assert "before this view" in typical.tooltip_text()
    lo, hi = typical.ax.get_xlim()
    with qtbot.assertNotEmitted(typical.selection_cleared):
        qtbot.mouseClick(typical.mpl_canvas, Qt.MouseButton.LeftButton, pos=pos)
    new_lo, new_hi = typical.ax.get_xlim()
    assert new_hi == pytest.approx(hi) and new_lo < lo
    typical.mpl_canvas.draw()
    for ident, p in typical.event_display_positions().items():
        assert typical.layout_.hit_test(*_mpl_xy_f(typical, p)) == ident


def _on_screen(widget: TimelineCanvas, ident: str) -> bool:
    widget.mpl_canvas.draw()
    lo, hi = widget.ax.get_xlim()
    iv = widget.layout_.by_id[ident].interval
    start, end = _num(iv.start), _num(iv.end)
    return start < hi and end > lo


def _num(moment) -> float:
    import matplotlib.dates as mdates

    return float(mdates.date2num(moment))


@pytest.mark.parametrize("view_year", [1961, 2023])
def test_selecting_a_span_outside_the_view_scrolls_to_it(canvas, view_year):
    # the 2015 year-long bar, selected while the view shows a month of 1961 or of 2023
    old = [factory.make_event("built", date(1961, 5, 1), label="Library built", document="lib")]
    canvas.set_events(factory.harbour_events() + old)
    month = (_num(date(view_year, 3, 1)), _num(date(view_year, 3, 31)))
    canvas.ax.set_xlim(*month)
    canvas.select_event("allowances")
    assert _on_screen(canvas, "allowances")
    lo, hi = canvas.ax.get_xlim()
    assert hi - lo == pytest.approx(month[1] - month[0])  # panned, not zoomed
    assert lo < _num(date(2015, 1, 1)) < hi  # longer than the view: its start shows
    assert "allowances" in canvas.event_display_positions()


def test_selecting_a_point_or_short_span_outside_the_view_centres_it(canvas):
    canvas.ax.set_xlim(_num(date(2015, 3, 1)), _num(date(2015, 6, 1)))
    for ident in ("mediation", "walkout", "raise-2024", "allowances"):
        canvas.select_event(ident)
        assert _on_screen(canvas, ident), ident
    view = canvas.ax.get_xlim()
    canvas.select_event("allowances")  # already on screen: the view stays
    assert canvas.ax.get_xlim() == pytest.approx(view)


def test_toolbar_has_only_navigation_buttons_each_named(canvas):
    actions = [a for a in canvas.toolbar.actions() if a.text()]
    assert [a.text() for a in actions] == ["Home", "Back", "Forward", "Pan", "Zoom"]
    for action in actions:
        assert action.toolTip() and action.toolTip() != action.text()
        button = canvas.toolbar.widgetForAction(action)
        assert button is not None and button.accessibleName()
    assert "click again" in canvas.toolbar._actions["pan"].toolTip().lower()


def _click_selects(widget: TimelineCanvas, qtbot) -> None:
    widget.mpl_canvas.draw()
    ident, pos = next(iter(widget.event_display_positions().items()))
    with qtbot.waitSignal(widget.event_clicked) as blocker:
        qtbot.mouseClick(widget.mpl_canvas, Qt.MouseButton.LeftButton, pos=pos.toPoint())
    assert blocker.args == [ident]


@pytest.mark.parametrize("mode", ["pan", "zoom"])
def test_leaving_pan_or_zoom_returns_clicks_to_selection(canvas, qtbot, mode):
    button = canvas.toolbar._actions[mode]
    button.trigger()
    assert button.isChecked() and canvas.toolbar.mode
    button.trigger()  # off again by its button
    assert not canvas.toolbar.mode
    _click_selects(canvas, qtbot)
    button.trigger()
    canvas.mpl_canvas.setFocus()
    qtbot.keyClick(canvas.mpl_canvas, Qt.Key.Key_Escape)  # or by Escape
    assert not canvas.toolbar.mode and not button.isChecked()
    _click_selects(canvas, qtbot)


def test_fit_all_works_while_panning(canvas):
    canvas.toolbar.pan()
    canvas.zoom(0.1)
    canvas.fit_all()
    assert canvas.ax.get_xlim() == pytest.approx(canvas.layout_.fit_limits())


def test_a_very_short_canvas_still_shows_a_row_of_events(qtbot):
    widget = TimelineCanvas()
    qtbot.addWidget(widget)
    widget.resize(1000, 120 + widget.toolbar.sizeHint().height())
    widget.show()
    qtbot.waitExposed(widget)
    widget.set_events(factory.harbour_events() + factory.follow_up_events())
    qtbot.waitUntil(lambda: widget.mpl_canvas.height() <= 125)
    widget.mpl_canvas.draw()
    bottom, top = widget.ax.get_ylim()
    rows = [y for _, y in widget.layout_.positions.values()]
    rows += [row for _, row in widget.layout_.clusters]
    assert any(top < y < bottom for y in rows)
    for pos in widget.event_display_positions().values():  # a mark is on the canvas
        assert 0 <= pos.y() <= widget.mpl_canvas.height()


def test_the_legend_uses_the_titles_given(canvas):
    titles = {factory.FOLLOW_UP: "Minister promises a staffing review"}
    canvas.set_events(factory.harbour_events() + factory.follow_up_events(), doc_titles=titles)
    canvas.mpl_canvas.draw()
    texts = {t.text for t, _ in canvas.layout_.text_layer.boxes}
    assert "Minister promises a…" in texts and factory.STRIKE in texts
    canvas.set_events(factory.harbour_events() + factory.follow_up_events())  # titles optional
    canvas.mpl_canvas.draw()
    assert factory.FOLLOW_UP in {t.text for t, _ in canvas.layout_.text_layer.boxes}


@pytest.mark.parametrize("view_year", [1961, 2023])
def test_the_2015_bar_of_the_samples_scrolls_into_view_when_selected(
    window, open_files, qtbot, view_year
):
    from timeline_app.resources import resource_path

    samples = Path(resource_path("samples", "harbour-strike.txt")).parent
    open_files(window, [samples / "harbour-strike.txt", samples / "library-vote.eml"])
    canvas = window.canvas.ensure()
    (bar,) = [e.id for e in canvas.layout_.events if e.interval.start.year == 2015]
    canvas.ax.set_xlim(_num(date(view_year, 1, 1)), _num(date(view_year, 4, 1)))
    window.canvas.select_event(bar)
    assert _on_screen(canvas, bar)
    assert bar in canvas.event_display_positions()
