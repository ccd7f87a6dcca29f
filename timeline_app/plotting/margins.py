"""What is drawn around the plot area: band titles, publication-date labels and the legend."""

from __future__ import annotations

from datetime import date, datetime, time
from typing import TYPE_CHECKING

import matplotlib.dates as mdates

from timeline_app.core.models import Certainty
from timeline_app.plotting.layers import TextItem
from timeline_app.plotting.style import TimelineStyle
from timeline_app.plotting.text import display_label, text_width_pt

if TYPE_CHECKING:
    from timeline_app.plotting.timeline import TimelineLayout

LegendEntry = tuple[str, str, str]  # glyph, glyph colour, text
LEGEND_CHARS = 28  # a document's title or file name is shortened to this in the legend
LEGEND_LEFT_PT = 6  # the legend keeps this far from the figure's left edge


def band_title_width(style: TimelineStyle) -> float:
    return max(text_width_pt(t, style.small_size) for t in ("Dated", "Vague"))


def _doc_name(source: str, limit: int = 32) -> str:
    name = source.rstrip("/").rsplit("/", 1)[-1] or source
    return display_label(name, limit)


def margin_texts(layout: TimelineLayout, x0: float, x1: float) -> list[TextItem]:
    """Band titles left of the axes; publication dates and the legend above it."""
    s, k = layout.style, layout.figure.dpi / 72
    bbox = layout.ax.bbox
    out = []
    for title, first, last in layout.band_rows():
        y = layout.ax.transData.transform((x0, (first + last) / 2))[1]
        out.append(
            TextItem(title, bbox.x0 - 8 * k, y, s.muted_text, s.small_size, ha="right", clip=False)
        )
    top_row, legend = layout.margin_rows()
    if legend:
        out.extend(_legend_texts(layout, bbox.x1, bbox.y1 + (24 if top_row else 9) * k))
    if not top_row:
        return out
    y_pub = bbox.y1 + 9 * k
    hints = _edge_hints(layout, x0, x1, y_pub)
    out.extend(hints)
    taken = [(h.x - _width(h, k) * (h.ha == "right"), h.x + _width(h, k) * (h.ha == "left"))
             for h in hints]  # fmt: skip
    many = len({d for d, _ in layout.publication_dates}) > 1
    for doc, day in sorted(layout.publication_dates, key=lambda p: p[1]):
        x = float(mdates.date2num(datetime.combine(day, time(12))))
        if not x0 <= x <= x1:
            continue
        xp = layout.ax.transData.transform((x, 0))[0]
        color = layout.colors[doc] if many else s.muted_text
        spot = _free_spot(layout, xp, day, taken)
        if spot is not None:
            text, lo = spot
            out.append(TextItem(text, lo, y_pub, color, s.small_size, ha="left", clip=False))
    return out


def _free_spot(
    layout: TimelineLayout, xp: float, day: date, taken: list[tuple[float, float]]
) -> tuple[str, float] | None:
    """Text and left edge for a publication label near its line.

    Just the date when "Published …" finds no room (two articles a few days apart).
    """
    s, k, bbox = layout.style, layout.figure.dpi / 72, layout.ax.bbox
    for text in (f"Published {day:%-d %b %Y}", f"{day:%-d %b %Y}"):
        w = text_width_pt(text, s.small_size) * k
        # centred, right of it, left of it, then just past a label already there
        after = [b + 7 * k for _, b in taken if 0 < b - xp < 120 * k]
        for lo in (xp - w / 2, xp + 3 * k, xp - 3 * k - w, *after):
            lo = min(max(lo, bbox.x0 - 8 * k), bbox.x1 + 8 * k - w)
            if all(lo + w + 6 * k < a or lo > b + 6 * k for a, b in taken):
                taken.append((lo, lo + w))
                return text, lo
    return None


def has_top_row(layout: TimelineLayout) -> bool:
    """Whether the row above the axes (publication dates, edge hints) is kept."""
    return bool(layout.publication_dates or layout.events)


def _width(item: TextItem, k: float) -> float:
    return text_width_pt(item.text, item.size) * k


def _edge_hints(layout: TimelineLayout, x0: float, x1: float, y: float) -> list[TextItem]:
    """ "◀ 2 earlier" and "3 later ▶" above the axes' ends when events lie outside the view."""
    s, bbox = layout.style, layout.ax.bbox
    before, after = layout.offscreen_counts(x0, x1)
    out = []
    if before:
        out.append(
            TextItem(f"◀ {before} earlier", bbox.x0, y, s.text, s.small_size, clip=False, hint=-1)
        )
    if after:
        out.append(
            TextItem(
                f"{after} later ▶", bbox.x1, y, s.text, s.small_size, ha="right", clip=False,
                hint=1,
            )
        )  # fmt: skip
    return out


def legend_entries(layout: TimelineLayout) -> list[LegendEntry]:
    """(glyph, glyph colour, text) from right to left: encodings, then one per document."""
    s = layout.style
    docs = list(dict.fromkeys(e.document for e in layout.events))
    entries: list[LegendEntry] = []
    if any(e.certainty is not Certainty.EXACT and not e.is_vague for e in layout.events):
        entries += [("○", s.muted_text, "inferred date"), ("●", s.muted_text, "stated date")]
    if len(docs) > 1:
        titles = layout.doc_titles
        entries += [
            ("●", layout.colors[d], doc_legend_name(d, titles.get(d))) for d in reversed(docs)
        ]
    return entries


def doc_legend_name(source: str, title: str | None = None) -> str:
    """The document's title when it has one, else its file name, shortened for the legend."""
    if title and title.strip():
        return display_label(title, LEGEND_CHARS)
    return _doc_name(source, LEGEND_CHARS)


def _entry_width(entry: LegendEntry, size: float, k: float) -> float:
    glyph, _, text = entry
    return (text_width_pt(text, size) + text_width_pt(glyph, size) + 2 + 12) * k


def fitted_legend(layout: TimelineLayout, width: float) -> list[LegendEntry]:
    """The legend entries that fit in ``width`` display pixels, right to left.

    The encodings always stay; documents are kept from the first, and the ones that do not fit
    are counted in a "+N more" entry (without a glyph) between them and the encodings.
    """
    s, k = layout.style, layout.figure.dpi / 72
    entries = layout.legend_entries()
    fixed = [e for e in entries if e[2] in ("inferred date", "stated date")]
    docs = [e for e in entries if e not in fixed][::-1]  # first document first
    used = sum(_entry_width(e, s.small_size, k) for e in fixed)
    if not docs or used + sum(_entry_width(e, s.small_size, k) for e in docs) <= width:
        return entries
    kept = list(docs)  # all of them do not fit: drop the last until they fit with "+N more"
    while kept:
        kept.pop()
        more: LegendEntry = ("", s.muted_text, f"+{len(docs) - len(kept)} more")
        if used + sum(_entry_width(e, s.small_size, k) for e in (more, *kept)) <= width:
            break
    return [*fixed, more, *kept[::-1]]


def _legend_texts(layout: TimelineLayout, right: float, y: float) -> list[TextItem]:
    s, k = layout.style, layout.figure.dpi / 72
    out = []
    x = right
    for glyph, color, text in fitted_legend(layout, right - LEGEND_LEFT_PT * k):
        w = text_width_pt(text, s.small_size) * k
        x -= w
        out.append(TextItem(text, x, y, s.muted_text, s.small_size, clip=False))
        if glyph:
            x -= (text_width_pt(glyph, s.small_size) + 2) * k
            out.append(TextItem(glyph, x, y, color, s.small_size, clip=False))
        x -= 12 * k
    return out
