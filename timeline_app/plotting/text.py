"""Text helpers: fast label widths from a cached per-character table, and display strings.

Measuring every label with a renderer is far too slow for thousands of events, so widths come
from each glyph's advance, read once per font from FreeType, plus a small safety margin.
"""

from __future__ import annotations

from functools import lru_cache

from matplotlib.font_manager import FontProperties, findfont
from matplotlib.ft2font import FT2Font, LoadFlags

from timeline_app.core.models import Certainty, Event
from timeline_app.core.wording import format_interval

MAX_LABEL_CHARS = 48
_REF_SIZE = 100.0
_MARGIN = 1.04  # hinting and kerning can widen a string a little


_RANGES = ((32, 127), (160, 0x250), (0x2010, 0x2027))  # characters measured from the font


class Advances:
    """Per-character advance in points at size 1, read from FreeType the first time a character
    is asked for: a timeline uses a few dozen characters, and reading all ~600 up front cost the
    first draw 25 ms. Characters outside ``_RANGES`` or missing from the font are not in it."""

    def __init__(self, path: str) -> None:
        self._font = FT2Font(path)  # our own: renderers resize the shared one from get_font
        self._font.set_size(_REF_SIZE, 72)
        self._known: dict[str, float | None] = {}

    def __contains__(self, ch: object) -> bool:
        return isinstance(ch, str) and self._lookup(ch) is not None

    def __getitem__(self, ch: str) -> float:
        value = self._lookup(ch)
        if value is None:
            raise KeyError(ch)
        return value

    def get(self, ch: str, default: float) -> float:
        value = self._lookup(ch)
        return default if value is None else value

    def _lookup(self, ch: str) -> float | None:
        if ch in self._known:
            return self._known[ch]
        value = None
        code = ord(ch) if len(ch) == 1 else -1
        if any(low <= code < high for low, high in _RANGES) and self._font.get_char_index(code):
            glyph = self._font.load_char(code, flags=LoadFlags.NO_HINTING)
            value = glyph.linearHoriAdvance / 65536 / _REF_SIZE
        self._known[ch] = value
        return value


@lru_cache(maxsize=8)
def char_advances(family: str, weight: str) -> tuple[Advances, float]:
    """Per-character advances in points at size 1, and the width used for unknown characters."""
    path = findfont(FontProperties(family=family, weight=weight))
    return Advances(path), 1.05  # unknown characters (CJK, symbols from fallback fonts): a wide em


def text_width_pt(text: str, size: float, family: str = "DejaVu Sans", bold: bool = False) -> float:
    """Estimated rendered width of a single-line string, in points."""
    table, fallback = char_advances(family, "bold" if bold else "normal")
    total = sum(table.get(ch, fallback) for ch in text)
    return total * size * _MARGIN + 0.5


def display_label(label: str, limit: int = MAX_LABEL_CHARS) -> str:
    """A label short enough for one line on the timeline; the tooltip keeps the full text."""
    label = " ".join(label.split())
    if len(label) <= limit:
        return label
    cut = label[: limit - 1].rsplit(" ", 1)[0] if " " in label[: limit - 1] else label[: limit - 1]
    return cut.rstrip(" ,;:.-") + "…"


_CERTAINTY_WORDS = {
    Certainty.EXACT: "",
    Certainty.INFERRED: "inferred",
    Certainty.ANCHORED: "inferred from another date",
    Certainty.VAGUE: "approximate",
    Certainty.UNRESOLVED: "unresolved",
}


def tooltip_text(event: Event) -> str:
    """Three short lines for hovering: when, what, and the words in the text that said when."""
    when = format_interval(event.interval)
    note = _CERTAINTY_WORDS[event.certainty]
    if note:
        when = f"{when} ({note})"
    lines = [when, event.label]
    if event.mentions:
        lines.append(f"“{event.timex.text}”")
    return "\n".join(lines)
