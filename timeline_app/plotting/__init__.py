"""Qt-free drawing of timelines: one function draws on any axes, on screen or for export."""

from timeline_app.plotting.draw import draw_timeline
from timeline_app.plotting.export import (
    SUPPORTED_SUFFIXES,
    ExportOptions,
    default_footer,
    export_timeline,
)
from timeline_app.plotting.style import OKABE_ITO, TimelineStyle, document_colors
from timeline_app.plotting.text import format_interval, tooltip_text
from timeline_app.plotting.timeline import (
    MAX_SPAN,
    MIN_SPAN,
    TimelineLayout,
    clamp_limits,
)

__all__ = [
    "MAX_SPAN",
    "MIN_SPAN",
    "OKABE_ITO",
    "SUPPORTED_SUFFIXES",
    "ExportOptions",
    "TimelineLayout",
    "TimelineStyle",
    "clamp_limits",
    "default_footer",
    "document_colors",
    "draw_timeline",
    "export_timeline",
    "format_interval",
    "tooltip_text",
]
