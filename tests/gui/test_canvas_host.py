"""CanvasHost: the real canvas is created lazily, after the window shows, with what waited."""

from __future__ import annotations

import importlib.util
import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from matplotlib.figure import Figure
from PySide6.QtWidgets import QMainWindow

from timeline_app.gui.canvas import TimelineCanvas
from timeline_app.gui.canvas_host import CanvasHost

_spec = importlib.util.spec_from_file_location(
    "plotting_factory_host", Path(__file__).parents[1] / "plotting" / "conftest.py"
)
assert _spec is not None and _spec.loader is not None
factory = importlib.util.module_from_spec(_spec)
sys.modules["plotting_factory_host"] = factory
_spec.loader.exec_module(factory)


PUBS = [(factory.STRIKE, factory.STRIKE_PUBLISHED)]


@pytest.fixture
def shown_host(qtbot) -> Iterator[CanvasHost]:
    """A host in a shown window of a typical size, its canvas not created yet."""
    window = QMainWindow()
    qtbot.addWidget(window)
    host = CanvasHost()
    window.setCentralWidget(host)
    window.resize(1250, 380)
    window.show()
    qtbot.waitExposed(window)
    yield host  # the window lives as long as the test
    window.close()


def _wait_laid_out(qtbot, canvas: TimelineCanvas) -> None:
    qtbot.waitUntil(lambda: canvas.mpl_canvas.isVisible() and canvas.mpl_canvas.width() > 1000)


def _initial_at(width_px: float, height_px: float, events, dpi: float) -> tuple[float, float]:
    """The initial view a canvas of this many figure pixels would compute."""
    from timeline_app.plotting import TimelineStyle, draw_timeline

    fig = Figure(figsize=(width_px / dpi, height_px / dpi), dpi=dpi)
    layout = draw_timeline(fig.add_subplot(), events, TimelineStyle.light(), publication_dates=PUBS)
    return layout.initial_limits()


def test_pending_documents_open_on_the_initial_view_of_the_real_size(shown_host, qtbot):
    shown_host.set_events(factory.outlier_events(), publication_dates=PUBS)
    canvas = shown_host.ensure()
    default = canvas.ax.get_xlim()  # computed at the figure's default size, before layout
    _wait_laid_out(qtbot, canvas)
    qtbot.waitUntil(lambda: canvas.ax.get_xlim() == pytest.approx(canvas.layout_.initial_limits()))
    fig = canvas.figure
    real = _initial_at(fig.bbox.width, fig.bbox.height, factory.outlier_events(), fig.dpi)
    assert canvas.ax.get_xlim() == pytest.approx(real)
    assert default != pytest.approx(real)  # the size mattered: the first view was wrong
    start = canvas.visible_range()[0]
    assert date(2023, 1, 1) <= start.date()  # the real size opens where the events crowd


def test_a_zoom_made_before_the_canvas_is_laid_out_is_kept(shown_host, qtbot):
    shown_host.set_events(factory.outlier_events(), publication_dates=PUBS)
    canvas = shown_host.ensure()
    canvas.zoom(0.5)
    zoomed = canvas.ax.get_xlim()
    _wait_laid_out(qtbot, canvas)
    canvas.mpl_canvas.draw()
    assert canvas.ax.get_xlim() == pytest.approx(zoomed)


def test_a_later_resize_keeps_the_view(shown_host, qtbot):
    canvas = shown_host.ensure()
    _wait_laid_out(qtbot, canvas)
    shown_host.set_events(factory.outlier_events(), publication_dates=PUBS)
    view = canvas.ax.get_xlim()
    shown_host.window().resize(900, 420)
    qtbot.waitUntil(lambda: canvas.mpl_canvas.width() < 1000)
    assert canvas.ax.get_xlim() == pytest.approx(view)


def test_titles_and_selection_wait_for_the_canvas_too(shown_host, qtbot):
    titles = {factory.FOLLOW_UP: "Port strike follow-up"}
    shown_host.set_events(
        factory.harbour_events() + factory.follow_up_events(),
        doc_titles=titles,
    )
    shown_host.select_event("allowances")  # the 2015 bar, far from where the view opens
    canvas = shown_host.ensure()
    _wait_laid_out(qtbot, canvas)
    canvas.mpl_canvas.draw()
    assert canvas.selected_event() == "allowances"
    assert "allowances" in canvas.event_display_positions()
    assert "Port strike follow-up" in {t.text for t, _ in canvas.layout_.text_layer.boxes}
