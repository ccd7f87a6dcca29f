"""Colours, sizes and fonts for the timeline, as one frozen value per theme.

The document palette is Okabe–Ito (Okabe & Ito 2008), ordered so the first colours have the most
contrast against the theme's background; yellow is dropped on white and blue on black.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

OKABE_ITO = {
    "orange": "#E69F00",
    "sky_blue": "#56B4E9",
    "bluish_green": "#009E73",
    "yellow": "#F0E442",
    "blue": "#0072B2",
    "vermillion": "#D55E00",
    "reddish_purple": "#CC79A7",
    "black": "#000000",
}

_LIGHT_DOCS = ("blue", "vermillion", "bluish_green", "reddish_purple", "orange", "sky_blue")
_DARK_DOCS = ("sky_blue", "orange", "bluish_green", "reddish_purple", "yellow", "vermillion")


@dataclass(frozen=True, slots=True)
class TimelineStyle:
    """Everything the drawing needs to know about looks. Sizes are in points."""

    name: str
    figure_face: str
    axes_face: str
    text: str
    muted_text: str
    grid: str
    spine: str
    band_face: str
    publication_line: str
    highlight: str
    cluster_face: str
    cluster_text: str
    palette: tuple[str, ...]
    font_family: str = "DejaVu Sans"
    label_size: float = 8.5
    tick_size: float = 8.0
    small_size: float = 7.5
    title_size: float = 12.0
    marker_size: float = 7.0  # diameter
    lane_height: float = 15.0  # one lane of events, label text included
    span_alpha: float = 0.30
    approximate_alpha: float = 0.16

    @classmethod
    def light(cls) -> TimelineStyle:
        return cls(
            name="light",
            figure_face="#FFFFFF",
            axes_face="#FFFFFF",
            text="#1A1A1A",
            muted_text="#5F6368",
            grid="#E3E5E8",
            spine="#9AA0A6",
            band_face="#F3F4F6",
            publication_line="#3C4043",
            highlight="#000000",
            cluster_face="#6B7280",
            cluster_text="#FFFFFF",
            palette=tuple(OKABE_ITO[k] for k in _LIGHT_DOCS),
        )

    @classmethod
    def dark(cls) -> TimelineStyle:
        return cls(
            name="dark",
            figure_face="#1E1F22",
            axes_face="#1E1F22",
            text="#E8EAED",
            muted_text="#A8ADB4",
            grid="#34363B",
            spine="#6B6F76",
            band_face="#27292D",
            publication_line="#C4C7CC",
            highlight="#FFFFFF",
            cluster_face="#8A9099",
            cluster_text="#111111",
            palette=tuple(OKABE_ITO[k] for k in _DARK_DOCS),
            span_alpha=0.40,  # tints read weaker on a dark background
            approximate_alpha=0.27,
        )


def document_colors(
    documents: Iterable[str], style: TimelineStyle, overrides: Mapping[str, str] | None = None
) -> dict[str, str]:
    """One colour per document, in first-seen order, honouring caller-chosen colours.

    After the palette, darker and then lighter shades of it, so up to three times the palette's
    size of documents keep distinct colours before any repeats.
    """
    overrides = overrides or {}
    colors: dict[str, str] = {}
    taken = set(overrides.values())
    shades = [c for c in palette_shades(style) if c not in taken] or list(style.palette)
    i = 0
    for doc in documents:
        if doc in colors:
            continue
        if doc in overrides:
            colors[doc] = overrides[doc]
        else:
            colors[doc] = shades[i % len(shades)]
            i += 1
    return colors


def palette_shades(style: TimelineStyle) -> list[str]:
    """The palette, then darker (towards the text colour) and lighter shades of it."""
    return [
        *style.palette,
        *(_mix(c, style.text, 0.4) for c in style.palette),
        *(_mix(c, style.axes_face, 0.3) for c in style.palette),
    ]


def _mix(color: str, other: str, amount: float) -> str:
    """``color`` moved ``amount`` (0..1) of the way towards ``other``; both "#RRGGBB"."""
    a = [int(color[k : k + 2], 16) for k in (1, 3, 5)]
    b = [int(other[k : k + 2], 16) for k in (1, 3, 5)]
    return "#" + "".join(f"{round(x + (y - x) * amount):02X}" for x, y in zip(a, b, strict=True))
