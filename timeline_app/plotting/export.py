"""Export a timeline to PNG, SVG, PDF or JPEG from its own off-screen figure.

A fresh Figure with the format's own canvas is used, so the window's size and a HiDPI screen
never change the file: its size in pixels is exactly width x height inches times dpi.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time
from pathlib import Path

import matplotlib as mpl
import matplotlib.dates as mdates
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.backends.backend_pdf import FigureCanvasPdf
from matplotlib.backends.backend_svg import FigureCanvasSVG
from matplotlib.figure import Figure

from timeline_app.core.models import Event
from timeline_app.plotting.style import TimelineStyle
from timeline_app.plotting.timeline import clamp_limits, draw_timeline

_CANVASES = {
    ".png": (FigureCanvasAgg, "png"),
    ".jpg": (FigureCanvasAgg, "jpg"),
    ".jpeg": (FigureCanvasAgg, "jpg"),
    ".svg": (FigureCanvasSVG, "svg"),
    ".pdf": (FigureCanvasPdf, "pdf"),
}
SUPPORTED_SUFFIXES = tuple(_CANVASES)

Moment = date | datetime


@dataclass(frozen=True, slots=True)
class ExportOptions:
    """What the export dialog asks for. ``range`` None means the whole timeline."""

    width: float = 10.0  # inches
    height: float = 5.0
    dpi: float = 150.0
    title: str = ""
    footer: str = ""
    range: tuple[Moment, Moment] | None = None
    style: TimelineStyle | None = None  # None: the light style

    def __post_init__(self) -> None:
        if self.width <= 0 or self.height <= 0 or self.dpi <= 0:
            raise ValueError("export size and dpi must be positive")


def export_timeline(
    events: Sequence[Event],
    path: str | Path,
    options: ExportOptions,
    *,
    publication_dates: Sequence[tuple[str, date]] = (),
    doc_colors: Mapping[str, str] | None = None,
) -> None:
    """Write the timeline to ``path``; the format comes from its suffix."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in _CANVASES:
        known = ", ".join(SUPPORTED_SUFFIXES)
        raise ValueError(f"cannot export to '{path.name}': unknown file type (use one of {known})")
    canvas_class, fmt = _CANVASES[suffix]
    style = options.style or TimelineStyle.light()
    with mpl.rc_context({"svg.fonttype": "none", "pdf.fonttype": 42}):
        fig = Figure(figsize=(options.width, options.height), dpi=options.dpi)
        canvas = canvas_class(fig)
        ax = fig.add_subplot()
        layout = draw_timeline(
            ax, events, style, publication_dates=publication_dates, doc_colors=doc_colors
        )
        _add_title_and_footer(fig, layout, options, style)
        if options.range is not None:
            ax.set_xlim(*clamp_limits(_num(options.range[0]), _num(options.range[1])))
        layout.invalidate()
        canvas.print_figure(str(path), format=fmt, dpi=options.dpi, facecolor=style.figure_face)


def _num(moment: Moment) -> float:
    if not isinstance(moment, datetime):
        moment = datetime.combine(moment, time())
    return float(mdates.date2num(moment))


def _add_title_and_footer(
    fig: Figure, layout: object, options: ExportOptions, style: TimelineStyle
) -> None:
    height_pt = options.height * 72
    if options.title:
        layout.extra_top_pt = style.title_size * 2.0  # type: ignore[attr-defined]
        fig.text(
            14 / (options.width * 72), 1 - 10 / height_pt, options.title, ha="left", va="top",
            fontsize=style.title_size, fontweight="bold", color=style.text,
            fontfamily=style.font_family,
        )  # fmt: skip
    if options.footer:
        layout.extra_bottom_pt = style.small_size * 2.2  # type: ignore[attr-defined]
        fig.text(
            14 / (options.width * 72), 8 / height_pt, options.footer, ha="left", va="bottom",
            fontsize=style.small_size, color=style.muted_text, fontfamily=style.font_family,
        )  # fmt: skip
