"""Pre-rendered text for the Agg renderer.

Matplotlib lays out and rasterises every glyph of every Text on every draw (about 2 ms a label),
which alone would blow the redraw budget of a zoom step. Here each distinct string is rendered
once per (font, size, dpi, colour) into a small RGBA image and then pasted with ``draw_image``.
Vector backends still get real text (see ``layers.py``).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
from matplotlib.backends.backend_agg import RendererAgg
from matplotlib.colors import to_rgba
from matplotlib.font_manager import FontProperties
from numpy.typing import NDArray

from timeline_app.plotting.text import Advances, char_advances

_PAD = 3  # pixels of air around the ink, room for a halo
_GLYPH_PAD = 2  # room for a glyph's ink left of its origin


@dataclass(frozen=True, slots=True)
class Sprite:
    image: NDArray[np.uint8]  # rows bottom-up, as draw_image wants them
    width: float  # advance width of the text in pixels
    height: int  # image height in pixels
    baseline: float  # pixels from the image bottom to the baseline
    pad: int = _PAD  # pixels left of the text's origin


class SpriteCache:
    """Rendered strings, keyed by everything that changes their pixels."""

    def __init__(self, limit: int = 20000) -> None:
        self._masks: dict[
            tuple[str, float, str, bool, float], tuple[NDArray[np.uint8], float, float]
        ] = {}
        self._sprites: dict[tuple[object, ...], Sprite] = {}
        self._glyphs: dict[tuple[object, ...], NDArray[np.uint8]] = {}
        self._metrics: dict[tuple[float, str, bool, float], tuple[float, float]] = {}
        self._limit = limit

    def get(
        self,
        text: str,
        size: float,
        family: str,
        bold: bool,
        dpi: float,
        color: str,
        halo: str | None = None,
    ) -> Sprite:
        key = (text, size, family, bold, dpi, color, halo)
        sprite = self._sprites.get(key)
        if sprite is None:
            if len(self._sprites) > self._limit:
                self._sprites.clear()
                self._masks.clear()
            sprite = self._colourise(text, size, family, bold, dpi, color, halo)
            self._sprites[key] = sprite
        return sprite

    def _line_metrics(
        self, prop: FontProperties, dpi: float, key: tuple[float, str, bool, float]
    ) -> tuple[float, float]:
        """Height and descent of a full line, so every label shares one baseline."""
        if key not in self._metrics:
            _, h, d = RendererAgg(1, 1, dpi).get_text_width_height_descent("Mgjy(|", prop, False)
            self._metrics[key] = (h, d)
        return self._metrics[key]

    def _mask(
        self, text: str, size: float, family: str, bold: bool, dpi: float
    ) -> tuple[NDArray[np.uint8], float, float]:
        key = (text, size, family, bold, dpi)
        if key not in self._masks:
            prop = FontProperties(family=family, size=size, weight="bold" if bold else "normal")
            line_h, line_d = self._line_metrics(prop, dpi, key[1:])
            advances, _ = char_advances(family, "bold" if bold else "normal")
            if all(ch in advances for ch in text):
                self._masks[key] = self._compose(text, prop, dpi, line_h, line_d, advances)
            else:  # a character we have no advance for: let matplotlib lay the string out
                self._masks[key] = self._render(text, prop, dpi, line_h, line_d)
        return self._masks[key]

    def _render(
        self, text: str, prop: FontProperties, dpi: float, line_h: float, line_d: float
    ) -> tuple[NDArray[np.uint8], float, float]:
        w, _, _ = RendererAgg(1, 1, dpi).get_text_width_height_descent(text, prop, False)
        width, height = math.ceil(w) + 2 * _PAD, math.ceil(line_h) + 2 * _PAD
        renderer = RendererAgg(width, height, dpi)
        gc = renderer.new_gc()
        gc.set_foreground("black")
        baseline = _PAD + line_d
        renderer.draw_text(gc, _PAD, height - baseline, text, prop, 0)
        gc.restore()
        return np.asarray(renderer.buffer_rgba())[::-1, :, 3].copy(), w, baseline

    def _compose(
        self,
        text: str,
        prop: FontProperties,
        dpi: float,
        line_h: float,
        line_d: float,
        advances: Advances,
    ) -> tuple[NDArray[np.uint8], float, float]:
        """Paste cached glyph images side by side: ~50x faster than laying out the string."""
        scale = prop.get_size_in_points() * dpi / 72
        steps = [advances[ch] * scale for ch in text]
        width = sum(steps)
        height = math.ceil(line_h) + 2 * _PAD
        out = np.zeros((height, math.ceil(width) + 2 * _PAD + 2 * _GLYPH_PAD), np.uint8)
        x = float(_PAD)
        for ch, step in zip(text, steps, strict=True):
            glyph = self._glyph(ch, prop, dpi, line_h, line_d)
            left = round(x)  # the glyph's origin lands at round(x) + _GLYPH_PAD in ``out``
            right = min(left + glyph.shape[1], out.shape[1])
            np.maximum(out[:, left:right], glyph[:, : right - left], out=out[:, left:right])
            x += step
        return out[:, _GLYPH_PAD:], width, _PAD + line_d

    def _glyph(
        self, ch: str, prop: FontProperties, dpi: float, line_h: float, line_d: float
    ) -> NDArray[np.uint8]:
        key = (ch, prop.get_size_in_points(), prop.get_family()[0], prop.get_weight(), dpi)
        glyph = self._glyphs.get(key)
        if glyph is None:
            if ch == " ":
                glyph = np.zeros((math.ceil(line_h) + 2 * _PAD, 1), np.uint8)
            else:
                size = prop.get_size_in_points() * dpi / 72
                cell = math.ceil(size * 1.6) + 2 * _GLYPH_PAD
                height = math.ceil(line_h) + 2 * _PAD
                renderer = RendererAgg(cell, height, dpi)
                gc = renderer.new_gc()
                gc.set_foreground("black")
                renderer.draw_text(gc, _GLYPH_PAD, height - _PAD - line_d, ch, prop, 0)
                gc.restore()
                glyph = np.asarray(renderer.buffer_rgba())[::-1, :, 3].copy()
            self._glyphs[key] = glyph
        return glyph

    def _colourise(
        self,
        text: str,
        size: float,
        family: str,
        bold: bool,
        dpi: float,
        color: str,
        halo: str | None,
    ) -> Sprite:
        alpha, w, baseline = self._mask(text, size, family, bold, dpi)
        ink = (alpha / 255 * to_rgba(color)[3]).astype(np.float32)
        rgb = np.empty((*alpha.shape, 3), np.float32)
        rgb[:] = to_rgba(color)[:3]
        if halo is not None:
            glow = _dilate(ink, max(1, round(dpi / 90)))
            under = glow * (1 - ink)
            total = ink + under
            safe = np.where(total > 0, total, 1)[..., None]
            rgb = (rgb * ink[..., None] + np.asarray(to_rgba(halo)[:3]) * under[..., None]) / safe
            ink = total.astype(np.float32)
        image = np.empty((*alpha.shape, 4), np.uint8)
        image[..., :3] = np.round(rgb * 255)
        image[..., 3] = np.round(np.clip(ink, 0, 1) * 255)
        return Sprite(image, w, alpha.shape[0], baseline)


def _dilate(mask: NDArray[np.float32], radius: int) -> NDArray[np.float32]:
    """Grey-level dilation by a square of the given radius: the outline a halo fills."""
    out = mask.copy()
    h, w = mask.shape
    for dy in range(-radius, radius + 1):
        for dx in range(-radius, radius + 1):
            shifted = np.zeros_like(mask)
            ys, yd = slice(max(dy, 0), h + min(dy, 0)), slice(max(-dy, 0), h + min(-dy, 0))
            xs, xd = slice(max(dx, 0), w + min(dx, 0)), slice(max(-dx, 0), w + min(-dx, 0))
            shifted[yd, xd] = mask[ys, xs]
            np.maximum(out, shifted, out=out)
    return out
