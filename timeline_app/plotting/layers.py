"""Two small artists that make the timeline follow the view at draw time.

``LayoutGuard`` is drawn first (lowest zorder) and re-runs the lane layout whenever the visible
range, the axes' size or the dpi changed, so every way of changing the view (our own zoom, the
toolbar, a resize, an export at another dpi) is covered by one mechanism. ``TextLayer`` is drawn
last and paints the labels: pre-rendered sprites on Agg, real text on vector backends so an SVG
keeps its labels as text.
"""

from __future__ import annotations

import warnings
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from matplotlib.artist import Artist
from matplotlib.backends.backend_agg import RendererAgg
from matplotlib.patheffects import Stroke
from matplotlib.text import Text
from matplotlib.transforms import Bbox, IdentityTransform

from timeline_app.plotting.sprites import SpriteCache

SHARED_SPRITES = SpriteCache()


@dataclass(frozen=True, slots=True)
class TextItem:
    """One line of text at a display position; ``y`` is the vertical centre of its line box."""

    text: str
    x: float
    y: float
    color: str
    size: float
    bold: bool = False
    ha: str = "left"
    clip: bool = True
    event_id: str | None = None
    halo: str | None = None  # a background-coloured outline, for text that may cross a line
    hint: int = 0  # -1 / +1: the "more events earlier / later" hint at an edge of the view


class LayoutGuard(Artist):
    def __init__(self, ensure_current: Callable[[], None]) -> None:
        super().__init__()
        self._ensure_current = ensure_current
        self.set_zorder(-10)

    def draw(self, renderer: Any) -> None:
        self._ensure_current()
        self.stale = False


class TextLayer(Artist):
    def __init__(self, family: str, items: Callable[[], list[TextItem]]) -> None:
        super().__init__()
        self._family = family
        self._items = items
        self._cache = SHARED_SPRITES  # glyphs and labels outlive one drawing
        self.boxes: list[tuple[TextItem, Bbox]] = []  # where each item landed on the last draw
        self.set_zorder(10)

    def hint_boxes(self) -> list[tuple[int, Bbox]]:
        """Where the edge hints landed on the last draw."""
        return [(item.hint, box) for item, box in self.boxes if item.hint]

    def draw(self, renderer: Any) -> None:
        if not self.get_visible():
            return
        with warnings.catch_warnings():
            # a script the font lacks draws as boxes; one warning per glyph would flood the log
            warnings.filterwarnings("ignore", message="Glyph .* missing from font")
            self.boxes = self._draw_items(renderer)
        self.stale = False

    def _draw_items(self, renderer: Any) -> list[tuple[TextItem, Bbox]]:
        axes_box = self.axes.bbox if self.axes is not None else None
        boxes = []
        if isinstance(renderer, RendererAgg):
            gc = renderer.new_gc()
            for item in self._items():
                gc.set_clip_rectangle(axes_box if item.clip else None)
                boxes.append((item, self._paste(renderer, gc, item)))
            gc.restore()
        else:
            for item in self._items():
                boxes.append((item, self._draw_text(renderer, item, axes_box)))
        return boxes

    def _paste(self, renderer: RendererAgg, gc: Any, item: TextItem) -> Bbox:
        sprite = self._cache.get(
            item.text, item.size, self._family, item.bold, renderer.dpi, item.color, item.halo
        )
        left = item.x - {"left": 0.0, "center": sprite.width / 2, "right": sprite.width}[item.ha]
        x = round(left) - sprite.pad
        y = round(item.y - sprite.height / 2)
        renderer.draw_image(gc, x, y, sprite.image)
        return Bbox.from_bounds(
            x + sprite.pad, y + sprite.pad, sprite.width, sprite.height - 2 * sprite.pad
        )

    def _draw_text(self, renderer: Any, item: TextItem, axes_box: Bbox | None) -> Bbox:
        if item.halo is not None:  # the halo alone as a stroked path, so the label stays text
            self._text(item, axes_box, [Stroke(linewidth=2.5, foreground=item.halo)]).draw(renderer)
        text = self._text(item, axes_box, [])
        text.draw(renderer)
        return text.get_window_extent(renderer)

    def _text(self, item: TextItem, axes_box: Bbox | None, effects: list[Any]) -> Text:
        text = Text(
            item.x,
            item.y,
            item.text,
            color=item.color,
            fontsize=item.size,
            fontfamily=self._family,
            fontweight="bold" if item.bold else "normal",
            ha=item.ha,
            va="center_baseline",
            transform=IdentityTransform(),
            parse_math=False,
        )
        if effects:
            text.set_path_effects(effects)
        figure = self.get_figure(root=False)
        if figure is not None:
            text.set_figure(figure)
        if item.clip and axes_box is not None:
            text.set_clip_box(axes_box)
        return text
