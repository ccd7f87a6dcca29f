"""Export a timeline to PNG, SVG, PDF or JPEG from its own off-screen figure.

A fresh Figure with the format's own canvas is used, so the window's size and a HiDPI screen
never change the file: its size in pixels is exactly width x height inches times dpi.
"""

from __future__ import annotations

import importlib
import warnings
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time
from pathlib import Path

import matplotlib as mpl
import matplotlib.dates as mdates
from matplotlib.backend_bases import FigureCanvasBase
from matplotlib.figure import Figure

from timeline_app.core.models import Event
from timeline_app.plotting.draw import draw_timeline
from timeline_app.plotting.style import TimelineStyle
from timeline_app.plotting.text import text_width_pt
from timeline_app.plotting.timeline import TimelineLayout, clamp_limits

# suffix -> (backend module, format); the backends load on first export, not at start-up.
_CANVASES = {
    ".png": ("agg", "png"),
    ".jpg": ("agg", "jpg"),
    ".jpeg": ("agg", "jpg"),
    ".svg": ("svg", "svg"),
    ".pdf": ("pdf", "pdf"),
}
SUPPORTED_SUFFIXES = tuple(_CANVASES)


def _canvas_class(backend: str) -> type[FigureCanvasBase]:
    module = importlib.import_module(f"matplotlib.backends.backend_{backend}")
    canvas: type[FigureCanvasBase] = module.FigureCanvas
    return canvas


Moment = date | datetime


@dataclass(frozen=True, slots=True)
class ExportOptions:
    """What the export dialog asks for. ``range`` None means the whole timeline."""

    width: float = 10.0  # inches
    height: float = 5.0
    dpi: float = 150.0
    title: str = ""
    footer: str | None = None  # None: name the sources and their publication dates; "": none
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
    doc_titles: Mapping[str, str] | None = None,
) -> None:
    """Write the timeline to ``path``; the format comes from its suffix.

    ``doc_titles`` (document -> title) names the documents in the legend.
    """
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in _CANVASES:
        known = ", ".join(SUPPORTED_SUFFIXES)
        raise ValueError(f"cannot export to '{path.name}': unknown file type (use one of {known})")
    backend, fmt = _CANVASES[suffix]
    canvas_class = _canvas_class(backend)
    style = options.style or TimelineStyle.light()
    with mpl.rc_context({"svg.fonttype": "none", "pdf.fonttype": 42}):
        fig = Figure(figsize=(options.width, options.height), dpi=options.dpi)
        canvas = canvas_class(fig)
        ax = fig.add_subplot()
        layout = draw_timeline(
            ax,
            events,
            style,
            publication_dates=publication_dates,
            doc_colors=doc_colors,
            doc_titles=doc_titles,
        )
        footer = options.footer
        if footer is None:
            footer = default_footer(events, publication_dates, doc_titles)
        _add_title_and_footer(fig, layout, options.title, footer, style)
        if options.range is not None:
            ax.set_xlim(*clamp_limits(_num(options.range[0]), _num(options.range[1])))
        layout.invalidate()
        with warnings.catch_warnings():
            warnings.filterwarnings("ignore", message="Glyph .* missing from font")
            canvas.print_figure(str(path), format=fmt, dpi=options.dpi, facecolor=style.figure_face)


def _num(moment: Moment) -> float:
    if not isinstance(moment, datetime):
        moment = datetime.combine(moment, time())
    return float(mdates.date2num(moment))


_FOOTER_SOURCES = 3  # named in full; the rest are counted
_FOOTER_TITLE = 60  # characters of a title before it is shortened


def default_footer(
    events: Sequence[Event],
    publication_dates: Sequence[tuple[str, date]] = (),
    doc_titles: Mapping[str, str] | None = None,
) -> str:
    """ "Source: “Harbour strike ends” (harbour-strike.txt, published 13 Mar 2023)" for the
    documents on the timeline: title where known, file name, publication date; after three
    sources, "and N more"."""
    published = dict(publication_dates)
    titles = doc_titles or {}
    docs = list(dict.fromkeys([e.document for e in events if not e.hidden] + list(published)))
    parts = []
    for doc in docs[:_FOOTER_SOURCES]:
        name = doc.rstrip("/").rsplit("/", 1)[-1] or doc
        day = published.get(doc)
        when = f"published {day:%-d %b %Y}" if day else ""
        title = " ".join(titles.get(doc, "").split())
        if len(title) > _FOOTER_TITLE:
            title = title[: _FOOTER_TITLE - 1].rstrip() + "\u2026"
        if title and title != name:
            parts.append(f"\u201c{title}\u201d ({name}{', ' + when if when else ''})")
        else:
            parts.append(f"{name} ({when})" if when else name)
    if not parts:
        return ""
    if len(docs) > _FOOTER_SOURCES:
        parts.append(f"and {len(docs) - _FOOTER_SOURCES} more")
    return ("Sources: " if len(docs) > 1 else "Source: ") + " · ".join(parts)


def _wrap_footer(footer: str, width_pt: float, style: TimelineStyle) -> str:
    """The footer broken between its sources (" · ") into lines that fit ``width_pt``."""
    lines: list[str] = []
    for part in footer.split(" · "):
        joined = f"{lines[-1]} · {part}" if lines else part
        if lines and text_width_pt(joined, style.small_size, style.font_family) > width_pt:
            lines.append(part)
        elif lines:
            lines[-1] = joined
        else:
            lines.append(part)
    return "\n".join(lines)


def _add_title_and_footer(
    fig: Figure, layout: TimelineLayout, title: str, footer: str, style: TimelineStyle
) -> None:
    width_pt = fig.get_figwidth() * 72
    height_pt = fig.get_figheight() * 72
    if title:
        layout.extra_top_pt = style.title_size * 2.0
        fig.text(
            14 / width_pt, 1 - 10 / height_pt, title, ha="left", va="top",
            fontsize=style.title_size, fontweight="bold", color=style.text,
            fontfamily=style.font_family, parse_math=False,
        )  # fmt: skip
    if footer:
        footer = _wrap_footer(footer, width_pt - 28, style)
        layout.extra_bottom_pt = style.small_size * (1.3 * footer.count("\n") + 2.2)
        fig.text(
            14 / width_pt, 8 / height_pt, footer, ha="left", va="bottom",
            fontsize=style.small_size, color=style.muted_text, fontfamily=style.font_family,
            parse_math=False,
        )  # fmt: skip
