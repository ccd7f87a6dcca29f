"""``draw_timeline``: the one drawing function, used by the canvas and by export alike."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date

import matplotlib.dates as mdates
from matplotlib.axes import Axes

from timeline_app.core.models import Event
from timeline_app.plotting.style import TimelineStyle
from timeline_app.plotting.timeline import TimelineLayout


def draw_timeline(
    ax: Axes,
    events: Sequence[Event],
    style: TimelineStyle,
    *,
    publication_dates: Sequence[tuple[str, date]] = (),
    selected: str | None = None,
    doc_colors: Mapping[str, str] | None = None,
    doc_titles: Mapping[str, str] | None = None,
) -> TimelineLayout:
    """Draw ``events`` on ``ax`` (cleared first) fitted to the axes, and return the live layout.

    ``doc_titles`` names documents in the legend (document -> title); one without a title is
    named by its file name.
    """
    ax.cla()
    _style_axes(ax, style)
    layout = TimelineLayout(ax, events, style, publication_dates, selected, doc_colors, doc_titles)
    ax.set_axes_locator(layout.locate_axes)
    ax.apply_aspect(layout.locate_axes(ax))
    ax.set_xlim(*layout.fit_limits())
    layout.ensure_current()
    return layout


def _style_axes(ax: Axes, style: TimelineStyle) -> None:
    fig = ax.get_figure(root=True)
    if fig is not None:
        fig.set_facecolor(style.figure_face)
    ax.set_facecolor(style.axes_face)
    ax.set_autoscale_on(False)
    locator = mdates.AutoDateLocator(minticks=3, maxticks=9, interval_multiples=True)
    formatter = mdates.ConciseDateFormatter(locator, show_offset=True)
    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(formatter)
    ax.tick_params(
        axis="x",
        colors=style.spine,
        labelcolor=style.muted_text,
        labelsize=style.tick_size,
        length=4,
    )
    ax.tick_params(axis="y", left=False, labelleft=False)
    ax.xaxis.get_offset_text().set_color(style.muted_text)
    ax.xaxis.get_offset_text().set_fontsize(style.tick_size)
    ax.grid(axis="x", color=style.grid, linewidth=0.8)
    ax.set_axisbelow(True)
    ax.format_coord = _format_coord  # type: ignore[method-assign]
    for side in ("top", "right", "left"):
        ax.spines[side].set_visible(False)
    ax.spines["bottom"].set_color(style.spine)


def _format_coord(x: float, y: float) -> str:
    """The toolbar's read-out: the date under the cursor (rows mean nothing to a reader)."""
    try:
        return f"{mdates.num2date(x):%a %-d %b %Y %H:%M}"
    except ValueError:
        return ""
